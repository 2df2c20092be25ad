// Grading an exercise repository: find the solutions (by file name, or a
// judge.json manifest at the root), judge them in parallel with mypy kept
// warm, and collect one report per solution.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "judge/problem/problem.hpp"
#include "judge/report/report.hpp"
#include "sandbox/probe.hpp"

namespace judge::grade {

// A broken repository: the file and what is wrong with it.
class RepositoryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Assignment {
  std::filesystem::path file;     // relative to the repository
  std::string problem;            // slug
  double weight = 1;
};

struct Plan {
  std::filesystem::path root;
  std::vector<Assignment> assignments;
  std::vector<std::string> skipped;  // files that name no problem, with why
  std::vector<std::filesystem::path> problem_roots;  // the course's own first, then the built-in bank
  std::optional<problem::Scoring> scoring;  // the course's weights, when the manifest sets them
};

// Reads DIR/judge.json when there is one, else finds *.py files whose name
// is a problem's slug. Throws RepositoryError naming the file.
Plan plan_repository(const std::filesystem::path& root, const std::filesystem::path& builtin_bank);

struct GradeOptions {
  std::string python;
  std::size_t jobs = 1;
  bool typecheck = true;
  sandbox::IsolationLevel required = sandbox::IsolationLevel::minimal;
  std::string judge_version;
  // Called as each solution finishes (from worker threads, serialised).
  std::function<void(std::size_t done, std::size_t total, const report::Report&)> progress;
};

struct Graded {
  Assignment assignment;
  report::Report report;
  bool passed = false;
};

struct GradeResult {
  std::vector<Graded> graded;  // in plan order
  double score = 0;            // weighted mean of the reports' scores, 0..100
  std::size_t passed = 0;
  double wall_ms = 0;
};

GradeResult grade(const Plan& plan, const GradeOptions& options);

}  // namespace judge::grade
