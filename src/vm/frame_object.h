// The Python frame object's layout, shared by frame_object.cpp and the tracing hooks (tracing.cpp).
#pragma once

#include "vm/frame.h"

namespace ginger::vm {

struct FrameObject : Object {
    Frame* frame;              // the running frame, or null once it finished
    Ref<CodeObject> code;
    Ref<DictObject> globals;
    Ref<DictObject> builtins;
    int32_t lasti;             // of a finished frame
    Value locals;              // snapshot of a finished frame's locals
    Value back;                // the caller's frame object, kept once this frame finished
    // sys.settrace: the local trace function (f_trace) and its switches.
    Value trace;
    bool trace_lines;
    bool trace_opcodes;
    int32_t trace_line;        // the line of that instruction as tracing reported it, or -1
    int32_t trace_previous;    // the word offset of the instruction traced last in this frame, or -1 (frame start)
    bool held_by_frame;        // the running frame owns a reference (it has had a trace function)
    int32_t jump_target;       // set by `f_lineno = n` in a line event: the word offset to continue at, or -1
};

// Sets f_trace; a running frame then keeps its frame object alive (as CPython's frames own theirs).
void frame_object_set_trace(FrameObject* object, Value trace);
// Writes a trace function's changes to f_locals back into the running frame's fast locals.
void frame_locals_to_fast(FrameObject* object);
// Refreshes f_locals' dict, if it was made, from the fast locals (before a trace function runs).
Result<void> frame_fast_to_locals(FrameObject* object);
// f_lineno of a traced frame at word offset `lasti` (tracing.cpp).
int trace_frame_line(FrameObject* object, int32_t lasti);

}  // namespace ginger::vm
