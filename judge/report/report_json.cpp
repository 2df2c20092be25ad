#include "judge/report/report_json.hpp"

#include "judge/report/result_json.hpp"

namespace judge::report {
namespace {

using nlohmann::json;

template <typename T>
json or_null(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

json test_to_json(const TestResult& test) {
  json out{
      {"name", test.name},       {"verdict", to_string(test.verdict)}, {"message", test.message},
      {"time_ms", test.time_ms}, {"cpu_ms", test.cpu_ms},   {"memory_kb", test.memory_kb},       {"sample", test.sample},
      {"hidden", test.hidden},   {"stress", test.stress},             {"stdout_bytes", test.stdout_bytes},
  };
  // Hidden tests carry no input, expected output, answer or prints at all.
  if (!test.hidden) {
    out["input"] = or_null(test.input);
    out["expected"] = or_null(test.expected);
    out["got"] = or_null(test.got);
    out["stdout"] = or_null(test.stdout_text);
  }
  out["error"] = or_null(test.error);
  return out;
}

}  // namespace

json to_json(const Report& report) {
  json tests = json::array();
  for (const auto& test : report.tests) tests.push_back(test_to_json(test));
  json rule_violations = json::array();
  for (const auto& violation : report.rule_violations) rule_violations.push_back(typecheck::to_json(violation));
  return {
      {"schema", kReportSchema},
      {"problem", {{"id", report.problem.id}, {"title", report.problem.title}, {"pattern", report.problem.pattern},
                   {"difficulty", report.problem.difficulty}}},
      {"solution", report.solution_file},
      {"mode", report.mode},
      {"verdict", to_string(report.verdict)},
      {"verdict_text", describe(report.verdict)},
      {"message", report.message},
      {"score", report.score},
      {"max_score", report.max_score},
      {"score_breakdown", {{"tests", report.breakdown.tests}, {"tests_max", report.breakdown.tests_max},
                           {"type_hints", report.breakdown.type_hints},
                           {"type_hints_max", report.breakdown.type_hints_max}}},
      {"type_check", report.type_check ? typecheck::to_json(*report.type_check) : json(nullptr)},
      {"passed", report.passed},
      {"total", report.total},
      {"tests", tests},
      {"first_failure", report.first_failure ? test_to_json(report.tests[*report.first_failure]) : json(nullptr)},
      {"compile_error", or_null(report.compile_error)},
      {"rule_violations", rule_violations},
      {"limits", report.limits},
      {"sandbox", {{"isolation", report.isolation}, {"peak_memory_kib", report.peak_memory_kib},
                   {"protections", to_json(report.protections)}}},
      {"judge", {{"version", report.judge_version}}},
      {"timing", {{"total_ms", report.total_ms}, {"processes", report.processes}}},
  };
}

}  // namespace judge::report
