// Each hostile program attempts one thing; the Result says how it ended and
// the host is checked afterwards.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "support.hpp"

using sandbox::Status;
using sandbox_test::no_children_left;
using sandbox_test::no_sandbox_processes_left;
using sandbox_test::run_program;

namespace {

void require_contained(const sandbox::Result& result) {
  INFO("message: " << result.message << "\nstdout: " << result.stdout_data.substr(0, 2000)
                   << "\nstderr: " << result.stderr_data.substr(0, 2000));
  CHECK(no_children_left());
  CHECK(no_sandbox_processes_left());
}

std::string describe(const sandbox::Result& result) {
  return std::string(sandbox::to_string(result.status)) + ": " + result.message + "\nstdout: " +
         result.stdout_data.substr(0, 1000) + "\nstderr: " + result.stderr_data.substr(0, 1000);
}

}  // namespace

TEST_CASE("a fork bomb ends at its first fork", "[hostile]") {
  REQUIRE_SANDBOX();
  for (const char* name : {"fork_bomb.py", "raw_fork.py", "clone_process.py"}) {
    const auto result = run_program(name);
    INFO(name << " -> " << describe(result));
    CHECK(result.status == Status::syscall_violation);
    CHECK(result.wall_ms < 2000);
    require_contained(result);
  }
}

TEST_CASE("a thread bomb is stopped by the task limit", "[hostile]") {
  REQUIRE_SANDBOX();
  const auto result = run_program("thread_bomb.py", {}, [](sandbox::Spec& spec) { spec.limits.max_tasks = 16; });
  INFO(describe(result));
  CHECK(result.status == Status::ok);
  // The main thread is a task too: at most 15 more.
  CHECK(result.stdout_data.rfind("threads ", 0) == 0);
  const int started = std::stoi(result.stdout_data.substr(8));
  CHECK(started <= 15);
  CHECK(started >= 1);
  require_contained(result);
}

TEST_CASE("no other program can be executed", "[hostile]") {
  REQUIRE_SANDBOX();
  for (const char* name : {"os_system.py", "subprocess_sh.py", "exec_again.py"}) {
    const auto result = run_program(name);
    INFO(name << " -> " << describe(result));
    CHECK(result.status == Status::syscall_violation);
    CHECK(result.stdout_data.find("returned") == std::string::npos);
    CHECK(result.stdout_data.find("second exec") == std::string::npos);
    require_contained(result);
  }
  CHECK_FALSE(std::filesystem::exists("/tmp/escaped"));
}

TEST_CASE("a TCP connection to the host never arrives", "[hostile]") {
  REQUIRE_SANDBOX();
  const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  REQUIRE(listener >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  REQUIRE(::listen(listener, 4) == 0);
  socklen_t length = sizeof address;
  REQUIRE(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) == 0);

  const auto result = run_program("tcp_connect.py", {{"PORT", std::to_string(ntohs(address.sin_port))}});
  INFO(describe(result));
  CHECK(result.status == Status::exited_nonzero);
  CHECK(result.stderr_data.find("PermissionError") != std::string::npos);
  CHECK(result.stdout_data.find("connected") == std::string::npos);
  CHECK(::accept(listener, nullptr, nullptr) < 0);  // nothing queued
  ::close(listener);
  require_contained(result);
}

TEST_CASE("AF_UNIX socket pairs still work", "[hostile]") {
  REQUIRE_SANDBOX();
  const auto result = run_program("unix_socketpair.py");
  INFO(describe(result));
  CHECK(result.status == Status::ok);
  CHECK(result.stdout_data == "ping\n");
}

TEST_CASE("writes anywhere never reach the host", "[hostile]") {
  REQUIRE_SANDBOX();
  const std::string token = sandbox_test::unique_token();
  const auto result = run_program("write_everywhere.py", {{"TOKEN", token}});
  INFO(describe(result));
  CHECK(result.status == Status::ok);
  // Only the private work dir is writable inside; nothing appears outside.
  CHECK(result.stdout_data.find("wrote /tmp/" + token) != std::string::npos);
  for (const char* dir : {"/var/tmp/", "/dev/shm/", "/root/", "/", "/box/", "/usr/lib/"}) {
    CHECK(result.stdout_data.find(std::string("denied ") + dir + token) != std::string::npos);
  }
  for (const char* dir : {"/tmp/", "/var/tmp/", "/dev/shm/", "/root/", "/", "/usr/lib/"}) {
    std::error_code unreadable;  // /root is closed to an unprivileged test run
    CHECK_FALSE(std::filesystem::exists(std::string(dir) + token, unreadable));
  }
  require_contained(result);
}

