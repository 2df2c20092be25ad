#include "classify.hpp"

#include <signal.h>
#include <string.h>

#include <system_error>

namespace sandbox::detail {
namespace {

std::string signal_name(int signal) {
  const char* abbrev = ::sigabbrev_np(signal);
  return abbrev != nullptr ? std::string("SIG") + abbrev : "signal " + std::to_string(signal);
}

std::string ms(std::chrono::milliseconds value) { return std::to_string(value.count()) + " ms"; }

std::string mib(std::uint64_t bytes) { return std::to_string(bytes / kMiB) + " MiB"; }

}  // namespace

Verdict classify(const ClassifyInput& input) {
  const Observation& seen = input.seen;
  Verdict verdict{Status::internal_error, std::nullopt, std::nullopt, {}};
  if (seen.failure) {
    verdict.status = Status::setup_error;
    verdict.message = "sandbox setup failed while " + std::string(to_string(seen.failure->step)) + ": " +
                      std::generic_category().message(seen.failure->error);
    return verdict;
  }
  if (!seen.reaped) {
    verdict.message = "the program could not be waited for";
    return verdict;
  }
  const bool exited = seen.how == CLD_EXITED;
  if (exited) {
    verdict.exit_code = seen.code;
  } else {
    verdict.signal = seen.code;
  }
  // Our own kills first: they explain the SIGKILL that follows them.
  switch (seen.kill) {
    case Observation::Kill::wall_time:
      verdict.status = Status::wall_time_limit;
      verdict.message = "wall-clock limit of " + ms(input.limits.wall_time) + " exceeded";
      return verdict;
    case Observation::Kill::cpu_time:
      verdict.status = Status::cpu_time_limit;
      verdict.message = "CPU time limit of " + ms(input.limits.cpu_time) + " exceeded";
      return verdict;
    case Observation::Kill::output:
      verdict.status = Status::output_limit;
      verdict.message = "output exceeded " + std::to_string(input.limits.output_bytes) + " bytes on one stream";
      return verdict;
    case Observation::Kill::watchdog:
      verdict.status = Status::stopped;
      verdict.message = seen.watchdog_reason;
      return verdict;
    case Observation::Kill::none:
      break;
  }
  if (input.oom_killed) {
    verdict.status = Status::memory_limit;
    verdict.message = "memory limit of " + mib(input.limits.memory_bytes) + " exceeded";
    return verdict;
  }
  if (!exited) {
    const int sig = seen.code;
    if (sig == SIGSYS) {
      verdict.status = Status::syscall_violation;
      verdict.message = "a forbidden system call was made (killed by seccomp)";
    } else if (sig == SIGXCPU || (sig == SIGKILL && seen.cpu_ms >= static_cast<std::uint64_t>(input.limits.cpu_time.count()))) {
      verdict.status = Status::cpu_time_limit;
      verdict.message = "CPU time limit of " + ms(input.limits.cpu_time) + " exceeded";
    } else if (sig == SIGXFSZ) {
      verdict.status = Status::output_limit;
      verdict.message = "file size limit of " + std::to_string(input.limits.file_size_bytes) + " bytes exceeded";
    } else {
      verdict.status = Status::signalled;
      verdict.message = "killed by " + signal_name(sig);
    }
    return verdict;
  }
  if (seen.code == 0) {
    verdict.status = Status::ok;
    verdict.message = "exited normally";
    return verdict;
  }
  // Under RLIMIT_AS, running out of memory is an allocation failure that
  // CPython reports as MemoryError; a program faking it only hurts itself.
  if (input.memory_by_rlimit && input.stderr_tail.find("MemoryError") != std::string_view::npos) {
    verdict.status = Status::memory_limit;
    verdict.message = "memory limit of " + mib(input.limits.memory_bytes) + " (address space) exceeded";
    return verdict;
  }
  verdict.status = Status::exited_nonzero;
  verdict.message = "exited with code " + std::to_string(seen.code);
  return verdict;
}

}  // namespace sandbox::detail
