// `judge worker`: judges submissions from the Redis stream as one consumer
// of the group per thread. Acknowledges an entry only after its result is
// stored; reclaims entries a dead worker left (XAUTOCLAIM after an idle
// time, kept from firing on live jobs by a heartbeat); sets aside an entry
// that was delivered too many times (it keeps killing workers).
#pragma once

#include <atomic>
#include <chrono>
#include <string>

#include "judge/service/callbacks.hpp"
#include "judge/service/engine.hpp"
#include "judge/service/metrics.hpp"
#include "judge/service/redis_queue.hpp"

namespace judge::service {

struct WorkerOptions {
  RedisSettings redis;
  StreamNames names;
  std::string consumer;                       // unique per thread: "<host>-<pid>-<n>"
  std::chrono::milliseconds claim_idle{60000};  // an entry idle this long belongs to a dead worker
  int max_deliveries = 3;
  long result_ttl_seconds = 86400;
  bool typecheck = true;
};

class RedisWorker {
 public:
  RedisWorker(Engine& engine, WorkerOptions options, Metrics& metrics, Callbacks& callbacks,
              const std::atomic<bool>& stopping);
  // Consumes until `stopping`; finishes the job in hand first.
  void run();

 private:
  void reclaim(RedisConnection& redis);
  void process(RedisConnection& redis, const StreamEntry& entry);
  void dead_letter(RedisConnection& redis, const StreamEntry& entry, const std::string& why);
  void acknowledge(RedisConnection& redis, const std::string& entry_id);
  // Retries through a Redis restart; false only when stopping and Redis is still away.
  template <typename Step>
  bool persist(RedisConnection& redis, Step step);

  Engine& engine_;
  WorkerOptions options_;
  Metrics& metrics_;
  Callbacks& callbacks_;
  const std::atomic<bool>& stopping_;
  std::optional<typecheck::TypeChecker> checker_;
};

}  // namespace judge::service
