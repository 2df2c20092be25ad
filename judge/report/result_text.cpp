#include "judge/report/result_text.hpp"

#include <sstream>

namespace judge::report {

std::string to_text(const std::vector<sandbox::Protection>& protections) {
  std::ostringstream out;
  for (const auto& protection : protections) {
    out << "  " << (protection.active ? "active       " : "unavailable  ") << protection.name;
    out << std::string(protection.name.size() < 20 ? 20 - protection.name.size() : 1, ' ') << protection.detail << "\n";
  }
  return out.str();
}

std::string to_text(const sandbox::Result& result) {
  std::ostringstream out;
  out << "status: " << sandbox::to_string(result.status) << " (" << result.message << ")\n";
  if (result.exit_code) out << "exit code: " << *result.exit_code << "\n";
  if (result.signal) out << "signal: " << *result.signal << "\n";
  out << "cpu: " << result.cpu_ms << " ms, wall: " << result.wall_ms << " ms, peak memory: "
      << result.peak_memory_kib << " KiB (" << sandbox::to_string(result.memory_source) << ")\n";
  out << "output: " << result.stdout_bytes << " bytes on stdout, " << result.stderr_bytes << " on stderr\n";
  std::size_t inactive = 0;
  for (const auto& protection : result.protections) inactive += protection.active ? 0 : 1;
  if (inactive > 0) out << "protections unavailable: " << inactive << " (see `judge doctor`)\n";
  return out.str();
}

}  // namespace judge::report
