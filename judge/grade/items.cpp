#include "judge/grade/items.hpp"

#include <cmath>

namespace judge::grade {
namespace {

using report::Verdict;

std::string details_of(const report::TestResult& test) {
  std::string text;
  auto line = [&text](const std::string& label, const std::string& value) {
    if (!text.empty()) text += "\n";
    text += label + value;
  };
  if (test.input) line("input: ", test.input->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  if (test.expected) line("expected: ", test.expected->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  if (test.got) line("got: ", test.got->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  if (test.error && test.error->contains("traceback") && (*test.error)["traceback"].is_string()) {
    line("", (*test.error)["traceback"].get<std::string>());
  }
  return text;
}

}  // namespace

double rounded_points(double points) { return std::round(points * 100) / 100; }

std::string type_hint_findings(const report::Report& report) {
  if (!report.type_check) return {};
  const auto& check = *report.type_check;
  if (!check.failure.empty()) return "the type check failed: " + check.failure;
  if (check.syntax_error) return "the file does not parse, so its type hints cannot be read";
  std::string text;
  if (!check.ok) {
    text = std::to_string(check.missing_annotations()) + " function(s) need type hints:";
    for (const auto& f : check.functions) {
      text += "\n  line " + std::to_string(f.line) + " " + f.qualname + "  fix: " + f.fix_hint;
    }
  }
  if (report.type_errors_fail && check.error_count() > 0) {
    if (!text.empty()) text += "\n";
    text += std::to_string(check.error_count()) + " type error(s), which this course counts as failures:";
    for (const auto& d : check.diagnostics) {
      if (d.severity == "error") text += "\n  line " + std::to_string(d.line) + " " + d.message + " [" + d.code + "]";
    }
  }
  return text;
}

std::vector<Item> items_of(const GradeResult& result) {
  double weights = 0;
  for (const auto& graded : result.graded) weights += graded.assignment.weight;
  std::vector<Item> items;
  for (std::size_t index = 0; index < result.graded.size(); ++index) {
    const Graded& graded = result.graded[index];
    const report::Report& report = graded.report;
    const double share = weights > 0 ? graded.assignment.weight / weights : 0;  // of 100 points
    const std::string& problem = graded.assignment.problem;
    auto item = [&](Item::Kind kind, std::string test_name) {
      Item made;
      made.kind = kind;
      made.solution = index;
      made.name = problem + ": " + test_name;
      made.test_name = std::move(test_name);
      return made;
    };
    const bool nothing_ran = report.verdict == Verdict::CE || report.verdict == Verdict::IE || report.tests.empty();
    if (nothing_ran) {
      Item load = item(Item::Kind::load, "load");
      load.errored = true;
      load.verdict = std::string(report::to_string(report.verdict));
      load.max_points = share * report.breakdown.tests_max;
      load.message = report.message;
      if (report.compile_error && report.compile_error->contains("traceback") &&
          (*report.compile_error)["traceback"].is_string()) {
        load.details = (*report.compile_error)["traceback"].get<std::string>();
      }
      items.push_back(std::move(load));
    } else {
      const double each = share * report.breakdown.tests_max / static_cast<double>(report.tests.size());
      for (const auto& test : report.tests) {
        Item case_item = item(Item::Kind::test, test.name);
        case_item.passed = test.verdict == Verdict::AC;
        case_item.verdict = std::string(report::to_string(test.verdict));
        case_item.max_points = each;
        case_item.points = case_item.passed ? each : 0;
        case_item.message = case_item.passed ? "" : test.message;
        case_item.details = case_item.passed ? "" : details_of(test);
        case_item.output = test.stdout_text.value_or("");
        case_item.hidden = test.hidden;
        case_item.time_ms = test.time_ms;
        items.push_back(std::move(case_item));
      }
    }
    if (report.type_check) {
      Item hints = item(Item::Kind::type_hints, "type hints");
      hints.verdict = "hints";
      hints.details = type_hint_findings(report);
      hints.passed = hints.details.empty();
      hints.errored = !report.type_check->failure.empty();
      hints.max_points = share * report.breakdown.type_hints_max;
      hints.points = share * report.breakdown.type_hints;
      hints.message = hints.passed ? "" : hints.errored ? report.type_check->failure : hints.details.substr(0, hints.details.find('\n'));
      hints.time_ms = report.type_check->time_ms;
      items.push_back(std::move(hints));
    }
  }
  return items;
}

}  // namespace judge::grade
