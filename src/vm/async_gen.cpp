// Async generators (PEP 525): an `async def` with `yield`. The generator runs like a coroutine, driven through
// the awaitables that __anext__()/asend() and athrow()/aclose() return. What the body yields is wrapped
// (ASYNC_GEN_WRAP) so that the awaitable can tell its own results, which end the await with StopIteration(value),
// from the yields of the objects the body awaits, which pass through to whoever drives the coroutine.
#include "vm/generator.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/thread_state.h"
#include "vm/interpreter.h"

#include <cstdio>
#include <new>
#include <string>

namespace ginger::vm {

TypeObject g_async_generator_type, g_async_gen_asend_type, g_async_gen_athrow_type, g_async_gen_wrapped_type, g_anext_awaitable_type;
Value g_asyncgen_firstiter, g_asyncgen_finalizer;

namespace {


struct WrappedValue : Object {
    Value value;
};

enum class AwaitState : uint8_t { Init, Iter, Closed };

// asend() (args unused) and athrow()/aclose() (args null for aclose) awaitables.
struct AwaitableObject : Object {
    Value generator;
    Value send_value;      // asend: the value to send first
    Value throw_args;      // athrow: the arguments (a tuple); null for aclose()
    AwaitState state;
};

GeneratorObject* generator_of(AwaitableObject* a) { return a->generator.as<GeneratorObject>(); }

// What a step of the generator means for the await in progress: a wrapped value is the generator's result
// (StopIteration(value)); its return or StopAsyncIteration/GeneratorExit finish it; anything else passes through.
Result<Value> unwrap(GeneratorObject* generator, Result<Value> step, bool returned)
{
    if (step.is_error()) {
        if (error_matches(&g_exc_StopAsyncIteration) || error_matches(&g_exc_GeneratorExit))
            generator->closed = true;
        generator->running_async = false;
        return Error {};
    }
    Value result = step.release_value();
    if (returned) {
        generator->closed = true;
        generator->running_async = false;
        return raise_with_args(&g_exc_StopAsyncIteration, {});
    }
    if (result.type() == &g_async_gen_wrapped_type) {
        generator->running_async = false;
        Val value = result.as<WrappedValue>()->value.get();
        return raise_stop_iteration(is_none(value) ? Val() : value);
    }
    return result;
}

Result<Value> send_into(GeneratorObject* generator, Val value, bool& returned)
{
    if (generator->frame->state == FrameState::Created && value && !is_none(value))
        return raise(&g_exc_TypeError, "can't send non-None value to a just-started async generator");
    return generator_send(Val(generator), value, returned);
}

// The "returned" flag of the SEND fast path: StopIteration(value) from a step means the await is over.
Result<Value> as_send_result(Result<Value> step, bool& returned)
{
    returned = false;
    if (!step.is_error())
        return step;
    if (!error_matches(&g_exc_StopIteration))
        return Error {};
    Value stop = fetch_error();
    returned = true;
    return get_attr(stop.get(), str_intern("value"));
}

Result<Value> asend_step(AwaitableObject* a, Val value)
{
    GeneratorObject* generator = generator_of(a);
    if (a->state == AwaitState::Closed)
        return raise(&g_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AwaitState::Init) {
        if (generator->running_async)
            return raise(&g_exc_RuntimeError, "anext(): asynchronous generator is already running");
        if (!value || is_none(value))
            value = a->send_value.get();
        a->state = AwaitState::Iter;
    }
    generator->running_async = true;
    bool returned = false;
    auto step = send_into(generator, value, returned);
    auto result = unwrap(generator, std::move(step), returned);
    if (result.is_error())
        a->state = AwaitState::Closed;
    return result;
}

Error ignored_exit(AwaitableObject* a)
{
    generator_of(a)->running_async = false;
    a->state = AwaitState::Closed;
    return raise(&g_exc_RuntimeError, "async generator ignored GeneratorExit");
}

// aclose() finishing: StopAsyncIteration or GeneratorExit from the generator just mean it is closed.
Error close_finished(AwaitableObject* a)
{
    generator_of(a)->running_async = false;
    a->state = AwaitState::Closed;
    if (!a->throw_args && (error_matches(&g_exc_StopAsyncIteration) || error_matches(&g_exc_GeneratorExit))) {
        clear_error();
        return raise_stop_iteration(Val());
    }
    return Error {};
}

Result<Value> athrow_step(AwaitableObject* a, Val value)
{
    GeneratorObject* generator = generator_of(a);
    bool is_close = !a->throw_args;
    if (a->state == AwaitState::Closed)
        return raise(&g_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (generator->frame->state == FrameState::Completed) {
        a->state = AwaitState::Closed;
        return raise_stop_iteration(Val());
    }
    if (a->state == AwaitState::Init) {
        if (generator->running_async) {
            a->state = AwaitState::Closed;
            return raise(&g_exc_RuntimeError, is_close ? "aclose(): asynchronous generator is already running"
                                                       : "athrow(): asynchronous generator is already running");
        }
        if (generator->closed) {
            a->state = AwaitState::Closed;
            return raise_with_args(&g_exc_StopAsyncIteration, {});
        }
        if (value && !is_none(value))
            return raise(&g_exc_RuntimeError, "can't send non-None value to a just-started coroutine");
        a->state = AwaitState::Iter;
        generator->running_async = true;
        if (is_close) {
            generator->closed = true;
            Value exit = TRY(call(Val(&g_exc_GeneratorExit), {}));
            auto step = generator_throw_value(Val(generator), exit.get(), nullptr, 0);
            if (step.is_error())
                return close_finished(a);
            if (step.value().type() == &g_async_gen_wrapped_type)
                return ignored_exit(a);
            return step;
        }
        auto* args = a->throw_args.as<TupleObject>();
        std::vector<Val> throw_args(args->items, args->items + args->size);
        throw_args.insert(throw_args.begin(), Val(generator));
        auto step = generator_throw(throw_args.data(), throw_args.size(), nullptr);
        if (step.is_error() && error_matches(&g_exc_StopIteration)) {
            // The generator returned while handling the exception.
            clear_error();
            return unwrap(generator, Value(), true);
        }
        auto result = unwrap(generator, std::move(step), false);
        if (result.is_error())
            return close_finished(a);
        return result;
    }
    bool returned = false;
    auto step = generator_send(Val(generator), value ? value : none(), returned);
    if (!is_close) {
        auto result = unwrap(generator, std::move(step), returned);
        if (result.is_error())
            a->state = AwaitState::Closed;
        return result;
    }
    if (step.is_error())
        return close_finished(a);
    if (returned) {
        generator->running_async = false;
        a->state = AwaitState::Closed;
        return raise_stop_iteration(Val());
    }
    if (step.value().type() == &g_async_gen_wrapped_type)
        return ignored_exit(a);
    return step;
}

Result<Value> awaitable_step(Val self, Val value)
{
    auto* a = self.as<AwaitableObject>();
    return self.type() == &g_async_gen_asend_type ? asend_step(a, value) : athrow_step(a, value);
}

Result<Value> awaitable_throw(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("throw", nargs - 1, kwnames, 1, 3));
    auto* a = args[0].as<AwaitableObject>();
    GeneratorObject* generator = generator_of(a);
    bool is_asend = args[0].type() == &g_async_gen_asend_type;
    if (a->state == AwaitState::Closed)
        return raise(&g_exc_RuntimeError, is_asend ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
    if (is_asend && a->state == AwaitState::Init) {
        if (generator->running_async) {
            a->state = AwaitState::Closed;
            return raise(&g_exc_RuntimeError, "anext(): asynchronous generator is already running");
        }
        a->state = AwaitState::Iter;
        generator->running_async = true;
    }
    std::vector<Val> throw_args(args, args + nargs);
    throw_args[0] = Val(generator);
    auto step = generator_throw(throw_args.data(), nargs, nullptr);
    if (is_asend || a->throw_args) {
        bool returned = false;
        if (step.is_error() && error_matches(&g_exc_StopIteration)) {
            clear_error();
            returned = true;
            step = Value();
        }
        auto result = unwrap(generator, std::move(step), returned);
        if (result.is_error())
            a->state = AwaitState::Closed;
        return result;
    }
    if (step.is_error())
        return close_finished(a);
    if (step.value().type() == &g_async_gen_wrapped_type)
        return ignored_exit(a);
    return step;
}

Result<Value> awaitable_send(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("send", nargs - 1, kwnames, 1, 1));
    return awaitable_step(args[0], args[1]);
}

Result<Value> awaitable_next(Val self) { return awaitable_step(self, none()); }
Result<Value> awaitable_iter(Val self) { return Value::borrow(self); }

Result<Value> awaitable_close(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("close", nargs - 1, kwnames, 0, 0));
    args[0].as<AwaitableObject>()->state = AwaitState::Closed;
    return none_value();
}

Result<Value> awaitable_await(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__await__", nargs - 1, kwnames, 0, 0));
    return Value::borrow(args[0]);
}

void awaitable_destroy(Object* object) { static_cast<AwaitableObject*>(object)->~AwaitableObject(); }
void awaitable_traverse(Object* object, VisitFn visit, void* context)
{
    auto* a = static_cast<AwaitableObject*>(object);
    for (const Value* v : { &a->generator, &a->send_value, &a->throw_args })
        visit_val(v->get(), visit, context);
}
void awaitable_clear(Object* object)
{
    auto* a = static_cast<AwaitableObject*>(object);
    a->generator = nullptr;
    a->send_value = nullptr;
    a->throw_args = nullptr;
}

const MethodDef s_awaitable_methods[] = {
    { "send", awaitable_send, METHOD_INSTANCE, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration." },
    { "throw", awaitable_throw, METHOD_INSTANCE, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration." },
    { "close", awaitable_close, METHOD_INSTANCE, "close() -> raise GeneratorExit inside generator." },
    { "__await__", awaitable_await, METHOD_INSTANCE, "Return an iterator to be used in await expression." },
    {},
};

void wrapped_destroy(Object* object) { static_cast<WrappedValue*>(object)->~WrappedValue(); }
void wrapped_traverse(Object* object, VisitFn visit, void* context)
{
    auto* w = static_cast<WrappedValue*>(object);
    visit_val(w->value.get(), visit, context);
}

// ---- the async generator object ----

// sys.set_asyncgen_hooks(): the first iteration calls firstiter(agen) and remembers the finalizer.
Result<void> init_hooks(GeneratorObject* generator)
{
    if (generator->hooks_inited)
        return {};
    generator->hooks_inited = true;
    if (g_asyncgen_finalizer)
        generator->finalizer = Value::borrow(g_asyncgen_finalizer.get());
    if (g_asyncgen_firstiter) {
        Value hook = Value::borrow(g_asyncgen_firstiter.get());
        TRY(call(hook.get(), { Val(generator) }));
    }
    return {};
}

Value make_awaitable(TypeObject* type, Val generator, Val send_value, Value throw_args)
{
    auto* a = static_cast<AwaitableObject*>(alloc_object(type));
    new (&a->generator) Value(Value::borrow(generator));
    new (&a->send_value) Value(send_value ? Value::borrow(send_value) : Value());
    new (&a->throw_args) Value(std::move(throw_args));
    a->state = AwaitState::Init;
    return Value::adopt(Val(a));
}

Result<Value> agen_aiter(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__aiter__", nargs - 1, kwnames, 0, 0));
    return Value::borrow(args[0]);
}

Result<Value> agen_anext(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__anext__", nargs - 1, kwnames, 0, 0));
    TRY(init_hooks(args[0].as<GeneratorObject>()));
    return make_awaitable(&g_async_gen_asend_type, args[0], none(), Value());
}

Result<Value> agen_asend(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("asend", nargs - 1, kwnames, 1, 1));
    TRY(init_hooks(args[0].as<GeneratorObject>()));
    return make_awaitable(&g_async_gen_asend_type, args[0], args[1], Value());
}

Result<Value> agen_athrow(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("athrow", nargs - 1, kwnames, 1, 3));
    TRY(init_hooks(args[0].as<GeneratorObject>()));
    return make_awaitable(&g_async_gen_athrow_type, args[0], Val(), Value(tuple_from(args + 1, int64_t(nargs - 1))));
}

Result<Value> agen_aclose(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("aclose", nargs - 1, kwnames, 0, 0));
    TRY(init_hooks(args[0].as<GeneratorObject>()));
    return make_awaitable(&g_async_gen_athrow_type, args[0], Val(), Value());
}

