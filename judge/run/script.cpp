#include "judge/run/script.hpp"

#include <sys/socket.h>

#include <cstring>
#include <filesystem>

#include "judge/report/result_json.hpp"
#include "judge/report/result_text.hpp"
#include "judge/util/exit_codes.hpp"

namespace judge::run {
namespace {

// Both bootstraps read the release byte first (Spec::release_fd): the
// learner's code never runs before every limit is in place.
constexpr int kReleaseFd = 3;

// Both hide the bootstrap's own frame from the learner's tracebacks (a
// SyntaxError, raised in the bootstrap's compile(), then shows no frame).
constexpr const char* kOneShotBootstrap =
    "import sys,posix;posix.read(3,1);posix.close(3);sys.argv=sys.argv[1:];__file__=sys.argv[0];"
    "sys.excepthook=lambda t,v,b,h=sys.__excepthook__:h(t,v.with_traceback(b.tb_next),b.tb_next);del sys,posix;"
    "exec(compile(open(__file__,'rb').read(),__file__,'exec'))";

// Waits for the script on kJobFd, then runs it as the one-shot bootstrap
// does: in __main__'s own globals (pickle, dataclasses and get_type_hints
// look them up there), with no name of its own left behind. The script is
// not a file here (the sandbox's root is read-only), so its lines come from
// __loader__.get_source, as for any module without a file: Python's
// traceback module reads them there (CPython's built-in hook reads only
// files), imported when an exception needs it, not before.
constexpr const char* kWaitingBootstrap = R"(def _judge_boot():
    import sys, posix, _socket
    posix.read(3, 1); posix.close(3)
    job = _socket.socket(fileno=4)
    head, ancillary, _, _ = job.recvmsg(8, _socket.CMSG_SPACE(4))
    def exactly(size, got):
        while len(got) < size:
            more = job.recv(size - len(got))
            if not more: posix._exit(0)
            got += more
        return got
    head = exactly(8, head)
    path_size, source_size = int.from_bytes(head[:4], "big"), int.from_bytes(head[4:], "big")
    body = exactly(path_size + source_size, b"")
    job.close()
    for level, kind, data in ancillary:
        if level == _socket.SOL_SOCKET and kind == _socket.SCM_RIGHTS and len(data) >= 4:
            passed = int.from_bytes(data[:4], sys.byteorder)
            posix.dup2(passed, 0); posix.close(passed)
    path, source = body[:path_size].decode(), body[path_size:]
    class Source:
        def get_source(self, name): return source.decode("utf-8", "replace")
    def hook(kind, value, tb, builtin=sys.__excepthook__):
        tb = tb.tb_next if tb is not None else None
        try:
            import traceback
            traceback.print_exception(kind, value.with_traceback(tb), tb)
        except BaseException:
            builtin(kind, value, tb)
    sys.argv, sys.excepthook = [path], hook
    main = sys.modules["__main__"].__dict__
    main["__file__"], main["__loader__"] = path, Source()
    del main["_judge_boot"]
    return source
exec(compile(_judge_boot(), __file__, "exec"))
)";

sandbox::Spec base_spec(const std::string& python, const ScriptLimits& limits) {
  sandbox::Spec spec;
  spec.policy = sandbox::Policy::for_python(python);
  spec.release_fd = kReleaseFd;
  spec.env.push_back("PYTHONIOENCODING=utf-8");
  spec.limits.cpu_time = limits.cpu;
  spec.limits.wall_time = limits.wall;
  spec.limits.memory_bytes = limits.memory_bytes;
  spec.required = limits.required;
  return spec;
}

bool send_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t sent = ::send(fd, data, size, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    data += sent;
    size -= static_cast<std::size_t>(sent);
  }
  return true;
}

void put_u32(char* out, std::uint32_t value) {
  out[0] = static_cast<char>(value >> 24);
  out[1] = static_cast<char>(value >> 16);
  out[2] = static_cast<char>(value >> 8);
  out[3] = static_cast<char>(value);
}

}  // namespace

std::string script_sandbox_path(std::string_view host_path) {
  std::string name = std::filesystem::path(host_path).filename().string();
  if (name.empty() || name.front() == '.') name = "main.py";
  return "/box/" + name;
}

sandbox::Spec script_spec(const std::string& python, const Script& script, const ScriptLimits& limits) {
  sandbox::Spec spec = base_spec(python, limits);
  spec.policy.files.push_back({script.sandbox_path, script.source, false});
  spec.argv = {spec.policy.executable, "-I", "-S", "-B", "-c", kOneShotBootstrap, script.sandbox_path};
  return spec;
}

sandbox::Spec waiting_script_spec(const std::string& python, const ScriptLimits& limits, int job_fd,
                                  std::chrono::milliseconds idle_life) {
  ScriptLimits waiting = limits;
  // Its whole life: waiting, then the longest script it may be handed.
  waiting.cpu = idle_life + limits.cpu;
  waiting.wall = idle_life + limits.wall;
  sandbox::Spec spec = base_spec(python, waiting);
  spec.argv = {spec.policy.executable, "-I", "-S", "-B", "-c", kWaitingBootstrap};
  spec.extra_fds = {{job_fd, kJobFd}};
  return spec;
}

bool send_script(int job_fd, const Script& script, int stdin_fd) {
  char head[8];
  put_u32(head, static_cast<std::uint32_t>(script.sandbox_path.size()));
  put_u32(head + 4, static_cast<std::uint32_t>(script.source.size()));
  iovec part{head, sizeof head};
  msghdr message{};
  message.msg_iov = &part;
  message.msg_iovlen = 1;
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))]{};
  if (stdin_fd >= 0) {
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    cmsghdr* header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(header), &stdin_fd, sizeof(int));
  }
  ssize_t sent;
  do sent = ::sendmsg(job_fd, &message, MSG_NOSIGNAL);
  while (sent < 0 && errno == EINTR);
  if (sent != static_cast<ssize_t>(sizeof head)) return false;
  return send_all(job_fd, script.sandbox_path.data(), script.sandbox_path.size()) &&
         send_all(job_fd, script.source.data(), script.source.size());
}

ScriptReport report_script_run(const sandbox::Result& result, bool json) {
  ScriptReport report;
  if (json) {
    report.text = report::to_json(result, true).dump(2) + "\n";
    report.to_stdout = true;
  } else {
    report.text = "\n--- judge ---\n" + report::to_text(result);
  }
  if (!sandbox::is_program_outcome(result.status)) {
    report.exit_code = kExitError;
  } else {
    report.exit_code = result.status == sandbox::Status::ok ? kExitOk : kExitFailed;
  }
  return report;
}

}  // namespace judge::run
