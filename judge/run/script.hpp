// A plain Python script run as __main__ in the sandbox (`judge run`): the
// spec of a run started for one script, and of a run started ahead of need
// that is handed its script later (judge/daemon/warm_script.hpp). Both run
// the script the same way: same interpreter flags, same globals, same
// tracebacks (the bootstrap's own frame hidden).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "sandbox/sandbox.hpp"

namespace judge::run {

struct ScriptLimits {
  std::chrono::milliseconds cpu{2000};
  std::chrono::milliseconds wall{5000};
  std::uint64_t memory_bytes = 256 * sandbox::kMiB;
  sandbox::IsolationLevel required = sandbox::IsolationLevel::minimal;
};

struct Script {
  std::string sandbox_path;  // where tracebacks say it is, e.g. /box/two_sum.py
  std::string source;
};

// The script's place in the sandbox, named after the learner's file so a
// traceback names it ("main.py" when the name is empty or hidden).
std::string script_sandbox_path(std::string_view host_path);

// One run, one script: the script is a file in the sandbox.
sandbox::Spec script_spec(const std::string& python, const Script& script, const ScriptLimits& limits);

// A run that starts the interpreter and waits on `job_fd` (a stream socket,
// mapped to kJobFd) for the script; see send_script. Its CPU and wall limits
// are the generous ones of a process that waits; the caller enforces the
// script's own from outside (Spec::watchdog).
inline constexpr int kJobFd = 4;
sandbox::Spec waiting_script_spec(const std::string& python, const ScriptLimits& limits, int job_fd,
                                  std::chrono::milliseconds idle_life);

// Hands the waiting interpreter its script and, when `stdin_fd` >= 0, the
// stdin it reads (passed with SCM_RIGHTS and made its fd 0). False when the
// interpreter is gone.
bool send_script(int job_fd, const Script& script, int stdin_fd);

// What `judge run` prints after the program, where, and its exit code: the
// same whether the run was started for the script or waited for it.
struct ScriptReport {
  std::string text;
  bool to_stdout = false;  // --json: the report is the command's output
  int exit_code = 0;
};
ScriptReport report_script_run(const sandbox::Result& result, bool json);

}  // namespace judge::run