Result<Value> agen_repr(Val self)
{
    auto* generator = self.as<GeneratorObject>();
    char address[32];
    snprintf(address, sizeof address, "%p", static_cast<void*>(generator));
    return Value(str_from_utf8("<async_generator object " + TRY(str_utf8(generator->qualname.get())) + " at " + address + ">"));
}

// A suspended async generator that dies goes to the finalizer hook (asyncio schedules its aclose()); the hook
// may keep it alive. Without a hook it is closed here, as a generator is.
void agen_finalize(Object* object)
{
    auto* generator = static_cast<GeneratorObject*>(object);
    if (generator->frame->state != FrameState::Suspended || generator->closed || !generator->finalizer)
        return;
    Value finalizer = std::move(generator->finalizer);
    Value saved = error_occurred() ? fetch_error() : Value();
    if (call(finalizer.get(), { Val(object) }).is_error()) {
        Value error = fetch_error();
        fprintf(stderr, "Exception ignored in finalizer of async generator\n");
        print_exception(error.get());
    }
    if (saved)
        restore_error(std::move(saved));
}


const MethodDef s_agen_methods[] = {
    { "__aiter__", agen_aiter, METHOD_INSTANCE, "Return an awaitable, that resolves in asynchronous iterator." },
    { "__anext__", agen_anext, METHOD_INSTANCE, "Return a value or raise StopAsyncIteration." },
    { "asend", agen_asend, METHOD_INSTANCE, "asend(v) -> send 'v' in generator." },
    { "athrow", agen_athrow, METHOD_INSTANCE, "athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator." },
    { "aclose", agen_aclose, METHOD_INSTANCE, "aclose() -> raise GeneratorExit inside generator." },
    {},
};

