// Calls into Python code: frames on the data stack, argument binding with CPython's errors,
// generators, __build_class__ and super().
#include "vm/frame.h"
#include "import/import.h"
#include "vm/generator.h"
#include "vm/interpreter.h"
#include "vm/opcodes.h"
#include "vm/signals.h"
#include "vm/thread_state.h"
#include "vm/warnings.h"

#include "objects/args.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/protocol.h"
#include "objects/runtime.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

namespace ginger {

static ThreadState s_main_thread;
ThreadState* g_thread = &s_main_thread;
ThreadState* g_main_thread = &s_main_thread;

std::vector<ThreadState*>& all_thread_states()
{
    static auto* s_states = new std::vector<ThreadState*> { &s_main_thread };  // never freed: threads outlive exit
    return *s_states;
}
volatile sig_atomic_t g_interrupt_pending = 0;

void* DataStack::push_slow(size_t bytes)
{
    constexpr size_t CHUNK_SIZE = 256 * 1024;
    if (m_chunks.empty() || m_top + bytes > m_chunks[m_current].end) {
        size_t next = m_chunks.empty() ? 0 : m_current + 1;
        while (next < m_chunks.size() && size_t(m_chunks[next].end - m_chunks[next].begin) < bytes)
            ++next;
        if (next >= m_chunks.size()) {
            size_t size = bytes > CHUNK_SIZE ? bytes : CHUNK_SIZE;
            char* memory = static_cast<char*>(malloc(size));
            if (!memory)
                return nullptr;
            m_chunks.push_back({ memory, memory + size });
            next = m_chunks.size() - 1;
        }
        m_current = next;
        m_top = m_chunks[m_current].begin;
        m_base = m_chunks[m_current].begin;
        m_limit = m_chunks[m_current].end;
    }
    void* result = m_top;
    m_top += bytes;
    return result;
}

DataStack::~DataStack()
{
    for (Chunk& chunk : m_chunks)
        free(chunk.begin);
}

void DataStack::pop_slow(void* base)
{
    char* p = static_cast<char*>(base);
    while (!(p >= m_chunks[m_current].begin && p < m_chunks[m_current].end))
        --m_current;
    m_base = m_chunks[m_current].begin;
    m_limit = m_chunks[m_current].end;
    m_top = p;
}

}  // namespace ginger

