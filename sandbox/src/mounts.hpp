// The filesystem view: a tmpfs root holding read-only binds of what the
// program needs, a private writable tmpfs work dir, and nothing else.
#pragma once

#include <string>
#include <vector>

#include "child_failure.hpp"
#include "sandbox/limits.hpp"
#include "sandbox/policy.hpp"

namespace sandbox::detail {

struct MountStep {
  enum class Kind { make_dir, bind_dir, bind_file, device, symlink, write_file };
  Kind kind;
  std::string target;  // absolute, under MountPlan::staging
  std::string source;  // host path, symlink target, or file content
  unsigned mode = 0644;
};

struct MountPlan {
  std::string staging;  // where the new root is assembled before pivot_root
  std::string root_options;
  std::string work_dir_target;  // under staging
  std::string work_dir_options;
  std::string work_dir;  // inside the final view: the cwd
  std::vector<MountStep> steps;
};

// Parent side. `uid`/`gid` are the ids that will own the work dir, as seen
// inside the sandbox.
MountPlan plan_mounts(const Policy& policy, const Limits& limits, unsigned uid, unsigned gid);

// Child side: async-signal-safe (syscalls only). Returns false and fills
// `failure` on the first failing step.
bool apply_mounts(const MountPlan& plan, ChildFailure& failure);

}  // namespace sandbox::detail
