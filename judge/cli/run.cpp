// `judge run FILE.py`: a plain Python script in the sandbox, stdin and the
// program's output passed through (capped), then the Result.
#include <fcntl.h>
#include <unistd.h>

#include <iostream>

#include "judge/cli/command.hpp"
#include "judge/cli/python.hpp"
#include "judge/report/result_json.hpp"
#include "judge/report/result_text.hpp"
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
  std::string require = "minimal";
  std::string python;
};

// Runs the learner's script as __main__ once the sandbox releases it (see
// Spec::release_fd), and hides its own frame from tracebacks.
constexpr int kReleaseFd = 3;
constexpr const char* kBootstrap =
    "import sys,posix;posix.read(3,1);posix.close(3);sys.argv=sys.argv[1:];__file__=sys.argv[0];"
    "sys.excepthook=lambda t,v,b,h=sys.__excepthook__:h(t,v.with_traceback(b.tb_next or b),b.tb_next or b);del sys,posix;"
    "exec(compile(open(__file__,'rb').read(),__file__,'exec'))";

void write_fd(int fd, std::string_view chunk) {
  while (!chunk.empty()) {
    const ssize_t written = ::write(fd, chunk.data(), chunk.size());
    if (written <= 0) return;  // our reader went away; keep judging
    chunk.remove_prefix(static_cast<std::size_t>(written));
  }
}

int run_file(const RunOptions& options) {
  const auto source = util::read_file(options.file);
  if (!source) {
    std::cerr << "judge run: cannot read " << options.file << "\n";
    return kExitError;
  }

  sandbox::Spec spec;
  spec.policy = sandbox::Policy::for_python(resolve_python(options.python));
  // Tracebacks name the learner's own file.
  std::string name = std::filesystem::path(options.file).filename().string();
  if (name.empty() || name.front() == '.') name = "main.py";
  const std::string sandbox_path = "/box/" + name;
  spec.policy.files.push_back({sandbox_path, *source, false});
  spec.argv = {spec.policy.executable, "-I", "-S", "-B", "-c", kBootstrap, sandbox_path};
  spec.release_fd = kReleaseFd;
  spec.env.push_back("PYTHONIOENCODING=utf-8");
  spec.limits.cpu_time = std::chrono::milliseconds(static_cast<long>(options.time_limit_s * 1000));
  const double wall = options.wall_limit_s > 0 ? options.wall_limit_s : options.time_limit_s * 2 + 1;
  spec.limits.wall_time = std::chrono::milliseconds(static_cast<long>(wall * 1000));
  spec.limits.memory_bytes = options.memory_limit_mb * sandbox::kMiB;
  spec.required = *sandbox::isolation_level_from_string(options.require);
  // A closed stdin (`judge run x.py <&-`) reads as empty.
  spec.stdin_fd = ::fcntl(STDIN_FILENO, F_GETFD) >= 0 ? STDIN_FILENO : -1;
  if (!options.json) {
    spec.stdout_sink = [](std::string_view chunk) { write_fd(STDOUT_FILENO, chunk); };
    spec.stderr_sink = [](std::string_view chunk) { write_fd(STDERR_FILENO, chunk); };
  }

  const sandbox::Result result = sandbox::run(spec);
  if (options.json) {
    std::cout << report::to_json(result, true).dump(2) << "\n";
  } else {
    std::cerr << "\n--- judge ---\n" << report::to_text(result);
  }
  if (!sandbox::is_program_outcome(result.status)) return kExitError;
  return result.status == sandbox::Status::ok ? kExitOk : kExitFailed;
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
  on_chosen(command, "run", exit_code, [options] { return run_file(*options); });
}

}  // namespace judge::cli
