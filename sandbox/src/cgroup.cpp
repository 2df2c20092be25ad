#include "cgroup.hpp"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <thread>

namespace sandbox::detail {
namespace {

std::string unique_run_name() {
  static std::atomic<unsigned> counter{0};
  return "run-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

void make_dir(const std::string& path) {
  if (::mkdir(path.c_str(), 0755) != 0) {
    throw std::runtime_error("cannot create cgroup " + path + ": " + std::generic_category().message(errno));
  }
}

void remove_dir(const std::string& path) {
  // The last task can take a moment to leave after its pidfd reported exit.
  for (int attempt = 0; attempt < 50; ++attempt) {
    if (::rmdir(path.c_str()) == 0 || errno == ENOENT) return;
    if (errno != EBUSY) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

}  // namespace

void write_cgroup_file(const std::string& path, const std::string& value) {
  UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW));
  if (!fd.valid() || ::write(fd.get(), value.data(), value.size()) != static_cast<ssize_t>(value.size())) {
    throw std::runtime_error("cannot write '" + value + "' to " + path + ": " +
                             std::generic_category().message(errno));
  }
}

std::string read_small_file(const std::string& path) {
  UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
  if (!fd.valid()) return {};
  char buffer[4096];
  const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
  return got > 0 ? std::string(buffer, static_cast<std::size_t>(got)) : std::string();
}

std::uint64_t read_number(const std::string& path, std::uint64_t fallback) {
  try {
    return std::stoull(read_small_file(path));
  } catch (const std::exception&) {
    return fallback;
  }
}

std::uint64_t read_keyed_value(const std::string& path, const std::string& key) {
  std::istringstream lines(read_small_file(path));
  std::string name;
  std::uint64_t value = 0;
  while (lines >> name >> value) {
    if (name == key) return value;
  }
  return 0;
}

Cgroup::Cgroup(const Capabilities& caps, const Limits& limits) : version_(caps.cgroup) {
  const std::string name = unique_run_name();
  const std::string memory = std::to_string(limits.memory_bytes);
  const std::string tasks = std::to_string(limits.max_tasks);
  switch (version_) {
    case CgroupVersion::none:
      throw std::runtime_error("no cgroup hierarchy available");
    case CgroupVersion::v1:
      memory_dir_ = caps.cgroup_memory_parent + "/" + name;
      pids_dir_ = caps.cgroup_pids_parent + "/" + name;
      make_dir(memory_dir_);
      try {
        make_dir(pids_dir_);
        write_cgroup_file(memory_dir_ + "/memory.limit_in_bytes", memory);
        // With swap accounting, swap must not extend the limit.
        if (::access((memory_dir_ + "/memory.memsw.limit_in_bytes").c_str(), F_OK) == 0) {
          write_cgroup_file(memory_dir_ + "/memory.memsw.limit_in_bytes", memory);
        }
        write_cgroup_file(pids_dir_ + "/pids.max", tasks);
      } catch (...) {
        remove_dir(pids_dir_);
        remove_dir(memory_dir_);
        throw;
      }
      break;
    case CgroupVersion::v2:
      memory_dir_ = caps.cgroup_memory_parent + "/" + name;
      pids_dir_ = memory_dir_;
      make_dir(memory_dir_);
      try {
        write_cgroup_file(memory_dir_ + "/memory.max", memory);
        if (::access((memory_dir_ + "/memory.swap.max").c_str(), F_OK) == 0) {
          write_cgroup_file(memory_dir_ + "/memory.swap.max", "0");
        }
        write_cgroup_file(memory_dir_ + "/pids.max", tasks);
        dir_fd_.reset(::open(memory_dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!dir_fd_.valid()) throw std::runtime_error("cannot open cgroup " + memory_dir_);
      } catch (...) {
        remove_dir(memory_dir_);
        throw;
      }
      break;
  }
}

Cgroup::~Cgroup() {
  dir_fd_.reset();
  if (pids_dir_ != memory_dir_) remove_dir(pids_dir_);
  remove_dir(memory_dir_);
}

void Cgroup::attach(pid_t pid) const {
  if (version_ != CgroupVersion::v1) return;
  write_cgroup_file(memory_dir_ + "/cgroup.procs", std::to_string(pid));
  write_cgroup_file(pids_dir_ + "/cgroup.procs", std::to_string(pid));
}

std::uint64_t Cgroup::peak_memory_bytes() const {
  if (version_ == CgroupVersion::v1) return read_number(memory_dir_ + "/memory.max_usage_in_bytes", 0);
  return read_number(memory_dir_ + "/memory.peak", 0);
}

bool Cgroup::oom_killed() const {
  if (version_ == CgroupVersion::v1) return read_keyed_value(memory_dir_ + "/memory.oom_control", "oom_kill") > 0;
  return read_keyed_value(memory_dir_ + "/memory.events", "oom_kill") > 0;
}

void Cgroup::kill_all() const {
  if (version_ != CgroupVersion::v2) return;
  try {
    write_cgroup_file(memory_dir_ + "/cgroup.kill", "1");
  } catch (const std::exception&) {
    // cgroup.kill needs Linux 5.14; killing the pid-namespace init suffices.
  }
}

}  // namespace sandbox::detail
