// What /proc tells the parent about the processes it supervises.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>

namespace sandbox::detail {

// utime + stime of a whole thread group, in milliseconds.
std::optional<std::uint64_t> cpu_ms_of(pid_t pid);

// The first child of `parent` (CONFIG_PROC_CHILDREN), or 0 when it has none.
pid_t first_child(pid_t parent);

}  // namespace sandbox::detail
