// Keeps the judge's thread and the interpreter it talks to on one CPU.
// Each test is a request and an answer: two wake-ups. Across CPUs a wake-up
// costs tens of microseconds on a VM (a bare ping-pong between two
// processes: 84 us on two CPUs, 6 us on one, on the development VM), which
// was most of the per-test overhead. Threads and processes inherit the
// mask, so pinning the calling thread before a session starts pins the
// supervisor, the sandbox and the program with it; a warm interpreter,
// started earlier, is asked to pin itself to cpu() (a hint, not a limit).
//
// Parallel judges (grade, serve, worker) each take the CPU with the fewest
// pins held, so two of them are never stacked on one CPU while another
// idles; the calling thread's own CPU wins a tie.
#pragma once

#include <pthread.h>
#include <sched.h>

namespace judge::run {

class CpuPin {
 public:
  CpuPin();
  ~CpuPin();
  CpuPin(const CpuPin&) = delete;
  CpuPin& operator=(const CpuPin&) = delete;

  // The CPU held, or -1 when pinning failed (the thread runs as before).
  int cpu() const { return cpu_; }

 private:
  cpu_set_t saved_{};
  int cpu_ = -1;
};

}  // namespace judge::run
