// Seccomp: the policy's rules compiled to BPF in the parent, installed by
// the child as the last step before exec.
#pragma once

#include <linux/filter.h>

#include <vector>

#include "sandbox/policy.hpp"

namespace sandbox::detail {

struct CompiledFilter {
  std::vector<sock_filter> program;
  sock_fprog fprog() const;
};

// Throws std::runtime_error naming the rule that libseccomp refused.
// Syscalls unknown on this architecture are skipped (they cannot be called).
CompiledFilter compile_filter(const std::vector<SyscallRule>& rules);

// Child side: async-signal-safe. Returns 0 or an errno value.
int install_filter(const sock_fprog& program);

}  // namespace sandbox::detail
