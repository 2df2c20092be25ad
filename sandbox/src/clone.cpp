#include "clone.hpp"

#include <errno.h>
#include <linux/sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sandbox::detail {

Cloned clone_process(std::uint64_t namespace_flags, int cgroup_fd) {
  int pidfd = -1;
  clone_args args{};
  args.flags = namespace_flags | CLONE_PIDFD;
  args.pidfd = reinterpret_cast<std::uint64_t>(&pidfd);
  args.exit_signal = SIGCHLD;
  if (cgroup_fd >= 0) {
    args.flags |= CLONE_INTO_CGROUP;
    args.cgroup = static_cast<std::uint64_t>(cgroup_fd);
  }
  const long pid = ::syscall(SYS_clone3, &args, sizeof args);
  if (pid < 0) return {-1, -1, errno};
  return {static_cast<pid_t>(pid), pid == 0 ? -1 : pidfd, 0};
}

}  // namespace sandbox::detail
