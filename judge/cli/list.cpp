// `judge list`: the problem bank by pattern, with the learner's status.
#include <iostream>
#include <map>

#include "judge/cli/command.hpp"
#include "judge/cli/history.hpp"
#include "judge/cli/track.hpp"
#include "judge/problem/catalog.hpp"

namespace judge::cli {
namespace {

struct ListOptions {
  std::string pattern;
  std::string track;
  std::string problems_dir;
  bool json = false;
};

std::string mark(const std::string& status) {
  if (status == "solved") return "✔";
  if (status == "attempted") return "~";
  return " ";
}

// The roadmap, phase by phase and topic by topic, with progress.
int list_track(const ListOptions& options, const problem::Catalog& catalog, const History& history) {
  if (options.track != "roadmap") {
    std::cerr << "judge list: no track \"" << options.track << "\" (the one track is roadmap)\n";
    return kExitError;
  }
  const Track track = load_roadmap(catalog, history);
  for (const auto& why : track.broken) std::cerr << "judge list: skipping a malformed problem: " << why << "\n";
  const nlohmann::json view = to_json(track);
  if (options.json) {
    std::cout << view.dump(2) << "\n";
    return track.broken.empty() ? kExitOk : kExitFailed;
  }
  std::cout << "Roadmap: " << track.solved() << "/" << track.total() << " exercises solved";
  if (const TrackExercise* next = track.next().exercise) std::cout << "; next: " << next->id << " (judge next)";
  std::cout << "\n";
  for (const auto& phase : view["phases"]) {
    std::cout << "\n" << phase["title"].get<std::string>() << " (" << phase["solved"] << "/" << phase["total"] << ")\n";
    for (const auto& topic : phase["topics"]) {
      std::cout << "  " << topic["title"].get<std::string>() << " [" << topic["solved"] << "/" << topic["count"] << "]"
                << (topic["count"] == 0 ? "  (no exercises yet)" : "") << "\n";
      for (const auto& exercise : topic["exercises"]) {
        const std::string status = exercise["status"].is_string() ? exercise["status"].get<std::string>() : "";
        std::cout << "    " << mark(status) << " " << exercise["id"].get<std::string>() << "  "
                  << exercise["title"].get<std::string>() << "\n";
      }
    }
  }
  std::cout << "\n✔ solved, ~ attempted; `judge hint SLUG` when stuck\n";
  return track.broken.empty() ? kExitOk : kExitFailed;
}

int list(const ListOptions& options) {
  const problem::Catalog catalog(problem::Catalog::default_root(options.problems_dir));
  const History history(History::default_path());
  if (!options.track.empty()) return list_track(options, catalog, history);
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
  command->add_option("--track", options->track, "A track in its order, with progress: roadmap");
  command->add_flag("--json", options->json, "Print JSON: problems, count per pattern, total");
  command->add_option("--problems", options->problems_dir, "Problem bank folder");
  on_chosen(command, "list", exit_code, [options] { return list(*options); });
}

}  // namespace judge::cli
