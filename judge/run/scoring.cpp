#include "judge/run/scoring.hpp"

#include <cmath>

namespace judge::run {
namespace {

double rounded(double value) { return std::round(value * 100) / 100; }

// A type check that failed is the judge's problem: it neither costs nor earns.
bool counted(const report::Report& report) { return report.type_check && report.type_check->failure.empty(); }

}  // namespace

void combine_scores(report::Report& report, const problem::Scoring& scoring) {
  using report::Verdict;
  report.type_errors_fail = scoring.type_errors_fail;
  if (report.type_check && report.type_check->syntax_error && report.compile_error) {
    const auto& syntax = *report.type_check->syntax_error;
    (*report.compile_error)["line"] = syntax.line;
    (*report.compile_error)["column"] = syntax.column;
    report.message = "SyntaxError at line " + std::to_string(syntax.line) + ", column " + std::to_string(syntax.column) +
                     ": " + syntax.message;
  }
  const double total_weight = counted(report) ? scoring.tests + scoring.type_hints : scoring.tests;
  report::ScoreBreakdown& breakdown = report.breakdown;
  breakdown.tests_max = total_weight > 0 ? rounded(100 * scoring.tests / total_weight) : 100;
  breakdown.type_hints_max = counted(report) ? rounded(100 - breakdown.tests_max) : 0;
  const bool scorable =
      report.total > 0 && report.verdict != Verdict::CE && report.verdict != Verdict::IE && report.verdict != Verdict::RV;
  breakdown.tests = scorable ? rounded(breakdown.tests_max * static_cast<double>(report.passed) /
                                       static_cast<double>(report.total))
                             : 0;
  breakdown.type_hints = 0;
  // A broken rule means the exercise was not done the way it teaches: no points at all.
  if (counted(report) && !report.type_check->syntax_error && report.verdict != Verdict::RV) {
    const auto& check = *report.type_check;
    const double functions = static_cast<double>(check.function_count);
    const double annotated = functions - static_cast<double>(check.missing_annotations());
    double share = functions > 0 ? std::max(0.0, annotated) / functions : 1.0;
    if (report.type_errors_fail && check.error_count() > 0) share = 0;
    breakdown.type_hints = rounded(breakdown.type_hints_max * share);
  }
  report.max_score = 100;
  report.score = rounded(breakdown.tests + breakdown.type_hints);
}

bool passes(const report::Report& report) {
  if (report.verdict != report::Verdict::AC) return false;
  if (!report.type_check) return true;  // --no-typecheck
  // A check that failed proves nothing: never a pass (the judge's fault, exit 2).
  if (!report.type_check->failure.empty()) return false;
  const auto& check = *report.type_check;
  if (!check.ok) return false;
  return !(report.type_errors_fail && check.error_count() > 0);
}

}  // namespace judge::run
