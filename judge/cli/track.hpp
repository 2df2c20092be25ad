// A track's exercises in the order learners take them (the roadmap: topic
// by topic, phase by phase), with each one's status from the local history.
// Shared by `judge list --track`, `judge next` and `judge hint`.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "judge/cli/history.hpp"
#include "judge/problem/catalog.hpp"

namespace judge::cli {

struct TrackExercise {
  std::string id;
  std::string title;
  std::string difficulty;
  std::string status;  // "solved", "attempted" or empty
};

struct TrackTopic {
  std::string id;
  std::string title;
  std::string phase;
  std::vector<TrackExercise> exercises;  // by "order", then id
};

struct Track {
  std::vector<TrackTopic> topics;  // every roadmap topic, in order, even one without exercises
  std::vector<std::string> broken;  // problems that did not load (skipped, with why)
  std::size_t total() const;
  std::size_t solved() const;
  // The first exercise not yet solved, in track order, with its topic; nulls when none is left.
  struct Next {
    const TrackTopic* topic = nullptr;
    const TrackExercise* exercise = nullptr;
  };
  Next next() const;
};

// The roadmap as the catalog holds it.
Track load_roadmap(const problem::Catalog& catalog, const History& history);

// {"track", "total", "solved", "topic_count", "phases": [{"id", "title", "total", "solved", "topics": [...]}]}
nlohmann::json to_json(const Track& track);

}  // namespace judge::cli
