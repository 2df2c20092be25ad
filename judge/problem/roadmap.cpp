#include "judge/problem/roadmap.hpp"

namespace judge::problem {

const std::vector<RoadmapTopic>& roadmap_topics() {
  static const std::vector<RoadmapTopic> topics{
      {"hello-world", "Hello, world", "foundations"},
      {"values-and-types", "Values and types", "foundations"},
      {"variables", "Variables", "foundations"},
      {"operators", "Operators", "foundations"},
      {"conditions", "Conditions", "foundations"},
      {"loops-while", "Loops with while", "foundations"},
      {"loops-for", "Loops with for", "foundations"},
      {"lists", "Lists", "foundations"},
      {"dicts-and-sets", "Dicts and sets", "foundations"},
      {"strings", "Strings", "foundations"},
      {"tuples-and-unpacking", "Tuples and unpacking", "foundations"},
      {"functions-and-scope", "Functions and scope", "foundations"},
      {"errors", "Error handling", "foundations"},
      {"file-io", "Files", "foundations"},
      {"modules", "Modules", "foundations"},
      {"classes", "Classes", "foundations"},
      {"inheritance", "Inheritance", "foundations"},
      {"special-methods", "Special methods", "foundations"},
      {"iterators-and-generators", "Iterators and generators", "foundations"},
      {"comprehensions", "Comprehensions", "foundations"},
      {"decorators-and-closures", "Decorators and closures", "foundations"},
      {"type-system", "The type system", "foundations"},
      {"dynamic-array", "A dynamic array", "data-structures"},
      {"linked-lists", "Linked lists", "data-structures"},
      {"stacks-and-queues", "Stacks and queues", "data-structures"},
      {"bst", "Binary search trees", "data-structures"},
      {"heap", "Heaps", "data-structures"},
      {"hash-table", "Hash tables", "data-structures"},
      {"graph", "Graphs", "data-structures"},
      {"simple-sorts", "Simple sorts", "algorithms"},
      {"fast-sorts", "Fast sorts", "algorithms"},
      {"binary-search", "Binary search", "algorithms"},
      {"recursion", "Recursion", "algorithms"},
      {"memoisation", "Memoisation", "algorithms"},
  };
  return topics;
}

std::optional<std::size_t> roadmap_position(std::string_view topic) {
  const auto& topics = roadmap_topics();
  for (std::size_t i = 0; i < topics.size(); ++i) {
    if (topics[i].id == topic) return i;
  }
  return std::nullopt;
}

std::string_view phase_title(std::string_view phase) {
  if (phase == "foundations") return "Foundations";
  if (phase == "data-structures") return "Data structures, by hand";
  if (phase == "algorithms") return "Algorithms";
  return phase;
}

}  // namespace judge::problem
