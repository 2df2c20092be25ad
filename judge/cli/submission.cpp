#include "judge/cli/submission.hpp"

#include <memory>

#include "judge/cli/problems.hpp"
#include "judge/report/report_json.hpp"
#include "judge/report/report_text.hpp"
#include "judge/run/generated.hpp"
#include "judge/run/judge_checked.hpp"
#include "judge/run/scoring.hpp"
#include "judge/typecheck/type_checker.hpp"
#include "judge/util/exit_codes.hpp"

namespace judge::cli {

nlohmann::json to_json(const SubmitRequest& request) {
  return {{"problems_root", request.problems_root.string()},
          {"slug", request.slug},
          {"file_name", request.file_name},
          {"source", request.source},
          {"python", request.python},
          {"sample", request.sample},
          {"fail_fast", request.fail_fast},
          {"typecheck", request.typecheck},
          {"type_errors_fail", request.type_errors_fail},
          {"type_hints_weight", request.type_hints_weight},
          {"required", std::string(sandbox::to_string(request.required))},
          {"json", request.json},
          {"color", request.color},
          {"cases_cache", request.cases_cache.string()},
          {"mypy_cache", request.mypy_cache.string()}};
}

SubmitRequest submit_request_from_json(const nlohmann::json& json) {
  SubmitRequest request;
  request.problems_root = json.at("problems_root").get<std::string>();
  request.slug = json.at("slug").get<std::string>();
  request.file_name = json.at("file_name").get<std::string>();
  request.source = json.at("source").get<std::string>();
  request.python = json.at("python").get<std::string>();
  request.sample = json.at("sample").get<bool>();
  request.fail_fast = json.at("fail_fast").get<bool>();
  request.typecheck = json.at("typecheck").get<bool>();
  request.type_errors_fail = json.at("type_errors_fail").get<bool>();
  request.type_hints_weight = json.at("type_hints_weight").get<int>();
  const auto required = sandbox::isolation_level_from_string(json.at("required").get<std::string>());
  if (!required) throw std::invalid_argument("unknown isolation level");
  request.required = *required;
  request.json = json.at("json").get<bool>();
  request.color = json.at("color").get<bool>();
  request.cases_cache = json.at("cases_cache").get<std::string>();
  request.mypy_cache = json.at("mypy_cache").get<std::string>();
  return request;
}

nlohmann::json to_json(const SubmitOutcome& outcome) {
  // Not "error": that key marks the daemon's refusals (server.hpp).
  return {{"stdout", outcome.output},   {"stderr", outcome.error},     {"exit", outcome.exit_code},
          {"record", outcome.record},   {"problem", outcome.problem_id}, {"verdict", outcome.verdict},
          {"solved", outcome.solved}};
}

SubmitOutcome submit_outcome_from_json(const nlohmann::json& json) {
  SubmitOutcome outcome;
  outcome.output = json.at("stdout").get<std::string>();
  outcome.error = json.at("stderr").get<std::string>();
  outcome.exit_code = json.at("exit").get<int>();
  outcome.record = json.at("record").get<bool>();
  outcome.problem_id = json.at("problem").get<std::string>();
  outcome.verdict = json.at("verdict").get<std::string>();
  outcome.solved = json.at("solved").get<bool>();
  return outcome;
}

SubmitOutcome submit_solution(const SubmitRequest& request, run::WarmPool* warm, typecheck::TypeChecker* checker) {
  const problem::Catalog catalog(request.problems_root);
  problem::Problem problem = load_by_slug(catalog, request.slug);

  run::JudgeOptions options;
  options.python = request.python;
  options.samples_only = request.sample;
  options.fail_fast = request.fail_fast;
  options.required = request.required;
  options.judge_version = JUDGE_VERSION;
  options.warm = warm;
  std::unique_ptr<typecheck::TypeChecker> own;
  if (!request.typecheck) {
    checker = nullptr;
  } else if (checker == nullptr) {
    own = std::make_unique<typecheck::TypeChecker>(typecheck::CheckerOptions{request.python, request.mypy_cache, false});
    checker = own.get();
  }
  if (!request.sample) run::expand_generated(problem, {request.python, request.cases_cache, request.required});
  problem::Scoring scoring = problem.scoring;
  if (request.type_hints_weight >= 0) {
    scoring.type_hints = request.type_hints_weight;
    scoring.tests = 100 - request.type_hints_weight;
  }
  scoring.type_errors_fail = scoring.type_errors_fail || request.type_errors_fail;
  // The exercise's rules first, then the type check beside the tests: the
  // learner waits for the slower of the two only.
  const report::Report report = run::judge_checked(problem, {request.file_name, request.source}, options, checker, scoring);

  SubmitOutcome outcome;
  outcome.output = request.json
                       ? report::to_json(report).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"
                       : report::to_text(report, &problem, {request.color});
  if (report.verdict == report::Verdict::IE) {
    outcome.exit_code = kExitError;
    return outcome;
  }
  if (report.type_check && !report.type_check->failure.empty()) {
    outcome.error = "judge submit: the type check failed (the judge's problem, not yours): " + report.type_check->failure + "\n";
    outcome.exit_code = kExitError;
    return outcome;
  }
  outcome.record = true;
  outcome.problem_id = problem.id;
  outcome.verdict = std::string(report::to_string(report.verdict));
  outcome.solved = run::passes(report) && !request.sample;
  outcome.exit_code = run::passes(report) ? kExitOk : kExitFailed;
  return outcome;
}

}  // namespace judge::cli
