// sys.settrace and sys.setprofile: the events the traced instantiation of the eval loop fires. Each hook
// returns an error when a trace or profile function raised; that function is then turned off, as in CPython.
#pragma once

#include "vm/frame.h"
#include "vm/thread_state.h"

namespace ginger::vm {

enum class TraceEvent : int8_t { None = -1, Call, Exception, Line, Return, CCall, CException, CReturn, Opcode };

// sys.settrace() was called; frame.f_trace_opcodes = True sets g_opcode_trace_set.
void trace_function_set();
extern bool g_opcode_trace_set;
// Recomputes g_trace_wanted after a trace or profile function changed.
void update_trace_wanted();

// Whether hooks must run: a trace or profile function is set and we are not inside one.
inline bool tracing_on(ThreadState* ts) { return !ts->tracing && (ts->trace_function || ts->profile_function); }

// 'call' when a frame starts or resumes (profile, then the global trace function, whose result becomes f_trace).
Result<void> trace_frame_start(Frame* frame);
// 'return' when a frame returns or yields `value`, or unwinds with an exception (value null: None).
Result<void> trace_frame_return(Frame* frame, Val value);
// 'exception' when the thread's current exception is raised in, or propagates into, `frame`. An error from
// the trace function replaces the exception.
void trace_frame_exception(Frame* frame);
// 'exception' with StopIteration(value) when a for loop exhausts a generator that returned `value` (CPython's
// STOP_ITERATION event).
Result<void> trace_stop_iteration(Frame* frame, Val value);
// 'line' and 'opcode' before the instruction at word offset `offset`. Sets `jump_to` to a word offset when the
// trace function assigned f_lineno (the stack is already adjusted), else -1.
Result<void> trace_instruction(Frame* frame, int32_t offset, int32_t& jump_to);
// A call of `callable` from the traced loop: c_call/c_return/c_exception around it when a profile function is
// set and the callable is a built-in function or method descriptor.
Result<Value> profile_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames);
bool profile_wants_c_events(Val callable);

// The line of the instruction at word offset `offset` as tracing reports it (-1 if none).
int trace_line_at(CodeObject* code, int32_t offset);

// f_lineno assignment (frame_object.cpp): checks the jump and records it for the eval loop.
Result<void> frame_set_lineno(Frame* frame, Val value);

}  // namespace ginger::vm