namespace ginger::vm {

static DictObject* s_default_builtins = nullptr;
DictObject* default_builtins() { return s_default_builtins; }
void set_default_builtins(DictObject* builtins) { s_default_builtins = builtins; }

// "module.qualname()" as CPython's _PyObject_FunctionStr writes it in call errors.
static std::string function_display_name(FunctionObject* function)
{
    std::string name(function->qualname->view());
    return name;
}

static std::string join_names(const std::vector<std::string>& names)
{
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

static Error raise_missing(FunctionObject* function, const std::vector<std::string>& missing, const char* kind)
{
    std::string message = function_display_name(function) + "() missing " + std::to_string(missing.size()) + " required " + kind +
                          " argument" + (missing.size() == 1 ? "" : "s") + ": " + join_names(missing);
    return raise(&g_exc_TypeError, std::string_view(message));
}

static Error raise_too_many_positional(FunctionObject* function, CodeObject* code, size_t given, size_t kwonly_given)
{
    size_t defaults = function->defaults ? size_t(function->defaults->size) : 0;
    size_t max = size_t(code->argcount);
    size_t min = max - std::min(defaults, max);
    std::string takes;
    if (min == max)
        takes = std::to_string(max) + " positional argument" + (max == 1 ? "" : "s");
    else
        takes = "from " + std::to_string(min) + " to " + std::to_string(max) + " positional arguments";
    std::string message = function_display_name(function) + "() takes " + takes + " but " + std::to_string(given);
    if (kwonly_given)
        message += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " + std::to_string(kwonly_given) +
                   " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ") were given";
    else
        message += given == 1 ? " was given" : " were given";
    return raise(&g_exc_TypeError, std::string_view(message));
}

Frame* frame_for_call(FunctionObject* function, const Val* args, size_t nargs, TupleObject* kwnames, void* memory)
{
    gc_collect_if_pending();
    if (g_interrupt_pending) [[unlikely]] {
        if (run_pending_signals().is_error())
            return nullptr;
    }
    CodeObject* code = function->code.get();
    size_t size = Frame::size_for(code);
    bool on_heap = memory != nullptr;
    if (!memory) {
        memory = g_thread->stack.push(size);
        if (!memory) {
            raise_memory_error();
            return nullptr;
        }
    }
    // Only the header and the localsplus slots need initialising: value-stack slots are written
    // before they are read.
    auto* frame = static_cast<Frame*>(memory);
    frame->code = code;
    incref(function);
    frame->function = function;
    frame->globals = function->globals.get();
    frame->builtins = function->builtins ? function->builtins.get() : s_default_builtins;
    frame->locals = nullptr;
    frame->previous = nullptr;
    frame->pc = code->code.data();
    frame->state = FrameState::Created;
    frame->is_entry = false;
    frame->on_heap = on_heap;
    frame->resume_with_error = false;
    frame->generator = nullptr;
    frame->frame_object = nullptr;
    memset(static_cast<void*>(frame->localsplus()), 0, sizeof(Val) * size_t(code->nlocalsplus()));
    frame->sp = frame->stack_base();
    (void)size;
    Val* slots = frame->localsplus();

    size_t argcount = size_t(code->argcount);
    size_t kwonly = size_t(code->kwonlyargcount);
    size_t positional = std::min(nargs, argcount);
    // Fast path: exactly the positional parameters, nothing else.
    if (nargs == argcount && !kwnames && !(code->flags & (CO_VARARGS | CO_VARKEYWORDS)) && kwonly == 0) {
        for (size_t i = 0; i < nargs; ++i) {
            args[i].incref();
            slots[i] = args[i];
        }
        return frame;
    }
    for (size_t i = 0; i < positional; ++i) {
        args[i].incref();
        slots[i] = args[i];
    }
    size_t vararg_slot = argcount + kwonly;
    size_t kwarg_slot = vararg_slot + ((code->flags & CO_VARARGS) ? 1 : 0);
    if (code->flags & CO_VARARGS) {
        size_t extra = nargs > argcount ? nargs - argcount : 0;
        slots[vararg_slot] = Val(tuple_from(args + argcount, int64_t(extra)).leak());
    }
    DictObject* kwdict = nullptr;
    if (code->flags & CO_VARKEYWORDS) {
        kwdict = dict_new().leak();
        slots[kwarg_slot] = Val(kwdict);
    }
    TupleObject* varnames = code->localsplus_names.get();
    std::vector<std::string> posonly_as_keyword;
    for (int64_t k = 0; kwnames && k < kwnames->size; ++k) {
        auto* key = kwnames->item(k).as<StrObject>();
        Val value = args[nargs + size_t(k)];
        size_t index = size_t(-1);
        for (size_t i = 0; i < argcount + kwonly; ++i) {
            if (varnames->item(int64_t(i)).is(Val(key))) {
                index = i;
                break;
            }
        }
        if (index == size_t(-1)) {
            for (size_t i = 0; i < argcount + kwonly; ++i) {
                if (str_equal(varnames->item(int64_t(i)).as<StrObject>(), key)) {
                    index = i;
                    break;
                }
            }
        }
        if (index != size_t(-1) && index < size_t(code->posonlyargcount)) {
            if (kwdict) {
                if (dict_set(kwdict, Val(key), value).is_error())
                    goto fail;
                continue;
            }
            posonly_as_keyword.push_back(std::string(key->view()));
            continue;
        }
        if (index == size_t(-1)) {
            if (kwdict) {
                if (dict_set(kwdict, Val(key), value).is_error())
                    goto fail;
                continue;
            }
            raise(&g_exc_TypeError, "{}() got an unexpected keyword argument '{}'", function_display_name(function), key);
            goto fail;
        }
        if (slots[index]) {
            raise(&g_exc_TypeError, "{}() got multiple values for argument '{}'", function_display_name(function), key);
            goto fail;
        }
        value.incref();
        slots[index] = value;
    }
    if (!posonly_as_keyword.empty()) {
        std::string list;
        for (size_t i = 0; i < posonly_as_keyword.size(); ++i)
            list += (i ? ", '" : "'") + posonly_as_keyword[i] + "'";
        raise(&g_exc_TypeError, "{}() got some positional-only arguments passed as keyword arguments: {}", function_display_name(function), list);
        goto fail;
    }
    if (nargs > argcount && !(code->flags & CO_VARARGS)) {
        size_t kwonly_given = 0;
        for (size_t i = argcount; i < argcount + kwonly; ++i)
            kwonly_given += slots[i] ? 1 : 0;
        raise_too_many_positional(function, code, nargs, kwonly_given);
        goto fail;
    }
    if (positional < argcount) {
        size_t defaults_count = function->defaults ? size_t(function->defaults->size) : 0;
        size_t first_default = argcount - std::min(defaults_count, argcount);
        std::vector<std::string> missing;
        for (size_t i = positional; i < argcount; ++i) {
            if (slots[i])
                continue;
            if (i >= first_default) {
                Val d = function->defaults->item(int64_t(i - first_default));
                d.incref();
                slots[i] = d;
            } else {
                missing.push_back(std::string(varnames->item(int64_t(i)).as<StrObject>()->view()));
            }
        }
        if (!missing.empty()) {
            raise_missing(function, missing, "positional");
            goto fail;
        }
    }
    if (kwonly) {
        std::vector<std::string> missing;
        for (size_t i = argcount; i < argcount + kwonly; ++i) {
            if (slots[i])
                continue;
            auto* name = varnames->item(int64_t(i)).as<StrObject>();
            Val d = function->kwdefaults ? dict_get_str(function->kwdefaults.get(), name) : Val();
            if (d) {
                d.incref();
                slots[i] = d;
            } else {
                missing.push_back(std::string(name->view()));
            }
        }
        if (!missing.empty()) {
            raise_missing(function, missing, "keyword-only");
            goto fail;
        }
    }
    return frame;
fail:
    frame_clear(frame);
    return nullptr;
}

void frame_clear(Frame* frame)
{
    if (frame->frame_object) [[unlikely]]
        frame_object_detach(frame);
    CodeObject* code = frame->code;
    Val* slots = frame->localsplus();
    Val* end = frame->sp ? frame->sp : frame->stack_base();
    if (end < frame->stack_base())
        end = frame->stack_base();
    for (Val* p = slots; p < end; ++p) {
        p->decref();
        *p = Val();
    }
    (void)code;
    if (frame->locals) {
        decref(frame->locals);
        frame->locals = nullptr;
    }
    FunctionObject* function = frame->function;
    frame->function = nullptr;
    frame->sp = frame->stack_base();
    if (!frame->on_heap)
        g_thread->stack.pop(frame);
    if (function)
        decref(function);
}

// ---- generators ----

TypeObject g_generator_type;
TypeObject g_coroutine_type;


Result<Value> make_generator(FunctionObject* function, const Val* args, size_t nargs, TupleObject* kwnames, TypeObject* type)
{
    CodeObject* code = function->code.get();
    void* memory = malloc(Frame::size_for(code));
    if (!memory)
        return raise_memory_error();
    Frame* frame = frame_for_call(function, args, nargs, kwnames, memory);
    if (!frame) {
        free(memory);
        return Error {};
    }
    auto* generator = static_cast<GeneratorObject*>(alloc_object(type));
    generator->frame = frame;
    new (&generator->name) Value(Value(function->name));
    new (&generator->qualname) Value(Value(function->qualname));
    new (&generator->saved_exception) Value();
    generator->running = false;
    generator->running_async = false;
    generator->closed = false;
    generator->hooks_inited = false;
    new (&generator->finalizer) Value();
    frame->generator = generator;
    return Value::adopt(Val(generator));
}

// How messages name a generator object: CPython says "coroutine" for coroutines.
static const char* generator_kind(Val self) { return self.type() == &g_coroutine_type ? "coroutine" : "generator"; }

Result<Value> generator_send(Val self, Val value, bool& returned)
{
    auto* generator = self.as<GeneratorObject>();
    Frame* frame = generator->frame;
    returned = false;
    if (generator->running)
        return raise(&g_exc_ValueError, "{} already executing", generator_kind(self));
    if (frame->state == FrameState::Completed) {
        returned = true;
        return none_value();
    }
    if (frame->state == FrameState::Created) {
        if (value && !is_none(value) && !frame->resume_with_error)
            return raise(&g_exc_TypeError, "can't send non-None value to a just-started {}", generator_kind(self));
    } else if (!frame->resume_with_error) {
        Val v = value ? value : none();
        v.incref();
        *frame->sp++ = v;
    }
    generator->running = true;
    // CPython links a generator's exception state to its caller's: outside its own except blocks,
    // the generator sees (sys.exception(), implicit __context__) what its caller is handling. With
    // one slot, the caller's exception stays in place unless the generator saved one of its own;
    // on suspension, anything else than the caller's exception is the generator's own.
    // FIXME: a generator suspended inside a handler of the very exception its caller handles
    // does not keep it; CPython's exc_info stack would.
    Value caller_exception = std::move(g_thread->handled_exception);
    Val outer_inherited = g_thread->inherited_exception;
    g_thread->inherited_exception = caller_exception.get();
    if (generator->saved_exception)
        g_thread->handled_exception = std::move(generator->saved_exception);
    else
        g_thread->handled_exception = caller_exception;
    incref(frame->function);  // eval_frame clears the frame on completion; keep the function alive meanwhile
    FunctionObject* function = frame->function;
    auto result = eval_frame(frame);
    if (g_thread->handled_exception.get().bits() != caller_exception.get().bits())
        generator->saved_exception = std::move(g_thread->handled_exception);
    else
        generator->saved_exception = nullptr;
    g_thread->handled_exception = std::move(caller_exception);
    g_thread->inherited_exception = outer_inherited;
    generator->running = false;
    if (result.is_error()) {
        frame->state = FrameState::Completed;
        decref(function);
        // PEP 479: StopIteration (and, for async generators, StopAsyncIteration) leaving the frame
        // becomes a RuntimeError caused by it; the message names the kind of generator.
        bool is_async_generator = self.type() == &g_async_generator_type;
        bool stop_iteration = error_matches(&g_exc_StopIteration);
        if (stop_iteration || (is_async_generator && error_matches(&g_exc_StopAsyncIteration))) {
            Value cause = fetch_error();
            const char* kind = is_async_generator ? "async generator" : self.type() == &g_coroutine_type ? "coroutine" : "generator";
            raise(&g_exc_RuntimeError, "{} raised {}", kind, stop_iteration ? "StopIteration" : "StopAsyncIteration");
            auto* e = g_thread->current_exception.as<BaseExceptionObject>();
            e->cause = cause;
            e->context = cause;
            e->suppress_context = true;
        }
        return Error {};
    }
    decref(function);
    if (frame->state == FrameState::Completed)
        returned = true;
    return result.release_value();
}

static Result<Value> generator_iternext(Val self)
{
    bool returned;
    Value result = TRY(generator_send(self, none(), returned));
    if (returned)
        return Value();
    return result;
}

static Result<Value> generator_iter(Val self) { return Value::borrow(self); }

static Result<Value> generator_send_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("send", nargs - 1, kwnames, 1, 1));
    bool returned;
    Value result = TRY(generator_send(args[0], args[1], returned));
    if (returned) {
        if (is_none(result))
            return raise_stop_iteration(Val());
        return raise_stop_iteration(result);
    }
    return result;
}

