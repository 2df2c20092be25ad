// Which Python the judge runs: Debian's, unless told otherwise.
#pragma once

#include <string>

namespace judge::cli {

// --python, else $JUDGE_PYTHON, else /usr/bin/python3; resolved to the real
// file (the sandbox binds exactly that file).
std::string resolve_python(const std::string& requested);

}  // namespace judge::cli
