// The _imp module: what the import system's Python half (lib/_frozen_importlib*.py) asks of the C++
// one. CPython's functions keep their names and results; Ginger's own additions start with _ginger_.
#include "compile/marshal.h"
#include "import/frozen.h"
#include "import/import.h"
#include "import/pycache.h"
#include "objects/int.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <cstring>
#include <string>

namespace ginger {

namespace {

Result<StrObject*> name_argument(std::string_view function, Val value)
{
    if (!is_str(value))
        return raise(&g_exc_TypeError, "{}() argument must be str, not {}", function, value.type()->type_name());
    return value.as<StrObject>();
}

Result<Value> imp_is_builtin(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("is_builtin", nargs, kwnames, 1, 1));
    StrObject* name = TRY(name_argument("is_builtin", args[0]));
    return Value::borrow(Val::small_int(import_is_builtin(name->view()) ? 1 : 0));
}

// create_builtin(spec): the native module named spec.name.
Result<Value> imp_create_builtin(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("create_builtin", nargs, kwnames, 1, 1));
    Value name = TRY(get_attr(args[0], str_intern("name")));
    if (!is_str(name))
        return raise(&g_exc_TypeError, "name must be string, not {}", name.type()->type_name());
    return import_create_builtin(name.as<StrObject>()->view());
}

Result<Value> imp_exec_builtin(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("exec_builtin", nargs, kwnames, 1, 1));
    return Value::borrow(Val::small_int(0));
}

Result<Value> imp_is_frozen(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("is_frozen", nargs, kwnames, 1, 1));
    StrObject* name = TRY(name_argument("is_frozen", args[0]));
    return Value::borrow(Val(find_frozen_module(name->view()) ? g_true : g_false));
}

Result<Value> imp_is_frozen_package(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("is_frozen_package", nargs, kwnames, 1, 1));
    StrObject* name = TRY(name_argument("is_frozen_package", args[0]));
    const FrozenModule* frozen = find_frozen_module(name->view());
    if (!frozen)
        return raise(&g_exc_ImportError, "No such frozen object named '{}'", name);
    return Value::borrow(Val(frozen->is_package ? g_true : g_false));
}

// find_frozen(name) -> None or (None, is_package, origname), as CPython's without the data.
Result<Value> imp_find_frozen(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("find_frozen", nargs, nullptr, 1, 1));  // withdata= is accepted and ignored
    StrObject* name = TRY(name_argument("find_frozen", args[0]));
    const FrozenModule* frozen = find_frozen_module(name->view());
    if (!frozen)
        return none_value();
    return Value(tuple_of({ none(), Val(frozen->is_package ? g_true : g_false), Val(name) }));
}

Result<Value> imp_get_frozen_object(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("get_frozen_object", nargs, kwnames, 1, 2));
    StrObject* name = TRY(name_argument("get_frozen_object", args[0]));
    const FrozenModule* frozen = find_frozen_module(name->view());
    if (!frozen)
        return raise(&g_exc_ImportError, "No such frozen object named '{}'", name);
    std::string why;
    Ref<CodeObject> code = compile::unmarshal_code(std::string_view(reinterpret_cast<const char*>(frozen->code), frozen->size), why, compile::Verify::No);
    if (!code)
        return raise(&g_exc_ImportError, "frozen module {} is damaged: {}", name, why);
    return Value(std::move(code));
}

Result<Value> imp_frozen_module_names(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_frozen_module_names", nargs, kwnames, 0, 0));
    Ref<ListObject> names = list_new();
    for (size_t i = 0; i < g_frozen_module_count; ++i)
        list_append(names.get(), Value(str_from_utf8(g_frozen_modules[i].name)));
    Ref<TupleObject> tuple = TRY(sequence_tuple(Val(names.get())));
    return Value(std::move(tuple));
}

// Ginger cannot load C extension modules, so no suffix names one.
Result<Value> imp_extension_suffixes(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("extension_suffixes", nargs, kwnames, 0, 0));
    return Value(list_new());
}

