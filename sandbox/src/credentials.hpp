// Credentials: a non-root uid and gid, no supplementary groups, no
// capabilities in any set, no_new_privs, and death with the parent.
#pragma once

#include <sys/types.h>

#include "child_failure.hpp"

namespace sandbox::detail {

struct CredentialPlan {
  bool change_ids = false;   // false when an unprivileged judge without a user ns keeps its own
  bool drop_groups = false;  // setgroups() is denied in a user ns made by a non-root judge
  // In a user namespace the ids change before the mounts (files created in
  // the new tmpfs need a mapped owner) while keeping the namespace's
  // capabilities; without one, the change comes last and drops root.
  bool ids_before_mounts = false;
  uid_t uid = 0;
  gid_t gid = 0;
  int last_capability = 40;  // /proc/sys/kernel/cap_last_cap, read by the parent
};

// Child side, async-signal-safe. Call enter_sandbox_ids before the mounts
// when plan.ids_before_mounts, then drop_privileges after the rlimits.
bool enter_sandbox_ids(const CredentialPlan& plan, ChildFailure& failure);
bool drop_privileges(const CredentialPlan& plan, ChildFailure& failure);

}  // namespace sandbox::detail
