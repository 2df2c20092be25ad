// Judging for the service: problems loaded once and kept (generated cases
// included), a submission judged and type-checked into a report. Shared by
// the in-process pool (`judge serve`) and the Redis worker (`judge worker`).
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <memory>
#include <mutex>
#include <string>

#include "judge/problem/problem.hpp"
#include "judge/report/report.hpp"
#include "judge/run/warm_pool.hpp"
#include "judge/service/submission.hpp"
#include "judge/typecheck/type_checker.hpp"
#include "sandbox/probe.hpp"

namespace judge::service {

struct EngineOptions {
  std::filesystem::path problems_root;
  std::string python;
  std::string judge_version;
  sandbox::IsolationLevel required = sandbox::IsolationLevel::minimal;
  std::size_t warm = 0;  // interpreters kept started per kind (run/warm_pool.hpp); 0: none
};

class Engine {
 public:
  explicit Engine(EngineOptions options);

  bool has_problem(const std::string& slug) const;
  // The problem, loaded on first use; throws problem::ProblemError when its files are broken.
  std::shared_ptr<const problem::Problem> problem(const std::string& slug);

  // Never throws: a broken problem or a judge failure is an IE report.
  // `checker` is the calling worker's warm type checker (null: no check).
  report::Report judge(const Submission& submission, typecheck::TypeChecker* checker);

  const EngineOptions& options() const { return options_; }

 private:
  EngineOptions options_;
  std::unique_ptr<run::WarmPool> warm_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const problem::Problem>> problems_;
  std::set<std::string> slugs_;  // the bank as it was at start, like the problem list
};

// The service's answer for a finished submission: {id, status: "done", report}.
nlohmann::json done_envelope(const std::string& id, const nlohmann::json& report);

}  // namespace judge::service
