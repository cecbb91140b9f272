// sys.settrace and sys.setprofile. The eval loop has a traced instantiation (interpreter.cpp) that calls these
// hooks; the normal loop never does, so tracing costs nothing while it is off. Events follow CPython 3.12,
// whose legacy tracing sits on sys.monitoring: a 'line' event where a line starts (and on a backward jump within
// one line), 'return' for yields and for frames an exception leaves, 'call' when a generator resumes.
#include "vm/tracing.h"
#include "vm/frame_object.h"
#include "vm/interpreter.h"
#include "vm/opcodes.h"

#include "import/import.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ginger {
bool g_trace_wanted = false;
}

namespace ginger::vm {

// CPython 3.12 compat: 'opcode' events reach frames only if some frame had f_trace_opcodes set before the
// latest sys.settrace() (which decides the instrumentation).
bool g_opcode_trace_set = false;
static bool s_opcode_events = false;

void trace_function_set() { s_opcode_events = g_opcode_trace_set; }

// How many threads have a trace or profile function (a thread that ends with one keeps the count up: tracing
// then stays on, which is slower but correct).
static int s_traced_threads = 0;

void update_trace_wanted()
{
    ThreadState* ts = g_thread;
    bool traced = ts->trace_function || ts->profile_function;
    if (traced != ts->counted_as_traced) {
        s_traced_threads += traced ? 1 : -1;
        ts->counted_as_traced = traced;
    }
    bool wanted = g_vmtrace || s_traced_threads > 0;
    if (wanted != g_trace_wanted) {
        g_trace_wanted = wanted;
        // Running loops switch instantiation at their next safe point.
        g_interrupt_pending = 1;
    }
}

static StrObject* event_name(TraceEvent event)
{
    static const char* const names[] = { "call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode" };
    return str_intern(names[int(event)]);
}

// The event being reported while a trace function runs (f_lineno may only be set during 'line').
static TraceEvent s_current_event = TraceEvent::None;
static Frame* s_event_frame = nullptr;  // the frame the event is about

static Result<Value> call_hook(Val function, Val frame_object, TraceEvent event, Val arg)
{
    ThreadState* ts = g_thread;
    Value keep = Value::borrow(function);
    TRY(frame_fast_to_locals(frame_object.as<FrameObject>()));
    TraceEvent saved_event = s_current_event;
    s_current_event = event;
    ++ts->tracing;
    auto result = call(function, { frame_object, Val(event_name(event)), arg ? arg : none() });
    frame_locals_to_fast(frame_object.as<FrameObject>());
    --ts->tracing;
    s_current_event = saved_event;
    return result;
}

// CPython's trace_trampoline: 'call' goes to the global function, the rest to the frame's f_trace; a result
// other than None becomes f_trace; an error turns tracing off.
static Result<void> trace_dispatch(Frame* frame, TraceEvent event, Val arg)
{
    ThreadState* ts = g_thread;
    Val callback;
    if (event == TraceEvent::Call) {
        callback = ts->trace_function;
    } else {
        if (!frame->frame_object)
            return {};
        callback = static_cast<FrameObject*>(frame->frame_object)->trace;
    }
    if (!callback)
        return {};
    Value frame_object = frame_object_for(frame);
    Frame* saved_frame = s_event_frame;
    s_event_frame = frame;
    auto result = call_hook(callback, frame_object, event, arg);
    s_event_frame = saved_frame;
    auto* object = static_cast<FrameObject*>(frame->frame_object);
    if (result.is_error()) {
        ts->trace_function = Value();
        if (object)
            object->trace = Value();
        update_trace_wanted();
        return Error {};
    }
    Value value = result.release_value();
    if (object && !is_none(value))
        frame_object_set_trace(object, std::move(value));
    return {};
}

static Result<void> profile_dispatch(Frame* frame, TraceEvent event, Val arg)
{
    ThreadState* ts = g_thread;
    Value frame_object = frame_object_for(frame);
    auto result = call_hook(ts->profile_function, frame_object, event, arg);
    if (result.is_error()) {
        ts->profile_function = Value();
        update_trace_wanted();
        return Error {};
    }
    return {};
}

static FrameObject* traced_object(ThreadState* ts, Frame* frame)
{
    if (!ts->trace_function || !frame->frame_object)
        return nullptr;
    auto* object = static_cast<FrameObject*>(frame->frame_object);
    return object->trace ? object : nullptr;
}

Result<void> trace_frame_start(Frame* frame)
{
    ThreadState* ts = g_thread;
    if (ts->tracing)
        return {};
    if (frame->frame_object)
        static_cast<FrameObject*>(frame->frame_object)->trace_previous = -1;
    if (ts->profile_function)
        TRY(profile_dispatch(frame, TraceEvent::Call, none()));
    if (ts->trace_function)
        TRY(trace_dispatch(frame, TraceEvent::Call, none()));
    if (frame->frame_object)
        static_cast<FrameObject*>(frame->frame_object)->trace_previous = -1;
    return {};
}

Result<void> trace_frame_return(Frame* frame, Val value)
{
    ThreadState* ts = g_thread;
    if (ts->tracing)
        return {};
    if (traced_object(ts, frame))
        TRY(trace_dispatch(frame, TraceEvent::Return, value ? value : none()));
    if (ts->profile_function)
        TRY(profile_dispatch(frame, TraceEvent::Return, value ? value : none()));
    return {};
}

void trace_frame_exception(Frame* frame)
{
    ThreadState* ts = g_thread;
    if (ts->tracing || !traced_object(ts, frame))
        return;
    Value exception = std::move(ts->current_exception);
    if (!exception)
        return;
    Value traceback = exception_traceback(exception);
    Ref<TupleObject> arg = tuple_of({ Val(exception.type()), exception.get(), traceback ? traceback.get() : none() });
    if (trace_dispatch(frame, TraceEvent::Exception, Val(arg.get())).is_error())
        return;  // the trace function's exception replaces the one being raised
    ts->current_exception = std::move(exception);
}

// The lines tracing reports differ from the position table in two ways, to match CPython 3.12: an instruction
// without a line (-1) takes the line of the instruction before it (or, at a block that nothing falls into, of the
// first jump to it), and so do jumps that CPython emits without a location (a loop's back edge, the jump over an
// `else`, which our compiler gives the statement's position); `break` and `continue` keep theirs.
// An instruction starts a line (instrumentation.c) when its line differs from the previous instruction's, or when
// it is a jump target or an exception handler and has a line.
static const std::vector<int32_t>& trace_lines(CodeObject* code)
{
    std::vector<int32_t>& lines = code->trace_lines;
    if (!lines.empty() || code->code.empty())
        return lines;
    size_t size = code->code.size();
    std::vector<int32_t> effective(size, -1);
    std::vector<int32_t> jump_line(size, -2);
    std::vector<uint8_t> starts(size, 0);
    std::vector<uint8_t> inherits(size, 0);
    std::vector<uint8_t> handler(size, 0);
    for (const ExceptionTableEntry& entry : code->exception_table) {
        if (entry.target < size) {
            jump_line[entry.target] = -1;
            starts[entry.target] = 1;
            handler[entry.target] = 1;
        }
    }
    int current = -1;
    bool falls_through = false;
    for (size_t i = 0; i < size;) {
        uint32_t word = code->code[i];
        Op op = instruction_op(word);
        uint32_t arg = instruction_arg(word);
        const Position& position = code->positions[i];
        int line = position.line;
        // The prelude that creates cells and copies free variables runs before CPython's RESUME: no line.
        if (op == Op::MAKE_CELL || op == Op::COPY_FREE_VARS)
            line = -1;
        bool artificial = line < 0;
        if (op == Op::JUMP) {
            bool back_edge = arg <= i && code->line_at(arg) == line;
            bool up = arg > i && falls_through && line < current;  // the jump over an `else` or a try's `else`
            artificial |= back_edge || up || position.end_line != position.line || position.col == position.end_col;
        }
        if (!falls_through)
            current = jump_line[i] >= -1 ? jump_line[i] : -1;
        if (artificial)
            line = current;
        inherits[i] = artificial && op != Op::MAKE_CELL && op != Op::COPY_FREE_VARS;
        effective[i] = line;
        current = line;
        falls_through = !(op_flags(op) & NO_FALLTHROUGH);
        if (op_operand(op) == Operand::JUMP && arg < size) {
            starts[arg] = 1;
            if (jump_line[arg] == -2)
                jump_line[arg] = line;
        }
        size_t next = i + 1 + size_t(op_cache_size(op));
        for (size_t j = i + 1; j < next && j < size; ++j)
            effective[j] = -1;
        i = next;
    }
    lines.assign(size, 0);
    int previous = -1;
    for (size_t i = 0; i < size;) {
        Op op = instruction_op(code->code[i]);
        int line = effective[i];
        bool start = line >= 0 && (line != previous || starts[i]) && !inherits[i];
        // An exception handler that starts without a line leaves the frame on none (bit 2): CPython compares a
        // line start with the line of the instruction run before it, and such a handler's has none.
        lines[i] = int32_t(uint32_t(line) << 3) | (handler[i] && inherits[i] ? 4 : 0) | (inherits[i] ? 2 : 0) | (start ? 1 : 0);
        previous = line;
        i += 1 + size_t(op_cache_size(op));
    }
    return lines;
}

int trace_line_at(CodeObject* code, int32_t offset)
{
    const std::vector<int32_t>& lines = trace_lines(code);
    if (offset < 0 || size_t(offset) >= lines.size())
        return -1;
    return lines[size_t(offset)] >> 3;
}

int trace_frame_line(FrameObject* object, int32_t lasti)
{
    const std::vector<int32_t>& lines = trace_lines(object->code.get());
    if (lasti < 0 || size_t(lasti) >= lines.size())
        return -1;
    // An instruction without a line of its own reports the line the frame was last traced at, as CPython's
    // copies of such instructions carry the line of the path that reaches them.
    if ((lines[size_t(lasti)] & 2) && object->frame && object->trace_line >= 0)
        return object->trace_line;
    return lines[size_t(lasti)] >> 3;
}

Result<void> trace_instruction(Frame* frame, int32_t offset, int32_t& jump_to)
{
    jump_to = -1;
    auto* object = static_cast<FrameObject*>(frame->frame_object);
    int32_t previous = object->trace_previous;
    int previous_line = object->trace_line;
    CodeObject* code = frame->code;
    const std::vector<int32_t>& lines = trace_lines(code);
    int32_t entry = lines[size_t(offset)];
    int line = (entry & 4) ? -1 : (entry & 2) ? previous_line : entry >> 3;
    object->trace_previous = offset;
    object->trace_line = line;
    ThreadState* ts = g_thread;
    if (!object->trace)
        return {};
    if (object->trace_lines) {
        bool fire = false;
        if (line >= 0 && !(entry & 2)) {
            bool starts_line = entry & 1;
            if (previous < 0 || size_t(previous) >= lines.size())
                fire = starts_line;
            else if (previous_line != line)
                fire = starts_line;
            else  // a backward jump within the line; not the one of a `yield from`/`await` loop (no JUMP event in CPython)
                fire = offset < previous && instruction_op(code->code[size_t(previous)]) == Op::JUMP &&
                       instruction_op(code->code[size_t(offset)]) != Op::SEND;
        }
        if (fire) {
            object->jump_target = -1;
            TRY(trace_dispatch(frame, TraceEvent::Line, none()));
            if (object->jump_target >= 0) {
                jump_to = object->jump_target;
                object->jump_target = -1;
                object->trace_previous = jump_to;  // no line event at the target itself
                object->trace_line = trace_line_at(code, jump_to);
                return {};
            }
        }
    }
    if (object->trace_opcodes && s_opcode_events && object->trace && ts->trace_function)
        TRY(trace_dispatch(frame, TraceEvent::Opcode, none()));
    return {};
}

Result<void> trace_stop_iteration(Frame* frame, Val value)
{
    ThreadState* ts = g_thread;
    if (ts->tracing || !traced_object(ts, frame))
        return {};
    Value exception = TRY(call(Val(&g_exc_StopIteration), { value }));
    Ref<TupleObject> arg = tuple_of({ Val(&g_exc_StopIteration), exception.get(), none() });
    return trace_dispatch(frame, TraceEvent::Exception, Val(arg.get()));
}

bool profile_wants_c_events(Val callable)
{
    TypeObject* type = callable.type();
    return type == &g_builtin_function_type || type == &g_method_descriptor_type;
}

Result<Value> profile_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    ThreadState* ts = g_thread;
    if (ts->tracing || !ts->profile_function || !profile_wants_c_events(callable) || !ts->frame)
        return call(callable, args, nargs, kwnames);
    Value shown = Value::borrow(callable);
    if (callable.type() == &g_method_descriptor_type) {
        // CPython reports a method descriptor as the built-in method bound to its first argument.
        if (nargs == 0)
            return call(callable, args, nargs, kwnames);
        shown = TRY(callable.type()->descr_get(callable, args[0], args[0].type()));
    }
    Frame* frame = ts->frame;
    TRY(profile_dispatch(frame, TraceEvent::CCall, shown));
    auto result = call(callable, args, nargs, kwnames);
    if (!ts->profile_function)
        return result;
    if (result.is_error()) {
        Value exception = std::move(ts->current_exception);
        if (profile_dispatch(frame, TraceEvent::CException, shown).is_error())
            return Error {};
        ts->current_exception = std::move(exception);
        return Error {};
    }
    TRY(profile_dispatch(frame, TraceEvent::CReturn, shown));
    return result;
}

