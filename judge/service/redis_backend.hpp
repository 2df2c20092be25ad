// `judge serve --redis`: submissions are appended to the Redis stream for
// `judge worker`s; results are read back from their keys.
#pragma once

#include <mutex>

#include "judge/service/backend.hpp"
#include "judge/service/redis_queue.hpp"

namespace judge::service {

class RedisBackend : public Backend {
 public:
  explicit RedisBackend(RedisSettings settings, StreamNames names = {}, long ttl_seconds = 86400);
  Admission submit(const Submission& submission) override;
  std::optional<nlohmann::json> status(const std::string& id, const std::string& owner) override;
  std::optional<nlohmann::json> wait(const std::string& id, const std::string& owner,
                                     std::chrono::milliseconds timeout) override;
  nlohmann::json health() override;
  // Entries not yet delivered plus delivered but not acknowledged.
  std::size_t depth();

 private:
  std::optional<nlohmann::json> lookup(RedisConnection& redis, const std::string& id, const std::string& owner);
  RedisSettings settings_;
  StreamNames names_;
  long ttl_seconds_;
  std::mutex mutex_;
  RedisConnection redis_;  // under mutex_; waiters poll on their own connections
};

}  // namespace judge::service
