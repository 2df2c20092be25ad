// `judge next`: the learner's next roadmap exercise, from their local
// history: the first one not yet solved, in roadmap order.
#include <iostream>

#include "judge/cli/command.hpp"
#include "judge/cli/track.hpp"
#include "judge/problem/roadmap.hpp"

namespace judge::cli {
namespace {

struct NextOptions {
  std::string problems_dir;
  bool json = false;
};

int next(const NextOptions& options) {
  const problem::Catalog catalog(problem::Catalog::default_root(options.problems_dir));
  const History history(History::default_path());
  const Track track = load_roadmap(catalog, history);
  const auto [topic, exercise] = track.next();
  if (options.json) {
    nlohmann::json answer = {{"solved", track.solved()}, {"total", track.total()}, {"next", nullptr}};
    if (exercise != nullptr) {
      answer["next"] = {{"id", exercise->id}, {"title", exercise->title}, {"status", exercise->status},
                        {"topic", topic->id}, {"phase", topic->phase}};
    }
    std::cout << answer.dump(2) << "\n";
    return kExitOk;
  }
  if (exercise == nullptr) {
    std::cout << (track.total() == 0 ? "No roadmap exercises in this bank.\n"
                                     : "Every roadmap exercise is solved (" + std::to_string(track.total()) +
                                           "). On to the patterns: judge list\n");
    return kExitOk;
  }
  std::cout << "Next: " << exercise->id << ", " << exercise->title << "\n"
            << "  " << problem::phase_title(topic->phase) << " > " << topic->title
            << (exercise->status == "attempted" ? " (attempted, not solved yet)" : "") << "\n"
            << "  " << track.solved() << "/" << track.total() << " roadmap exercises solved\n\n"
            << "  judge show " << exercise->id << "     the statement\n"
            << "  judge new " << exercise->id << "      a starter file\n"
            << "  judge submit " << exercise->id << ".py\n"
            << "  judge hint " << exercise->id << "     when stuck\n";
  return kExitOk;
}

}  // namespace

void add_next_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<NextOptions>();
  CLI::App* command = app.add_subcommand("next", "Suggest your next roadmap exercise (first unsolved, in order)");
  command->add_flag("--json", options->json, "Print JSON");
  command->add_option("--problems", options->problems_dir, "Problem bank folder");
  on_chosen(command, "next", exit_code, [options] { return next(*options); });
}

}  // namespace judge::cli
