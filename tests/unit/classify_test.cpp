#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>

#include "classify.hpp"

using sandbox::Status;
using sandbox::detail::ClassifyInput;
using sandbox::detail::classify;
using sandbox::detail::Observation;

namespace {

Observation ended(int how, int code) {
  Observation seen;
  seen.reaped = true;
  seen.how = how;
  seen.code = code;
  return seen;
}

Observation exited(int code) { return ended(CLD_EXITED, code); }
Observation killed(int signal) { return ended(CLD_KILLED, signal); }

}  // namespace

TEST_CASE("exit codes map to ok and exited-nonzero", "[classify]") {
  const sandbox::Limits limits;
  const auto ok = classify({exited(0), limits});
  CHECK(ok.status == Status::ok);
  CHECK(ok.exit_code == 0);
  CHECK_FALSE(ok.signal.has_value());
  const auto failed = classify({exited(2), limits});
  CHECK(failed.status == Status::exited_nonzero);
  CHECK(failed.message == "exited with code 2");
}

TEST_CASE("the first cause wins over the SIGKILL that follows it", "[classify]") {
  const sandbox::Limits limits;
  for (auto [kill, status] : {std::pair{Observation::Kill::wall_time, Status::wall_time_limit},
                              std::pair{Observation::Kill::cpu_time, Status::cpu_time_limit},
                              std::pair{Observation::Kill::output, Status::output_limit}}) {
    auto seen = killed(SIGKILL);
    seen.kill = kill;
    const auto verdict = classify({seen, limits, /*oom_killed=*/true});
    CHECK(verdict.status == status);
    CHECK(verdict.signal == SIGKILL);
  }
}

TEST_CASE("signals are told apart", "[classify]") {
  sandbox::Limits limits;
  limits.cpu_time = std::chrono::milliseconds(1000);
  CHECK(classify({killed(SIGSYS), limits}).status == Status::syscall_violation);
  CHECK(classify({killed(SIGXCPU), limits}).status == Status::cpu_time_limit);
  CHECK(classify({killed(SIGXFSZ), limits}).status == Status::output_limit);
  auto hard_cpu = killed(SIGKILL);
  hard_cpu.cpu_ms = 1500;
  CHECK(classify({hard_cpu, limits}).status == Status::cpu_time_limit);
  CHECK(classify({killed(SIGKILL), limits, /*oom_killed=*/true}).status == Status::memory_limit);
  const auto segv = classify({killed(SIGSEGV), limits});
  CHECK(segv.status == Status::signalled);
  CHECK(segv.message == "killed by SIGSEGV");
}

TEST_CASE("MemoryError counts as the memory limit only under RLIMIT_AS", "[classify]") {
  const sandbox::Limits limits;
  const std::string_view tail = "Traceback...\nMemoryError\n";
  CHECK(classify({exited(1), limits, false, true, tail}).status == Status::memory_limit);
  CHECK(classify({exited(1), limits, false, false, tail}).status == Status::exited_nonzero);
}

TEST_CASE("a setup failure is the sandbox's, not the program's", "[classify]") {
  auto seen = exited(127);
  seen.failure = sandbox::detail::ChildFailure{sandbox::detail::ChildStep::pivot_root, EPERM};
  const auto verdict = classify({seen, sandbox::Limits{}});
  CHECK(verdict.status == Status::setup_error);
  CHECK(verdict.message == "sandbox setup failed while pivoting to the new root: Operation not permitted");
  CHECK_FALSE(sandbox::is_program_outcome(verdict.status));
}

TEST_CASE("status names round-trip", "[classify]") {
  for (auto status : {Status::ok, Status::exited_nonzero, Status::signalled, Status::cpu_time_limit,
                      Status::wall_time_limit, Status::memory_limit, Status::output_limit,
                      Status::syscall_violation, Status::stopped, Status::setup_error, Status::internal_error}) {
    CHECK(sandbox::status_from_string(sandbox::to_string(status)) == status);
  }
  CHECK_FALSE(sandbox::status_from_string("bogus").has_value());
}
