// In-process latency of sandbox::run() against spawning the same interpreter
// bare, interleaved run by run: prints "<sandbox median ms> <bare median ms>".
// Used by scripts/bench to split the CLI's overhead from the sandbox's own.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "sandbox/sandbox.hpp"

extern char** environ;

namespace {

double median(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  return samples[samples.size() / 2];
}

double timed_ms(const std::function<bool()>& action) {
  const auto start = std::chrono::steady_clock::now();
  if (!action()) {
    std::fprintf(stderr, "run failed\n");
    std::exit(1);
  }
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 30;
  sandbox::Spec spec;
  spec.policy = sandbox::Policy::for_python("/usr/bin/python3");
  spec.policy.files.push_back({"/box/main.py", "print('hi')\n", false});
  spec.argv = {spec.policy.executable, "-I", "-S", "-c",
               "import posix;posix.read(3,1);posix.close(3);exec(open('/box/main.py').read())"};
  spec.release_fd = 3;

  char python[] = "/usr/bin/python3";
  char isolate[] = "-I", no_site[] = "-S", command[] = "-c", code[] = "print('hi')";
  char* bare_argv[] = {python, isolate, no_site, command, code, nullptr};
  posix_spawn_file_actions_t quiet;
  posix_spawn_file_actions_init(&quiet);
  posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);

  std::vector<double> sandboxed, bare;
  for (int i = 0; i < runs + 1; ++i) {
    const double a = timed_ms([&] { return sandbox::run(spec).status == sandbox::Status::ok; });
    const double b = timed_ms([&] {
      pid_t pid = 0;
      int status = 0;
      return posix_spawn(&pid, python, &quiet, nullptr, bare_argv, environ) == 0 && waitpid(pid, &status, 0) == pid &&
             status == 0;
    });
    if (i == 0) continue;  // warm-up
    sandboxed.push_back(a);
    bare.push_back(b);
  }
  std::printf("%.3f %.3f\n", median(sandboxed), median(bare));
  return 0;
}
