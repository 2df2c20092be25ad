// What this machine lets the sandbox use, probed once per process.
//
// Every protection has a name, whether it is available, and a reason. The
// sandbox uses the best combination available and never degrades silently:
// the same list goes into every Result and `judge doctor` prints it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sandbox/result.hpp"

namespace sandbox {

enum class IsolationLevel {
  minimal,   // rlimits, seccomp, no_new_privs: all any Linux user can get
  standard,  // + pid/net/mount/ipc/uts namespaces and a private filesystem view
  strict,    // + cgroup-enforced memory and task limits
};
std::string_view to_string(IsolationLevel level);
std::optional<IsolationLevel> isolation_level_from_string(std::string_view text);

enum class CgroupVersion { none, v1, v2 };

struct Capabilities {
  bool is_root = false;
  bool user_namespace = false;    // the sandbox gets a user namespace of its own
  bool other_namespaces = false;  // pid/net/mount/ipc/uts/cgroup namespaces
  std::uint64_t namespace_flags = 0;  // what clone() is asked for
  std::string namespace_reason;       // why namespaces are missing, if they are
  bool seccomp = false;
  std::string seccomp_reason;
  // The ids the program runs as, seen from the host.
  unsigned host_uid = 0;
  unsigned host_gid = 0;
  int last_capability = 40;
  // /proc/<pid>/task/<tid>/children (CONFIG_PROC_CHILDREN): lets the parent
  // find the program under the namespace's init.
  bool can_list_children = false;
  CgroupVersion cgroup = CgroupVersion::none;
  std::string cgroup_memory_parent;  // where per-run cgroups are created
  std::string cgroup_pids_parent;    // same as memory for v2
  std::string cgroup_reason;         // why no cgroup, or which one
  std::vector<Protection> protections;  // what a run gets, with reasons

  [[nodiscard]] IsolationLevel level() const;
};

// Probed on first call from a few files (no child process, so a one-shot
// `judge run` does not pay for it), then cached. Namespace support is
// inferred there and confirmed by use: when the kernel refuses the clone,
// run() re-probes by trying each combination and retries with what works.
std::shared_ptr<const Capabilities> capabilities();

// Probes namespace support for real (short-lived child processes, ~1 ms)
// and updates the cache. `judge doctor` uses it.
std::shared_ptr<const Capabilities> verify_capabilities();

}  // namespace sandbox
