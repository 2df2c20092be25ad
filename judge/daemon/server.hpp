// `judge daemon`: a per-user process that keeps sandboxed interpreters
// waiting (script_pool.hpp) so `judge run` does not pay for namespaces and
// CPython's start, and harness interpreters and mypy warm (run::WarmPool,
// a warm TypeChecker) so `judge submit` does not pay for mypy's start. Opt-in, like mypy's dmypy: it listens on a unix socket in
// a directory only its user can enter, answers only that user (SO_PEERCRED),
// only clients of its own build, and exits when idle.
//
// Requests (protocol.hpp), one per connection:
//   {"op":"run","build":ID,"python":P,"path":"/box/x.py","source":S,"cpu_ms":N,
//    "wall_ms":N,"memory_bytes":N,"required":"minimal","json":false,"stdin":true}
//     fds: stdout, stderr[, stdin] -> {"exit":N,"report":TEXT,"to_stdout":B}
//                                     or {"error":"stale"|"bad_request","message":M}
//   {"op":"submit","build":ID, ...cli::SubmitRequest} -> cli::SubmitOutcome
//                          or {"error":"stale"|"refused"|...} (the client then judges it itself)
//   {"op":"status"} -> {"pid","build","socket","uptime_s","runs","warm_runs","in_progress","submissions","ready"}
//   {"op":"stop"}   -> {"stopping":true}
#pragma once

#include <chrono>
#include <string>

#include "judge/daemon/paths.hpp"

namespace judge::daemon {

struct ServerOptions {
  // Exit after this long without a request.
  std::chrono::seconds idle_exit{1800};
  // A waiting interpreter is replaced after this long.
  std::chrono::milliseconds idle_life{600000};
  // The kind kept ready from the start (others once asked for).
  std::string python;
  std::uint64_t memory_bytes = 256ull << 20;
};

// Serves until stopped (SIGTERM, SIGINT, "stop", a stale client, idle).
// Returns the exit code; 1 when another daemon holds the lock.
int serve(const DaemonPaths& paths, const ServerOptions& options);

}  // namespace judge::daemon
