// The roadmap's rule checker (rules.py), embedded into the binary at build
// time; the type-check helper runs it (it never executes a solution).
#pragma once

#include <string_view>

namespace judge::rules {

// The text of rules.py as it was when the judge was built.
std::string_view source();

}  // namespace judge::rules
