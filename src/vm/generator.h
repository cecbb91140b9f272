// Generator-like objects: generators, coroutines and async generators share one layout, a heap frame that
// runs in its own eval_frame() call each time it is resumed. call.cpp has generators and coroutines,
// async_gen.cpp async generators and their awaitables.
#pragma once

#include "vm/frame.h"
#include "vm/interpreter.h"

namespace ginger::vm {

struct GeneratorObject : Object {
    Frame* frame;          // heap memory owned by the generator
    Value name;
    Value qualname;
    Value saved_exception; // the generator's handled exception while suspended
    bool running;
    // Async generators only: an asend()/athrow() awaitable is in progress, the generator is finished
    // (StopAsyncIteration from now on), and sys.set_asyncgen_hooks' firstiter was called.
    bool running_async;
    bool closed;
    bool hooks_inited;
    Value finalizer;       // async generators: the finalizer hook in force when iteration began
};

extern TypeObject g_async_generator_type, g_async_gen_asend_type, g_async_gen_athrow_type, g_async_gen_wrapped_type, g_anext_awaitable_type;

// A generator object of `type` running `function` with the given arguments.
Result<Value> make_generator(FunctionObject* function, const Val* args, size_t nargs, TupleObject* kwnames, TypeObject* type);
// generator.throw(exception): `original`/`original_count` are the arguments throw() was given, passed on to a
// delegate's throw() (none for close()).
Result<Value> generator_throw_value(Val self, Val exception, const Val* original, size_t original_count);
// generator.throw(*args) as a method (args[0] is the generator).
Result<Value> generator_throw(const Val* args, size_t nargs, TupleObject* kwnames);
// generator.close(): GeneratorExit at the yield; RuntimeError if the generator yields again.
Result<void> generator_close_impl(Val self);
void generator_destroy(Object* object);
void generator_traverse(Object* object, VisitFn visit, void* context);
void generator_clear(Object* object);

// The SEND instruction's fast path for an async generator's asend()/athrow() awaitables; null if `receiver`
// is not one of them.
bool is_async_gen_awaitable(Val receiver);
// ASYNC_GEN_WRAP: marks a value an async generator yields.
Value async_gen_wrap(Val value);
// sys.set_asyncgen_hooks()
extern Value g_asyncgen_firstiter, g_asyncgen_finalizer;
void init_async_generator_types(const GetSetDef* getsets);
// The builtins aiter() and anext().
Result<Value> builtin_aiter(const Val* args, size_t nargs, TupleObject* kwnames);
Result<Value> builtin_anext(const Val* args, size_t nargs, TupleObject* kwnames);
Result<Value> async_gen_awaitable_send(Val receiver, Val value, bool& returned);

}  // namespace ginger::vm
