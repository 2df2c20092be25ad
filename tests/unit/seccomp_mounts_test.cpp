#include <catch2/catch.hpp>

#include <algorithm>

#include "mounts.hpp"
#include "seccomp.hpp"

TEST_CASE("the Python deny list compiles to a BPF program", "[seccomp]") {
  const auto policy = sandbox::Policy::for_python("/usr/bin/python3");
  const auto filter = sandbox::detail::compile_filter(policy.syscall_rules);
  CHECK(filter.program.size() > 20);
  CHECK(filter.fprog().len == filter.program.size());
}

TEST_CASE("syscalls unknown on this architecture are skipped, not fatal", "[seccomp]") {
  std::vector<sandbox::SyscallRule> rules{{"no_such_syscall", sandbox::SyscallAction::kill_process}};
  CHECK_NOTHROW(sandbox::detail::compile_filter(rules));
}

TEST_CASE("the mount plan builds parents first and binds read-only paths", "[mounts]") {
  auto policy = sandbox::Policy::for_python("/usr/bin/python3");
  policy.files.push_back({"/box/deep/main.py", "print(1)", false});
  const auto plan = sandbox::detail::plan_mounts(policy, sandbox::Limits{}, 1000, 1000);
  using Kind = sandbox::detail::MountStep::Kind;
  std::vector<std::string> made;
  for (const auto& step : plan.steps) {
    if (step.kind == Kind::make_dir) {
      made.push_back(step.target);
    } else {
      // Every step's parent dir was made before it.
      const auto parent = step.target.substr(0, step.target.rfind('/'));
      INFO(step.target);
      CHECK((parent == plan.staging || std::find(made.begin(), made.end(), parent) != made.end()));
    }
  }
  CHECK(std::count_if(plan.steps.begin(), plan.steps.end(), [](const auto& s) { return s.kind == Kind::write_file; }) == 1);
  CHECK(plan.work_dir_options.find("size=" + std::to_string(sandbox::Limits{}.work_dir_bytes)) == 0);
  // The staging dir must not hide anything bound from the host.
  for (const auto& path : policy.read_only_paths) CHECK(path.rfind(plan.staging + "/", 0) != 0);
}