// The iterator a suspended generator delegates to: it is inside `yield from` or `await` when it stopped at the
// YIELD_VALUE that follows a SEND (the codegen's delegation loop), with the receiver on top of its stack.
static Val delegate_of(Frame* frame)
{
    if (frame->state != FrameState::Suspended)
        return Val();
    const uint32_t* start = frame->code->code.data();
    if (frame->pc - start < 2 || instruction_op(frame->pc[-1]) != Op::YIELD_VALUE || instruction_op(frame->pc[-2]) != Op::SEND)
        return Val();
    return frame->sp[-1];
}

static Result<void> close_delegate(Val delegate);

// generator.throw() while delegating: the exception goes to the inner iterator first (PEP 380). If the inner
// iterator yields, so does the generator; if it returns, the generator resumes after its `yield from` with the
// value; if it raises, the generator resumes with that exception. GeneratorExit closes the inner iterator.
static Result<Value> throw_into_delegate(Val self, Val delegate, Val exception, const Val* original, size_t original_count, bool& handled)
{
    auto* generator = self.as<GeneratorObject>();
    Frame* frame = generator->frame;
    handled = true;
    Value hold = Value::borrow(delegate);
    Result<Value> inner = Value();
    if (is_instance(exception, &g_exc_GeneratorExit)) {
        generator->running = true;
        auto closed = close_delegate(delegate);
        generator->running = false;
        if (!closed.is_error()) {
            handled = false;  // raise GeneratorExit at the yield
            return Value();
        }
        inner = Error {};
    } else if (delegate.type() == &g_generator_type || delegate.type() == &g_coroutine_type) {
        generator->running = true;
        inner = generator_throw_value(delegate, exception, original, original_count);
        generator->running = false;
    } else {
        Value method = TRY(get_attr_maybe(delegate, str_intern("throw")));
        if (!method) {
            handled = false;
            return Value();
        }
        generator->running = true;
        // throw() gets the arguments the generator's throw() was given, as CPython passes them on.
        inner = original_count ? call(method.get(), original, original_count) : call(method.get(), { exception });
        generator->running = false;
    }
    if (!inner.is_error())
        return inner;
    bool returned;
    if (error_matches(&g_exc_StopIteration)) {
        // The inner iterator finished: continue after the delegation loop (SEND's target) with its value.
        Value stop = fetch_error();
        Value result = TRY(get_attr(stop.get(), str_intern("value")));
        uint32_t send = frame->pc[-2];
        (--frame->sp)->decref();
        *frame->sp = Val();
        frame->pc = frame->code->code.data() + (send >> 8);
        Value value = TRY(generator_send(self, result.get(), returned));
        if (returned)
            return raise_stop_iteration(is_none(value) ? Val() : value.get());
        return value;
    }
    frame->resume_with_error = true;
    Value value = TRY(generator_send(self, Val(), returned));
    if (returned)
        return raise_stop_iteration(is_none(value) ? Val() : value.get());
    return value;
}

