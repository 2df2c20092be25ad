// The report for a learner at a terminal: the verdict first, then the first
// failing case (input, expected, got, where they differ, their prints, the
// traceback), then one line per test.
#pragma once

#include <string>

#include "judge/problem/problem.hpp"
#include "judge/report/report.hpp"

namespace judge::report {

struct TextStyle {
  bool color = false;
};

// `problem` gives parameter names and types (trees are drawn); may be null.
std::string to_text(const Report& report, const problem::Problem* problem, TextStyle style);

// The type-hint findings alone (for `judge typecheck`).
std::string type_hints_text(const typecheck::TypeCheckResult& check, bool errors_fail, TextStyle style);

// A binary tree given in LeetCode level order, drawn sideways:
//   3
//   ├── 9
//   └── 20
std::string draw_tree(const nlohmann::json& level_order);

}  // namespace judge::report
