#include <catch2/catch.hpp>

#include "judge/report/result_json.hpp"
#include "judge/report/result_text.hpp"

TEST_CASE("the JSON result carries every field, output only on request", "[report]") {
  sandbox::Result result;
  result.status = sandbox::Status::memory_limit;
  result.signal = 9;
  result.cpu_ms = 12;
  result.wall_ms = 34;
  result.peak_memory_kib = 5678;
  result.memory_source = sandbox::MemorySource::cgroup_v1;
  result.stdout_data = "ok\xff";  // not UTF-8: replaced, not fatal
  result.protections = {{"seccomp", true, "deny list"}, {"cgroup-memory", false, "no cgroup"}};
  const auto json = judge::report::to_json(result, true);
  CHECK(json["schema"] == "judge.sandbox-result/v1");
  CHECK(json["status"] == "memory-limit");
  CHECK(json["exit_code"].is_null());
  CHECK(json["signal"] == 9);
  CHECK(json["peak_memory_kib"] == 5678);
  CHECK(json["protections"].size() == 2);
  CHECK(json["protections"][1]["active"] == false);
  CHECK(json["stdout"] == "ok\xEF\xBF\xBD");
  CHECK_FALSE(judge::report::to_json(result, false).contains("stdout"));

  const auto text = judge::report::to_text(result);
  CHECK(text.find("status: memory-limit") != std::string::npos);
  CHECK(text.find("protections unavailable: 1") != std::string::npos);
}
