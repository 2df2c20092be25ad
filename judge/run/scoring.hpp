// The final score: tests and type hints by their weights, and whether the
// submission as a whole passes (what `judge submit` turns into its exit code).
#pragma once

#include "judge/problem/problem.hpp"
#include "judge/report/report.hpp"

namespace judge::run {

// Fills report.score, max_score and breakdown from the tests and
// report.type_check, and turns a syntax error the type check found into the
// CE's line and column.
void combine_scores(report::Report& report, const problem::Scoring& scoring);

// Accepted, and (unless type checking was switched off) checked and every
// function fully annotated. A type check that failed is not a pass.
bool passes(const report::Report& report);

}  // namespace judge::run
