// What the type-check stage found: functions missing annotations (the rule)
// and mypy's diagnostics (teaching material, failures only when a course opts in).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace judge::typecheck {

struct FunctionFinding {
  std::string name;
  std::string qualname;  // Solution.climbStairs.<locals>.helper
  int line = 0;
  int column = 0;
  std::vector<std::string> missing_params;
  bool missing_return = false;
  std::string fix_hint;  // def climbStairs(self, n: int) -> int:
};

struct Diagnostic {
  int line = 0;
  int column = 0;
  std::string code;      // mypy's error code, e.g. var-annotated
  std::string severity;  // error, note
  std::string message;
};

struct SyntaxProblem {
  int line = 0;
  int column = 0;
  std::string message;
};

struct TypeCheckResult {
  std::string tool = "mypy";
  std::string version;
  std::string mode;  // once (disk cache) or warm (kept in memory)
  // Presence is the rule: true when every function is fully annotated.
  bool ok = false;
  std::size_t function_count = 0;
  std::vector<FunctionFinding> functions;  // the ones missing annotations
  std::vector<Diagnostic> diagnostics;
  std::optional<SyntaxProblem> syntax_error;
  double time_ms = 0;
  // Set when the checker itself failed: the judge's problem, not the learner's.
  std::string failure;

  std::size_t missing_annotations() const { return functions.size(); }
  std::size_t error_count() const;
};

// A rule of a roadmap exercise that the solution breaks (judge/rules/rules.py).
struct RuleViolation {
  std::optional<int> line;    // empty for a construct the exercise requires
  std::optional<int> column;
  std::string rule;           // "for", "call:sorted", "import:heapq", "dynamic", ...
  std::string message;        // what to do instead, for the learner
};

struct RuleCheckResult {
  std::vector<RuleViolation> violations;
  std::string failure;  // the checker itself failed: the judge's problem
};

nlohmann::json to_json(const TypeCheckResult& result);
nlohmann::json to_json(const RuleViolation& violation);

}  // namespace judge::typecheck
