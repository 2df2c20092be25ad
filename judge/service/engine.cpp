#include "judge/service/engine.hpp"

#include "judge/problem/catalog.hpp"
#include "judge/report/report_json.hpp"
#include "judge/run/generated.hpp"
#include "judge/run/judge_checked.hpp"

namespace judge::service {

Engine::Engine(EngineOptions options)
    : options_(std::move(options)),
      warm_(options_.warm > 0 ? std::make_unique<run::WarmPool>(options_.warm) : nullptr) {
  for (const auto& entry : problem::Catalog(options_.problems_root).entries()) slugs_.insert(entry.slug);
}

bool Engine::has_problem(const std::string& slug) const { return valid_slug(slug) && slugs_.contains(slug); }

std::shared_ptr<const problem::Problem> Engine::problem(const std::string& slug) {
  // Loading (and generating cases) happens under the lock: the first
  // submissions of a problem wait for one load instead of racing N.
  std::lock_guard lock(mutex_);
  if (auto found = problems_.find(slug); found != problems_.end()) return found->second;
  const auto entry = problem::Catalog(options_.problems_root).find(slug);
  if (!entry) throw problem::ProblemError(slug, "", "no such problem");
  auto loaded = std::make_shared<problem::Problem>(problem::load_problem(entry->dir));
  run::expand_generated(*loaded, {options_.python, run::default_cache_dir(), options_.required});
  problems_.emplace(slug, loaded);
  return loaded;
}

report::Report Engine::judge(const Submission& submission, typecheck::TypeChecker* checker) {
  report::Report report;
  std::shared_ptr<const problem::Problem> loaded;
  try {
    loaded = problem(submission.problem);
  } catch (const std::exception& error) {
    report.verdict = report::Verdict::IE;
    report.message = std::string("the problem could not be loaded: ") + error.what();
    report.judge_version = options_.judge_version;
    return report;
  }
  run::JudgeOptions judging;
  judging.python = options_.python;
  judging.samples_only = submission.sample;
  judging.fail_fast = submission.fail_fast;
  judging.required = options_.required;
  judging.judge_version = options_.judge_version;
  judging.warm = warm_.get();
  return run::judge_checked(*loaded, {"solution.py", submission.source}, judging,
                            submission.typecheck ? checker : nullptr, loaded->scoring);
}

nlohmann::json done_envelope(const std::string& id, const nlohmann::json& report) {
  return {{"id", id}, {"status", "done"}, {"report", report}};
}

}  // namespace judge::service
