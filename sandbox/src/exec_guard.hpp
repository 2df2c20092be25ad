// Exec exactly once.
//
// Seccomp cannot tell the first exec from a later one, so the child opens the
// interpreter as a close-on-exec fd numbered kExecFd and execs it with
// execveat(kExecFd, "", ..., AT_EMPTY_PATH); the filter allows no other exec.
// After the exec that fd is gone, and the program cannot create another one
// with that number: RLIMIT_NOFILE (at most 512, see Limits::validate) is
// below it, so open/dup2/F_DUPFD all fail with EBADF/EMFILE/EINVAL.
#pragma once

namespace sandbox::detail {

inline constexpr int kExecFd = 1023;

}  // namespace sandbox::detail
