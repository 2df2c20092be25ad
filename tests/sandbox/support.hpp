// Helpers for the hostile suite: load a program, run it in the sandbox, and
// check the host afterwards.
#pragma once

#include "../skip.hpp"

#include <functional>
#include <map>
#include <string>

#include "sandbox/sandbox.hpp"

namespace sandbox_test {

// Source of tests/sandbox/programs/<name>, with {{KEY}} replaced.
std::string program(const std::string& name, const std::map<std::string, std::string>& substitutions = {});

// A spec running `source` as /box/main.py with test-sized limits.
sandbox::Spec python_spec(const std::string& source);

// The same, started through a bootstrap that waits for Spec::release_fd.
sandbox::Spec released_python_spec(const std::string& source);

sandbox::Result run_program(const std::string& name, const std::map<std::string, std::string>& substitutions = {},
                            const std::function<void(sandbox::Spec&)>& customize = {});

// Unique per call, safe in file names.
std::string unique_token();

// No process left whose parent is this test process.
bool no_children_left();
// No process left running as the sandbox's host uid (meaningful as root).
bool no_sandbox_processes_left();

// Why the sandbox cannot run here, or empty when it can.
std::string why_sandbox_unavailable();

}  // namespace sandbox_test

#define REQUIRE_SANDBOX()                                                        \
  do {                                                                           \
    if (const auto why = sandbox_test::why_sandbox_unavailable(); !why.empty()) \
      SKIP_TEST(why);                                                            \
  } while (false)
