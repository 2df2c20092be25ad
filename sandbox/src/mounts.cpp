#include "mounts.hpp"

#include <errno.h>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

namespace sandbox::detail {
namespace {

namespace fs = std::filesystem;

bool is_under(const std::string& path, const std::string& dir) {
  return path == dir || path.rfind(dir + "/", 0) == 0;
}

// A directory to assemble the new root on. Any existing directory works since
// the mount namespace is private; it must not hide a path we bind from.
std::string pick_staging(const Policy& policy) {
  for (const char* candidate : {"/mnt", "/media", "/srv", "/opt", "/var/empty", "/tmp"}) {
    std::error_code ec;
    if (!fs::is_directory(candidate, ec) || fs::is_symlink(candidate, ec)) continue;
    bool hides_source = false;
    for (const auto& path : policy.read_only_paths) hides_source |= is_under(path, candidate);
    for (const auto& path : policy.devices) hides_source |= is_under(path, candidate);
    if (!hides_source) return candidate;
  }
  throw std::runtime_error("no directory to stage the sandbox root on");
}

void add_parents(std::set<std::string>& dirs, const std::string& path) {
  for (fs::path parent = fs::path(path).parent_path(); parent != "/" && !parent.empty();
       parent = parent.parent_path()) {
    dirs.insert(parent.string());
  }
}

// Mount flags the kernel locks on a bind mount inside a user namespace: a
// read-only remount must repeat them or it fails with EPERM.
unsigned long locked_flags(const char* source) {
  struct statfs info {};
  if (::statfs(source, &info) != 0) return 0;
  unsigned long flags = 0;
  if (info.f_flags & ST_NOSUID) flags |= MS_NOSUID;
  if (info.f_flags & ST_NODEV) flags |= MS_NODEV;
  if (info.f_flags & ST_NOEXEC) flags |= MS_NOEXEC;
  if (info.f_flags & ST_NOATIME) flags |= MS_NOATIME;
  if (info.f_flags & ST_NODIRATIME) flags |= MS_NODIRATIME;
  if (info.f_flags & ST_RELATIME) flags |= MS_RELATIME;
  return flags;
}

bool fail(ChildFailure& failure, ChildStep step) {
  failure = {step, errno};
  return false;
}

bool bind_read_only(const MountStep& step, unsigned long extra_flags, ChildFailure& failure) {
  if (::mount(step.source.c_str(), step.target.c_str(), nullptr, MS_BIND, nullptr) != 0) {
    return fail(failure, ChildStep::bind_mount);
  }
  const unsigned long flags = MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | extra_flags |
                              locked_flags(step.source.c_str());
  if (::mount(nullptr, step.target.c_str(), nullptr, flags, nullptr) != 0) {
    return fail(failure, ChildStep::remount_read_only);
  }
  return true;
}

bool write_all(int fd, const std::string& content) {
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  return true;
}

}  // namespace

MountPlan plan_mounts(const Policy& policy, const Limits& limits, unsigned uid, unsigned gid) {
  MountPlan plan;
  plan.staging = pick_staging(policy);
  std::uint64_t injected = 0;
  for (const auto& file : policy.files) injected += file.content.size() + 4096;
  plan.root_options = "size=" + std::to_string(injected + kMiB) + ",nr_inodes=4096,mode=0755";
  plan.work_dir = policy.work_dir;
  plan.work_dir_target = plan.staging + policy.work_dir;
  plan.work_dir_options = "size=" + std::to_string(limits.work_dir_bytes) +
                          ",nr_inodes=4096,mode=0700,uid=" + std::to_string(uid) +
                          ",gid=" + std::to_string(gid);

  std::set<std::string> dirs;
  for (const auto& path : policy.read_only_paths) add_parents(dirs, path);
  for (const auto& path : policy.devices) add_parents(dirs, path);
  for (const auto& [link, target] : policy.symlinks) add_parents(dirs, link);
  for (const auto& file : policy.files) add_parents(dirs, file.sandbox_path);
  add_parents(dirs, policy.work_dir);
  dirs.insert(policy.work_dir);
  for (const auto& path : policy.read_only_paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) dirs.insert(path);
  }
  // std::set orders every parent before its children.
  for (const auto& dir : dirs) plan.steps.push_back({MountStep::Kind::make_dir, plan.staging + dir, {}, 0755});
  for (const auto& path : policy.read_only_paths) {
    std::error_code ec;
    const auto kind = fs::is_directory(path, ec) ? MountStep::Kind::bind_dir : MountStep::Kind::bind_file;
    plan.steps.push_back({kind, plan.staging + path, path, 0644});
  }
  for (const auto& device : policy.devices) {
    std::error_code ec;
    if (fs::exists(device, ec)) plan.steps.push_back({MountStep::Kind::device, plan.staging + device, device, 0666});
  }
  for (const auto& [link, target] : policy.symlinks) {
    plan.steps.push_back({MountStep::Kind::symlink, plan.staging + link, target, 0});
  }
  for (const auto& file : policy.files) {
    plan.steps.push_back({MountStep::Kind::write_file, plan.staging + file.sandbox_path, file.content,
                          file.executable ? 0555u : 0444u});
  }
  return plan;
}