// The import lock: Ginger runs one thread of Python at a time, so there is nothing to hold.
Result<Value> imp_acquire_lock(const Val*, size_t, TupleObject*) { return none_value(); }
Result<Value> imp_release_lock(const Val*, size_t, TupleObject*) { return none_value(); }
Result<Value> imp_lock_held(const Val*, size_t, TupleObject*) { return Value::borrow(Val(g_false)); }

Result<Value> imp_fix_co_filename(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_fix_co_filename", nargs, kwnames, 2, 2));
    return none_value();
}

Result<Value> imp_ginger_frozen_before_path(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_ginger_frozen_before_path", nargs, kwnames, 1, 1));
    StrObject* name = TRY(name_argument("_ginger_frozen_before_path", args[0]));
    return Value::borrow(Val(import_frozen_before_path(name->view()) && find_frozen_module(name->view()) ? g_true : g_false));
}

// _ginger_collection_flags(cls[, flags[, registered]]): the sequence/mapping pattern flags of a class, as
// CPython's abc sets them: given `flags` (1 << 5 sequence, 1 << 6 mapping, CPython's values), a new ABC takes
// them (from its __abc_tpflags__); with `registered` true, a registered class and its subclasses take them
// unless they have one already. Returns the class's flags in CPython's values.
static void set_collection_flag_recursive(TypeObject* type, uint32_t flag)
{
    if (!type->has_flag(TYPE_HEAP) || (type->flags & (TYPE_SEQUENCE | TYPE_MAPPING)))
        return;
    type->flags |= flag;
    for (TypeObject* sub : type->subclasses)
        set_collection_flag_recursive(sub, flag);
}

