// The atexit module: functions registered to run at interpreter exit, last registered first. An exception
// from one is reported ("Exception ignored in atexit callback: ...") and the others still run.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/protocol.h"
#include "objects/runtime.h"

#include <vector>

namespace ginger {

namespace {

struct ExitCallback {
    Value function;            // null once unregistered (the slot stays, as in CPython)
    Ref<TupleObject> args;
    Ref<DictObject> kwargs;    // null when there are no keyword arguments
};

// Allocated once and never freed: the callbacks run at exit, after which nothing releases them.
std::vector<ExitCallback>* s_callbacks = nullptr;

void run_callback(const ExitCallback& callback)
{
    std::vector<Val> arguments;
    for (int64_t i = 0; i < callback.args->size; ++i)
        arguments.push_back(callback.args->item(i));
    Ref<TupleObject> kwnames;
    if (callback.kwargs) {
        std::vector<Val> names;
        int64_t position = 0;
        Val key, value;
        while (dict_next(callback.kwargs.get(), position, key, value)) {
            names.push_back(key);
            arguments.push_back(value);
        }
        if (!names.empty())
            kwnames = tuple_from(names.data(), int64_t(names.size()));
    }
    Value function = callback.function;
    auto result = call(function, arguments.data(), size_t(callback.args->size), kwnames.get());
    if (result.is_error())
        write_unraisable("in atexit callback", function);
}

// Runs every callback, last registered first, then forgets them all (those registered meanwhile too).
void run_exit_callbacks()
{
    if (!s_callbacks)
        return;
    Value saved;
    if (error_occurred())
        saved = fetch_error();
    for (size_t i = s_callbacks->size(); i-- > 0;) {
        if (i >= s_callbacks->size())
            continue;  // a callback called _clear()
        ExitCallback callback = (*s_callbacks)[i];
        if (callback.function)
            run_callback(callback);
    }
    s_callbacks->clear();
    if (saved)
        restore_error(std::move(saved));
}

Result<Value> atexit_register(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs < 1)
        return raise(&g_exc_TypeError, "register() takes at least 1 argument (0 given)");
    if (!is_callable(args[0]))
        return raise(&g_exc_TypeError, "the first argument must be callable");
    ExitCallback callback;
    callback.function = Value::borrow(args[0]);
    callback.args = tuple_from(args + 1, int64_t(nargs - 1));
    if (kwnames && kwnames->size) {
        callback.kwargs = dict_new();
        for (int64_t i = 0; i < kwnames->size; ++i)
            TRY(dict_set(callback.kwargs.get(), kwnames->item(i), args[nargs + size_t(i)]));
    }
    s_callbacks->push_back(std::move(callback));
    return Value::borrow(args[0]);
}

Result<Value> atexit_unregister(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("atexit.unregister", nargs, kwnames, 1, 1));
    // Compared with ==, as CPython does; an __eq__ may raise.
    for (size_t i = 0; i < s_callbacks->size(); ++i) {
        Value function = (*s_callbacks)[i].function;
        if (!function)
            continue;
        if (TRY(rich_compare_bool(function, args[0], CompareOp::Eq)) && i < s_callbacks->size())
            (*s_callbacks)[i] = ExitCallback();
    }
    return none_value();
}

Result<Value> atexit_run_exitfuncs(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("atexit._run_exitfuncs", nargs, kwnames, 0, 0));
    run_exit_callbacks();
    return none_value();
}

Result<Value> atexit_clear(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("atexit._clear", nargs, kwnames, 0, 0));
    s_callbacks->clear();
    return none_value();
}

Result<Value> atexit_ncallbacks(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("atexit._ncallbacks", nargs, kwnames, 0, 0));
    // Unregistered slots still count until the callbacks run, as in CPython 3.12.
    return Value::small_int(int64_t(s_callbacks->size()));
}

const MethodDef s_atexit_functions[] = {
    { "register", atexit_register, METHOD_STATIC,
      "Register a function to be executed upon normal program termination\n\n"
      "    func - function to be called at exit\n    args - optional arguments to pass to func\n"
      "    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator." },
    { "unregister", atexit_unregister, METHOD_STATIC, "Unregister an exit function which was previously registered using\natexit.register" },
    { "_run_exitfuncs", atexit_run_exitfuncs, METHOD_STATIC, "Run all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook." },
    { "_clear", atexit_clear, METHOD_STATIC, "Clear the list of previously registered exit functions." },
    { "_ncallbacks", atexit_ncallbacks, METHOD_STATIC, "Return the number of registered exit functions." },
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> atexit_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("atexit"));
    module_set(module.get(), "__doc__",
               Val(str_from_utf8("allow programmer to define multiple exit functions to be executed\n"
                                 "upon normal program termination.\n\n"
                                 "Two public functions, register and unregister, are defined.\n")
                       .get()));
    module_add_functions(module.get(), s_atexit_functions);
    if (!s_callbacks) {
        s_callbacks = new std::vector<ExitCallback>();
        g_run_exit_callbacks = run_exit_callbacks;
    }
    return module;
}

}  // namespace ginger