Result<Value> generator_throw_value(Val self, Val exception, const Val* original, size_t original_count)
{
    auto* generator = self.as<GeneratorObject>();
    Frame* frame = generator->frame;
    if (generator->running)
        return raise(&g_exc_ValueError, "{} already executing", generator_kind(self));
    if (Val delegate = delegate_of(frame)) {
        bool handled;
        Value result = TRY(throw_into_delegate(self, delegate, exception, original, original_count, handled));
        if (handled)
            return result;
    }
    // throw() hands the exception over as it is (CPython's PyErr_Restore: no implicit __context__); close()
    // raises GeneratorExit as a new exception, chained to the one being handled.
    if (original_count)
        (void)restore_exception(exception);
    else
        (void)raise_value(exception);
    if (frame->state == FrameState::Completed || frame->state == FrameState::Created) {
        if (frame->state == FrameState::Created) {
            frame->state = FrameState::Completed;
            frame_clear(frame);
        }
        return Error {};
    }
    frame->resume_with_error = true;
    bool returned;
    Value result = TRY(generator_send(self, Val(), returned));
    if (returned) {
        if (is_none(result))
            return raise_stop_iteration(Val());
        return raise_stop_iteration(result);
    }
    return result;
}

Result<Value> generator_throw(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("throw", nargs - 1, kwnames, 1, 3));
    Val type = args[1];
    Value exception;
    if (is_exception_class(type)) {
        // As CPython, a failure to make the exception (or a __new__ returning something else) is itself what
        // the generator receives.
        auto made = nargs > 2 && !is_none(args[2]) ? call(type, { args[2] }) : call(type, {});
        if (made.is_error()) {
            exception = fetch_error();
        } else {
            exception = made.release_value();
            if (!is_exception_instance(exception)) {
                (void)raise(&g_exc_TypeError, "calling {!r} should have returned an instance of BaseException, not {}", type,
                            exception.type()->type_name());
                exception = fetch_error();
            }
        }
    } else if (is_exception_instance(type)) {
        if (nargs > 2 && !is_none(args[2]))
            return raise(&g_exc_TypeError, "instance exception may not have a separate value");
        exception = Value::borrow(type);
    } else {
        return raise(&g_exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not {}", type.type()->type_name());
    }
    return generator_throw_value(args[0], exception, args + 1, nargs - 1);
}

Result<void> generator_close_impl(Val self)
{
    auto* generator = self.as<GeneratorObject>();
    Frame* frame = generator->frame;
    if (frame->state == FrameState::Created) {
        frame->state = FrameState::Completed;
        frame_clear(frame);
        return {};
    }
    if (frame->state == FrameState::Completed)
        return {};
    Value exit = TRY(call(Val(&g_exc_GeneratorExit), {}));
    auto result = generator_throw_value(self, exit, nullptr, 0);
    if (!result.is_error())
        return raise(&g_exc_RuntimeError, "{} ignored GeneratorExit", generator_kind(self));
    if (error_matches(&g_exc_GeneratorExit) || error_matches(&g_exc_StopIteration)) {
        clear_error();
        return {};
    }
    return Error {};
}

// Closes the iterator a generator delegates to: generator_close_impl for generators, else its close() if any.
static Result<void> close_delegate(Val delegate)
{
    if (delegate.type() == &g_generator_type || delegate.type() == &g_coroutine_type)
        return generator_close_impl(delegate);
    Value method = TRY(get_attr_maybe(delegate, str_intern("close")));
    if (method)
        TRY(call(method.get(), {}));
    return {};
}

static Result<Value> generator_close(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("close", nargs - 1, kwnames, 0, 0));
    TRY(generator_close_impl(args[0]));
    return none_value();
}

// A coroutine that was never started warns as it dies (CPython's _PyGen_Finalize).
static void coroutine_finalize(Object* object)
{
    auto* generator = static_cast<GeneratorObject*>(object);
    if (generator->frame->state == FrameState::Created)
        warn_unawaited_coroutine(Val(object));
}

void generator_destroy(Object* object)
{
    auto* generator = static_cast<GeneratorObject*>(object);
    Frame* frame = generator->frame;
    if (frame->state == FrameState::Suspended) {
        // Run pending finally blocks, as CPython's generator finalizer does.
        object->refcount = 1;
        Value saved = fetch_error();
        if (generator_close_impl(Val(object)).is_error())
            clear_error();
        restore_error(std::move(saved));
        object->refcount = 0;
    }
    if (frame->state != FrameState::Completed)
        frame_clear(frame);
    free(frame);
    generator->~GeneratorObject();
}

