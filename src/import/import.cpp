// Finding and loading modules: native modules, then sources on sys.path (or a package's __path__),
// with the bytecode cached in __pycache__. The search runs here in C++; the first real import loads
// _frozen_importlib and _frozen_importlib_external (lib/), whose ModuleSpec, BuiltinImporter,
// FrozenImporter and PathFinder describe what this file does. sys.meta_path and sys.path_hooks are
// honoured: while they hold only those default objects the C++ search runs alone, otherwise each
// entry is consulted in order and the ones written in Python are called.
#include "import/import.h"
#include "compile/compiler.h"
#include "import/frozen.h"
#include "import/pycache.h"
#include "compile/marshal.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/gil.h"
#include "vm/signals.h"
#include "vm/thread_state.h"
#include "vm/warnings.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <ctime>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace ginger {

ImportConfig g_import_config;

Ref<ModuleObject> opcode_module_create();       // modules/opcode.cpp
Ref<ModuleObject> ginger_ast_module_create();   // modules/ginger_ast.cpp
Ref<ModuleObject> math_module_create();         // modules/math.cpp
Ref<ModuleObject> cmath_module_create();        // modules/cmath.cpp
Ref<ModuleObject> time_module_create();         // modules/time.cpp
Ref<ModuleObject> sre_module_create();          // modules/sre.cpp
Ref<ModuleObject> tokenize_module_create();     // modules/tokenize.cpp
Ref<ModuleObject> random_module_create();       // modules/random.cpp
Ref<ModuleObject> sha2_module_create();         // modules/sha2.cpp
Ref<ModuleObject> md5_module_create();          // modules/hashes.cpp
Ref<ModuleObject> sha1_module_create();         // modules/hashes.cpp
Ref<ModuleObject> sha3_module_create();         // modules/hashes.cpp
Ref<ModuleObject> blake2_module_create();       // modules/hashes.cpp
Ref<ModuleObject> zlib_module_create();         // modules/zlib.cpp
Ref<ModuleObject> unicodedata_module_create();  // modules/unicodedata.cpp
Ref<ModuleObject> posix_module_create();        // modules/posix.cpp
Ref<ModuleObject> pwd_module_create();          // modules/pwd_grp.cpp
Ref<ModuleObject> grp_module_create();          // modules/pwd_grp.cpp
Ref<ModuleObject> fcntl_module_create();        // modules/fcntl.cpp
Ref<ModuleObject> resource_module_create();     // modules/resource.cpp
Ref<ModuleObject> syslog_module_create();       // modules/syslog.cpp
Ref<ModuleObject> termios_module_create();      // modules/termios.cpp
Ref<ModuleObject> faulthandler_module_create(); // modules/faulthandler.cpp
Ref<ModuleObject> weakref_module_create();      // objects/weakref.cpp
Ref<ModuleObject> marshal_module_create();      // modules/marshal.cpp
Ref<ModuleObject> codecs_module_create();       // modules/codecs.cpp
Ref<ModuleObject> imp_module_create();          // modules/imp.cpp
Ref<ModuleObject> io_module_create();           // modules/_io.cpp
Ref<ModuleObject> errno_module_create();        // modules/errno.cpp
Ref<ModuleObject> gc_module_create();           // modules/gc.cpp
Ref<ModuleObject> signal_module_create();       // modules/signal.cpp
Ref<ModuleObject> thread_module_create();       // modules/thread.cpp
Ref<ModuleObject> atexit_module_create();       // modules/atexit.cpp
Ref<ModuleObject> struct_module_create();       // modules/struct.cpp
Ref<ModuleObject> stat_module_create();         // modules/stat.cpp
Ref<ModuleObject> binascii_module_create();     // modules/binascii.cpp
Ref<ModuleObject> json_module_create();         // modules/json.cpp
Ref<ModuleObject> socket_module_create();       // modules/socket.cpp
Ref<ModuleObject> select_module_create();       // modules/select.cpp
Ref<ModuleObject> posixsubprocess_module_create();  // modules/posixsubprocess.cpp
Ref<ModuleObject> array_module_create();        // modules/array.cpp
Ref<ModuleObject> locale_module_create();       // modules/locale.cpp
Ref<ModuleObject> symtable_module_create();     // modules/symtable.cpp
Ref<ModuleObject> itertools_module_create();    // modules/itertools.cpp
Ref<ModuleObject> contextvars_module_create();  // modules/contextvars.cpp
Ref<ModuleObject> collections_module_create();  // modules/collections.cpp
Ref<ModuleObject> functools_module_create();    // modules/functools.cpp
Ref<ModuleObject> heapq_module_create();        // modules/heapq_bisect.cpp
Ref<ModuleObject> bisect_module_create();       // modules/heapq_bisect.cpp
Ref<ModuleObject> decimal_helpers_module_create();  // modules/decimal_helpers.cpp
Ref<ModuleObject> abc_module_create();          // modules/abc.cpp
Ref<ModuleObject> operator_module_create();     // modules/operator.cpp
Ref<ModuleObject> string_module_create();       // modules/string.cpp

