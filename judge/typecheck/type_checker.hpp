// The type-check stage: a trusted helper process (checker.py, embedded)
// running Debian's mypy with the judge's own options, under rlimits, with a
// clean environment and a private working directory, so nothing next to a
// submission (mypy.ini, setup.cfg, pyproject.toml, which can name plugins)
// is ever read. One helper serves many checks: with `warm`, mypy's state
// stays in memory and a check costs ~10 ms after the first.
//
// Usage:
//   TypeChecker checker({.python = "/usr/bin/python3", .cache_dir = default_cache_dir()});
//   TypeCheckResult result = checker.check(source);
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include "judge/typecheck/type_check.hpp"

namespace judge::typecheck {

struct CheckerOptions {
  std::string python = "/usr/bin/python3";
  std::filesystem::path cache_dir;  // mypy's cache; empty: none
  bool warm = false;                // keep mypy's state in memory for many checks
  std::chrono::milliseconds timeout{60000};  // per check; the helper is restarted after one
};

// $XDG_CACHE_HOME/judge/mypy, else ~/.cache/judge/mypy, else empty.
std::filesystem::path default_cache_dir();

class TypeChecker {
 public:
  explicit TypeChecker(CheckerOptions options);
  ~TypeChecker();
  TypeChecker(const TypeChecker&) = delete;
  TypeChecker& operator=(const TypeChecker&) = delete;

  // Never throws for anything in `source`; a helper failure is reported in
  // TypeCheckResult::failure. `signatures` (Problem::python_signatures) lets
  // fix hints use the problem's exact types.
  // `leetcode_prelude`: the solution may use LeetCode's names (List,
  // ListNode, heappush...) without importing them, as the harness provides
  // them; roadmap exercises import what they use.
  TypeCheckResult check(const std::string& source, const nlohmann::json& signatures = nlohmann::json::object(),
                        bool leetcode_prelude = true);

  // The roadmap's rules on `source`'s syntax tree (nothing runs).
  RuleCheckResult check_rules(const std::string& source, const std::vector<std::string>& forbid,
                              const std::vector<std::string>& require);

 private:
  class Helper;
  TypeCheckResult check_once(const std::string& source, const nlohmann::json& signatures, bool leetcode_prelude);
  void start_helper();
  CheckerOptions options_;
  std::unique_ptr<Helper> helper_;
};

}  // namespace judge::typecheck
