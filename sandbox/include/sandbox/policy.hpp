// What a sandboxed program may do: its syscalls and the files it sees.
//
// A Policy is data. It is built and checked in the parent; the child only
// applies the result (a compiled BPF program and a prepared mount plan), so
// nothing in the child allocates or can fail halfway through a decision.
//
// Usage:
//   auto policy = sandbox::Policy::for_python("/usr/bin/python3.11");
//   policy.read_only_paths.push_back("/usr/share/zoneinfo");
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sandbox {

enum class SyscallAction {
  kill_process,  // status syscall-violation
  errno_eperm,   // the call fails with EPERM, the program carries on
  errno_eacces,
  errno_enosys,  // fails with ENOSYS, so glibc falls back from clone3 to clone
};

enum class ArgTest {
  always,       // the rule applies to every call
  equal,        // arg == value
  not_equal,    // arg != value
  masked_zero,  // (arg & mask) == 0
};

// One rule of the deny list. Several rules may name the same syscall; the
// call is caught when any of them applies.
struct SyscallRule {
  std::string syscall;
  SyscallAction action = SyscallAction::kill_process;
  ArgTest test = ArgTest::always;
  unsigned arg_index = 0;
  std::uint64_t value = 0;  // the value, or the mask for masked_zero
  std::string why;          // shown by `judge doctor --policy`
};

// A file the judge places into the sandbox before the program starts.
struct InjectedFile {
  std::string sandbox_path;  // absolute, inside the sandbox, e.g. /box/main.py
  std::string content;
  bool executable = false;
};

struct Policy {
  // The program to exec; must be inside one of read_only_paths.
  std::string executable;
  // Host paths made visible, read-only, at the same place in the sandbox.
  std::vector<std::string> read_only_paths;
  // Host devices made visible (bind mounted, read-only on the mount).
  std::vector<std::string> devices{"/dev/null", "/dev/zero", "/dev/urandom", "/dev/random"};
  // Symlinks inside the sandbox (link path -> target), e.g. /lib -> usr/lib.
  std::vector<std::pair<std::string, std::string>> symlinks;
  std::vector<InjectedFile> files;
  // The writable tmpfs (size from Limits::work_dir_bytes); also the cwd.
  std::string work_dir = "/tmp";
  // Default action for syscalls no rule names is "allow": this is a deny
  // list tuned for CPython, see Policy::for_python for the reasoning.
  std::vector<SyscallRule> syscall_rules;

  // The policy the judge uses for CPython: the interpreter, its stdlib and
  // shared libraries, and a deny list of the dangerous syscalls.
  static Policy for_python(const std::string& interpreter);

  // Added by the sandbox when the program shares the host's PID namespace
  // (no namespaces on this machine): it must not signal anyone but itself.
  static std::vector<SyscallRule> rules_without_pid_namespace();

  // Empty when usable; otherwise one message per problem.
  [[nodiscard]] std::vector<std::string> validate() const;
};

}  // namespace sandbox