namespace {

ModuleObject* s_sys = nullptr;
ModuleObject* s_builtins = nullptr;
DictObject* s_modules = nullptr;
Val s_default_import;  // builtins.__import__ as the runtime made it

struct NativeModule {
    const char* name;
    Ref<ModuleObject> (*create)();
};
const NativeModule s_native_modules[] = {
    { "_opcode", opcode_module_create },
    { "_ginger_ast", ginger_ast_module_create },
    { "math", math_module_create },
    { "cmath", cmath_module_create },
    { "time", time_module_create },
    { "_sre", sre_module_create },
    { "unicodedata", unicodedata_module_create },
    { "_random", random_module_create },
    { "_tokenize", tokenize_module_create },
    { "_sha2", sha2_module_create },
    { "_md5", md5_module_create },
    { "_sha1", sha1_module_create },
    { "_sha3", sha3_module_create },
    { "_blake2", blake2_module_create },
    { "zlib", zlib_module_create },
    { "posix", posix_module_create },
    { "pwd", pwd_module_create },
    { "grp", grp_module_create },
    { "fcntl", fcntl_module_create },
    { "resource", resource_module_create },
    { "syslog", syslog_module_create },
    { "termios", termios_module_create },
    { "faulthandler", faulthandler_module_create },
    { "_weakref", weakref_module_create },
    { "marshal", marshal_module_create },
    { "_codecs", codecs_module_create },
    { "_imp", imp_module_create },
    { "_io", io_module_create },
    { "errno", errno_module_create },
    { "gc", gc_module_create },
    { "_signal", signal_module_create },
    { "_thread", thread_module_create },
    { "atexit", atexit_module_create },
    { "_struct", struct_module_create },
    { "_stat", stat_module_create },
    { "binascii", binascii_module_create },
    { "_json", json_module_create },
    { "_socket", socket_module_create },
    { "select", select_module_create },
    { "_posixsubprocess", posixsubprocess_module_create },
    { "array", array_module_create },
    { "_locale", locale_module_create },
    { "_symtable", symtable_module_create },
    { "itertools", itertools_module_create },
    { "_contextvars", contextvars_module_create },
    { "_collections", collections_module_create },
    { "_functools", functools_module_create },
    { "_heapq", heapq_module_create },
    { "_decimal_helpers", decimal_helpers_module_create },
    { "_bisect", bisect_module_create },
    { "_abc", abc_module_create },
    { "_operator", operator_module_create },
    { "_string", string_module_create },
    { "_warnings", warnings_module_create },
};

// The Python half of the import system (_frozen_importlib), loaded by the first import.
enum class Boot { NotYet, Running, Ready, Unavailable };
Boot s_boot = Boot::NotYet;
struct Bootstrap {
    Value builtin_importer, frozen_importer, path_finder;  // the default sys.meta_path entries
    Value default_hook;                                    // the default sys.path_hooks entry
    Value setup;                                           // _ginger_setup(module, kind, origin, cached, package)
    Value load_unlocked;                                   // _load_unlocked(spec)
    Value module_repr;                                     // _module_repr(module)
    Value file_finder;                                     // FileFinder, what the default hook makes
};
Bootstrap* s_bootstrap = nullptr;

// The kinds of module _ginger_setup describes.
enum class Kind { Builtin = 0, Frozen = 1, Source = 2, Namespace = 3, Sourceless = 4 };

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

// Describes a module the C++ search found, through _frozen_importlib._ginger_setup: __spec__,
// __loader__, __package__, __path__, __file__ and __cached__. Returns the spec, or null before the
// bootstrap is ready (the caller then sets the attributes itself).
Result<Value> setup_module(ModuleObject* module, Kind kind, const std::string& origin, const std::string& cached, Val package)
{
    if (s_boot != Boot::Ready)
        return Value();
    Value origin_value = origin.empty() ? none_value() : Value(str_from_utf8(origin));
    Value cached_value = cached.empty() ? none_value() : Value(str_from_utf8(cached));
    return call(s_bootstrap->setup, { Val(module), Val::small_int(int64_t(kind)), origin_value, cached_value, package });
}

// spec._initializing = False once the module has run (set to True by _ginger_setup).
void finish_spec(Val spec)
{
    if (!spec || is_none(spec))
        return;
    if (spec.type() == &g_module_type) {
        dict_set_str(spec.as<ModuleObject>()->dict.get(), str_intern("_initializing"), Val(g_false));
        return;
    }
    Value saved = g_thread->current_exception ? fetch_error() : Value();
    if (set_attr(spec, str_intern("_initializing"), Val(g_false)).is_error())
        clear_error();
    if (saved)
        restore_error(std::move(saved));
}

// sys.pycache_prefix, if a program set it: the .pyc then lives under that tree.
std::string cache_path(const std::string& source_path)
{
    Val prefix = dict_get_str(s_sys->dict.get(), str_intern("pycache_prefix"));
    if (!prefix || !is_str(prefix))
        return cache_path_for(source_path);
    std::string absolute = source_path;
    if (absolute.empty() || absolute[0] != '/') {
        char buffer[4096];
        if (getcwd(buffer, sizeof buffer))
            absolute = std::string(buffer) + "/" + absolute;
    }
    size_t slash = absolute.rfind('/');
    std::string file = absolute.substr(slash + 1);
    if (file.size() > 3 && file.ends_with(".py"))
        file.resize(file.size() - 3);
    std::string base(prefix.as<StrObject>()->view());
    while (base.size() > 1 && base.back() == '/')
        base.pop_back();
    return base + absolute.substr(0, slash) + "/" + file + cache_file_suffix();
}

Result<Ref<CodeObject>> source_code(const std::string& path, std::string& cached)
{
    struct stat st;
    if (stat(path.c_str(), &st) != 0)
        return raise_os_error(errno, Val(str_from_utf8(path).get()));
    int64_t mtime = int64_t(st.st_mtime);
    int64_t size = int64_t(st.st_size);
    cached = cache_path(path);
    std::string why;
    uint32_t flags = 0;
    Ref<CodeObject> code = pycache_read(cached, PycSource { mtime, size, &path }, why, &flags);
    if (code) {
        verbose("# code object from '" + cached + "'");
        return code;
    }
    if (why != strerror(ENOENT))
        verbose("# bytecode from '" + cached + "' ignored: " + why);
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return raise_os_error(errno, Val(str_from_utf8(path).get()));
    std::stringstream buffer;
    buffer << file.rdbuf();
    std::string source = buffer.str();
    Ref<StrObject> filename = str_from_utf8(path);
    code = TRY(compile::compile_source(source, filename.get(), compile::Mode::Exec));
    if (!writing_disabled()) {
        // As CPython's SourceLoader: a hash-based file is rewritten hash-based, keeping its check_source flag.
        std::string data = (flags & PYC_HASH_BASED)
            ? pycache_serialize_hash(code.get(), source_hash(pycache_magic(), source), flags & PYC_CHECK_SOURCE)
            : pycache_serialize(code.get(), mtime, size);
        if (pycache_write_data(cached, data))
            verbose("# created '" + cached + "'");
        else
            verbose("# could not write '" + cached + "'");
    }
    return code;
}
// The end of every load: the module goes into sys.modules, its code runs in its dict, and the import
// returns what sys.modules then holds (the module may have replaced or removed itself); on error the
// entry goes.
Result<Value> exec_in_sys_modules(const std::string& fullname, ModuleObject* module, CodeObject* code, Val spec,
                                  const std::string& origin)
{
    Ref<StrObject> key = str_from_utf8(fullname);
    TRY(dict_set(s_modules, Val(key.get()), Val(module)));
    auto result = vm::eval_code(code, module->dict.get());
    finish_spec(spec);
    if (result.is_error()) {
        Value saved = fetch_error();
        (void)dict_delete(s_modules, Val(key.get()));
        restore_error(std::move(saved));
        return Error {};
    }
    verbose("import '" + fullname + "' # " + origin);
    Val final_module = TRY(dict_get(s_modules, Val(key.get())));
    if (!final_module)  // as CPython's sys.modules.pop(name) fails
        return raise_key_error(Val(key.get()));
    return Value::borrow(final_module);
}


// A .pyc file imported in place of its source (CPython's SourcelessFileLoader): checked as every cache file
// is, but not validated against a source; errors are CPython's.
Result<Ref<CodeObject>> sourceless_code_from(std::string_view data, Val name)
{
    std::string why;
    uint32_t magic = pycache_magic();
    if (data.size() < 4 || memcmp(data.data(), &magic, 4) != 0) {
        Ref<BytesObject> found = bytes_from(std::string_view(data).substr(0, 4));
        (void)raise(&g_exc_ImportError, "bad magic number in {!r}: {!r}", name, Val(found.get()));
        // With the module's name, as CPython's ImportError (runpy tells it from an error of the module's code).
        Value error = fetch_error();
        if (set_attr(error.get(), str_intern("name"), name).is_error())
            clear_error();
        restore_error(std::move(error));
        return Error {};
    }
    if (data.size() < 16)
        return raise(&g_exc_EOFError, "reached EOF while reading pyc header of {!r}", name);
    uint32_t flags = uint32_t(uint8_t(data[4])) | uint32_t(uint8_t(data[5])) << 8 | uint32_t(uint8_t(data[6])) << 16 | uint32_t(uint8_t(data[7])) << 24;
    if (flags & ~(PYC_HASH_BASED | PYC_CHECK_SOURCE))
        return raise(&g_exc_ImportError, "invalid flags {} in {!r}", int64_t(flags), name);
    PycSource source;
    source.sourceless = true;
    Ref<CodeObject> code = pycache_check(data, source, why);
    if (!code)
        return raise(&g_exc_ImportError, "{} in {!r}", why, name);
    return code;
}

Result<Ref<CodeObject>> sourceless_code(const std::string& path, Val name)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return raise_os_error(errno, Val(str_from_utf8(path).get()));
    std::stringstream buffer;
    buffer << file.rdbuf();
    Ref<CodeObject> code = TRY(sourceless_code_from(buffer.str(), name));
    verbose("# code object from '" + path + "'");
    return code;
}

