// Per-thread interpreter state: the exception being raised, the handled one, the frame chain and the
// value stack frames live on.
#pragma once

#include "objects/object.h"

#include <csignal>
#include <cstddef>
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
    void* push(size_t bytes);
    void pop(void* base);

private:
    struct Chunk {
        char* begin;
        char* end;
    };
    std::vector<Chunk> m_chunks;
    size_t m_current = 0;
    char* m_top = nullptr;
};

struct ThreadState {
    Value current_exception;      // being raised; null when none
    Value handled_exception;      // the exception an `except` block is handling (sys.exception())
    vm::Frame* frame = nullptr;   // the innermost executing frame
    int recursion_depth = 0;      // Python frames in use
    int recursion_limit = 1000;
    int native_depth = 0;         // nested calls of the eval loop from C++; bounded to protect the C++ stack
    DataStack stack;
};

extern ThreadState* g_thread;

// Set by the SIGINT handler; the VM raises KeyboardInterrupt at its next safe point (a call or a
// loop's back edge), as CPython's eval breaker does.
extern volatile sig_atomic_t g_interrupt_pending;

// The largest nesting of eval-loop re-entries from C++ (each one costs native stack).
inline constexpr int NATIVE_DEPTH_LIMIT = 3000;

}  // namespace ginger