void generator_traverse(Object* object, VisitFn visit, void* context)
{
    auto* generator = static_cast<GeneratorObject*>(object);
    Frame* frame = generator->frame;
    if (frame->state == FrameState::Completed)
        return;
    Val* end = frame->sp;
    for (Val* p = frame->localsplus(); p < end; ++p)
        visit_val(*p, visit, context);
    if (frame->function)
        visit(frame->function, context);
}

void generator_clear(Object* object)
{
    Frame* frame = static_cast<GeneratorObject*>(object)->frame;
    if (frame->state != FrameState::Completed) {
        frame->state = FrameState::Completed;
        frame_clear(frame);
    }
}

static Result<Value> generator_repr(Val self)
{
    auto* generator = self.as<GeneratorObject>();
    char address[32];
    snprintf(address, sizeof address, "%p", static_cast<void*>(generator));
    return Value(str_from_utf8("<generator object " + TRY(str_utf8(generator->qualname)) + " at " + address + ">"));
}

static Result<Value> coroutine_repr(Val self)
{
    auto* generator = self.as<GeneratorObject>();
    char address[32];
    snprintf(address, sizeof address, "%p", static_cast<void*>(generator));
    return Value(str_from_utf8("<coroutine object " + TRY(str_utf8(generator->qualname)) + " at " + address + ">"));
}

// coro.__await__(): an iterator driving the coroutine (CPython's coroutine_wrapper).
TypeObject g_coroutine_wrapper_type;
struct CoroutineWrapperObject : Object {
    Value coroutine;
};

static Result<Value> coroutine_await(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__await__", nargs - 1, kwnames, 0, 0));
    auto* wrapper = static_cast<CoroutineWrapperObject*>(alloc_object(&g_coroutine_wrapper_type));
    new (&wrapper->coroutine) Value(Value::borrow(args[0]));
    return Value::adopt(Val(wrapper));
}
static void coroutine_wrapper_destroy(Object* object) { static_cast<CoroutineWrapperObject*>(object)->~CoroutineWrapperObject(); }
static void coroutine_wrapper_traverse(Object* object, VisitFn visit, void* context)
{
    Val coroutine = static_cast<CoroutineWrapperObject*>(object)->coroutine;
    visit_val(coroutine, visit, context);
}
static Result<Value> coroutine_wrapper_next(Val self) { return generator_iternext(self.as<CoroutineWrapperObject>()->coroutine); }
static Result<Value> coroutine_wrapper_send(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val forwarded[2] = { args[0].as<CoroutineWrapperObject>()->coroutine, nargs > 1 ? args[1] : none() };
    return generator_send_method(forwarded, nargs, kwnames);
}
static Result<Value> coroutine_wrapper_throw(const Val* args, size_t nargs, TupleObject* kwnames)
{
    std::vector<Val> forwarded(args, args + nargs);
    forwarded[0] = args[0].as<CoroutineWrapperObject>()->coroutine;
    return generator_throw(forwarded.data(), nargs, kwnames);
}
static Result<Value> coroutine_wrapper_close(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val forwarded[1] = { args[0].as<CoroutineWrapperObject>()->coroutine };
    return generator_close(forwarded, nargs, kwnames);
}
static const MethodDef s_coroutine_wrapper_methods[] = {
    { "send", coroutine_wrapper_send, METHOD_INSTANCE, nullptr },
    { "throw", coroutine_wrapper_throw, METHOD_INSTANCE, nullptr },
    { "close", coroutine_wrapper_close, METHOD_INSTANCE, nullptr },
    {},
};

static Result<Value> generator_get_name(Val self) { return Value(self.as<GeneratorObject>()->name); }
static Result<Value> generator_get_qualname(Val self) { return Value(self.as<GeneratorObject>()->qualname); }
static Result<void> generator_set_name(Val self, Val value)
{
    if (!value || !is_str(value))
        return raise(&g_exc_TypeError, "__name__ must be set to a string object");
    self.as<GeneratorObject>()->name = Ref<StrObject>(value.as<StrObject>());
    return {};
}
static Result<void> generator_set_qualname(Val self, Val value)
{
    if (!value || !is_str(value))
        return raise(&g_exc_TypeError, "__qualname__ must be set to a string object");
    self.as<GeneratorObject>()->qualname = Ref<StrObject>(value.as<StrObject>());
    return {};
}
static Result<Value> generator_get_running(Val self) { return bool_value(self.as<GeneratorObject>()->running); }
static Result<Value> generator_get_code(Val self) { return Value(Ref<CodeObject>(self.as<GeneratorObject>()->frame->code)); }

