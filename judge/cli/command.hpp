// Each subcommand registers itself on the CLI11 app and, when chosen, sets
// the process exit code (judge/util/exit_codes.hpp).
#pragma once

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

#include "judge/util/exit_codes.hpp"

namespace judge::cli {

using judge::kExitError;
using judge::kExitFailed;
using judge::kExitOk;

// Runs `body` when the subcommand is chosen and sets the exit code from it;
// an exception becomes "judge NAME: why" on stderr and exit code 2.
template <typename Body>
void on_chosen(CLI::App* command, const char* name, int& exit_code, Body body) {
  command->callback([name, &exit_code, body] {
    try {
      exit_code = body();
    } catch (const std::exception& error) {
      std::cerr << "judge " << name << ": " << error.what() << "\n";
      exit_code = kExitError;
    }
  });
}

void add_run_command(CLI::App& app, int& exit_code);
void add_daemon_command(CLI::App& app, int& exit_code);
void add_doctor_command(CLI::App& app, int& exit_code);
void add_submit_command(CLI::App& app, int& exit_code);
void add_list_command(CLI::App& app, int& exit_code);
void add_next_command(CLI::App& app, int& exit_code);
void add_hint_command(CLI::App& app, int& exit_code);
void add_show_command(CLI::App& app, int& exit_code);
void add_new_command(CLI::App& app, int& exit_code);
void add_typecheck_command(CLI::App& app, int& exit_code);
void add_validate_command(CLI::App& app, int& exit_code);
void add_grade_command(CLI::App& app, int& exit_code);
void add_gradescope_command(CLI::App& app, int& exit_code);
void add_serve_command(CLI::App& app, int& exit_code);   // judge-service
void add_service_commands(CLI::App& app, int& exit_code);  // judge: exec judge-service
void add_worker_command(CLI::App& app, int& exit_code);  // judge-service

}  // namespace judge::cli
