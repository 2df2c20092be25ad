// The Python harness (runner.py), embedded into the binary at build time.
#pragma once

#include <string_view>

namespace judge::harness {

// The text of runner.py as it was when the judge was built.
std::string_view source();

// Where the harness talks to the judge inside the sandbox, and where it
// waits for the sandbox's release byte (sandbox::Spec::release_fd).
inline constexpr int kChannelFd = 3;
inline constexpr int kReleaseFd = 4;

}  // namespace judge::harness
