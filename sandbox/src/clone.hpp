// clone3(): fork-like process creation with the features fork() lacks.
//
// Why not fork()/Boost.Process here: a process can only be *born* into a new
// PID namespace (unshare(CLONE_NEWPID) affects the caller's future children,
// not the caller), so fork()+unshare would need a second fork and an extra
// init process to relay the exit status. clone3 also gives us a pidfd
// (race-free kill and wait, no PID reuse) and CLONE_INTO_CGROUP (the program
// never runs outside its cgroup, not even for a microsecond).
#pragma once

#include <sys/types.h>

#include <cstdint>

namespace sandbox::detail {

struct Cloned {
  pid_t pid = -1;   // 0 in the child
  int pidfd = -1;   // parent only
  int error = 0;    // errno when pid == -1
};

// `cgroup_fd` >= 0 adds CLONE_INTO_CGROUP (cgroup v2).
Cloned clone_process(std::uint64_t namespace_flags, int cgroup_fd);

}  // namespace sandbox::detail