TEST_CASE("the judge's files and root's files cannot be read", "[hostile]") {
  REQUIRE_SANDBOX();
  const std::string self = std::filesystem::canonical("/proc/self/exe").string();
  const std::string paths = "['" + self + "', '" TEST_PROGRAMS_DIR "/hello.py', '/root/.bashrc', "
                            "'/etc/shadow', '/etc/passwd', '/proc/1/environ', '/home', '/proc/self/mounts']";
  const auto result = run_program("read_secrets.py", {{"PATHS", paths}});
  INFO(describe(result));
  CHECK(result.status == Status::ok);
  CHECK(result.stdout_data.find("READ") == std::string::npos);
  require_contained(result);
}

TEST_CASE("kill(-1) and killing the parent reach nothing outside", "[hostile]") {
  REQUIRE_SANDBOX();
  // A bystander the program would hit if its signals escaped.
  const pid_t bystander = ::fork();
  if (bystander == 0) {
    ::pause();
    ::_exit(0);
  }
  REQUIRE(bystander > 0);
  const auto result = run_program("kill_everyone.py");
  INFO(describe(result));
  CHECK(::kill(bystander, 0) == 0);  // still alive
  ::kill(bystander, SIGKILL);
  ::waitpid(bystander, nullptr, 0);
  // Pid 2 under the namespace's init: kill(-1), its parent and pid 1 reach
  // nothing (an init ignores its namespace's signals); kill(0) reaches its
  // own session only, so it ends by its own SIGKILL.
  CHECK(result.stdout_data.rfind("pid 2 ppid 1\n", 0) == 0);
  CHECK(result.status == Status::signalled);
  CHECK(result.signal == SIGKILL);
  CHECK(result.stdout_data.find("still here") == std::string::npos);
  require_contained(result);
}

TEST_CASE("a program can abort and signal itself like anywhere else", "[hostile]") {
  REQUIRE_SANDBOX();
  const auto aborted = sandbox::run(sandbox_test::python_spec("import os\nos.abort()\n"));
  CHECK(aborted.status == Status::signalled);
  CHECK(aborted.signal == SIGABRT);
  const auto terminated =
      sandbox::run(sandbox_test::python_spec("import os, signal\nos.kill(os.getpid(), signal.SIGTERM)\nprint('alive')\n"));
  CHECK(terminated.status == Status::signalled);
  CHECK(terminated.signal == SIGTERM);
  CHECK(terminated.stdout_data.empty());
}

TEST_CASE("ignoring SIGXCPU and spinning ends at the CPU limit", "[hostile]") {
  REQUIRE_SANDBOX();
  const auto result = run_program("ignore_signals_spin.py");
  INFO(describe(result));
  CHECK(result.status == Status::cpu_time_limit);
  CHECK(result.cpu_ms >= 1000);
  CHECK(result.wall_ms < 2500);
  require_contained(result);
}

TEST_CASE("sleeping forever ends at the wall-clock limit", "[hostile]") {
  REQUIRE_SANDBOX();
  const auto result = run_program("sleep_forever.py", {}, [](sandbox::Spec& spec) {
    spec.limits.wall_time = std::chrono::milliseconds(700);
  });
  INFO(describe(result));
  CHECK(result.status == Status::wall_time_limit);
  CHECK(result.wall_ms >= 700);
  CHECK(result.wall_ms < 1500);
  require_contained(result);
}

TEST_CASE("allocating until death ends at the memory limit", "[hostile]") {
  REQUIRE_SANDBOX();
  const auto result = run_program("allocate_forever.py", {}, [](sandbox::Spec& spec) {
    spec.limits.memory_bytes = 128 * sandbox::kMiB;
  });
  INFO(describe(result));
  CHECK(result.status == Status::memory_limit);
  CHECK(result.wall_ms < 3000);
  require_contained(result);
}

