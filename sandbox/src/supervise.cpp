#include "supervise.hpp"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace sandbox::detail {
namespace {

using Clock = std::chrono::steady_clock;

// How often a running program's CPU time is sampled: the precision of the
// CPU limit, at a cost of one small /proc read per tick.
constexpr std::chrono::milliseconds kCpuSamplePeriod{10};

std::uint64_t to_ms(const timeval& tv) {
  return static_cast<std::uint64_t>(tv.tv_sec) * 1000 + static_cast<std::uint64_t>(tv.tv_usec) / 1000;
}

// utime + stime of the whole thread group, from /proc/<pid>/stat.
std::optional<std::uint64_t> sample_cpu_ms(pid_t pid) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
  UniqueFd fd(::open(path, O_RDONLY | O_CLOEXEC));
  if (!fd.valid()) return std::nullopt;
  char buffer[1024];
  const ssize_t got = ::read(fd.get(), buffer, sizeof buffer - 1);
  if (got <= 0) return std::nullopt;
  buffer[got] = '\0';
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

CappedStream::CappedStream(UniqueFd fd, std::uint64_t cap, StreamSink sink, std::string* store)
    : fd_(std::move(fd)), cap_(cap), sink_(std::move(sink)), store_(store) {
  ::fcntl(fd_.get(), F_SETFL, ::fcntl(fd_.get(), F_GETFL) | O_NONBLOCK);
}

CappedStream::State CappedStream::drain() {
  char buffer[65536];
  while (fd_.valid()) {
    const ssize_t got = ::read(fd_.get(), buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) return State::open;
      fd_.reset();
      return State::closed;
    }
    if (got == 0) {
      fd_.reset();
      return State::closed;
    }
    const auto size = static_cast<std::uint64_t>(got);
    const std::uint64_t room = total_ < cap_ ? cap_ - total_ : 0;
    const std::string_view kept(buffer, static_cast<std::size_t>(std::min(room, size)));
    total_ += size;
    if (!kept.empty()) {
      if (sink_) {
        sink_(kept);
      } else if (store_ != nullptr) {
        store_->append(kept);
      }
    }
    if (total_ > cap_) return State::over_cap;
  }
  return State::closed;
}

Observation supervise(const Supervised& run) {
  Observation seen;
  const auto start = run.started;
  const auto deadline = start + run.wall_limit;
  auto kill = [&](Observation::Kill why) {
    if (seen.kill == Observation::Kill::none) seen.kill = why;
    ::syscall(SYS_pidfd_send_signal, run.pidfd, SIGKILL, nullptr, 0);
    if (run.kill_all) run.kill_all();
  };

  bool exited = false;
  while (!exited) {
    pollfd fds[3];
    nfds_t count = 0;
    fds[count++] = {run.pidfd, POLLIN, 0};
    for (CappedStream* stream : {run.out, run.err}) {
      if (!stream->closed()) fds[count++] = {stream->fd(), POLLIN, 0};
    }
    const auto now = Clock::now();
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now);
    const auto wait = std::clamp(left, std::chrono::milliseconds(0), kCpuSamplePeriod);
    const int ready = ::poll(fds, count, static_cast<int>(wait.count()) + 1);
    if (ready < 0 && errno != EINTR) break;

    for (CappedStream* stream : {run.out, run.err}) {
      if (!stream->closed() && stream->drain() == CappedStream::State::over_cap) {
        kill(Observation::Kill::output);
        stream->close();
      }
    }
    if ((fds[0].revents & POLLIN) != 0) {
      exited = true;
      break;
    }
    if (Clock::now() >= deadline) {
      kill(Observation::Kill::wall_time);
      continue;
    }
    if (const auto cpu = sample_cpu_ms(run.pid);
        cpu && *cpu >= static_cast<std::uint64_t>(run.cpu_limit.count())) {
      kill(Observation::Kill::cpu_time);
    }
  }

  // The program is gone; whatever it wrote is still in the pipes.
  for (CappedStream* stream : {run.out, run.err}) {
    if (!stream->closed() && stream->drain() == CappedStream::State::over_cap) {
      if (seen.kill == Observation::Kill::none) seen.kill = Observation::Kill::output;
    }
  }
  siginfo_t info{};
  if (::syscall(SYS_waitid, P_PIDFD, run.pidfd, &info, WEXITED, &seen.usage) == 0) {
    seen.reaped = true;
    seen.how = info.si_code;
    seen.code = info.si_status;
  }
  seen.wall_ms = static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count());
  seen.cpu_ms = to_ms(seen.usage.ru_utime) + to_ms(seen.usage.ru_stime);

  ChildFailure failure{};
  if (::read(run.failure_fd, &failure, sizeof failure) == static_cast<ssize_t>(sizeof failure)) {
    seen.failure = failure;
  }
  return seen;
}

}  // namespace sandbox::detail
