// What grade, serve and worker do per solution: judge it, check its type
// hints with the caller's warm checker, and combine the score.
#pragma once

#include "judge/run/judge_submission.hpp"
#include "judge/typecheck/type_checker.hpp"

namespace judge::run {

// `checker` null: no type check (--no-typecheck, or the client asked for none).
report::Report judge_checked(const problem::Problem& problem, const Submission& submission, const JudgeOptions& options,
                             typecheck::TypeChecker* checker, const problem::Scoring& scoring);

}  // namespace judge::run
