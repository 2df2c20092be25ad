#include "seccomp.hpp"

#include <errno.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "sandbox/unique_fd.hpp"

namespace sandbox::detail {
namespace {

struct ContextDeleter {
  void operator()(scmp_filter_ctx ctx) const { seccomp_release(ctx); }
};
using Context = std::unique_ptr<void, ContextDeleter>;

std::uint32_t to_libseccomp(SyscallAction action) {
  switch (action) {
    case SyscallAction::kill_process: return SCMP_ACT_KILL_PROCESS;
    case SyscallAction::errno_eperm: return SCMP_ACT_ERRNO(EPERM);
    case SyscallAction::errno_eacces: return SCMP_ACT_ERRNO(EACCES);
    case SyscallAction::errno_enosys: return SCMP_ACT_ERRNO(ENOSYS);
  }
  throw std::logic_error("unknown syscall action");
}

void add_rule(scmp_filter_ctx ctx, const SyscallRule& rule) {
  const int number = seccomp_syscall_resolve_name(rule.syscall.c_str());
  if (number == __NR_SCMP_ERROR) return;  // not on this architecture
  const std::uint32_t action = to_libseccomp(rule.action);
  int rc = 0;
  switch (rule.test) {
    case ArgTest::always:
      rc = seccomp_rule_add(ctx, action, number, 0);
      break;
    case ArgTest::equal:
      rc = seccomp_rule_add(ctx, action, number, 1, SCMP_CMP(rule.arg_index, SCMP_CMP_EQ, rule.value));
      break;
    case ArgTest::not_equal:
      rc = seccomp_rule_add(ctx, action, number, 1, SCMP_CMP(rule.arg_index, SCMP_CMP_NE, rule.value));
      break;
    case ArgTest::masked_zero:
      rc = seccomp_rule_add(ctx, action, number, 1,
                            SCMP_CMP(rule.arg_index, SCMP_CMP_MASKED_EQ, rule.value, 0));
      break;
  }
  if (rc != 0) {
    throw std::runtime_error("seccomp rule for " + rule.syscall + " refused: " + std::to_string(-rc));
  }
}

}  // namespace

sock_fprog CompiledFilter::fprog() const {
  return sock_fprog{static_cast<unsigned short>(program.size()), const_cast<sock_filter*>(program.data())};
}

CompiledFilter compile_filter(const std::vector<SyscallRule>& rules) {
  Context ctx(seccomp_init(SCMP_ACT_ALLOW));
  if (!ctx) throw std::runtime_error("seccomp_init failed");
  // A foreign ABI (i386 int 0x80, x32) would dodge every rule below.
  if (seccomp_attr_set(ctx.get(), SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS) != 0) {
    throw std::runtime_error("seccomp: cannot set the bad-architecture action");
  }
  // no_new_privs is set by the child itself, explicitly, before installing.
  seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_NNP, 0);
  for (const auto& rule : rules) add_rule(ctx.get(), rule);

  UniqueFd memfd(static_cast<int>(::syscall(SYS_memfd_create, "seccomp-bpf", MFD_CLOEXEC)));
  if (!memfd.valid()) throw std::runtime_error("seccomp: memfd_create failed");
  if (seccomp_export_bpf(ctx.get(), memfd.get()) != 0) throw std::runtime_error("seccomp: export failed");
  const off_t size = ::lseek(memfd.get(), 0, SEEK_END);
  if (size <= 0 || size % static_cast<off_t>(sizeof(sock_filter)) != 0) {
    throw std::runtime_error("seccomp: exported program has an unexpected size");
  }
  CompiledFilter filter;
  filter.program.resize(static_cast<std::size_t>(size) / sizeof(sock_filter));
  if (::pread(memfd.get(), filter.program.data(), static_cast<std::size_t>(size), 0) != size) {
    throw std::runtime_error("seccomp: reading the exported program failed");
  }
  return filter;
}

int install_filter(const sock_fprog& program) {
  if (::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program) != 0) return errno;
  return 0;
}

}  // namespace sandbox::detail
