#include "sandbox/result.hpp"

#include <array>
#include <utility>

namespace sandbox {
namespace {

constexpr std::array<std::pair<Status, std::string_view>, 11> kStatusNames{{
    {Status::ok, "ok"},
    {Status::exited_nonzero, "exited-nonzero"},
    {Status::signalled, "signalled"},
    {Status::cpu_time_limit, "cpu-time-limit"},
    {Status::wall_time_limit, "wall-time-limit"},
    {Status::memory_limit, "memory-limit"},
    {Status::output_limit, "output-limit"},
    {Status::syscall_violation, "syscall-violation"},
    {Status::stopped, "stopped"},
    {Status::setup_error, "setup-error"},
    {Status::internal_error, "internal-error"},
}};

}  // namespace

std::string_view to_string(Status status) {
  for (const auto& [value, name] : kStatusNames) {
    if (value == status) return name;
  }
  return "unknown";
}

std::optional<Status> status_from_string(std::string_view text) {
  for (const auto& [value, name] : kStatusNames) {
    if (name == text) return value;
  }
  return std::nullopt;
}

bool is_program_outcome(Status status) {
  return status != Status::setup_error && status != Status::internal_error;
}

std::string_view to_string(MemorySource source) {
  switch (source) {
    case MemorySource::cgroup_v2: return "cgroup-v2 memory.peak";
    case MemorySource::cgroup_v1: return "cgroup-v1 memory.max_usage_in_bytes";
    case MemorySource::rusage: return "rusage ru_maxrss";
  }
  return "unknown";
}

}  // namespace sandbox
