// Per-thread interpreter state: the exception being raised, the handled one, the frame chain and the
// value stack frames live on.
#pragma once

#include "objects/object.h"

#include <csignal>
#include <cstddef>
#include <string>
#include <vector>

namespace ginger::vm {
struct Frame;
}

namespace ginger {

// Frames are carved out of large chunks, in LIFO order (CPython's _PyStackChunk).
class DataStack {
public:
    DataStack() = default;
    DataStack(const DataStack&) = delete;
    DataStack& operator=(const DataStack&) = delete;
    ~DataStack();
    // The common case inline: the current chunk has room (a call's frame is a pointer bump).
    void* push(size_t bytes)
    {
        if (m_top && m_top + bytes <= m_limit) [[likely]] {
            void* result = m_top;
            m_top += bytes;
            return result;
        }
        return push_slow(bytes);
    }
    void pop(void* base)
    {
        char* p = static_cast<char*>(base);
        if (p >= m_base && p < m_limit) [[likely]] {
            m_top = p;
            return;
        }
        pop_slow(base);
    }

private:
    void* push_slow(size_t bytes);
    void pop_slow(void* base);
    struct Chunk {
        char* begin;
        char* end;
    };
    std::vector<Chunk> m_chunks;
    size_t m_current = 0;
    char* m_top = nullptr;
    char* m_base = nullptr;   // the current chunk
    char* m_limit = nullptr;
};

struct ThreadState {
    Value current_exception;      // being raised; null when none
    Value handled_exception;      // the exception an `except` block is handling (sys.exception())
    // While a generator runs: the exception its caller is handling (borrowed, kept alive by the
    // resuming code), which the generator sees outside its own except blocks. An except block
    // entered while it is the handled exception saves None and restores it on exit, so that a
    // suspended generator never keeps an older caller's exception. Null outside generators.
    Val inherited_exception;
    vm::Frame* frame = nullptr;   // the innermost executing frame
    int recursion_depth = 0;      // Python frames in use
    int recursion_limit = 1000;
    int native_depth = 0;         // nested calls of the eval loop from C++; bounded to protect the C++ stack
    DataStack stack;
    Value trace_function;         // sys.settrace(), or null
    Value profile_function;       // sys.setprofile(), or null
    int tracing = 0;              // inside a trace or profile function (which is not traced itself)
    bool counted_as_traced = false;  // counted in tracing.cpp's number of threads with such a function
    uint64_t ident = 0;           // _thread.get_ident(): the pthread_t
    uint64_t serial = 0;          // never reused (idents are): keys the thread's _thread._local data
    Value sentinel;               // _thread._set_sentinel()'s lock, released when the thread ends
    std::vector<Object*> locals;  // the _thread._local objects holding data of this thread
    std::string import_waiting_for;  // the module another thread is importing that this one waits for
    Value context;                // the current contextvars.Context (made on first use)
};

// The state of the thread that holds the GIL (vm/gil.h); gil_acquire() switches it.
extern ThreadState* g_thread;
// The main thread's state: the one that runs signal handlers.
extern ThreadState* g_main_thread;
// Every live thread's state, the main thread's first. Changed only under the GIL.
std::vector<ThreadState*>& all_thread_states();

// Set by the SIGINT handler; the VM raises KeyboardInterrupt at its next safe point (a call or a
// loop's back edge), as CPython's eval breaker does.
extern volatile sig_atomic_t g_interrupt_pending;

// Whether eval_frame runs the traced instantiation of the eval loop: -X vmtrace, or a trace or profile
// function set in some thread (vm/tracing.cpp). The fast loop looks at it only at safe points.
extern bool g_trace_wanted;

// The largest nesting of eval-loop re-entries from C++ (each one costs native stack).
inline constexpr int NATIVE_DEPTH_LIMIT = 3000;

// Bounds C++ recursion that Python values can drive (repr of nested containers, dunders calling dunders,
// nested exception groups), as CPython's Py_EnterRecursiveCall does. Walks that CPython bounds by its
// C recursion limit (1500 in 3.12) pass that as the limit.
class NativeDepthGuard {
public:
    NativeDepthGuard() { ++g_thread->native_depth; }
    ~NativeDepthGuard() { --g_thread->native_depth; }
    NativeDepthGuard(const NativeDepthGuard&) = delete;
    NativeDepthGuard& operator=(const NativeDepthGuard&) = delete;
    bool too_deep(int limit = NATIVE_DEPTH_LIMIT) const { return g_thread->native_depth > limit; }
};
inline constexpr int C_RECURSION_LIMIT = 1500;

}  // namespace ginger
