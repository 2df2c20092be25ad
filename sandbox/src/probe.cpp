#include "sandbox/probe.hpp"

#include <errno.h>
#include <linux/sched.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

#include "cgroup.hpp"
#include "clone.hpp"

namespace sandbox {
namespace {

using detail::read_number;
using detail::read_small_file;

constexpr std::uint64_t kNamespaces = CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWNS | CLONE_NEWIPC |
                                      CLONE_NEWUTS | CLONE_NEWCGROUP;

std::string errno_text(int error) { return std::generic_category().message(error); }

// Returns 0 when a child can be created with these flags, else the errno.
int try_clone(std::uint64_t flags) {
  const auto cloned = detail::clone_process(flags, -1);
  if (cloned.pid == 0) ::_exit(0);
  if (cloned.pid < 0) return cloned.error;
  siginfo_t info{};
  ::waitid(P_PIDFD, static_cast<id_t>(cloned.pidfd), &info, WEXITED);
  ::close(cloned.pidfd);
  return 0;
}

bool contains_word(const std::string& text, const std::string& word) {
  std::istringstream words(text);
  std::string each;
  while (words >> each) {
    if (each == word) return true;
  }
  return false;
}

bool is_dir(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// Our own cgroup path in a hierarchy: "/user.slice/x" from "N:ctrl:/path".
std::string own_cgroup(const std::string& controller) {
  std::ifstream file("/proc/self/cgroup");
  std::string line;
  while (std::getline(file, line)) {
    const auto first = line.find(':');
    const auto second = line.find(':', first + 1);
    if (first == std::string::npos || second == std::string::npos) continue;
    const std::string controllers = line.substr(first + 1, second - first - 1);
    std::istringstream list(controllers);
    std::string each;
    while (std::getline(list, each, ',')) {
      if (each == controller) return line.substr(second + 1);
    }
    if (controller.empty() && controllers.empty()) return line.substr(second + 1);
  }
  return {};
}

std::string cgroup2_mount() {
  std::ifstream mounts("/proc/self/mounts");
  std::string device, dir, type, rest;
  while (mounts >> device >> dir >> type && std::getline(mounts, rest)) {
    if (type == "cgroup2") return dir;
  }
  return {};
}

bool enable_v2_controllers(const std::string& dir, std::string& why) {
  try {
    detail::write_cgroup_file(dir + "/cgroup.subtree_control", "+memory +pids");
    return true;
  } catch (const std::exception& error) {
    why = error.what();
    return false;
  }
}

void probe_cgroup_v2(Capabilities& caps) {
  const std::string mount = cgroup2_mount();
  std::string base;
  if (const char* delegated = std::getenv("JUDGE_CGROUP_PARENT"); delegated != nullptr && *delegated) {
    base = delegated;
  } else if (caps.is_root && !mount.empty()) {
    const std::string controllers = read_small_file(mount + "/cgroup.controllers");
    if (!contains_word(controllers, "memory") || !contains_word(controllers, "pids")) {
      caps.cgroup_reason = "cgroup v2 at " + mount + " has no memory/pids controllers";
      return;
    }
    std::string why;
    if (!enable_v2_controllers(mount, why)) {
      caps.cgroup_reason = why;
      return;
    }
    base = mount + "/judge";
    ::mkdir(base.c_str(), 0755);
  } else {
    caps.cgroup_reason = mount.empty() ? "no cgroup v2 mount"
                                       : "cgroup v2 not delegated (set JUDGE_CGROUP_PARENT to a delegated cgroup)";
    return;
  }
  const std::string controllers = read_small_file(base + "/cgroup.controllers");
  if (!contains_word(controllers, "memory") || !contains_word(controllers, "pids")) {
    caps.cgroup_reason = base + " lacks the memory/pids controllers";
    return;
  }
  std::string why;
  if (!enable_v2_controllers(base, why)) {
    caps.cgroup_reason = why;
    return;
  }
  caps.cgroup = CgroupVersion::v2;
  caps.cgroup_memory_parent = caps.cgroup_pids_parent = base;
  caps.cgroup_reason = "cgroup v2 under " + base;
}

void probe_cgroup_v1(Capabilities& caps) {
  const std::string memory_root = "/sys/fs/cgroup/memory";
  const std::string pids_root = "/sys/fs/cgroup/pids";
  if (!is_dir(memory_root + "/") || !is_dir(pids_root + "/") ||
      ::access((memory_root + "/cgroup.procs").c_str(), F_OK) != 0 ||
      ::access((pids_root + "/cgroup.procs").c_str(), F_OK) != 0) {
    return;
  }
  // Nest under our own cgroup, so limits placed on the judge still hold.
  auto under = [](const std::string& root, const std::string& own) {
    return root + (own == "/" ? "" : own) + "/judge";
  };
  const std::string memory = under(memory_root, own_cgroup("memory"));
  const std::string pids = under(pids_root, own_cgroup("pids"));
  for (const auto& dir : {memory, pids}) {
    if ((::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) || ::access(dir.c_str(), W_OK) != 0) {
      caps.cgroup_reason += (caps.cgroup_reason.empty() ? "" : "; ") + std::string("cgroup v1: cannot create ") +
                            dir + ": " + errno_text(errno);
      return;
    }
  }
  caps.cgroup = CgroupVersion::v1;
  caps.cgroup_memory_parent = memory;
  caps.cgroup_pids_parent = pids;
  caps.cgroup_reason = "cgroup v1 under " + memory + " and " + pids;
}

// What the kernel's knobs say, without creating anything. Containers with a
// seccomp profile that refuses clone(CLONE_NEWUSER) look fine here; run()
// finds out at its first clone and calls verify_capabilities().
void infer_namespaces(Capabilities& caps) {
  caps.user_namespace = caps.other_namespaces = true;
  caps.namespace_flags = CLONE_NEWUSER | kNamespaces;
  std::string why;
  if (read_number("/proc/sys/user/max_user_namespaces", 1) == 0) why = "user.max_user_namespaces is 0";
  if (!caps.is_root && read_number("/proc/sys/kernel/unprivileged_userns_clone", 1) == 0) {
    why = "kernel.unprivileged_userns_clone is 0";
  }
  if (!caps.is_root && read_number("/proc/sys/kernel/apparmor_restrict_unprivileged_userns", 0) != 0) {
    why = "AppArmor restricts unprivileged user namespaces";
  }
  if (why.empty()) return;
  caps.namespace_reason = "user namespace unavailable (" + why + ")";
  caps.user_namespace = false;
  caps.namespace_flags = caps.is_root ? kNamespaces : 0;
  caps.other_namespaces = caps.is_root;
}

void probe_namespaces(Capabilities& caps) {
  caps.user_namespace = caps.other_namespaces = false;
  caps.namespace_flags = 0;
  caps.namespace_reason.clear();
  const int with_user = try_clone(CLONE_NEWUSER | kNamespaces);
  if (with_user == 0) {
    caps.user_namespace = caps.other_namespaces = true;
    caps.namespace_flags = CLONE_NEWUSER | kNamespaces;
    return;
  }
  caps.namespace_reason = "user namespace refused (" + errno_text(with_user) + ")";
  if (caps.is_root) {
    const int without_user = try_clone(kNamespaces);
    if (without_user == 0) {
      caps.other_namespaces = true;
      caps.namespace_flags = kNamespaces;
      return;
    }
    caps.namespace_reason += "; namespaces refused even to root (" + errno_text(without_user) + ")";
  }
}

void probe_seccomp(Capabilities& caps) {
  const std::string actions = read_small_file("/proc/sys/kernel/seccomp/actions_avail");
  caps.seccomp = contains_word(actions, "kill_process") && contains_word(actions, "errno");
  if (!caps.seccomp) caps.seccomp_reason = "the kernel lacks seccomp filters with kill_process";
}

Protection make(std::string name, bool active, std::string detail) {
  return Protection{std::move(name), active, std::move(detail)};
}

void describe(Capabilities& caps) {
  auto& list = caps.protections;
  const std::string ns_missing = caps.namespace_reason.empty() ? "unavailable" : caps.namespace_reason;
  list.push_back(make("user-namespace", caps.user_namespace,
                      caps.user_namespace ? "uid " + std::to_string(caps.host_uid) + " on the host, 1000 inside"
                                          : ns_missing));
  const std::array<std::pair<const char*, const char*>, 5> kinds{{
      {"pid-namespace", "the program is pid 1 of its own namespace; its death ends every task in it"},
      {"network-namespace", "no interfaces but a down loopback"},
      {"mount-namespace", "a read-only view of the interpreter, its stdlib and libraries; private tmpfs work dir"},
      {"ipc-namespace", "no shared memory or semaphores with the host"},
      {"uts-namespace", "hostname 'sandbox'"},
  }};
  for (const auto& [name, how] : kinds) list.push_back(make(name, caps.other_namespaces, caps.other_namespaces ? how : ns_missing));
  list.push_back(make("seccomp", caps.seccomp, caps.seccomp ? "deny list: no processes, no exec after the first, no network sockets, no kernel attack surface" : caps.seccomp_reason));
  list.push_back(make("no-new-privs", true, "set before exec"));
  list.push_back(make("rlimits", true, "cpu, stack, tasks, file size, open files, no core dumps"));
  const bool non_root = caps.host_uid != 0;
  list.push_back(make("non-root-uid", non_root, non_root ? "uid " + std::to_string(caps.host_uid) + " on the host, no capabilities"
                                                         : "the judge runs as root without a user namespace"));
  const bool cgroup = caps.cgroup != CgroupVersion::none;
  const std::string memory_fallback = "RLIMIT_AS only (address space, not resident memory): " + caps.cgroup_reason;
  list.push_back(make("cgroup-memory", cgroup, cgroup ? caps.cgroup_reason : memory_fallback));
  list.push_back(make("cgroup-pids", cgroup, cgroup ? caps.cgroup_reason : "RLIMIT_NPROC only: " + caps.cgroup_reason));
}

Capabilities probe(bool verify) {
  Capabilities caps;
  caps.is_root = ::geteuid() == 0;
  try {
    caps.last_capability = std::stoi(read_small_file("/proc/sys/kernel/cap_last_cap"));
  } catch (const std::exception&) {
    caps.last_capability = 40;
  }
  probe_seccomp(caps);
  caps.can_list_children =
      ::access(("/proc/self/task/" + std::to_string(::getpid()) + "/children").c_str(), R_OK) == 0;
  if (verify) {
    probe_namespaces(caps);
  } else {
    infer_namespaces(caps);
  }
  if (caps.is_root) {
    // Root maps the program to nobody; without a user namespace it setuid()s.
    caps.host_uid = 65534;
    caps.host_gid = 65534;
  } else {
    caps.host_uid = ::getuid();
    caps.host_gid = ::getgid();
  }
  probe_cgroup_v2(caps);
  if (caps.cgroup == CgroupVersion::none) probe_cgroup_v1(caps);
  if (caps.cgroup == CgroupVersion::none && caps.cgroup_reason.empty()) {
    caps.cgroup_reason = caps.is_root ? "no usable cgroup hierarchy" : "cgroups need root or a delegated cgroup v2";
  }
  describe(caps);
  return caps;
}

}  // namespace

IsolationLevel Capabilities::level() const {
  if (!other_namespaces || !seccomp) return IsolationLevel::minimal;
  return cgroup == CgroupVersion::none ? IsolationLevel::standard : IsolationLevel::strict;
}

namespace {

std::atomic<std::shared_ptr<const Capabilities>>& cache() {
  static std::atomic<std::shared_ptr<const Capabilities>> cached;
  return cached;
}

}  // namespace

std::shared_ptr<const Capabilities> capabilities() {
  auto caps = cache().load();
  if (caps) return caps;
  auto fresh = std::make_shared<const Capabilities>(probe(false));
  std::shared_ptr<const Capabilities> expected;
  return cache().compare_exchange_strong(expected, fresh) ? fresh : expected;
}

std::shared_ptr<const Capabilities> verify_capabilities() {
  auto fresh = std::make_shared<const Capabilities>(probe(true));
  cache().store(fresh);
  return fresh;
}

std::string_view to_string(IsolationLevel level) {
  switch (level) {
    case IsolationLevel::minimal: return "minimal";
    case IsolationLevel::standard: return "standard";
    case IsolationLevel::strict: return "strict";
  }
  return "unknown";
}

std::optional<IsolationLevel> isolation_level_from_string(std::string_view text) {
  for (auto level : {IsolationLevel::minimal, IsolationLevel::standard, IsolationLevel::strict}) {
    if (to_string(level) == text) return level;
  }
  return std::nullopt;
}

}  // namespace sandbox
