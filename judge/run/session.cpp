#include "judge/run/session.hpp"

#include <filesystem>

#include "judge/harness/harness.hpp"

namespace judge::run {
namespace {

constexpr const char* kHarnessPath = "/judge/runner.py";
constexpr const char* kSortedContainers = "/usr/lib/python3/dist-packages/sortedcontainers";

sandbox::Spec spec_for(const SessionConfig& config, int channel_fd) {
  sandbox::Spec spec;
  spec.policy = sandbox::Policy::for_python(config.python);
  spec.policy.files.push_back({kHarnessPath, std::string(harness::source()), false});
  for (const auto& file : config.files) spec.policy.files.push_back(file);
  // LeetCode's Python has sortedcontainers; solutions import it (the harness
  // finds it here, and only it, see runner.py).
  if (std::filesystem::is_directory(kSortedContainers)) spec.policy.read_only_paths.push_back(kSortedContainers);
  spec.argv = {spec.policy.executable, "-I", "-S", "-B", kHarnessPath};
  spec.env.push_back("PYTHONIOENCODING=utf-8");
  spec.release_fd = harness::kReleaseFd;
  spec.extra_fds = {{channel_fd, harness::kChannelFd}};
  spec.limits.cpu_time = config.total_cpu;
  spec.limits.wall_time = config.total_cpu * 2 + std::chrono::seconds(5);
  spec.limits.memory_bytes = config.memory_bytes;
  // The solution's prints are captured by the harness per case; these caps
  // bind only writes that go around it, straight to fd 1 or 2.
  spec.limits.output_bytes = 1u << 20;
  spec.required = config.required;
  return spec;
}

std::string phase_name(int phase) {
  if (phase >= 0) return "case " + std::to_string(phase + 1);
  return phase == Phase::load().index ? "loading the solution" : "the request";
}

}  // namespace

Session::Session(const SessionConfig& config)
    : config_(config),
      channel_(make_channel()),
      judge_side_(channel_.judge_end.get(), config.max_answer_bytes),
      request_cpu_ms_(config.request_cpu.count()),
      request_wall_ms_(config.request_wall.count()) {
  sandbox::Spec spec = spec_for(config_, channel_.sandbox_end.get());
  spec.watchdog = [this](const sandbox::Progress& progress) { return watch(progress); };
  spec.running = running_;
  supervisor_ = std::thread([this, spec = std::move(spec)] {
    result_ = sandbox::run(spec);
    // The harness is gone: our copy of its end is the last, so closing it
    // turns any wait for an answer into an end-of-file.
    channel_.sandbox_end.reset();
  });
}

Session::~Session() {
  if (!finished_) {
    kill();
    finish();
  }
}

void Session::begin(std::chrono::milliseconds request_cpu, std::chrono::milliseconds request_wall,
                    std::chrono::milliseconds total_cpu, std::chrono::milliseconds total_wall) {
  request_cpu_ms_ = request_cpu.count();
  request_wall_ms_ = request_wall.count();
  total_cpu_ms_ = total_cpu.count();
  total_wall_ms_ = total_wall.count();
  budget_armed_ = true;  // the watchdog takes its next sample as the start
}

std::optional<std::string> Session::watch(const sandbox::Progress& progress) {
  latest_cpu_ms_.store(progress.cpu_ms);
  if (budget_armed_.exchange(false)) budget_start_ = progress;
  if (total_cpu_ms_ > 0) {
    const std::uint64_t cpu = progress.cpu_ms - budget_start_.cpu_ms;
    const std::uint64_t wall = progress.wall_ms - budget_start_.wall_ms;
    const bool by_cpu = cpu > static_cast<std::uint64_t>(total_cpu_ms_.load());
    if (by_cpu || wall > static_cast<std::uint64_t>(total_wall_ms_.load())) {
      std::lock_guard lock(stop_mutex_);
      const int phase = phase_.load();
      if (!stop_) stop_ = Stop{phase, by_cpu ? Stop::Limit::cpu : Stop::Limit::wall, by_cpu ? cpu : wall};
      return by_cpu ? "the whole run used more than " + std::to_string(total_cpu_ms_.load()) + " ms of CPU time"
                    : "the whole run took more than " + std::to_string(total_wall_ms_.load()) + " ms";
    }
  }
  if (kill_requested_.load()) {
    std::lock_guard lock(stop_mutex_);
    if (!stop_) stop_ = Stop{watched_phase_, Stop::Limit::requested, 0};
    return "stopped by the judge";
  }
  const int phase = phase_.load();
  if (phase != watched_phase_) {
    watched_phase_ = phase;
    phase_start_ = progress;
  }
  if (phase == kIdle) return std::nullopt;
  const std::uint64_t cpu = progress.cpu_ms - phase_start_.cpu_ms;
  const std::uint64_t wall = progress.wall_ms - phase_start_.wall_ms;
  const auto cpu_limit = static_cast<std::uint64_t>(request_cpu_ms_.load());
  const auto wall_limit = static_cast<std::uint64_t>(request_wall_ms_.load());
  if (cpu <= cpu_limit && wall <= wall_limit) return std::nullopt;
  std::lock_guard lock(stop_mutex_);
  const bool by_cpu = cpu > cpu_limit;
  stop_ = Stop{phase, by_cpu ? Stop::Limit::cpu : Stop::Limit::wall, by_cpu ? cpu : wall};
  return phase_name(phase) + (by_cpu ? " used more than " + std::to_string(cpu_limit) + " ms of CPU time"
                                     : " took more than " + std::to_string(wall_limit) + " ms of wall-clock time");
}

Reply Session::ask(const nlohmann::json& request, Phase phase) {
  Reply reply;
  const auto sent = std::chrono::steady_clock::now();
  const std::uint64_t cpu_before = latest_cpu_ms_.load();
  phase_.store(phase.index);
  if (judge_side_.send(request)) {
    auto received = judge_side_.receive();
    reply.message = std::move(received.message);
    reply.failure = received.failure;
    reply.bytes = received.bytes;
  }
  phase_.store(kIdle);
  const std::uint64_t cpu_after = latest_cpu_ms_.load();
  reply.cpu_ms = cpu_after > cpu_before ? cpu_after - cpu_before : 0;
  reply.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - sent).count();
  return reply;
}

void Session::kill() { kill_requested_.store(true); }

sandbox::Result Session::finish() {
  if (finished_) return result_;
  finished_ = true;
  // End of input: the harness exits by itself.
  channel_.judge_end.reset();
  if (supervisor_.joinable()) supervisor_.join();
  return result_;
}

std::optional<sandbox::Result> Session::hang_up() {
  if (finished_) return result_;
  auto now = running_->snapshot();
  if (!now) return std::nullopt;
  channel_.judge_end.reset();  // the harness reads end-of-file and exits
  sandbox::Result result;
  result.status = sandbox::Status::ok;
  result.cpu_ms = latest_cpu_ms_.load();
  result.peak_memory_kib = now->peak_memory_kib;
  result.memory_source = now->memory_source;
  result.protections = std::move(now->protections);
  return result;
}

std::optional<Stop> Session::stop() const {
  std::lock_guard lock(stop_mutex_);
  return stop_;
}

}  // namespace judge::run
