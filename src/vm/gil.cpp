// The global interpreter lock (see gil.h). A waiting thread sleeps on a condition variable for one switch
// interval; if the holder has not let go by then (and no other switch happened meanwhile), it sets the drop
// request, which the holder honours at its next safe point. The holder that drops the lock on request
// then waits until some other thread has actually taken it, so that one thread cannot take it straight
// back (CPython's FORCE_SWITCHING).
#include "vm/gil.h"
#include "vm/thread_state.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <csignal>
#include <new>
#include <pthread.h>
#include <unistd.h>

namespace ginger {

bool g_threads_started = false;
bool g_thread_creation_closed = false;
volatile bool g_gil_drop_request = false;

namespace {

struct Gil {
    std::mutex mutex;
    std::condition_variable released;   // the lock became free
    std::condition_variable switched;   // another thread took it
    bool locked = true;                 // the main thread holds it from the start
    int waiters = 0;                    // threads inside gil_acquire
    unsigned long switches = 0;         // how many times it changed hands
    bool finalizing = false;
    std::chrono::microseconds interval { 5000 };
};

// Never destroyed: daemon threads may still be waiting on it while the process exits.
Gil& gil()
{
    static Gil* s_gil = new Gil;
    return *s_gil;
}

// The lock is taken and given up around system calls whose errno the caller reads afterwards.
struct ErrnoKeeper {
    int saved = errno;
    ~ErrnoKeeper() { errno = saved; }
};

[[noreturn]] void wait_for_exit()
{
    for (;;)
        pause();
}

}  // namespace

void gil_acquire(ThreadState* ts)
{
    ErrnoKeeper keep;
    Gil& g = gil();
    std::unique_lock lock(g.mutex);
    if (g.finalizing && ts != g_main_thread) {
        lock.unlock();
        wait_for_exit();
    }
    ++g.waiters;
    while (g.locked) {
        unsigned long seen = g.switches;
        if (!g.released.wait_for(lock, g.interval, [&] { return !g.locked; })) {
            // A whole interval without the lock changing hands: ask the holder to let go.
            if (g.locked && g.switches == seen) {
                g_gil_drop_request = true;
                g_interrupt_pending = 1;
            }
        }
        if (g.finalizing && ts != g_main_thread) {
            --g.waiters;
            g.switched.notify_all();
            lock.unlock();
            wait_for_exit();
        }
    }
    --g.waiters;
    g.locked = true;
    ++g.switches;
    g_gil_drop_request = false;
    g_thread = ts;
    // The new holder looks at everything at its next safe point: its own pending signals, tracing changes.
    g_interrupt_pending = 1;
    g.switched.notify_all();
}

ThreadState* gil_release()
{
    ErrnoKeeper keep;
    Gil& g = gil();
    ThreadState* ts = g_thread;
    {
        std::lock_guard lock(g.mutex);
        g.locked = false;
    }
    g.released.notify_one();
    return ts;
}

void gil_yield()
{
    Gil& g = gil();
    ThreadState* ts = g_thread;
    {
        std::unique_lock lock(g.mutex);
        if (g.waiters == 0) {
            g_gil_drop_request = false;
            return;
        }
        g.locked = false;
        g.released.notify_one();
        unsigned long seen = g.switches;
        g.switched.wait(lock, [&] { return g.switches != seen || g.waiters == 0; });
    }
    gil_acquire(ts);
}

void threads_after_fork()
{
    // The mutex may have been held by another thread at the fork: the lock is built afresh.
    Gil& g = gil();
    auto interval = g.interval;
    new (&g) Gil;
    g.interval = interval;
    g_gil_drop_request = false;
    if (g_thread != g_main_thread) {
        // A thread other than the main one forked: it had the asynchronous signals blocked.
        sigset_t none;
        sigemptyset(&none);
        pthread_sigmask(SIG_SETMASK, &none, nullptr);
    }
    all_thread_states() = { g_thread };
    g_main_thread = g_thread;
}

void gil_set_finalizing()
{
    Gil& g = gil();
    std::lock_guard lock(g.mutex);
    g.finalizing = true;
}

void gil_set_switch_interval(double seconds)
{
    Gil& g = gil();
    std::lock_guard lock(g.mutex);
    g.interval = std::chrono::microseconds(std::max<long long>(1, (long long)(seconds * 1e6)));
}

double gil_switch_interval()
{
    Gil& g = gil();
    std::lock_guard lock(g.mutex);
    return double(g.interval.count()) / 1e6;
}

}  // namespace ginger
