// `judge list`: the problem bank, by pattern.
#include <iostream>
#include <map>

#include "judge/cli/command.hpp"
#include "judge/problem/catalog.hpp"

namespace judge::cli {
namespace {

struct ListOptions {
  std::string pattern;
  std::string problems_dir;
  bool json = false;
};

int list(const ListOptions& options) {
  const problem::Catalog catalog(problem::Catalog::default_root(options.problems_dir));
  nlohmann::json out = nlohmann::json::array();
  std::map<std::string, std::vector<std::string>> lines;
  int broken = 0;
  for (const auto& entry : catalog.entries()) {
    if (!options.pattern.empty() && entry.pattern != options.pattern) continue;
    try {
      const problem::Problem problem = problem::load_problem(entry.dir);
      out.push_back({{"id", problem.id}, {"title", problem.title}, {"pattern", problem.pattern},
                     {"difficulty", problem.difficulty}, {"topics", problem.topics},
                     {"leetcode", problem.leetcode ? nlohmann::json(*problem.leetcode) : nlohmann::json(nullptr)}});
      lines[problem.pattern].push_back(problem.id + std::string(std::max<std::size_t>(2, 44 - problem.id.size()), ' ') +
                                       problem.difficulty + std::string(8 - std::min<std::size_t>(6, problem.difficulty.size()), ' ') +
                                       problem.title);
    } catch (const problem::ProblemError& error) {
      ++broken;
      std::cerr << "judge list: skipping a malformed problem: " << error.what() << "\n";
    }
  }
  if (options.json) {
    std::cout << out.dump(2) << "\n";
  } else {
    for (const auto& [pattern, entries] : lines) {
      std::cout << pattern << "\n";
      for (const auto& line : entries) std::cout << "  " << line << "\n";
    }
    if (lines.empty()) std::cout << "no problems" << (options.pattern.empty() ? "" : " for pattern " + options.pattern) << "\n";
  }
  return broken == 0 ? kExitOk : kExitFailed;
}

}  // namespace

void add_list_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ListOptions>();
  CLI::App* command = app.add_subcommand("list", "List the problems, grouped by pattern");
  command->add_option("--pattern", options->pattern, "Only this pattern, e.g. two-pointers");
  command->add_flag("--json", options->json, "Print JSON");
  command->add_option("--problems", options->problems_dir, "Problem bank folder");
  command->callback([options, &exit_code] { exit_code = list(*options); });
}

}  // namespace judge::cli
