// `judge daemon start|stop|status`: the per-user daemon that keeps sandboxed
// interpreters waiting for `judge run` (judge/daemon/server.hpp).
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "judge/cli/command.hpp"
#include "judge/cli/python.hpp"
#include "judge/daemon/client.hpp"
#include "judge/daemon/server.hpp"

namespace judge::cli {
namespace {

struct DaemonOptions {
  double idle_exit_min = 30;
  bool foreground = false;
  bool json = false;
  std::string python;
};

std::optional<nlohmann::json> daemon_status() { return daemon::ask_daemon(daemon::daemon_paths(), {{"op", "status"}}); }

// True once no process holds the daemon's lock (it has exited).
bool lock_free(const daemon::DaemonPaths& paths) {
  const int fd = ::open(paths.lock.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return true;
  const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  ::close(fd);
  return free;
}

daemon::ServerOptions server_options(const DaemonOptions& options) {
  daemon::ServerOptions server;
  server.idle_exit = std::chrono::seconds(static_cast<long>(options.idle_exit_min * 60));
  server.python = resolve_python(options.python);
  return server;
}

// Detaches the daemon from the terminal and the caller (double fork); its
// output goes to the log in its directory.
int start_in_background(const daemon::DaemonPaths& paths, const daemon::ServerOptions& server) {
  daemon::make_private_dir(paths.dir);
  std::cout.flush();
  std::cerr.flush();
  const pid_t middle = ::fork();
  if (middle < 0) throw std::runtime_error("fork failed");
  if (middle == 0) {
    ::setsid();
    if (::fork() != 0) std::_Exit(0);
    const int log = ::open(paths.log.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (log >= 0) {
      ::dup2(log, STDOUT_FILENO);
      ::dup2(log, STDERR_FILENO);
    }
    if (null >= 0) ::dup2(null, STDIN_FILENO);
    if (::chdir("/") != 0) std::_Exit(kExitError);
    int code = kExitError;
    try {
      code = daemon::serve(paths, server);
    } catch (const std::exception& error) {
      std::cerr << "judge daemon: " << error.what() << std::endl;
    }
    std::_Exit(code);
  }
  ::waitpid(middle, nullptr, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto status = daemon_status()) {
      std::cout << "judge daemon: running (pid " << status->value("pid", 0) << "); `judge run` uses it until "
                << "`judge daemon stop` or " << server.idle_exit.count() / 60 << " idle minutes\n";
      return kExitOk;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  std::cerr << "judge daemon: did not start; see " << paths.log.string() << "\n";
  return kExitError;
}

int start(const DaemonOptions& options) {
  const auto paths = daemon::daemon_paths();
  if (auto status = daemon_status()) {
    std::cout << "judge daemon: already running (pid " << status->value("pid", 0) << ")\n";
    return kExitOk;
  }
  const daemon::ServerOptions server = server_options(options);
  if (options.foreground) return daemon::serve(paths, server);
  return start_in_background(paths, server);
}

int stop() {
  const auto paths = daemon::daemon_paths();
  if (!daemon::ask_daemon(paths, {{"op", "stop"}})) {
    std::cout << "judge daemon: not running\n";
    return kExitOk;
  }
  // It finishes the runs in hand first.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!lock_free(paths)) {
    if (std::chrono::steady_clock::now() > deadline) {
      std::cerr << "judge daemon: still running after 60 s\n";
      return kExitError;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  std::cout << "judge daemon: stopped\n";
  return kExitOk;
}

int status(const DaemonOptions& options) {
  const auto status = daemon_status();
  if (options.json) {
    nlohmann::json out = status ? *status : nlohmann::json::object();
    out["running"] = status.has_value();
    std::cout << out.dump(2) << "\n";
  } else if (status) {
    std::cout << "judge daemon: running, pid " << status->value("pid", 0) << ", up " << status->value("uptime_s", 0)
              << " s, " << status->value("runs", 0) << " runs (" << status->value("warm_runs", 0)
              << " on a waiting interpreter), " << status->value("ready", 0) << " waiting\n"
              << "socket: " << status->value("socket", "") << "\n";
  } else {
    std::cout << "judge daemon: not running\n";
  }
  return status ? kExitOk : kExitFailed;
}

}  // namespace

void add_daemon_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<DaemonOptions>();
  CLI::App* command = app.add_subcommand(
      "daemon", "Keep sandboxed interpreters waiting so `judge run` starts faster (per user, opt-in)");
  command->require_subcommand(1);
  CLI::App* start_command = command->add_subcommand("start", "Start the daemon in the background");
  start_command->add_option("--idle-exit", options->idle_exit_min, "Exit after this many minutes without a run")
      ->check(CLI::Range(0.05, 1440.0))->capture_default_str();
  start_command->add_flag("--foreground", options->foreground, "Stay in the foreground (for a service manager)");
  start_command->add_option("--python", options->python, "Interpreter kept waiting (default: as `judge run`)");
  on_chosen(start_command, "daemon", exit_code, [options] { return start(*options); });
  CLI::App* stop_command = command->add_subcommand("stop", "Stop the daemon after the runs in hand");
  on_chosen(stop_command, "daemon", exit_code, [] { return stop(); });
  CLI::App* status_command = command->add_subcommand("status", "Is it running, and what has it done (exit 1: not running)");
  status_command->add_flag("--json", options->json, "As JSON");
  on_chosen(status_command, "daemon", exit_code, [options] { return status(*options); });
}

}  // namespace judge::cli
