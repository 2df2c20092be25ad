// The child's checklist, from clone() to exec. Everything it needs is
// prepared by the parent; it only makes syscalls (no allocation, no locks,
// no logging), and reports the first failing step through a pipe.
#pragma once

#include <linux/filter.h>

#include <vector>

#include "credentials.hpp"
#include "mounts.hpp"
#include "rlimits.hpp"

namespace sandbox::detail {

struct FdMove {
  int from;
  int to;
};

inline constexpr int kMaxSandboxFd = 63;

struct ChildPlan {
  int go_fd = -1;       // read end: one byte means "maps written, go on"; EOF means abort
  int failure_fd = -1;  // write end of the close-on-exec failure pipe
  std::vector<FdMove> fds;
  const char* hostname = nullptr;  // set when in a new UTS namespace
  const MountPlan* mounts = nullptr;  // set when in a new mount namespace
  const char* work_dir = nullptr;     // set otherwise: a host dir to chdir to
  bool pid_namespace = false;         // we are pid 1: stay as init, run the program as pid 2
  bool own_user_namespace = false;    // the parent writes our uid/gid maps (see run_child, step 0)
  const char* executable = nullptr;
  std::vector<RlimitSetting> rlimits;
  CredentialPlan credentials;
  sock_fprog filter{};
  char* const* argv = nullptr;
  char* const* envp = nullptr;
};

[[noreturn]] void run_child(const ChildPlan& plan);

}  // namespace sandbox::detail
