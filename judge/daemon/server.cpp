#include "judge/daemon/server.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "judge/cli/submission.hpp"
#include "judge/daemon/protocol.hpp"
#include "judge/daemon/script_pool.hpp"
#include "judge/run/script.hpp"
#include "judge/run/warm_pool.hpp"
#include "judge/typecheck/type_checker.hpp"
#include "judge/util/exit_codes.hpp"

namespace judge::daemon {
namespace {

constexpr auto kRequestDeadline = std::chrono::seconds(10);
// The most `judge run` lets a script ask for (its --wall-limit's range).
constexpr std::chrono::milliseconds kLongestScript{3600 * 1000};

using nlohmann::json;

json error_reply(const char* code, const std::string& message) { return {{"error", code}, {"message", message}}; }

std::optional<run::ScriptLimits> limits_from(const json& request, std::string& why) {
  run::ScriptLimits limits;
  const auto cpu = request.at("cpu_ms").get<std::int64_t>();
  const auto wall = request.at("wall_ms").get<std::int64_t>();
  const auto memory = request.at("memory_bytes").get<std::uint64_t>();
  const auto required = sandbox::isolation_level_from_string(request.at("required").get<std::string>());
  if (cpu < 10 || cpu > 600000 || wall < 10 || wall > kLongestScript.count()) {
    why = "time limits out of range";
    return std::nullopt;
  }
  if (memory < (16ull << 20) || memory > (64ull << 30)) {
    why = "memory limit out of range";
    return std::nullopt;
  }
  if (!required) {
    why = "unknown isolation level";
    return std::nullopt;
  }
  limits.cpu = std::chrono::milliseconds(cpu);
  limits.wall = std::chrono::milliseconds(wall);
  limits.memory_bytes = memory;
  limits.required = *required;
  return limits;
}

// Counts a run or submission as in progress for as long as it lives.
class InProgress {
 public:
  explicit InProgress(std::atomic<std::size_t>& count) : count_(count) { ++count_; }
  ~InProgress() { --count_; }
  InProgress(const InProgress&) = delete;
  InProgress& operator=(const InProgress&) = delete;

 private:
  std::atomic<std::size_t>& count_;
};

// Warm mypy helpers, one per interpreter and cache a client names, lent to
// one submission at a time (a helper answers one check at a time).
class CheckerPool {
 public:
  using Key = std::pair<std::string, std::string>;  // python, mypy cache dir
  std::unique_ptr<typecheck::TypeChecker> take(const Key& key) {
    {
      std::lock_guard lock(mutex_);
      auto& idle = idle_[key];
      if (!idle.empty()) {
        auto checker = std::move(idle.back());
        idle.pop_back();
        return checker;
      }
    }
    return std::make_unique<typecheck::TypeChecker>(typecheck::CheckerOptions{key.first, key.second, true});
  }
  void give_back(const Key& key, std::unique_ptr<typecheck::TypeChecker> checker) {
    std::lock_guard lock(mutex_);
    auto& idle = idle_[key];
    if (idle.size() < 2) idle.push_back(std::move(checker));  // each holds mypy's state: ~100 MiB
  }

 private:
  std::mutex mutex_;
  std::map<Key, std::vector<std::unique_ptr<typecheck::TypeChecker>>> idle_;
};

class Server {
 public:
  Server(const DaemonPaths& paths, const ServerOptions& options)
      : paths_(paths), options_(options), pool_(1, options.idle_life, kLongestScript) {}

  int serve(int listen_fd, int signal_fd);

 private:
  void handle(sandbox::UniqueFd connection);
  json run(const json& request, std::vector<sandbox::UniqueFd>& fds, int connection);
  json submit(const json& request);
  bool stale(const json& request);
  void warm_up_mypy();
  json status() const;
  void stop();

  const DaemonPaths paths_;
  const ServerOptions options_;
  const std::string build_ = build_identity();
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  ScriptPool pool_;
  run::WarmPool sessions_{1};
  CheckerPool checkers_;
  std::thread warming_;
  std::atomic<std::size_t> runs_{0}, warm_runs_{0}, running_{0}, submissions_{0};
  std::atomic<bool> stopping_{false};
  int wake_fds_[2]{-1, -1};

