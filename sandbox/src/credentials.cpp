#include "credentials.hpp"

#include <errno.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/securebits.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sandbox::detail {
namespace {

bool fail(ChildFailure& failure, ChildStep step) {
  failure = {step, errno};
  return false;
}

bool set_ids(const CredentialPlan& plan, ChildFailure& failure) {
  // Raw syscalls: glibc's wrappers broadcast the change to every thread of
  // the process (setxid), taking a lock another thread of the judge may have
  // held at clone time: the child would wait on it forever. The child has
  // one thread, so the raw call is the whole change.
  if (plan.drop_groups && ::syscall(SYS_setgroups, 0, nullptr) != 0) return fail(failure, ChildStep::drop_groups);
  if (!plan.change_ids) return true;
  if (::syscall(SYS_setresgid, plan.gid, plan.gid, plan.gid) != 0) return fail(failure, ChildStep::set_gid);
  if (::syscall(SYS_setresuid, plan.uid, plan.uid, plan.uid) != 0) return fail(failure, ChildStep::set_uid);
  return true;
}

}  // namespace

bool enter_sandbox_ids(const CredentialPlan& plan, ChildFailure& failure) {
  // Keep the user namespace's capabilities across the uid change: the
  // mounts still need them. drop_privileges() clears them all.
  if (plan.change_ids && ::prctl(PR_SET_SECUREBITS, SECBIT_NO_SETUID_FIXUP, 0, 0, 0) != 0) {
    return fail(failure, ChildStep::set_uid);
  }
  return set_ids(plan, failure);
}

bool drop_privileges(const CredentialPlan& plan, ChildFailure& failure) {
  // The bounding set can only shrink while we still hold CAP_SETPCAP.
  if (plan.change_ids) {
    for (int cap = 0; cap <= plan.last_capability; ++cap) {
      if (::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno != EINVAL) {
        return fail(failure, ChildStep::drop_capabilities);
      }
    }
  }
  if (!plan.ids_before_mounts && !set_ids(plan, failure)) return false;
  if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0 && errno != EINVAL) {
    return fail(failure, ChildStep::drop_capabilities);
  }
  __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct data[2] = {};
  if (::syscall(SYS_capset, &header, data) != 0) return fail(failure, ChildStep::drop_capabilities);
  if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return fail(failure, ChildStep::no_new_privs);
  // Armed after the last uid change, which would disarm it.
  if (::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) return fail(failure, ChildStep::parent_death_signal);
  return true;
}

}  // namespace sandbox::detail
