// `judge grade DIR`: every solution of an exercise repository, judged in
// parallel, written in the formats CI systems read.
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "judge/cli/command.hpp"
#include "judge/cli/grading.hpp"
#include "judge/grade/writers.hpp"
#include "judge/problem/catalog.hpp"

namespace judge::cli {
namespace {

struct GradeCliOptions {
  std::string dir;
  std::vector<std::string> formats;
  GradingSettings settings;
  bool no_typecheck = false;
  double min_score = -1;
  std::string problems_dir;
};

struct Output {
  const grade::Format* format;
  std::string path;  // empty: stdout
};

bool write_text(const std::string& path, const std::string& text, std::ios::openmode mode) {
  std::ofstream out(path, std::ios::binary | mode);
  out << text;
  return static_cast<bool>(out);
}

int grade_repository(GradeCliOptions options) {
  // Every format is checked before anything runs: a typo fails fast.
  std::vector<Output> outputs;
  for (const auto& spec : options.formats) {
    const auto colon = spec.find(':');
    const grade::Format* format = grade::find_format(spec.substr(0, colon));
    if (format == nullptr) {
      std::cerr << "judge grade: unknown format \"" << spec.substr(0, colon) << "\" (known: "
                << grade::format_names_text() << ")\n";
      return kExitError;
    }
    outputs.push_back({format, colon == std::string::npos ? "" : spec.substr(colon + 1)});
  }
  grade::Plan plan;
  try {
    plan = grade::plan_repository(options.dir, problem::Catalog::default_root(options.problems_dir));
  } catch (const grade::RepositoryError& error) {
    std::cerr << "judge grade: " << error.what() << "\n";
    for (const auto& [format, path] : outputs) {
      if (format->ungraded != nullptr && !path.empty()) write_text(path, format->ungraded(error.what()), std::ios::trunc);
    }
    return kExitError;
  }
  for (const auto& skipped : plan.skipped) std::cerr << "judge grade: skipping " << skipped << "\n";

  options.settings.typecheck = !options.no_typecheck;
  const grade::GradeResult result = grade_with_progress(plan, options.settings);

  bool written = true;
  for (const auto& [format, path] : outputs) {
    const std::string text = format->write(plan, result);
    if (path.empty()) {
      std::cout << text;
    } else {
      written = write_text(path, text, std::ios::trunc) && written;
    }
    if (format->name == "github") {
      if (const char* step_summary = std::getenv("GITHUB_STEP_SUMMARY"); step_summary != nullptr && *step_summary) {
        written = write_text(step_summary, grade::github_step_summary(result), std::ios::app) && written;
      }
    }
  }
  if (outputs.empty()) std::cout << grade::plain_summary(result);
  if (!written) {
    std::cerr << "judge grade: could not write every output\n";
    return kExitError;
  }
  if (judge_failed(result)) return kExitError;
  if (options.min_score >= 0) return result.score >= options.min_score ? kExitOk : kExitFailed;
  return result.passed == result.graded.size() ? kExitOk : kExitFailed;
}

}  // namespace

void add_grade_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<GradeCliOptions>();
  CLI::App* command = app.add_subcommand("grade", "Grade every solution in an exercise repository (CI)");
  command->add_option("dir", options->dir, "The repository")->required()->check(CLI::ExistingDirectory);
  command->add_option("--format", options->formats,
                      "NAME or NAME:PATH, repeatable; NAME is one of " + grade::format_names_text());
  command->add_option("--jobs,-j", options->settings.jobs, "Solutions judged at once (default: the core count)");
  command->add_flag("--no-typecheck", options->no_typecheck, "Skip the type-hint check");
  command->add_option("--min-score", options->min_score, "Pass when the overall score reaches this (0-100)")
      ->check(CLI::Range(0.0, 100.0));
  command->add_option("--problems", options->problems_dir, "The built-in bank to use besides the repository's own problems/");
  command->add_option("--python", options->settings.python, "Interpreter (default: $JUDGE_PYTHON or /usr/bin/python3)");
  on_chosen(command, "grade", exit_code, [options] { return grade_repository(*options); });
}

}  // namespace judge::cli
