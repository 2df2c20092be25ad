// judge-service: `judge serve` and `judge worker`, which `judge` execs.
#include <spdlog/spdlog.h>

#include <csignal>

#include "judge/cli/command.hpp"

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a client that hangs up is an error to handle, not a death
  CLI::App app{"judge-service: the judge's HTTP API and Redis worker (run as `judge serve` / `judge worker`)"};
  app.set_version_flag("--version", std::string("judge ") + JUDGE_VERSION);
  app.require_subcommand(1);
  int exit_code = judge::cli::kExitOk;
  judge::cli::add_serve_command(app, exit_code);
  judge::cli::add_worker_command(app, exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
