// Exercism's test-runner results.json, version 3: tests in the order they
// ran, each linked to its task (the solution's position), the learner's
// output cut to 500 characters with the standard note, and status "error"
// when no test could run at all.
#include "judge/grade/items.hpp"
#include "judge/grade/writers.hpp"

namespace judge::grade {

namespace {

const std::size_t kOutputLimit = 500;
const char* kTruncated = "... Output was truncated. Please limit to 500 chars";

std::string test_code(const Item& item, const report::Report& report) {
  if (item.kind == Item::Kind::type_hints) return "every function and method carries type hints";
  if (item.kind == Item::Kind::load) return "load the solution";
  for (const auto& test : report.tests) {
    if (test.name == item.test_name && test.input) {
      return "input: " + test.input->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
  }
  return "a hidden test: its input is not shown";
}

}  // namespace

std::string write_exercism(const Plan& /*plan*/, const GradeResult& result) {
  using nlohmann::json;
  const std::vector<Item> items = items_of(result);
  bool any_ran = false, all_pass = true;
  std::string errors;
  json tests = json::array();
  for (const Item& item : items) {
    const report::Report& report = result.graded[item.solution].report;
    any_ran = any_ran || item.kind == Item::Kind::test;
    all_pass = all_pass && item.passed;
    if (item.kind == Item::Kind::load) {
      errors += (errors.empty() ? "" : "\n\n") + result.graded[item.solution].assignment.file.string() + ": " +
                item.message + (item.details.empty() ? "" : "\n" + item.details);
    }
    json test = {{"name", item.name},
                 {"status", item.passed ? "pass" : item.errored ? "error" : "fail"},
                 {"test_code", test_code(item, report)},
                 {"task_id", item.solution + 1}};
    if (!item.passed) test["message"] = item.message + (item.details.empty() ? "" : "\n" + item.details);
    if (!item.output.empty()) test["output"] = truncate_text(item.output, kOutputLimit, kTruncated);
    tests.push_back(std::move(test));
  }
  json results = {{"version", 3}};
  if (!any_ran) {
    results["status"] = "error";
    results["message"] = errors.substr(0, 65535);
  } else {
    results["status"] = all_pass ? "pass" : "fail";
  }
  results["tests"] = tests;
  return results.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace judge::grade

namespace judge::grade {

std::string ungraded_exercism(const std::string& why) {
  return nlohmann::json{{"version", 3}, {"status", "error"}, {"message", why.substr(0, 65535)}}.dump(
             2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

}  // namespace judge::grade
