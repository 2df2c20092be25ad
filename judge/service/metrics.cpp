#include "judge/service/metrics.hpp"

#include <sstream>

namespace judge::service {

void Metrics::Histogram::observe(double seconds) {
  for (std::size_t i = 0; i < kBounds.size(); ++i) {
    if (seconds <= kBounds[i]) ++counts[i];
  }
  ++count;
  sum += seconds;
}

void Metrics::Histogram::render(std::string& out, const std::string& name) const {
  std::ostringstream text;
  for (std::size_t i = 0; i < kBounds.size(); ++i) {
    text << name << "_bucket{le=\"" << kBounds[i] << "\"} " << counts[i] << "\n";
  }
  text << name << "_bucket{le=\"+Inf\"} " << count << "\n" << name << "_sum " << sum << "\n" << name << "_count " << count << "\n";
  out += text.str();
}

void Metrics::judged(const std::string& verdict, double queue_seconds, double judge_seconds) {
  std::lock_guard lock(mutex_);
  ++judged_[verdict];
  queue_latency_.observe(queue_seconds);
  judge_latency_.observe(judge_seconds);
  total_latency_.observe(queue_seconds + judge_seconds);
}

void Metrics::request(int status) {
  std::lock_guard lock(mutex_);
  ++requests_[status];
}

void Metrics::refused(const std::string& code) {
  std::lock_guard lock(mutex_);
  ++refused_[code];
}

void Metrics::gauge(std::string name, std::string help, std::function<double()> read) {
  std::lock_guard lock(mutex_);
  gauges_[std::move(name)] = {std::move(help), std::move(read)};
}

std::string Metrics::render() const {
  std::lock_guard lock(mutex_);
  std::string out;
  out += "# HELP judge_submissions_judged_total Submissions judged, by overall verdict.\n"
         "# TYPE judge_submissions_judged_total counter\n";
  for (const auto& [verdict, count] : judged_) {
    out += "judge_submissions_judged_total{verdict=\"" + verdict + "\"} " + std::to_string(count) + "\n";
  }
  out += "# HELP judge_http_requests_total HTTP requests answered, by status code.\n"
         "# TYPE judge_http_requests_total counter\n";
  for (const auto& [status, count] : requests_) {
    out += "judge_http_requests_total{code=\"" + std::to_string(status) + "\"} " + std::to_string(count) + "\n";
  }
  out += "# HELP judge_requests_refused_total Requests refused before judging, by error code.\n"
         "# TYPE judge_requests_refused_total counter\n";
  for (const auto& [code, count] : refused_) {
    out += "judge_requests_refused_total{code=\"" + code + "\"} " + std::to_string(count) + "\n";
  }
  const std::pair<const char*, const Histogram*> histograms[] = {
      {"judge_queue_wait_seconds", &queue_latency_},
      {"judge_judging_seconds", &judge_latency_},
      {"judge_submission_latency_seconds", &total_latency_}};
  const char* helps[] = {"Time from accepted to a worker starting it.", "Time spent judging (tests and type check).",
                         "Time from accepted to the report being ready."};
  for (std::size_t i = 0; i < 3; ++i) {
    out += std::string("# HELP ") + histograms[i].first + " " + helps[i] + "\n# TYPE " + histograms[i].first +
           " histogram\n";
    histograms[i].second->render(out, histograms[i].first);
  }
  for (const auto& [name, gauge] : gauges_) {
    std::ostringstream value;
    value << gauge.read();
    out += "# HELP " + name + " " + gauge.help + "\n# TYPE " + name + " gauge\n" + name + " " + value.str() + "\n";
  }
  return out;
}

}  // namespace judge::service
