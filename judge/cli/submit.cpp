// `judge submit FILE`: judge a LeetCode-style solution against its problem,
// in the user's `judge daemon` when one is running (submission.hpp).
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "judge/cli/command.hpp"
#include "judge/cli/history.hpp"
#include "judge/cli/python.hpp"
#include "judge/cli/submission.hpp"
#include "judge/daemon/client.hpp"
#include "judge/problem/catalog.hpp"
#include "judge/run/generated.hpp"
#include "judge/typecheck/type_checker.hpp"
#include "judge/util/files.hpp"

namespace judge::cli {
namespace {

struct SubmitOptions {
  std::string file;
  std::string problem;
  std::string problems_dir;
  bool sample = false;
  bool json = false;
  bool fail_fast = false;
  bool no_typecheck = false;
  bool type_errors_fail = false;
  int type_hints_weight = -1;  // -1: the problem's
  bool no_history = false;
  bool no_daemon = false;
  std::string require = "minimal";
  std::string python;
};

int submit(const SubmitOptions& options) {
  const auto source = util::read_file(options.file, 1u << 20);
  if (!source) {
    std::cerr << "judge submit: cannot read " << options.file << " (or it is larger than 1 MiB)\n";
    return kExitError;
  }
  SubmitRequest request;
  request.problems_root = std::filesystem::absolute(problem::Catalog::default_root(options.problems_dir));
  request.slug = options.problem.empty() ? problem::slug_from_file_name(options.file) : options.problem;
  request.file_name = std::filesystem::path(options.file).filename().string();
  request.source = *source;
  request.python = resolve_python(options.python);
  request.sample = options.sample;
  request.fail_fast = options.fail_fast;
  request.typecheck = !options.no_typecheck;
  request.type_errors_fail = options.type_errors_fail;
  request.type_hints_weight = options.type_hints_weight;
  request.required = *sandbox::isolation_level_from_string(options.require);
  request.json = options.json;
  request.color = ::isatty(STDOUT_FILENO) == 1 && std::getenv("NO_COLOR") == nullptr;
  request.cases_cache = run::default_cache_dir();
  request.mypy_cache = typecheck::default_cache_dir();

  // The user's daemon has an interpreter and mypy warm; without one (or
  // when it cannot take this), the solution is judged here.
  std::optional<SubmitOutcome> outcome;
  if (daemon::daemon_wanted(options.no_daemon)) outcome = daemon::submit_in_daemon(request);
  if (!outcome) outcome = submit_solution(request, nullptr, nullptr);
  std::cout << outcome->output << std::flush;
  std::cerr << outcome->error;
  if (outcome->record && !options.no_history) {
    History(History::default_path()).record(outcome->problem_id, outcome->verdict, outcome->solved);
  }
  return outcome->exit_code;
}

}  // namespace

void add_submit_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<SubmitOptions>();
  CLI::App* command = app.add_subcommand("submit", "Judge a LeetCode-style solution against its problem's tests");
  command->add_option("file", options->file, "The solution, e.g. two-sum.py (the name picks the problem)")
      ->required()->check(CLI::ExistingFile);
  command->add_option("--problem", options->problem, "The problem's slug, when the file name does not say it");
  command->add_flag("--sample", options->sample, "Run only the sample tests (LeetCode's Run)");
  command->add_flag("--fail-fast", options->fail_fast, "Stop at the first failing test");
  command->add_flag("--json", options->json, "Print the judge.report/v1 JSON report");
  command->add_flag("--no-typecheck", options->no_typecheck, "Skip the type-hint check (scores tests only)");
  command->add_option("--type-hints-weight", options->type_hints_weight,
                      "Percent of the score for complete type hints (default: the problem's, usually 10)")
      ->check(CLI::Range(0, 100));
  command->add_flag("--type-errors-fail", options->type_errors_fail, "Count mypy's type errors as failures too");
  command->add_flag("--no-history", options->no_history, "Do not record this submission in the local history (judge list)");
  command->add_option("--problems", options->problems_dir, "Problem bank folder (default: $JUDGE_PROBLEMS or the built-in bank)");
  command->add_option("--require-isolation", options->require, "Refuse to run below this level")
      ->check(CLI::IsMember({"minimal", "standard", "strict"}))->capture_default_str();
  command->add_option("--python", options->python, "Interpreter (default: $JUDGE_PYTHON or /usr/bin/python3)");
  command->add_flag("--no-daemon", options->no_daemon,
                    "Judge here even when `judge daemon` is running (also: JUDGE_NO_DAEMON=1)");
  on_chosen(command, "submit", exit_code, [options] { return submit(*options); });
}

}  // namespace judge::cli
