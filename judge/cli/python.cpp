#include "judge/cli/python.hpp"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace judge::cli {

std::string resolve_python(const std::string& requested) {
  std::string choice = requested;
  if (choice.empty()) {
    const char* env = std::getenv("JUDGE_PYTHON");
    choice = env != nullptr && *env != '\0' ? env : "/usr/bin/python3";
  }
  std::error_code ec;
  const auto real = std::filesystem::canonical(choice, ec);
  if (ec) throw std::runtime_error("python interpreter not found: " + choice);
  return real.string();
}

}  // namespace judge::cli