Result<Value> imp_ginger_collection_flags(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_ginger_collection_flags", nargs, kwnames, 1, 3));
    if (!is_instance(args[0], &g_type_type))
        return raise(&g_exc_TypeError, "_ginger_collection_flags() expects a class");
    auto* type = args[0].as<TypeObject>();
    if (nargs >= 2 && !is_none(args[1])) {
        int64_t value = 0;
        if (!is_int(args[1]) || !int_to_int64(args[1], value))
            return raise(&g_exc_TypeError, "__abc_tpflags__ must be an int");
        uint32_t flags = ((value & (1 << 5)) ? uint32_t(TYPE_SEQUENCE) : 0u) | ((value & (1 << 6)) ? uint32_t(TYPE_MAPPING) : 0u);
        if (flags == (TYPE_SEQUENCE | TYPE_MAPPING))
            return raise(&g_exc_TypeError, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
        if (nargs == 3 && TRY(is_truthy(args[2])))
            set_collection_flag_recursive(type, flags);
        else
            type->flags |= flags;
    }
    return Value(int_from_int64((type->has_flag(TYPE_SEQUENCE) ? 1 << 5 : 0) | (type->has_flag(TYPE_MAPPING) ? 1 << 6 : 0)));
}

Result<Value> imp_ginger_stdlib_dir(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_ginger_stdlib_dir", nargs, kwnames, 0, 0));
    if (g_import_config.stdlib_path.empty())
        return none_value();
    return Value(str_from_utf8(g_import_config.stdlib_path));
}

// _ginger_source_code(path): the code of a source file, through its __pycache__ .pyc.
Result<Value> imp_ginger_source_code(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_ginger_source_code", nargs, kwnames, 1, 1));
    StrObject* path = TRY(name_argument("_ginger_source_code", args[0]));
    Ref<CodeObject> code = TRY(import_source_code(std::string(path->view())));
    return Value(std::move(code));
}

// _ginger_code_from_pyc(data, path, name): the code in the bytes of a Ginger .pyc file imported without
// its source.
Result<Value> imp_ginger_code_from_pyc(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_ginger_code_from_pyc", nargs, kwnames, 3, 3));
    if (!is_bytes(args[0]))
        return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", args[0].type()->type_name());
    auto* bytes = args[0].as<BytesObject>();
    std::string_view data(reinterpret_cast<const char*>(bytes->data), size_t(bytes->size));
    Ref<CodeObject> code = TRY(import_sourceless_code(data, args[2]));
    return Value(std::move(code));
}

// _ginger_pyc_data(code, flags, stamp): the bytes of a .pyc file for a code object: `flags` 0 with an 8-byte
// stamp of the source's mtime and size, or PEP 552's hash-based flags with the 8-byte source hash.
Result<Value> imp_ginger_pyc_data(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_ginger_pyc_data", nargs, kwnames, 3, 3));
    if (args[0].type() != &g_code_type)
        return raise(&g_exc_TypeError, "_ginger_pyc_data() argument 1 must be code, not {}", args[0].type()->type_name());
    int64_t flags = TRY(index_as_ssize(args[1]));
    if (!is_bytes(args[2]) || args[2].as<BytesObject>()->size != 8)
        return raise(&g_exc_ValueError, "_ginger_pyc_data() needs an 8-byte stamp");
    auto* stamp = args[2].as<BytesObject>();
    uint64_t value = 0;
    for (int i = 0; i < 8; ++i)
        value |= uint64_t(stamp->data[i]) << (8 * i);
    auto* code = args[0].as<CodeObject>();
    std::string data;
    if (flags == 0)
        data = pycache_serialize(code, int64_t(value & 0xFFFFFFFF), int64_t(value >> 32));
    else if (flags == PYC_HASH_BASED || flags == (PYC_HASH_BASED | PYC_CHECK_SOURCE))
        data = pycache_serialize_hash(code, value, flags & PYC_CHECK_SOURCE);
    else
        return raise(&g_exc_ValueError, "invalid .pyc flags {}", flags);
    return Value(bytes_from(data));
}

// source_hash(key, source): CPython's keyed hash of a source, as hash-based .pyc files store it.
Result<Value> imp_source_hash(const Val* args, size_t nargs, TupleObject* kwnames)
{
    static const char* const names[] = { "key", "source" };
    Val given[2] = {};
    for (size_t i = 0; i < nargs && i < 2; ++i)
        given[i] = args[i];
    if (nargs > 2)
        return raise(&g_exc_TypeError, "source_hash() takes at most 2 arguments ({} given)", int64_t(nargs + (kwnames ? kwnames->size : 0)));
    for (int64_t i = 0; kwnames && i < kwnames->size; ++i) {
        std::string_view key = kwnames->item(i).as<StrObject>()->view();
        int slot = key == names[0] ? 0 : key == names[1] ? 1 : -1;
        if (slot < 0)
            return raise(&g_exc_TypeError, "source_hash() got an unexpected keyword argument '{}'", key);
        if (given[slot])
            return raise(&g_exc_TypeError, "argument for source_hash() given by name ('{}') and position ({})", key, int64_t(slot + 1));
        given[slot] = args[nargs + size_t(i)];
    }
    for (int slot = 0; slot < 2; ++slot) {
        if (!given[slot])
            return raise(&g_exc_TypeError, "source_hash() missing required argument '{}' (pos {})", names[slot], int64_t(slot + 1));
    }
    Value key_value = TRY(number_index(given[0]));
    int64_t key = TRY(int_as_int64(Val(key_value.get())));
    std::string_view source;
    if (is_bytes(given[1])) {
        auto* b = given[1].as<BytesObject>();
        source = std::string_view(reinterpret_cast<const char*>(b->data), size_t(b->size));
    } else if (is_bytearray(given[1])) {
        auto* b = given[1].as<ByteArrayObject>();
        source = std::string_view(reinterpret_cast<const char*>(b->data), size_t(b->size));
    } else {
        return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", given[1].type()->type_name());
    }
    uint64_t hash = source_hash(uint64_t(key), source);
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = char(hash >> (8 * i));
    return Value(bytes_from(std::string_view(bytes, 8)));
}

// _ginger_import(name): imports an absolute dotted name and returns the module itself.
Result<Value> imp_ginger_import(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_ginger_import", nargs, kwnames, 1, 1));
    StrObject* name = TRY(name_argument("_ginger_import", args[0]));
    return import_module(name->view());
}

// test.support's hook for using (1), not using (-1) or defaulting (0) frozen stdlib modules. Ginger's own
// library is always frozen into the binary, so the setting is recorded and has no effect.
int s_override_frozen = 0;
Result<Value> imp_override_frozen_modules_for_tests(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_override_frozen_modules_for_tests", nargs, kwnames, 1, 1));
    s_override_frozen = int(TRY(int_as_int64(args[0])));
    return none_value();
}

#define FUNCTION(name, doc) { #name, imp_##name, METHOD_STATIC, doc }

const MethodDef s_imp_functions[] = {
    FUNCTION(is_builtin, "Returns True if the module name corresponds to a built-in module."),
    FUNCTION(create_builtin, "Create an extension module."),
    FUNCTION(exec_builtin, "Initialize a built-in module."),
    FUNCTION(is_frozen, "Returns True if the module name corresponds to a frozen module."),
    FUNCTION(is_frozen_package, "Returns True if the module name is of a frozen package."),
    FUNCTION(find_frozen, "Return info about the corresponding frozen module (if there is one) or None."),
    FUNCTION(get_frozen_object, "Create a code object for a frozen module."),
    { "_frozen_module_names", imp_frozen_module_names, METHOD_STATIC, "Returns the list of available frozen modules." },
    { "_override_frozen_modules_for_tests", imp_override_frozen_modules_for_tests, METHOD_STATIC, "(internal-only) Override PyConfig.use_frozen_modules." },
    FUNCTION(extension_suffixes, "Returns the list of file suffixes used to identify extension modules."),
    FUNCTION(acquire_lock, "Acquires the interpreter's import lock for the current thread."),
    FUNCTION(release_lock, "Release the interpreter's import lock."),
    FUNCTION(lock_held, "Return True if the import lock is currently held, else False."),
    { "_fix_co_filename", imp_fix_co_filename, METHOD_STATIC, "Changes code.co_filename to specify the passed-in file path." },
    { "_ginger_frozen_before_path", imp_ginger_frozen_before_path, METHOD_STATIC, "Whether a frozen module is found before sys.path." },
    { "_ginger_collection_flags", imp_ginger_collection_flags, METHOD_STATIC, "The flags sequence and mapping patterns test (CPython's abc sets them)." },
    { "_ginger_stdlib_dir", imp_ginger_stdlib_dir, METHOD_STATIC, "The CPython library directory Ginger's library stands in for (GINGER_STDLIB)." },
    { "_ginger_source_code", imp_ginger_source_code, METHOD_STATIC, "The code of a source file, through the __pycache__ cache." },
    { "_ginger_code_from_pyc", imp_ginger_code_from_pyc, METHOD_STATIC, "The code object in the bytes of a Ginger .pyc file." },
    { "_ginger_pyc_data", imp_ginger_pyc_data, METHOD_STATIC, "The bytes of a Ginger .pyc file holding a code object." },
    FUNCTION(source_hash, "Return the hash of the source, as hash-based .pyc files record it."),
    { "_ginger_import", imp_ginger_import, METHOD_STATIC, "Import a module by its absolute name and return it." },
    {},
};

}  // namespace

Result<Value> ginger_collection_flags(const Val* args, size_t nargs) { return imp_ginger_collection_flags(args, nargs, nullptr); }

Ref<ModuleObject> imp_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_imp"));
    module_set(module.get(), "__doc__", Val(str_intern("(Extremely) low-level import machinery bits as used by importlib.")));
    module_add_functions(module.get(), s_imp_functions);
    module_set(module.get(), "check_hash_based_pycs", Val(str_intern(check_hash_based_pycs_name(g_check_hash_based_pycs))));
    uint32_t magic = pycache_magic();
    char bytes[4] = { char(magic), char(magic >> 8), char(magic >> 16), char(magic >> 24) };
    module_set(module.get(), "_ginger_magic_number", Val(bytes_from(std::string_view(bytes, 4)).get()));
    return module;
}

}  // namespace ginger
