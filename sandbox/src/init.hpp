// The init of the sandbox's PID namespace.
//
// The first process of a PID namespace is its init, and the kernel ignores
// signals an init's own namespace sends it without a handler: a program
// running as pid 1 survives its own abort() (glibc then faults, reported as
// SIGSEGV) and os.kill(os.getpid(), SIGTERM). So the child stays behind as a
// minimal init, like isolate's box keeper and bubblewrap's pid 1, and the
// program runs as pid 2 with ordinary signal semantics. The init only waits
// and reports the program's wait status through the failure pipe; when it
// dies, the kernel kills everything left in the namespace.
#pragma once

namespace sandbox::detail {

// Child side, async-signal-safe. Returns in the program's process; in the
// init it waits for the program, reports and exits.
void fork_program_under_init(int failure_fd);

}  // namespace sandbox::detail
