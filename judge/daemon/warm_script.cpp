#include "judge/daemon/warm_script.hpp"

#include <poll.h>
#include <unistd.h>

#include "judge/util/files.hpp"

namespace judge::daemon {
namespace {

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// True when the peer of a connected socket has closed it or is gone.
bool hung_up(int fd) {
  pollfd watched{fd, POLLRDHUP, 0};
  return ::poll(&watched, 1, 0) > 0 && (watched.revents & (POLLRDHUP | POLLHUP | POLLERR | POLLNVAL)) != 0;
}

}  // namespace

WarmScript::WarmScript(std::string python, const run::ScriptLimits& limits, std::chrono::milliseconds idle_life)
    : job_(run::make_channel()) {
  sandbox::Spec spec = run::waiting_script_spec(python, limits, job_.sandbox_end.get(), idle_life);
  spec.stdout_sink = [this](std::string_view chunk) { write(true, chunk); };
  spec.stderr_sink = [this](std::string_view chunk) { write(false, chunk); };
  spec.watchdog = [this](const sandbox::Progress& progress) { return watch(progress); };
  supervisor_ = std::thread([this, spec = std::move(spec)] {
    result_ = sandbox::run(spec);
    job_.sandbox_end.reset();
    ended_.store(true);
  });
}

WarmScript::~WarmScript() {
  // Unused: at the end of its input the bootstrap exits by itself.
  job_.judge_end.reset();
  if (supervisor_.joinable()) supervisor_.join();
}

void WarmScript::write(bool is_stdout, std::string_view chunk) {
  std::lock_guard lock(output_mutex_);
  if (output_.keep) {
    (is_stdout ? kept_stdout_ : kept_stderr_).append(chunk);
    return;
  }
  const int fd = is_stdout ? output_.stdout_fd : output_.stderr_fd;
  if (fd >= 0) util::write_all(fd, chunk);  // a reader gone: the run goes on, as without the daemon
}

std::optional<std::string> WarmScript::watch(const sandbox::Progress& progress) {
  latest_cpu_ms_.store(progress.cpu_ms);
  if (!armed_.load()) return std::nullopt;  // still waiting: its own limits apply
  if (const int fd = abandoned_fd_.load(); fd >= 0 && hung_up(fd)) {
    stop_ = Stop::abandoned;
    return "the client went away";
  }
  const std::uint64_t cpu = progress.cpu_ms - std::min(progress.cpu_ms, start_cpu_ms_.load());
  const auto wall = static_cast<std::uint64_t>(now_ms() - static_cast<std::int64_t>(start_wall_ms_.load()));
  if (cpu > static_cast<std::uint64_t>(cpu_limit_ms_.load())) {
    stop_ = Stop::cpu;
    return "CPU time limit exceeded";
  }
  if (wall > static_cast<std::uint64_t>(wall_limit_ms_.load())) {
    stop_ = Stop::wall;
    return "wall-clock limit exceeded";
  }
  return std::nullopt;
}

std::optional<sandbox::Result> WarmScript::run(const run::Script& script, const run::ScriptLimits& limits,
                                               int stdin_fd, const ScriptOutput& output, int abandoned_fd) {
  {
    std::lock_guard lock(output_mutex_);
    output_ = output;
  }
  cpu_limit_ms_ = limits.cpu.count();
  wall_limit_ms_ = limits.wall.count();
  abandoned_fd_ = abandoned_fd;
  // A waiting interpreter uses no CPU: its last sample is where the script starts.
  start_cpu_ms_ = latest_cpu_ms_.load();
  const std::int64_t started = now_ms();
  start_wall_ms_ = static_cast<std::uint64_t>(started);
  armed_ = true;
  const bool handed_over = !ended_.load() && run::send_script(job_.judge_end.get(), script, stdin_fd);
  job_.judge_end.reset();
  supervisor_.join();
  if (!handed_over) return std::nullopt;

  sandbox::Result result = result_;
  const auto ms = [](std::chrono::milliseconds value) { return std::to_string(value.count()) + " ms"; };
  switch (stop_.load()) {
    case Stop::cpu:
      result.status = sandbox::Status::cpu_time_limit;
      result.message = "CPU time limit of " + ms(limits.cpu) + " exceeded";
      break;
    case Stop::wall:
      result.status = sandbox::Status::wall_time_limit;
      result.message = "wall-clock limit of " + ms(limits.wall) + " exceeded";
      break;
    case Stop::abandoned:
    case Stop::none:
      break;
  }
  result.cpu_ms -= std::min(result.cpu_ms, start_cpu_ms_.load());
  result.wall_ms = static_cast<std::uint64_t>(now_ms() - started);
  if (output.keep) {
    std::lock_guard lock(output_mutex_);
    result.stdout_data = std::move(kept_stdout_);
    result.stderr_data = std::move(kept_stderr_);
  }
  return result;
}

}  // namespace judge::daemon
