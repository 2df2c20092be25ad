// The judge's exit codes, the same for every command: 0 success, 1 the
// program failed or was stopped, 2 usage or internal error.
#pragma once

namespace judge {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitError = 2;

}  // namespace judge
