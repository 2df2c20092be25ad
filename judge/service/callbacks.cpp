#include "judge/service/callbacks.hpp"

#include <httplib.h>

#include <chrono>

namespace judge::service {

std::pair<std::string, std::string> split_url(const std::string& url) {
  const auto scheme = url.find("://");
  if (scheme == std::string::npos) return {};
  const auto path = url.find('/', scheme + 3);
  if (path == std::string::npos) return {url, "/"};
  return {url.substr(0, path), url.substr(path)};
}

Callbacks::Callbacks(int attempts, int first_delay_ms)
    : attempts_(attempts), first_delay_ms_(first_delay_ms), thread_([this] { deliver_all(); }) {}

Callbacks::~Callbacks() { drain(); }

void Callbacks::post(std::string url, std::string body) {
  std::lock_guard lock(mutex_);
  queue_.push_back({std::move(url), std::move(body)});
  changed_.notify_all();
}

void Callbacks::drain() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    changed_.notify_all();
  }
  if (thread_.joinable()) thread_.join();
}

bool Callbacks::deliver(const Delivery& delivery) {
  const auto [origin, path] = split_url(delivery.url);
  if (origin.empty()) return true;  // validated at submission; nothing to retry
  httplib::Client client(origin);
  client.set_connection_timeout(5);
  client.set_read_timeout(10);
  client.set_write_timeout(10);
  const auto response = client.Post(path, delivery.body, "application/json");
  return response && response->status >= 200 && response->status < 300;
}

void Callbacks::deliver_all() {
  for (;;) {
    Delivery delivery;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return !queue_.empty() || stopping_; });
      if (queue_.empty()) return;
      delivery = std::move(queue_.front());
      queue_.pop_front();
    }
    int delay = first_delay_ms_;
    for (int attempt = 1; attempt <= attempts_; ++attempt) {
      if (deliver(delivery)) break;
      if (attempt < attempts_) {
        std::this_thread::sleep_for(std::chrono::milliseconds(delay));
        delay *= 2;
      }
    }
  }
}

}  // namespace judge::service