static const MethodDef s_generator_methods[] = {
    { "send", generator_send_method, METHOD_INSTANCE, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration." },
    { "throw", generator_throw, METHOD_INSTANCE, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration." },
    { "close", generator_close, METHOD_INSTANCE, "close() -> raise GeneratorExit inside generator." },
    {},
};
static const MethodDef s_coroutine_methods[] = {
    { "send", generator_send_method, METHOD_INSTANCE, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration." },
    { "throw", generator_throw, METHOD_INSTANCE, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration." },
    { "close", generator_close, METHOD_INSTANCE, "close() -> raise GeneratorExit inside coroutine." },
    { "__await__", coroutine_await, METHOD_INSTANCE, "Return an iterator to be used in await expression." },
    {},
};

static Result<Value> generator_get_frame(Val self)
{
    Frame* frame = self.as<GeneratorObject>()->frame;
    return frame->state == FrameState::Completed ? none_value() : frame_object_for(frame);
}
static Result<Value> generator_get_suspended(Val self) { return bool_value(self.as<GeneratorObject>()->frame->state == FrameState::Suspended); }
// gi_yieldfrom / cr_await / ag_await: the iterator a suspended generator delegates to, or None.
static Result<Value> generator_get_delegate(Val self)
{
    Val delegate = delegate_of(self.as<GeneratorObject>()->frame);
    return delegate ? Value::borrow(delegate) : none_value();
}
static Result<Value> async_generator_get_running(Val self) { return bool_value(self.as<GeneratorObject>()->running_async); }

static const GetSetDef s_generator_getsets[] = {
    { "__name__", generator_get_name, generator_set_name, nullptr },
    { "__qualname__", generator_get_qualname, generator_set_qualname, nullptr },
    { "gi_running", generator_get_running, nullptr, nullptr },
    { "gi_code", generator_get_code, nullptr, nullptr },
    { "gi_frame", generator_get_frame, nullptr, nullptr },
    { "gi_suspended", generator_get_suspended, nullptr, nullptr },
    { "gi_yieldfrom", generator_get_delegate, nullptr, nullptr },
    {},
};
static const GetSetDef s_coroutine_getsets[] = {
    { "__name__", generator_get_name, generator_set_name, nullptr },
    { "__qualname__", generator_get_qualname, generator_set_qualname, nullptr },
    { "cr_running", generator_get_running, nullptr, nullptr },
    { "cr_code", generator_get_code, nullptr, nullptr },
    { "cr_frame", generator_get_frame, nullptr, nullptr },
    { "cr_suspended", generator_get_suspended, nullptr, nullptr },
    { "cr_await", generator_get_delegate, nullptr, nullptr },
    { "cr_origin", [](Val) -> Result<Value> { return none_value(); }, nullptr, nullptr },
    {},
};
static const GetSetDef s_async_generator_getsets[] = {
    { "__name__", generator_get_name, generator_set_name, nullptr },
    { "__qualname__", generator_get_qualname, generator_set_qualname, nullptr },
    { "ag_running", async_generator_get_running, nullptr, nullptr },
    { "ag_code", generator_get_code, nullptr, nullptr },
    { "ag_frame", generator_get_frame, nullptr, nullptr },
    { "ag_suspended", generator_get_suspended, nullptr, nullptr },
    { "ag_await", generator_get_delegate, nullptr, nullptr },
    {},
};

// ---- calling functions from C++ ----

Result<Value> function_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* function = callable.as<FunctionObject>();
    if (function->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        if (function->code->flags & CO_ASYNC_GENERATOR)
            return make_generator(function, args, nargs, kwnames, &g_async_generator_type);
        if (function->code->flags & CO_COROUTINE)
            return make_generator(function, args, nargs, kwnames, &g_coroutine_type);
        return make_generator(function, args, nargs, kwnames, &g_generator_type);
    }
    Frame* frame = frame_for_call(function, args, nargs, kwnames);
    if (!frame)
        return Error {};
    return eval_frame(frame);
}

// An expression statement in 'single' mode (the interactive prompt, compile(..., 'single')): calls
// sys.displayhook(value), as CPython does, so that a replaced hook or sys.stdout (doctest) takes effect.
// Without a sys module yet, the value is printed directly.
Result<void> print_expression(Val value)
{
    Val sys = import_lookup_module(str_intern("sys"));
    if (sys) {
        Value hook = TRY(get_attr_maybe(sys, str_intern("displayhook")));
        if (!hook)
            return raise(&g_exc_RuntimeError, "lost sys.displayhook");
        TRY(call(hook, { value }));
        return {};
    }
    if (is_none(value))
        return {};
    std::string text = TRY(repr_utf8(value));
    fflush(stderr);
    text.push_back('\n');
    TRY(io_write_stdout(text));
    dict_set_str(s_default_builtins, str_intern("_"), value);
    return {};
}

// ---- __build_class__ ----

// PEP 560: a base that is not a class but has __mro_entries__ (typing's List[int], Generic[T]) is replaced by
// the classes that method returns. Returns `bases` itself when nothing changes.
static Result<Ref<TupleObject>> resolve_mro_entries(TupleObject* bases)
{
    bool changed = false;
    std::vector<Value> resolved;
    for (int64_t i = 0; i < bases->size; ++i) {
        Val base = bases->item(i);
        Value method;
        if (!base.type()->has_flag(TYPE_TYPE_SUBCLASS))
            method = TRY(get_attr_maybe(base, str_intern("__mro_entries__")));
        if (!method) {
            resolved.push_back(Value::borrow(base));
            continue;
        }
        Value entries = TRY(call(method.get(), { Val(bases) }));
        if (!is_tuple(entries))
            return raise(&g_exc_TypeError, "__mro_entries__ must return a tuple");
        auto* tuple = entries.as<TupleObject>();
        for (int64_t k = 0; k < tuple->size; ++k)
            resolved.push_back(Value::borrow(tuple->item(k)));
        changed = true;
    }
    if (!changed)
        return Ref<TupleObject>(bases);
    Ref<TupleObject> result = tuple_new(int64_t(resolved.size()));
    for (size_t i = 0; i < resolved.size(); ++i)
        result->items[i] = std::move(resolved[i]);
    return result;
}

static Result<Value> build_class(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs < 2)
        return raise(&g_exc_TypeError, "__build_class__: not enough arguments");
    Val body = args[0];
    if (body.type() != &g_function_type)
        return raise(&g_exc_TypeError, "__build_class__: func must be a function");
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "__build_class__: name is not a string");
    Val name = args[1];
    Ref<TupleObject> original_bases = tuple_from(args + 2, int64_t(nargs - 2));
    Ref<TupleObject> bases = TRY(resolve_mro_entries(original_bases.get()));
    Val metaclass;
    std::vector<Val> kwvalues;
    std::vector<Val> kwkeys;
    for (int64_t i = 0; kwnames && i < kwnames->size; ++i) {
        if (kwnames->item(i).as<StrObject>()->view() == "metaclass") {
            metaclass = args[nargs + size_t(i)];
            continue;
        }
        kwkeys.push_back(kwnames->item(i));
        kwvalues.push_back(args[nargs + size_t(i)]);
    }
    Ref<TupleObject> other_names = tuple_from(kwkeys.data(), int64_t(kwkeys.size()));
    if (!metaclass)
        metaclass = bases->size ? Val(bases->item(0).type()) : Val(&g_type_type);
    if (metaclass.is_object() && metaclass.type()->has_flag(TYPE_TYPE_SUBCLASS)) {
        // Find the most derived metaclass, as type.__new__ will.
        metaclass = Val(TRY(most_derived_metaclass(metaclass.as<TypeObject>(), bases.get())));
    }
    Value ns;
    Value prepare = TRY(get_attr_maybe(metaclass, NAME_OF(__prepare__)));
    if (prepare) {
        std::vector<Val> prepare_args = { name, Val(bases.get()) };
        prepare_args.insert(prepare_args.end(), kwvalues.begin(), kwvalues.end());
        ns = TRY(call(prepare, prepare_args.data(), 2, kwkeys.empty() ? nullptr : other_names.get()));
        if (!ns.type()->getitem) {
            std::string_view meta_name = metaclass.type()->has_flag(TYPE_TYPE_SUBCLASS) ? metaclass.as<TypeObject>()->type_name() : "<metaclass>";
            return raise(&g_exc_TypeError, "{}.__prepare__() must return a mapping, not {}", meta_name, ns.type()->type_name());
        }
    } else {
        ns = Value(dict_new());
    }
    auto* function = body.as<FunctionObject>();
    Frame* frame = frame_for_call(function, nullptr, 0, nullptr);
    if (!frame)
        return Error {};
    incref(ns.object());
    frame->locals = ns.object();
    Value cell = TRY(eval_frame(frame));
    if (bases.get() != original_bases.get())
        TRY(set_item(ns, Val(NAME_OF(__orig_bases__)), Val(original_bases.get())));
    std::vector<Val> meta_args = { name, Val(bases.get()), ns };
    meta_args.insert(meta_args.end(), kwvalues.begin(), kwvalues.end());
    Value cls = TRY(call(metaclass, meta_args.data(), 3, kwkeys.empty() ? nullptr : other_names.get()));
    if (cell && cell.type() == &g_cell_type) {
        Val contents = cell.as<CellObject>()->contents;
        if (!contents.is(cls)) {
            if (!contents)
                return raise(&g_exc_RuntimeError, "__class__ not set defining {!r} as {!r}. Was __classcell__ propagated to type.__new__?", name, cls.get());
            return raise(&g_exc_TypeError, "__class__ set to {!r} defining {!r} as {!r}", contents, name, cls.get());
        }
    }
    return cls;
}

static const MethodDef s_build_class_def = { "__build_class__", build_class, METHOD_STATIC,
                                             "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class" };

Value build_class_function() { return builtin_function_new(&s_build_class_def, Val(), Val()); }

// ---- super ----

}  // namespace ginger::vm

