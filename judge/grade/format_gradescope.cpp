// Gradescope's autograder results.json: the overall score out of 100, and a
// test per judge test with its share of the points, tagged with the
// problem's pattern. Hidden tests are listed (the learner sees that they
// failed) but, as everywhere, without their data.
#include <cmath>

#include "judge/grade/items.hpp"
#include "judge/grade/writers.hpp"

namespace judge::grade {

std::string write_gradescope(const Plan& /*plan*/, const GradeResult& result) {
  using nlohmann::json;
  json tests = json::array();
  std::size_t number = 0, solution = 0;
  for (const Item& item : items_of(result)) {
    if (item.solution != solution) number = 0;
    solution = item.solution;
    const report::Report& report = result.graded[item.solution].report;
    std::string output = item.passed ? "" : item.message;
    if (!item.details.empty()) output += (output.empty() ? "" : "\n") + item.details;
    if (!item.output.empty()) output += (output.empty() ? "" : "\n") + std::string("printed:\n") + item.output;
    json tags = json::array();
    if (!report.problem.pattern.empty()) tags.push_back(report.problem.pattern);
    tests.push_back({{"name", item.name},
                     {"number", std::to_string(item.solution + 1) + "." + std::to_string(++number)},
                     {"score", rounded_points(item.points)},
                     {"max_score", rounded_points(item.max_points)},
                     {"status", item.passed ? "passed" : "failed"},
                     {"visibility", "visible"},
                     {"tags", tags},
                     {"output", output},
                     {"output_format", "text"}});
  }
  return json{{"score", result.score},
              {"max_score", 100},
              {"execution_time", static_cast<long>(std::ceil(result.wall_ms / 1000))},
              {"output", plain_summary(result)},
              {"output_format", "text"},
              {"visibility", "visible"},
              {"stdout_visibility", "hidden"},
              {"tests", tests}}
             .dump(2, ' ', false, json::error_handler_t::replace) +
         "\n";
}

}  // namespace judge::grade

namespace judge::grade {

std::string ungraded_gradescope(const std::string& why) {
  return nlohmann::json{{"score", 0},
                        {"max_score", 100},
                        {"output", "This submission could not be graded: " + why},
                        {"output_format", "text"},
                        {"visibility", "visible"},
                        {"tests", nlohmann::json::array()}}
             .dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

}  // namespace judge::grade
