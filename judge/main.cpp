#include <spdlog/spdlog.h>

#include <csignal>

#include "judge/cli/command.hpp"

int main(int argc, char** argv) {
  // A reader that goes away (`judge run x.py | head -1`) must not kill the
  // judge mid-run: writes then fail with EPIPE and judging goes on.
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"judge: a sandboxed judge for Python solutions"};
  app.set_version_flag("--version", std::string("judge ") + JUDGE_VERSION);
  app.require_subcommand(1);
  int exit_code = judge::cli::kExitOk;
  bool verbose = false;
  app.add_flag("-v,--verbose", verbose, "Log what the judge does");
  app.parse_complete_callback([&verbose] { spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::warn); });
  judge::cli::add_run_command(app, exit_code);
  judge::cli::add_daemon_command(app, exit_code);
  judge::cli::add_doctor_command(app, exit_code);
  judge::cli::add_submit_command(app, exit_code);
  judge::cli::add_list_command(app, exit_code);
  judge::cli::add_next_command(app, exit_code);
  judge::cli::add_hint_command(app, exit_code);
  judge::cli::add_show_command(app, exit_code);
  judge::cli::add_new_command(app, exit_code);
  judge::cli::add_typecheck_command(app, exit_code);
  judge::cli::add_validate_command(app, exit_code);
  judge::cli::add_grade_command(app, exit_code);
  judge::cli::add_gradescope_command(app, exit_code);
  judge::cli::add_service_commands(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : judge::cli::kExitError;
  }
  return exit_code;
}
