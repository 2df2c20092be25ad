// What `judge submit` does with a solution, as one request and its outcome,
// so the same code judges it here or in the user's `judge daemon` (which has
// an interpreter and mypy already warm): the terminal output, the exit code
// and what the local history records.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "sandbox/probe.hpp"

namespace judge::run {
class WarmPool;
}
namespace judge::typecheck {
class TypeChecker;
}

namespace judge::cli {

struct SubmitRequest {
  std::filesystem::path problems_root;  // absolute
  std::string slug;
  std::string file_name;  // shown in tracebacks, e.g. two-sum.py
  std::string source;
  std::string python;     // resolved
  bool sample = false;
  bool fail_fast = false;
  bool typecheck = true;
  bool type_errors_fail = false;
  int type_hints_weight = -1;  // -1: the problem's
  sandbox::IsolationLevel required = sandbox::IsolationLevel::minimal;
  bool json = false;
  bool color = false;
  std::filesystem::path cases_cache;  // generated cases (run::default_cache_dir() of the client)
  std::filesystem::path mypy_cache;   // typecheck::default_cache_dir() of the client
};

nlohmann::json to_json(const SubmitRequest& request);
SubmitRequest submit_request_from_json(const nlohmann::json& json);  // throws nlohmann::json::exception

struct SubmitOutcome {
  std::string output;  // stdout: the report, as text or JSON
  std::string error;   // stderr: the judge's own failure, if any
  int exit_code = 0;
  // For the local history (recorded by the client, never by the daemon).
  bool record = false;
  std::string problem_id;
  std::string verdict;
  bool solved = false;
};

nlohmann::json to_json(const SubmitOutcome& outcome);
SubmitOutcome submit_outcome_from_json(const nlohmann::json& json);  // throws nlohmann::json::exception

// Judges the solution. `warm`: interpreters started ahead (null: one now).
// `checker`: the type checker to use (null with request.typecheck: a cold one
// for this check). Throws for an unknown or malformed problem, with a
// learner-friendly message.
SubmitOutcome submit_solution(const SubmitRequest& request, run::WarmPool* warm, typecheck::TypeChecker* checker);

}  // namespace judge::cli
