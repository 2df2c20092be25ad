// `judge submit FILE`: judge a LeetCode-style solution against its problem.
#include <unistd.h>

#include <iostream>
#include <thread>

#include "judge/cli/command.hpp"
#include "judge/cli/history.hpp"
#include "judge/cli/problems.hpp"
#include "judge/cli/python.hpp"
#include "judge/report/report_json.hpp"
#include "judge/report/report_text.hpp"
#include "judge/run/generated.hpp"
#include "judge/run/judge_submission.hpp"
#include "judge/run/rules_gate.hpp"
#include "judge/run/scoring.hpp"
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
  std::string require = "minimal";
  std::string python;
};

int submit(const SubmitOptions& options) {
  const auto source = util::read_file(options.file, 1u << 20);
  if (!source) {
    std::cerr << "judge submit: cannot read " << options.file << " (or it is larger than 1 MiB)\n";
    return kExitError;
  }
  const problem::Catalog catalog(problem::Catalog::default_root(options.problems_dir));
  const std::string slug = options.problem.empty() ? problem::slug_from_file_name(options.file) : options.problem;
  problem::Problem problem = load_by_slug(catalog, slug);

  run::JudgeOptions judge_options;
  judge_options.python = resolve_python(options.python);
  judge_options.samples_only = options.sample;
  judge_options.fail_fast = options.fail_fast;
  judge_options.required = *sandbox::isolation_level_from_string(options.require);
  judge_options.judge_version = JUDGE_VERSION;
  // The type check runs beside the tests: the learner waits for the slower one only.
  std::optional<typecheck::TypeCheckResult> hints;
  std::jthread checking;
  if (!options.no_typecheck) {
    checking = std::jthread([&hints, python = judge_options.python, signatures = problem.python_signatures(),
                             prelude = problem.leetcode_prelude(), &source] {
      typecheck::TypeChecker checker({python, typecheck::default_cache_dir(), false});
      hints = checker.check(*source, signatures, prelude);
    });
  }
  if (!options.sample) {
    run::expand_generated(problem, {judge_options.python, run::default_cache_dir(), judge_options.required});
  }
  const run::Submission submission{std::filesystem::path(options.file).filename().string(), *source};
  // The exercise's rules (roadmap problems) before anything runs.
  std::optional<report::Report> broken = run::rule_violation_report(problem, submission, judge_options, nullptr);
  report::Report report = broken ? std::move(*broken) : run::judge_submission(problem, submission, judge_options);
  if (checking.joinable()) checking.join();
  report.type_check = std::move(hints);
  problem::Scoring scoring = problem.scoring;
  if (options.type_hints_weight >= 0) {
    scoring.type_hints = options.type_hints_weight;
    scoring.tests = 100 - options.type_hints_weight;
  }
  scoring.type_errors_fail = scoring.type_errors_fail || options.type_errors_fail;
  run::combine_scores(report, scoring);
  if (options.json) {
    std::cout << report::to_json(report).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    std::cout << report::to_text(report, &problem, {::isatty(STDOUT_FILENO) == 1 && std::getenv("NO_COLOR") == nullptr});
  }
  if (report.verdict == report::Verdict::IE) return kExitError;
  if (report.type_check && !report.type_check->failure.empty()) {
    std::cerr << "judge submit: the type check failed (the judge's problem, not yours): " << report.type_check->failure << "\n";
    return kExitError;
  }
  if (!options.no_history) {
    History(History::default_path()).record(problem.id, std::string(report::to_string(report.verdict)),
                                            run::passes(report) && !options.sample);
  }
  return run::passes(report) ? kExitOk : kExitFailed;
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
  on_chosen(command, "submit", exit_code, [options] { return submit(*options); });
}

}  // namespace judge::cli
