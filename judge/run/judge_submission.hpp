// Judging one submission: load it in the sandboxed harness, stream the cases,
// compare outside, restart after a crash when every result is wanted.
#pragma once

#include <string>

#include "judge/problem/problem.hpp"
#include "judge/report/report.hpp"
#include "sandbox/probe.hpp"

namespace judge::run {

class WarmPool;

struct Submission {
  std::string file_name;  // shown in tracebacks, e.g. two-sum.py
  std::string source;
};

struct JudgeOptions {
  std::string python;
  bool samples_only = false;  // LeetCode's "Run"
  bool fail_fast = false;     // stop at the first failing case
  sandbox::IsolationLevel required = sandbox::IsolationLevel::minimal;
  std::string judge_version;
  // Interpreters started ahead of need (grade, serve, worker); null: start one now.
  class WarmPool* warm = nullptr;
};

// A report of this submission with nothing judged yet: the problem, the
// file, the mode, the number of tests it will have and the limits. Shared by
// the judging, its failure path and the rules gate (rules_gate.hpp).
report::Report report_skeleton(const problem::Problem& problem, const Submission& submission, const JudgeOptions& options);

// `problem.cases` must already hold expected outputs for generated cases
// (see generated.hpp). Never throws for anything the submission does. The
// score is left to run::combine_scores (scoring.hpp), once the type check is in.
report::Report judge_submission(const problem::Problem& problem, const Submission& submission,
                                const JudgeOptions& options);

}  // namespace judge::run
