#include "judge/daemon/paths.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <stdexcept>
#include <system_error>

namespace judge::daemon {

DaemonPaths daemon_paths() {
  std::filesystem::path dir;
  const char* runtime = std::getenv("XDG_RUNTIME_DIR");
  if (runtime != nullptr && runtime[0] == '/') {
    dir = std::filesystem::path(runtime) / "judge";
  } else {
    dir = "/tmp/judge-" + std::to_string(::geteuid());
  }
  return {dir, dir / "daemon.sock", dir / "daemon.lock", dir / "daemon.log"};
}

std::string unsafe_reason(const std::filesystem::path& dir) {
  struct stat info{};
  if (::lstat(dir.c_str(), &info) != 0) return dir.string() + ": " + std::generic_category().message(errno);
  if (!S_ISDIR(info.st_mode)) return dir.string() + " is not a directory";
  if (info.st_uid != ::geteuid()) return dir.string() + " belongs to another user";
  if ((info.st_mode & 077) != 0) return dir.string() + " is open to other users (mode must be 0700)";
  return {};
}

void make_private_dir(const std::filesystem::path& dir) {
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    throw std::system_error(errno, std::generic_category(), "cannot create " + dir.string());
  }
  if (auto reason = unsafe_reason(dir); !reason.empty()) throw std::runtime_error(reason);
}

std::string build_identity() {
  struct stat info{};
  if (::stat("/proc/self/exe", &info) != 0) return "unknown";
  return std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino) + ":" + std::to_string(info.st_size) + ":" +
         std::to_string(info.st_mtim.tv_sec) + "." + std::to_string(info.st_mtim.tv_nsec);
}

}  // namespace judge::daemon
