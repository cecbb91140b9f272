// Frames: the activation record of a code object, laid out contiguously: the header, then the
// "localsplus" slots (locals, cells, free variables), then the value stack.
#pragma once

#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"

namespace ginger::vm {

enum class FrameState : uint8_t { Created, Running, Suspended, Completed };

struct Frame {
    CodeObject* code;          // borrowed: `function` (or `owner_code` for module code) keeps it alive
    FunctionObject* function;  // owned reference
    DictObject* globals;       // borrowed from function
    DictObject* builtins;      // borrowed from function
    Object* locals;            // owned: the mapping of LOAD_NAME/STORE_NAME (module and class bodies), or null
    Frame* previous;           // the caller while running
    const uint32_t* pc;        // the next instruction, while not running in the eval loop
    Val* sp;                   // one past the stack top, while not running in the eval loop
    FrameState state;
    bool is_entry;             // returning from this frame returns from eval_frame()
    bool on_heap;              // owned by a generator (not on the data stack)
    bool resume_with_error;    // raise the thread's current exception when resumed (generator.throw)
    Object* generator;         // borrowed back-pointer to the owning generator, or null
    Object* frame_object;      // the Python frame object showing this frame, if one was made (borrowed)

    // Each slot owns a reference (or is null). The value stack follows the localsplus slots.
    Val* localsplus() { return reinterpret_cast<Val*>(this + 1); }
    Val* stack_base() { return localsplus() + code->nlocalsplus(); }
    int32_t lasti() const { return int32_t(pc - code->code.data()) - 1; }

    static size_t size_for(CodeObject* code) { return sizeof(Frame) + sizeof(Val) * size_t(code->nlocalsplus() + code->stacksize); }
};

// Creates a frame for calling `function` and binds the arguments (borrowed) to its parameters.
// The frame lives on the thread's data stack, or on the heap for generators (memory is then the
// caller's). Raises TypeError (CPython's messages) for arguments that don't fit.
Frame* frame_for_call(FunctionObject* function, const Val* args, size_t nargs, TupleObject* kwnames, void* memory = nullptr);
// Releases what a frame owns and, for data-stack frames, its memory.
void frame_clear(Frame* frame);

// The Python frame object (sys._getframe(), f_back) for a running frame, made on first use. When
// the frame finishes, its frame object keeps the code, globals, line and a snapshot of the locals.
Value frame_object_for(Frame* frame);
// The frame's locals: its locals mapping if it has one, else a fresh dict snapshot of its fast locals
// and cell contents (as CPython 3.12's locals() and frame.f_locals return).
Value frame_locals(Frame* frame);
void frame_object_detach(Frame* frame);
extern TypeObject g_frame_type;

// Runs frames until `frame` (marked is_entry) returns or yields. The frame is cleared on return.
Result<Value> eval_frame(Frame* frame);

// Runs module-level code with the given namespace (globals and locals are the same dict unless given).
Result<Value> eval_code(CodeObject* code, DictObject* globals, Object* locals = nullptr, TupleObject* closure = nullptr);

// A Python-level call of a function object (the call slot of `function`).
Result<Value> function_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames);

}  // namespace ginger::vm
