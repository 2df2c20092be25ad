// Run one program under limits, in namespaces, behind seccomp.
//
// Usage:
//   sandbox::Spec spec;
//   spec.policy = sandbox::Policy::for_python("/usr/bin/python3.11");
//   spec.policy.files.push_back({"/box/main.py", source});
//   spec.argv = {"/usr/bin/python3.11", "-I", "-S", "/box/main.py"};
//   sandbox::Result result = sandbox::run(spec);
//
// run() never throws for anything the program does; it throws only for
// programming errors in the Spec (std::invalid_argument) and reports every
// environmental failure as Status::setup_error / internal_error.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/limits.hpp"
#include "sandbox/policy.hpp"
#include "sandbox/probe.hpp"
#include "sandbox/result.hpp"
#include "sandbox/running.hpp"

namespace sandbox {

// A host fd handed to the program under another number (e.g. a pipe as fd 3).
struct FdMapping {
  int host_fd;
  int sandbox_fd;
};

// How far a running program has got, for Spec::watchdog.
struct Progress {
  std::uint64_t cpu_ms = 0;   // CPU time of the program so far
  std::uint64_t wall_ms = 0;  // since it was started
};

// Returns a reason to stop the program now, or nothing to let it run on.
using Watchdog = std::function<std::optional<std::string>(const Progress&)>;

// Where a captured stream's bytes go besides Result::*_data.
using StreamSink = std::function<void(std::string_view chunk)>;

struct Spec {
  std::vector<std::string> argv;
  std::vector<std::string> env{"PATH=/usr/bin", "LANG=C.UTF-8", "HOME=/tmp"};
  Limits limits;
  Policy policy;
  // -1: the program reads an empty stdin (/dev/null).
  int stdin_fd = -1;
  std::vector<FdMapping> extra_fds;
  // When >= 0, the program gets a pipe at this fd and the sandbox writes one
  // byte to it once every limit is in place. A trusted bootstrap that reads
  // it before running untrusted code lets the interpreter start while the
  // sandbox finishes (a cgroup v1 attach costs an RCU grace period, ~7 ms):
  // the untrusted code still never runs outside its cgroup.
  int release_fd = -1;
  // When set, stream chunks are passed here as they arrive (still capped)
  // instead of being stored in Result::stdout_data / stderr_data.
  StreamSink stdout_sink;
  StreamSink stderr_sink;
  // Called from run()'s thread on every CPU sample (~10 ms) while the program
  // runs. A returned reason kills it: Status::stopped with that message. A
  // caller's own deadlines (a judge's per-case time) are enforced this way,
  // from outside, like every other limit. Must not block.
  Watchdog watchdog;
  // Filled while the program runs, for other threads (running.hpp).
  std::shared_ptr<RunningView> running;
  // false runs without namespaces even where the machine has them (the
  // "minimal" level: rlimits, seccomp, no_new_privs, a host temp work dir).
  // For tests and diagnosis; Result::protections says what was missing.
  bool use_namespaces = true;
  // Refuse to run (setup_error) below this level of isolation.
  IsolationLevel required = IsolationLevel::minimal;
};

Result run(const Spec& spec);

}  // namespace sandbox