bool apply_mounts(const MountPlan& plan, ChildFailure& failure) {
  // Nothing we mount may propagate back to the host.
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
    return fail(failure, ChildStep::mount_private);
  }
  const char* root = plan.staging.c_str();
  if (::mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, plan.root_options.c_str()) != 0) {
    return fail(failure, ChildStep::mount_root);
  }
  for (const auto& step : plan.steps) {
    const char* target = step.target.c_str();
    switch (step.kind) {
      case MountStep::Kind::make_dir:
        if (::mkdir(target, step.mode) != 0 && errno != EEXIST) return fail(failure, ChildStep::make_dir);
        break;
      case MountStep::Kind::bind_dir:
        if (!bind_read_only(step, MS_NODEV, failure)) return false;
        break;
      case MountStep::Kind::bind_file:
      case MountStep::Kind::device: {
        const int fd = ::open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, step.mode);
        if (fd < 0) return fail(failure, ChildStep::bind_mount);
        ::close(fd);
        const unsigned long extra = step.kind == MountStep::Kind::device ? MS_NOEXEC : MS_NODEV;
        if (!bind_read_only(step, extra, failure)) return false;
        break;
      }
      case MountStep::Kind::symlink:
        if (::symlink(step.source.c_str(), target) != 0) return fail(failure, ChildStep::symlink);
        break;
      case MountStep::Kind::write_file: {
        const int fd = ::open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, step.mode);
        if (fd < 0) return fail(failure, ChildStep::write_file);
        const bool ok = write_all(fd, step.source);
        ::close(fd);
        if (!ok) return fail(failure, ChildStep::write_file);
        break;
      }
    }
  }
  if (::mount("tmpfs", plan.work_dir_target.c_str(), "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
              plan.work_dir_options.c_str()) != 0) {
    return fail(failure, ChildStep::mount_work_dir);
  }
  if (::mount(nullptr, root, nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr) != 0) {
    return fail(failure, ChildStep::remount_read_only);
  }
  // pivot_root(".", ".") stacks the old root under the new one; detaching it
  // leaves no path back to the host's filesystem.
  if (::chdir(root) != 0) return fail(failure, ChildStep::change_dir);
  if (::syscall(SYS_pivot_root, ".", ".") != 0) return fail(failure, ChildStep::pivot_root);
  if (::umount2(".", MNT_DETACH) != 0) return fail(failure, ChildStep::pivot_root);
  if (::chdir(plan.work_dir.c_str()) != 0) return fail(failure, ChildStep::change_dir);
  return true;
}

}  // namespace sandbox::detail