Result<Value> load_source_module(const std::string& fullname, const std::string& path, bool package, bool sourceless = false)
{
    std::string cached;
    Ref<CodeObject> code;
    if (sourceless) {
        code = TRY(sourceless_code(path, Val(str_from_utf8(fullname).get())));
        cached = path;
    } else {
        code = TRY(source_code(path, cached));
    }
    Ref<StrObject> filename = str_from_utf8(path);
    Ref<ModuleObject> module = module_new(str_from_utf8(fullname).get());
    DictObject* dict = module->dict.get();
    dict_set_str(dict, NAME_OF(__builtins__), Val(s_builtins));
    Value spec = TRY(setup_module(module.get(), sourceless ? Kind::Sourceless : Kind::Source, path, cached, Val(package ? g_true : g_false)));
    if (!spec) {
        dict_set_str(dict, NAME_OF(__file__), Val(filename.get()));
        dict_set_str(dict, NAME_OF(__cached__), Val(str_from_utf8(cached).get()));
        size_t dot = fullname.rfind('.');
        std::string parent = package ? fullname : (dot == std::string::npos ? "" : fullname.substr(0, dot));
        dict_set_str(dict, NAME_OF(__package__), Val(str_from_utf8(parent).get()));
        spec = make_spec(fullname, path, cached, package);
        dict_set_str(dict, NAME_OF(__spec__), spec);
        if (package) {
            size_t slash = path.rfind('/');
            Ref<ListObject> search = list_new();
            list_append(search.get(), Value(str_from_utf8(path.substr(0, slash))));
            dict_set_str(dict, NAME_OF(__path__), Val(search.get()));
        }
    }
    return exec_in_sys_modules(fullname, module.get(), code.get(), spec, "from '" + path + "'");
}

