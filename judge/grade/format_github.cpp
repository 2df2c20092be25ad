// GitHub Actions workflow commands: an ::error annotation per failing
// solution and per function missing type hints. Everything a solution
// controls is escaped, so its output cannot start a command of its own.
#include <algorithm>
#include <sstream>

#include "judge/grade/writers.hpp"

namespace judge::grade {
namespace {

using nlohmann::json;

int failure_line(const report::Report& report) {
  auto line_of = [](const std::optional<json>& where) {
    return where && where->is_object() && where->value("line", json()).is_number_integer()
               ? std::max(1, (*where)["line"].get<int>())
               : 0;
  };
  if (report.first_failure) {
    if (const int line = line_of(report.tests[*report.first_failure].error)) return line;
  }
  if (const int line = line_of(report.compile_error)) return line;
  return 1;
}

}  // namespace

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

std::string write_github(const Plan& /*plan*/, const GradeResult& result) {
  std::ostringstream out;
  for (const auto& graded : result.graded) {
    const report::Report& report = graded.report;
    const std::string file = github_escape_property(graded.assignment.file.string());
    if (report.verdict != report::Verdict::AC) {
      out << "::error file=" << file << ",line=" << failure_line(report) << ",title="
          << github_escape_property(std::string(report::describe(report.verdict)) + " (" + graded.assignment.problem +
                                    ")")
          << "::" << github_escape_data(report.message) << "\n";
    }
    if (report.type_check && report.type_check->failure.empty()) {
      for (const auto& f : report.type_check->functions) {
        out << "::error file=" << file << ",line=" << f.line << ",col=" << std::max(1, f.column)
            << ",title=" << github_escape_property("Type hints missing: " + f.name) << "::"
            << github_escape_data("Every function needs type hints. Fix: " + f.fix_hint) << "\n";
      }
    }
  }
  return out.str();
}

std::string github_step_summary(const GradeResult& result) {
  auto cell = [](std::string text) {
    for (char& c : text) c = c == '|' || c == '\n' || c == '`' ? ' ' : c;
    return text;
  };
  std::ostringstream table;
  table << "### judge: " << result.passed << "/" << result.graded.size() << " solutions pass, score " << result.score
        << "/100\n\n| solution | problem | verdict | tests | type hints | score |\n|---|---|---|---|---|---|\n";
  for (const auto& graded : result.graded) {
    const report::Report& report = graded.report;
    const std::string hints = !report.type_check ? "off" : report.type_check->ok ? "✔" : "✘";
    table << "| `" << cell(graded.assignment.file.string()) << "` | " << cell(graded.assignment.problem) << " | "
          << report::to_string(report.verdict) << " | " << report.passed << "/" << report.total << " | " << hints
          << " | " << report.score << " |\n";
  }
  return table.str();
}

}  // namespace judge::grade
