#include "judge/grade/writers.hpp"

#include <sstream>

namespace judge::grade {

const std::vector<Format>& formats() {
  static const std::vector<Format> all = {
      {"json", "the native report: judge.report/v1 per solution plus a summary", write_json},
      {"junit", "JUnit XML (GitLab, GitHub test-report actions, Jenkins)", write_junit},
      {"github", "GitHub Actions annotations, plus a job summary in $GITHUB_STEP_SUMMARY", write_github},
      {"gradescope", "Gradescope autograder results.json", write_gradescope, ungraded_gradescope},
      {"exercism", "Exercism test-runner results.json, version 3", write_exercism, ungraded_exercism},
      {"prairielearn", "PrairieLearn external grader results.json", write_prairielearn,
       ungraded_prairielearn},
  };
  return all;
}

const Format* find_format(std::string_view name) {
  for (const auto& format : formats()) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

std::string format_names_text() {
  std::string text;
  for (const auto& format : formats()) text += (text.empty() ? "" : ", ") + std::string(format.name);
  return text;
}

std::string truncate_text(const std::string& text, std::size_t limit, const std::string& note) {
  auto code_points = [](const std::string& s) {
    std::size_t count = 0;
    for (const unsigned char c : s) count += (c & 0xC0) != 0x80 ? 1 : 0;
    return count;
  };
  if (code_points(text) <= limit) return text;
  const std::size_t keep = limit > code_points(note) ? limit - code_points(note) : 0;
  std::size_t bytes = 0, kept = 0;
  while (bytes < text.size()) {
    const auto lead = static_cast<unsigned char>(text[bytes]);
    if ((lead & 0xC0) != 0x80 && kept++ == keep) break;
    ++bytes;
  }
  return text.substr(0, bytes) + note;
}

std::string plain_summary(const GradeResult& result) {
  std::ostringstream out;
  for (const auto& graded : result.graded) {
    const report::Report& report = graded.report;
    out << (graded.passed ? "PASS " : "FAIL ") << graded.assignment.file.string() << " (" << graded.assignment.problem
        << "): " << report::to_string(report.verdict) << ", " << report.passed << "/" << report.total << " tests";
    if (report.type_check && !report.type_check->ok) out << ", type hints missing";
    out << ", score " << report.score << "/100";
    if (!graded.passed && !report.message.empty()) out << "\n  " << report.message;
    out << "\n";
  }
  out << result.passed << "/" << result.graded.size() << " solutions pass; score " << result.score << "/100\n";
  return out.str();
}

}  // namespace judge::grade
