// The work dir of a run without a mount namespace: a private temp dir on the
// host holding the injected files, removed afterwards without following any
// symlink the program planted.
#pragma once

#include <sys/types.h>

#include <string>

#include "sandbox/policy.hpp"

namespace sandbox::detail {

class HostWorkDir {
 public:
  // Throws std::runtime_error. `owner` gets the work dir (the program's uid).
  HostWorkDir(const Policy& policy, uid_t owner, gid_t group);
  HostWorkDir(const HostWorkDir&) = delete;
  HostWorkDir& operator=(const HostWorkDir&) = delete;
  ~HostWorkDir();

  // The host path of a sandbox path (an injected file or the work dir);
  // anything else unchanged.
  std::string translate(const std::string& sandbox_path) const;
  const std::string& work_dir() const { return work_dir_; }

 private:
  std::string root_;
  std::string work_dir_;
  std::string sandbox_work_dir_;
};

}  // namespace sandbox::detail