  std::mutex mutex_;
  std::condition_variable done_;
  std::size_t active_ = 0;
  // Idle means no run: asking for the status does not keep it alive.
  std::chrono::steady_clock::time_point last_run_ = std::chrono::steady_clock::now();
  void touch();
};

void Server::touch() {
  std::lock_guard lock(mutex_);
  last_run_ = std::chrono::steady_clock::now();
}

void Server::stop() {
  stopping_ = true;
  const char byte = 0;
  [[maybe_unused]] const ssize_t ignored = ::write(wake_fds_[1], &byte, 1);
}

json Server::status() const {
  const auto uptime = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started_);
  return {{"pid", ::getpid()},
          {"build", build_},
          {"socket", paths_.socket.string()},
          {"uptime_s", uptime.count()},
          {"runs", runs_.load()},
          {"warm_runs", warm_runs_.load()},
          {"in_progress", running_.load()},
          {"submissions", submissions_.load()},
          {"ready", pool_.ready()}};
}

bool Server::stale(const json& request) {
  if (request.value("build", "") == build_) return false;
  // The judge was rebuilt since this daemon started: the client does the
  // work itself, and this daemon makes way for one of the new build.
  stop();
  return true;
}

json Server::submit(const json& request) {
  if (stale(request)) return error_reply("stale", "the daemon runs another build of the judge");
  const cli::SubmitRequest submission = cli::submit_request_from_json(request);
  const CheckerPool::Key key{submission.python, submission.mypy_cache.string()};
  std::unique_ptr<typecheck::TypeChecker> checker = submission.typecheck ? checkers_.take(key) : nullptr;
  const InProgress counted(running_);
  // An unknown or malformed problem throws: the client judges it itself
  // and says so in its own words. The warm checker is kept either way.
  std::optional<cli::SubmitOutcome> outcome;
  try {
    outcome = cli::submit_solution(submission, &sessions_, checker.get());
  } catch (const std::exception& error) {
    if (checker) checkers_.give_back(key, std::move(checker));
    return error_reply("refused", error.what());
  }
  if (checker) checkers_.give_back(key, std::move(checker));
  ++submissions_;
  return cli::to_json(*outcome);
}

// mypy's first check in a process loads its own state (~1 s): paid here, at
// start, instead of by the first submission.
void Server::warm_up_mypy() {
  if (options_.python.empty()) return;
  const CheckerPool::Key key{options_.python, typecheck::default_cache_dir().string()};
  auto checker = checkers_.take(key);
  checker->check("def warm_up() -> None:\n    pass\n");
  checkers_.give_back(key, std::move(checker));
}

json Server::run(const json& request, std::vector<sandbox::UniqueFd>& fds, int connection) {
  if (stale(request)) return error_reply("stale", "the daemon runs another build of the judge");
  std::string why;
  const auto limits = limits_from(request, why);
  if (!limits) return error_reply("bad_request", why);
  const bool with_stdin = request.at("stdin").get<bool>();
  if (fds.size() != (with_stdin ? 3u : 2u)) return error_reply("bad_request", "expected stdout, stderr and stdin");
  const run::Script script{run::script_sandbox_path(request.at("path").get<std::string>()),
                           request.at("source").get<std::string>()};
  const std::string python = request.at("python").get<std::string>();
  const ScriptOutput output{fds[0].get(), fds[1].get(), request.at("json").get<bool>()};

  const InProgress counted(running_);
  std::optional<sandbox::Result> result;
  bool warm = false;
  // A waiting interpreter can end just before it is taken; the second is
  // started for this script.
  for (int attempt = 0; attempt < 2 && !result; ++attempt) {
    auto waiting = pool_.take(python, *limits, warm);
    result = waiting->run(script, *limits, with_stdin ? fds[2].get() : -1, output, connection);
  }
  if (!result) return error_reply("internal", "no sandboxed interpreter could take the script");
  ++runs_;
  if (warm) ++warm_runs_;
  const run::ScriptReport report = run::report_script_run(*result, output.keep);
  return {{"exit", report.exit_code}, {"report", report.text}, {"to_stdout", report.to_stdout}};
}

void Server::handle(sandbox::UniqueFd connection) {
  auto request = receive_frame(connection.get(), std::chrono::steady_clock::now() + kRequestDeadline);
  if (!request) return;
  json reply;
  try {
    const std::string op = request->message.value("op", "");
    if (op == "run") {
      touch();
      reply = run(request->message, request->fds, connection.get());
      touch();
    } else if (op == "submit") {
      touch();
      reply = submit(request->message);
      touch();
    } else if (op == "status") {
      reply = status();
    } else if (op == "stop") {
      stop();
      reply = {{"stopping", true}};
    } else {
      reply = error_reply("bad_request", "unknown op");
    }
  } catch (const json::exception& error) {
    reply = error_reply("bad_request", error.what());
  } catch (const std::exception& error) {
    reply = error_reply("internal", error.what());
  }
  send_frame(connection.get(), reply, {});
  pool_.refill_now();
}

int Server::serve(int listen_fd, int signal_fd) {
  if (::pipe2(wake_fds_, O_CLOEXEC) != 0) return kExitError;
  if (!options_.python.empty()) {
    run::ScriptLimits kept;
    kept.memory_bytes = options_.memory_bytes;
    pool_.prepare(options_.python, kept);
    warming_ = std::thread([this] { warm_up_mypy(); });
  }
  while (!stopping_) {
    pollfd watched[3] = {{listen_fd, POLLIN, 0}, {signal_fd, POLLIN, 0}, {wake_fds_[0], POLLIN, 0}};
    if (::poll(watched, 3, 1000) < 0 && errno != EINTR) break;
    if ((watched[1].revents & POLLIN) != 0 || (watched[2].revents & POLLIN) != 0) break;
    if ((watched[0].revents & POLLIN) != 0) {
      sandbox::UniqueFd connection(::accept4(listen_fd, nullptr, nullptr, SOCK_CLOEXEC));
      // Only its own user: anyone else gets a closed connection.
      if (connection.get() >= 0 && peer_uid(connection.get()) == ::geteuid()) {
        std::lock_guard lock(mutex_);
        ++active_;
        std::thread([this, connection = std::move(connection)]() mutable {
          handle(std::move(connection));
          std::lock_guard done(mutex_);
          --active_;
          done_.notify_all();
        }).detach();
      }
    }
    std::lock_guard lock(mutex_);
    if (running_ == 0 && std::chrono::steady_clock::now() - last_run_ > options_.idle_exit) break;
  }
  // No new clients (they run their scripts themselves); the ones in hand finish.
  ::unlink(paths_.socket.c_str());
  std::unique_lock lock(mutex_);
  done_.wait(lock, [this] { return active_ == 0; });
  lock.unlock();
  if (warming_.joinable()) warming_.join();
  ::close(wake_fds_[0]);
  ::close(wake_fds_[1]);
  return kExitOk;
}

}  // namespace