// Setting f_lineno (CPython's frame_setlineno): the stack at every instruction is described by the kinds of its
// entries, 3 bits each in an int64 (CPython's mark_stacks), so that a jump may only pop values, never invent
// them: not into a for loop's body (no iterator), an except block (no exception) or the middle of an expression.
namespace {

// KIND_NULL: an entry that may be null (a call's self slot), which must not be taken for a value.
enum StackKind : int64_t { KIND_OBJECT = 1, KIND_ITERATOR = 2, KIND_EXCEPT = 3, KIND_LASTI = 4, KIND_NULL = 5 };
constexpr int64_t STACK_UNSET = -1;
constexpr int64_t STACK_OVERFLOW = -2;
constexpr int MAX_STACK_ENTRIES = 20;

int stack_depth(int64_t stack)
{
    int depth = 0;
    for (; stack > 0; stack >>= 3)
        ++depth;
    return depth;
}
int64_t stack_push(int64_t stack, int64_t kind)
{
    if (stack < 0 || stack_depth(stack) >= MAX_STACK_ENTRIES)
        return STACK_OVERFLOW;
    return (stack << 3) | kind;
}
int64_t stack_pop(int64_t stack) { return stack < 0 ? stack : stack >> 3; }
int64_t stack_top(int64_t stack) { return stack & 7; }
int64_t stack_peek(int64_t stack, int n)  // n = 1 is the top
{
    return (stack >> (3 * (n - 1))) & 7;
}
int64_t stack_truncate(int64_t stack, int depth)
{
    if (stack < 0)
        return stack;
    while (stack_depth(stack) > depth)
        stack >>= 3;
    return stack;
}
int64_t stack_adjust(int64_t stack, int effect)
{
    for (; effect < 0; ++effect)
        stack = stack_pop(stack);
    for (; effect > 0; --effect)
        stack = stack_push(stack, KIND_OBJECT);
    return stack;
}

std::vector<int64_t> mark_stacks(CodeObject* code)
{
    size_t size = code->code.size();
    std::vector<int64_t> stacks(size + 1, STACK_UNSET);
    stacks[0] = 0;
    auto merge = [&](size_t at, int64_t stack, bool& changed) {
        if (at < size && stacks[at] == STACK_UNSET && stack != STACK_UNSET) {
            stacks[at] = stack;
            changed = true;
        }
    };
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t i = 0; i < size;) {
            uint32_t word = code->code[i];
            Op op = instruction_op(word);
            uint32_t arg = instruction_arg(word);
            size_t next = i + 1 + size_t(op_cache_size(op));
            int64_t stack = stacks[i];
            if (stack == STACK_UNSET) {
                i = next;
                continue;
            }
            for (const ExceptionTableEntry& entry : code->exception_table) {
                if (i >= entry.start && i < entry.end) {
                    int64_t handler = stack_truncate(stack, int(entry.depth));
                    if (entry.push_lasti)
                        handler = stack_push(handler, KIND_LASTI);
                    merge(entry.target, stack_push(handler, KIND_EXCEPT), changed);
                    break;
                }
            }
            int flags = op_flags(op);
            switch (op) {
            case Op::GET_ITER:
                merge(next, stack_push(stack_pop(stack), KIND_ITERATOR), changed);
                break;
            case Op::FOR_ITER:
                merge(next, stack_push(stack, KIND_OBJECT), changed);
                merge(arg, stack_pop(stack), changed);
                break;
            case Op::PUSH_EXC_INFO:
                merge(next, stack_push(stack_push(stack_pop(stack), KIND_EXCEPT), KIND_EXCEPT), changed);
                break;
            case Op::GET_AITER:
                merge(next, stack_push(stack_pop(stack), KIND_ITERATOR), changed);
                break;
            case Op::PUSH_NULL:
                merge(next, stack_push(stack, KIND_NULL), changed);
                break;
            case Op::LOAD_METHOD:
                merge(next, stack_push(stack_push(stack_pop(stack), KIND_OBJECT), KIND_NULL), changed);
                break;
            case Op::LOAD_GLOBAL:
                merge(next, (arg & 1) ? stack_push(stack_push(stack, KIND_OBJECT), KIND_NULL) : stack_push(stack, KIND_OBJECT), changed);
                break;
            case Op::COPY:
                merge(next, stack_push(stack, stack_peek(stack, int(arg))), changed);
                break;
            case Op::SWAP: {
                int64_t top = stack_peek(stack, 1), other = stack_peek(stack, int(arg));
                int64_t swapped = stack;
                if (stack >= 0) {
                    int shift = 3 * (int(arg) - 1);
                    swapped = (stack & ~(int64_t(7) << shift) & ~int64_t(7)) | (top << shift) | other;
                }
                merge(next, swapped, changed);
                break;
            }
            default:
                if (!(flags & NO_FALLTHROUGH))
                    merge(next, stack_adjust(stack, stack_effect(op, arg, false)), changed);
                if (op_operand(op) == Operand::JUMP && !(flags & PSEUDO))
                    merge(arg, stack_adjust(stack, stack_effect(op, arg, true)), changed);
                break;
            }
            i = next;
        }
    }
    return stacks;
}

