// Signals arrive asynchronously; their Python handlers run later, at the eval loop's next safe point
// (a call or a loop's back edge), as in CPython. The C-level handler only records the signal.
#pragma once

#include "objects/object.h"

#include <csignal>

namespace ginger {

inline constexpr int SIGNAL_COUNT = 65;  // Linux's NSIG: signal numbers are 1 .. SIGNAL_COUNT - 1

// Set by signal_trip for each signal that arrived and is not yet handled.
extern volatile sig_atomic_t g_signal_tripped[SIGNAL_COUNT];
// Set by signal_trip; cleared when the main thread runs the handlers (g_interrupt_pending is also raised by
// other requests, such as the GIL's drop request).
extern volatile sig_atomic_t g_signals_pending;
// signal.set_wakeup_fd(): a byte with the signal number is written there when a signal arrives (-1: none).
extern volatile sig_atomic_t g_signal_wakeup_fd;
extern volatile sig_atomic_t g_signal_wakeup_warn;

// The C handler of every signal Ginger catches (async-signal-safe): records the signal, writes the wakeup
// byte and raises g_interrupt_pending so that the VM looks at it.
void signal_trip(int signum);

// Runs at a safe point when g_interrupt_pending is set (the eval breaker): lets another thread run if it asked
// for the GIL, then, in the main thread only, the Python handlers of the signals that arrived (through the
// _signal module's dispatcher once it is imported), or KeyboardInterrupt for SIGINT before. An exception from
// a handler propagates from the point where the VM checked.
Result<void> run_pending_signals();
// Set by the _signal module.
extern Result<void> (*g_signal_dispatch)();

}  // namespace ginger
