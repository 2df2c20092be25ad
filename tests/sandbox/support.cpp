#include "support.hpp"

#include <dirent.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace sandbox_test {

namespace {

std::string programs_dir() {
  const char* env = std::getenv("JUDGE_TEST_PROGRAMS");
  return env != nullptr && *env != '\0' ? env : TEST_PROGRAMS_DIR;
}

std::string read_file(const std::string& path) {
  std::ifstream file(path);
  if (!file) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

// Fields of /proc/<pid>/status as "Key:\tvalue" lines.
std::string status_field(const std::string& pid, const std::string& key) {
  std::ifstream file("/proc/" + pid + "/status");
  std::string line;
  while (std::getline(file, line)) {
    if (line.rfind(key + ":", 0) == 0) return line.substr(key.size() + 1);
  }
  return {};
}

template <typename Predicate>
bool any_process(Predicate matches) {
  DIR* proc = ::opendir("/proc");
  if (proc == nullptr) return false;
  bool found = false;
  while (dirent* entry = ::readdir(proc)) {
    const std::string name = entry->d_name;
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    if (matches(name)) found = true;
  }
  ::closedir(proc);
  return found;
}

}  // namespace

std::string program(const std::string& name, const std::map<std::string, std::string>& substitutions) {
  std::string source = read_file(programs_dir() + "/" + name);
  for (const auto& [key, value] : substitutions) {
    const std::string marker = "{{" + key + "}}";
    for (auto at = source.find(marker); at != std::string::npos; at = source.find(marker, at + value.size())) {
      source.replace(at, marker.size(), value);
    }
  }
  return source;
}

sandbox::Spec python_spec(const std::string& source) {
  sandbox::Spec spec;
  spec.policy = sandbox::Policy::for_python("/usr/bin/python3");
  spec.policy.files.push_back({"/box/main.py", source, false});
  spec.argv = {spec.policy.executable, "-I", "-S", "-B", "/box/main.py"};
  spec.limits.cpu_time = std::chrono::milliseconds(1000);
  spec.limits.wall_time = std::chrono::milliseconds(3000);
  spec.limits.output_bytes = 1 << 20;
  return spec;
}

sandbox::Spec released_python_spec(const std::string& source) {
  sandbox::Spec spec = python_spec(source);
  spec.argv = {spec.policy.executable, "-I", "-S", "-c",
               "import posix;posix.read(3,1);posix.close(3);exec(open('/box/main.py').read())"};
  spec.release_fd = 3;
  return spec;
}

sandbox::Result run_program(const std::string& name, const std::map<std::string, std::string>& substitutions,
                            const std::function<void(sandbox::Spec&)>& customize) {
  sandbox::Spec spec = python_spec(program(name, substitutions));
  if (customize) customize(spec);
  return sandbox::run(spec);
}

std::string unique_token() {
  static std::atomic<int> counter{0};
  return "judge-escape-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

bool no_children_left() {
  const std::string self = std::to_string(::getpid());
  return !any_process([&](const std::string& pid) {
    std::istringstream fields(status_field(pid, "PPid"));
    std::string ppid;
    fields >> ppid;
    return ppid == self;
  });
}

bool no_sandbox_processes_left() {
  const auto caps = sandbox::capabilities();
  if (!caps->is_root) return true;  // the program shares our uid: nothing to tell apart
  const std::string uid = std::to_string(caps->host_uid);
  return !any_process([&](const std::string& pid) {
    // A zombie runs nothing and holds nothing: only its exit status, until reaped.
    if (status_field(pid, "State").find("Z (zombie)") != std::string::npos) return false;
    std::istringstream fields(status_field(pid, "Uid"));
    std::string real;
    fields >> real;
    return real == uid;
  });
}

std::string why_sandbox_unavailable() {
  const auto caps = sandbox::capabilities();
  if (!caps->other_namespaces) return "no namespaces on this machine: " + caps->namespace_reason;
  if (!caps->seccomp) return "no seccomp: " + caps->seccomp_reason;
  return {};
}

}  // namespace sandbox_test
