// `judge grade DIR`: every solution of an exercise repository, judged in
// parallel, written in the formats CI systems read.
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>

#include "judge/cli/command.hpp"
#include "judge/cli/python.hpp"
#include "judge/grade/writers.hpp"
#include "judge/problem/catalog.hpp"

namespace judge::cli {
namespace {

struct GradeCliOptions {
  std::string dir;
  std::vector<std::string> formats;
  std::size_t jobs = 0;  // 0: the core count
  bool no_typecheck = false;
  double min_score = -1;
  std::string python;
  std::string problems_dir;
};

bool append_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::app | std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

int grade_repository(const GradeCliOptions& options) {
  // Every format is checked before anything runs: a typo fails fast.
  std::vector<std::pair<std::string, std::string>> outputs;
  for (const auto& spec : options.formats) {
    const auto colon = spec.find(':');
    const std::string name = spec.substr(0, colon);
    const auto known = grade::format_names();
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::cerr << "judge grade: unknown format \"" << name << "\" (known: json, junit, github)\n";
      return kExitError;
    }
    outputs.emplace_back(name, colon == std::string::npos ? "" : spec.substr(colon + 1));
  }
  grade::Plan plan;
  try {
    plan = grade::plan_repository(options.dir, problem::Catalog::default_root(options.problems_dir));
  } catch (const grade::RepositoryError& error) {
    std::cerr << "judge grade: " << error.what() << "\n";
    return kExitError;
  }
  for (const auto& skipped : plan.skipped) std::cerr << "judge grade: skipping " << skipped << "\n";

  grade::GradeOptions grading;
  grading.python = resolve_python(options.python);
  grading.jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  grading.typecheck = !options.no_typecheck;
  grading.judge_version = JUDGE_VERSION;
  const bool tty = ::isatty(STDERR_FILENO) == 1;
  grading.progress = [tty](std::size_t done, std::size_t total, const report::Report& report) {
    // A live bar on a terminal; plain lines in CI logs.
    if (tty) {
      const std::size_t width = 30, filled = width * done / total;
      std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, '.') << "] " << done << "/" << total
                << " " << report.solution_file << "\033[K" << (done == total ? "\n" : "") << std::flush;
    } else {
      std::cerr << "judge grade: " << done << "/" << total << " " << report.solution_file << ": "
                << report::to_string(report.verdict) << ", score " << report.score << "\n";
    }
  };
  const grade::GradeResult result = grade::grade(plan, grading);

  bool written = true;
  for (const auto& [name, path] : outputs) {
    std::string summary;
    const std::string text = grade::write_format(name, plan, result, &summary);
    if (path.empty()) {
      std::cout << text;
    } else {
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      out << text;
      written = written && static_cast<bool>(out);
    }
    if (name == "github") {
      if (const char* step_summary = std::getenv("GITHUB_STEP_SUMMARY"); step_summary != nullptr && *step_summary != '\0') {
        written = append_file(step_summary, summary) && written;
      }
    }
  }
  if (outputs.empty()) {
    for (const auto& graded : result.graded) {
      std::cout << (graded.passed ? "✔ " : "✘ ") << graded.assignment.file.string() << "  "
                << report::to_string(graded.report.verdict) << "  " << graded.report.passed << "/"
                << graded.report.total << " tests" << (graded.report.type_check && !graded.report.type_check->ok ? ", type hints missing" : "")
                << "  score " << graded.report.score << "\n";
    }
    std::cout << result.passed << "/" << result.graded.size() << " solutions pass, score " << result.score << "/100\n";
  }
  if (!written) {
    std::cerr << "judge grade: could not write every output\n";
    return kExitError;
  }
  for (const auto& graded : result.graded) {
    if (graded.report.verdict == report::Verdict::IE ||
        (graded.report.type_check && !graded.report.type_check->failure.empty())) {
      return kExitError;
    }
  }
  if (options.min_score >= 0) return result.score >= options.min_score ? kExitOk : kExitFailed;
  return result.passed == result.graded.size() ? kExitOk : kExitFailed;
}

}  // namespace

void add_grade_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<GradeCliOptions>();
  CLI::App* command = app.add_subcommand("grade", "Grade every solution in an exercise repository (CI)");
  command->add_option("dir", options->dir, "The repository")->required()->check(CLI::ExistingDirectory);
  command->add_option("--format", options->formats, "json, junit or github, optionally :PATH (repeatable)");
  command->add_option("--jobs,-j", options->jobs, "Solutions judged at once (default: the core count)");
  command->add_flag("--no-typecheck", options->no_typecheck, "Skip the type-hint check");
  command->add_option("--min-score", options->min_score, "Pass when the overall score reaches this (0-100)")
      ->check(CLI::Range(0.0, 100.0));
  command->add_option("--problems", options->problems_dir, "The built-in bank to use besides the repository's own problems/");
  command->add_option("--python", options->python, "Interpreter (default: $JUDGE_PYTHON or /usr/bin/python3)");
  on_chosen(command, "grade", exit_code, [options] { return grade_repository(*options); });
}

}  // namespace judge::cli
