#include "judge/service/redis_backend.hpp"

#include <algorithm>
#include <thread>

namespace judge::service {

RedisBackend::RedisBackend(RedisSettings settings, StreamNames names, long ttl_seconds)
    : settings_(settings), names_(std::move(names)), ttl_seconds_(ttl_seconds), redis_(settings) {
  std::lock_guard lock(mutex_);
  try {
    ensure_group(redis_, names_);
  } catch (const RedisUnavailable&) {
    // Not fatal: the API starts and answers 503 until Redis is back.
  }
}

Admission RedisBackend::submit(const Submission& submission) {
  std::lock_guard lock(mutex_);
  try {
    switch (enqueue(redis_, names_, submission, ttl_seconds_)) {
      case Enqueued::queued: return Admission::accepted;
      case Enqueued::existing: return Admission::existing;
      case Enqueued::conflict: return Admission::conflict;
    }
    return Admission::unavailable;
  } catch (const std::exception&) {
    return Admission::unavailable;
  }
}

std::optional<nlohmann::json> RedisBackend::lookup(RedisConnection& redis, const std::string& id,
                                                  const std::string& owner) {
  // An id accepted through the API is its owner's alone. One with no owner
  // record came from another producer on the stream (trusted): readable.
  const RedisReply submitted = redis.command({"GET", names_.submitted_prefix + id});
  if (submitted.type == RedisReply::Type::string && submitted.text != owner) return std::nullopt;
  const RedisReply result = redis.command({"GET", names_.result_prefix + id});
  if (result.type == RedisReply::Type::string) {
    nlohmann::json envelope = nlohmann::json::parse(result.text, nullptr, false);
    if (!envelope.is_discarded()) return envelope;
  }
  if (submitted.type == RedisReply::Type::string) return nlohmann::json{{"id", id}, {"status", "queued"}};
  return std::nullopt;
}

std::optional<nlohmann::json> RedisBackend::status(const std::string& id, const std::string& owner) {
  std::lock_guard lock(mutex_);
  try {
    return lookup(redis_, id, owner);
  } catch (const std::exception&) {
    return nlohmann::json{{"id", id}, {"status", "unknown"}, {"error", {{"code", "queue_unavailable"},
                                                                        {"message", "Redis cannot be reached"}}}};
  }
}

namespace {

// The ID of the newest entry of a stream, "0-0" when it is empty.
std::string newest_entry(RedisConnection& redis, const std::string& stream) {
  const RedisReply newest = redis.command({"XREVRANGE", stream, "+", "-", "COUNT", "1"});
  if (newest.elements.empty() || newest.elements[0].elements.empty()) return "0-0";
  return newest.elements[0].elements[0].text;
}

// The ID of the last entry a blocking read returned, or `after` when it timed out.
std::string last_read(const RedisReply& read, std::string after) {
  for (const auto& stream : read.elements) {
    if (stream.elements.size() < 2) continue;
    for (const auto& entry : stream.elements[1].elements) {
      if (!entry.elements.empty()) after = entry.elements[0].text;
    }
  }
  return after;
}

}  // namespace

std::optional<nlohmann::json> RedisBackend::wait(const std::string& id, const std::string& owner,
                                                std::chrono::milliseconds timeout) {
  // A connection of its own: a blocking read does not hold the shared one.
  RedisConnection redis(settings_);
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::optional<nlohmann::json> seen;
  std::string after;  // where the results stream ended before the last look
  for (;;) {
    try {
      // Noted before looking: a result stored after the look is in the
      // stream past this point, so the blocking read below cannot miss it.
      if (after.empty()) after = newest_entry(redis, names_.results);
      seen = lookup(redis, id, owner);
      if (!seen || (*seen)["status"] != "queued") return seen;
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return seen;
      // Wakes on any new result (then looks again), at most a second apart
      // (well inside the connection's 10 s I/O timeout).
      const auto block = std::clamp<long long>(left.count(), 1, 1000);
      after = last_read(redis.command({"XREAD", "BLOCK", std::to_string(block), "STREAMS", names_.results, after}), after);
    } catch (const std::exception&) {
      // Redis restarting: keep waiting until the deadline.
      after.clear();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (std::chrono::steady_clock::now() >= deadline) return seen;
  }
}

nlohmann::json RedisBackend::health() {
  std::lock_guard lock(mutex_);
  try {
    const bool ok = redis_.command({"PING"}).text == "PONG";
    return {{"backend", "redis"}, {"ok", ok}};
  } catch (const std::exception& error) {
    return {{"backend", "redis"}, {"ok", false}, {"error", error.what()}};
  }
}

std::size_t RedisBackend::depth() {
  std::lock_guard lock(mutex_);
  try {
    const RedisReply groups = redis_.command({"XINFO", "GROUPS", names_.submissions});
    for (const auto& group : groups.elements) {
      std::size_t depth = 0;
      bool ours = false;
      for (std::size_t i = 0; i + 1 < group.elements.size(); i += 2) {
        const std::string& key = group.elements[i].text;
        const RedisReply& value = group.elements[i + 1];
        if (key == "name") ours = value.text == names_.group;
        if (key == "pending" || key == "lag") depth += static_cast<std::size_t>(std::max(0LL, value.integer));
      }
      if (ours) return depth;
    }
  } catch (const std::exception&) {
  }
  return 0;
}

}  // namespace judge::service
