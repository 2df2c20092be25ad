// `judge gradescope`: the whole of a Gradescope run_autograder. Grades the
// student's files in /autograder/submission against the course set up in
// /autograder/source (its judge.json and problems/, when there are any) and
// always leaves /autograder/results/results.json behind: a submission that
// cannot be graded gets a score of 0 and the reason, never a silent failure.
#include <filesystem>
#include <iostream>

#include "judge/cli/command.hpp"
#include "judge/cli/grading.hpp"
#include "judge/grade/writers.hpp"
#include "judge/problem/catalog.hpp"
#include "judge/util/files.hpp"

namespace judge::cli {
namespace {

namespace fs = std::filesystem;

struct GradescopeOptions {
  std::string submission = "/autograder/submission";
  std::string source = "/autograder/source";
  std::string results = "/autograder/results/results.json";
  GradingSettings settings;
  bool no_typecheck = false;
  std::string problems_dir;
};

bool write_results(const fs::path& path, const std::string& text) {
  std::error_code ignored;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ignored);
  if (util::write_file_atomically(path, text)) return true;
  std::cerr << "judge gradescope: cannot write " << path.string() << "\n";
  return false;
}

int run_autograder(GradescopeOptions options) {
  grade::PlanOptions planning;
  planning.missing_files_score_zero = true;
  // The course's judge.json and problems/ come with the autograder, never
  // from the student: a submission cannot bring its own tests.
  const fs::path source = options.source;
  planning.course_root = source;
  planning.course_files = fs::exists(source / "judge.json") || fs::is_directory(source / "problems");
  grade::Plan plan;
  try {
    plan = grade::plan_repository(options.submission, problem::Catalog::default_root(options.problems_dir), planning);
  } catch (const grade::RepositoryError& error) {
    std::cerr << "judge gradescope: " << error.what() << "\n";
    return write_results(options.results, grade::ungraded_gradescope(error.what())) ? kExitOk : kExitError;
  }
  for (const auto& skipped : plan.skipped) std::cerr << "judge gradescope: skipping " << skipped << "\n";
  options.settings.typecheck = !options.no_typecheck;
  const grade::GradeResult result = grade_with_progress(plan, options.settings);
  std::cerr << grade::plain_summary(result);
  if (!write_results(options.results, grade::write_gradescope(plan, result))) return kExitError;
  return judge_failed(result) ? kExitError : kExitOk;
}

}  // namespace

void add_gradescope_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<GradescopeOptions>();
  CLI::App* command = app.add_subcommand("gradescope", "Run as Gradescope's run_autograder");
  command->add_option("--submission", options->submission, "The student's files")->capture_default_str();
  command->add_option("--source", options->source, "The autograder's own files: judge.json, problems/")
      ->capture_default_str();
  command->add_option("--results", options->results, "Where results.json goes")->capture_default_str();
  command->add_option("--jobs,-j", options->settings.jobs, "Solutions judged at once (default: the core count)");
  command->add_flag("--no-typecheck", options->no_typecheck, "Skip the type-hint check");
  command->add_option("--problems", options->problems_dir, "The built-in bank");
  command->add_option("--python", options->settings.python, "Interpreter (default: $JUDGE_PYTHON or /usr/bin/python3)");
  on_chosen(command, "gradescope", exit_code, [options] { return run_autograder(*options); });
}

}  // namespace judge::cli
