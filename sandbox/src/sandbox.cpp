#include "sandbox/sandbox.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <linux/sched.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <memory>
#include <optional>
#include <set>
#include <stdexcept>

#include "cgroup.hpp"
#include "child.hpp"
#include "classify.hpp"
#include "clone.hpp"
#include "host_work_dir.hpp"
#include "mounts.hpp"
#include "proc.hpp"
#include "rlimits.hpp"
#include "seccomp.hpp"
#include "supervise.hpp"

namespace sandbox {
namespace {

using namespace detail;

// The program's uid and gid as seen inside its user namespace.
constexpr unsigned kSandboxId = 1000;

std::vector<std::string> validate(const Spec& spec) {
  std::vector<std::string> errors = spec.limits.validate();
  for (auto& error : spec.policy.validate()) errors.push_back(std::move(error));
  if (spec.argv.empty()) errors.emplace_back("argv must name the program");
  std::set<int> taken{0, 1, 2};
  if (spec.release_fd >= 0) {
    if (spec.release_fd < 3 || spec.release_fd > kMaxSandboxFd) {
      errors.push_back("release fd must be 3.." + std::to_string(kMaxSandboxFd));
    }
    taken.insert(spec.release_fd);
  }
  for (const auto& mapping : spec.extra_fds) {
    if (mapping.sandbox_fd < 3 || mapping.sandbox_fd > kMaxSandboxFd) {
      errors.push_back("extra fd numbers must be 3.." + std::to_string(kMaxSandboxFd));
    } else if (!taken.insert(mapping.sandbox_fd).second) {
      errors.push_back("extra fd " + std::to_string(mapping.sandbox_fd) + " is mapped twice");
    }
    if (mapping.sandbox_fd >= static_cast<int>(spec.limits.open_files)) {
      errors.push_back("extra fd " + std::to_string(mapping.sandbox_fd) + " is not below open_files");
    }
    if (::fcntl(mapping.host_fd, F_GETFD) < 0) errors.push_back("extra fd source is not open");
  }
  return errors;
}

std::string join(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : "; ") + part;
  return text;
}

// NUL-terminated pointer arrays over strings that outlive the child's exec.
class CStrings {
 public:
  explicit CStrings(const std::vector<std::string>& strings) {
    for (const auto& s : strings) pointers_.push_back(const_cast<char*>(s.c_str()));
    pointers_.push_back(nullptr);
  }
  char* const* get() const { return pointers_.data(); }

