// The type-check helper (checker.py), embedded into the binary at build time.
#pragma once

#include <string_view>

namespace judge::typecheck::helper {

// The text of checker.py as it was when the judge was built.
std::string_view source();

}  // namespace judge::typecheck::helper
