#include "judge/run/rules_gate.hpp"

#include <memory>

#include "judge/typecheck/type_checker.hpp"
#include "sandbox/probe.hpp"

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
  report::Report report;
  report.problem = {problem.id, problem.title, problem.pattern, problem.difficulty};
  report.solution_file = submission.file_name;
  report.mode = options.samples_only ? "sample" : "full";
  report.judge_version = options.judge_version;
  report.limits = {{"case_time_ms", problem.limits.case_time.count()},
                   {"total_time_ms", problem.limits.total_time.count()},
                   {"memory_mb", problem.limits.memory_mb}};
  for (const auto& test : problem.cases) report.total += !options.samples_only || test.sample ? 1 : 0;
  report.isolation = std::string(sandbox::to_string(sandbox::capabilities()->level()));
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