// ---- anext(aiterator, default): awaits __anext__() and turns StopAsyncIteration into the default ----

struct AnextAwaitableObject : Object {
    Value wrapped;   // what __anext__() returned
    Value iterator;  // its awaitable iterator, once started
    Value default_value;
};

Result<Value> anext_step(Val self, Val value, Val exception)
{
    auto* a = self.as<AnextAwaitableObject>();
    if (!a->iterator)
        a->iterator = TRY(get_awaitable(a->wrapped.get()));
    Val iterator = a->iterator.get();
    Result<Value> step = Value();
    if (exception) {
        step = call_method(iterator, str_intern("throw"), { exception });
    } else if (is_async_gen_awaitable(iterator)) {
        step = awaitable_step(iterator, value);
    } else if (iterator.type() == &g_generator_type || iterator.type() == &g_coroutine_type) {
        bool returned = false;
        step = generator_send(iterator, value, returned);
        if (!step.is_error() && returned)
            step = raise_stop_iteration(is_none(step.value()) ? Val() : step.value().get());
    } else if (is_none(value) && iterator.type()->iternext) {
        step = iterator.type()->iternext(iterator);
        if (!step.is_error() && !step.value())
            step = raise_stop_iteration(Val());
    } else {
        step = call_method(iterator, NAME_OF(send), { value });
    }
    if (step.is_error() && error_matches(&g_exc_StopAsyncIteration)) {
        clear_error();
        return raise_stop_iteration(a->default_value.get());
    }
    return step;
}

