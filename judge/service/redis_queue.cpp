#include "judge/service/redis_queue.hpp"

namespace judge::service {
namespace {

const char* kEnqueue = R"(
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then
  local fields = {}
  for i = 3, #ARGV do fields[#fields + 1] = ARGV[i] end
  redis.call('XADD', KEYS[2], '*', unpack(fields))
  return 1
end
if redis.call('GET', KEYS[1]) == ARGV[1] then return 0 end
return -1
)";

const char* kStore = R"(
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', '100000', '*', 'id', ARGV[3], 'result', ARGV[1])
  return 1
end
return 0
)";

RedisReply must(RedisConnection& redis, const std::vector<std::string>& argv) {
  RedisReply reply = redis.command(argv);
  if (reply.is_error()) throw std::runtime_error("Redis " + argv.front() + ": " + reply.text);
  return reply;
}

}  // namespace

void ensure_group(RedisConnection& redis, const StreamNames& names) {
  const RedisReply reply = redis.command({"XGROUP", "CREATE", names.submissions, names.group, "0", "MKSTREAM"});
  if (reply.is_error() && reply.text.rfind("BUSYGROUP", 0) != 0) {
    throw std::runtime_error("Redis XGROUP CREATE: " + reply.text);
  }
}

Fields entry_fields(const Submission& submission) {
  return {{"id", submission.id},
          {"problem", submission.problem},
          {"source", submission.source},
          {"mode", submission.sample ? "sample" : "full"},
          {"typecheck", submission.typecheck ? "1" : "0"},
          {"fail_fast", submission.fail_fast ? "1" : "0"},
          {"callback_url", submission.callback_url}};
}

std::optional<Submission> submission_from_fields(const Fields& fields, std::string& why) {
  // The same validation as the HTTP API: an entry written by anything else
  // (another producer, a hand-made XADD) is checked just as strictly.
  nlohmann::json body = nlohmann::json::object();
  for (const auto& [key, value] : fields) {
    if (key == "typecheck" || key == "fail_fast") {
      body[key] = value == "1" || value == "true";
    } else if (key == "callback_url" && value.empty()) {
      continue;
    } else {
      body[key] = value;
    }
  }
  if (!body.contains("id")) {
    why = "the entry has no \"id\"";
    return std::nullopt;
  }
  Refusal refusal;
  auto submission = parse_submission(body, refusal);
  if (!submission) why = refusal.code + ": " + refusal.message;
  return submission;
}

std::vector<StreamEntry> parse_entries(const RedisReply& entries) {
  std::vector<StreamEntry> out;
  for (const auto& entry : entries.elements) {
    // A deleted entry comes back from XAUTOCLAIM as [id, nil].
    if (entry.elements.size() != 2) continue;
    StreamEntry parsed{entry.elements[0].text, {}};
    const auto& flat = entry.elements[1].elements;
    for (std::size_t i = 0; i + 1 < flat.size(); i += 2) parsed.fields.emplace_back(flat[i].text, flat[i + 1].text);
    out.push_back(std::move(parsed));
  }
  return out;
}

Enqueued enqueue(RedisConnection& redis, const StreamNames& names, const Submission& submission, long ttl_seconds) {
  std::vector<std::string> argv = {"EVAL", kEnqueue, "2", names.submitted_prefix + submission.id, names.submissions,
                                   submission.owner, std::to_string(ttl_seconds)};
  for (const auto& [key, value] : entry_fields(submission)) {
    argv.push_back(key);
    argv.push_back(value);
  }
  const long long answer = must(redis, argv).integer;
  return answer == 1 ? Enqueued::queued : answer == 0 ? Enqueued::existing : Enqueued::conflict;
}

bool store_result(RedisConnection& redis, const StreamNames& names, const std::string& id, const std::string& envelope,
                  long ttl_seconds) {
  return must(redis, {"EVAL", kStore, "2", names.result_prefix + id, names.results, envelope,
                      std::to_string(ttl_seconds), id})
             .integer == 1;
}

}  // namespace judge::service
