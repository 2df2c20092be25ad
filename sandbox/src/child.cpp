#include "child.hpp"

#include <errno.h>
#include <fcntl.h>
#include <linux/close_range.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <bitset>

#include "exec_guard.hpp"
#include "init.hpp"
#include "seccomp.hpp"

namespace sandbox::detail {
namespace {

[[noreturn]] void report(int failure_fd, ChildFailure failure) {
  // A short write to a pipe of 8 bytes is atomic; nothing to retry.
  [[maybe_unused]] ssize_t ignored = ::write(failure_fd, &failure, sizeof failure);
  ::_exit(127);
}

[[noreturn]] void report_errno(int failure_fd, ChildStep step) { report(failure_fd, {step, errno}); }

// Place each fd at its number: first out of the way (a target may be some
// other move's source), then into place; every other fd is closed at exec.
void arrange_fds(const ChildPlan& plan, int failure_fd) {
  constexpr int kScratchBase = 700;
  int scratch[kMaxSandboxFd + 1];
  std::bitset<kMaxSandboxFd + 1> targets;
  std::size_t count = 0;
  for (const auto& move : plan.fds) {
    scratch[count] = ::fcntl(move.from, F_DUPFD_CLOEXEC, kScratchBase);
    if (scratch[count] < 0) report_errno(failure_fd, ChildStep::file_descriptors);
    targets.set(static_cast<std::size_t>(move.to));
    ++count;
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (::dup2(scratch[i], plan.fds[i].to) < 0) report_errno(failure_fd, ChildStep::file_descriptors);
  }
  for (int fd = 0; fd <= kMaxSandboxFd; ++fd) {
    if (!targets.test(static_cast<std::size_t>(fd)) && fd != failure_fd) ::close(fd);
  }
  if (::syscall(SYS_close_range, kMaxSandboxFd + 1, ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
    report_errno(failure_fd, ChildStep::file_descriptors);
  }
}

}  // namespace

void run_child(const ChildPlan& plan) {
  // 0. In a user namespace of our own, dumpable whatever the judge is: a
  //    judge that ran a program without namespaces made itself non-dumpable,
  //    and a non-dumpable child's /proc files belong to root, so an
  //    unprivileged parent could not write our uid map. Nothing of the host
  //    can reach us there. (Without namespaces we stay as the judge is: a
  //    program sharing our uid must not read this copy of its memory.)
  if (plan.own_user_namespace) ::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
  // Move the failure pipe above every fd the program gets, so arranging the
  // program's fds cannot clobber it.
  const int failure_fd = ::fcntl(plan.failure_fd, F_DUPFD_CLOEXEC, kMaxSandboxFd + 1);
  if (failure_fd < 0) ::_exit(127);
  const int go_fd = ::fcntl(plan.go_fd, F_DUPFD_CLOEXEC, kMaxSandboxFd + 1);
  if (go_fd < 0) report_errno(failure_fd, ChildStep::wait_for_parent);

  // 1. Wait until the parent has written our uid/gid maps and placed us in
  //    our cgroup; EOF means it gave up on us.
  char go = 0;
  ssize_t got;
  do {
    got = ::read(go_fd, &go, 1);
  } while (got < 0 && errno == EINTR);
  if (got != 1) ::_exit(127);

  // 2. File descriptors: exactly the planned ones survive exec.
  arrange_fds(plan, failure_fd);

  // 3. A session of our own (no controlling terminal to inject input into),
  //    and the judge's signal mask and ignored signals left behind: both
  //    survive exec.
  if (::setsid() < 0) report_errno(failure_fd, ChildStep::new_session);
  sigset_t none;
  ::sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  struct sigaction default_action {};
  default_action.sa_handler = SIG_DFL;
  for (int sig = 1; sig < NSIG; ++sig) ::sigaction(sig, &default_action, nullptr);

  // 4. Namespaces were created by clone(); name the UTS one.
  if (plan.hostname != nullptr && ::sethostname(plan.hostname, __builtin_strlen(plan.hostname)) != 0) {
    report_errno(failure_fd, ChildStep::hostname);
  }

  // 5. The filesystem view, built as the sandbox user where a user namespace
  //    lets us keep the capabilities for it.
  ChildFailure failure{};
  if (plan.credentials.ids_before_mounts && !enter_sandbox_ids(plan.credentials, failure)) {
    report(failure_fd, failure);
  }
  if (plan.mounts != nullptr && !apply_mounts(*plan.mounts, failure)) report(failure_fd, failure);
  if (plan.work_dir != nullptr && ::chdir(plan.work_dir) != 0) report_errno(failure_fd, ChildStep::change_dir);

  // 6. The interpreter, as the one fd that may be exec'd (exec_guard.hpp).
  const int exec_fd = ::open(plan.executable, O_RDONLY | O_CLOEXEC);
  if (exec_fd < 0) report_errno(failure_fd, ChildStep::open_executable);
  if (::dup3(exec_fd, kExecFd, O_CLOEXEC) < 0) report_errno(failure_fd, ChildStep::open_executable);
  ::close(exec_fd);

  // 7. rlimits (RLIMIT_NOFILE now puts kExecFd out of the program's reach).
  if (!apply_rlimits(plan.rlimits, failure)) report(failure_fd, failure);

  // 8. Credentials, capabilities, no_new_privs, parent-death signal.
  if (!drop_privileges(plan.credentials, failure)) report(failure_fd, failure);
  // If the parent died before PDEATHSIG was armed, nobody would enforce our
  // wall-clock limit: its end of the go pipe is closed then.
  pollfd parent{go_fd, POLLIN, 0};
  if (::poll(&parent, 1, 0) == 1 && (parent.revents & POLLHUP) != 0) ::_exit(127);

  // 9. As pid 1 of a new PID namespace we would be shielded from our own
  //    namespace's signals, so a program there could not abort() or kill
  //    itself. Stay behind as a minimal init; the program runs as pid 2.
  if (plan.pid_namespace) fork_program_under_init(failure_fd);

  // 10. Seccomp, last: from here on only the deny list decides.
  if (const int error = install_filter(plan.filter); error != 0) report(failure_fd, {ChildStep::seccomp, error});

  // 11. Exec.
  ::syscall(SYS_execveat, kExecFd, "", plan.argv, plan.envp, AT_EMPTY_PATH);
  report_errno(failure_fd, ChildStep::exec);
}

std::string_view to_string(ChildStep step) {
  switch (step) {
    case ChildStep::wait_for_parent: return "waiting for the parent";
    case ChildStep::file_descriptors: return "arranging file descriptors";
    case ChildStep::new_session: return "starting a new session";
    case ChildStep::hostname: return "setting the hostname";
    case ChildStep::mount_private: return "making mounts private";
    case ChildStep::mount_root: return "mounting the root tmpfs";
    case ChildStep::make_dir: return "creating a directory in the view";
    case ChildStep::bind_mount: return "bind-mounting a read-only path";
    case ChildStep::remount_read_only: return "remounting read-only";
    case ChildStep::symlink: return "creating a symlink in the view";
    case ChildStep::write_file: return "writing an injected file";
    case ChildStep::mount_work_dir: return "mounting the work dir";
    case ChildStep::pivot_root: return "pivoting to the new root";
    case ChildStep::change_dir: return "changing directory";
    case ChildStep::open_executable: return "opening the executable";
    case ChildStep::rlimits: return "setting rlimits";
    case ChildStep::drop_groups: return "dropping supplementary groups";
    case ChildStep::set_gid: return "setting the gid";
    case ChildStep::set_uid: return "setting the uid";
    case ChildStep::drop_capabilities: return "dropping capabilities";
    case ChildStep::no_new_privs: return "setting no_new_privs";
    case ChildStep::parent_death_signal: return "arming the parent-death signal";
    case ChildStep::start_program: return "starting the program under the namespace's init";
    case ChildStep::seccomp: return "installing the seccomp filter";
    case ChildStep::exec: return "executing the program";
    case ChildStep::program_ended: return "reporting the program's end";
  }
  return "unknown step";
}

}  // namespace sandbox::detail
