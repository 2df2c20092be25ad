// Is the answer right? Decided here, in the judge, never in the sandbox.
//
// Pure functions over JSON values: the harness's answer (already parsed
// strictly) against the expected output, by the problem's rule.
#pragma once

#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "judge/problem/problem.hpp"

namespace judge::check {

struct Answer {
  nlohmann::json value;                    // the return value, or the in-place argument
  std::optional<nlohmann::json> returned;  // the method's k for prefix rules
};

struct Comparison {
  bool equal = false;
  // Where it first differs, for a learner: "at [3]: expected 7, got 6".
  std::string why;
};

struct CompareContext {
  const problem::CompareRule& rule;
  // True when the answer's numbers are doubles (compare with tolerance).
  bool doubles = false;
  // Design problems: the operation names, for messages.
  const nlohmann::json* operations = nullptr;
  // Design problems: the methods whose outputs are doubles.
  const std::set<std::string>* double_methods = nullptr;
};

Comparison compare(const CompareContext& context, const nlohmann::json& expected, const Answer& got);

// A value for a message, shortened to about `width` characters.
std::string brief(const nlohmann::json& value, std::size_t width = 60);

}  // namespace judge::check
