#include "judge/cli/signals.hpp"

#include <pthread.h>
#include <signal.h>

namespace judge::cli {

SignalWaiter::SignalWaiter() {
  sigemptyset(&signals_);
  sigaddset(&signals_, SIGTERM);
  sigaddset(&signals_, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
}

SignalWaiter::~SignalWaiter() {
  if (thread_.joinable()) {
    // Wake the waiter if no signal came (the command ended on its own);
    // what the handler uses may be gone by now, so it is not called.
    finished_ = true;
    pthread_kill(thread_.native_handle(), SIGTERM);
    thread_.join();
  }
}

void SignalWaiter::on_signal(std::function<void(int)> handler) {
  thread_ = std::thread([this, handler = std::move(handler)] {
    int signal = 0;
    if (sigwait(&signals_, &signal) == 0 && !finished_) handler(signal);
  });
}

}  // namespace judge::cli
