// `judge run FILE.py`: a plain Python script in the sandbox, stdin and the
// program's output passed through (capped), then the Result. Handed to the
// user's `judge daemon` when one is live (a sandboxed interpreter already
// waits there), else run here.
#include <fcntl.h>
#include <unistd.h>

#include <iostream>

#include "judge/cli/command.hpp"
#include "judge/cli/python.hpp"
#include "judge/daemon/client.hpp"
#include "judge/run/script.hpp"
#include "judge/util/files.hpp"
#include "sandbox/sandbox.hpp"

namespace judge::cli {
namespace {

struct RunOptions {
  std::string file;
  double time_limit_s = 2.0;
  double wall_limit_s = 0;  // 0: derived from the time limit
  std::uint64_t memory_limit_mb = 256;
  bool json = false;
  bool no_daemon = false;
  std::string require = "minimal";
  std::string python;
};

int run_here(const std::string& python, const run::Script& script, const run::ScriptLimits& limits, bool json) {
  sandbox::Spec spec = run::script_spec(python, script, limits);
  // A closed stdin (`judge run x.py <&-`) reads as empty.
  spec.stdin_fd = ::fcntl(STDIN_FILENO, F_GETFD) >= 0 ? STDIN_FILENO : -1;
  if (!json) {
    spec.stdout_sink = [](std::string_view chunk) { util::write_all(STDOUT_FILENO, chunk); };
    spec.stderr_sink = [](std::string_view chunk) { util::write_all(STDERR_FILENO, chunk); };
  }
  const run::ScriptReport report = run::report_script_run(sandbox::run(spec), json);
  util::write_all(report.to_stdout ? STDOUT_FILENO : STDERR_FILENO, report.text);
  return report.exit_code;
}

int run_file(const RunOptions& options) {
  const auto source = util::read_file(options.file);
  if (!source) {
    std::cerr << "judge run: cannot read " << options.file << "\n";
    return kExitError;
  }
  const std::string python = resolve_python(options.python);
  const run::Script script{run::script_sandbox_path(options.file), *source};
  run::ScriptLimits limits;
  limits.cpu = std::chrono::milliseconds(static_cast<long>(options.time_limit_s * 1000));
  const double wall = options.wall_limit_s > 0 ? options.wall_limit_s : options.time_limit_s * 2 + 1;
  limits.wall = std::chrono::milliseconds(static_cast<long>(wall * 1000));
  limits.memory_bytes = options.memory_limit_mb * sandbox::kMiB;
  limits.required = *sandbox::isolation_level_from_string(options.require);
  if (daemon::daemon_wanted(options.no_daemon)) {
    if (auto code = daemon::run_in_daemon(python, script, limits, options.json)) return *code;
  }
  return run_here(python, script, limits, options.json);
}

}  // namespace

void add_run_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<RunOptions>();
  CLI::App* command = app.add_subcommand("run", "Run a plain Python script in the sandbox and report what happened");
  command->add_option("file", options->file, "The Python script")->required()->check(CLI::ExistingFile);
  command->add_option("--time-limit", options->time_limit_s, "CPU time limit in seconds")
      ->check(CLI::Range(0.01, 600.0))->capture_default_str();
  command->add_option("--wall-limit", options->wall_limit_s, "Wall-clock limit in seconds (default: 2 x time limit + 1)")
      ->check(CLI::Range(0.01, 3600.0));
  command->add_option("--memory-limit", options->memory_limit_mb, "Memory limit in MiB")
      ->check(CLI::Range(16, 65536))->capture_default_str();
  command->add_flag("--json", options->json, "Print the result as JSON (the program's output goes into it)");
  command->add_option("--require-isolation", options->require, "Refuse to run below this level")
      ->check(CLI::IsMember({"minimal", "standard", "strict"}))->capture_default_str();
  command->add_option("--python", options->python, "Interpreter (default: $JUDGE_PYTHON or /usr/bin/python3)");
  command->add_flag("--no-daemon", options->no_daemon,
                    "Start a sandbox for this run even when `judge daemon` is running (also: JUDGE_NO_DAEMON=1)");
  on_chosen(command, "run", exit_code, [options] { return run_file(*options); });
}

}  // namespace judge::cli
