// The parent's side of a run: stream capture with a hard cap, the wall and
// CPU deadlines, and the exit. The judge, not the program, owns every limit.
#pragma once

#include <signal.h>
#include <sys/resource.h>
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "child_failure.hpp"
#include "sandbox/sandbox.hpp"
#include "sandbox/unique_fd.hpp"

namespace sandbox::detail {

// One captured stream: never holds more than `cap` bytes, counts them all.
class CappedStream {
 public:
  CappedStream(UniqueFd fd, std::uint64_t cap, StreamSink sink, std::string* store);
  enum class State { open, closed, over_cap };
  // Reads what is available without blocking.
  State drain();
  int fd() const { return fd_.get(); }
  bool closed() const { return !fd_.valid(); }
  std::uint64_t total() const { return total_; }
  void close() { fd_.reset(); }

 private:
  UniqueFd fd_;
  std::uint64_t cap_;
  std::uint64_t total_ = 0;
  StreamSink sink_;
  std::string* store_;
};

struct Observation {
  enum class Kill { none, wall_time, cpu_time, output, watchdog };
  Kill kill = Kill::none;
  bool reaped = false;
  int how = 0;     // CLD_EXITED, CLD_KILLED, CLD_DUMPED
  int code = 0;    // exit code or signal
  rusage usage{};
  std::uint64_t wall_ms = 0;
  std::uint64_t cpu_ms = 0;
  std::optional<ChildFailure> failure;
  std::string watchdog_reason;  // with Kill::watchdog
};

struct Supervised {
  pid_t pid;
  int pidfd;
  int failure_fd;  // read end
  CappedStream* out;
  CappedStream* err;
  std::chrono::milliseconds cpu_limit;
  std::chrono::milliseconds wall_limit;
  std::function<void()> kill_all;  // extra kill (cgroup.kill), may be empty
  // When the child was told to go: the wall clock runs from there, even
  // while the parent was still attaching it to its cgroup.
  std::chrono::steady_clock::time_point started;
  // The process we cloned is the PID namespace's init (init.hpp); the
  // program is its only child.
  bool program_under_init = false;
  Watchdog watchdog;  // may be empty
};

// Runs until the program has exited and been reaped.
Observation supervise(const Supervised& run);

}  // namespace sandbox::detail
