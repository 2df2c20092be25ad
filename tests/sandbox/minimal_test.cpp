// Without namespaces (a container that forbids them), what still holds:
// seccomp, rlimits, the judge's own limits, and cleanup of the host work dir.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "support.hpp"

using sandbox::Status;
using sandbox_test::run_program;

namespace {

void without_namespaces(sandbox::Spec& spec) { spec.use_namespaces = false; }

int leftover_work_dirs() {
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::temp_directory_path())) {
    count += entry.path().filename().string().rfind("judge-run-", 0) == 0 ? 1 : 0;
  }
  return count;
}

}  // namespace

TEST_CASE("without namespaces a program still runs and says what it lacks", "[minimal]") {
  const int before = leftover_work_dirs();
  const auto result = run_program("hello.py", {}, without_namespaces);
  INFO(result.message << result.stderr_data);
  CHECK(result.status == Status::ok);
  CHECK(result.stdout_data == "hello from the sandbox\n");
  for (const auto& protection : result.protections) {
    if (protection.name == "pid-namespace" || protection.name == "mount-namespace") {
      CHECK_FALSE(protection.active);
      CHECK(protection.detail.find("disabled for this run") != std::string::npos);
    }
    if (protection.name == "seccomp") CHECK(protection.active);
  }
  CHECK(leftover_work_dirs() == before);
}

TEST_CASE("without namespaces seccomp and the limits still contain", "[minimal]") {
  const int before = leftover_work_dirs();
  for (const char* name : {"fork_bomb.py", "raw_fork.py", "os_system.py", "exec_again.py", "ptrace.py"}) {
    const auto result = run_program(name, {}, without_namespaces);
    INFO(name << ": " << result.message << result.stderr_data);
    CHECK(result.status == Status::syscall_violation);
  }
  CHECK(run_program("ignore_signals_spin.py", {}, without_namespaces).status == Status::cpu_time_limit);
  CHECK(run_program("flood_stdout.py", {}, without_namespaces).status == Status::output_limit);
  const auto sleeper = run_program("sleep_forever.py", {}, [](sandbox::Spec& spec) {
    spec.use_namespaces = false;
    spec.limits.wall_time = std::chrono::milliseconds(500);
  });
  CHECK(sleeper.status == Status::wall_time_limit);
  const auto hog = run_program("allocate_forever.py", {}, [](sandbox::Spec& spec) {
    spec.use_namespaces = false;
    spec.limits.memory_bytes = 128 * sandbox::kMiB;
  });
  INFO(hog.message << hog.stderr_data.substr(0, 500));
  CHECK(hog.status == Status::memory_limit);
  const auto tcp = run_program("tcp_connect.py", {{"PORT", "9"}}, without_namespaces);
  CHECK(tcp.stderr_data.find("PermissionError") != std::string::npos);
  CHECK(sandbox_test::no_children_left());
  CHECK(leftover_work_dirs() == before);
}

TEST_CASE("without a PID namespace the program cannot signal anyone else", "[minimal]") {
  const pid_t bystander = ::fork();
  if (bystander == 0) {
    ::pause();
    ::_exit(0);
  }
  REQUIRE(bystander > 0);
  const auto result = run_program("kill_everyone.py", {}, without_namespaces);
  INFO(result.message << result.stdout_data << result.stderr_data);
  CHECK(::kill(bystander, 0) == 0);
  ::kill(bystander, SIGKILL);
  ::waitpid(bystander, nullptr, 0);
  // kill(-1), kill(ppid) and kill(1) are refused; kill(0) reaches its own session only.
  CHECK(result.stdout_data.find("kill -1 Operation not permitted") != std::string::npos);
  CHECK(result.stdout_data.find("kill 1 Operation not permitted") != std::string::npos);
  CHECK(result.status == Status::signalled);
  CHECK(result.signal == SIGKILL);
}

TEST_CASE("a run without namespaces is refused when standard isolation is required", "[minimal]") {
  const auto result = run_program("hello.py", {}, [](sandbox::Spec& spec) {
    spec.use_namespaces = false;
    spec.required = sandbox::IsolationLevel::standard;
  });
  CHECK(result.status == Status::setup_error);
  CHECK(result.message.find("'standard' required") != std::string::npos);
}