namespace ginger {

TypeObject g_super_type;

struct SuperObject : Object {
    Value type;      // the class after which the MRO search starts
    Value object;    // the instance or class bound, or null
    Value object_type;
};

static Result<TypeObject*> super_check(TypeObject* type, Val object)
{
    if (object.is_object() && object.type()->has_flag(TYPE_TYPE_SUBCLASS) && is_subtype(object.as<TypeObject>(), type))
        return object.as<TypeObject>();
    if (is_subtype(object.type(), type))
        return object.type();
    Value class_attribute = TRY(get_attr_maybe(object, NAME_OF(__class__)));
    if (class_attribute && class_attribute.type()->has_flag(TYPE_TYPE_SUBCLASS) && is_subtype(class_attribute.as<TypeObject>(), type))
        return class_attribute.as<TypeObject>();
    return raise(&g_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

static Result<Value> super_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* s = static_cast<SuperObject*>(alloc_object(type));
    new (&s->type) Value();
    new (&s->object) Value();
    new (&s->object_type) Value();
    return Value::adopt(Val(s));
}

static Result<void> super_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "super() takes no keyword arguments");
    if (nargs > 2)
        return raise(&g_exc_TypeError, "super() expected at most 2 arguments, got {}", int64_t(nargs));
    Val type, object;
    if (nargs == 0) {
        vm::Frame* frame = g_thread->frame;
        if (!frame)
            return raise(&g_exc_RuntimeError, "super(): no current frame");
        CodeObject* code = frame->code;
        if (code->argcount == 0 && !(code->flags & CO_VARARGS))
            return raise(&g_exc_RuntimeError, "super(): no arguments");
        object = frame->localsplus()[0];
        if (object && object.type() == &g_cell_type && (code->localsplus_kinds[0] & LOCAL_CELL))
            object = object.as<CellObject>()->contents;
        if (!object)
            return raise(&g_exc_RuntimeError, "super(): arg[0] deleted");
        int start = code->nlocals + code->ncells;
        for (int i = start; i < start + code->nfrees; ++i) {
            if (code->localsplus_names->item(i).as<StrObject>()->view() == "__class__") {
                Val cell = frame->localsplus()[i];
                type = cell ? cell.as<CellObject>()->contents.get() : Val();
                if (!type)
                    return raise(&g_exc_RuntimeError, "super(): empty __class__ cell");
                break;
            }
        }
        if (!type)
            return raise(&g_exc_RuntimeError, "super(): __class__ cell not found");
    } else {
        type = args[0];
        object = nargs > 1 ? args[1] : Val();
    }
    if (!type.is_object() || !type.type()->has_flag(TYPE_TYPE_SUBCLASS))
        return raise(&g_exc_TypeError, "super() argument 1 must be a type, not {}", type.type()->type_name());
    auto* s = self.as<SuperObject>();
    s->type = Value::borrow(type);
    if (object && !is_none(object)) {
        TypeObject* object_type = TRY(super_check(type.as<TypeObject>(), object));
        s->object = Value::borrow(object);
        s->object_type = Value::borrow(Val(object_type));
    }
    return {};
}

