// Untrusted JSON is walked recursively after parsing (compare, dump,
// destroy): text nested deeper than any real value is refused before.
#pragma once

#include <string>

namespace judge::util {

bool json_nested_deeper_than(const std::string& text, int max_depth);

}  // namespace judge::util
