#include "sandbox/limits.hpp"

namespace sandbox {

std::vector<std::string> Limits::validate() const {
  std::vector<std::string> errors;
  auto require = [&](bool ok, const char* message) {
    if (!ok) errors.emplace_back(message);
  };
  require(cpu_time.count() > 0, "cpu_time must be positive");
  require(wall_time.count() > 0, "wall_time must be positive");
  require(memory_bytes >= 16 * kMiB, "memory_bytes must be at least 16 MiB (CPython needs ~10 MiB to start)");
  require(stack_bytes >= 256 * kKiB, "stack_bytes must be at least 256 KiB");
  require(stack_bytes <= memory_bytes, "stack_bytes must not exceed memory_bytes");
  require(max_tasks >= 1, "max_tasks must be at least 1");
  require(output_bytes >= 1, "output_bytes must be at least 1");
  require(file_size_bytes >= 1, "file_size_bytes must be at least 1");
  require(work_dir_bytes >= 64 * kKiB, "work_dir_bytes must be at least 64 KiB");
  // The exec-once guard relies on fd numbers at or above the limit being
  // impossible to create (see seccomp.cpp); keep the limit well below it.
  require(open_files >= 8 && open_files <= 512, "open_files must be between 8 and 512");
  return errors;
}

}  // namespace sandbox
