// A problem as the judge uses it: validated, typed, with its test cases.
//
// Loaded from problems/<pattern>/<slug>/ (format: problems/README.md). Every
// field was checked on load, so code downstream never re-validates.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "judge/problem/value_type.hpp"

namespace judge::problem {

// A malformed problem: which file, which field, what is wrong.
class ProblemError : public std::runtime_error {
 public:
  ProblemError(const std::filesystem::path& file, const std::string& field, const std::string& what);
  const std::filesystem::path& file() const { return file_; }
  const std::string& field() const { return field_; }
  const std::string& reason() const { return reason_; }

 private:
  std::filesystem::path file_;
  std::string field_;
  std::string reason_;
};

struct Param {
  std::string name;
  ValueType type;
  std::string cycle;  // name of the input that gives the tail's link (LeetCode's pos), or empty
  // The argument is the node of this earlier TreeNode argument whose value the
  // input gives (lowest-common-ancestor's p and q), or empty.
  std::string node_of;
};

struct Method {
  std::string name;
  std::vector<Param> params;
  ValueType returns;
  bool returns_value_only = false;  // a returned node is shown as its value
};

enum class CompareMode {
  exact,
  any_order,
  nested_any_order,
  design,
  checker,  // the problem's checker.py decides, in a sandbox of its own
};

struct CompareRule {
  CompareMode mode = CompareMode::exact;
  double float_tolerance = 1e-5;
  // In-place problems: the argument whose final value is the answer.
  std::optional<std::size_t> paramindex;
  // The returned k says how many leading elements of that argument count.
  bool prefix_from_return = false;
};

struct Limits {
  std::chrono::milliseconds case_time{2000};
  std::chrono::milliseconds total_time{20000};
  std::uint64_t memory_mb = 256;
};

// How a submission's score is split; the default follows the roadmap's rule
// that type hints are part of every solution.
struct Scoring {
  double tests = 90;
  double type_hints = 10;
  bool type_errors_fail = false;  // mypy's type errors fail the submission too
};

struct Case {
  std::string name;
  bool sample = false;
  bool stress = false;
  nlohmann::json input;
  std::optional<nlohmann::json> expected;  // empty for a generated case until expanded
  std::optional<nlohmann::json> generate;  // generator parameters, with "seed"
};

// The roadmap's own rules (problems/README.md, "Rules"): constructs a
// solution must not use, and ones it must, checked before anything runs.
struct Rules {
  std::vector<std::string> forbid;
  std::vector<std::string> require;
  bool empty() const { return forbid.empty() && require.empty(); }
};

// Where an exercise sits on a track (the roadmap), for `judge list --track`
// and `judge next`.
struct TrackPlace {
  std::string track;  // "roadmap", or empty for the LeetCode bank
  std::string topic;  // e.g. "loops-while"
  int order = 0;      // within the topic
};

struct Problem {
  std::filesystem::path dir;
  std::string id;
  std::optional<int> leetcode;
  std::string title;
  std::string difficulty;
  std::string pattern;
  std::vector<std::string> topics;
  std::string time_complexity;
  std::string too_slow;
  nlohmann::json meta;  // LeetCode's metaData, as written (the harness reads it)
  bool design = false;
  // How the solution is called: "method" (LeetCode's Solution().name),
  // "function" (a module-level function), "program" (stdin to stdout) or
  // "driver" (the problem's driver.py calls the learner's module).
  std::string call = "method";
  std::vector<std::string> raises;  // exceptions a case may expect: {"raises": "ValueError"}
  std::string driver_source;        // driver.py, for call "driver"
  TrackPlace place;
  std::vector<std::string> hints;  // a ladder: the first nudges, the last nearly tells
  Rules rules;
  std::string class_name;  // "Solution" or the design class
  Method method;           // the function problem's method, or the design constructor
  std::vector<Method> methods;  // design methods
  CompareRule compare;
  Limits limits;
  Scoring scoring;
  bool reveal_hidden = false;
  std::vector<Case> cases;

  std::filesystem::path statement_path() const { return dir / "statement.md"; }
  std::filesystem::path reference_path() const { return dir / "reference.py"; }
  std::filesystem::path generator_path() const { return dir / "generator.py"; }
  std::filesystem::path checker_path() const { return dir / "checker.py"; }
  std::filesystem::path driver_path() const { return dir / "driver.py"; }
  std::filesystem::path starter_path() const { return dir / "starter.py"; }  // optional
  // LeetCode's names without imports (the harness's prelude): not on a track.
  bool leetcode_prelude() const { return place.track.empty(); }
  // What the harness needs to load a solution: metaData and the compare rule.
  nlohmann::json harness_view() const;
  // Method name -> {"params": {name: annotation}, "returns": annotation}, in
  // Python's typing terms, for starter files and fix hints.
  nlohmann::json python_signatures() const;
};

// Reads and validates problem.json and tests.json in `dir`. Throws ProblemError.
Problem load_problem(const std::filesystem::path& dir);

// Why `input` is not a valid case input for this problem ("nums: expected a
// list"), or empty when it is. For inputs made by a generator.
std::string why_input_invalid(const Problem& problem, const nlohmann::json& input);

}  // namespace judge::problem
