#include "init.hpp"

#include <errno.h>
#include <linux/close_range.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "child_failure.hpp"

namespace sandbox::detail {

void fork_program_under_init(int failure_fd) {
  // Raw clone: glibc's fork() would run atfork handlers we must not touch.
  const long program = ::syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
  if (program < 0) {
    ChildFailure failure{ChildStep::start_program, errno};
    [[maybe_unused]] ssize_t ignored = ::write(failure_fd, &failure, sizeof failure);
    ::_exit(127);
  }
  if (program == 0) return;

  // The init holds nothing of the program's: no stdio, no pipes, no exec fd.
  if (failure_fd > 0) ::syscall(SYS_close_range, 0U, static_cast<unsigned>(failure_fd - 1), 0U);
  ::syscall(SYS_close_range, static_cast<unsigned>(failure_fd + 1), ~0U, 0U);
  int status = 0;
  for (;;) {
    const pid_t reaped = ::waitpid(-1, &status, __WALL);
    if (reaped == program) break;
    if (reaped < 0 && errno != EINTR) ::_exit(126);
  }
  ChildFailure ended{ChildStep::program_ended, status};
  [[maybe_unused]] ssize_t ignored = ::write(failure_fd, &ended, sizeof ended);
  ::_exit(0);
}

}  // namespace sandbox::detail
