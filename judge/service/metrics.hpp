// The service's counters, rendered in Prometheus' text format at /metrics.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <mutex>
#include <string>

namespace judge::service {

class Metrics {
 public:
  void judged(const std::string& verdict, double queue_seconds, double judge_seconds);
  void request(int status);
  void refused(const std::string& code);
  // Gauges read when rendered (queue depth, workers busy).
  void gauge(std::string name, std::string help, std::function<double()> read);
  std::string render() const;

 private:
  struct Histogram {
    static constexpr std::array<double, 12> kBounds = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
    std::array<std::uint64_t, kBounds.size()> counts{};
    std::uint64_t count = 0;
    double sum = 0;
    void observe(double seconds);
    void render(std::string& out, const std::string& name) const;
  };
  mutable std::mutex mutex_;
  std::map<std::string, std::uint64_t> judged_;
  std::map<int, std::uint64_t> requests_;
  std::map<std::string, std::uint64_t> refused_;
  Histogram queue_latency_, judge_latency_, total_latency_;
  struct Gauge {
    std::string help;
    std::function<double()> read;
  };
  std::map<std::string, Gauge> gauges_;
};

}  // namespace judge::service
