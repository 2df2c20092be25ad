#include "host_work_dir.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <system_error>

#include "sandbox/unique_fd.hpp"

namespace sandbox::detail {
namespace {

namespace fs = std::filesystem;

void write_new_file(const std::string& path, const std::string& content, mode_t mode) {
  UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
  if (!fd.valid() || ::write(fd.get(), content.data(), content.size()) != static_cast<ssize_t>(content.size())) {
    throw std::runtime_error("cannot write " + path + ": " + std::generic_category().message(errno));
  }
}

}  // namespace

HostWorkDir::HostWorkDir(const Policy& policy, uid_t owner, gid_t group) : sandbox_work_dir_(policy.work_dir) {
  std::string pattern = (fs::temp_directory_path() / "judge-run-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a work dir: " + std::generic_category().message(errno));
  }
  root_ = pattern;
  try {
    for (const auto& file : policy.files) {
      const fs::path host = root_ + file.sandbox_path;
      fs::create_directories(host.parent_path());
      write_new_file(host, file.content, file.executable ? 0555 : 0444);
    }
    work_dir_ = root_ + policy.work_dir;
    fs::create_directories(work_dir_);
    // Dirs must be reachable by the program's uid, which differs from ours
    // when root drops to nobody; only the work dir is writable to it.
    for (fs::path dir = work_dir_; dir.string().size() >= root_.size(); dir = dir.parent_path()) {
      ::chmod(dir.c_str(), 0755);
    }
    ::chmod(work_dir_.c_str(), 0700);
    if (::chown(work_dir_.c_str(), owner, group) != 0 && ::geteuid() == 0) {
      throw std::runtime_error("cannot hand the work dir to the program's uid");
    }
  } catch (...) {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
    throw;
  }
}

HostWorkDir::~HostWorkDir() {
  // The program is dead (and could not fork), so nothing changes the tree
  // under us; remove_all unlinks symlinks instead of following them.
  std::error_code ignored;
  fs::remove_all(root_, ignored);
}

std::string HostWorkDir::translate(const std::string& sandbox_path) const {
  if (sandbox_path == sandbox_work_dir_ || sandbox_path.rfind(sandbox_work_dir_ + "/", 0) == 0) {
    return root_ + sandbox_path;
  }
  std::error_code ec;
  if (!sandbox_path.empty() && sandbox_path.front() == '/' && fs::exists(root_ + sandbox_path, ec)) {
    return root_ + sandbox_path;
  }
  return sandbox_path;
}

}  // namespace sandbox::detail
