// The sys module (its standard streams are made by _io: see _io.cpp).
#include "import/import.h"
#include "modules/io_fast.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

#include <cstdio>
#include <cstring>
#include <new>
#include <string>
#include <vector>
#include <unistd.h>

namespace ginger {

// ---- sys functions ----

static Result<Value> sys_exit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("exit", nargs - 1, kwnames, 0, 1));
    if (nargs > 1 && is_tuple(args[1])) {
        // As CPython's PyErr_SetObject: a tuple is the exception's arguments (sys.exit((42,)) exits with 42).
        auto* items = args[1].as<TupleObject>();
        std::vector<Val> arguments;
        for (int64_t i = 0; i < items->size; ++i)
            arguments.push_back(items->item(i));
        Value exception = TRY(call(Val(&g_exc_SystemExit), arguments.data(), arguments.size()));
        restore_error(std::move(exception));
        return Error {};
    }
    if (nargs > 1 && !is_none(args[1]))
        return raise_with_args(&g_exc_SystemExit, { args[1] });
    return raise_with_args(&g_exc_SystemExit, {});
}
static Result<Value> sys_getrecursionlimit(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("sys.getrecursionlimit", nargs - 1, kwnames, 0, 0));
    return int_from_int64(g_thread->recursion_limit);
}
static Result<Value> sys_setrecursionlimit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setrecursionlimit", nargs - 1, kwnames, 1, 1));
    if (!is_int(args[1]))
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", args[1].type()->type_name());
    int64_t limit = TRY(int_as_int64(args[1]));
    if (limit < 1)
        return raise(&g_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (limit <= g_thread->recursion_depth)
        return raise(&g_exc_RecursionError, "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", limit, int64_t(g_thread->recursion_depth));
    for (ThreadState* ts : all_thread_states())
        ts->recursion_limit = int(std::min<int64_t>(limit, 1 << 30));
    return none_value();
}
static Result<Value> sys_getrefcount(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getrefcount", nargs - 1, kwnames, 1, 1));
    if (!args[1].is_object())
        return int_from_int64(1000000000);
    return int_from_int64(args[1].object()->refcount);
}
static Result<Value> sys_intern(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("sys.intern", nargs - 1, kwnames, 1, 1));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "intern() argument must be str, not {}", args[1].type()->type_name());
    if (!is_str_exact(args[1]))
        return raise(&g_exc_TypeError, "can't intern {}", args[1].type()->type_name());
    // The string itself becomes the interned one unless an equal one is interned already.
    return Value(str_intern_ref(Ref<StrObject>(args[1].as<StrObject>())));
}
static Result<Value> sys_exception(const Val*, size_t, TupleObject*)
{
    Val handled = g_thread->handled_exception;
    return handled ? Value::borrow(handled) : none_value();
}
static Result<Value> sys_exc_info(const Val*, size_t, TupleObject*)
{
    Val handled = g_thread->handled_exception;
    if (!handled)
        return Value(tuple_of({ none(), none(), none() }));
    Value tb = exception_traceback(handled);
    return Value(tuple_of({ Val(handled.type()), handled, tb ? tb.get() : none() }));
}
static Result<Value> sys_get_int_max_str_digits(const Val*, size_t, TupleObject*) { return int_from_int64(g_int_max_str_digits); }
static Result<Value> sys_set_int_max_str_digits(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("set_int_max_str_digits", args + 1, nargs - 1, kwnames, { "maxdigits" }, 1, out));
    int64_t n = TRY(int_as_int64(out[0]));
    if (n != 0 && n < 640)
        return raise(&g_exc_ValueError, "maxdigits must be 0 or larger than 640");
    g_int_max_str_digits = n;
    return none_value();
}
static Result<Value> sys_getframe(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_getframe", nargs - 1, kwnames, 0, 1));
    int64_t depth = nargs > 1 ? TRY(index_as_ssize(args[1])) : 0;
    vm::Frame* frame = g_thread->frame;
    while (frame && depth > 0) {
        frame = frame->previous;
        --depth;
    }
    if (!frame)
        return raise(&g_exc_ValueError, "call stack is not deep enough");
    return vm::frame_object_for(frame);
}

// sys.version_info: a tuple subclass whose items are also readable by name (a struct sequence).
TypeObject g_version_info_type;
static const char* const s_version_info_fields[] = { "major", "minor", "micro", "releaselevel", "serial" };

