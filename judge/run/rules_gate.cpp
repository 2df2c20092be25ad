#include "judge/run/rules_gate.hpp"

#include <memory>

#include "judge/typecheck/type_checker.hpp"

namespace judge::run {

std::optional<report::Report> rule_violation_report(const problem::Problem& problem, const Submission& submission,
                                                    const JudgeOptions& options, typecheck::TypeChecker* checker) {
  if (problem.rules.empty()) return std::nullopt;
  std::unique_ptr<typecheck::TypeChecker> own;
  if (checker == nullptr) {
    own = std::make_unique<typecheck::TypeChecker>(typecheck::CheckerOptions{options.python, {}, false});
    checker = own.get();
  }
  typecheck::RuleCheckResult checked = checker->check_rules(submission.source, problem.rules.forbid, problem.rules.require);
  if (checked.failure.empty() && checked.violations.empty()) return std::nullopt;
  report::Report report = report_skeleton(problem, submission, options);
  if (!checked.failure.empty()) {
    report.verdict = report::Verdict::IE;
    report.message = "the judge failed: the rule check: " + checked.failure;
    return report;
  }
  report.verdict = report::Verdict::RV;
  const auto& first = checked.violations.front();
  report.message = (first.line ? "line " + std::to_string(*first.line) + ": " : std::string()) + first.message;
  if (checked.violations.size() > 1) report.message += " (and " + std::to_string(checked.violations.size() - 1) + " more)";
  report.rule_violations = std::move(checked.violations);
  return report;
}

}  // namespace judge::run
