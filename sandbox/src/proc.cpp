#include "proc.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "sandbox/unique_fd.hpp"

namespace sandbox::detail {

namespace {

// Reads /proc/<pid>/<name> into `buffer` as a C string; false if it is gone.
template <std::size_t Size>
bool read_proc(pid_t pid, const char* name, char (&buffer)[Size]) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/%d/%s", pid, name);
  UniqueFd fd(::open(path, O_RDONLY | O_CLOEXEC));
  if (!fd.valid()) return false;
  const ssize_t got = ::read(fd.get(), buffer, Size - 1);
  if (got <= 0) return false;
  buffer[got] = '\0';
  return true;
}

// CPU time of the thread-group leader alone, in ns, from /proc/<pid>/schedstat.
std::optional<std::uint64_t> leader_cpu_ns(pid_t pid) {
  char buffer[128];
  if (!read_proc(pid, "schedstat", buffer)) return std::nullopt;
  unsigned long long on_cpu_ns = 0;
  if (std::sscanf(buffer, "%llu", &on_cpu_ns) != 1) return std::nullopt;
  return on_cpu_ns;
}

std::optional<std::uint64_t> group_cpu_ms_in_ticks(pid_t pid) {
  char buffer[1024];
  if (!read_proc(pid, "stat", buffer)) return std::nullopt;
  // The command name may contain spaces and parentheses: skip past the last ')'.
  const char* rest = std::strrchr(buffer, ')');
  if (rest == nullptr) return std::nullopt;
  unsigned long long utime = 0, stime = 0;
  // Fields after ')': state(3) ... utime(14) stime(15).
  if (std::sscanf(rest + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime) != 2) {
    return std::nullopt;
  }
  static const long ticks = ::sysconf(_SC_CLK_TCK);
  return (utime + stime) * 1000 / static_cast<unsigned long long>(ticks);
}

}  // namespace

// The whole thread group's utime + stime (/proc/<pid>/stat) counts in 10 ms
// ticks; the leader's own time (schedstat) in ns. Both are lower bounds of
// the group's CPU time: the larger is exact for a single-threaded process,
// which a caller subtracting two samples needs, and never below the ticks.
std::optional<std::uint64_t> cpu_ms_of(pid_t pid) {
  const auto ticks = group_cpu_ms_in_ticks(pid);
  if (!ticks) return std::nullopt;
  const auto leader_ns = leader_cpu_ns(pid);
  return leader_ns ? std::max(*ticks, *leader_ns / 1000000) : *ticks;
}

// The first child of `parent`, from /proc (CONFIG_PROC_CHILDREN), or 0.
pid_t first_child(pid_t parent) {
  char path[80];
  std::snprintf(path, sizeof path, "/proc/%d/task/%d/children", parent, parent);
  UniqueFd fd(::open(path, O_RDONLY | O_CLOEXEC));
  if (!fd.valid()) return 0;
  char buffer[32];
  const ssize_t got = ::read(fd.get(), buffer, sizeof buffer - 1);
  if (got <= 0) return 0;
  buffer[got] = '\0';
  return static_cast<pid_t>(std::strtol(buffer, nullptr, 10));
}

}  // namespace sandbox::detail
