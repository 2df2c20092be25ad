// Validating a problem the way course staff need before learners see it:
// it loads, its generated cases build, its reference passes with headroom
// under the time limit and is fully type-hinted, every known solution gets
// the verdict its file name states, and stress cases separate the intended
// complexity from a slow solution on file.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "judge/report/report.hpp"
#include "judge/typecheck/type_checker.hpp"
#include "sandbox/probe.hpp"

namespace judge::run {

struct ValidateOptions {
  std::string python;
  std::filesystem::path cache_dir;
  sandbox::IsolationLevel required = sandbox::IsolationLevel::minimal;
  // The reference's slowest case must stay this many times under case_time_ms.
  double min_headroom = 2.0;
  std::string judge_version;
  // Called with every report made (e.g. to keep them for schema checks).
  std::function<void(const std::string& label, const report::Report&)> on_report;
};

struct KnownSolution {
  std::filesystem::path file;
  std::string expected;  // the verdict its name states: AC, WA, TLE, ...
  std::string got;
  std::string message;
  bool ok = false;
};

struct Validation {
  std::string slug;
  std::filesystem::path dir;
  bool ok = false;
  std::vector<std::string> failures;  // each one sentence
  std::vector<std::string> warnings;
  std::size_t cases = 0;
  std::size_t stress_cases = 0;
  double reference_slowest_ms = 0;
  double headroom = 0;  // case_time_ms / reference_slowest_ms
  bool stress_separates = false;
  std::vector<KnownSolution> known;
};

// Known solutions: <problem>/solutions/*.py, or `solutions_dir` when given.
Validation validate_problem(const std::filesystem::path& problem_dir, const std::filesystem::path& solutions_dir,
                            typecheck::TypeChecker& checker, const ValidateOptions& options);

// The verdict a known solution's file name states ("wa-off-by-one.py" -> "WA"), or empty.
std::string stated_verdict(const std::filesystem::path& file);

}  // namespace judge::run
