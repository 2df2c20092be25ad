// A sandboxed interpreter started before its script exists: namespaces,
// cgroup, seccomp and CPython's start already paid, waiting for one script
// (judge/run/script.hpp). It runs exactly one and is then gone: nothing of
// one run reaches the next. The script's CPU and wall limits count from the
// moment it is handed over, enforced from outside like every other limit.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "judge/run/channel.hpp"
#include "judge/run/script.hpp"
#include "sandbox/sandbox.hpp"

namespace judge::daemon {

// Where a run's output goes: the caller's fds, or kept for the Result.
struct ScriptOutput {
  int stdout_fd = -1;
  int stderr_fd = -1;
  bool keep = false;  // --json: into Result::stdout_data / stderr_data
};

class WarmScript {
 public:
  // `limits` gives the memory limit and isolation; its CPU and wall limits
  // are the longest a script handed to this interpreter may have.
  WarmScript(std::string python, const run::ScriptLimits& limits, std::chrono::milliseconds idle_life);
  ~WarmScript();
  WarmScript(const WarmScript&) = delete;
  WarmScript& operator=(const WarmScript&) = delete;

  // False once the interpreter has ended without a script (it failed to
  // start, or lived out its idle life).
  bool waiting() const { return !ended_.load(); }

  // Runs the script under `limits` (CPU and wall; memory and isolation are
  // the ones it was started with) and returns what happened. `stdin_fd` < 0
  // reads as empty. The run is stopped when `abandoned_fd` (the client's
  // connection) hangs up. Call once. Empty when the interpreter was gone
  // before it could take the script (run it elsewhere).
  std::optional<sandbox::Result> run(const run::Script& script, const run::ScriptLimits& limits, int stdin_fd,
                      const ScriptOutput& output, int abandoned_fd);

 private:
  std::optional<std::string> watch(const sandbox::Progress& progress);
  void write(bool is_stdout, std::string_view chunk);

  run::ChannelPair job_;
  std::thread supervisor_;
  sandbox::Result result_;
  std::atomic<bool> ended_{false};

  std::mutex output_mutex_;
  ScriptOutput output_;
  std::string kept_stdout_, kept_stderr_;

  // Shared with the watchdog (the supervisor thread).
  std::atomic<bool> armed_{false};
  std::atomic<std::int64_t> cpu_limit_ms_{0}, wall_limit_ms_{0};
  std::atomic<int> abandoned_fd_{-1};
  std::atomic<std::uint64_t> latest_cpu_ms_{0};
  enum class Stop { none, cpu, wall, abandoned };
  std::atomic<Stop> stop_{Stop::none};
  std::atomic<std::uint64_t> start_cpu_ms_{0}, start_wall_ms_{0};
};

}  // namespace judge::daemon