TEST_CASE("a flood of output costs the judge no more than the cap", "[hostile]") {
  REQUIRE_SANDBOX();
  for (const char* name : {"flood_stdout.py", "flood_stderr.py"}) {
    const auto result = run_program(name);
    INFO(name << " -> " << sandbox::to_string(result.status) << ": " << result.message);
    CHECK(result.status == Status::output_limit);
    CHECK(result.stdout_data.size() <= (1u << 20));
    CHECK(result.stderr_data.size() <= (1u << 20));
    CHECK(result.stdout_bytes + result.stderr_bytes > (1u << 20));
    CHECK(result.wall_ms < 2500);
    require_contained(result);
  }
}

TEST_CASE("filling the work dir stops at its size", "[hostile]") {
  REQUIRE_SANDBOX();
  const auto result = run_program("fill_tmp.py", {}, [](sandbox::Spec& spec) {
    spec.limits.work_dir_bytes = 8 * sandbox::kMiB;
  });
  INFO(describe(result));
  CHECK(result.status == Status::ok);
  CHECK(result.stdout_data.find("No space left on device") != std::string::npos);
  CHECK(std::stoi(result.stdout_data.substr(std::string("stopped after ").size())) <= 8);
  require_contained(result);
}

TEST_CASE("a file larger than the file size limit is refused", "[hostile]") {
  REQUIRE_SANDBOX();
  const auto result = run_program("file_size.py", {}, [](sandbox::Spec& spec) {
    spec.limits.file_size_bytes = 1 * sandbox::kMiB;
  });
  INFO(describe(result));
  // CPython ignores SIGXFSZ, so the write fails with EFBIG instead.
  CHECK(result.status == Status::exited_nonzero);
  CHECK(result.stderr_data.find("File too large") != std::string::npos);
}

TEST_CASE("deep recursion ends quickly", "[hostile]") {
  REQUIRE_SANDBOX();
  // CPython 3.11 keeps Python frames on the heap: the recursion ends when
  // memory does, or at the C stack for frames that recurse in C.
  const auto result = run_program("deep_recursion.py", {}, [](sandbox::Spec& spec) {
    spec.limits.stack_bytes = 8 * sandbox::kMiB;
    spec.limits.memory_bytes = 64 * sandbox::kMiB;
  });
  INFO(describe(result));
  const bool crashed = result.status == Status::signalled && result.signal == SIGSEGV;
  const bool caught = result.status == Status::exited_nonzero;
  CHECK((crashed || caught || result.status == Status::memory_limit));
  CHECK(result.wall_ms < 3000);
  require_contained(result);
}

TEST_CASE("a symlink planted in the work dir never leads the judge to a host file", "[hostile]") {
  REQUIRE_SANDBOX();
  // Outside /tmp, which the sandbox shadows with its own.
  const std::string target = std::filesystem::current_path() / (sandbox_test::unique_token() + ".canary");
  {
    std::ofstream canary(target);
    REQUIRE(canary.is_open());
    canary << "canary";
  }
  ::chmod(target.c_str(), 0666);
  const auto result = run_program("plant_symlink.py", {{"TOKEN", sandbox_test::unique_token()}, {"TARGET", target}});
  INFO(describe(result));
  CHECK(result.status == Status::ok);
  CHECK(result.stdout_data.find("WROTE THROUGH") == std::string::npos);
  std::ifstream canary(target);
  std::string content;
  canary >> content;
  CHECK(content == "canary");
  std::filesystem::remove(target);
  require_contained(result);
}

TEST_CASE("kernel attack surface is a violation", "[hostile]") {
  REQUIRE_SANDBOX();
  for (const char* name : {"ptrace.py", "mount_tmpfs.py", "unshare_user.py", "i386_syscall.py"}) {
    const auto result = run_program(name);
    INFO(name << " -> " << describe(result));
    CHECK(result.status == Status::syscall_violation);
    CHECK(result.stdout_data.find("returned") == std::string::npos);
    require_contained(result);
  }
}

TEST_CASE("x32 system call numbers do not dodge the filter", "[hostile]") {
  REQUIRE_SANDBOX();
  const auto result = run_program("x32_syscall.py");
  INFO(describe(result));
  // Killed as a foreign ABI, or refused by a kernel built without x32.
  const bool refused = result.status == Status::ok && result.stdout_data.find("x32 returned -1 38") != std::string::npos;
  CHECK((result.status == Status::syscall_violation || refused));
}