Result<Value> anext_next(Val self) { return anext_step(self, none(), Val()); }
Result<Value> anext_send(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("send", nargs - 1, kwnames, 1, 1));
    return anext_step(args[0], args[1], Val());
}
Result<Value> anext_throw(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("throw", nargs - 1, kwnames, 1, 3));
    Value exception = Value::borrow(args[1]);
    if (is_exception_class(args[1]))
        exception = TRY(call(args[1], {}));
    return anext_step(args[0], none(), exception.get());
}
Result<Value> anext_close(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("close", nargs - 1, kwnames, 0, 0));
    auto* a = args[0].as<AnextAwaitableObject>();
    if (a->iterator) {
        Value method = TRY(get_attr_maybe(a->iterator.get(), str_intern("close")));
        if (method)
            TRY(call(method.get(), {}));
    }
    return none_value();
}
void anext_destroy(Object* object) { static_cast<AnextAwaitableObject*>(object)->~AnextAwaitableObject(); }
void anext_traverse(Object* object, VisitFn visit, void* context)
{
    auto* a = static_cast<AnextAwaitableObject*>(object);
    for (const Value* v : { &a->wrapped, &a->iterator, &a->default_value })
        visit_val(v->get(), visit, context);
}
void anext_clear(Object* object)
{
    auto* a = static_cast<AnextAwaitableObject*>(object);
    a->wrapped = nullptr;
    a->iterator = nullptr;
    a->default_value = nullptr;
}

