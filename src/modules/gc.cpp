// The gc module over Ginger's cycle collector (objects/object.cpp), which keeps CPython's three generations
// and thresholds (threshold0 == 0 disables automatic collection, as in CPython).
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/singletons.h"

#include <climits>

namespace ginger {

namespace {

constexpr int64_t GENERATIONS = GC_GENERATIONS;
int64_t s_debug_flags = 0;
// gc.callbacks and gc.garbage (every cycle is collectable: only DEBUG_SAVEALL puts objects there). They live
// as long as the process, as CPython's do, and are never released (no static destructor runs at exit).
ListObject* s_callbacks = nullptr;
ListObject* s_garbage = nullptr;

enum DebugFlags : int64_t {
    DEBUG_STATS = 1,
    DEBUG_COLLECTABLE = 2,
    DEBUG_UNCOLLECTABLE = 4,
    DEBUG_SAVEALL = 32,
    DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL,
};

// A C int argument with CPython's errors.
Result<int64_t> int_argument(Val v)
{
    Value index = TRY(number_index(v));
    int64_t value;
    if (!int_to_int64(index, value) || value < INT_MIN || value > INT_MAX)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    return value;
}

// Runs gc.callbacks with ("start" | "stop", info), reporting their errors as CPython does.
void run_callbacks(bool starting, int generation, int64_t collected)
{
    if (!s_callbacks || s_callbacks->size == 0)
        return;
    Value saved;
    if (error_occurred())
        saved = fetch_error();
    Ref<DictObject> info = dict_new();
    dict_set_str(info.get(), str_intern("generation"), Val::small_int(generation));
    dict_set_str(info.get(), str_intern("collected"), Val::small_int(collected));
    dict_set_str(info.get(), str_intern("uncollectable"), Val::small_int(0));
    StrObject* phase = str_intern(starting ? "start" : "stop");
    // Iterate over a copy: a callback may change the list.
    Ref<ListObject> callbacks = list_from(reinterpret_cast<const Val*>(s_callbacks->items), s_callbacks->size);
    for (int64_t i = 0; i < callbacks->size; ++i) {
        Val callback = callbacks->item(i);
        auto result = call(callback, { Val(phase), Val(info.get()) });
        if (result.is_error())
            write_unraisable("in", callback);
    }
    if (saved)
        restore_error(std::move(saved));
}

Result<Value> gc_enable(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.enable", nargs, kwnames, 0, 0));
    gc_set_enabled(true);
    return none_value();
}

Result<Value> gc_disable(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.disable", nargs, kwnames, 0, 0));
    gc_set_enabled(false);
    return none_value();
}

Result<Value> gc_isenabled(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.isenabled", nargs, kwnames, 0, 0));
    return bool_value(gc_is_enabled());
}

Result<Value> gc_collect_function(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("collect", args, nargs, kwnames, { "generation" }, 0, out));
    int64_t generation = GENERATIONS - 1;
    if (out[0]) {
        generation = TRY(int_argument(out[0]));
        if (generation < 0 || generation >= GENERATIONS)
            return raise(&g_exc_ValueError, "invalid generation");
    }
    return Value::small_int(gc_collect_generation(int(generation)));
}

Result<Value> gc_get_count(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.get_count", nargs, kwnames, 0, 0));
    return Value(tuple_of({ Val::small_int(gc_generation_count(0)), Val::small_int(gc_generation_count(1)), Val::small_int(gc_generation_count(2)) }));
}

Result<Value> gc_get_threshold(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.get_threshold", nargs, kwnames, 0, 0));
    return Value(tuple_of({ Val::small_int(gc_threshold(0)), Val::small_int(gc_threshold(1)), Val::small_int(gc_threshold(2)) }));
}

Result<Value> gc_set_threshold_function(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "set_threshold() takes no keyword arguments");
    if (nargs < 1)
        return raise(&g_exc_TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (nargs > 3)
        return raise(&g_exc_TypeError, "set_threshold() takes at most 3 arguments ({} given)", nargs);
    int64_t values[GENERATIONS] = { gc_threshold(0), gc_threshold(1), gc_threshold(2) };
    for (size_t i = 0; i < nargs; ++i)
        values[i] = TRY(int_argument(args[i]));
    gc_set_thresholds(values);
    return none_value();
}

Result<Value> gc_get_debug(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.get_debug", nargs, kwnames, 0, 0));
    return Value::small_int(s_debug_flags);
}

Result<Value> gc_set_debug(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.set_debug", nargs, kwnames, 1, 1));
    s_debug_flags = TRY(int_argument(args[0]));
    // DEBUG_SAVEALL: the unreachable objects go to gc.garbage instead of being freed.
    g_gc_save_garbage = nullptr;
    if (s_debug_flags & DEBUG_SAVEALL)
        g_gc_save_garbage = [](Object* object) { list_append(s_garbage, Value::borrow(Val(object))); };
    return none_value();
}

Result<Value> gc_get_stats(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.get_stats", nargs, kwnames, 0, 0));
    Ref<ListObject> result = list_new();
    for (int generation = 0; generation < GENERATIONS; ++generation) {
        Ref<DictObject> stats = dict_new();
        dict_set_str(stats.get(), str_intern("collections"), Val::small_int(gc_stats(generation).collections));
        dict_set_str(stats.get(), str_intern("collected"), Val::small_int(gc_stats(generation).collected));
        dict_set_str(stats.get(), str_intern("uncollectable"), Val::small_int(0));
        list_append(result.get(), Value(std::move(stats)));
    }
    return Value(std::move(result));
}

struct ObjectsContext {
    ListObject* list;
};

Result<Value> gc_get_objects(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("get_objects", args, nargs, kwnames, { "generation" }, 0, out));
    if (out[0] && !is_none(out[0])) {
        if (!is_int(out[0]))
            return raise(&g_exc_TypeError, "argument should be integer or None, not '{}'", out[0].type()->type_name());
        int64_t generation = TRY(int_as_ssize(out[0]));
        if (generation >= GENERATIONS)
            return raise(&g_exc_ValueError,
                         "generation parameter must be less than the number of available generations ({})", GENERATIONS);
        if (generation < 0)
            return raise(&g_exc_ValueError, "generation parameter cannot be negative");
    }
    int generation = out[0] && !is_none(out[0]) ? int(TRY(int_as_ssize(out[0]))) : -1;
    Ref<ListObject> result = list_new();
    std::vector<Object*> objects;
    gc_for_each_tracked(generation, [](Object* object, void* context) {
        static_cast<std::vector<Object*>*>(context)->push_back(object);
    }, &objects);
    for (Object* object : objects) {
        if (object != result.get())
            list_append(result.get(), Value(object));
    }
    return Value(std::move(result));
}

