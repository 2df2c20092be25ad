#include "judge/grade/grade.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <mutex>
#include <thread>

#include "judge/problem/catalog.hpp"
#include "judge/run/generated.hpp"
#include "judge/run/judge_checked.hpp"
#include "judge/run/warm_pool.hpp"
#include "judge/run/scoring.hpp"
#include "judge/typecheck/type_checker.hpp"
#include "judge/util/files.hpp"

namespace judge::grade {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const char* kManifest = "judge.json";

bool inside(const fs::path& root, const fs::path& path) {
  const auto base = fs::weakly_canonical(root);
  const auto full = fs::weakly_canonical(path);
  auto [end, _] = std::mismatch(base.begin(), base.end(), full.begin(), full.end());
  return end == base.end();
}

std::optional<fs::path> find_problem(const std::vector<fs::path>& roots, const std::string& slug) {
  for (const auto& root : roots) {
    if (auto entry = problem::Catalog(root).find(slug)) return entry->dir;
  }
  return std::nullopt;
}

// A course's own problems are checked before anything is graded against them.
void check_course_problems(const fs::path& dir) {
  for (const auto& entry : problem::Catalog(dir).entries()) {
    try {
      problem::load_problem(entry.dir);
    } catch (const problem::ProblemError& error) {
      throw RepositoryError(std::string("the course's problem is malformed: ") + error.what());
    }
  }
}

bool skipped_dir(const fs::path& dir) {
  const std::string name = dir.filename().string();
  return name.empty() || name.front() == '.' || name == "__pycache__" || name == "node_modules" || name == "venv" ||
         name == "problems";
}

std::chrono::milliseconds scaled(std::chrono::milliseconds limit, double scale) {
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::llround(static_cast<double>(limit.count()) * scale)));
}

report::Report not_submitted(const problem::Problem& problem, const Assignment& assignment, const std::string& version) {
  report::Report report;
  report.problem = {problem.id, problem.title, problem.pattern, problem.difficulty};
  report.verdict = report::Verdict::CE;
  report.message = assignment.file.string() + " was not submitted";
  report.judge_version = version;
  return report;
}

}  // namespace

Plan plan_repository(const fs::path& root, const fs::path& builtin_bank, const PlanOptions& options) {
  if (!fs::is_directory(root)) throw RepositoryError(root.string() + ": not a directory");
  const fs::path course_root = options.course_root.empty() ? root : options.course_root;
  if (options.course_files && !fs::is_directory(course_root)) throw RepositoryError(course_root.string() + ": not a directory");
  Plan plan;
  plan.root = root;
  const fs::path manifest_path = course_root / kManifest;
  json manifest = json::object();
  if (options.course_files && fs::exists(manifest_path)) {
    const auto text = util::read_file(manifest_path, 4u << 20);
    if (!text) throw RepositoryError(manifest_path.string() + ": cannot be read");
    try {
      manifest = json::parse(*text);
    } catch (const json::parse_error& error) {
      throw RepositoryError(manifest_path.string() + ": not valid JSON: " + error.what());
    }
    if (!manifest.is_object()) throw RepositoryError(manifest_path.string() + ": must be an object");
  }
  auto fail = [&](const std::string& field, const std::string& what) {
    throw RepositoryError(manifest_path.string() + ": " + field + ": " + what);
  };
  for (const auto& [key, value] : manifest.items()) {
    if (key != "problems" && key != "solutions" && key != "scoring" && key != "limits") {
      fail(key, "is not a known field");
    }
  }
  fs::path course = course_root / "problems";
  if (manifest.contains("problems")) {
    if (!manifest["problems"].is_string()) fail("problems", "must be a folder name");
    course = course_root / manifest["problems"].get<std::string>();
    if (!fs::is_directory(course) || !inside(course_root, course)) {
      fail("problems", "must be a folder inside the repository");
    }
  }
  if (options.course_files && fs::is_directory(course)) {
    check_course_problems(course);
    plan.problem_roots.push_back(course);
  }
  plan.problem_roots.push_back(builtin_bank);
  if (manifest.contains("scoring")) {
    const json& scoring = manifest["scoring"];
    if (!scoring.is_object()) fail("scoring", "must be an object");
    problem::Scoring weights;
    for (const auto& [key, value] : scoring.items()) {
      if (key == "tests" || key == "type_hints") {
        if (!value.is_number() || value.get<double>() < 0) fail("scoring." + key, "must be a number >= 0");
        (key == "tests" ? weights.tests : weights.type_hints) = value.get<double>();
      } else if (key == "type_errors") {
        if (value != "report" && value != "fail") fail("scoring.type_errors", "must be \"report\" or \"fail\"");
        weights.type_errors_fail = value == "fail";
      } else {
        fail("scoring." + key, "is not a known field");
      }
    }
    if (weights.tests + weights.type_hints <= 0) fail("scoring", "tests and type_hints cannot both be 0");
    plan.scoring = weights;
  }
  if (manifest.contains("limits")) {
    const json& limits = manifest["limits"];
    if (!limits.is_object()) fail("limits", "must be an object");
    for (const auto& [key, value] : limits.items()) {
      if (key == "time_scale") {
        if (!value.is_number() || value.get<double>() < 0.1 || value.get<double>() > 10) {
          fail("limits.time_scale", "must be a number from 0.1 to 10");
        }
        plan.limits.time_scale = value.get<double>();
      } else if (key == "memory_mb") {
        if (!value.is_number_unsigned() || value.get<std::uint64_t>() < 32 || value.get<std::uint64_t>() > 4096) {
          fail("limits.memory_mb", "must be a whole number from 32 to 4096");
        }
        plan.limits.memory_mb = value.get<std::uint64_t>();
      } else {
        fail("limits." + key, "is not a known field (time_scale, memory_mb)");
      }
    }
  }
  if (manifest.contains("solutions")) {
    if (!manifest["solutions"].is_array()) fail("solutions", "must be a list");
    std::size_t index = 0;
    for (const auto& item : manifest["solutions"]) {
      const std::string at = "solutions[" + std::to_string(index++) + "]";
      if (!item.is_object() || !item.contains("file") || !item["file"].is_string()) fail(at + ".file", "is required");
      Assignment assignment;
      assignment.file = item["file"].get<std::string>();
      if (!inside(root, root / assignment.file)) fail(at + ".file", "must be inside the repository");
      if (!fs::is_regular_file(root / assignment.file)) {
        if (!options.missing_files_score_zero) {
          fail(at + ".file", "\"" + assignment.file.string() + "\" is not a file in the repository");
        }
        assignment.missing = true;
      }
      assignment.problem = item.contains("problem") && item["problem"].is_string()
                               ? item["problem"].get<std::string>()
                               : problem::slug_from_file_name(assignment.file);
      if (!find_problem(plan.problem_roots, assignment.problem)) fail(at + ".problem", "unknown problem \"" + assignment.problem + "\"");
      if (item.contains("weight")) {
        if (!item["weight"].is_number() || item["weight"].get<double>() < 0) fail(at + ".weight", "must be a number >= 0");
        assignment.weight = item["weight"].get<double>();
      }
      plan.assignments.push_back(std::move(assignment));
    }
    return plan;
  }
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    if (it->is_directory() && skipped_dir(it->path())) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file() || it->path().extension() != ".py") continue;
    const fs::path relative = fs::relative(it->path(), root);
    const std::string slug = problem::slug_from_file_name(relative);
    if (find_problem(plan.problem_roots, slug)) {
      plan.assignments.push_back({relative, slug, 1});
    } else {
      plan.skipped.push_back(relative.string() + ": no problem named \"" + slug + "\"");
    }
  }
  std::sort(plan.assignments.begin(), plan.assignments.end(),
            [](const Assignment& a, const Assignment& b) { return a.file < b.file; });
  if (plan.assignments.empty()) throw RepositoryError(root.string() + ": no solution names a known problem (and no judge.json)");
  return plan;
}

