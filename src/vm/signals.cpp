// The signal bookkeeping shared by the runtime's SIGINT handler and the _signal module.
#include "vm/signals.h"
#include "objects/exceptions.h"
#include "vm/gil.h"
#include "vm/thread_state.h"

#include <cerrno>
#include <unistd.h>

namespace ginger {

volatile sig_atomic_t g_signal_tripped[SIGNAL_COUNT];
volatile sig_atomic_t g_signals_pending = 0;
volatile sig_atomic_t g_signal_wakeup_fd = -1;
volatile sig_atomic_t g_signal_wakeup_warn = 1;
Result<void> (*g_signal_dispatch)() = nullptr;

void signal_trip(int signum)
{
    int saved_errno = errno;
    if (signum > 0 && signum < SIGNAL_COUNT)
        g_signal_tripped[signum] = 1;
    g_signals_pending = 1;
    g_interrupt_pending = 1;
    if (g_signal_wakeup_fd >= 0) {
        unsigned char byte = static_cast<unsigned char>(signum);
        ssize_t written = write(g_signal_wakeup_fd, &byte, 1);
        (void)written;
    }
    errno = saved_errno;
}

Result<void> run_pending_signals()
{
    g_interrupt_pending = 0;
    if (g_gil_drop_request) [[unlikely]]
        gil_yield();
    if (!g_signals_pending || g_thread != g_main_thread)
        return {};
    g_signals_pending = 0;
    if (g_signal_dispatch)
        return g_signal_dispatch();
    if (g_signal_tripped[SIGINT]) {
        g_signal_tripped[SIGINT] = 0;
        raise_with_args(&g_exc_KeyboardInterrupt, {});
        return Error {};
    }
    return {};
}

}  // namespace ginger
