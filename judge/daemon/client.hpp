// The other end of server.hpp: `judge run` hands its script to the user's
// daemon when one is live, safe and of this build, and runs it itself
// otherwise.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "judge/cli/submission.hpp"
#include "judge/daemon/paths.hpp"
#include "judge/run/script.hpp"

namespace judge::daemon {

// False with --no-daemon or JUDGE_NO_DAEMON set: the command runs here.
bool daemon_wanted(bool no_daemon_flag);

// A connection to the live daemon, or nothing (none, not ours, unsafe dir).
std::optional<int> connect_to_daemon(const DaemonPaths& paths);

// One request, one reply; nothing when the daemon is not there or did not
// answer.
std::optional<nlohmann::json> ask_daemon(const DaemonPaths& paths, const nlohmann::json& request,
                                        std::chrono::seconds patience = std::chrono::seconds(30));

// Runs the script in the daemon, its output going straight to this
// process's stdout and stderr, and prints the report. The exit code, or
// nothing when there is no daemon to run it (or it is of another build):
// then the caller runs the script itself.
std::optional<int> run_in_daemon(const std::string& python, const run::Script& script,
                                 const run::ScriptLimits& limits, bool json);

// Judges the solution in the daemon (warm interpreters, warm mypy). Nothing
// when there is no daemon, or it could not judge it: then the caller judges
// it itself (and reports, say, an unknown problem in its own words).
std::optional<cli::SubmitOutcome> submit_in_daemon(const cli::SubmitRequest& request);

}  // namespace judge::daemon
