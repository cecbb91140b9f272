// exit, quit, help, copyright, credits and license: the objects CPython's site module puts in builtins
// (its _sitebuiltins classes Quitter, _Helper and _Printer). Ginger has no site module and makes them
// natively with the builtins module, so start-up imports nothing for them.
#include "import/import.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"

namespace ginger {

namespace {

struct SiteObject : Object {
    const char* name;  // exit, quit, copyright, ...
    const char* text;  // what repr() shows
};

TypeObject g_quitter_type, g_printer_type, g_helper_type;

Result<Value> site_repr(Val self) { return Value(str_from_utf8(self.as<SiteObject>()->text)); }

// exit(code=None): closes sys.stdin (so a shell reading it sees the end), then raises SystemExit(code).
Result<Value> quitter_call(Val, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val code[1];
    TRY(bind_args("__call__", args, nargs, kwnames, { "code" }, 0, code));
    if (Val sys = import_lookup_module(str_intern("sys"))) {
        auto in = get_attr_maybe(sys, str_intern("stdin"));
        if (!in.is_error() && in.value() && !is_none(in.value()) && call_method(in.value().get(), str_intern("close"), {}).is_error())
            clear_error();
        if (in.is_error())
            clear_error();
    }
    return raise_with_args(&g_exc_SystemExit, { code[0] ? code[0] : none() });
}

// copyright(), credits(), license(): print the text.
Result<Value> printer_call(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__call__", nargs, kwnames, 0, 0));
    Val print = dict_get_str(import_lookup_builtins().as<ModuleObject>()->dict.get(), str_intern("print"));
    TRY(call(print, { Val(str_from_utf8(self.as<SiteObject>()->text).get()) }));
    return none_value();
}

// help(...): pydoc's help, from CPython's library (GINGER_STDLIB) while Ginger's own has no pydoc.
Result<Value> helper_call(Val, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto pydoc = import_module("pydoc");
    if (pydoc.is_error()) {
        if (!error_matches(&g_exc_ImportError))
            return Error {};
        clear_error();
        return raise(&g_exc_ImportError, "help() needs the pydoc module, which Ginger's own library does not have yet (set "
                                         "GINGER_STDLIB to a CPython 3.12 library directory)");
    }
    Value help = TRY(get_attr_str(pydoc.value().get(), "help"));
    return call(help.get(), args, nargs, kwnames);
}

void init_site_types()
{
    struct { TypeObject& type; const char* name; CallFn call; } types[] = {
        { g_quitter_type, "_sitebuiltins.Quitter", quitter_call },
        { g_printer_type, "_sitebuiltins._Printer", printer_call },
        { g_helper_type, "_sitebuiltins._Helper", helper_call },
    };
    for (auto& [type, name, call] : types) {
        type_init_static(type, name, sizeof(SiteObject), &g_object_type, 0);
        type.repr = site_repr;
        type.call = call;
        type_ready(type);
    }
}

void add(ModuleObject* builtins, TypeObject* type, const char* name, const char* text)
{
    auto* object = static_cast<SiteObject*>(alloc_object(type));
    object->name = name;
    object->text = text;
    module_set(builtins, name, Value::adopt(Val(object)).get());
}

}  // namespace

void add_site_builtins(ModuleObject* builtins)
{
    if (!g_quitter_type.has_flag(TYPE_READY))
        init_site_types();
    add(builtins, &g_quitter_type, "exit", "Use exit() or Ctrl-D (i.e. EOF) to exit");
    add(builtins, &g_quitter_type, "quit", "Use quit() or Ctrl-D (i.e. EOF) to exit");
    add(builtins, &g_helper_type, "help", "Type help() for interactive help, or help(object) for help about object.");
    add(builtins, &g_printer_type, "copyright",
        "Ginger: a Python 3.12 implementation in C++.\nPython itself is copyright the Python Software Foundation.");
    add(builtins, &g_printer_type, "credits",
        "    Thanks to the CPython developers, whose interpreter is the reference\n"
        "    for everything Ginger does.  See www.python.org for more information.");
    add(builtins, &g_printer_type, "license",
        "Ginger is open source; its source tree says under which terms.\nPython is distributed under the PSF License Agreement.");
}

}  // namespace ginger