static Result<Value> super_get_this_class(Val self) { return self.as<SuperObject>()->type ? Value(self.as<SuperObject>()->type) : none_value(); }
static Result<Value> super_get_self(Val self) { return self.as<SuperObject>()->object ? Value(self.as<SuperObject>()->object) : none_value(); }
static Result<Value> super_get_self_class(Val self)
{
    return self.as<SuperObject>()->object_type ? Value(self.as<SuperObject>()->object_type) : none_value();
}
static const GetSetDef s_super_getsets[] = {
    { "__thisclass__", super_get_this_class, nullptr, "the class invoking super()" },
    { "__self__", super_get_self, nullptr, "the instance invoking super(); may be None" },
    { "__self_class__", super_get_self_class, nullptr, "the type of the instance invoking super(); may be None" },
    {},
};

// An unbound super (super(C)) stored as a class attribute binds to the instance it is read from, as
// CPython's super_descr_get: super(C, instance) (of the same super subclass).
static Result<Value> super_descr_get(Val self, Val instance, TypeObject*)
{
    auto* s = self.as<SuperObject>();
    if (!instance || is_none(instance) || s->object)
        return Value::borrow(self);
    return call(Val(self.type()), { s->type.get(), instance });
}

static Result<Value> super_getattr(Val self, StrObject* name)
{
    auto* s = self.as<SuperObject>();
    if (s->object_type && name != NAME_OF(__class__)) {
        TupleObject* mro = s->object_type.as<TypeObject>()->mro.get();
        int64_t i = 0;
        for (; i < mro->size; ++i) {
            if (mro->item(i).is(s->type))
                break;
        }
        for (++i; i < mro->size; ++i) {
            Val found = dict_get_str(mro->item(i).as<TypeObject>()->dict.get(), name);
            if (!found)
                continue;
            if (DescrGetFn get = found.type()->descr_get) {
                Val instance = s->object.get().is(s->object_type) ? Val() : s->object.get();
                return get(found, instance, s->object_type.as<TypeObject>());
            }
            return Value::borrow(found);
        }
    }
    Value found = TRY(generic_getattr_maybe(self, name));
    if (found)
        return found;
    return raise(&g_exc_AttributeError, "'super' object has no attribute '{}'", name);
}

static Result<Value> super_repr(Val self)
{
    auto* s = self.as<SuperObject>();
    std::string type_name = s->type ? std::string(s->type.as<TypeObject>()->type_name()) : "NULL";
    if (s->object_type)
        return Value(str_from_utf8("<super: <class '" + type_name + "'>, <" + std::string(s->object_type.as<TypeObject>()->type_name()) + " object>>"));
    return Value(str_from_utf8("<super: <class '" + type_name + "'>, NULL>"));
}

static void super_destroy(Object* object) { static_cast<SuperObject*>(object)->~SuperObject(); }
static void super_traverse(Object* object, VisitFn visit, void* context)
{
    auto* s = static_cast<SuperObject*>(object);
    for (Val v : { s->type.get(), s->object.get(), s->object_type.get() }) {
        visit_val(v, visit, context);
    }
}

void init_vm_types()
{
    using namespace vm;
    type_init_static(g_generator_type, "generator", sizeof(GeneratorObject), &g_object_type, TYPE_GC | TYPE_WEAKREFABLE);
    g_generator_type.destroy = generator_destroy;
    g_generator_type.traverse = generator_traverse;
    g_generator_type.clear = generator_clear;
    g_generator_type.iter = generator_iter;
    g_generator_type.iternext = generator_iternext;
    g_generator_type.repr = generator_repr;
    g_generator_type.methods = s_generator_methods;
    g_generator_type.getsets = s_generator_getsets;

    type_init_static(g_coroutine_type, "coroutine", sizeof(GeneratorObject), &g_object_type, TYPE_GC | TYPE_WEAKREFABLE);
    g_coroutine_type.destroy = generator_destroy;
    g_coroutine_type.finalize = coroutine_finalize;
    g_coroutine_type.traverse = generator_traverse;
    g_coroutine_type.clear = generator_clear;
    g_coroutine_type.repr = coroutine_repr;
    g_coroutine_type.methods = s_coroutine_methods;
    g_coroutine_type.getsets = s_coroutine_getsets;
    init_async_generator_types(s_async_generator_getsets);

    type_init_static(g_coroutine_wrapper_type, "coroutine_wrapper", sizeof(CoroutineWrapperObject), &g_object_type, TYPE_GC);
    g_coroutine_wrapper_type.destroy = coroutine_wrapper_destroy;
    g_coroutine_wrapper_type.traverse = coroutine_wrapper_traverse;
    g_coroutine_wrapper_type.iter = generator_iter;
    g_coroutine_wrapper_type.iternext = coroutine_wrapper_next;
    g_coroutine_wrapper_type.methods = s_coroutine_wrapper_methods;

    type_init_static(g_super_type, "super", sizeof(SuperObject), &g_object_type, TYPE_GC | TYPE_BASETYPE);
    g_super_type.new_instance = super_new;
    g_super_type.init = super_init;
    g_super_type.getattr = super_getattr;
    g_super_type.repr = super_repr;
    g_super_type.destroy = super_destroy;
    g_super_type.traverse = super_traverse;
    g_super_type.getsets = s_super_getsets;
    g_super_type.descr_get = super_descr_get;
}

}  // namespace ginger
