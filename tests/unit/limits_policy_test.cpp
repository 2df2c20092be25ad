#include <catch2/catch.hpp>

#include <algorithm>

#include "sandbox/limits.hpp"
#include "sandbox/policy.hpp"

namespace {

bool mentions(const std::vector<std::string>& errors, const std::string& word) {
  return std::any_of(errors.begin(), errors.end(), [&](const auto& e) { return e.find(word) != std::string::npos; });
}

}  // namespace

TEST_CASE("default limits are valid and safe", "[limits]") {
  const sandbox::Limits limits;
  CHECK(limits.validate().empty());
  CHECK(limits.cpu_time.count() <= 10000);
  CHECK(limits.memory_bytes <= 1024 * sandbox::kMiB);
  CHECK(limits.max_tasks <= 64);
  CHECK(limits.open_files <= 512);
}

TEST_CASE("invalid limits are named", "[limits]") {
  sandbox::Limits limits;
  limits.cpu_time = std::chrono::milliseconds(0);
  limits.memory_bytes = sandbox::kMiB;
  limits.stack_bytes = 512 * sandbox::kKiB;
  limits.open_files = 2000;
  const auto errors = limits.validate();
  CHECK(errors.size() == 3);
  CHECK(mentions(errors, "cpu_time"));
  CHECK(mentions(errors, "memory_bytes"));
  CHECK(mentions(errors, "open_files"));
}

TEST_CASE("the Python policy shows the interpreter, its stdlib and libraries", "[policy]") {
  const auto policy = sandbox::Policy::for_python("/usr/bin/python3");
  CHECK(policy.validate().empty());
  CHECK(policy.executable.rfind("/usr/bin/python3", 0) == 0);
  const auto& paths = policy.read_only_paths;
  CHECK(std::find(paths.begin(), paths.end(), policy.executable) != paths.end());
  CHECK(std::any_of(paths.begin(), paths.end(), [](const auto& p) { return p.rfind("/usr/lib/python3", 0) == 0; }));
  // Nothing of the host's home, config or the judge itself.
  for (const auto& path : paths) {
    CHECK(path.rfind("/home", 0) != 0);
    CHECK(path.rfind("/root", 0) != 0);
    CHECK(path.rfind("/etc", 0) != 0);
    CHECK(path != "/usr/bin");
  }
}

TEST_CASE("the Python policy denies process creation and exec", "[policy]") {
  const auto policy = sandbox::Policy::for_python("/usr/bin/python3");
  auto denies = [&](const std::string& name) {
    return std::any_of(policy.syscall_rules.begin(), policy.syscall_rules.end(),
                       [&](const auto& rule) { return rule.syscall == name; });
  };
  for (const char* name : {"fork", "vfork", "clone", "clone3", "execve", "execveat", "ptrace", "mount", "bpf",
                           "io_uring_setup", "unshare", "setns", "keyctl", "socket"}) {
    INFO(name);
    CHECK(denies(name));
  }
}

TEST_CASE("a malformed policy is refused with the path", "[policy]") {
  auto policy = sandbox::Policy::for_python("/usr/bin/python3");
  policy.read_only_paths.push_back("relative/path");
  policy.read_only_paths.push_back("/usr/../etc");
  policy.files.push_back({"/tmp/inside-work-dir.py", "x", false});
  const auto errors = policy.validate();
  CHECK(mentions(errors, "relative/path"));
  CHECK(mentions(errors, "/usr/../etc"));
  CHECK(mentions(errors, "/tmp/inside-work-dir.py"));
  auto rooted = sandbox::Policy::for_python("/usr/bin/python3");
  rooted.work_dir = "/";
  CHECK(mentions(rooted.validate(), "work_dir"));
}
