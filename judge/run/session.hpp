// One sandboxed CPython running the harness, and the judge's conversation
// with it: a request, an answer, each under a deadline the judge enforces
// from outside (a process that ignores signals still stops on time).
//
// Usage:
//   Session session(config);
//   auto loaded = session.ask({{"op", "load"}, ...}, Phase::load());
//   auto answer = session.ask({{"op", "case"}, ...}, Phase::case_number(0));
//   if (!answer.message) { auto ended = session.finish(); /* why it died */ }
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "judge/run/channel.hpp"
#include "sandbox/sandbox.hpp"

namespace judge::run {

struct SessionConfig {
  std::string python;  // the interpreter on the host
  // Files placed in the sandbox besides the harness: {sandbox path, content}.
  std::vector<sandbox::InjectedFile> files;
  // Per-request limits: CPU and wall time of one request, measured outside.
  std::chrono::milliseconds request_cpu{2000};
  std::chrono::milliseconds request_wall{5000};
  // Whole-process limits.
  std::chrono::milliseconds total_cpu{20000};
  std::uint64_t memory_bytes = 256ull << 20;
  std::size_t max_answer_bytes = 64u << 20;
  sandbox::IsolationLevel required = sandbox::IsolationLevel::minimal;
};

// What a request's deadline is counted against, for the stop message.
struct Phase {
  int index;  // >= 0: a test case; -1: loading the solution; -2: other work
  static Phase load() { return {-1}; }
  static Phase work() { return {-2}; }
  static Phase case_number(std::size_t i) { return {static_cast<int>(i)}; }
};

struct Reply {
  std::optional<nlohmann::json> message;  // empty: no valid answer (see failure, or finish())
  Channel::Failure failure = Channel::Failure::closed;
  std::size_t bytes = 0;
  double wall_ms = 0;  // from sending the request to the whole answer
  // CPU the process used meanwhile, from the sandbox's 10 ms samples: within
  // ~10 ms, and unlike wall time not inflated by a busy machine.
  std::uint64_t cpu_ms = 0;
};

// Why the sandbox's watchdog stopped a request, if it did.
struct Stop {
  int phase = 0;
  enum class Limit { cpu, wall, requested } limit = Limit::cpu;
  std::uint64_t used_ms = 0;
};

class Session {
 public:
  explicit Session(const SessionConfig& config);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // A warm session (started before its submission existed, see warm_pool.hpp)
  // takes on a submission's limits here: request limits as configured, and
  // the whole-run CPU and wall budgets counted from now, by the watchdog.
  void begin(std::chrono::milliseconds request_cpu, std::chrono::milliseconds request_wall,
             std::chrono::milliseconds total_cpu, std::chrono::milliseconds total_wall);

  // Sends a request and waits for its answer under the request limits.
  Reply ask(const nlohmann::json& request, Phase phase);
  // Stops the process now (e.g. after a malformed answer).
  void kill();
  // Ends the conversation and waits for the process. Call once.
  sandbox::Result finish();
  // Ends the conversation without waiting for the process to be gone (its
  // exit and the namespaces' teardown take 10-30 ms): the memory peak and
  // protections finish() would report, measured now, and the CPU time of
  // the last sample. Empty when the sandbox can tell only at the end (no
  // cgroup); then call finish(). finish() (or the destructor) must still
  // reap the process, off the caller's path: see WarmPool::retire.
  std::optional<sandbox::Result> hang_up();
  std::optional<Stop> stop() const;

 private:
  std::optional<std::string> watch(const sandbox::Progress& progress);

  SessionConfig config_;
  ChannelPair channel_;
  Channel judge_side_;
  std::shared_ptr<sandbox::RunningView> running_ = std::make_shared<sandbox::RunningView>();
  std::thread supervisor_;
  sandbox::Result result_;
  bool finished_ = false;

  // Shared with the watchdog, which runs on the supervisor thread.
  static constexpr int kIdle = -3;
  std::atomic<int> phase_{kIdle};
  std::atomic<bool> kill_requested_{false};
  std::atomic<std::uint64_t> latest_cpu_ms_{0};
  std::atomic<std::int64_t> request_cpu_ms_, request_wall_ms_;
  // Whole-run budgets of a warm session (0: the sandbox's own limits apply).
  std::atomic<std::int64_t> total_cpu_ms_{0}, total_wall_ms_{0};
  std::atomic<bool> budget_armed_{false};
  sandbox::Progress budget_start_;  // watchdog thread only
  int watched_phase_ = kIdle;
  sandbox::Progress phase_start_;
  mutable std::mutex stop_mutex_;
  std::optional<Stop> stop_;
};

}  // namespace judge::run
