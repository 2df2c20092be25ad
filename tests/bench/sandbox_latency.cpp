// In-process latency of sandbox::run(), without the judge CLI's own start:
// prints the median wall time of N runs of a tiny script, in milliseconds.
// Used by scripts/bench to split the CLI's overhead into its parts.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "sandbox/sandbox.hpp"

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 30;
  const bool gated = argc > 2 && std::string(argv[2]) == "gated";
  sandbox::Spec spec;
  spec.policy = sandbox::Policy::for_python("/usr/bin/python3");
  spec.policy.files.push_back({"/box/main.py", "print('hi')\n", false});
  if (gated) {
    spec.argv = {spec.policy.executable, "-I", "-S", "-c",
                 "import posix;posix.read(3,1);posix.close(3);exec(open('/box/main.py').read())"};
    spec.release_fd = 3;
  } else {
    spec.argv = {spec.policy.executable, "-I", "-S", "/box/main.py"};
  }
  std::vector<double> samples;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const auto result = sandbox::run(spec);
    const auto end = std::chrono::steady_clock::now();
    if (result.status != sandbox::Status::ok) {
      std::fprintf(stderr, "run failed: %s\n", result.message.c_str());
      return 1;
    }
    samples.push_back(std::chrono::duration<double, std::milli>(end - start).count());
  }
  std::sort(samples.begin(), samples.end());
  std::printf("%.3f\n", samples[samples.size() / 2]);
  return 0;
}
