#include "sandbox/policy.hpp"

#include <fcntl.h>
#include <linux/sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include <filesystem>
#include <system_error>

#include "exec_guard.hpp"

namespace sandbox {
namespace {

namespace fs = std::filesystem;

bool path_exists(const fs::path& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

bool path_is_symlink(const fs::path& path) {
  std::error_code ec;
  return fs::is_symlink(path, ec);
}

void add_kill(std::vector<SyscallRule>& rules, std::initializer_list<const char*> names,
              const char* why) {
  for (const char* name : names) rules.push_back({name, SyscallAction::kill_process, ArgTest::always, 0, 0, why});
}

// The deny list. Default is allow: CPython and its stdlib use a broad and
// version-dependent set of syscalls, so an allow list would break learners'
// programs on every Python upgrade. The namespaces, the read-only view and
// the dropped credentials already bound what the allowed calls can reach;
// these rules close what remains: process creation, exec, kernel attack
// surface, and escapes from the namespaces.
std::vector<SyscallRule> python_rules() {
  std::vector<SyscallRule> rules;
  add_kill(rules, {"fork", "vfork"}, "no new processes: a fork bomb must end at the first fork");
  // Threads are clone() with CLONE_THREAD; anything else makes a process.
  rules.push_back({"clone", SyscallAction::kill_process, ArgTest::masked_zero, 0, CLONE_THREAD,
                   "clone without CLONE_THREAD creates a process"});
  // clone3 passes its flags in memory that seccomp cannot read; ENOSYS makes
  // glibc fall back to clone(), where the flags are checked.
  rules.push_back({"clone3", SyscallAction::errno_enosys, ArgTest::always, 0, 0,
                   "flags hidden in memory; glibc falls back to clone()"});
  // Exec exactly once: the sandbox execs the interpreter through a
  // close-on-exec fd numbered above RLIMIT_NOFILE, which the program can
  // neither keep nor recreate (see exec_guard.hpp).
  add_kill(rules, {"execve"}, "no exec: the interpreter is started through execveat on a guarded fd");
  rules.push_back({"execveat", SyscallAction::kill_process, ArgTest::not_equal, 0,
                   static_cast<std::uint64_t>(detail::kExecFd), "exec only through the guarded fd"});
  rules.push_back({"execveat", SyscallAction::kill_process, ArgTest::not_equal, 4,
                   static_cast<std::uint64_t>(AT_EMPTY_PATH), "exec only through the guarded fd"});
  add_kill(rules, {"ptrace", "process_vm_readv", "process_vm_writev", "kcmp"},
           "no inspection of other processes");
  add_kill(rules,
           {"mount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree", "fsopen",
            "fsconfig", "fsmount", "fspick", "mount_setattr"},
           "the filesystem view is fixed");
  add_kill(rules, {"unshare", "setns"}, "no new or foreign namespaces");
  add_kill(rules, {"keyctl", "add_key", "request_key"}, "the kernel keyring is not namespaced");
  add_kill(rules, {"bpf", "perf_event_open", "userfaultfd"}, "large kernel attack surface");
  add_kill(rules, {"io_uring_setup", "io_uring_enter", "io_uring_register"},
           "io_uring bypasses seccomp for the operations it performs");
  add_kill(rules,
           {"init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load",
            "reboot", "swapon", "swapoff", "acct", "quotactl", "syslog", "iopl", "ioperm",
            "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "sethostname",
            "setdomainname", "vhangup", "lookup_dcookie"},
           "system administration");
  add_kill(rules, {"open_by_handle_at", "name_to_handle_at"},
           "file handles bypass the mount view (the 'shocker' escape)");
  for (const char* name : {"pidfd_open", "pidfd_getfd", "pidfd_send_signal"}) {
    rules.push_back({name, SyscallAction::errno_eperm, ArgTest::always, 0, 0, "no handles on other processes"});
  }
  rules.push_back({"personality", SyscallAction::errno_eperm, ArgTest::not_equal, 0, 0xffffffffULL,
                   "only querying the personality is allowed"});
  // A terminal passed as stdin must not be used to type into the user's shell.
  rules.push_back({"ioctl", SyscallAction::errno_eperm, ArgTest::equal, 1, TIOCSTI, "no input injection"});
  rules.push_back({"ioctl", SyscallAction::errno_eperm, ArgTest::equal, 1, TIOCLINUX, "no console control"});
  // Network sockets fail cleanly (Python raises PermissionError); the
  // network namespace has no interface anyway.
  rules.push_back({"socket", SyscallAction::errno_eacces, ArgTest::not_equal, 0, AF_UNIX,
                   "no network: only AF_UNIX sockets"});
  return rules;
}

// The multiarch library dirs CPython's shared libraries live in.
std::vector<std::string> library_dirs() {
  std::vector<std::string> dirs;
  for (const char* dir : {"/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64"}) {
    if (path_exists(dir) && !path_is_symlink(dir)) dirs.emplace_back(dir);
  }
  for (const char* dir : {"/lib64", "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu"}) {
    if (path_exists(dir) && !path_is_symlink(dir) && !path_is_symlink("/lib")) dirs.emplace_back(dir);
  }
  return dirs;
}

}  // namespace

std::vector<SyscallRule> Policy::rules_without_pid_namespace() {
  // kill(0, sig) reaches only our own process group (the child calls
  // setsid); any other target could be the judge or another of its runs.
  std::vector<SyscallRule> rules;
  rules.push_back({"kill", SyscallAction::errno_eperm, ArgTest::not_equal, 0, 0,
                   "without a PID namespace, other processes are reachable"});
  for (const char* name : {"tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo"}) {
    rules.push_back({name, SyscallAction::errno_eperm, ArgTest::always, 0, 0,
                     "without a PID namespace, other processes are reachable"});
  }
  return rules;
}

Policy Policy::for_python(const std::string& interpreter) {
  Policy policy;
  std::error_code ec;
  const fs::path real = fs::canonical(interpreter, ec);
  const fs::path executable = ec ? fs::path(interpreter) : real;
  policy.executable = executable.string();
  policy.read_only_paths.push_back(policy.executable);
  // CPython finds its prefix from the executable: <prefix>/lib/pythonX.Y.
  const fs::path stdlib = executable.parent_path().parent_path() / "lib" / executable.filename();
  if (path_exists(stdlib)) policy.read_only_paths.push_back(stdlib.string());
  for (auto& dir : library_dirs()) policy.read_only_paths.push_back(std::move(dir));
  // Merged-/usr systems reach the dynamic loader through these links.
  for (const char* link : {"/lib", "/lib64", "/bin"}) {
    if (path_is_symlink(link)) {
      policy.symlinks.emplace_back(link, fs::read_symlink(link, ec).string());
    }
  }
  policy.syscall_rules = python_rules();
  return policy;
}

std::vector<std::string> Policy::validate() const {
  std::vector<std::string> errors;
  auto absolute = [](const std::string& path) { return !path.empty() && path.front() == '/'; };
  auto has_dotdot = [](const std::string& path) {
    for (const auto& part : fs::path(path)) {
      if (part == "..") return true;
    }
    return false;
  };
  if (!absolute(executable)) errors.push_back("executable must be an absolute path");
  bool executable_visible = false;
  for (const auto& path : read_only_paths) {
    if (!absolute(path) || has_dotdot(path)) errors.push_back("read-only path must be absolute without '..': " + path);
    if (!path_exists(path)) errors.push_back("read-only path does not exist: " + path);
    if (executable.rfind(path, 0) == 0) executable_visible = true;
  }
  if (!executable_visible) errors.push_back("executable is not inside any read-only path: " + executable);
  for (const auto& device : devices) {
    if (device.rfind("/dev/", 0) != 0 || has_dotdot(device)) errors.push_back("device must be under /dev: " + device);
  }
  for (const auto& file : files) {
    if (!absolute(file.sandbox_path) || has_dotdot(file.sandbox_path)) {
      errors.push_back("injected file path must be absolute without '..': " + file.sandbox_path);
    }
    if (file.sandbox_path.rfind(work_dir + "/", 0) == 0) {
      errors.push_back("injected files live outside the work dir (it is mounted over them): " + file.sandbox_path);
    }
  }
  if (!absolute(work_dir) || work_dir == "/" || has_dotdot(work_dir)) {
    errors.push_back("work_dir must be an absolute path other than /");
  }
  for (const auto& [link, target] : symlinks) {
    if (!absolute(link) || has_dotdot(link)) errors.push_back("symlink path must be absolute: " + link);
  }
  return errors;
}

}  // namespace sandbox