const MethodDef s_anext_methods[] = {
    { "send", anext_send, METHOD_INSTANCE, nullptr },
    { "throw", anext_throw, METHOD_INSTANCE, nullptr },
    { "close", anext_close, METHOD_INSTANCE, nullptr },
    { "__await__", awaitable_await, METHOD_INSTANCE, nullptr },
    {},
};

}  // namespace

Result<Value> builtin_aiter(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("aiter", nargs, kwnames, 1, 1));
    if (!type_lookup(args[0].type(), str_intern("__aiter__")))
        return raise(&g_exc_TypeError, "'{}' object is not an async iterable", args[0].type()->type_name());
    Value iterator = TRY(call_special(args[0], str_intern("__aiter__"), {}));
    if (!type_lookup(iterator.type(), str_intern("__anext__")))
        return raise(&g_exc_TypeError, "aiter() returned not an async iterator of type '{}'", iterator.type()->type_name());
    return iterator;
}

Result<Value> builtin_anext(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "anext() takes no keyword arguments");
    if (nargs < 1)
        return raise(&g_exc_TypeError, "anext expected at least 1 argument, got 0");
    if (nargs > 2)
        return raise(&g_exc_TypeError, "anext expected at most 2 arguments, got {}", int64_t(nargs));
    if (!type_lookup(args[0].type(), str_intern("__anext__")))
        return raise(&g_exc_TypeError, "'{}' object is not an async iterator", args[0].type()->type_name());
    Value awaitable = TRY(call_special(args[0], str_intern("__anext__"), {}));
    if (nargs == 1)
        return awaitable;
    auto* a = static_cast<AnextAwaitableObject*>(alloc_object(&g_anext_awaitable_type));
    new (&a->wrapped) Value(std::move(awaitable));
    new (&a->iterator) Value();
    new (&a->default_value) Value(Value::borrow(args[1]));
    return Value::adopt(Val(a));
}

bool is_async_gen_awaitable(Val receiver) { return receiver.type() == &g_async_gen_asend_type || receiver.type() == &g_async_gen_athrow_type; }

Result<Value> async_gen_awaitable_send(Val receiver, Val value, bool& returned)
{
    return as_send_result(awaitable_step(receiver, value), returned);
}

Value async_gen_wrap(Val value)
{
    auto* w = static_cast<WrappedValue*>(alloc_object(&g_async_gen_wrapped_type));
    new (&w->value) Value(Value::borrow(value));
    return Value::adopt(Val(w));
}

void init_async_generator_types(const GetSetDef* getsets)
{
    type_init_static(g_async_generator_type, "async_generator", sizeof(GeneratorObject), &g_object_type, TYPE_GC | TYPE_WEAKREFABLE);
    g_async_generator_type.destroy = generator_destroy;
    g_async_generator_type.finalize = agen_finalize;
    g_async_generator_type.traverse = generator_traverse;
    g_async_generator_type.clear = generator_clear;
    g_async_generator_type.repr = agen_repr;
    g_async_generator_type.methods = s_agen_methods;
    g_async_generator_type.getsets = getsets;

    for (TypeObject* type : { &g_async_gen_asend_type, &g_async_gen_athrow_type }) {
        type_init_static(*type, type == &g_async_gen_asend_type ? "async_generator_asend" : "async_generator_athrow", sizeof(AwaitableObject), &g_object_type, TYPE_GC);
        type->destroy = awaitable_destroy;
        type->traverse = awaitable_traverse;
        type->clear = awaitable_clear;
        type->iter = awaitable_iter;
        type->iternext = awaitable_next;
        type->methods = s_awaitable_methods;
    }
    type_init_static(g_anext_awaitable_type, "anext_awaitable", sizeof(AnextAwaitableObject), &g_object_type, TYPE_GC);
    g_anext_awaitable_type.destroy = anext_destroy;
    g_anext_awaitable_type.traverse = anext_traverse;
    g_anext_awaitable_type.clear = anext_clear;
    g_anext_awaitable_type.iter = awaitable_iter;
    g_anext_awaitable_type.iternext = anext_next;
    g_anext_awaitable_type.methods = s_anext_methods;
    type_init_static(g_async_gen_wrapped_type, "async_generator_wrapped_value", sizeof(WrappedValue), &g_object_type, TYPE_GC);
    g_async_gen_wrapped_type.destroy = wrapped_destroy;
    g_async_gen_wrapped_type.traverse = wrapped_traverse;
}

}  // namespace ginger::vm
