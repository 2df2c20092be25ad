#include "judge/cli/track.hpp"

#include <algorithm>
#include <map>

#include "judge/problem/roadmap.hpp"

namespace judge::cli {

std::size_t Track::total() const {
  std::size_t count = 0;
  for (const auto& topic : topics) count += topic.exercises.size();
  return count;
}

std::size_t Track::solved() const {
  std::size_t count = 0;
  for (const auto& topic : topics) {
    for (const auto& exercise : topic.exercises) count += exercise.status == "solved" ? 1 : 0;
  }
  return count;
}

Track::Next Track::next() const {
  for (const auto& topic : topics) {
    for (const auto& exercise : topic.exercises) {
      if (exercise.status != "solved") return {&topic, &exercise};
    }
  }
  return {};
}

Track load_roadmap(const problem::Catalog& catalog, const History& history) {
  Track track;
  for (const auto& topic : problem::roadmap_topics()) {
    track.topics.push_back({std::string(topic.id), std::string(topic.title), std::string(topic.phase), {}});
  }
  std::map<std::string, std::vector<std::pair<int, TrackExercise>>> by_topic;
  for (const auto& entry : catalog.entries()) {
    if (entry.pattern.rfind("roadmap-", 0) != 0) continue;
    try {
      const problem::Problem problem = problem::load_problem(entry.dir);
      if (problem.place.track != "roadmap") continue;
      by_topic[problem.place.topic].push_back(
          {problem.place.order, {problem.id, problem.title, problem.difficulty, history.status(problem.id)}});
    } catch (const problem::ProblemError& error) {
      track.broken.push_back(error.what());
    }
  }
  for (auto& topic : track.topics) {
    auto& found = by_topic[topic.id];
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first, a.second.id) < std::tie(b.first, b.second.id);
    });
    for (auto& [order, exercise] : found) topic.exercises.push_back(std::move(exercise));
  }
  return track;
}

nlohmann::json to_json(const Track& track) {
  nlohmann::json phases = nlohmann::json::array();
  for (const auto& topic : track.topics) {
    if (phases.empty() || phases.back()["id"] != topic.phase) {
      phases.push_back({{"id", topic.phase}, {"title", problem::phase_title(topic.phase)}, {"total", 0}, {"solved", 0},
                        {"topics", nlohmann::json::array()}});
    }
    auto& phase = phases.back();
    nlohmann::json exercises = nlohmann::json::array();
    std::size_t solved = 0;
    for (const auto& exercise : topic.exercises) {
      solved += exercise.status == "solved" ? 1 : 0;
      exercises.push_back({{"id", exercise.id}, {"title", exercise.title}, {"difficulty", exercise.difficulty},
                           {"status", exercise.status.empty() ? nlohmann::json(nullptr) : nlohmann::json(exercise.status)}});
    }
    phase["total"] = phase["total"].get<std::size_t>() + topic.exercises.size();
    phase["solved"] = phase["solved"].get<std::size_t>() + solved;
    phase["topics"].push_back({{"id", topic.id}, {"title", topic.title}, {"count", topic.exercises.size()},
                               {"solved", solved}, {"exercises", exercises}});
  }
  const TrackExercise* next = track.next().exercise;
  return {{"track", "roadmap"},
          {"total", track.total()},
          {"solved", track.solved()},
          {"topic_count", track.topics.size()},
          {"next", next ? nlohmann::json(next->id) : nlohmann::json(nullptr)},
          {"phases", phases}};
}

}  // namespace judge::cli