// Runs a module of Ginger's own library from the bytecode linked into the binary.
Result<Value> load_frozen_module(const std::string& fullname, const FrozenModule& frozen)
{
    std::string why;
    Ref<CodeObject> code = compile::unmarshal_code(std::string_view(reinterpret_cast<const char*>(frozen.code), frozen.size), why, compile::Verify::No);
    if (!code)
        return raise(&g_exc_ImportError, "frozen module {} is damaged: {}", fullname, why);
    Ref<ModuleObject> module = module_new(str_from_utf8(fullname).get());
    DictObject* dict = module->dict.get();
    dict_set_str(dict, NAME_OF(__builtins__), Val(s_builtins));
    Value spec = TRY(setup_module(module.get(), Kind::Frozen, "", "", Val(frozen.is_package ? g_true : g_false)));
    if (!spec) {
        size_t dot = fullname.rfind('.');
        std::string parent = frozen.is_package ? fullname : (dot == std::string::npos ? "" : fullname.substr(0, dot));
        dict_set_str(dict, NAME_OF(__package__), Val(str_from_utf8(parent).get()));
        // While the bootstrap itself loads, specs wait for _install(), which gives them.
        if (s_boot != Boot::Running) {
            spec = make_spec(fullname, "frozen", "", frozen.is_package);
            dict_set_str(dict, NAME_OF(__spec__), spec);
        }
        if (frozen.is_package)
            dict_set_str(dict, NAME_OF(__path__), Val(list_new().get()));
    }
    return exec_in_sys_modules(fullname, module.get(), code.get(), spec,
                               "<class '_frozen_importlib.FrozenImporter'>");
}

// The modules CPython 3.12 itself freezes (_imp._frozen_module_names(), importlib._bootstrap under its
// frozen name _frozen_importlib): its FrozenImporter finds them before sys.path, so a file beside the
// script cannot shadow them. Of these Ginger ships _frozen_importlib, _frozen_importlib_external,
// _collections_abc, abc, importlib.machinery, importlib.util, os and posixpath (the
// others are listed for when they come). Ginger's other lib/ modules, `importlib` itself included, stand
// for files of CPython's standard library directory, so they are looked for after sys.path, where a
// script's own operator.py wins as it does in CPython.
bool frozen_before_path(std::string_view name)
{
    static constexpr std::string_view names[] = { "_collections_abc", "_frozen_importlib", "_frozen_importlib_external", "_sitebuiltins", "abc", "codecs",
                                                  "genericpath", "importlib._bootstrap", "importlib._bootstrap_external", "importlib.machinery",
                                                  "importlib.util", "io", "ntpath", "os", "os.path", "posixpath", "runpy", "site", "stat", "zipimport" };
    for (std::string_view n : names)
        if (n == name)
            return true;
    return false;
}

const NativeModule* find_native(std::string_view name)
{
    for (const NativeModule& native : s_native_modules) {
        if (name == native.name)
            return &native;
    }
    return nullptr;
}

Result<Value> load_native_module(const std::string& fullname, const NativeModule& native)
{
    Ref<ModuleObject> module = native.create();
    Value spec = TRY(setup_module(module.get(), Kind::Builtin, "", "", Val(g_false)));
    finish_spec(spec);  // a native module is complete once created (no "partially initialized" errors)
    TRY(dict_set(s_modules, Val(str_from_utf8(fullname).get()), Val(module.get())));
    verbose("import '" + fullname + "' # <class '_frozen_importlib.BuiltinImporter'>");
    return Value(std::move(module));
}

// A namespace package (PEP 420): directories named like the package, none holding __init__.py.
Result<Value> load_namespace_package(const std::string& fullname, const std::vector<std::string>& directories)
{
    Ref<ModuleObject> module = module_new(str_from_utf8(fullname).get());
    Ref<ListObject> portions = list_new();
    for (const std::string& directory : directories)
        list_append(portions.get(), Value(str_from_utf8(directory)));
    Value spec = TRY(setup_module(module.get(), Kind::Namespace, "", "", Val(portions.get())));
    if (!spec) {
        dict_set_str(module->dict.get(), NAME_OF(__package__), Val(str_from_utf8(fullname).get()));
        dict_set_str(module->dict.get(), NAME_OF(__path__), Val(portions.get()));
    }
    finish_spec(spec);
    TRY(dict_set(s_modules, Val(str_from_utf8(fullname).get()), Val(module.get())));
    verbose("import '" + fullname + "' # namespace package");
    return Value(std::move(module));
}

