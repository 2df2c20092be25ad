// `judge list`: the problem bank by pattern, with the learner's status.
#include <iostream>
#include <map>

#include "judge/cli/command.hpp"
#include "judge/cli/history.hpp"
#include "judge/problem/catalog.hpp"

namespace judge::cli {
namespace {

struct ListOptions {
  std::string pattern;
  std::string problems_dir;
  bool json = false;
};

std::string mark(const std::string& status) {
  if (status == "solved") return "✔";
  if (status == "attempted") return "~";
  return " ";
}

int list(const ListOptions& options) {
  const problem::Catalog catalog(problem::Catalog::default_root(options.problems_dir));
  const History history(History::default_path());
  nlohmann::json problems = nlohmann::json::array();
  std::map<std::string, std::vector<std::string>> lines;
  std::map<std::string, std::size_t> counts;
  int broken = 0;
  for (const auto& entry : catalog.entries()) {
    if (!options.pattern.empty() && entry.pattern != options.pattern) continue;
    try {
      const problem::Problem problem = problem::load_problem(entry.dir);
      const std::string status = history.status(problem.id);
      problems.push_back({{"id", problem.id}, {"title", problem.title}, {"pattern", problem.pattern},
                          {"difficulty", problem.difficulty}, {"topics", problem.topics},
                          {"leetcode", problem.leetcode ? nlohmann::json(*problem.leetcode) : nlohmann::json(nullptr)},
                          {"status", status.empty() ? nlohmann::json(nullptr) : nlohmann::json(status)}});
      ++counts[problem.pattern];
      lines[problem.pattern].push_back(mark(status) + " " + problem.id +
                                       std::string(problem.id.size() < 46 ? 48 - problem.id.size() : 2, ' ') +
                                       problem.difficulty + std::string(8 - std::min<std::size_t>(6, problem.difficulty.size()), ' ') +
                                       problem.title);
    } catch (const problem::ProblemError& error) {
      ++broken;
      std::cerr << "judge list: skipping a malformed problem: " << error.what() << "\n";
    }
  }
  if (options.json) {
    std::cout << nlohmann::json{{"problems", problems}, {"patterns", counts}, {"total", problems.size()}}.dump(2) << "\n";
  } else {
    for (const auto& [pattern, entries] : lines) {
      std::cout << pattern << " (" << entries.size() << ")\n";
      for (const auto& line : entries) std::cout << "  " << line << "\n";
    }
    if (lines.empty()) {
      std::cout << "no problems" << (options.pattern.empty() ? "" : " for pattern " + options.pattern) << "\n";
    } else {
      std::cout << problems.size() << " problems in " << lines.size() << " patterns (✔ solved, ~ attempted); "
                << "`judge show --pattern P` introduces a pattern\n";
    }
  }
  return broken == 0 ? kExitOk : kExitFailed;
}

}  // namespace

void add_list_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ListOptions>();
  CLI::App* command = app.add_subcommand("list", "List the problems, grouped by pattern, with what you solved");
  command->add_option("--pattern", options->pattern, "Only this pattern, e.g. sliding-window");
  command->add_flag("--json", options->json, "Print JSON: problems, count per pattern, total");
  command->add_option("--problems", options->problems_dir, "Problem bank folder");
  on_chosen(command, "list", exit_code, [options] { return list(*options); });
}

}  // namespace judge::cli
