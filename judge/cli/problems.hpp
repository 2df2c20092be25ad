// Finding and loading a problem for a command, with "did you mean" help.
#pragma once

#include <string>

#include "judge/problem/catalog.hpp"
#include "judge/problem/problem.hpp"

namespace judge::cli {

// Throws std::runtime_error with a learner-friendly message when the slug is
// unknown, and problem::ProblemError when the problem is malformed.
problem::Problem load_by_slug(const problem::Catalog& catalog, const std::string& slug);

}  // namespace judge::cli
