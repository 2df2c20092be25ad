// How the child reports a failed setup step: one fixed-size record written to
// a close-on-exec pipe, so an exec that succeeds closes it with nothing in it.
#pragma once

#include <cstdint>
#include <string_view>

namespace sandbox::detail {

enum class ChildStep : std::int32_t {
  wait_for_parent,
  file_descriptors,
  new_session,
  hostname,
  mount_private,
  mount_root,
  make_dir,
  bind_mount,
  remount_read_only,
  symlink,
  write_file,
  mount_work_dir,
  pivot_root,
  change_dir,
  open_executable,
  rlimits,
  drop_groups,
  set_gid,
  set_uid,
  drop_capabilities,
  no_new_privs,
  parent_death_signal,
  start_program,
  seccomp,
  exec,
  // Not a failure: the pid-namespace init reporting the program's wait
  // status in `error` (see init.hpp).
  program_ended,
};

std::string_view to_string(ChildStep step);

struct ChildFailure {
  ChildStep step;
  std::int32_t error;
};

}  // namespace sandbox::detail
