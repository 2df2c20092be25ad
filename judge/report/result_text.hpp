// The sandbox Result for a person at a terminal.
#pragma once

#include <string>

#include "sandbox/result.hpp"

namespace judge::report {

std::string to_text(const sandbox::Result& result);
std::string to_text(const std::vector<sandbox::Protection>& protections);

}  // namespace judge::report
