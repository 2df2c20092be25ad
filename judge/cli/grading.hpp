// What `judge grade` and `judge gradescope` share: grading a planned
// repository with progress on stderr.
#pragma once

#include <string>

#include "judge/grade/grade.hpp"

namespace judge::cli {

struct GradingSettings {
  std::string python;
  std::size_t jobs = 0;  // 0: the core count
  bool typecheck = true;
};

// Grades with a live bar on a terminal, plain lines otherwise (CI logs).
grade::GradeResult grade_with_progress(const grade::Plan& plan, const GradingSettings& settings);

// True when the judge itself failed somewhere (IE, or the type checker broke).
bool judge_failed(const grade::GradeResult& result);

}  // namespace judge::cli
