#include "judge/run/warm_pool.hpp"

namespace judge::run {
namespace {

// A warm interpreter waits under generous sandbox limits; the submission's
// own are applied by Session::begin when it is taken.
constexpr std::chrono::milliseconds kIdleCpuCap{600000};

}  // namespace

WarmPool::WarmPool(std::size_t per_kind, std::chrono::seconds max_idle)
    : per_kind_(per_kind), max_idle_(max_idle), refiller_([this] { refill(); }) {}

WarmPool::~WarmPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  refiller_.join();
  // The ready sessions end with the map: each is killed and reaped.
}

WarmPool::Kind WarmPool::kind_of(const SessionConfig& config) {
  return {config.python, config.memory_bytes, static_cast<int>(config.required), config.max_answer_bytes};
}

std::unique_ptr<Session> WarmPool::take(const SessionConfig& config) {
  const auto total_wall = config.total_cpu * 2 + std::chrono::seconds(5);
  if (config.files.empty()) {
    std::unique_lock lock(mutex_);
    const Kind kind = kind_of(config);
    if (!wanted_.contains(kind)) {
      SessionConfig spawn = config;
      spawn.total_cpu = kIdleCpuCap;
      wanted_.emplace(kind, spawn);
    }
    auto& ready = ready_[kind];
    while (!ready.empty() && std::chrono::steady_clock::now() - ready.front().started > max_idle_) ready.pop_front();
    if (!ready.empty()) {
      std::unique_ptr<Session> session = std::move(ready.front().session);
      ready.pop_front();
      ++hits_;
      lock.unlock();
      wake_.notify_all();
      session->begin(config.request_cpu, config.request_wall, config.total_cpu, total_wall);
      return session;
    }
    ++misses_;
    lock.unlock();
    wake_.notify_all();
  }
  return std::make_unique<Session>(config);
}

void WarmPool::retire(std::unique_ptr<Session> session) {
  {
    std::lock_guard lock(mutex_);
    if (!stopping_ && retired_.size() < 2 * per_kind_ + 2) {
      retired_.push_back(std::move(session));
      wake_.notify_all();
      return;
    }
  }
  session->finish();
}

void WarmPool::refill() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    // Reaping first: a replacement then starts on a quieter machine.
    while (!retired_.empty()) {
      std::unique_ptr<Session> done = std::move(retired_.front());
      retired_.pop_front();
      lock.unlock();
      done->finish();
      done.reset();
      lock.lock();
    }
    if (stopping_) return;
    bool started = false;
    for (const auto& [kind, spawn] : wanted_) {
      auto& ready = ready_[kind];
      while (!ready.empty() && std::chrono::steady_clock::now() - ready.front().started > max_idle_) ready.pop_front();
      if (ready.size() >= per_kind_) continue;
      const SessionConfig config = spawn;
      lock.unlock();
      auto session = std::make_unique<Session>(config);  // starts outside the lock: takers never wait for it
      lock.lock();
      if (stopping_) return;
      ready_[kind].push_back({std::move(session), std::chrono::steady_clock::now()});
      started = true;
      break;  // wanted_ may have changed while unlocked
    }
    if (!started) wake_.wait_for(lock, std::chrono::seconds(1));
  }
}

}  // namespace judge::run
