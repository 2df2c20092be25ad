// A graded repository flattened into scored items: one per test, one for
// loading when nothing could run, one for type hints. The platform formats
// (Gradescope, PrairieLearn, Exercism, JUnit) are views of these items, so
// they agree on names, points and messages.
#pragma once

#include <string>
#include <vector>

#include "judge/grade/grade.hpp"

namespace judge::grade {

struct Item {
  enum class Kind { test, load, type_hints };
  Kind kind = Kind::test;
  std::size_t solution = 0;  // index into GradeResult::graded
  std::string name;          // "two-sum: example 1", "two-sum: type hints"
  std::string test_name;     // the judge's own name ("example 1", "load", "type hints")
  bool passed = false;
  bool errored = false;      // nothing could be judged (CE, IE): not the same as a wrong answer
  std::string verdict;       // AC, WA, ..., or "hints"
  // Points on the repository's scale: all items together are worth 100,
  // each solution its weight's share, split like its score breakdown.
  double points = 0;
  double max_points = 0;
  std::string message;       // one sentence
  std::string details;       // input, expected, got, prints, traceback (visible tests only)
  std::string output;        // the learner's own prints
  bool hidden = false;
  double time_ms = 0;
};

std::vector<Item> items_of(const GradeResult& result);

// What is wrong with the type hints, as text; empty when nothing is.
std::string type_hint_findings(const report::Report& report);

// Rounded for display in points: 2 decimals.
double rounded_points(double points);

}  // namespace judge::grade
