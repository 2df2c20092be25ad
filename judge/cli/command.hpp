// Each subcommand registers itself on the CLI11 app and, when chosen, sets
// the process exit code. Exit codes: 0 success, 1 the program failed or was
// stopped, 2 usage or internal error.
#pragma once

#include <CLI/CLI.hpp>

namespace judge::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitError = 2;

void add_run_command(CLI::App& app, int& exit_code);
void add_doctor_command(CLI::App& app, int& exit_code);
void add_submit_command(CLI::App& app, int& exit_code);
void add_list_command(CLI::App& app, int& exit_code);
void add_show_command(CLI::App& app, int& exit_code);
void add_new_command(CLI::App& app, int& exit_code);
void add_typecheck_command(CLI::App& app, int& exit_code);

}  // namespace judge::cli