bool directory_exists(const std::string& path)
{
    struct stat st;
    return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Loads a spec found by a finder written in Python; null for no spec.
Result<Value> load_spec(Val spec)
{
    if (!spec || is_none(spec))
        return Value();
    return call(s_bootstrap->load_unlocked, { spec });
}

// What PathFinder does with the default path hook: each directory of `paths` in turn, Ginger's
// library at the CPython library directory it stands in for, then namespace packages. Null if
// nothing was found.
Result<Value> path_find_and_load(const std::string& fullname, const std::string& name, Val paths, const FrozenModule* frozen)
{
    // FileFinder only matches names listed in a directory: '', '.', '..' and names holding a '/' never are
    // (without this, __import__('/') found the root directory as a namespace package).
    if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos)
        return Value();
    std::vector<std::string> namespace_portions;
    DictObject* cache = nullptr;
    if (s_boot == Boot::Ready) {
        Val cache_value = dict_get_str(s_sys->dict.get(), str_intern("path_importer_cache"));
        if (cache_value && is_dict(cache_value))
            cache = cache_value.as<DictObject>();
    }
    if (paths && !is_none(paths)) {
        Ref<TupleObject> entries = TRY(sequence_tuple(paths));
        for (int64_t i = 0; i < entries->size; ++i) {
            Val entry = entries->item(i);
            if (!is_str(entry))
                continue;
            std::string dir(entry.as<StrObject>()->view());
            if (dir.empty()) {
                // '' is the current directory, and CPython's FileFinder names it absolutely.
                char buffer[4096];
                dir = getcwd(buffer, sizeof buffer) ? std::string(buffer) : std::string(".");
            }
            // Ginger's own library comes before the CPython standard library it stands in for.
            if (frozen && dir == g_import_config.stdlib_path)
                return load_frozen_module(fullname, *frozen);
            // sys.path_importer_cache, as PathFinder keeps it: the default hook's FileFinder for each
            // directory (made the first time, None for what is not a directory). The C++ search stands in
            // for FileFinder; a finder a program stored there itself is called.
            if (cache) {
                Ref<StrObject> key = str_from_utf8(dir);
                Val finder = TRY(dict_get(cache, Val(key.get())));
                if (!finder) {
                    auto made = call(s_bootstrap->default_hook, { Val(key.get()) });
                    if (made.is_error() && !error_matches(&g_exc_ImportError))
                        return Error {};
                    if (made.is_error())
                        clear_error();
                    TRY(dict_set(cache, Val(key.get()), made.is_error() ? none() : Val(made.value())));
                    finder = TRY(dict_get(cache, Val(key.get())));
                }
                if (finder && is_none(finder))
                    continue;
                if (finder && !Val(finder.type()).is(s_bootstrap->file_finder)) {
                    Value spec = TRY(call_method(finder, str_intern("find_spec"), { Val(str_from_utf8(fullname).get()) }));
                    if (is_none(spec))
                        continue;
                    Value loader = TRY(get_attr(spec, str_intern("loader")));
                    if (!is_none(loader))
                        return load_spec(spec);
                    Value portions = TRY(get_attr(spec, str_intern("submodule_search_locations")));
                    if (is_none(portions))
                        return raise(&g_exc_ImportError, "spec missing loader");
                    Ref<TupleObject> items = TRY(sequence_tuple(portions));
                    for (int64_t j = 0; j < items->size; ++j) {
                        if (is_str(items->item(j)))
                            namespace_portions.emplace_back(items->item(j).as<StrObject>()->view());
                    }
                    continue;
                }
            }
            struct stat st;
            std::string package_dir = dir + "/" + name;
            std::string package_init = package_dir + "/__init__.py";
            if (file_exists(package_init, st))
                return load_source_module(fullname, package_init, true);
            // As FileFinder: NAME.py, then a NAME.pyc in its place (a sourceless module), packages first.
            if (file_exists(package_init + "c", st))
                return load_source_module(fullname, package_init + "c", true, true);
            std::string file = dir + "/" + name + ".py";
            if (file_exists(file, st))
                return load_source_module(fullname, file, false);
            if (file_exists(file + "c", st))
                return load_source_module(fullname, file + "c", false, true);
            if (directory_exists(package_dir))
                namespace_portions.push_back(package_dir);
        }
    }
    if (frozen)
        return load_frozen_module(fullname, *frozen);
    if (!namespace_portions.empty())
        return load_namespace_package(fullname, namespace_portions);
    return Value();
}

bool is_default_path_hooks()
{
    Val hooks = dict_get_str(s_sys->dict.get(), str_intern("path_hooks"));
    return hooks && is_list(hooks) && hooks.as<ListObject>()->size == 1 && hooks.as<ListObject>()->item(0).is(s_bootstrap->default_hook);
}

Result<Value> find_and_load_default(const std::string& fullname, const std::string& name, Val paths)
{
    const FrozenModule* frozen = find_frozen_module(fullname);
    if (frozen && frozen_before_path(fullname))
        return load_frozen_module(fullname, *frozen);
    if (fullname.find('.') == std::string::npos) {
        if (const NativeModule* native = find_native(fullname))
            return load_native_module(fullname, *native);
    }
    return path_find_and_load(fullname, name, paths, frozen);
}

