#include "judge/grade/writers.hpp"
#include "judge/report/report_json.hpp"

namespace judge::grade {

std::string write_json(const Plan& plan, const GradeResult& result) {
  using nlohmann::json;
  json results = json::array();
  for (const auto& graded : result.graded) {
    results.push_back({{"file", graded.assignment.file.string()}, {"problem", graded.assignment.problem},
                       {"weight", graded.assignment.weight}, {"passed", graded.passed},
                       {"report", report::to_json(graded.report)}});
  }
  return json{{"schema", "judge.grade/v1"},
              {"root", plan.root.string()},
              {"results", results},
              {"skipped", plan.skipped},
              {"summary", {{"total", result.graded.size()}, {"passed", result.passed}, {"score", result.score},
                           {"max_score", 100}, {"wall_ms", result.wall_ms}}}}
             .dump(2, ' ', false, json::error_handler_t::replace) +
         "\n";
}

}  // namespace judge::grade