bool compatible_stack(int64_t from, int64_t to)
{
    if (from < 0 || to < 0)
        return false;
    from = stack_truncate(from, stack_depth(to));
    if (stack_depth(from) != stack_depth(to))
        return false;
    for (; from; from >>= 3, to >>= 3) {
        int64_t from_kind = stack_top(from), to_kind = stack_top(to);
        bool compatible = to_kind == KIND_NULL || from_kind == to_kind || (to_kind == KIND_OBJECT && from_kind != KIND_NULL);
        if (!compatible)
            return false;
    }
    return true;
}

const char* explain_incompatible(int64_t to)
{
    if (to == STACK_OVERFLOW)
        return "stack to deep to analyze";
    if (to == STACK_UNSET)
        return "can't jump into an exception handler, or code may be unreachable";
    switch (stack_top(to)) {
    case KIND_EXCEPT: return "can't jump into an 'except' block as there's no exception";
    case KIND_LASTI: return "can't jump into a re-raising block as there's no location";
    case KIND_ITERATOR: return "can't jump into the body of a for loop";
    default: return "incompatible stacks";
    }
}

}  // namespace

Result<void> frame_set_lineno(Frame* frame, Val value)
{
    if (!value.is_small_int() && value.type() != &g_int_type)
        return raise(&g_exc_ValueError, "lineno must be an integer");
    switch (s_current_event) {
    case TraceEvent::Line: break;
    case TraceEvent::None: return raise(&g_exc_ValueError, "f_lineno can only be set in a trace function");
    case TraceEvent::Call: return raise(&g_exc_ValueError, "can't jump from the 'call' trace event of a new frame");
    case TraceEvent::CCall:
    case TraceEvent::CReturn: return raise(&g_exc_ValueError, "can't jump during a call");
    default: return raise(&g_exc_ValueError, "can only jump from a 'line' trace event");
    }
    auto* object = static_cast<FrameObject*>(frame->frame_object);
    if (!object || frame != s_event_frame)
        return raise(&g_exc_ValueError, "f_lineno can only be set in a trace function");
    auto wanted = int_as_int64(value);
    if (wanted.is_error()) {
        clear_error();
        return raise(&g_exc_ValueError, "lineno out of range");
    }
    int64_t new_line = wanted.release_value();
    if (new_line > INT32_MAX || new_line < INT32_MIN)
        return raise(&g_exc_ValueError, "lineno out of range");
    CodeObject* code = frame->code;
    if (new_line < code->firstlineno)
        return raise(&g_exc_ValueError, "line {} comes before the current code block", new_line);
    // The first line at or after the one asked for that some instruction starts.
    size_t size = code->code.size();
    std::vector<int> lines(size, -1);
    int last_line = -1;
    for (size_t i = 0; i < size; i += 1 + size_t(op_cache_size(instruction_op(code->code[i])))) {
        int line = trace_line_at(code, int32_t(i));
        if (line != last_line && line != -1) {
            lines[i] = line;
            last_line = line;
        }
    }
    int64_t target_line = -1;
    for (int line : lines) {
        if (line >= new_line && (target_line < 0 || line < target_line))
            target_line = line;
    }
    if (target_line < 0)
        return raise(&g_exc_ValueError, "line {} comes after the current code block", new_line);
    std::vector<int64_t> stacks = mark_stacks(code);
    int64_t start_stack = stacks[size_t(frame->lasti())];
    if (start_stack >= 0 && stack_depth(start_stack) != int(frame->sp - frame->stack_base()))
        start_stack = STACK_OVERFLOW;  // the analysis disagrees with the frame: refuse rather than guess
    int64_t best_stack = STACK_OVERFLOW;
    int best = -1;
    bool found = false;
    const char* message = "cannot find bytecode for specified line";
    for (size_t i = 0; i < size; ++i) {
        if (lines[i] != target_line)
            continue;
        if (compatible_stack(start_stack, stacks[i])) {
            found = true;
            if (stacks[i] > best_stack) {
                best_stack = stacks[i];
                best = int(i);
            }
        } else if (!found) {
            if (start_stack == STACK_OVERFLOW)
                message = "stack to deep to analyze";
            else if (start_stack == STACK_UNSET)
                message = "can't jump from unreachable code";
            else
                message = explain_incompatible(stacks[i]);
        }
    }
    if (!found)
        return raise(&g_exc_ValueError, "{}", message);
    // CPython 3.12 compat: unbound locals become None (with a RuntimeWarning), since code at the target may
    // assume them bound.
    int unbound = 0;
    Val* slots = frame->localsplus();
    for (int i = 0; i < code->nlocalsplus(); ++i)
        unbound += slots[i].is_null();
    if (unbound) {
        Value warnings = TRY(import_module("warnings"));
        Value warn = TRY(get_attr(warnings, str_intern("warn")));
        std::string text = "assigning None to " + std::to_string(unbound) + " unbound local" + (unbound == 1 ? "" : "s");
        TRY(call(warn, { Val(str_from_utf8(text).get()), Val(&g_exc_RuntimeWarning) }));
        for (int i = 0; i < code->nlocalsplus(); ++i) {
            if (slots[i].is_null())
                slots[i] = none_value().release();
        }
    }
    // Pop what the target does not have; a popped exception-handler slot holds the exception to restore.
    ThreadState* ts = g_thread;
    Val* sp = frame->sp;
    for (int64_t stack = start_stack; stack_depth(stack) > stack_depth(best_stack); stack = stack_pop(stack)) {
        Val v = *--sp;
        *sp = Val();
        if (stack_top(stack) == KIND_EXCEPT) {
            if (!v || is_none(v)) {
                if (v)
                    v.decref();
                ts->handled_exception = nullptr;
            } else {
                ts->handled_exception = Value::adopt(v);
            }
        } else if (v) {
            v.decref();
        }
    }
    frame->sp = sp;
    object->jump_target = best;
    return {};
}

}  // namespace ginger::vm
