// `judge serve` and `judge worker` hand over to the judge-service binary
// beside this one (see judge/CMakeLists.txt for why it is separate).
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "judge/cli/command.hpp"

namespace judge::cli {
namespace {

void exec_service(const std::string& command, const std::vector<std::string>& args) {
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe");
  const std::string service = (self.parent_path() / "judge-service").string();
  std::vector<std::string> argv = {service, command};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> raw;
  for (auto& arg : argv) raw.push_back(arg.data());
  raw.push_back(nullptr);
  ::execv(service.c_str(), raw.data());
  throw std::runtime_error("cannot start " + service + ": " + std::strerror(errno));
}

void add_service_command(CLI::App& app, int& exit_code, const char* name, const char* description) {
  CLI::App* command = app.add_subcommand(name, description);
  // Every argument, --help included, is judge-service's to parse.
  command->prefix_command();
  command->set_help_flag();
  on_chosen(command, name, exit_code, [command, name] {
    exec_service(name, command->remaining());
    return kExitError;
  });
}

}  // namespace

void add_service_commands(CLI::App& app, int& exit_code) {
  add_service_command(app, exit_code, "serve", "The HTTP API for course platforms (judge serve --help)");
  add_service_command(app, exit_code, "worker", "Judge submissions from a Redis stream (judge worker --help)");
}

}  // namespace judge::cli