int serve(const DaemonPaths& paths, const ServerOptions& options) {
  make_private_dir(paths.dir);
  sandbox::UniqueFd lock(::open(paths.lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
  if (lock.get() < 0 || ::flock(lock.get(), LOCK_EX | LOCK_NB) != 0) {
    std::cerr << "judge daemon: another daemon is running for this user (" << paths.lock.string() << ")\n";
    return kExitFailed;
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(lock.get(), 0) != 0 || ::write(lock.get(), pid.data(), pid.size()) < 0) return kExitError;

  // Stop requests are read from a signalfd in the accept loop: blocked here,
  // before any thread exists, so every thread inherits the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  for (int sig : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&stop_signals, sig);
  ::pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  sandbox::UniqueFd signal_fd(::signalfd(-1, &stop_signals, SFD_CLOEXEC));

  // The lock is ours: a socket left here is a dead daemon's.
  ::unlink(paths.socket.c_str());
  sandbox::UniqueFd listener(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  if (paths.socket.string().size() >= sizeof address.sun_path) {
    std::cerr << "judge daemon: socket path too long: " << paths.socket.string() << "\n";
    return kExitError;
  }
  std::strncpy(address.sun_path, paths.socket.c_str(), sizeof address.sun_path - 1);
  if (listener.get() < 0 || ::bind(listener.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listener.get(), 64) != 0) {
    std::cerr << "judge daemon: cannot listen on " << paths.socket.string() << ": " << std::strerror(errno) << "\n";
    return kExitError;
  }
  std::cerr << "judge daemon: pid " << ::getpid() << " listening on " << paths.socket.string() << std::endl;
  Server server(paths, options);
  const int code = server.serve(listener.get(), signal_fd.get());
  std::cerr << "judge daemon: pid " << ::getpid() << " stopped" << std::endl;
  return code;
}

}  // namespace judge::daemon
