// What another thread may ask of a run still in progress. A caller that has
// everything it needs from the program (a judge holding every answer) can
// take the measurements now and leave the rest of run() (the program's exit
// and the kernel tearing its namespaces down, 10-30 ms) off its own path.
//
// Usage:
//   auto view = std::make_shared<sandbox::RunningView>();
//   spec.running = view;            // run() fills it while the program runs
//   ... on another thread, after the program's last useful output:
//   if (auto now = view->snapshot()) report(now->peak_memory_kib);
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include "sandbox/probe.hpp"
#include "sandbox/result.hpp"

namespace sandbox {

struct RunningSnapshot {
  std::uint64_t peak_memory_kib = 0;  // the cgroup's high-water mark so far
  MemorySource memory_source = MemorySource::cgroup_v1;
  std::vector<Protection> protections;  // as Result::protections will say
};

class RunningView {
 public:
  // Empty before the program is placed in its cgroup, after run() has
  // removed the cgroup, and for runs without one (rusage is known only at
  // the end): then wait for run()'s Result.
  std::optional<RunningSnapshot> snapshot() const {
    std::lock_guard lock(mutex_);
    if (!peak_bytes_) return std::nullopt;
    return RunningSnapshot{peak_bytes_() / 1024, source_, protections_};
  }

  // For run(): publishes a run's cgroup reader, and withdraws it before the
  // cgroup goes away.
  void publish(std::function<std::uint64_t()> peak_bytes, MemorySource source, std::vector<Protection> protections) {
    std::lock_guard lock(mutex_);
    peak_bytes_ = std::move(peak_bytes);
    source_ = source;
    protections_ = std::move(protections);
  }
  void withdraw() {
    std::lock_guard lock(mutex_);
    peak_bytes_ = nullptr;
  }

 private:
  mutable std::mutex mutex_;
  std::function<std::uint64_t()> peak_bytes_;
  MemorySource source_ = MemorySource::cgroup_v1;
  std::vector<Protection> protections_;
};

}  // namespace sandbox