Result<Value> gc_is_tracked_function(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.is_tracked", nargs, kwnames, 1, 1));
    return bool_value(args[0].is_object() && gc_is_tracked(args[0].object()));
}

Result<Value> gc_is_finalized(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.is_finalized", nargs, kwnames, 1, 1));
    return bool_value(args[0].is_object() && gc_is_finalized(args[0].object()));
}

struct ReferrersContext {
    const Val* targets;
    size_t count;
    bool found;
};

Result<Value> gc_get_referrers(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "get_referrers() takes no keyword arguments");
    std::vector<Object*> objects;
    gc_for_each_tracked(-1, [](Object* object, void* context) {
        static_cast<std::vector<Object*>*>(context)->push_back(object);
    }, &objects);
    Ref<ListObject> result = list_new();
    for (Object* object : objects) {
        TraverseFn traverse = object->type->traverse;
        if (!traverse)
            continue;
        ReferrersContext context { args, nargs, false };
        traverse(object, [](Object* child, void* raw) {
            auto* context = static_cast<ReferrersContext*>(raw);
            for (size_t i = 0; i < context->count; ++i) {
                if (context->targets[i].is(Val(child)))
                    context->found = true;
            }
        }, &context);
        if (context.found)
            list_append(result.get(), Value(object));
    }
    return Value(std::move(result));
}

Result<Value> gc_get_referents(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "get_referents() takes no keyword arguments");
    Ref<ListObject> result = list_new();
    for (size_t i = 0; i < nargs; ++i) {
        // As CPython: only objects the collector tracks report what they refer to.
        if (!args[i].is_object() || !gc_is_tracked(args[i].object()))
            continue;
        TraverseFn traverse = args[i].type()->traverse;
        if (!traverse)
            continue;
        traverse(args[i].object(), [](Object* child, void* context) {
            list_append(static_cast<ListObject*>(context), Value(child));
        }, result.get());
    }
    return Value(std::move(result));
}

Result<Value> gc_freeze_function(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.freeze", nargs, kwnames, 0, 0));
    gc_freeze();
    return none_value();
}

Result<Value> gc_unfreeze_function(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.unfreeze", nargs, kwnames, 0, 0));
    gc_unfreeze();
    return none_value();
}

