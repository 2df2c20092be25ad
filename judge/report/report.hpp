// The judge.report/v1 report: what a submission got, per test and overall.
// Built by judge::run::judge_submission, written by report_json / report_text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "judge/typecheck/type_check.hpp"
#include "sandbox/result.hpp"

namespace judge::report {

// LeetCode's verdicts. Per test: AC WA TLE MLE RE OLE. Per submission also
// CE (it could not be loaded), RV (a rule of the problem was broken) and
// IE (the judge failed: never the learner's fault).
enum class Verdict { AC, WA, TLE, MLE, RE, OLE, CE, RV, IE };

std::string_view to_string(Verdict verdict);
std::string_view describe(Verdict verdict);  // "Wrong Answer"

struct TestResult {
  std::string name;
  Verdict verdict = Verdict::AC;
  double time_ms = 0;      // wall time, request to answer
  std::uint64_t cpu_ms = 0;  // CPU time, within ~10 ms (the sandbox samples every 10 ms)
  std::uint64_t memory_kb = 0;
  bool sample = false;
  bool hidden = true;
  bool stress = false;
  // Shown only for visible tests (samples, or every test when the problem
  // reveals hidden ones): a hidden test's data never leaves the judge.
  std::optional<nlohmann::json> input;
  std::optional<nlohmann::json> expected;
  std::optional<nlohmann::json> got;
  std::optional<std::string> stdout_text;
  std::uint64_t stdout_bytes = 0;
  std::optional<nlohmann::json> error;  // {type, message, line, traceback}; hidden tests: {type, line}
  std::string message;                  // one sentence: why this verdict
};

struct ProblemInfo {
  std::string id;
  std::string title;
  std::string pattern;
  std::string difficulty;
};

// How the score was made: tests and type hints, each out of its weight.
struct ScoreBreakdown {
  double tests = 0;
  double tests_max = 100;
  double type_hints = 0;
  double type_hints_max = 0;
};

struct Report {
  ProblemInfo problem;
  std::string solution_file;
  std::string mode = "full";  // "full" or "sample"
  Verdict verdict = Verdict::IE;
  std::string message;
  double score = 0;
  double max_score = 100;
  ScoreBreakdown breakdown;
  // Empty when the type check was switched off (--no-typecheck).
  std::optional<typecheck::TypeCheckResult> type_check;
  // The course counts mypy's type errors as failures (problem "type_errors": "fail").
  bool type_errors_fail = false;
  std::size_t passed = 0;
  std::size_t total = 0;
  std::vector<TestResult> tests;
  std::optional<std::size_t> first_failure;    // index into tests
  std::optional<nlohmann::json> compile_error;  // {kind, type, message, line, traceback}
  std::vector<typecheck::RuleViolation> rule_violations;  // RV: the exercise's rules it breaks
  nlohmann::json limits;
  std::string isolation;
  std::vector<sandbox::Protection> protections;
  std::uint64_t peak_memory_kib = 0;
  std::string judge_version;
  double total_ms = 0;
  std::size_t processes = 0;  // sandboxed interpreters started
};

}  // namespace judge::report
