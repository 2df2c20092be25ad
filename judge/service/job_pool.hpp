// `judge serve`'s in-process judging: a bounded queue, a fixed set of
// workers (each with its own warm type checker), and the results kept in
// memory for clients to fetch. Full queue: the caller says 503 with
// Retry-After rather than letting latency grow without bound.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "judge/service/backend.hpp"
#include "judge/service/engine.hpp"
#include "judge/service/metrics.hpp"

namespace judge::service {

struct PoolOptions {
  std::size_t workers = 2;
  std::size_t queue_capacity = 64;
  std::size_t kept_results = 10000;  // the oldest finished results are forgotten first
};

class JobPool {
 public:
  // `on_done` runs on the worker thread once a report is stored (callbacks).
  using OnDone = std::function<void(const Submission&, const nlohmann::json& envelope)>;
  JobPool(Engine& engine, PoolOptions options, Metrics& metrics, OnDone on_done);
  ~JobPool();

  Admission submit(const Submission& submission);

  // {id, status: queued|running} or the done envelope; nullopt when unknown.
  std::optional<nlohmann::json> status(const std::string& id, const std::string& owner) const;
  // Waits until done or the timeout; then as status().
  std::optional<nlohmann::json> wait(const std::string& id, const std::string& owner,
                                     std::chrono::milliseconds timeout) const;

  std::size_t queued() const { return queued_.load(); }
  std::size_t busy() const { return busy_.load(); }
  std::size_t workers() const { return options_.workers; }

  // Stops taking submissions, judges every one already accepted, joins.
  void drain();

 private:
  enum class State { queued, running, done };
  struct Job {
    Submission submission;
    State state = State::queued;
    nlohmann::json envelope;
    std::chrono::steady_clock::time_point accepted;
  };
  void work();
  std::optional<nlohmann::json> describe(const std::string& id, const std::string& owner) const;  // under mutex_

  Engine& engine_;
  PoolOptions options_;
  Metrics& metrics_;
  OnDone on_done_;
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::deque<std::string> queue_;
  std::map<std::string, Job> jobs_;
  std::deque<std::string> finished_order_;
  bool stopping_ = false;
  std::atomic<std::size_t> queued_{0}, busy_{0};
  std::vector<std::thread> threads_;
};

}  // namespace judge::service
