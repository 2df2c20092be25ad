#include "rlimits.hpp"

#include <errno.h>

namespace sandbox::detail {

std::vector<RlimitSetting> plan_rlimits(const Limits& limits, bool address_space) {
  auto same = [](std::uint64_t value) { return rlimit{value, value}; };
  // RLIMIT_CPU has one-second granularity: it is the backstop. The
  // supervisor enforces the exact limit; the hard limit kills even a program
  // that ignores SIGXCPU (and a pid-namespace init ignores it anyway).
  const auto cpu_seconds = static_cast<rlim_t>((limits.cpu_time.count() + 999) / 1000);
  std::vector<RlimitSetting> settings{
      {RLIMIT_CPU, {cpu_seconds, cpu_seconds + 1}},
      {RLIMIT_STACK, same(limits.stack_bytes)},
      {RLIMIT_NPROC, same(limits.max_tasks)},
      {RLIMIT_FSIZE, same(limits.file_size_bytes)},
      {RLIMIT_NOFILE, same(limits.open_files)},
      {RLIMIT_CORE, same(0)},
      {RLIMIT_MEMLOCK, same(0)},
      {RLIMIT_MSGQUEUE, same(0)},
      {RLIMIT_RTPRIO, same(0)},
      {RLIMIT_RTTIME, same(0)},
  };
  if (address_space) settings.push_back({RLIMIT_AS, same(limits.memory_bytes)});
  return settings;
}

bool apply_rlimits(const std::vector<RlimitSetting>& settings, ChildFailure& failure) {
  for (const auto& setting : settings) {
    if (::setrlimit(static_cast<__rlimit_resource>(setting.resource), &setting.value) != 0) {
      failure = {ChildStep::rlimits, errno};
      return false;
    }
  }
  return true;
}

}  // namespace sandbox::detail
