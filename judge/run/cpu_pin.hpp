// Keeps the judge's thread and the interpreter it talks to on one CPU.
// Each test is a request and an answer: two wake-ups. Across CPUs a wake-up
// costs tens of microseconds on a VM (a bare ping-pong between two
// processes: 84 us on two CPUs, 6 us on one, on the development VM), which
// was most of the per-test overhead. Threads and processes inherit the
// mask, so pinning the calling thread before the session starts pins the
// supervisor, the sandbox and the program with it.
#pragma once

#include <pthread.h>
#include <sched.h>

namespace judge::run {

class CpuPin {
 public:
  CpuPin() {
    active_ = ::pthread_getaffinity_np(::pthread_self(), sizeof saved_, &saved_) == 0;
    const int cpu = ::sched_getcpu();
    if (!active_ || cpu < 0) {
      active_ = false;
      return;
    }
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    active_ = ::pthread_setaffinity_np(::pthread_self(), sizeof one, &one) == 0;
  }
  ~CpuPin() {
    if (active_) ::pthread_setaffinity_np(::pthread_self(), sizeof saved_, &saved_);
  }
  CpuPin(const CpuPin&) = delete;
  CpuPin& operator=(const CpuPin&) = delete;

 private:
  cpu_set_t saved_{};
  bool active_ = false;
};

}  // namespace judge::run