 private:
  std::vector<char*> pointers_;
};

void write_proc_file(pid_t pid, const char* name, const std::string& content) {
  // The child may not yet have made itself dumpable (child.cpp, step 0):
  // until it has, its /proc files are root's and refuse us for a moment.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(1);
  for (;;) {
    try {
      write_cgroup_file("/proc/" + std::to_string(pid) + "/" + name, content);
      return;
    } catch (const std::runtime_error& error) {
      const bool refused = std::string_view(error.what()).find(std::generic_category().message(EACCES)) !=
                           std::string_view::npos;
      if (!refused || std::chrono::steady_clock::now() > give_up) throw;
      ::usleep(50);
    }
  }
}

void map_ids(pid_t pid, const Capabilities& caps) {
  // Only a privileged writer may keep setgroups() allowed; we want it, to
  // drop root's supplementary groups inside.
  if (!caps.is_root) write_proc_file(pid, "setgroups", "deny");
  write_proc_file(pid, "uid_map", std::to_string(kSandboxId) + " " + std::to_string(caps.host_uid) + " 1\n");
  write_proc_file(pid, "gid_map", std::to_string(kSandboxId) + " " + std::to_string(caps.host_gid) + " 1\n");
}

void set_protection(std::vector<Protection>& list, const std::string& name, bool active, const std::string& detail) {
  for (auto& protection : list) {
    if (protection.name == name) {
      protection.active = active;
      protection.detail = detail;
    }
  }
}

// The init's child, once it has forked it; 0 if the init ended first.
// The fork comes within a millisecond of the go signal; a second is a hang.
pid_t wait_for_program(pid_t init, int init_pidfd) {
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(1);
  while (std::chrono::steady_clock::now() < give_up) {
    if (const pid_t program = first_child(init); program > 0) return program;
    pollfd ended{init_pidfd, POLLIN, 0};
    if (::poll(&ended, 1, 0) == 1) return 0;
    ::usleep(50);
  }
  throw std::runtime_error("the namespace's init did not start the program");
}

struct NamespacesRefused {
  int error;
};

// Marks what a run without namespaces lacks, and why.
void describe_minimal(std::vector<Protection>& list, const Spec& spec, const Capabilities& caps) {
  const std::string why = !spec.use_namespaces ? "namespaces disabled for this run"
                          : caps.namespace_reason.empty() ? "no namespaces on this machine"
                                                          : caps.namespace_reason;
  for (const char* name : {"user-namespace", "pid-namespace", "network-namespace", "ipc-namespace", "uts-namespace"}) {
    set_protection(list, name, false, why);
  }
  set_protection(list, "mount-namespace", false,
                 why + ": the program sees the host's files as uid " + std::to_string(caps.host_uid) +
                     "; its work dir is a host temp dir");
  set_protection(list, "non-root-uid", caps.host_uid != 0,
                 caps.is_root ? "uid " + std::to_string(caps.host_uid) + ", no capabilities"
                              : "uid " + std::to_string(caps.host_uid) + ", the judge's own: it can reach the judge's files");
}

// The part of run() that may throw; run() turns exceptions into internal_error.
void launch(const Spec& spec, const Capabilities& caps, Result& result) {
  const bool isolated = caps.other_namespaces && spec.use_namespaces;
  std::vector<SyscallRule> rules = spec.policy.syscall_rules;
  if (!isolated) {
    for (auto& rule : Policy::rules_without_pid_namespace()) rules.push_back(std::move(rule));
    // The program shares our uid when we are not root: keep it out of our
    // /proc/<pid>/mem and friends.
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    describe_minimal(result.protections, spec, caps);
  }
  const CompiledFilter filter = compile_filter(rules);
  const bool mapped = isolated && caps.user_namespace;
  const unsigned inside_uid = mapped ? kSandboxId : caps.host_uid;
  const unsigned inside_gid = mapped ? kSandboxId : caps.host_gid;
  std::optional<MountPlan> mounts;
  std::optional<HostWorkDir> host_dir;
  std::vector<std::string> argv = spec.argv;
  if (isolated) {
    mounts = plan_mounts(spec.policy, spec.limits, inside_uid, inside_gid);
  } else {
    host_dir.emplace(spec.policy, caps.host_uid, caps.host_gid);
    for (auto& arg : argv) arg = host_dir->translate(arg);
  }

  // The namespace's init (init.hpp) is one more task besides the program's.
  const bool under_init = isolated && (caps.namespace_flags & CLONE_NEWPID) != 0;
  Limits enforced = spec.limits;
  if (under_init) ++enforced.max_tasks;

  std::unique_ptr<Cgroup> cgroup;
  if (caps.cgroup != CgroupVersion::none) {
    try {
      cgroup = std::make_unique<Cgroup>(caps, enforced);
    } catch (const std::exception& error) {
      set_protection(result.protections, "cgroup-memory", false, std::string("RLIMIT_AS only: ") + error.what());
      set_protection(result.protections, "cgroup-pids", false, std::string("RLIMIT_NPROC only: ") + error.what());
    }
  }
  // Withdrawn before the cgroup goes (declared after it, destroyed first).
  struct Withdraw {
    RunningView* view;
    ~Withdraw() {
      if (view != nullptr) view->withdraw();
    }
  } const withdraw{cgroup && spec.running ? spec.running.get() : nullptr};
  if (withdraw.view != nullptr) {
    const Cgroup* published = cgroup.get();
    withdraw.view->publish([published] { return published->peak_memory_bytes(); },
                           cgroup->version() == CgroupVersion::v2 ? MemorySource::cgroup_v2 : MemorySource::cgroup_v1,
                           result.protections);
  }
  if (cgroup == nullptr && spec.required == IsolationLevel::strict) {
    result.status = Status::setup_error;
    result.message = "strict isolation required but the run's cgroup could not be created";
    return;
  }

  Pipe go = make_pipe();
  Pipe failure = make_pipe();
  Pipe out = make_pipe();
  Pipe err = make_pipe();
  UniqueFd null_input;
  int stdin_fd = spec.stdin_fd;
  if (stdin_fd < 0) {
    null_input.reset(::open("/dev/null", O_RDONLY | O_CLOEXEC));
    stdin_fd = null_input.get();
  }

  ChildPlan plan;
  plan.go_fd = go.read.get();
  plan.failure_fd = failure.write.get();
  plan.own_user_namespace = mapped;
  plan.fds = {{stdin_fd, 0}, {out.write.get(), 1}, {err.write.get(), 2}};
  for (const auto& mapping : spec.extra_fds) plan.fds.push_back({mapping.host_fd, mapping.sandbox_fd});
  std::optional<Pipe> release;
  if (spec.release_fd >= 0) {
    release = make_pipe();
    plan.fds.push_back({release->read.get(), spec.release_fd});
  }
  plan.hostname = isolated ? "sandbox" : nullptr;
  plan.mounts = mounts ? &*mounts : nullptr;
  plan.work_dir = host_dir ? host_dir->work_dir().c_str() : nullptr;
  plan.pid_namespace = under_init;
  plan.executable = spec.policy.executable.c_str();
  plan.rlimits = plan_rlimits(enforced, cgroup == nullptr);
  plan.credentials.change_ids = mapped || caps.is_root;
  plan.credentials.drop_groups = caps.is_root;
  plan.credentials.ids_before_mounts = mapped;
  plan.credentials.uid = inside_uid;
  plan.credentials.gid = inside_gid;
  plan.credentials.last_capability = caps.last_capability;
  plan.filter = filter.fprog();
  const CStrings argv_pointers(argv);
  const CStrings envp(spec.env);
  plan.argv = argv_pointers.get();
  plan.envp = envp.get();

  const int cgroup_fd = cgroup ? cgroup->directory_fd() : -1;
  const std::uint64_t namespace_flags = isolated ? caps.namespace_flags : 0;
  const Cloned cloned = clone_process(namespace_flags, cgroup_fd);
  if (cloned.pid == 0) run_child(plan);
  if (cloned.pid < 0 && namespace_flags != 0) {
    // The inferred namespace support was wrong (a container's seccomp
    // profile, say): find out what works and let run() retry with it.
    throw NamespacesRefused{cloned.error};
  }
  if (cloned.pid < 0) {
    result.status = Status::setup_error;
    result.message = "cannot create the sandboxed process: " + std::generic_category().message(cloned.error);
    return;
  }
  UniqueFd pidfd(cloned.pidfd);
  go.read.reset();
  failure.write.reset();
  out.write.reset();
  err.write.reset();
  null_input.reset();
  if (release) release->read.reset();

  auto abandon = [&](const std::string& why) {
    // Closing the go pipe makes a still-waiting child exit.
    go.write.reset();
    ::syscall(SYS_pidfd_send_signal, pidfd.get(), SIGKILL, nullptr, 0);
    siginfo_t info{};
    ::waitid(P_PIDFD, static_cast<id_t>(pidfd.get()), &info, WEXITED);
    result.status = Status::setup_error;
    result.message = "cannot prepare the sandboxed process: " + why;
  };
  // With a release fd the program waits for us anyway, so a slow cgroup v1
  // attach can overlap the interpreter's start instead of delaying it.
  // Under an init, the parent must find the program to move it: without
  // /proc's children lists, attach before the start instead.
  const bool attach_after_start = release.has_value() && (!under_init || caps.can_list_children);
  const char byte = 1;
  try {
    if (mapped) map_ids(cloned.pid, caps);
    if (cgroup && !attach_after_start) cgroup->attach(cloned.pid);
  } catch (const std::exception& error) {
    abandon(error.what());
    return;
  }
  if (::write(go.write.get(), &byte, 1) != 1) throw std::runtime_error("cannot start the sandboxed process");
  const auto started = std::chrono::steady_clock::now();
  if (release) {
    try {
      if (cgroup && attach_after_start) {
        cgroup->attach(cloned.pid);
        // Under an init the program may have been forked before that move,
        // and a v1 move takes only the named process: move the program too.
        if (under_init) {
          if (const pid_t program = wait_for_program(cloned.pid, pidfd.get()); program > 0) cgroup->attach(program);
        }
      }
    } catch (const std::exception& error) {
      abandon(error.what());
      return;
    }
    if (::write(release->write.get(), &byte, 1) != 1) throw std::runtime_error("cannot release the sandboxed process");
  }

  CappedStream out_stream(std::move(out.read), spec.limits.output_bytes, spec.stdout_sink, &result.stdout_data);
  CappedStream err_stream(std::move(err.read), spec.limits.output_bytes, spec.stderr_sink, &result.stderr_data);
  Supervised supervised{cloned.pid,  pidfd.get(),           failure.read.get(), &out_stream, &err_stream,
                        spec.limits.cpu_time, spec.limits.wall_time, {}, started, under_init};
  if (cgroup) supervised.kill_all = [&cgroup] { cgroup->kill_all(); };
  supervised.watchdog = spec.watchdog;
  const Observation seen = supervise(supervised);

  result.wall_ms = seen.wall_ms;
  result.cpu_ms = seen.cpu_ms;
  result.stdout_bytes = out_stream.total();
  result.stderr_bytes = err_stream.total();
  if (cgroup) {
    result.peak_memory_kib = cgroup->peak_memory_bytes() / kKiB;
    result.memory_source = cgroup->version() == CgroupVersion::v2 ? MemorySource::cgroup_v2 : MemorySource::cgroup_v1;
  } else {
    result.peak_memory_kib = static_cast<std::uint64_t>(seen.usage.ru_maxrss);
    result.memory_source = MemorySource::rusage;
  }
  const std::string_view stderr_view = result.stderr_data;
  ClassifyInput input{seen, spec.limits, cgroup ? cgroup->oom_killed() : false, cgroup == nullptr,
                      stderr_view.substr(stderr_view.size() > 512 ? stderr_view.size() - 512 : 0)};
  Verdict verdict = classify(input);
  result.status = verdict.status;
  result.exit_code = verdict.exit_code;
  result.signal = verdict.signal;
  result.message = std::move(verdict.message);
}

Result run_with(const Spec& spec, const Capabilities& caps);

}  // namespace

