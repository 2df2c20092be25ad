// Sandboxed interpreters started ahead of need: namespaces, cgroup, seccomp
// and the harness with LeetCode's imports already in place, waiting for a
// "load". A submission takes one instead of paying for a start, and each
// judges exactly one submission and is then discarded: nothing of one
// submission can reach the next. Used by grade, serve and worker.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <tuple>

#include "judge/run/session.hpp"

namespace judge::run {

class WarmPool {
 public:
  // Keeps `per_kind` interpreters ready for every kind asked for (a kind: the
  // interpreter, memory limit and isolation), none older than `max_idle`.
  explicit WarmPool(std::size_t per_kind, std::chrono::seconds max_idle = std::chrono::seconds(300));
  ~WarmPool();
  WarmPool(const WarmPool&) = delete;
  WarmPool& operator=(const WarmPool&) = delete;

  // A session under `config`'s limits: a warm one when one is ready, else
  // one started now. Configs with injected files are always started now.
  std::unique_ptr<Session> take(const SessionConfig& config);

  // Takes a session that has answered everything (Session::hang_up) and
  // reaps it on the pool's thread, so the process's exit and the kernel's
  // teardown of its namespaces stay off the submission's path. When too
  // many wait already, reaps it here instead: the backlog stays bounded.
  void retire(std::unique_ptr<Session> session);

  std::size_t warm_hits() const { return hits_; }
  std::size_t cold_starts() const { return misses_; }

 private:
  using Kind = std::tuple<std::string, std::uint64_t, int, std::size_t>;
  struct Ready {
    std::unique_ptr<Session> session;
    std::chrono::steady_clock::time_point started;
  };
  static Kind kind_of(const SessionConfig& config);
  void refill();

  const std::size_t per_kind_;
  const std::chrono::seconds max_idle_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::map<Kind, std::deque<Ready>> ready_;
  std::map<Kind, SessionConfig> wanted_;
  std::deque<std::unique_ptr<Session>> retired_;
  bool stopping_ = false;
  std::size_t hits_ = 0, misses_ = 0;
  std::thread refiller_;
};

}  // namespace judge::run
