// The judge CLI as a user runs it: a real process, real exit codes.
#include <boost/asio/io_context.hpp>
#include <boost/process.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>

#include <signal.h>

#include "../skip.hpp"
#include "sandbox/probe.hpp"

namespace bp = boost::process;

namespace {

struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};

CliRun judge(const std::vector<std::string>& args, const std::string& input = "") {
  boost::asio::io_context io;
  std::future<std::string> out, err;
  // The exit code comes from on_exit: with an io_context, Boost.Process
  // reaps the child itself and child.exit_code() can be stale.
  int exit_code = -1;
  bp::child child(JUDGE_BINARY, bp::args(args), bp::std_in < bp::buffer(input), bp::std_out > out,
                  bp::std_err > err, io, bp::on_exit([&](int code, const std::error_code&) { exit_code = code; }));
  io.run_for(std::chrono::seconds(30));
  if (child.running()) child.terminate();
  return {exit_code, out.get(), err.get()};
}

std::string write_script(const std::string& name, const std::string& source) {
  const auto dir = std::filesystem::temp_directory_path() / ("judge-e2e-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path) << source;
  return path.string();
}

std::string why_sandbox_unavailable() {
  const auto caps = sandbox::capabilities();
  return caps->other_namespaces ? "" : "no namespaces on this machine: " + caps->namespace_reason;
}

#define REQUIRE_SANDBOX()                                           \
  do {                                                              \
    if (const auto why = why_sandbox_unavailable(); !why.empty()) { \
      SKIP_TEST(why);                                               \
    }                                                               \
  } while (false)

}  // namespace

TEST_CASE("judge run prints the program's output and a result", "[e2e]") {
  REQUIRE_SANDBOX();
  const auto run = judge({"run", write_script("hello.py", "print('hello, learner')\n")});
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out == "hello, learner\n");
  CHECK(run.err.find("status: ok") != std::string::npos);
  CHECK(run.err.find("peak memory") != std::string::npos);
}

TEST_CASE("judge run passes stdin through", "[e2e]") {
  REQUIRE_SANDBOX();
  const auto run = judge({"run", write_script("greet.py", "name = input()\nprint(f'hi {name}')\n")}, "Ada\n");
  CHECK(run.exit_code == 0);
  CHECK(run.out == "hi Ada\n");
}

TEST_CASE("judge run --json reports the result and the output", "[e2e]") {
  REQUIRE_SANDBOX();
  const auto run = judge({"run", "--json", write_script("fails.py", "print('partial')\nraise KeyError('k')\n")});
  CHECK(run.exit_code == 1);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["schema"] == "judge.sandbox-result/v1");
  CHECK(json["status"] == "exited-nonzero");
  CHECK(json["exit_code"] == 1);
  CHECK(json["stdout"] == "partial\n");
  // The learner's traceback names their own file, not the judge's bootstrap.
  const std::string traceback = json["stderr"];
  CHECK(traceback.find("/box/fails.py\", line 2") != std::string::npos);
  CHECK(traceback.find("<string>") == std::string::npos);
  CHECK(json["protections"].is_array());
}

TEST_CASE("judge run --time-limit stops a spinning program", "[e2e]") {
  REQUIRE_SANDBOX();
  const auto run = judge({"run", "--json", "--time-limit", "0.3", write_script("spin.py", "while True: pass\n")});
  CHECK(run.exit_code == 1);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["status"] == "cpu-time-limit");
  CHECK(json["cpu_ms"] >= 300);
  CHECK(json["cpu_ms"] < 1000);
}

TEST_CASE("judge run --memory-limit stops a hog", "[e2e]") {
  REQUIRE_SANDBOX();
  const auto run = judge({"run", "--json", "--memory-limit", "64",
                          write_script("hog.py", "x = bytearray(200 * 1024 * 1024)\n")});
  CHECK(run.exit_code == 1);
  CHECK(nlohmann::json::parse(run.out)["status"] == "memory-limit");
}

// Whether any process's command line contains `marker`.
bool process_running_with(const std::string& marker) {
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    const std::string name = entry.path().filename();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream cmdline(entry.path() / "cmdline");
    std::string text((std::istreambuf_iterator<char>(cmdline)), std::istreambuf_iterator<char>());
    if (text.find(marker) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("a program never outlives a judge that dies", "[e2e]") {
  REQUIRE_SANDBOX();
  const std::string name = "orphan-" + std::to_string(::getpid()) + ".py";
  const auto script = write_script(name, "import time\nprint('ready', flush=True)\ntime.sleep(3600)\n");
  bp::ipstream out;
  bp::child judge_process(JUDGE_BINARY, "run", "--time-limit", "60", script, bp::std_out > out,
                          bp::std_err > bp::null, bp::std_in < bp::null);
  std::string line;
  REQUIRE(std::getline(out, line));
  CHECK(line == "ready");
  CHECK(process_running_with(name));
  ::kill(judge_process.id(), SIGKILL);
  judge_process.wait();
  bool gone = false;
  for (int i = 0; i < 200 && !gone; ++i) {
    gone = !process_running_with(name);
    if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(gone);
}

TEST_CASE("a reader that goes away does not kill the judge", "[e2e]") {
  REQUIRE_SANDBOX();
  const auto script = write_script("many.py", "for i in range(200000):\n    print(i)\n");
  const auto shell = "'" JUDGE_BINARY "' run '" + script + "' 2>/dev/null | head -1 >/dev/null; exit ${PIPESTATUS[0]}";
  const int status = bp::system("/bin/bash", "-c", shell, bp::std_in < bp::null);
  CHECK(status == 0);
}

TEST_CASE("a closed stdin reads as empty", "[e2e]") {
  REQUIRE_SANDBOX();
  const auto script = write_script("reads.py", "import sys\nprint(repr(sys.stdin.read()))\n");
  const auto shell = "'" JUDGE_BINARY "' run '" + script + "' <&- 2>/dev/null";
  bp::ipstream out;
  const int status = bp::system("/bin/bash", "-c", shell, bp::std_out > out);
  std::string line;
  std::getline(out, line);
  CHECK(status == 0);
  CHECK(line == "''");
}

TEST_CASE("usage errors exit 2", "[e2e]") {
  CHECK(judge({"run", "/no/such/file.py"}).exit_code == 2);
  CHECK(judge({"run", "--time-limit", "-1", write_script("x.py", "pass\n")}).exit_code == 2);
  CHECK(judge({"frobnicate"}).exit_code == 2);
  CHECK(judge({}).exit_code == 2);
}

TEST_CASE("judge doctor lists every protection with a reason", "[e2e]") {
  const auto run = judge({"doctor", "--json"});
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["protections"].size() >= 10);
  for (const auto& protection : json["protections"]) CHECK_FALSE(protection["detail"].get<std::string>().empty());
  const std::string level = json["isolation"];
  CHECK((level == "minimal" || level == "standard" || level == "strict"));
  CHECK(run.exit_code == 0);
  const auto text = judge({"doctor"});
  CHECK(text.out.find("seccomp") != std::string::npos);
}

TEST_CASE("demanding more isolation than the machine offers is refused", "[e2e]") {
  const auto caps = sandbox::capabilities();
  if (caps->level() == sandbox::IsolationLevel::strict) SKIP_TEST("this machine offers strict isolation");
  const auto run = judge({"run", "--require-isolation", "strict", write_script("ok.py", "print(1)\n")});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("strict") != std::string::npos);
  CHECK(judge({"doctor", "--require-isolation", "strict"}).exit_code == 1);
}
