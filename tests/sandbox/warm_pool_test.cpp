// Warm interpreters (judge/run/warm_pool.hpp): taken when ready, held to the
// submission's limits from the moment they are taken, never reused.
#include <chrono>
#include <thread>

#include "judge/run/warm_pool.hpp"
#include "judge/util/base64.hpp"
#include "support.hpp"

using judge::run::Phase;
using judge::run::SessionConfig;
using judge::run::Stop;
using judge::run::WarmPool;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

SessionConfig config_for_test() {
  SessionConfig config;
  config.python = "/usr/bin/python3";
  config.request_cpu = 300ms;
  config.request_wall = 2s;
  config.total_cpu = 1s;  // the whole-run wall budget: 2 x 1 s + 5 s
  return config;
}

json load_request(const std::string& source) {
  const json meta = {{"name", "double"},
                     {"params", json::array({{{"name", "n"}, {"type", "integer"}}})},
                     {"return", {{"type", "integer"}}}};
  return {{"op", "load"},
          {"path", "/box/solution.py"},
          {"source_base64", judge::util::base64_encode(source)},
          {"problem", {{"metaData", meta}, {"compare", json::object()}}}};
}

const char* kSolution =
    "import builtins\n"
    "class Solution:\n"
    "    def double(self, n: int) -> int:\n"
    "        while n < 0:\n"
    "            pass\n"
    "        if hasattr(builtins, 'seen_before'):\n"
    "            return -1\n"
    "        builtins.seen_before = True\n"
    "        return n * 2\n";

}  // namespace

TEST_CASE("a warm interpreter judges one submission under limits counted from when it is taken", "[warm]") {
  REQUIRE_SANDBOX();
  WarmPool pool(1);
  const SessionConfig config = config_for_test();
  {
    auto cold = pool.take(config);  // nothing was warm yet: started now
    CHECK(pool.cold_starts() == 1);
    const auto loaded = cold->ask(load_request(kSolution), Phase::load());
    if (!loaded.message) {
      const auto ended = cold->finish();
      FAIL_CHECK("the interpreter ended: " << ended.message << "\n" << ended.stderr_data.substr(0, 2000));
    }
    REQUIRE(loaded.message);
    CHECK((*loaded.message)["ok"] == true);
    const auto first = cold->ask({{"op", "case"}, {"input", {{"n", 1}}}}, Phase::case_number(0));
    REQUIRE(first.message);
    CHECK((*first.message)["value"] == 2);  // and this interpreter now remembers it was used
  }
  // Idle longer than the whole-run wall budget (7 s): waiting in the pool is not judging.
  std::this_thread::sleep_for(7500ms);
  auto warm = pool.take(config);
  CHECK(pool.warm_hits() == 1);
  const auto loaded = warm->ask(load_request(kSolution), Phase::load());
  REQUIRE(loaded.message);
  CHECK((*loaded.message)["ok"] == true);
  const auto answer = warm->ask({{"op", "case"}, {"input", {{"n", 21}}}}, Phase::case_number(0));
  REQUIRE(answer.message);
  INFO(answer.message->dump());
  // 42, not -1: the first submission's interpreter was not this one.
  CHECK((*answer.message)["value"] == 42);
  // The submission's own per-request CPU limit binds the warm interpreter.
  const auto spin = warm->ask({{"op", "case"}, {"input", {{"n", -1}}}}, Phase::case_number(1));
  CHECK_FALSE(spin.message);
  warm->finish();
  REQUIRE(warm->stop());
  CHECK(warm->stop()->limit == Stop::Limit::cpu);
  CHECK(warm->stop()->phase == 1);
}

TEST_CASE("a session that has answered everything hangs up with its measurements and the pool reaps it", "[warm]") {
  REQUIRE_SANDBOX();
  {
    WarmPool pool(1);
    auto session = pool.take(config_for_test());
    const char* allocating =
        "class Solution:\n"
        "    def double(self, n: int) -> int:\n"
        "        block = bytearray(n << 20)\n"
        "        return len(block) >> 19\n";
    const auto loaded = session->ask(load_request(allocating), Phase::load());
    REQUIRE(loaded.message);
    const auto answer = session->ask({{"op", "case"}, {"input", {{"n", 40}}}}, Phase::case_number(0));
    REQUIRE(answer.message);
    CHECK((*answer.message)["value"] == 80);
    const auto ended = session->hang_up();
    if (ended) {
      CHECK(ended->status == sandbox::Status::ok);
      CHECK(ended->peak_memory_kib >= 40 * 1024);  // measured before the process is gone
      CHECK_FALSE(ended->protections.empty());
      pool.retire(std::move(session));
    } else {
      // No cgroup here: the peak comes only with the end.
      const auto finished = session->finish();
      CHECK(finished.memory_source == sandbox::MemorySource::rusage);
    }
  }
  // The pool reaped what it was given, and its warm spares, when it ended.
  CHECK(sandbox_test::no_children_left());
  CHECK(sandbox_test::no_sandbox_processes_left());
}
