#include "judge/service/redis_worker.hpp"

#include <condition_variable>
#include <iostream>
#include <thread>

#include "judge/report/report_json.hpp"

namespace judge::service {
namespace {

using Clock = std::chrono::steady_clock;

// Keeps a job's entry from looking abandoned while it is judged: XCLAIM
// with JUSTID resets its idle time without counting a delivery.
class Heartbeat {
 public:
  Heartbeat(const WorkerOptions& options, const std::string& entry_id) {
    thread_ = std::thread([this, options, entry_id] {
      RedisConnection redis(options.redis);
      const auto period = std::max(std::chrono::milliseconds(100), options.claim_idle / 3);
      std::unique_lock lock(mutex_);
      while (!done_) {
        if (changed_.wait_for(lock, period, [this] { return done_; })) break;
        try {
          redis.command({"XCLAIM", options.names.submissions, options.names.group, options.consumer, "0", entry_id,
                         "JUSTID"});
        } catch (const std::exception&) {
          // Redis away: the entry's idle time cannot grow there either.
        }
      }
    });
  }
  ~Heartbeat() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  bool done_ = false;
  std::thread thread_;
};

std::string field(const StreamEntry& entry, const std::string& name) {
  for (const auto& [key, value] : entry.fields) {
    if (key == name) return value;
  }
  return {};
}

}  // namespace

RedisWorker::RedisWorker(Engine& engine, WorkerOptions options, Metrics& metrics, Callbacks& callbacks,
                         const std::atomic<bool>& stopping)
    : engine_(engine), options_(std::move(options)), metrics_(metrics), callbacks_(callbacks), stopping_(stopping) {}

template <typename Step>
bool RedisWorker::persist(RedisConnection& redis, Step step) {
  auto delay = std::chrono::milliseconds(100);
  const auto give_up_when_stopping = Clock::now() + std::chrono::seconds(30);
  for (;;) {
    try {
      step();
      return true;
    } catch (const RedisUnavailable& error) {
      if (stopping_ && Clock::now() > give_up_when_stopping) return false;
      std::cerr << "judge worker: " << error.what() << "; retrying\n";
      std::this_thread::sleep_for(delay);
      delay = std::min(delay * 2, std::chrono::milliseconds(2000));
      (void)redis;
    }
  }
}

void RedisWorker::acknowledge(RedisConnection& redis, const std::string& entry_id) {
  persist(redis, [&] { redis.command({"XACK", options_.names.submissions, options_.names.group, entry_id}); });
}

void RedisWorker::dead_letter(RedisConnection& redis, const StreamEntry& entry, const std::string& why) {
  const std::string id = field(entry, "id");
  std::vector<std::string> argv = {"XADD", options_.names.dead_letter, "*"};
  for (const auto& [key, value] : entry.fields) {
    argv.push_back(key);
    argv.push_back(value);
  }
  argv.insert(argv.end(), {"reason", why, "entry", entry.id});
  const bool stored = persist(redis, [&] {
    redis.command(argv);
    if (valid_id(id)) {
      const nlohmann::json failed = {{"id", id}, {"status", "failed"},
                                     {"error", {{"code", "dead_letter"}, {"message", why}}}};
      store_result(redis, options_.names, id, failed.dump(), options_.result_ttl_seconds);
    }
  });
  if (stored) acknowledge(redis, entry.id);
  metrics_.judged("dead_letter", 0, 0);
  std::cerr << "judge worker: set aside " << entry.id << " (" << why << ")\n";
}

void RedisWorker::process(RedisConnection& redis, const StreamEntry& entry) {
  std::string why;
  const auto submission = submission_from_fields(entry.fields, why);
  if (!submission) {
    dead_letter(redis, entry, "malformed entry: " + why);
    return;
  }
  // Redelivered after its result was stored (the worker died before XACK):
  // the stored result stands, the entry is only acknowledged.
  bool done = false;
  if (!persist(redis, [&] { done = redis.command({"EXISTS", options_.names.result_prefix + submission->id}).integer == 1; })) return;
  if (done) {
    acknowledge(redis, entry.id);
    return;
  }
  const auto started = Clock::now();
  report::Report report;
  {
    Heartbeat heartbeat(options_, entry.id);
    if (options_.typecheck && submission->typecheck && !checker_) {
      checker_.emplace(typecheck::CheckerOptions{engine_.options().python, typecheck::default_cache_dir(), true});
    }
    report = engine_.judge(*submission, checker_ ? &*checker_ : nullptr);
  }
  const nlohmann::json envelope = done_envelope(submission->id, report::to_json(report));
  const std::string text = envelope.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  bool first = false;
  if (!persist(redis, [&] { first = store_result(redis, options_.names, submission->id, text, options_.result_ttl_seconds); })) {
    return;  // not acknowledged: another worker judges it again
  }
  acknowledge(redis, entry.id);
  metrics_.judged(std::string(report::to_string(report.verdict)), 0,
                  std::chrono::duration<double>(Clock::now() - started).count());
  if (first && !submission->callback_url.empty()) callbacks_.post(submission->callback_url, text);
}

void RedisWorker::reclaim(RedisConnection& redis) {
  const RedisReply claimed =
      redis.command({"XAUTOCLAIM", options_.names.submissions, options_.names.group, options_.consumer,
                     std::to_string(options_.claim_idle.count()), "0-0", "COUNT", "10"});
  if (claimed.is_error() || claimed.elements.size() < 2) return;
  for (const auto& entry : parse_entries(claimed.elements[1])) {
    if (stopping_) return;  // claimed but not started: idle again soon, for someone else
    const RedisReply pending = redis.command(
        {"XPENDING", options_.names.submissions, options_.names.group, entry.id, entry.id, "1"});
    long long deliveries = 0;
    if (!pending.elements.empty() && pending.elements[0].elements.size() >= 4) {
      deliveries = pending.elements[0].elements[3].integer;
    }
    if (deliveries > options_.max_deliveries) {
      // This claim was a delivery too: the earlier ones all ended without a result.
      dead_letter(redis, entry, std::to_string(deliveries - 1) + " deliveries ended without a result: the " +
                                    "workers judging it stopped");
      continue;
    }
    std::cerr << "judge worker: reclaimed " << entry.id << " from a worker that stopped (delivery " << deliveries
              << ")\n";
    process(redis, entry);
  }
}

void RedisWorker::run() {
  RedisConnection redis(options_.redis);
  auto next_claim = Clock::now();
  bool ready = false;
  while (!stopping_) {
    try {
      if (!ready) {
        ensure_group(redis, options_.names);
        ready = true;
      }
      if (Clock::now() >= next_claim) {
        reclaim(redis);
        next_claim = Clock::now() + std::max(std::chrono::milliseconds(200), options_.claim_idle / 2);
      }
      const RedisReply read =
          redis.command({"XREADGROUP", "GROUP", options_.names.group, options_.consumer, "COUNT", "1", "BLOCK",
                         "1000", "STREAMS", options_.names.submissions, ">"});
      if (read.is_error()) {
        // NOGROUP: Redis restarted without its data; make the group again.
        ready = false;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        continue;
      }
      if (read.is_nil() || read.elements.empty()) continue;
      for (const auto& entry : parse_entries(read.elements[0].elements.at(1))) process(redis, entry);
    } catch (const RedisUnavailable& error) {
      std::cerr << "judge worker: " << error.what() << "; reconnecting\n";
      ready = false;
      redis.connect_until(Clock::now() + std::chrono::seconds(2));
    } catch (const std::exception& error) {
      std::cerr << "judge worker: " << error.what() << "\n";
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
  }
}

}  // namespace judge::service
