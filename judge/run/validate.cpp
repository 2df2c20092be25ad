#include "judge/run/validate.hpp"

#include "judge/run/judge_checked.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "judge/run/generated.hpp"
#include "judge/run/judge_checked.hpp"
#include "judge/run/judge_submission.hpp"
#include "judge/run/scoring.hpp"
#include "judge/util/files.hpp"

namespace judge::run {
namespace {

namespace fs = std::filesystem;
using report::Verdict;

const std::set<std::string> kVerdicts{"AC", "WA", "TLE", "MLE", "RE", "OLE", "CE", "RV"};

std::string fixed(double value, int digits) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", digits, value);
  return text;
}

std::vector<fs::path> known_files(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.is_regular_file() && entry.path().extension() == ".py") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::string stated_verdict(const fs::path& file) {
  const std::string name = file.filename().string();
  const auto dash = name.find('-');
  if (dash == std::string::npos) return {};
  std::string verdict = name.substr(0, dash);
  for (char& c : verdict) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return kVerdicts.contains(verdict) ? verdict : std::string();
}

Validation validate_problem(const fs::path& problem_dir, const fs::path& solutions_dir, typecheck::TypeChecker& checker,
                            const ValidateOptions& options) {
  Validation result;
  result.dir = problem_dir;
  result.slug = problem_dir.filename().string();
  problem::Problem problem;
  try {
    problem = problem::load_problem(problem_dir);
    expand_generated(problem, {options.python, options.cache_dir, options.required});
  } catch (const problem::ProblemError& error) {
    result.failures.push_back(error.what());
    return result;
  }
  result.cases = problem.cases.size();
  for (const auto& test : problem.cases) result.stress_cases += test.stress ? 1 : 0;

  JudgeOptions judging;
  judging.python = options.python;
  judging.required = options.required;
  judging.judge_version = options.judge_version;
  // A known solution's verdict is its first failing test's: stopping there
  // gives the same verdict without paying for every later TLE.
  auto judge_file = [&](const fs::path& file, bool fail_fast) {
    const std::string source = util::read_file(file, 1u << 20).value_or("");
    judging.fail_fast = fail_fast;
    report::Report report = judge_checked(problem, {file.filename().string(), source}, judging, &checker, problem.scoring);
    if (options.on_report) options.on_report(result.slug + "/" + file.filename().string(), report);
    return report;
  };

  // The reference: accepted, fully typed, with headroom on every case.
  const report::Report reference = judge_file(problem.reference_path(), false);
  if (!passes(reference)) {
    std::string why = std::string(report::to_string(reference.verdict)) + ": " + reference.message;
    if (reference.verdict == Verdict::AC && reference.type_check) {
      why = reference.type_check->failure.empty() ? "type hints are missing" : reference.type_check->failure;
    }
    result.failures.push_back("reference.py is not accepted (" + why + ")");
  }
  // CPU, not wall time: the limit is on CPU, and a busy machine inflates wall time.
  for (const auto& test : reference.tests) {
    result.reference_slowest_ms = std::max(result.reference_slowest_ms, static_cast<double>(test.cpu_ms));
  }
  const double limit = static_cast<double>(problem.limits.case_time.count());
  // The samples are 10 ms apart: below that, the figure is "under 10 ms".
  result.headroom = limit / std::max(result.reference_slowest_ms, 10.0);
  if (reference.verdict == Verdict::AC && result.headroom < options.min_headroom) {
    result.failures.push_back("reference.py's slowest case takes " + fixed(result.reference_slowest_ms, 0) + " ms of CPU of a " +
                              fixed(limit, 0) + " ms limit (headroom " + fixed(result.headroom, 1) + "x, needs " +
                              fixed(options.min_headroom, 1) + "x)");
  }

  // Known solutions: each must get the verdict its name states.
  bool slow_on_file = false;
  const fs::path known_dir = solutions_dir.empty() ? problem_dir / "solutions" : solutions_dir;
  for (const auto& file : known_files(known_dir)) {
    KnownSolution known;
    known.file = file;
    known.expected = stated_verdict(file);
    if (known.expected.empty()) {
      result.warnings.push_back(file.filename().string() + ": the name does not start with a verdict (ac-, wa-, tle-, ...)");
      continue;
    }
    const report::Report report = judge_file(file, true);
    known.got = std::string(report::to_string(report.verdict));
    known.message = report.message;
    known.ok = known.got == known.expected && (known.expected != "AC" || passes(report));
    if (!known.ok) {
      const std::string why = known.got == known.expected ? "but its type hints are incomplete" : "(" + report.message + ")";
      result.failures.push_back(file.filename().string() + " should get " + known.expected + ", got " + known.got + " " + why);
    }
    if (known.expected == "TLE" && known.ok && report.first_failure && report.tests[*report.first_failure].stress) {
      slow_on_file = true;
    }
    result.known.push_back(std::move(known));
  }
  bool wrong_on_file = false;
  for (const auto& known : result.known) wrong_on_file = wrong_on_file || known.expected != "AC";
  if (!wrong_on_file) result.failures.push_back("no known-wrong solution (wa-, tle-, re-, ...) in " + known_dir.string());
  result.stress_separates = result.stress_cases > 0 && slow_on_file;
  if (result.stress_cases == 0) {
    result.warnings.push_back("no stress case");
  } else if (!slow_on_file) {
    result.warnings.push_back("no tle- solution fails a stress case: nothing shows the stress cases separate complexities");
  }
  result.ok = result.failures.empty();
  return result;
}

}  // namespace judge::run
