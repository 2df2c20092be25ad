#include "judge/grade/writers.hpp"

#include <sstream>

#include "judge/report/report_json.hpp"

namespace judge::grade {
namespace {

using nlohmann::json;
using report::Verdict;

std::string seconds(double ms) {
  std::ostringstream out;
  out.precision(3);
  out << std::fixed << ms / 1000;
  return out.str();
}

std::string write_json(const Plan& plan, const GradeResult& result) {
  json results = json::array();
  for (const auto& graded : result.graded) {
    results.push_back({{"file", graded.assignment.file.string()}, {"problem", graded.assignment.problem},
                       {"weight", graded.assignment.weight}, {"passed", graded.passed},
                       {"report", report::to_json(graded.report)}});
  }
  return json{{"schema", "judge.grade/v1"},
              {"root", plan.root.string()},
              {"results", results},
              {"skipped", plan.skipped},
              {"summary", {{"total", result.graded.size()}, {"passed", result.passed}, {"score", result.score},
                           {"max_score", 100}, {"wall_ms", result.wall_ms}}}}
      .dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string hints_problem(const report::Report& report) {
  if (!report.type_check) return {};
  const auto& check = *report.type_check;
  if (!check.failure.empty()) return "the type check failed: " + check.failure;
  if (check.ok || check.syntax_error) return {};
  std::string text = std::to_string(check.missing_annotations()) + " function(s) need type hints:";
  for (const auto& f : check.functions) text += "\n  line " + std::to_string(f.line) + " " + f.qualname + "  fix: " + f.fix_hint;
  return text;
}

std::string write_junit(const GradeResult& result) {
  std::ostringstream suites;
  std::size_t tests = 0, failures = 0, errors = 0;
  for (const auto& graded : result.graded) {
    const report::Report& report = graded.report;
    const std::string file = xml_escape(graded.assignment.file.string());
    const std::string name = xml_escape(graded.assignment.problem);
    std::ostringstream cases;
    std::size_t suite_tests = 0, suite_failures = 0, suite_errors = 0;
    double suite_ms = 0;
    if (report.verdict == Verdict::CE || report.verdict == Verdict::IE || report.tests.empty()) {
      ++suite_tests;
      const bool internal = report.verdict == Verdict::IE;
      (internal ? suite_errors : suite_failures) += 1;
      cases << "    <testcase name=\"load\" classname=\"" << name << "\" file=\"" << file << "\" time=\"0\">\n"
            << "      <" << (internal ? "error" : "failure") << " type=\"" << report::to_string(report.verdict)
            << "\" message=\"" << xml_escape(report.message) << "\">" << xml_escape(report.message) << "</"
            << (internal ? "error" : "failure") << ">\n    </testcase>\n";
    }
    for (const auto& test : report.tests) {
      ++suite_tests;
      suite_ms += test.time_ms;
      cases << "    <testcase name=\"" << xml_escape(test.name) << "\" classname=\"" << name << "\" file=\"" << file
            << "\" time=\"" << seconds(test.time_ms) << "\"";
      if (test.verdict == Verdict::AC) {
        cases << "/>\n";
        continue;
      }
      ++suite_failures;
      std::string body = test.message;
      if (test.input) body += "\ninput: " + test.input->dump();
      if (test.expected) body += "\nexpected: " + test.expected->dump();
      if (test.got) body += "\ngot: " + test.got->dump();
      if (test.error && test.error->contains("traceback")) body += "\n" + (*test.error)["traceback"].get<std::string>();
      cases << ">\n      <failure type=\"" << report::to_string(test.verdict) << "\" message=\"" << xml_escape(test.message)
            << "\">" << xml_escape(body) << "</failure>\n    </testcase>\n";
    }
    if (report.type_check) {
      ++suite_tests;
      const std::string hints = hints_problem(report);
      cases << "    <testcase name=\"type hints\" classname=\"" << name << "\" file=\"" << file << "\" time=\""
            << seconds(report.type_check->time_ms) << "\"";
      if (hints.empty()) {
        cases << "/>\n";
      } else {
        ++suite_failures;
        cases << ">\n      <failure type=\"type-hints\" message=\"type hints are missing\">" << xml_escape(hints)
              << "</failure>\n    </testcase>\n";
      }
    }
    tests += suite_tests;
    failures += suite_failures;
    errors += suite_errors;
    suites << "  <testsuite name=\"" << name << "\" file=\"" << file << "\" tests=\"" << suite_tests << "\" failures=\""
           << suite_failures << "\" errors=\"" << suite_errors << "\" time=\"" << seconds(suite_ms) << "\">\n"
           << cases.str() << "  </testsuite>\n";
  }
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"judge\" tests=\"" << tests << "\" failures=\""
      << failures << "\" errors=\"" << errors << "\" time=\"" << seconds(result.wall_ms) << "\">\n"
      << suites.str() << "</testsuites>\n";
  return out.str();
}

std::string write_github(const GradeResult& result, std::string* summary) {
  std::ostringstream out;
  std::ostringstream table;
  table << "### judge: " << result.passed << "/" << result.graded.size() << " solutions pass, score " << result.score
        << "/100\n\n| solution | problem | verdict | tests | type hints | score |\n|---|---|---|---|---|---|\n";
  for (const auto& graded : result.graded) {
    const report::Report& report = graded.report;
    const std::string file = github_escape_property(graded.assignment.file.string());
    if (report.verdict != Verdict::AC) {
      int line = 1;
      if (report.first_failure && report.tests[*report.first_failure].error &&
          report.tests[*report.first_failure].error->value("line", json()).is_number_integer()) {
        line = (*report.tests[*report.first_failure].error)["line"].get<int>();
      } else if (report.compile_error && report.compile_error->value("line", json()).is_number_integer()) {
        line = (*report.compile_error)["line"].get<int>();
      }
      out << "::error file=" << file << ",line=" << line << ",title="
          << github_escape_property(std::string(report::describe(report.verdict)) + " (" + graded.assignment.problem + ")")
          << "::" << github_escape_data(report.message) << "\n";
    }
    if (report.type_check && report.type_check->failure.empty()) {
      for (const auto& f : report.type_check->functions) {
        out << "::error file=" << file << ",line=" << f.line << ",col=" << std::max(1, f.column)
            << ",title=" << github_escape_property("Type hints missing: " + f.name) << "::"
            << github_escape_data("Every function needs type hints. Fix: " + f.fix_hint) << "\n";
      }
    }
    std::string hints = !report.type_check ? "off" : report.type_check->ok ? "✔" : "✘";
    auto cell = [](std::string text) {
      for (char& c : text) c = c == '|' || c == '\n' ? ' ' : c;
      return text;
    };
    table << "| `" << cell(graded.assignment.file.string()) << "` | " << cell(graded.assignment.problem) << " | "
          << report::to_string(report.verdict) << " | " << report.passed << "/" << report.total << " | " << hints
          << " | " << report.score << " |\n";
  }
  if (summary != nullptr) *summary = table.str();
  return out.str();
}

}  // namespace

std::vector<std::string> format_names() { return {"json", "junit", "github"}; }

std::string github_escape_data(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string github_escape_property(const std::string& text) {
  std::string out;
  for (char c : github_escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string xml_escape(const std::string& text) {
  std::string out;
  for (const unsigned char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') break;  // not allowed in XML 1.0
        out += static_cast<char>(c);
    }
  }
  return out;
}

std::string write_format(const std::string& format, const Plan& plan, const GradeResult& result, std::string* summary) {
  if (format == "json") return write_json(plan, result);
  if (format == "junit") return write_junit(result);
  if (format == "github") return write_github(result, summary);
  return {};
}

}  // namespace judge::grade
