// The layout judge serve --redis and judge worker share on Redis:
//
//   judge:submissions     stream, one entry per submission (fields below),
//                         consumed by the consumer group "judges"
//   judge:submitted:<id>  the owner (a hash of its API token) with a TTL:
//                         the id was accepted, and whose it is
//   judge:result:<id>     the finished envelope (JSON) with a TTL
//   judge:results         stream of {id, result}, trimmed to ~100k entries
//   judge:dead-letter     submissions set aside after stopping N workers
//
// Entry fields: id, problem, source, mode (full|sample), typecheck (0|1),
// fail_fast (0|1), callback_url (may be empty).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "judge/service/redis.hpp"
#include "judge/service/submission.hpp"

namespace judge::service {

struct StreamNames {
  std::string submissions = "judge:submissions";
  std::string group = "judges";
  std::string results = "judge:results";
  std::string dead_letter = "judge:dead-letter";
  std::string result_prefix = "judge:result:";
  std::string submitted_prefix = "judge:submitted:";
};

using Fields = std::vector<std::pair<std::string, std::string>>;

struct StreamEntry {
  std::string id;  // the stream's entry id
  Fields fields;
};

// Creates the stream and the group when missing (from the stream's start,
// so entries queued before any worker existed are not skipped).
void ensure_group(RedisConnection& redis, const StreamNames& names);

Fields entry_fields(const Submission& submission);
std::optional<Submission> submission_from_fields(const Fields& fields, std::string& why);

// The entries of an XREADGROUP / XAUTOCLAIM / XRANGE reply's entry array.
std::vector<StreamEntry> parse_entries(const RedisReply& entries);

// Marks the id accepted (by its owner) and appends the entry, atomically.
enum class Enqueued { queued, existing, conflict };  // existing: same owner; conflict: another's id
Enqueued enqueue(RedisConnection& redis, const StreamNames& names, const Submission& submission, long ttl_seconds);

// Stores a finished envelope once: the first writer wins, and only the
// winner appends to the results stream. True for the winner.
bool store_result(RedisConnection& redis, const StreamNames& names, const std::string& id,
                  const std::string& envelope, long ttl_seconds);

}  // namespace judge::service
