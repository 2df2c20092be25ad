// `judge doctor`: which protections this machine gives the sandbox, and why
// the missing ones are missing.
#include <iostream>

#include "judge/cli/command.hpp"
#include "judge/report/result_json.hpp"
#include "judge/report/result_text.hpp"
#include "sandbox/probe.hpp"

namespace judge::cli {

void add_doctor_command(CLI::App& app, int& exit_code) {
  struct Options {
    bool json = false;
    std::string require = "minimal";
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand("doctor", "Show which sandbox protections this machine offers");
  command->add_flag("--json", options->json, "Print as JSON");
  command->add_option("--require-isolation", options->require, "Exit 1 when the machine offers less than this")
      ->check(CLI::IsMember({"minimal", "standard", "strict"}))->capture_default_str();
  command->callback([options, &exit_code] {
    const auto caps_ptr = sandbox::verify_capabilities();
    const auto& caps = *caps_ptr;
    const auto level = caps.level();
    const bool enough = level >= *sandbox::isolation_level_from_string(options->require);
    if (options->json) {
      nlohmann::json json{{"isolation", sandbox::to_string(level)},
                          {"running_as_root", caps.is_root},
                          {"protections", report::to_json(caps.protections)}};
      std::cout << json.dump(2) << "\n";
    } else {
      std::cout << "isolation level: " << sandbox::to_string(level) << (caps.is_root ? " (running as root)" : " (running unprivileged)") << "\n"
                << report::to_text(caps.protections);
      if (!enough) std::cout << "below the required level '" << options->require << "'\n";
    }
    exit_code = enough ? kExitOk : kExitFailed;
  });
}

}  // namespace judge::cli
