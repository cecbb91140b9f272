// The global interpreter lock: one thread at a time runs Python code or touches objects (reference counts are
// not atomic). A thread gives it up around blocking system calls (GilRelease) and, when another thread has
// waited for a switch interval, at the eval loop's next safe point (CPython's "new GIL", 3.2+).
#pragma once

namespace ginger {

struct ThreadState;

// False until the first thread is started: until then every GIL operation is skipped, so a program that
// never starts a thread pays nothing for the lock.
extern bool g_threads_started;

// Set by a thread that has waited a whole switch interval; the holder releases the lock at its next safe
// point (the eval breaker: it also sets g_interrupt_pending).
extern volatile bool g_gil_drop_request;

// Takes the lock for ts (waiting as long as needed) and makes it the current thread state (g_thread).
// Once the interpreter is finalizing, a thread other than the main one never returns from it: it waits for
// the process to end, as CPython's daemon threads do.
void gil_acquire(ThreadState* ts);
// Gives the lock up; returns the thread state that held it (g_thread).
ThreadState* gil_release();
// At a safe point when g_gil_drop_request is set: lets a waiting thread run, then takes the lock back.
void gil_yield();
// In the child after fork(): the lock is rebuilt for the only thread left, the caller, which becomes the
// main thread; the other threads' states are dropped (leaked: their frames may hold anything).
void threads_after_fork();
// Set once threading's shutdown has run (the interpreter is exiting): no new thread may start.
extern bool g_thread_creation_closed;
// After threading's shutdown and the atexit callbacks: other threads are not let back in.
void gil_set_finalizing();

// sys.setswitchinterval / getswitchinterval (seconds).
void gil_set_switch_interval(double seconds);
double gil_switch_interval();

// Releases the lock for the lifetime of the guard, around a blocking call that touches no Python object
// (errno survives the release and the acquisition).
class GilRelease {
public:
    GilRelease() : m_state(g_threads_started ? gil_release() : nullptr) { }
    ~GilRelease()
    {
        if (m_state)
            gil_acquire(m_state);
    }
    GilRelease(const GilRelease&) = delete;
    GilRelease& operator=(const GilRelease&) = delete;

private:
    ThreadState* m_state;
};

// Runs a blocking system call without the GIL and returns its result (errno is kept).
template<typename Call>
auto blocking_call(Call&& call)
{
    GilRelease unlocked;
    return call();
}

}  // namespace ginger