GradeResult grade(const Plan& plan, const GradeOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  // Each problem once, generated cases built before the workers start.
  std::map<std::string, problem::Problem> problems;
  for (const auto& assignment : plan.assignments) {
    if (problems.contains(assignment.problem)) continue;
    problem::Problem loaded = problem::load_problem(*find_problem(plan.problem_roots, assignment.problem));
    loaded.limits.case_time = scaled(loaded.limits.case_time, plan.limits.time_scale);
    loaded.limits.total_time = scaled(loaded.limits.total_time, plan.limits.time_scale);
    if (plan.limits.memory_mb) loaded.limits.memory_mb = *plan.limits.memory_mb;
    run::expand_generated(loaded, {options.python, run::default_cache_dir(), options.required});
    problems.emplace(assignment.problem, std::move(loaded));
  }
  // As many interpreters kept started as there are workers to take them.
  run::WarmPool warm(std::max<std::size_t>(1, options.jobs));
  GradeResult result;
  result.graded.resize(plan.assignments.size());
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::size_t done = 0;
  auto work = [&] {
    std::optional<typecheck::TypeChecker> checker;
    if (options.typecheck) checker.emplace(typecheck::CheckerOptions{options.python, typecheck::default_cache_dir(), true});
    for (std::size_t i = next++; i < plan.assignments.size(); i = next++) {
      const Assignment& assignment = plan.assignments[i];
      const problem::Problem& problem = problems.at(assignment.problem);
      const problem::Scoring& scoring = plan.scoring.value_or(problem.scoring);
      report::Report report;
      if (assignment.missing) {
        report = not_submitted(problem, assignment, options.judge_version);
        run::combine_scores(report, scoring);
      } else {
        const std::string source = util::read_file(plan.root / assignment.file, 1u << 20).value_or("");
        run::JudgeOptions judging;
        judging.python = options.python;
        judging.required = options.required;
        judging.judge_version = options.judge_version;
        judging.warm = &warm;
        report = run::judge_checked(problem, {assignment.file.filename().string(), source}, judging,
                                    checker ? &*checker : nullptr, scoring);
      }
      report.solution_file = assignment.file.string();
      Graded graded{assignment, std::move(report), false};
      graded.passed = run::passes(graded.report);
      std::lock_guard lock(mutex);
      result.graded[i] = std::move(graded);
      ++done;
      if (options.progress) options.progress(done, plan.assignments.size(), result.graded[i].report);
    }
  };
  std::vector<std::thread> workers;
  for (std::size_t j = 0; j < std::max<std::size_t>(1, std::min(options.jobs, plan.assignments.size())); ++j) workers.emplace_back(work);
  for (auto& worker : workers) worker.join();
  double weights = 0;
  for (const auto& graded : result.graded) {
    weights += graded.assignment.weight;
    result.score += graded.assignment.weight * graded.report.score;
    result.passed += graded.passed ? 1 : 0;
  }
  result.score = weights > 0 ? std::round(result.score / weights * 100) / 100 : 0;
  result.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace judge::grade