template <int I>
static Result<Value> version_info_field(Val self)
{
    return Value::borrow(self.as<TupleObject>()->item(I));
}
static Result<Value> version_info_repr(Val self)
{
    auto* tuple = self.as<TupleObject>();
    std::string text = "sys.version_info(";
    for (int64_t i = 0; i < tuple->size && i < 5; ++i) {
        if (i)
            text += ", ";
        text += s_version_info_fields[i];
        text += '=';
        text += TRY(repr_utf8(tuple->item(i)));
    }
    text += ')';
    return Value(str_from_utf8(text));
}
static const GetSetDef s_version_info_getsets[] = {
    { "major", version_info_field<0>, nullptr, nullptr },
    { "minor", version_info_field<1>, nullptr, nullptr },
    { "micro", version_info_field<2>, nullptr, nullptr },
    { "releaselevel", version_info_field<3>, nullptr, nullptr },
    { "serial", version_info_field<4>, nullptr, nullptr },
    {},
};

static const MethodDef s_sys_functions[] = {
    { "exit", sys_exit, METHOD_INSTANCE, "Exit the interpreter by raising SystemExit(status)." },
    { "getrecursionlimit", sys_getrecursionlimit, METHOD_INSTANCE, "Return the current value of the recursion limit." },
    { "setrecursionlimit", sys_setrecursionlimit, METHOD_INSTANCE, "Set the maximum depth of the Python interpreter stack to n." },
    { "getrefcount", sys_getrefcount, METHOD_INSTANCE, "Return the reference count of object." },
    { "intern", sys_intern, METHOD_INSTANCE, "``Intern'' the given string." },
    { "exception", sys_exception, METHOD_INSTANCE, "Return the current exception." },
    { "exc_info", sys_exc_info, METHOD_INSTANCE, "Return current exception information: (type, value, traceback)." },
    { "get_int_max_str_digits", sys_get_int_max_str_digits, METHOD_INSTANCE, "Return the maximum string digits limit for non-binary int<->str conversions." },
    { "set_int_max_str_digits", sys_set_int_max_str_digits, METHOD_INSTANCE, "Set the maximum string digits limit for non-binary int<->str conversions." },
    { "_getframe", sys_getframe, METHOD_INSTANCE, "Return a frame object from the call stack." },
    {},
};

Ref<ModuleObject> sys_module_create()
{
    Ref<ModuleObject> sys = module_new(str_intern("sys"));
    module_add_functions(sys.get(), s_sys_functions);
    io_set_std_streams(sys.get());
    module_set(sys.get(), "version", Val(str_from_utf8("3.12.1 (Ginger 0.1)").get()));
    Value major = int_from_int64(3), minor = int_from_int64(12), micro = int_from_int64(1), serial = int_from_int64(0);
    Ref<TupleObject> version_items = tuple_of({ major, minor, micro, Val(str_intern("final")), serial });
    Val version_arg(version_items.get());
    Value version_info = MUST(g_tuple_type.new_instance(&g_version_info_type, &version_arg, 1, nullptr));
    module_set(sys.get(), "version_info", version_info);
    module_set(sys.get(), "hexversion", int_from_int64(0x030C01F0));
    module_set(sys.get(), "platform", Val(str_intern("linux")));
    module_set(sys.get(), "byteorder", Val(str_intern("little")));
    module_set(sys.get(), "maxsize", int_from_int64(INT64_MAX));
    module_set(sys.get(), "maxunicode", int_from_int64(0x10FFFF));
    module_set(sys.get(), "dont_write_bytecode", Val(g_import_config.dont_write_bytecode ? g_true : g_false));
    module_set(sys.get(), "pycache_prefix", none());
    Ref<ModuleObject> implementation = module_new(str_intern("implementation"));
    module_set(implementation.get(), "name", Val(str_intern("ginger")));
    module_set(implementation.get(), "cache_tag", Val(str_intern("ginger-312")));
    // Ginger 0.1.0 alpha 0, as a version_info (major, minor, micro, releaselevel, serial) and as a number.
    Ref<TupleObject> implementation_items = tuple_of({ Val::small_int(0), Val::small_int(1), Val::small_int(0), Val(str_intern("alpha")), Val::small_int(0) });
    Val implementation_arg(implementation_items.get());
    module_set(implementation.get(), "version", MUST(g_tuple_type.new_instance(&g_version_info_type, &implementation_arg, 1, nullptr)));
    module_set(implementation.get(), "hexversion", int_from_int64(0x000100A0));
    module_set(sys.get(), "implementation", Val(implementation.get()));
    module_set(sys.get(), "path", Val(list_new().get()));
    module_set(sys.get(), "argv", Val(list_new().get()));
    sys_add_info(sys.get(), g_import_config.stdlib_path);
    // builtin_module_names is set by import_init() from the native module table.
    return sys;
}

void init_sys_types()
{
    type_init_static(g_version_info_type, "sys.version_info", sizeof(TupleObject), &g_tuple_type, TYPE_GC);
    g_version_info_type.destroy = g_tuple_type.destroy;
    g_version_info_type.repr = version_info_repr;
    g_version_info_type.getsets = s_version_info_getsets;
    type_ready(g_version_info_type);
    g_version_info_type.new_instance = nullptr;  // as CPython: sys.version_info cannot be instantiated
}

}  // namespace ginger
