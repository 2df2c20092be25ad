#include "judge/cli/grading.hpp"

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <thread>

#include "judge/cli/python.hpp"

namespace judge::cli {

grade::GradeResult grade_with_progress(const grade::Plan& plan, const GradingSettings& settings) {
  grade::GradeOptions grading;
  grading.python = resolve_python(settings.python);
  grading.jobs = settings.jobs > 0 ? settings.jobs : std::max(1u, std::thread::hardware_concurrency());
  grading.typecheck = settings.typecheck;
  grading.judge_version = JUDGE_VERSION;
  const bool tty = ::isatty(STDERR_FILENO) == 1;
  grading.progress = [tty](std::size_t done, std::size_t total, const report::Report& report) {
    if (tty) {
      const std::size_t width = 30, filled = width * done / total;
      std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, '.') << "] " << done << "/"
                << total << " " << report.solution_file << "\033[K" << (done == total ? "\n" : "") << std::flush;
    } else {
      std::cerr << "judge grade: " << done << "/" << total << " " << report.solution_file << ": "
                << report::to_string(report.verdict) << ", score " << report.score << "\n";
    }
  };
  return grade::grade(plan, grading);
}

bool judge_failed(const grade::GradeResult& result) {
  return std::any_of(result.graded.begin(), result.graded.end(), [](const grade::Graded& graded) {
    return graded.report.verdict == report::Verdict::IE ||
           (graded.report.type_check && !graded.report.type_check->failure.empty());
  });
}

}  // namespace judge::cli
