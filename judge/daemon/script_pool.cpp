#include "judge/daemon/script_pool.hpp"

namespace judge::daemon {

ScriptPool::ScriptPool(std::size_t per_kind, std::chrono::milliseconds idle_life, std::chrono::milliseconds longest)
    : per_kind_(per_kind), idle_life_(idle_life), longest_(longest), refiller_([this] { refill(); }) {}

ScriptPool::~ScriptPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  refiller_.join();
}

std::unique_ptr<WarmScript> ScriptPool::start(const Kind& kind) const {
  run::ScriptLimits limits;
  limits.memory_bytes = std::get<1>(kind);
  limits.required = static_cast<sandbox::IsolationLevel>(std::get<2>(kind));
  limits.cpu = longest_;
  limits.wall = longest_;
  return std::make_unique<WarmScript>(std::get<0>(kind), limits, idle_life_);
}

// An interpreter past its idle life is too close to its own wall limit to
// take the longest script; one that ended never will.
bool ScriptPool::fresh(const Ready& ready) const {
  return ready.script->waiting() && std::chrono::steady_clock::now() - ready.started < idle_life_;
}

void ScriptPool::prepare(const std::string& python, const run::ScriptLimits& limits) {
  {
    std::lock_guard lock(mutex_);
    ready_.try_emplace(Kind{python, limits.memory_bytes, static_cast<int>(limits.required)});
  }
  wake_.notify_all();
}

std::unique_ptr<WarmScript> ScriptPool::take(const std::string& python, const run::ScriptLimits& limits,
                                             bool& warm) {
  const Kind kind{python, limits.memory_bytes, static_cast<int>(limits.required)};
  std::unique_ptr<WarmScript> stale;  // destroyed outside the lock
  {
    std::unique_lock lock(mutex_);
    auto& ready = ready_[kind];
    while (!ready.empty()) {
      Ready next = std::move(ready.front());
      ready.pop_front();
      if (!fresh(next)) {
        stale = std::move(next.script);
        continue;
      }
      warm = true;
      return std::move(next.script);
    }
  }
  warm = false;
  return start(kind);
}

void ScriptPool::refill_now() { wake_.notify_all(); }

std::size_t ScriptPool::ready() const {
  std::lock_guard lock(mutex_);
  std::size_t count = 0;
  for (const auto& [kind, ready] : ready_) count += ready.size();
  return count;
}

void ScriptPool::refill() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    bool changed = false;
    for (auto& [kind, ready] : ready_) {
      std::unique_ptr<WarmScript> stale;
      bool failed = false;
      if (!ready.empty() && !fresh(ready.front())) {
        failed = !ready.front().script->waiting();
        stale = std::move(ready.front().script);
        ready.pop_front();
      }
      // One that ended while waiting could not start here (the isolation
      // asked for is missing, say): its kind is no longer kept ready; a run
      // that asks for it again starts one and learns why.
      const bool wanted = ready.size() < per_kind_ && !failed;
      if (!wanted && !stale) continue;
      const Kind wanted_kind = kind;
      lock.unlock();
      stale.reset();  // its bootstrap exits at the end of its input
      std::unique_ptr<WarmScript> started;
      bool unstartable = false;
      try {
        if (wanted) started = start(wanted_kind);
      } catch (const std::exception&) {
        unstartable = true;  // no such interpreter, no sockets left: the run that asks reports it
      }
      lock.lock();
      if (started) ready_[wanted_kind].push_back({std::move(started), std::chrono::steady_clock::now()});
      if (unstartable || failed) {
        if (auto found = ready_.find(wanted_kind); found != ready_.end() && found->second.empty()) ready_.erase(found);
      }
      changed = true;
      break;  // ready_ may have changed while unlocked
    }
    if (stopping_) return;
    if (!changed) wake_.wait_for(lock, std::chrono::seconds(1));
  }
}

}  // namespace judge::daemon
