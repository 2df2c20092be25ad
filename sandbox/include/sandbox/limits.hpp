// Resource limits for one sandboxed run.
//
// A plain value type with safe defaults: a default-constructed Limits is fit
// for running an untrusted Python program. Validate before use; run() refuses
// invalid limits with a setup error rather than guessing.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace sandbox {

inline constexpr std::uint64_t kKiB = 1024;
inline constexpr std::uint64_t kMiB = 1024 * kKiB;

struct Limits {
  // CPU time of the whole program (all threads).
  std::chrono::milliseconds cpu_time{2000};
  // Wall-clock time from the moment the program starts executing.
  std::chrono::milliseconds wall_time{5000};
  // Resident memory of the program (cgroup), or address space when only
  // rlimits are available (see Result::memory_source).
  std::uint64_t memory_bytes = 256 * kMiB;
  std::uint64_t stack_bytes = 64 * kMiB;
  // Tasks: processes and threads together (pids cgroup / RLIMIT_NPROC).
  std::uint32_t max_tasks = 32;
  // Bytes kept per captured stream (stdout, stderr); exceeding it kills the
  // program with status output-limit. The judge never buffers more than this.
  std::uint64_t output_bytes = 16 * kMiB;
  // Largest file the program may write (RLIMIT_FSIZE).
  std::uint64_t file_size_bytes = 16 * kMiB;
  // Size of the private, writable work dir (tmpfs).
  std::uint64_t work_dir_bytes = 32 * kMiB;
  // Highest number of open file descriptors (RLIMIT_NOFILE).
  std::uint32_t open_files = 64;

  // Empty when the limits are usable; otherwise one message per problem.
  [[nodiscard]] std::vector<std::string> validate() const;
};

}  // namespace sandbox
