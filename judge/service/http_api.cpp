#include "judge/service/http_api.hpp"

#include <httplib.h>

#include "judge/problem/catalog.hpp"
#include "judge/problem/starter.hpp"
#include "judge/util/files.hpp"
#include "judge/util/json_depth.hpp"

namespace judge::service {
namespace {

using nlohmann::json;

constexpr int kMaxBodyDepth = 16;  // a submission is flat; a batch is two levels more

void send_json(httplib::Response& response, int status, const json& body) {
  response.status = status;
  response.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace) + "\n", "application/json");
}

void send_error(httplib::Response& response, int status, const std::string& code, const std::string& message) {
  send_json(response, status, {{"error", {{"code", code}, {"message", message}}}});
}

json problem_summary(const problem::Problem& problem) {
  json summary = {{"slug", problem.id}, {"title", problem.title}, {"pattern", problem.pattern},
                  {"difficulty", problem.difficulty}};
  if (!problem.place.track.empty()) {
    summary["track"] = problem.place.track;
    summary["topic"] = problem.place.topic;
  }
  return summary;
}

}  // namespace

class HttpApi::Impl {
 public:
  Impl(Backend& backend, Engine& engine, Tokens tokens, Metrics& metrics, ApiOptions options)
      : backend_(backend), engine_(engine), tokens_(std::move(tokens)), metrics_(metrics), options_(options),
        limiter_(options.rate_per_second, options.burst) {
    server_.new_task_queue = [threads = options_.http_threads] { return new httplib::ThreadPool(threads); };
    server_.set_payload_max_length(options_.max_body_bytes);
    server_.set_read_timeout(10);
    server_.set_write_timeout(10);
    server_.set_keep_alive_timeout(5);
    server_.set_pre_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
      return admit(request, response) ? httplib::Server::HandlerResponse::Unhandled
                                      : httplib::Server::HandlerResponse::Handled;
    });
    // httplib answers some errors itself (413, 404, 400 on a malformed
    // request): give them the same JSON shape as ours.
    server_.set_error_handler([](const httplib::Request&, httplib::Response& response) {
      if (!response.body.empty()) return;
      switch (response.status) {
        case 413: send_error(response, 413, "payload_too_large", "the request body is too large"); break;
        case 404: send_error(response, 404, "not_found", "no such endpoint"); break;
        default: send_error(response, response.status, "bad_request", "the request could not be read");
      }
    });
    server_.set_logger([this](const httplib::Request&, const httplib::Response& response) {
      metrics_.request(response.status);
    });
    routes();
    load_problem_list();
  }

  httplib::Server server_;

 private:
  // Authentication, then the rate limit, before any handler or body parsing.
  bool admit(const httplib::Request& request, httplib::Response& response) {
    if (request.path.rfind("/v1/", 0) != 0) return true;  // /healthz, /metrics: no secrets there
    // No tokens only with `--no-auth` (the CLI refuses otherwise): every client is one.
    const auto client = tokens_.empty() ? std::optional<std::size_t>(0)
                                        : tokens_.authenticate(request.get_header_value("Authorization"));
    if (!client) {
      metrics_.refused("unauthorized");
      response.set_header("WWW-Authenticate", "Bearer");
      send_error(response, 401, "unauthorized", "a valid \"Authorization: Bearer <token>\" header is required");
      return false;
    }
    int retry_after = 1;
    if (!limiter_.allow(*client, 1, retry_after)) {
      metrics_.refused("rate_limited");
      response.set_header("Retry-After", std::to_string(retry_after));
      send_error(response, 429, "rate_limited", "too many requests for this token; retry after " +
                                                    std::to_string(retry_after) + " s");
      return false;
    }
    return true;
  }

  // Who is asking: admit() let the request in, so the header holds a valid token.
  std::string owner_of(const httplib::Request& request) const {
    if (tokens_.empty()) return {};
    const auto client = tokens_.authenticate(request.get_header_value("Authorization"));
    return client ? tokens_.owner(*client) : std::string("?");
  }

  std::optional<json> parse_body(const httplib::Request& request, httplib::Response& response) {
    if (util::json_nested_deeper_than(request.body, kMaxBodyDepth)) {
      send_error(response, 400, "invalid_json", "the body is nested too deeply");
      return std::nullopt;
    }
    json body = json::parse(request.body, nullptr, false);
    if (body.is_discarded()) {
      metrics_.refused("invalid_json");
      send_error(response, 400, "invalid_json", "the body is not valid JSON");
      return std::nullopt;
    }
    return body;
  }

  // Validation and admission of one submission: its answer as JSON and a status.
  std::pair<int, json> accept(const json& body, const std::string& owner) {
    Refusal refusal;
    auto submission = parse_submission(body, refusal);
    if (!submission) {
      metrics_.refused(refusal.code);
      return {refusal.http_status, {{"error", {{"code", refusal.code}, {"message", refusal.message}}}}};
    }
    if (!engine_.has_problem(submission->problem)) {
      metrics_.refused("unknown_problem");
      return {404, {{"error", {{"code", "unknown_problem"}, {"message", "no problem \"" + submission->problem + "\""}}}}};
    }
    submission->owner = owner;
    switch (backend_.submit(*submission)) {
      case Admission::accepted:
      case Admission::existing:
        return {202, {{"id", submission->id}, {"status", "queued"}, {"url", "/v1/submissions/" + submission->id}}};
      case Admission::conflict:
        metrics_.refused("id_taken");
        return {409, {{"error", {{"code", "id_taken"}, {"message", "another client already used this id"}}}}};
      case Admission::full:
        metrics_.refused("queue_full");
        return {503, {{"error", {{"code", "queue_full"}, {"message", "the judge is busy; retry shortly"}}}}};
      case Admission::stopping:
        return {503, {{"error", {{"code", "shutting_down"}, {"message", "the judge is shutting down"}}}}};
      case Admission::unavailable:
        return {503, {{"error", {{"code", "queue_unavailable"}, {"message", "the queue cannot be reached"}}}}};
    }
    return {500, {{"error", {{"code", "internal"}, {"message", "unexpected admission"}}}}};
  }

  void routes() {
    server_.Get("/healthz", [this](const httplib::Request&, httplib::Response& response) {
      json health = backend_.health();
      health["status"] = health.value("ok", true) ? "ok" : "degraded";
      send_json(response, health["status"] == "ok" ? 200 : 503, health);
    });
    server_.Get("/metrics", [this](const httplib::Request&, httplib::Response& response) {
      response.set_content(metrics_.render(), "text/plain; version=0.0.4");
    });
    server_.Post("/v1/submissions", [this](const httplib::Request& request, httplib::Response& response) {
      const auto body = parse_body(request, response);
      if (!body) return;
      const std::string owner = owner_of(request);
      auto [status, answer] = accept(*body, owner);
      if (status == 503) response.set_header("Retry-After", "2");
      if (status == 202 && request.get_param_value("wait") == "true") {
        const std::string id = answer["id"];
        if (auto done = backend_.wait(id, owner, options_.max_wait); done && (*done)["status"] == "done") {
          send_json(response, 200, *done);
          return;
        }
      }
      send_json(response, status, answer);
    });
    server_.Post("/v1/submissions/batch", [this](const httplib::Request& request, httplib::Response& response) {
      const auto body = parse_body(request, response);
      if (!body) return;
      if (!body->is_object() || !body->contains("submissions") || !(*body)["submissions"].is_array()) {
        send_error(response, 400, "invalid_request", "the body must be {\"submissions\": [...]}");
        return;
      }
      const json& items = (*body)["submissions"];
      if (items.empty() || items.size() > options_.max_batch) {
        send_error(response, 400, "invalid_request",
                   "a batch holds 1 to " + std::to_string(options_.max_batch) + " submissions");
        return;
      }
      json answers = json::array();
      const std::string owner = owner_of(request);
      for (const auto& item : items) {
        auto [status, answer] = accept(item, owner);
        answer["http_status"] = status;
        answers.push_back(std::move(answer));
      }
      send_json(response, 200, {{"submissions", answers}});
    });
    server_.Get(R"(/v1/submissions/([A-Za-z0-9_-]{1,64}))", [this](const httplib::Request& request,
                                                                   httplib::Response& response) {
      const std::string id = request.matches[1];
      std::optional<json> found;
      const std::string owner = owner_of(request);
      if (request.get_param_value("wait") == "true") {
        found = backend_.wait(id, owner, options_.max_wait);
      } else {
        found = backend_.status(id, owner);
      }
      if (!found) {
        send_error(response, 404, "unknown_submission", "no submission \"" + id + "\" (or its result has expired)");
        return;
      }
      send_json(response, 200, *found);
    });
    server_.Get("/v1/problems", [this](const httplib::Request&, httplib::Response& response) {
      send_json(response, 200, {{"problems", problem_list_}});
    });
    server_.Get(R"(/v1/problems/([a-z0-9-]{1,100}))", [this](const httplib::Request& request,
                                                             httplib::Response& response) {
      const std::string slug = request.matches[1];
      if (!engine_.has_problem(slug)) {
        send_error(response, 404, "unknown_problem", "no problem \"" + slug + "\"");
        return;
      }
      try {
        // The engine's loaded problem: read from disk once, shared with judging.
        const problem::Problem& problem = *engine_.problem(slug);
        json detail = problem_summary(problem);
        detail["statement"] = util::read_file(problem.statement_path(), 1u << 20).value_or("");
        detail["starter"] = problem::starter_source(problem);
        detail["limits"] = {{"case_time_ms", problem.limits.case_time.count()},
                            {"memory_mb", problem.limits.memory_mb}};
        json examples = json::array();
        for (const auto& test : problem.cases) {
          if (test.sample && test.expected) {
            examples.push_back({{"name", test.name}, {"input", test.input}, {"expected", *test.expected}});
          }
        }
        detail["examples"] = examples;  // samples only: hidden tests never leave the judge
        send_json(response, 200, detail);
      } catch (const std::exception& error) {
        send_error(response, 500, "problem_broken", error.what());
      }
    });
  }

  void load_problem_list() {
    problem_list_ = json::array();
    for (const auto& entry : problem::Catalog(engine_.options().problems_root).entries()) {
      try {
        problem_list_.push_back(problem_summary(problem::load_problem(entry.dir)));
      } catch (const std::exception&) {
        // A broken problem is left out of the list; submitting to it is an IE naming the file.
      }
    }
  }

  Backend& backend_;
  Engine& engine_;
  Tokens tokens_;
  Metrics& metrics_;
  ApiOptions options_;
  RateLimiter limiter_;
  json problem_list_;
};

HttpApi::HttpApi(Backend& backend, Engine& engine, Tokens tokens, Metrics& metrics, ApiOptions options)
    : impl_(std::make_unique<Impl>(backend, engine, std::move(tokens), metrics, options)) {}

HttpApi::~HttpApi() = default;

int HttpApi::bind(const std::string& host, int port) {
  if (port == 0) return impl_->server_.bind_to_any_port(host);
  return impl_->server_.bind_to_port(host, port) ? port : -1;
}

void HttpApi::serve() { impl_->server_.listen_after_bind(); }

void HttpApi::stop() { impl_->server_.stop(); }

}  // namespace judge::service
