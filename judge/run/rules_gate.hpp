// The roadmap's rules, before anything runs: a solution that breaks one of
// its exercise's rules (a `for` in a while-loop exercise, sorted() in a
// sorting one) gets RV, each broken rule with its line and what to do
// instead, and no test runs.
#pragma once

#include <optional>

#include "judge/run/judge_submission.hpp"
#include "judge/typecheck/type_checker.hpp"

namespace judge::run {

// Empty when the problem has no rules or the solution keeps them. `checker`
// (a warm one, say) does the check; null starts one for this check only.
std::optional<report::Report> rule_violation_report(const problem::Problem& problem, const Submission& submission,
                                                    const JudgeOptions& options, typecheck::TypeChecker* checker);

}  // namespace judge::run
