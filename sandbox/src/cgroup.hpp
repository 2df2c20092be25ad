// Per-run cgroups: memory (limit, peak, OOM kills) and pids (task limit).
//
// cgroup v2 where a delegated hierarchy with the memory and pids controllers
// is available, cgroup v1 where the machine only has that (hybrid hosts),
// nothing otherwise: the caller then falls back to rlimits and says so.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>

#include "sandbox/limits.hpp"
#include "sandbox/probe.hpp"
#include "sandbox/unique_fd.hpp"

namespace sandbox::detail {

class Cgroup {
 public:
  // Creates the run's cgroup(s) under the probed parents and applies the
  // limits. Throws std::runtime_error when that fails.
  Cgroup(const Capabilities& caps, const Limits& limits);
  Cgroup(const Cgroup&) = delete;
  Cgroup& operator=(const Cgroup&) = delete;
  ~Cgroup();  // removes the cgroup(s); the processes must be gone

  CgroupVersion version() const { return version_; }
  // For CLONE_INTO_CGROUP (v2); -1 for v1.
  int directory_fd() const { return dir_fd_.get(); }
  // v1: move the (still waiting) child in. v2 clones directly into it.
  void attach(pid_t pid) const;
  std::uint64_t peak_memory_bytes() const;
  bool oom_killed() const;
  // v2 only: kill every process in the cgroup at once.
  void kill_all() const;

 private:
  CgroupVersion version_;
  std::string memory_dir_;
  std::string pids_dir_;  // == memory_dir_ for v2
  UniqueFd dir_fd_;
};

// Helpers shared with the probe. Throw std::runtime_error with the path.
void write_cgroup_file(const std::string& path, const std::string& value);
std::string read_small_file(const std::string& path);
// The number a file holds (memory.peak, a sysctl), or `fallback`.
std::uint64_t read_number(const std::string& path, std::uint64_t fallback);
// The value after `key ` on its own line of a flat-keyed file (memory.events).
std::uint64_t read_keyed_value(const std::string& path, const std::string& key);

}  // namespace sandbox::detail
