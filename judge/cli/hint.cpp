// `judge hint SLUG`: the problem's ladder of hints, one rung at a time. Each
// call shows the hints seen so far plus the next one (remembered in the local
// history); --level N shows up to rung N, --all the whole ladder.
#include <iostream>

#include "judge/cli/command.hpp"
#include "judge/cli/history.hpp"
#include "judge/cli/problems.hpp"

namespace judge::cli {
namespace {

struct HintOptions {
  std::string slug;
  std::string problems_dir;
  int level = 0;  // 0: one more than seen before
  bool all = false;
  bool json = false;
};

int hint(const HintOptions& options) {
  const problem::Catalog catalog(problem::Catalog::default_root(options.problems_dir));
  const problem::Problem problem = load_by_slug(catalog, options.slug);
  const int available = static_cast<int>(problem.hints.size());
  if (available == 0) {
    std::cout << problem.id << " has no hints. `judge show " << problem.id << "` has the statement and samples.\n";
    return kExitOk;
  }
  History history(History::default_path());
  int shown = options.all ? available : options.level > 0 ? options.level : history.hints_seen(problem.id) + 1;
  shown = std::min(std::max(shown, 1), available);
  history.record_hints_seen(problem.id, shown);
  if (options.json) {
    std::vector<std::string> given(problem.hints.begin(), problem.hints.begin() + shown);
    std::cout << nlohmann::json{{"id", problem.id}, {"shown", shown}, {"available", available}, {"hints", given}}.dump(2)
              << "\n";
    return kExitOk;
  }
  std::cout << "Hints for " << problem.id << " (" << shown << " of " << available << "):\n";
  for (int i = 0; i < shown; ++i) std::cout << "  " << i + 1 << ". " << problem.hints[static_cast<std::size_t>(i)] << "\n";
  if (shown < available) std::cout << "Stuck still? `judge hint " << problem.id << "` again gives the next one.\n";
  return kExitOk;
}

}  // namespace

void add_hint_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<HintOptions>();
  CLI::App* command = app.add_subcommand("hint", "Show the next hint for a problem (a graded ladder)");
  command->add_option("slug", options->slug, "The problem's slug")->required();
  command->add_option("--level", options->level, "Show hints up to this rung")->check(CLI::Range(1, 100));
  command->add_flag("--all", options->all, "Show every hint");
  command->add_flag("--json", options->json, "Print JSON");
  command->add_option("--problems", options->problems_dir, "Problem bank folder");
  on_chosen(command, "hint", exit_code, [options] { return hint(*options); });
}

}  // namespace judge::cli
