#include "supervise.hpp"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "proc.hpp"

namespace sandbox::detail {
namespace {

using Clock = std::chrono::steady_clock;

// How often a running program's CPU time is sampled: the precision of the
// CPU limit, at a cost of one small /proc read per tick.
constexpr std::chrono::milliseconds kCpuSamplePeriod{10};

std::uint64_t to_ms(const timeval& tv) {
  return static_cast<std::uint64_t>(tv.tv_sec) * 1000 + static_cast<std::uint64_t>(tv.tv_usec) / 1000;
}

// CPU time of the program while it runs: the cloned process, plus the
// program under it when the cloned process is the namespace's init.
class CpuSampler {
 public:
  CpuSampler(pid_t cloned, bool under_init) : cloned_(cloned), under_init_(under_init) {}
  std::optional<std::uint64_t> sample() {
    auto total = cpu_ms_of(cloned_);
    if (!total || !under_init_) return total;
    if (program_ == 0) program_ = first_child(cloned_);
    if (program_ != 0) {
      if (const auto program = cpu_ms_of(program_)) *total += *program;
    }
    return total;
  }

 private:
  pid_t cloned_;
  bool under_init_;
  pid_t program_ = 0;
};

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

  CpuSampler cpu_sampler(run.pid, run.program_under_init);
  // A program killed with its init is never reaped by it, so its CPU time
  // never reaches the init's rusage: keep the last sample.
  std::uint64_t sampled_cpu_ms = 0;
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
      // Over the cap, the stream stays open and is drained into nothing
      // until the kill lands: closing it would hand the program an EPIPE
      // to answer with before it dies.
      if (!stream->closed() && stream->drain() == CappedStream::State::over_cap) kill(Observation::Kill::output);
    }
    if ((fds[0].revents & POLLIN) != 0) {
      exited = true;
      break;
    }
    if (Clock::now() >= deadline) {
      kill(Observation::Kill::wall_time);
      continue;
    }
    if (const auto cpu = cpu_sampler.sample()) {
      sampled_cpu_ms = std::max(sampled_cpu_ms, *cpu);
      if (*cpu >= static_cast<std::uint64_t>(run.cpu_limit.count())) kill(Observation::Kill::cpu_time);
    }
    if (run.watchdog && seen.kill == Observation::Kill::none) {
      const auto wall = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
      if (auto reason = run.watchdog(Progress{sampled_cpu_ms, static_cast<std::uint64_t>(wall.count())})) {
        seen.watchdog_reason = std::move(*reason);
        kill(Observation::Kill::watchdog);
      }
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
  seen.cpu_ms = std::max(to_ms(seen.usage.ru_utime) + to_ms(seen.usage.ru_stime), sampled_cpu_ms);

  // Every writer of the pipe is dead now: read until EOF. A setup failure
  // comes first; the init's report of the program's end may follow.
  ChildFailure record{};
  while (::read(run.failure_fd, &record, sizeof record) == static_cast<ssize_t>(sizeof record)) {
    if (record.step != ChildStep::program_ended) {
      if (!seen.failure) seen.failure = record;
    } else if (seen.reaped && seen.how == CLD_EXITED && seen.code == 0) {
      // The init ended normally, so the program's own status is the story.
      const int status = record.error;
      seen.how = WIFSIGNALED(status) ? CLD_KILLED : CLD_EXITED;
      seen.code = WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status);
    }
  }
  return seen;
}

}  // namespace sandbox::detail
