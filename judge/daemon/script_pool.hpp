// The daemon's waiting interpreters, one kind per interpreter, memory limit
// and isolation level asked for: a run takes a waiting one (the next is
// started behind it, off the run's path) or, when none waits, starts one.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <tuple>

#include "judge/daemon/warm_script.hpp"

namespace judge::daemon {

class ScriptPool {
 public:
  // An interpreter waits at most `idle_life`, then is replaced; scripts may
  // ask for up to `longest` of CPU and wall time.
  ScriptPool(std::size_t per_kind, std::chrono::milliseconds idle_life, std::chrono::milliseconds longest);
  ~ScriptPool();
  ScriptPool(const ScriptPool&) = delete;
  ScriptPool& operator=(const ScriptPool&) = delete;

  // Starts keeping one kind ready before it is asked for.
  void prepare(const std::string& python, const run::ScriptLimits& limits);
  // A waiting interpreter of that kind; `warm` says whether it waited.
  std::unique_ptr<WarmScript> take(const std::string& python, const run::ScriptLimits& limits, bool& warm);
  // Starts the replacements now. A take does not: a CPython starting beside
  // the script would take a core from it (on 2 cores, +5 ms on an empty
  // script), so the daemon calls this once the run has been answered (the
  // refiller also looks every second).
  void refill_now();

  std::size_t ready() const;

 private:
  using Kind = std::tuple<std::string, std::uint64_t, int>;
  struct Ready {
    std::unique_ptr<WarmScript> script;
    std::chrono::steady_clock::time_point started;
  };
  std::unique_ptr<WarmScript> start(const Kind& kind) const;
  bool fresh(const Ready& ready) const;
  void refill();

  const std::size_t per_kind_;
  const std::chrono::milliseconds idle_life_, longest_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::map<Kind, std::deque<Ready>> ready_;
  bool stopping_ = false;
  std::thread refiller_;
};

}  // namespace judge::daemon
