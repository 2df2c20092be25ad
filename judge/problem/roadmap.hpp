// The roadmap track: the order learners follow, from hello world to
// memoisation, as phases of topics. Exercises name their topic
// (problem.json "track": "roadmap", "topic"); `judge list --track roadmap`
// and `judge next` walk this order.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace judge::problem {

struct RoadmapTopic {
  std::string_view id;     // "loops-while"
  std::string_view title;  // "Loops with while"
  std::string_view phase;  // "foundations", "data-structures", "algorithms"
};

// Every topic, in the roadmap's order.
const std::vector<RoadmapTopic>& roadmap_topics();

// The position of `topic` in roadmap_topics(), if it is one.
std::optional<std::size_t> roadmap_position(std::string_view topic);

// "Foundations" for "foundations".
std::string_view phase_title(std::string_view phase);

}  // namespace judge::problem