// sys.meta_path, one finder after another: Ginger's own three run in C++, others are called.
Result<Value> find_and_load_meta_path(const std::string& fullname, const std::string& name, Val paths, Val finder_path, Val meta_path)
{
    if (is_none(meta_path))
        return raise(&g_exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
    Ref<TupleObject> finders = TRY(sequence_tuple(meta_path));
    Ref<StrObject> fullname_object = str_from_utf8(fullname);
    const FrozenModule* frozen = nullptr;
    for (int64_t i = 0; i < finders->size; ++i) {
        Val finder = finders->item(i);
        Value found;
        if (finder.is(s_bootstrap->builtin_importer)) {
            const NativeModule* native = fullname.find('.') == std::string::npos ? find_native(fullname) : nullptr;
            if (native)
                return load_native_module(fullname, *native);
            continue;
        }
        if (finder.is(s_bootstrap->frozen_importer)) {
            frozen = find_frozen_module(fullname);
            if (frozen && frozen_before_path(fullname))
                return load_frozen_module(fullname, *frozen);
            continue;
        }
        if (finder.is(s_bootstrap->path_finder) && is_default_path_hooks()) {
            frozen = find_frozen_module(fullname);
            if (frozen && frozen_before_path(fullname))
                frozen = nullptr;
            found = TRY(path_find_and_load(fullname, name, paths, frozen));
            if (found)
                return found;
            continue;
        }
        Value find_spec = TRY(get_attr_maybe(finder, str_intern("find_spec")));
        if (!find_spec)
            continue;
        Value spec = TRY(call(find_spec, { Val(fullname_object.get()), finder_path ? finder_path : none(), none() }));
        found = TRY(load_spec(spec));
        if (found)
            return found;
    }
    return Value();
}

Result<Value> find_and_load_untimed(const std::string& fullname, const std::string& name, Val paths, bool top_level);

// -X importtime: as CPython, each import that finds and loads a module reports, when it is done, its own time
// and its time with the imports it made, indented by its depth.
Result<Value> find_and_load(const std::string& fullname, const std::string& name, Val paths, bool top_level)
{
    if (!g_import_config.import_time)
        return find_and_load_untimed(fullname, name, paths, top_level);
    static bool header_written = false;
    static int depth = 0;
    static int64_t nested_us = 0;  // the time of the imports made by the one under way
    if (!header_written) {
        fputs("import time: self [us] | cumulative | imported package\n", stderr);
        header_written = true;
    }
    auto now_us = [] {
        timespec t;
        clock_gettime(CLOCK_MONOTONIC, &t);
        return int64_t(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
    };
    int64_t outer_nested = nested_us;
    nested_us = 0;
    ++depth;
    int64_t start = now_us();
    auto result = find_and_load_untimed(fullname, name, paths, top_level);
    int64_t cumulative = now_us() - start;
    --depth;
    fprintf(stderr, "import time: %9lld | %10lld | %*s%s\n", static_cast<long long>(cumulative - nested_us),
            static_cast<long long>(cumulative), depth * 2, "", fullname.c_str());
    nested_us = outer_nested + cumulative;
    return result;
}

Result<Value> find_and_load_untimed(const std::string& fullname, const std::string& name, Val paths, bool top_level)
{
    if (s_boot == Boot::NotYet)
        TRY(import_bootstrap());
    Value found;
    Val meta_path = s_boot == Boot::Ready ? dict_get_str(s_sys->dict.get(), str_intern("meta_path")) : Val();
    bool default_meta_path = !meta_path
        || (is_list(meta_path) && meta_path.as<ListObject>()->size == 3 && meta_path.as<ListObject>()->item(0).is(s_bootstrap->builtin_importer)
            && meta_path.as<ListObject>()->item(1).is(s_bootstrap->frozen_importer) && meta_path.as<ListObject>()->item(2).is(s_bootstrap->path_finder));
    if (default_meta_path && (s_boot != Boot::Ready || is_default_path_hooks()))
        found = TRY(find_and_load_default(fullname, name, paths));
    else
        found = TRY(find_and_load_meta_path(fullname, name, paths, top_level ? Val() : paths, meta_path));
    if (found)
        return found;
    return module_not_found("No module named '" + fullname + "'", fullname);
}

// Modules being found and run, by name, with the thread doing it: another thread that wants one of them
// waits until it is done (CPython's per-module import locks), so that it never sees a half-run module,
// unless waiting would deadlock (the loader waits, directly or not, for a module this thread is loading);
// then it gets the partial module, as in CPython.
static std::unordered_map<std::string, ThreadState*> s_loading;

static bool import_would_deadlock(ThreadState* owner)
{
    for (size_t steps = 0; owner && steps < 1000; ++steps) {
        if (owner == g_thread)
            return true;
        if (owner->import_waiting_for.empty())
            return false;
        auto it = s_loading.find(owner->import_waiting_for);
        owner = it == s_loading.end() ? nullptr : it->second;
    }
    return false;
}

static Result<void> wait_for_module(const std::string& name)
{
    while (true) {
        auto it = s_loading.find(name);
        if (it == s_loading.end() || it->second == g_thread || import_would_deadlock(it->second))
            return {};
        g_thread->import_waiting_for = name;
        {
            GilRelease unlocked;
            timespec pause { 0, 200000 };
            nanosleep(&pause, nullptr);
        }
        g_thread->import_waiting_for.clear();
        if (g_interrupt_pending)
            TRY(run_pending_signals());
    }
}

// Records that this thread loads `name` for the guard's lifetime.
class LoadingGuard {
public:
    explicit LoadingGuard(const std::string& name) : m_name(name) { s_loading[name] = g_thread; }
    ~LoadingGuard() { s_loading.erase(m_name); }
    LoadingGuard(const LoadingGuard&) = delete;
    LoadingGuard& operator=(const LoadingGuard&) = delete;

private:
    std::string m_name;
};

Result<Value> import_dotted(const std::string& fullname)
{
    // A name starting with '.' ('.a.b'): CPython imports the parents first ('.a'), whose own parent is '', so
    // '.a' is looked up whole as a top-level name, and fails.
    if (!fullname.empty() && fullname[0] == '.') {
        std::string first = fullname.substr(0, fullname.find('.', 1));
        return module_not_found("No module named '" + first + "'", first);
    }
    Val parent;
    size_t start = 0;
    Value result;
    while (true) {
        size_t dot = fullname.find('.', start);
        std::string prefix = fullname.substr(0, dot);
        std::string component = fullname.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        Ref<StrObject> key = str_from_utf8(prefix);
        if (g_threads_started)
            TRY(wait_for_module(prefix));
        Val existing = TRY(dict_get(s_modules, Val(key.get())));
        if (existing) {
            if (is_none(existing))
                return module_not_found("import of " + prefix + " halted; None in sys.modules", prefix);
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
            LoadingGuard loading(prefix);
            result = TRY(find_and_load(prefix, component, paths, !parent));
            if (parent)
                TRY(set_attr(parent, str_intern(component), result));
        }
        if (dot == std::string::npos)
            return result;
        parent = TRY(dict_get(s_modules, Val(key.get())));
        start = dot + 1;
    }
}

// The absolute name of a relative import, with the errors of CPython's resolve_name (Python/import.c).
Result<std::string> resolve_relative(const std::string& name, Val globals, int level)
{
    if (!globals)
        return raise(&g_exc_KeyError, "'__name__' not in globals");
    if (!is_dict(globals))
        return raise(&g_exc_TypeError, "globals must be a dict");
    DictObject* dict = globals.as<DictObject>();
    Value package = Value::borrow(dict_get_str(dict, NAME_OF(__package__)));
    Val spec = dict_get_str(dict, NAME_OF(__spec__));
    if (package && !is_none(package)) {
        if (!is_str(package))
            return raise(&g_exc_TypeError, "package must be a string");
        if (spec && !is_none(spec)) {
            Value parent = TRY(get_attr(spec, str_intern("parent")));
            if (!TRY(rich_compare_bool(package.get(), parent.get(), CompareOp::Eq)))
                TRY(warn(&g_exc_DeprecationWarning, "__package__ != __spec__.parent"));
        }
    } else if (spec && !is_none(spec)) {
        package = TRY(get_attr(spec, str_intern("parent")));
        if (!is_str(package))
            return raise(&g_exc_TypeError, "__spec__.parent must be a string");
    } else {
        TRY(warn(&g_exc_ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__"));
        Val module_name = dict_get_str(dict, NAME_OF(__name__));
        if (!module_name)
            return raise(&g_exc_KeyError, "'__name__' not in globals");
        if (!is_str(module_name))
            return raise(&g_exc_TypeError, "__name__ must be a string");
        std::string_view n = module_name.as<StrObject>()->view();
        if (!dict_get_str(dict, NAME_OF(__path__))) {
            size_t dot = n.rfind('.');
            n = dot == std::string_view::npos ? std::string_view() : n.substr(0, dot);
        }
        package = Value(str_from_utf8(n));
    }
    std::string base(package.as<StrObject>()->view());
    if (base.empty())
        return raise(&g_exc_ImportError, "attempted relative import with no known parent package");
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
    // Until the first import loads _frozen_importlib, these are made on demand (module_getattr's
    // fallback calls import_lazy_attribute), so that `ginger -c pass` runs no Python.
    for (ModuleObject* module : { sys, builtins }) {
        (void)dict_delete(module->dict.get(), Val(NAME_OF(__spec__)));
        (void)dict_delete(module->dict.get(), Val(NAME_OF(__loader__)));
    }
    (void)dict_delete(sys->dict.get(), Val(str_intern("meta_path")));
    (void)dict_delete(sys->dict.get(), Val(str_intern("path_hooks")));
    (void)dict_delete(sys->dict.get(), Val(str_intern("path_importer_cache")));
    g_module_missing_attribute = import_lazy_attribute;
    s_default_import = dict_get_str(builtins->dict.get(), NAME_OF(__import__));
    Ref<ListObject> names = list_new();
    for (const char* name : { "builtins", "sys" })
        list_append(names.get(), Value(str_from_utf8(name)));
    for (const NativeModule& native : s_native_modules)
        list_append(names.get(), Value(str_from_utf8(native.name)));
    MUST(list_sort(names.get(), Val(), false));
    dict_set_str(sys->dict.get(), str_intern("builtin_module_names"), Val(MUST(sequence_tuple(Val(names.get()))).get()));
    g_module_repr_hook = import_module_repr;
}

Result<void> import_bootstrap()
{
    if (s_boot != Boot::NotYet)
        return {};
    const FrozenModule* core = find_frozen_module("_frozen_importlib");
    const FrozenModule* external = find_frozen_module("_frozen_importlib_external");
    if (!core || !external) {
        s_boot = Boot::Unavailable;  // ginger_freeze: an interpreter without lib/
        return {};
    }
    s_boot = Boot::Running;
    auto loaded = [&]() -> Result<Value> {
        Value core_module = TRY(load_frozen_module("_frozen_importlib", *core));
        Value external_module = TRY(load_frozen_module("_frozen_importlib_external", *external));
        return call_method(core_module, str_intern("_install"), { external_module });
    }();
    if (loaded.is_error()) {
        s_boot = Boot::Unavailable;
        return Error {};
    }
    Value installed = loaded.release_value();
    VERIFY(is_tuple(installed) && installed.as<TupleObject>()->size == 8);
    auto* items = installed.as<TupleObject>();
    s_bootstrap = new Bootstrap { Value::borrow(items->item(0)), Value::borrow(items->item(1)), Value::borrow(items->item(2)), Value::borrow(items->item(3)),
                                  Value::borrow(items->item(4)), Value::borrow(items->item(5)), Value::borrow(items->item(6)), Value::borrow(items->item(7)) };
    s_boot = Boot::Ready;
    return {};
}

// CPython 3.12 compat: reading a submodule that is still running, before it is bound to its parent.
Result<Value> submodule_initializing_error(ModuleObject* module, StrObject* name)
{
    Val module_name = dict_get_str(module->dict.get(), NAME_OF(__name__));
    if (!module_name || !is_str(module_name))
        return Value();
    std::string full = std::string(module_name.as<StrObject>()->view()) + "." + std::string(name->view());
    Val sub = TRY(dict_get(s_modules, Val(str_from_utf8(full).get())));
    if (!sub)
        return Value();
    Value spec = TRY(get_attr_maybe(sub, NAME_OF(__spec__)));
    if (!spec || is_none(spec))
        return Value();
    Value initializing = TRY(get_attr_maybe(spec, str_intern("_initializing")));
    if (!initializing || !TRY(is_truthy(initializing)))
        return Value();
    return raise(&g_exc_AttributeError, "cannot access submodule '{}' of module '{}' (most likely due to a circular import)", name,
                 module_name.as<StrObject>());
}

Result<Value> import_lazy_attribute(ModuleObject* module, StrObject* name)
{
    if (s_boot != Boot::NotYet || (module != s_sys && module != s_builtins))
        return submodule_initializing_error(module, name);
    std::string_view n = name->view();
    if (n != "__spec__" && n != "__loader__" && n != "meta_path" && n != "path_hooks" && n != "path_importer_cache")
        return Value();
    TRY(import_bootstrap());
    return Value::borrow(dict_get_str(module->dict.get(), name));
}

Result<Value> import_module_repr(Val module)
{
    if (s_boot == Boot::NotYet)
        TRY(import_bootstrap());
    if (s_boot != Boot::Ready)
        return Value();
    return call(s_bootstrap->module_repr, { module });
}

bool import_is_builtin(std::string_view name) { return name == "sys" || name == "builtins" || find_native(name); }

Result<Value> import_create_builtin(std::string_view name)
{
    Ref<StrObject> key = str_from_utf8(name);
    if (Val existing = TRY(dict_get(s_modules, Val(key.get()))); existing && !is_none(existing))
        return Value::borrow(existing);
    const NativeModule* native = find_native(name);
    if (!native)
        return raise(&g_exc_ImportError, "no built-in module named {}", key.get());
    return Value(native->create());
}

bool import_frozen_before_path(std::string_view name) { return frozen_before_path(name); }

Result<Ref<CodeObject>> import_sourceless_code(std::string_view data, Val name) { return sourceless_code_from(data, name); }

Result<Ref<CodeObject>> import_source_code(const std::string& path)
{
    std::string cached;
    return source_code(path, cached);
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

namespace {

// CPython's _handle_fromlist: imports the submodules a `from package import ...` names, and those
// of the package's __all__ for `*`.
Result<void> handle_fromlist(Val module, const std::string& fullname, Val fromlist, bool recursive)
{
    Ref<TupleObject> names = TRY(sequence_tuple(fromlist));
    for (int64_t i = 0; i < names->size; ++i) {
        Val item = names->item(i);
        if (!is_str(item)) {
            if (recursive)
                return raise(&g_exc_TypeError, "Item in {}.__all__ must be str, not {}", fullname, item.type()->type_name());
            return raise(&g_exc_TypeError, "Item in ``from list'' must be str, not {}", item.type()->type_name());
        }
        if (item.as<StrObject>()->view() == "*") {
            if (recursive)
                continue;
            Value all = TRY(get_attr_maybe(module, NAME_OF(__all__)));
            if (all)
                TRY(handle_fromlist(module, fullname, all, true));
            continue;
        }
        Value existing = TRY(get_attr_maybe(module, item.as<StrObject>()));
        if (existing)
            continue;
        std::string sub = fullname + "." + std::string(item.as<StrObject>()->view());
        auto r = import_dotted(sub);
        if (r.is_error()) {
            // Only the submodule itself being absent is ignored (IMPORT_FROM then reports the name); an
            // import failing inside it, or a None in sys.modules, propagates.
            if (!error_matches(&g_exc_ModuleNotFoundError))
                return Error {};
            Value exception = fetch_error();
            Value missing = TRY(get_attr_maybe(exception, str_intern("name")));
            Val blocked = TRY(dict_get(s_modules, Val(str_from_utf8(sub).get())));
            if (!missing || !is_str(missing) || missing.as<StrObject>()->view() != sub || (blocked && is_none(blocked)))
                return raise_value(exception);
        }
    }
    return {};
}

}  // namespace

Result<Value> import_name(StrObject* name, DictObject* builtins, Val globals, Val locals, Val fromlist, Val level)
{
    Val function = dict_get_str(builtins, NAME_OF(__import__));
    // The bootstrap's own imports (sys, _imp, posix) do not go through a replaced __import__.
    if ((function.is(s_default_import) || s_boot == Boot::Running) && level.is_small_int())
        return import_module_level(name, globals, fromlist, int(level.small_int_value()));
    if (!function)
        return raise(&g_exc_ImportError, "__import__ not found");
    return call(function, { Val(name), globals, locals, fromlist, level });
}

Result<Value> import_module_level(StrObject* name_object, Val globals, Val fromlist, int level)
{
    // The fast path: `import x` of a module already in sys.modules, with no string copies.
    // (With threads, a module another thread is still loading takes the slow path, which waits for it.)
    if (level == 0 && (!g_threads_started || s_loading.empty())
        && (!fromlist || is_none(fromlist) || (is_tuple(fromlist) && fromlist.as<TupleObject>()->size == 0))) {
        std::string_view view = name_object->view();
        if (!view.empty() && view.find('.') == std::string_view::npos) {
            Val existing = dict_get_str(s_modules, name_object);
            if (existing && !is_none(existing))
                return Value::borrow(existing);
        }
    }
    std::string name(name_object->view());
    std::string fullname = name;
    if (level > 0)
        fullname = TRY(resolve_relative(name, globals, level));
    else if (name.empty())
        return raise(&g_exc_ValueError, "Empty module name");
    Value module = TRY(import_dotted(fullname));
    bool has_fromlist = fromlist && !is_none(fromlist) && TRY(is_truthy(fromlist));
    if (!has_fromlist) {
        size_t dot = name.find('.');
        if (dot != std::string::npos) {
            // `import a.b` binds a: the module named by the first component (after resolution).
            std::string front = level == 0 ? name.substr(0, dot) : fullname.substr(0, fullname.size() - (name.size() - dot));
            Ref<StrObject> top = str_from_utf8(front);
            Val top_module = TRY(dict_get(s_modules, Val(top.get())));
            if (top_module)
                return Value::borrow(top_module);
            if (level > 0)
                return raise(&g_exc_KeyError, "'{}' not in sys.modules as expected", front);
        }
        return module;
    }
    // from package import submodule: import the submodules named in fromlist.
    Value path = TRY(get_attr_maybe(module, NAME_OF(__path__)));
    if (path)
        TRY(handle_fromlist(module, fullname, fromlist, false));
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
    // As the path finder: Ginger's own (frozen) library comes just before the CPython library it stands in for.
    bool frozen = find_frozen_module(name) != nullptr;
    for (int64_t i = 0; i < list->size; ++i) {
        Val entry = list->item(i);
        if (!is_str(entry))
            continue;
        std::string dir(entry.as<StrObject>()->view());
        if (frozen && !g_import_config.stdlib_path.empty() && dir == g_import_config.stdlib_path)
            return {};
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
