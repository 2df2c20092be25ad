// Delivering reports to a client's callback_url: POSTed from a thread of
// its own (a slow client never holds a judging worker), retried with
// backoff, given up after a few attempts (the result stays fetchable).
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace judge::service {

class Callbacks {
 public:
  explicit Callbacks(int attempts = 5, int first_delay_ms = 500);
  ~Callbacks();
  void post(std::string url, std::string body);
  // Delivers (or gives up on) everything queued, then stops.
  void drain();

 private:
  struct Delivery {
    std::string url, body;
  };
  void deliver_all();
  bool deliver(const Delivery& delivery);
  int attempts_, first_delay_ms_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Delivery> queue_;
  bool stopping_ = false;
  std::thread thread_;
};

// "http://host:port/path?q" -> {"http://host:port", "/path?q"}; empty when not a URL.
std::pair<std::string, std::string> split_url(const std::string& url);

}  // namespace judge::service
