#include "judge/run/judge_checked.hpp"

#include <optional>
#include <thread>

#include "judge/run/rules_gate.hpp"
#include "judge/run/scoring.hpp"

namespace judge::run {

report::Report judge_checked(const problem::Problem& problem, const Submission& submission, const JudgeOptions& options,
                             typecheck::TypeChecker* checker, const problem::Scoring& scoring) {
  // The exercise's rules first: nothing runs for a solution that breaks one.
  std::optional<report::Report> broken = rule_violation_report(problem, submission, options, checker);
  // The type check (a trusted helper, never the solution) runs beside the
  // judging: on two cores a full submission costs the longer of the two.
  std::optional<typecheck::TypeCheckResult> hints;
  std::jthread checking;
  if (checker != nullptr) {
    checking = std::jthread([&] { hints = checker->check(submission.source, problem.python_signatures(), problem.leetcode_prelude()); });
  }
  report::Report report = broken ? std::move(*broken) : judge_submission(problem, submission, options);
  if (checking.joinable()) checking.join();
  if (hints) report.type_check = std::move(*hints);
  combine_scores(report, scoring);
  return report;
}

}  // namespace judge::run
