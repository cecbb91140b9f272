// Finding and loading modules: native modules, then sources on sys.path (or a package's __path__),
// with the bytecode cached in __pycache__.
#include "import/import.h"
#include "compile/compiler.h"
#include "import/frozen.h"
#include "import/pycache.h"
#include "compile/marshal.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <vector>

namespace ginger {

ImportConfig g_import_config;

Ref<ModuleObject> dis_module_create();          // modules/dis.cpp
Ref<ModuleObject> ginger_ast_module_create();   // modules/ginger_ast.cpp
Ref<ModuleObject> math_module_create();         // modules/math.cpp
Ref<ModuleObject> time_module_create();         // modules/time.cpp
Ref<ModuleObject> posix_module_create();        // modules/posix.cpp
Ref<ModuleObject> weakref_module_create();      // objects/weakref.cpp
Ref<ModuleObject> io_module_create();           // modules/_io.cpp

namespace {

ModuleObject* s_sys = nullptr;
ModuleObject* s_builtins = nullptr;
DictObject* s_modules = nullptr;

struct NativeModule {
    const char* name;
    Ref<ModuleObject> (*create)();
};
const NativeModule s_native_modules[] = {
    { "dis", dis_module_create },
    { "_ginger_ast", ginger_ast_module_create },
    { "math", math_module_create },
    { "time", time_module_create },
    { "posix", posix_module_create },
    { "_weakref", weakref_module_create },
    { "_io", io_module_create },
};

void verbose(const std::string& text)
{
    if (g_import_config.verbose)
        fprintf(stderr, "%s\n", text.c_str());
}

bool file_exists(const std::string& path, struct stat& st)
{
    return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool writing_disabled()
{
    if (g_import_config.dont_write_bytecode)
        return true;
    Val flag = dict_get_str(s_sys->dict.get(), NAME_OF(dont_write_bytecode));
    if (!flag)
        return false;
    auto truth = is_truthy(flag);
    if (truth.is_error()) {
        clear_error();
        return false;
    }
    return truth.release_value();
}

Error module_not_found(const std::string& message, const std::string& name)
{
    Ref<StrObject> text = str_from_utf8(message);
    Ref<StrObject> module_name = str_from_utf8(name);
    auto created = call(Val(&g_exc_ModuleNotFoundError), { Val(text.get()) });
    if (created.is_error())
        return Error {};
    Value exception = created.release_value();
    auto* e = exception.as<BaseExceptionObject>();
    if (!e->dict)
        e->dict = dict_new();
    dict_set_str(e->dict.get(), str_intern("name"), Val(module_name.get()));
    return raise_value(exception);
}

// A minimal module spec: a namespace with name, origin, cached, parent and _initializing.
Value make_spec(const std::string& name, const std::string& origin, const std::string& cached, bool package)
{
    Ref<ModuleObject> spec = module_new(str_intern("ModuleSpec"));
    DictObject* d = spec->dict.get();
    dict_set_str(d, str_intern("name"), Val(str_from_utf8(name).get()));
    dict_set_str(d, str_intern("origin"), origin.empty() ? none() : Val(str_from_utf8(origin).get()));
    dict_set_str(d, str_intern("cached"), cached.empty() ? none() : Val(str_from_utf8(cached).get()));
    size_t dot = name.rfind('.');
    std::string parent = package ? name : (dot == std::string::npos ? "" : name.substr(0, dot));
    dict_set_str(d, str_intern("parent"), Val(str_from_utf8(parent).get()));
    dict_set_str(d, str_intern("_initializing"), Val(g_true));
    return Value(std::move(spec));
}

Result<Value> load_source_module(const std::string& fullname, const std::string& path, bool package)
{
    struct stat st;
    if (stat(path.c_str(), &st) != 0)
        return raise_os_error(errno, Val(str_from_utf8(path).get()));
    std::ifstream file(path, std::ios::binary);
    std::stringstream buffer;
    buffer << file.rdbuf();
    std::string source = buffer.str();
    int64_t mtime = int64_t(st.st_mtime);
    int64_t size = int64_t(st.st_size);
    std::string cached = cache_path_for(path);
    Ref<StrObject> filename = str_from_utf8(path);
    std::string why;
    Ref<CodeObject> code = pycache_read(cached, mtime, size, why);
    if (code) {
        verbose("# code object from '" + cached + "'");
    } else {
        if (why != strerror(ENOENT))
            verbose("# bytecode from '" + cached + "' ignored: " + why);
        code = TRY(compile::compile_source(source, filename.get(), compile::Mode::Exec));
        if (!writing_disabled()) {
            if (pycache_write(cached, code.get(), mtime, size))
                verbose("# created '" + cached + "'");
            else
                verbose("# could not write '" + cached + "'");
        }
    }
    Ref<ModuleObject> module = module_new(str_from_utf8(fullname).get());
    DictObject* dict = module->dict.get();
    dict_set_str(dict, NAME_OF(__file__), Val(filename.get()));
    dict_set_str(dict, NAME_OF(__cached__), Val(str_from_utf8(cached).get()));
    dict_set_str(dict, NAME_OF(__builtins__), Val(s_builtins));
    size_t dot = fullname.rfind('.');
    std::string parent = package ? fullname : (dot == std::string::npos ? "" : fullname.substr(0, dot));
    dict_set_str(dict, NAME_OF(__package__), Val(str_from_utf8(parent).get()));
    Value spec = make_spec(fullname, path, cached, package);
    dict_set_str(dict, NAME_OF(__spec__), spec);
    if (package) {
        size_t slash = path.rfind('/');
        Ref<ListObject> search = list_new();
        list_append(search.get(), Value(str_from_utf8(path.substr(0, slash))));
        dict_set_str(dict, NAME_OF(__path__), Val(search.get()));
    }
    Ref<StrObject> key = str_from_utf8(fullname);
    TRY(dict_set(s_modules, Val(key.get()), Val(module.get())));
    auto result = vm::eval_code(code.get(), dict);
    dict_set_str(spec.as<ModuleObject>()->dict.get(), str_intern("_initializing"), Val(g_false));
    if (result.is_error()) {
        Value saved = fetch_error();
        (void)dict_delete(s_modules, Val(key.get()));
        restore_error(std::move(saved));
        return Error {};
    }
    verbose("import '" + fullname + "' # from '" + path + "'");
    Val final_module = MUST(dict_get(s_modules, Val(key.get())));
    if (!final_module)
        return raise(&g_exc_ImportError, "Loaded module {} not found in sys.modules", key.get());
    return Value::borrow(final_module);
}

// Runs a module of Ginger's own library from the bytecode linked into the binary.
Result<Value> load_frozen_module(const std::string& fullname, const FrozenModule& frozen)
{
    std::string why;
    Ref<CodeObject> code = compile::unmarshal_code(std::string_view(reinterpret_cast<const char*>(frozen.code), frozen.size), why);
    if (!code)
        return raise(&g_exc_ImportError, "frozen module {} is damaged: {}", fullname, why);
    Ref<ModuleObject> module = module_new(str_from_utf8(fullname).get());
    DictObject* dict = module->dict.get();
    dict_set_str(dict, NAME_OF(__builtins__), Val(s_builtins));
    size_t dot = fullname.rfind('.');
    std::string parent = frozen.is_package ? fullname : (dot == std::string::npos ? "" : fullname.substr(0, dot));
    dict_set_str(dict, NAME_OF(__package__), Val(str_from_utf8(parent).get()));
    Value spec = make_spec(fullname, "frozen", "", frozen.is_package);
    dict_set_str(dict, NAME_OF(__spec__), spec);
    if (frozen.is_package)
        dict_set_str(dict, NAME_OF(__path__), Val(list_new().get()));
    Ref<StrObject> key = str_from_utf8(fullname);
    TRY(dict_set(s_modules, Val(key.get()), Val(module.get())));
    auto result = vm::eval_code(code.get(), dict);
    dict_set_str(spec.as<ModuleObject>()->dict.get(), str_intern("_initializing"), Val(g_false));
    if (result.is_error()) {
        Value saved = fetch_error();
        (void)dict_delete(s_modules, Val(key.get()));
        restore_error(std::move(saved));
        return Error {};
    }
    verbose("import '" + fullname + "' # <class '_frozen_importlib.FrozenImporter'>");
    Val final_module = MUST(dict_get(s_modules, Val(key.get())));
    return Value::borrow(final_module);
}

// Searches `paths` (sys.path or a package's __path__) for `name`.
// The modules CPython 3.12 itself freezes (_imp._frozen_module_names()): its FrozenImporter finds them before
// sys.path, so a file beside the script cannot shadow them. Ginger's other lib/ modules stand for files of
// CPython's standard library directory, so they are looked for after sys.path, where a script's own
// operator.py wins as it does in CPython.
bool frozen_before_path(std::string_view name)
{
    static constexpr std::string_view names[] = { "_collections_abc", "_sitebuiltins", "abc", "codecs", "genericpath", "importlib.machinery",
                                                  "importlib.util", "io", "ntpath", "os", "os.path", "posixpath", "runpy", "site", "stat", "zipimport" };
    for (std::string_view n : names)
        if (n == name)
            return true;
    return false;
}

Result<Value> find_and_load(const std::string& fullname, const std::string& name, Val paths)
{
    const FrozenModule* frozen = find_frozen_module(fullname);
    if (frozen && frozen_before_path(fullname))
        return load_frozen_module(fullname, *frozen);
    if (fullname.find('.') == std::string::npos) {
        for (const NativeModule& native : s_native_modules) {
            if (fullname == native.name) {
                Ref<ModuleObject> module = native.create();
                TRY(dict_set(s_modules, Val(str_from_utf8(fullname).get()), Val(module.get())));
                verbose("import '" + fullname + "' # <class '_frozen_importlib.BuiltinImporter'>");
                return Value(std::move(module));
            }
        }
    }
    if (paths && is_list(paths)) {
        Ref<TupleObject> entries = TRY(sequence_tuple(paths));
        for (int64_t i = 0; i < entries->size; ++i) {
            Val entry = entries->item(i);
            if (!is_str(entry))
                continue;
            std::string dir(entry.as<StrObject>()->view());
            if (dir.empty())
                dir = ".";
            // Ginger's own library comes before the CPython standard library it stands in for.
            if (frozen && dir == g_import_config.stdlib_path)
                return load_frozen_module(fullname, *frozen);
            struct stat st;
            std::string package_init = dir + "/" + name + "/__init__.py";
            if (file_exists(package_init, st))
                return load_source_module(fullname, package_init, true);
            std::string file = dir + "/" + name + ".py";
            if (file_exists(file, st))
                return load_source_module(fullname, file, false);
        }
    }
    if (frozen)
        return load_frozen_module(fullname, *frozen);
    return module_not_found("No module named '" + fullname + "'", fullname);
}

Result<Value> import_dotted(const std::string& fullname)
{
    Val parent;
    size_t start = 0;
    Value result;
    while (true) {
        size_t dot = fullname.find('.', start);
        std::string prefix = fullname.substr(0, dot);
        std::string component = fullname.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        Ref<StrObject> key = str_from_utf8(prefix);
        Val existing = MUST(dict_get(s_modules, Val(key.get())));
        if (existing && !is_none(existing)) {
            result = Value::borrow(existing);
        } else {
            Val paths;
            Value parent_path;
            if (parent) {
                parent_path = TRY(get_attr_maybe(parent, NAME_OF(__path__)));
                if (!parent_path)
                    return module_not_found("No module named '" + prefix + "'; '" + fullname.substr(0, start - 1) + "' is not a package", prefix);
                paths = parent_path;
            } else {
                paths = dict_get_str(s_sys->dict.get(), NAME_OF(path));
            }
            result = TRY(find_and_load(prefix, component, paths));
            if (parent)
                TRY(set_attr(parent, str_intern(component), result));
        }
        if (dot == std::string::npos)
            return result;
        parent = MUST(dict_get(s_modules, Val(key.get())));
        start = dot + 1;
    }
}

Result<std::string> resolve_relative(const std::string& name, Val globals, int level)
{
    Val package;
    if (globals && is_dict(globals)) {
        package = dict_get_str(globals.as<DictObject>(), NAME_OF(__package__));
        if (!package || is_none(package)) {
            Val module_name = dict_get_str(globals.as<DictObject>(), NAME_OF(__name__));
            if (module_name && is_str(module_name)) {
                if (dict_get_str(globals.as<DictObject>(), NAME_OF(__path__))) {
                    package = module_name;
                } else {
                    std::string_view n = module_name.as<StrObject>()->view();
                    size_t dot = n.rfind('.');
                    package = dot == std::string_view::npos ? Val() : Val(str_from_utf8(n.substr(0, dot)).leak());
                }
            }
        }
    }
    if (!package || !is_str(package) || package.as<StrObject>()->length == 0)
        return raise(&g_exc_ImportError, "attempted relative import with no known parent package");
    std::string base(package.as<StrObject>()->view());
    for (int i = 1; i < level; ++i) {
        size_t dot = base.rfind('.');
        if (dot == std::string::npos)
            return raise(&g_exc_ImportError, "attempted relative import beyond top-level package");
        base.resize(dot);
    }
    return name.empty() ? base : base + "." + name;
}

}  // namespace

const FrozenModule* find_frozen_module(std::string_view name)
{
    for (size_t i = 0; i < g_frozen_module_count; ++i) {
        if (name == g_frozen_modules[i].name)
            return &g_frozen_modules[i];
    }
    return nullptr;
}

DictObject* import_modules_dict() { return s_modules; }
Val import_lookup_builtins() { return Val(s_builtins); }

void import_init(ModuleObject* sys, ModuleObject* builtins)
{
    s_sys = sys;
    s_builtins = builtins;
    s_modules = dict_new().leak();
    dict_set_str(s_modules, str_intern("sys"), Val(sys));
    dict_set_str(s_modules, str_intern("builtins"), Val(builtins));
    dict_set_str(sys->dict.get(), NAME_OF(modules), Val(s_modules));
}

Val import_lookup_module(StrObject* name)
{
    auto r = dict_get(s_modules, Val(name));
    if (r.is_error()) {
        clear_error();
        return Val();
    }
    return r.release_value();
}

Result<Value> import_module(std::string_view name) { return import_dotted(std::string(name)); }

Result<Value> import_module_level(StrObject* name_object, Val globals, Val fromlist, int level)
{
    std::string name(name_object->view());
    std::string fullname = name;
    if (level > 0)
        fullname = TRY(resolve_relative(name, globals, level));
    else if (name.empty())
        return raise(&g_exc_ValueError, "Empty module name");
    Value module = TRY(import_dotted(fullname));
    bool has_fromlist = fromlist && !is_none(fromlist) && TRY(is_truthy(fromlist));
    if (!has_fromlist) {
        if (level == 0 && name.find('.') != std::string::npos) {
            Ref<StrObject> top = str_from_utf8(name.substr(0, name.find('.')));
            Val top_module = MUST(dict_get(s_modules, Val(top.get())));
            if (top_module)
                return Value::borrow(top_module);
        }
        return module;
    }
    // from package import submodule: import the submodules named in fromlist.
    Value path = TRY(get_attr_maybe(module, NAME_OF(__path__)));
    if (path) {
        Ref<TupleObject> names = TRY(sequence_tuple(fromlist));
        for (int64_t i = 0; i < names->size; ++i) {
            Val item = names->item(i);
            if (!is_str(item) || item.as<StrObject>()->view() == "*")
                continue;
            Value existing = TRY(get_attr_maybe(module, item.as<StrObject>()));
            if (existing)
                continue;
            std::string sub = fullname + "." + std::string(item.as<StrObject>()->view());
            auto r = import_dotted(sub);
            if (r.is_error()) {
                // Only the submodule itself being absent is ignored (IMPORT_FROM then reports the name); an
                // import failing inside it propagates.
                if (!error_matches(&g_exc_ModuleNotFoundError))
                    return Error {};
                Value exception = fetch_error();
                Value missing = TRY(get_attr_maybe(exception, str_intern("name")));
                if (!missing || !is_str(missing) || missing.as<StrObject>()->view() != sub)
                    return raise_value(exception);
            }
        }
    }
    return module;
}

std::string import_find_module_file(std::string_view name)
{
    Val paths = dict_get_str(s_sys->dict.get(), NAME_OF(path));
    if (!paths || !is_list(paths))
        return {};
    auto* list = paths.as<ListObject>();
    std::string relative(name);
    for (char& c : relative) {
        if (c == '.')
            c = '/';
    }
    for (int64_t i = 0; i < list->size; ++i) {
        Val entry = list->item(i);
        if (!is_str(entry))
            continue;
        std::string dir(entry.as<StrObject>()->view());
        if (dir.empty())
            dir = ".";
        struct stat st;
        std::string main_file = dir + "/" + relative + "/__main__.py";
        if (file_exists(main_file, st))
            return main_file;
        std::string file = dir + "/" + relative + ".py";
        if (file_exists(file, st))
            return file;
    }
    return {};
}

}  // namespace ginger
