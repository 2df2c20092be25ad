#include "judge/daemon/client.hpp"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <iostream>

#include "judge/daemon/protocol.hpp"
#include "judge/util/exit_codes.hpp"
#include "judge/util/files.hpp"

namespace judge::daemon {
namespace {

// A reply never takes longer than the script's wall limit; past this the
// daemon is hung, not busy.
constexpr auto kGrace = std::chrono::seconds(30);

}  // namespace

bool daemon_wanted(bool no_daemon_flag) {
  const char* env = std::getenv("JUDGE_NO_DAEMON");
  return !no_daemon_flag && (env == nullptr || *env == '\0');
}

std::optional<int> connect_to_daemon(const DaemonPaths& paths) {
  // The directory's owner and mode are what make the socket in it ours.
  if (!unsafe_reason(paths.dir).empty()) return std::nullopt;
  sandbox::UniqueFd socket_fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  if (socket_fd.get() < 0 || paths.socket.string().size() >= sizeof address.sun_path) return std::nullopt;
  std::strncpy(address.sun_path, paths.socket.c_str(), sizeof address.sun_path - 1);
  if (::connect(socket_fd.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) return std::nullopt;
  if (peer_uid(socket_fd.get()) != ::geteuid()) return std::nullopt;
  return socket_fd.release();
}

std::optional<nlohmann::json> ask_daemon(const DaemonPaths& paths, const nlohmann::json& request,
                                        std::chrono::seconds patience) {
  const auto connected = connect_to_daemon(paths);
  if (!connected) return std::nullopt;
  sandbox::UniqueFd connection(*connected);
  if (!send_frame(connection.get(), request, {})) return std::nullopt;
  auto reply = receive_frame(connection.get(), std::chrono::steady_clock::now() + patience);
  if (!reply) return std::nullopt;
  return std::move(reply->message);
}

std::optional<int> run_in_daemon(const std::string& python, const run::Script& script,
                                 const run::ScriptLimits& limits, bool json) {
  const auto connected = connect_to_daemon(daemon_paths());
  if (!connected) return std::nullopt;
  sandbox::UniqueFd connection(*connected);
  // A closed stdin (`judge run x.py <&-`) reads as empty, as without the daemon.
  const bool with_stdin = ::fcntl(STDIN_FILENO, F_GETFD) >= 0;
  std::vector<int> fds{STDOUT_FILENO, STDERR_FILENO};
  if (with_stdin) fds.push_back(STDIN_FILENO);
  const nlohmann::json request{{"op", "run"},
                               {"build", build_identity()},
                               {"python", python},
                               {"path", script.sandbox_path},
                               {"source", script.source},
                               {"cpu_ms", limits.cpu.count()},
                               {"wall_ms", limits.wall.count()},
                               {"memory_bytes", limits.memory_bytes},
                               {"required", std::string(sandbox::to_string(limits.required))},
                               {"json", json},
                               {"stdin", with_stdin}};
  if (!send_frame(connection.get(), request, fds)) return std::nullopt;
  auto reply = receive_frame(connection.get(), std::chrono::steady_clock::now() + limits.wall + kGrace);
  if (!reply) {
    // The script may have run (and printed) already: running it again here
    // would do it twice.
    std::cerr << "judge run: the judge daemon stopped before the run ended (judge daemon status)\n";
    return kExitError;
  }
  const nlohmann::json& answer = reply->message;
  if (answer.contains("error")) {
    // Nothing ran: the daemon is of another build, or could not start a sandbox.
    if (answer["error"] == "stale" || answer["error"] == "internal") return std::nullopt;
    std::cerr << "judge run: the judge daemon refused the run: " << answer.value("message", "") << "\n";
    return kExitError;
  }
  const std::string text = answer.value("report", "");
  util::write_all(answer.value("to_stdout", false) ? STDOUT_FILENO : STDERR_FILENO, text);
  return answer.value("exit", kExitError);
}

std::optional<cli::SubmitOutcome> submit_in_daemon(const cli::SubmitRequest& request) {
  nlohmann::json message = cli::to_json(request);
  message["op"] = "submit";
  message["build"] = build_identity();
  // Bounded by the problem's limits; a first check also warms mypy up.
  const auto reply = ask_daemon(daemon_paths(), message, std::chrono::minutes(10));
  if (!reply || reply->contains("error")) return std::nullopt;
  try {
    return cli::submit_outcome_from_json(*reply);
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace judge::daemon
