// PrairieLearn's external-grader results.json: a score in [0, 1] and a test
// per judge test with points. A submission the judge could not grade (its
// own failure) is marked not gradable, so it does not cost the student an
// attempt.
#include "judge/grade/items.hpp"
#include "judge/grade/writers.hpp"

namespace judge::grade {

std::string write_prairielearn(const Plan& /*plan*/, const GradeResult& result) {
  using nlohmann::json;
  bool gradable = true;
  for (const auto& graded : result.graded) {
    if (graded.report.verdict == report::Verdict::IE ||
        (graded.report.type_check && !graded.report.type_check->failure.empty())) {
      gradable = false;
    }
  }
  json tests = json::array();
  for (const Item& item : items_of(result)) {
    json test = {{"name", item.name},
                 {"description", result.graded[item.solution].assignment.file.string()},
                 {"points", rounded_points(item.points)},
                 {"max_points", rounded_points(item.max_points)},
                 {"message", item.message},
                 {"output", item.details + (item.output.empty() ? "" : (item.details.empty() ? "" : "\n") +
                                                                          std::string("printed:\n") + item.output)}};
    tests.push_back(std::move(test));
  }
  std::string message = std::to_string(result.passed) + "/" + std::to_string(result.graded.size()) +
                        " solutions pass";
  if (!gradable) message = "The judge could not grade this submission; it was not counted. " + message;
  return json{{"gradable", gradable},
              {"score", result.score / 100},
              {"message", message},
              {"output", plain_summary(result)},
              {"tests", tests}}
             .dump(2, ' ', false, json::error_handler_t::replace) +
         "\n";
}

}  // namespace judge::grade

namespace judge::grade {

std::string ungraded_prairielearn(const std::string& why) {
  return nlohmann::json{{"gradable", false}, {"score", 0}, {"message", "This submission could not be graded: " + why}}
             .dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

}  // namespace judge::grade
