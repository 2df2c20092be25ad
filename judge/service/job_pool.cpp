#include "judge/service/job_pool.hpp"

#include "judge/report/report_json.hpp"

namespace judge::service {

JobPool::JobPool(Engine& engine, PoolOptions options, Metrics& metrics, OnDone on_done)
    : engine_(engine), options_(options), metrics_(metrics), on_done_(std::move(on_done)) {
  for (std::size_t i = 0; i < options_.workers; ++i) threads_.emplace_back([this] { work(); });
}

JobPool::~JobPool() { drain(); }

Admission JobPool::submit(const Submission& submission) {
  std::lock_guard lock(mutex_);
  if (stopping_) return Admission::stopping;
  // The same id twice is the same submission (a client retrying): one result.
  if (const auto found = jobs_.find(submission.id); found != jobs_.end()) {
    return found->second.submission.owner == submission.owner ? Admission::existing : Admission::conflict;
  }
  if (queue_.size() >= options_.queue_capacity) return Admission::full;
  jobs_[submission.id] = Job{submission, State::queued, nullptr, std::chrono::steady_clock::now()};
  queue_.push_back(submission.id);
  queued_ = queue_.size();
  changed_.notify_all();
  return Admission::accepted;
}

std::optional<nlohmann::json> JobPool::describe(const std::string& id, const std::string& owner) const {
  const auto found = jobs_.find(id);
  if (found == jobs_.end() || found->second.submission.owner != owner) return std::nullopt;
  const Job& job = found->second;
  if (job.state == State::done) return job.envelope;
  return nlohmann::json{{"id", id}, {"status", job.state == State::queued ? "queued" : "running"}};
}

std::optional<nlohmann::json> JobPool::status(const std::string& id, const std::string& owner) const {
  std::lock_guard lock(mutex_);
  return describe(id, owner);
}

std::optional<nlohmann::json> JobPool::wait(const std::string& id, const std::string& owner,
                                            std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] {
    const auto found = jobs_.find(id);
    return found == jobs_.end() || found->second.state == State::done;
  });
  return describe(id, owner);
}

void JobPool::work() {
  std::optional<typecheck::TypeChecker> checker;  // warm: one mypy per worker, started on first use
  for (;;) {
    Submission submission;
    std::chrono::steady_clock::time_point accepted;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return !queue_.empty() || stopping_; });
      if (queue_.empty()) return;  // stopping, and everything accepted was judged
      Job& job = jobs_.at(queue_.front());
      queue_.pop_front();
      queued_ = queue_.size();
      job.state = State::running;
      submission = job.submission;
      accepted = job.accepted;
    }
    ++busy_;
    const auto started = std::chrono::steady_clock::now();
    if (submission.typecheck && !checker) {
      checker.emplace(typecheck::CheckerOptions{engine_.options().python, typecheck::default_cache_dir(), true});
    }
    const report::Report report = engine_.judge(submission, checker ? &*checker : nullptr);
    const auto finished = std::chrono::steady_clock::now();
    nlohmann::json envelope = done_envelope(submission.id, report::to_json(report));
    metrics_.judged(std::string(report::to_string(report.verdict)),
                    std::chrono::duration<double>(started - accepted).count(),
                    std::chrono::duration<double>(finished - started).count());
    {
      std::lock_guard lock(mutex_);
      Job& job = jobs_.at(submission.id);
      job.state = State::done;
      job.envelope = envelope;
      finished_order_.push_back(submission.id);
      while (finished_order_.size() > options_.kept_results) {
        jobs_.erase(finished_order_.front());
        finished_order_.pop_front();
      }
      changed_.notify_all();
    }
    --busy_;
    if (on_done_) on_done_(submission, envelope);
  }
}

void JobPool::drain() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    changed_.notify_all();
  }
  for (auto& thread : threads_) {
    if (thread.joinable()) thread.join();
  }
}

}  // namespace judge::service
