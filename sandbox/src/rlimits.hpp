// rlimits: the limits the kernel enforces per process, whatever else the
// machine offers (no cgroup, no namespaces).
#pragma once

#include <sys/resource.h>

#include <vector>

#include "child_failure.hpp"
#include "sandbox/limits.hpp"

namespace sandbox::detail {

struct RlimitSetting {
  int resource;
  rlimit value;
};

// Parent side. `address_space` adds RLIMIT_AS (the memory limit of last
// resort when no memory cgroup is available).
std::vector<RlimitSetting> plan_rlimits(const Limits& limits, bool address_space);

// Child side, async-signal-safe.
bool apply_rlimits(const std::vector<RlimitSetting>& settings, ChildFailure& failure);

}  // namespace sandbox::detail
