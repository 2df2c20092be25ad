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
  bool missing = false;  // named by the manifest, absent from the submission (gradescope): scores 0
};

// The course's time and memory, when its grading machines differ from the
// ones the problems were written on (judge.json "limits").
struct LimitOverrides {
  double time_scale = 1;               // every time limit multiplied by this
  std::optional<std::uint64_t> memory_mb;
};

struct Plan {
  std::filesystem::path root;
  std::vector<Assignment> assignments;
  std::vector<std::string> skipped;  // files that name no problem, with why
  std::vector<std::filesystem::path> problem_roots;  // the course's own first, then the built-in bank
  std::optional<problem::Scoring> scoring;  // the course's weights, when the manifest sets them
  LimitOverrides limits;
};

struct PlanOptions {
  // Where judge.json and the course's problems/ live, when not in the
  // graded folder itself (Gradescope: /autograder/source, the student's
  // files in /autograder/submission). Empty: the graded folder.
  std::filesystem::path course_root;
  // False: no judge.json and no course problems at all, only the built-in
  // bank (a Gradescope autograder without course files must not read the
  // student's own judge.json or problems/).
  bool course_files = true;
  // A manifest's file missing from the folder scores 0 instead of being a
  // broken repository: a student who did not hand it in.
  bool missing_files_score_zero = false;
};

// Reads judge.json when there is one, else finds *.py files whose name is a
// problem's slug. Throws RepositoryError naming the file.
Plan plan_repository(const std::filesystem::path& root, const std::filesystem::path& builtin_bank,
                     const PlanOptions& options = {});

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
