// From what the supervisor observed to one Status and a sentence saying why.
// Pure logic, unit-tested without running anything.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sandbox/limits.hpp"
#include "sandbox/result.hpp"
#include "supervise.hpp"

namespace sandbox::detail {

struct Verdict {
  Status status;
  std::optional<int> exit_code;
  std::optional<int> signal;
  std::string message;
};

struct ClassifyInput {
  const Observation& seen;
  const Limits& limits;
  bool oom_killed = false;           // the memory cgroup killed it
  bool memory_by_rlimit = false;     // no memory cgroup: RLIMIT_AS was the limit
  std::string_view stderr_tail;      // last bytes of stderr (MemoryError under RLIMIT_AS)
};

Verdict classify(const ClassifyInput& input);

}  // namespace sandbox::detail
