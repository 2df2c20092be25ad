#include "judge/run/cpu_pin.hpp"

#include <array>
#include <mutex>

namespace judge::run {
namespace {

std::mutex held_mutex;
std::array<int, CPU_SETSIZE> held{};  // pins held per CPU, in this process

// The allowed CPU with the fewest pins held; `current` wins a tie.
int least_held(const cpu_set_t& allowed, int current) {
  int best = CPU_ISSET(current, &allowed) ? current : -1;
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
    if (CPU_ISSET(cpu, &allowed) && (best < 0 || held[cpu] < held[best])) best = cpu;
  }
  return best;
}

}  // namespace

CpuPin::CpuPin() {
  if (::pthread_getaffinity_np(::pthread_self(), sizeof saved_, &saved_) != 0) return;
  const int current = ::sched_getcpu();
  if (current < 0 || current >= CPU_SETSIZE) return;
  std::lock_guard lock(held_mutex);
  const int cpu = least_held(saved_, current);
  if (cpu < 0) return;
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(cpu, &one);
  if (::pthread_setaffinity_np(::pthread_self(), sizeof one, &one) != 0) return;
  cpu_ = cpu;
  ++held[cpu];
}

CpuPin::~CpuPin() {
  if (cpu_ < 0) return;
  ::pthread_setaffinity_np(::pthread_self(), sizeof saved_, &saved_);
  std::lock_guard lock(held_mutex);
  --held[cpu_];
}

}  // namespace judge::run
