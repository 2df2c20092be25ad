// Generated test cases: inputs from the problem's generator.py and expected
// outputs from its reference.py, both run in the sandbox, then cached so a
// large stress case costs nothing in the repository and little at run time.
#pragma once

#include <filesystem>
#include <string>

#include "judge/problem/problem.hpp"
#include "sandbox/probe.hpp"

namespace judge::run {

struct GeneratedOptions {
  std::string python;
  std::filesystem::path cache_dir;  // empty: no cache
  sandbox::IsolationLevel required = sandbox::IsolationLevel::minimal;
};

// $XDG_CACHE_HOME/judge/generated, else ~/.cache/judge/generated, else empty.
std::filesystem::path default_cache_dir();

// Fills `input` and `expected` of every generated case. Throws
// problem::ProblemError naming generator.py or reference.py when they fail.
void expand_generated(problem::Problem& problem, const GeneratedOptions& options);

}  // namespace judge::run
