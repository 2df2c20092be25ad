// The starter file for a problem: the exact, fully type-hinted signature
// with a body that raises, as `judge new` writes it and the API serves it.
#pragma once

#include <string>

#include "judge/problem/problem.hpp"

namespace judge::problem {

std::string starter_source(const Problem& problem);

}  // namespace judge::problem
