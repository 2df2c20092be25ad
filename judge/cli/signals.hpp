// SIGTERM and SIGINT for long-running commands (serve, worker): blocked in
// every thread and taken by one waiting thread, so a stop request runs
// ordinary code (stop accepting, finish what was accepted) instead of an
// async-signal-safe handler.
#pragma once

#include <atomic>
#include <csignal>
#include <functional>
#include <thread>

namespace judge::cli {

class SignalWaiter {
 public:
  SignalWaiter();  // blocks the signals in the calling thread (and threads it starts)
  ~SignalWaiter();
  // Calls `handler` (once) on the waiting thread when a signal arrives.
  void on_signal(std::function<void(int)> handler);

 private:
  sigset_t signals_{};
  std::atomic<bool> finished_{false};
  std::thread thread_;
};

}  // namespace judge::cli
