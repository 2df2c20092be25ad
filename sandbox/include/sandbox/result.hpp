// What happened to one sandboxed run.
//
// The status is decided once, by the first cause observed (a wall-time kill
// stays a wall-time kill even though the program then dies of SIGKILL), and
// keeps the sandbox's own failures (setup_error, internal_error) apart from
// the program's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sandbox {

enum class Status {
  ok,                 // exited 0 within every limit
  exited_nonzero,     // exited with a non-zero code (e.g. an uncaught exception)
  signalled,          // killed by a signal that is not one of ours
  cpu_time_limit,
  wall_time_limit,
  memory_limit,
  output_limit,       // a stream exceeded Limits::output_bytes, or RLIMIT_FSIZE
  syscall_violation,  // seccomp killed it for a forbidden syscall
  stopped,            // the caller's watchdog stopped it (Spec::watchdog)
  setup_error,        // the sandbox could not be built (the program never ran)
  internal_error,     // the judge failed while supervising
};

std::string_view to_string(Status status);
std::optional<Status> status_from_string(std::string_view text);

// True for statuses caused by the program rather than by the sandbox.
bool is_program_outcome(Status status);

struct Protection {
  std::string name;    // e.g. "pid-namespace", "seccomp", "cgroup-memory"
  bool active = false;
  std::string detail;  // how it is enforced, or why it is unavailable
};

enum class MemorySource { cgroup_v2, cgroup_v1, rusage };
std::string_view to_string(MemorySource source);

struct Result {
  Status status = Status::internal_error;
  std::optional<int> exit_code;  // when the program exited
  std::optional<int> signal;     // when it was killed by a signal
  std::uint64_t cpu_ms = 0;
  std::uint64_t wall_ms = 0;
  std::uint64_t peak_memory_kib = 0;
  MemorySource memory_source = MemorySource::rusage;
  std::uint64_t stdout_bytes = 0;  // bytes the program wrote, even past the cap
  std::uint64_t stderr_bytes = 0;
  std::string stdout_data;  // captured streams (at most Limits::output_bytes)
  std::string stderr_data;
  std::string message;  // one human sentence: why this status
  std::vector<Protection> protections;
};

}  // namespace sandbox
