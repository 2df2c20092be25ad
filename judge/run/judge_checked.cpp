#include "judge/run/judge_checked.hpp"

#include "judge/run/scoring.hpp"

namespace judge::run {

report::Report judge_checked(const problem::Problem& problem, const Submission& submission, const JudgeOptions& options,
                             typecheck::TypeChecker* checker, const problem::Scoring& scoring) {
  report::Report report = judge_submission(problem, submission, options);
  if (checker != nullptr) report.type_check = checker->check(submission.source, problem.python_signatures());
  combine_scores(report, scoring);
  return report;
}

}  // namespace judge::run