Result<Value> gc_get_freeze_count(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gc.get_freeze_count", nargs, kwnames, 0, 0));
    return Value::small_int(gc_frozen_count());
}

const MethodDef s_gc_functions[] = {
    { "enable", gc_enable, METHOD_STATIC, "Enable automatic garbage collection." },
    { "disable", gc_disable, METHOD_STATIC, "Disable automatic garbage collection." },
    { "isenabled", gc_isenabled, METHOD_STATIC, "Returns true if automatic garbage collection is enabled." },
    { "collect", gc_collect_function, METHOD_STATIC, "Run the garbage collector." },
    { "get_count", gc_get_count, METHOD_STATIC, "Return a three-tuple of the current collection counts." },
    { "get_threshold", gc_get_threshold, METHOD_STATIC, "Return the current collection thresholds." },
    { "set_threshold", gc_set_threshold_function, METHOD_STATIC, "Set the collection thresholds." },
    { "get_debug", gc_get_debug, METHOD_STATIC, "Get the garbage collection debugging flags." },
    { "set_debug", gc_set_debug, METHOD_STATIC, "Set the garbage collection debugging flags." },
    { "get_stats", gc_get_stats, METHOD_STATIC, "Return a list of dictionaries containing per-generation statistics." },
    { "get_objects", gc_get_objects, METHOD_STATIC, "Return a list of objects tracked by the collector (excluding the list returned)." },
    { "is_tracked", gc_is_tracked_function, METHOD_STATIC, "Returns true if the object is tracked by the garbage collector." },
    { "is_finalized", gc_is_finalized, METHOD_STATIC, "Returns true if the object has been already finalized by the GC." },
    { "get_referrers", gc_get_referrers, METHOD_STATIC, "Return the list of objects that directly refer to any of 'objs'." },
    { "get_referents", gc_get_referents, METHOD_STATIC, "Return the list of objects that are directly referred to by 'objs'." },
    { "freeze", gc_freeze_function, METHOD_STATIC, "Freeze all current tracked objects and ignore them for future collections." },
    { "unfreeze", gc_unfreeze_function, METHOD_STATIC, "Unfreeze all objects in the permanent generation." },
    { "get_freeze_count", gc_get_freeze_count, METHOD_STATIC, "Return the number of objects in the permanent generation." },
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> gc_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("gc"));
    module_set(module.get(), "__doc__",
               Val(str_from_utf8("This module provides access to the garbage collector for reference cycles.\n\n"
                                 "enable() -- Enable automatic garbage collection.\n"
                                 "disable() -- Disable automatic garbage collection.\n"
                                 "isenabled() -- Returns true if automatic collection is enabled.\n"
                                 "collect() -- Do a full collection right now.\n"
                                 "get_count() -- Return the current collection counts.\n"
                                 "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
                                 "set_debug() -- Set debugging flags.\n"
                                 "get_debug() -- Get debugging flags.\n"
                                 "set_threshold() -- Set the collection thresholds.\n"
                                 "get_threshold() -- Return the current the collection thresholds.\n"
                                 "get_objects() -- Return a list of all objects tracked by the collector.\n"
                                 "is_tracked() -- Returns true if a given object is tracked.\n"
                                 "is_finalized() -- Returns true if a given object has been already finalized.\n"
                                 "get_referrers() -- Return the list of objects that refer to an object.\n"
                                 "get_referents() -- Return the list of objects that an object refers to.\n"
                                 "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
                                 "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
                                 "get_freeze_count() -- Return the number of objects in the permanent generation.\n")
                       .get()));
    module_add_functions(module.get(), s_gc_functions);
    // Creating the module again shares the lists.
    if (!s_callbacks) {
        s_callbacks = list_new().leak();
        s_garbage = list_new().leak();
        g_gc_callback = run_callbacks;
    }
    module_set(module.get(), "callbacks", Val(s_callbacks));
    module_set(module.get(), "garbage", Val(s_garbage));
    module_set(module.get(), "DEBUG_STATS", Val::small_int(DEBUG_STATS));
    module_set(module.get(), "DEBUG_COLLECTABLE", Val::small_int(DEBUG_COLLECTABLE));
    module_set(module.get(), "DEBUG_UNCOLLECTABLE", Val::small_int(DEBUG_UNCOLLECTABLE));
    module_set(module.get(), "DEBUG_SAVEALL", Val::small_int(DEBUG_SAVEALL));
    module_set(module.get(), "DEBUG_LEAK", Val::small_int(DEBUG_LEAK));
    return module;
}

}  // namespace ginger