Result run(const Spec& spec) {
  const auto caps = capabilities();
  try {
    return run_with(spec, *caps);
  } catch (const NamespacesRefused&) {
    const auto verified = verify_capabilities();
    try {
      return run_with(spec, *verified);
    } catch (const NamespacesRefused& refused) {
      Result result;
      result.protections = verified->protections;
      result.status = Status::setup_error;
      result.message = "the kernel refused the namespaces it had just allowed: " +
                       std::generic_category().message(refused.error);
      return result;
    }
  }
}

namespace {

Result run_with(const Spec& spec, const Capabilities& caps) {
  Result result;
  result.protections = caps.protections;
  if (const auto errors = validate(spec); !errors.empty()) {
    result.status = Status::setup_error;
    result.message = "invalid sandbox spec: " + join(errors);
    return result;
  }
  const IsolationLevel offered = spec.use_namespaces ? caps.level() : IsolationLevel::minimal;
  if (offered < spec.required) {
    result.status = Status::setup_error;
    result.message = "isolation '" + std::string(to_string(spec.required)) + "' required, this run offers '" +
                     std::string(to_string(offered)) + "' (run `judge doctor`)";
    return result;
  }
  try {
    launch(spec, caps, result);
  } catch (const std::exception& error) {
    result.status = Status::internal_error;
    result.message = error.what();
  }
  return result;
}

}  // namespace
}  // namespace sandbox
