// The parts of sys that describe the interpreter and its configuration (flags, float_info, hash_info, the
// encodings, stdlib_module_names, ...) and the hooks (displayhook, excepthook, unraisablehook, audit).
// sys.cpp holds the streams and the core functions; sys_module_create() calls sys_add_info().
#include "import/import.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/gil.h"
#include "vm/thread_state.h"
#include "vm/tracing.h"
#include "vm/warnings.h"

#include <cfloat>
#include <string>
#include <unistd.h>
#include <vector>

namespace ginger {

namespace {

const char* const s_stdlib_module_names[] = {
    "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bz2", "_codecs",
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections",
    "_collections_abc", "_compat_pickle", "_compression", "_contextvars", "_crypt", "_csv", "_ctypes", "_curses",
    "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
    "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale",
    "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode",
    "_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc",
    "_pydatetime", "_pydecimal", "_pyio", "_pylong", "_queue", "_random", "_scproxy", "_sha1", "_sha2", "_sha3",
    "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string",
    "_strptime", "_struct", "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc",
    "_typing", "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc",
    "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "audioop", "base64", "bdb", "binascii",
    "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code",
    "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib",
    "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm",
    "decimal", "difflib", "dis", "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler",
    "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath",
    "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html",
    "http", "idlelib", "imaplib", "imghdr", "importlib", "inspect", "io", "ipaddress", "itertools", "json",
    "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math",
    "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt",
    "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb",
    "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath",
    "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat",
    "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched",
    "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtplib", "sndhdr",
    "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat",
    "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig",
    "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time",
    "timeit", "tkinter", "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle",
    "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings",
    "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp",
    "zipfile", "zipimport", "zlib", "zoneinfo",
};

int64_t s_dlopen_flags = 2;  // RTLD_NOW
int64_t s_coroutine_origin_tracking_depth = 0;
TypeObject* s_asyncgen_hooks_type = nullptr;

Result<Value> no_args(const char* name, size_t nargs, TupleObject* kwnames, Value result)
{
    TRY(check_positional(name, nargs - 1, kwnames, 0, 0));
    return result;
}

Result<Value> sys_getdefaultencoding(const Val*, size_t nargs, TupleObject* kwnames) { return no_args("getdefaultencoding", nargs, kwnames, Value(str_intern("utf-8"))); }
Result<Value> sys_getfilesystemencoding(const Val*, size_t nargs, TupleObject* kwnames) { return no_args("getfilesystemencoding", nargs, kwnames, Value(str_intern("utf-8"))); }
Result<Value> sys_getfilesystemencodeerrors(const Val*, size_t nargs, TupleObject* kwnames) { return no_args("getfilesystemencodeerrors", nargs, kwnames, Value(str_intern("surrogateescape"))); }
Result<Value> sys_getswitchinterval(const Val*, size_t nargs, TupleObject* kwnames) { return no_args("getswitchinterval", nargs, kwnames, float_from_double(gil_switch_interval())); }
Result<Value> sys_is_finalizing(const Val*, size_t nargs, TupleObject* kwnames) { return no_args("is_finalizing", nargs, kwnames, Value::borrow(Val(g_finalizing ? g_true : g_false))); }
Result<Value> sys_gettrace(const Val*, size_t nargs, TupleObject* kwnames)
{
    return no_args("gettrace", nargs, kwnames, g_thread->trace_function ? Value::borrow(g_thread->trace_function.get()) : none_value());
}
Result<Value> sys_getprofile(const Val*, size_t nargs, TupleObject* kwnames)
{
    return no_args("getprofile", nargs, kwnames, g_thread->profile_function ? Value::borrow(g_thread->profile_function.get()) : none_value());
}
Result<Value> sys_getdlopenflags(const Val*, size_t nargs, TupleObject* kwnames) { return no_args("getdlopenflags", nargs, kwnames, int_from_int64(s_dlopen_flags)); }
Result<Value> sys_getallocatedblocks(const Val*, size_t nargs, TupleObject* kwnames) { return no_args("getallocatedblocks", nargs, kwnames, int_from_int64(0)); }
Result<Value> sys_clear_type_cache(const Val*, size_t nargs, TupleObject* kwnames) { return no_args("_clear_type_cache", nargs, kwnames, none_value()); }
Result<Value> sys_get_coroutine_origin_tracking_depth(const Val*, size_t nargs, TupleObject* kwnames)
{
    return no_args("get_coroutine_origin_tracking_depth", nargs, kwnames, int_from_int64(s_coroutine_origin_tracking_depth));
}

Result<Value> sys_setswitchinterval(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setswitchinterval", nargs - 1, kwnames, 1, 1));
    double interval = TRY(float_as_double(args[1]));
    if (interval <= 0)
        return raise(&g_exc_ValueError, "switch interval must be strictly positive");
    gil_set_switch_interval(interval);
    return none_value();
}

Result<Value> sys_setdlopenflags(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setdlopenflags", nargs - 1, kwnames, 1, 1));
    s_dlopen_flags = TRY(int_as_int64(args[1]));
    return none_value();
}

Result<Value> sys_set_coroutine_origin_tracking_depth(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("set_coroutine_origin_tracking_depth", args + 1, nargs - 1, kwnames, { "depth" }, 1, out));
    int64_t depth = TRY(int_as_int64(out[0]));
    if (depth < 0)
        return raise(&g_exc_ValueError, "depth must be >= 0");
    s_coroutine_origin_tracking_depth = depth;
    return none_value();
}

// sys.settrace/sys.setprofile: the function lives in the thread state; the eval loop switches to its traced
// instantiation while one is set (vm/tracing.cpp).
Result<Value> trace_setter(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, Value ThreadState::*slot)
{
    TRY(check_positional(name, nargs - 1, kwnames, 1, 1));
    g_thread->*slot = is_none(args[1]) ? Value() : Value::borrow(args[1]);
    if (slot == &ThreadState::trace_function)
        vm::trace_function_set();
    vm::update_trace_wanted();
    return none_value();
}
Result<Value> sys_settrace(const Val* args, size_t nargs, TupleObject* kwnames) { return trace_setter("settrace", args, nargs, kwnames, &ThreadState::trace_function); }
Result<Value> sys_setprofile(const Val* args, size_t nargs, TupleObject* kwnames) { return trace_setter("setprofile", args, nargs, kwnames, &ThreadState::profile_function); }

// sys._settraceallthreads/_setprofileallthreads (threading.settrace_all_threads): the same in every thread.
// Each thread's count of traced threads is kept by update_trace_wanted(), which looks at g_thread: it is
// pointed at each thread state in turn (all under the GIL).
Result<Value> all_threads_trace_setter(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, Value ThreadState::*slot)
{
    ThreadState* current = g_thread;
    for (ThreadState* ts : all_thread_states()) {
        g_thread = ts;
        auto result = trace_setter(name, args, nargs, kwnames, slot);
        g_thread = current;
        if (result.is_error())
            return Error {};
    }
    return none_value();
}
Result<Value> sys_settraceallthreads(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return all_threads_trace_setter("_settraceallthreads", args, nargs, kwnames, &ThreadState::trace_function);
}
Result<Value> sys_setprofileallthreads(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return all_threads_trace_setter("_setprofileallthreads", args, nargs, kwnames, &ThreadState::profile_function);
}

// sys.getsizeof: __sizeof__() plus the cycle collector's header for tracked types, as CPython counts it.
Result<Value> sys_getsizeof(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    if (nargs == 1 && !(kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "getsizeof() missing required argument 'object' (pos 1)");
    TRY(bind_args("getsizeof", args + 1, nargs - 1, kwnames, { "object", "default" }, 1, out));
    // Looked up on the type, as a special method: a class's own __sizeof__ is an unbound function.
    auto size = call_special(out[0], str_intern("__sizeof__"), {});
    if (!size.is_error() && !size.value()) {
        if (out[1])
            return Value::borrow(out[1]);
        return raise(&g_exc_TypeError, "Type {} doesn't define __sizeof__", out[0].type()->type_name());
    }
    if (size.is_error()) {
        if (out[1] && error_matches(&g_exc_TypeError)) {
            clear_error();
            return Value::borrow(out[1]);
        }
        return Error {};
    }
    Value result = size.release_value();
    if (!is_int(result))
        return raise(&g_exc_TypeError, "an integer is required");
    int64_t bytes = TRY(int_as_int64(result.get()));
    if (bytes < 0)
        return raise(&g_exc_ValueError, "__sizeof__() should return >= 0");
    if (out[0].type()->has_flag(TYPE_GC))  // CPython 3.12 counts it by the type's flag, even for static types
        bytes += 16;
    return int_from_int64(bytes);
}

Result<Value> sys_call_tracing(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("call_tracing", nargs - 1, kwnames, 2, 2));
    if (!is_tuple(args[2]))
        return raise(&g_exc_TypeError, "call_tracing(): argument 2 must be tuple, not {}", args[2].type()->type_name());
    auto* tuple = args[2].as<TupleObject>();
    std::vector<Val> items(tuple->items, tuple->items + tuple->size);
    return call(args[1], items.data(), items.size());
}

Result<Value> sys_getframemodulename(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("_getframemodulename", args + 1, nargs - 1, kwnames, { "depth" }, 0, out));
    int64_t depth = out[0] ? TRY(index_as_ssize(out[0])) : 0;
    vm::Frame* frame = g_thread->frame;
    while (frame && depth-- > 0)
        frame = frame->previous;
    if (!frame)
        return none_value();
    Val name = dict_get_str(frame->globals, NAME_OF(__name__));
    return name ? Value::borrow(name) : none_value();
}

Result<Value> sys_get_asyncgen_hooks(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("get_asyncgen_hooks", nargs - 1, kwnames, 0, 0));
    return structseq_new(s_asyncgen_hooks_type, { vm::g_asyncgen_firstiter ? vm::g_asyncgen_firstiter.get() : none(), vm::g_asyncgen_finalizer ? vm::g_asyncgen_finalizer.get() : none() });
}

Result<Value> sys_set_asyncgen_hooks(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("set_asyncgen_hooks", args + 1, nargs - 1, kwnames, { "firstiter", "finalizer" }, 0, out));
    if (out[1] && !is_none(out[1]) && !is_callable(out[1]))
        return raise(&g_exc_TypeError, "callable finalizer expected, got {}", out[1].type()->type_name());
    if (out[0] && !is_none(out[0]) && !is_callable(out[0]))
        return raise(&g_exc_TypeError, "callable firstiter expected, got {}", out[0].type()->type_name());
    if (out[1])
        vm::g_asyncgen_finalizer = is_none(out[1]) ? Value() : Value::borrow(out[1]);
    if (out[0])
        vm::g_asyncgen_firstiter = is_none(out[0]) ? Value() : Value::borrow(out[0]);
    return none_value();
}

Result<Value> sys_current_frames(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_current_frames", nargs - 1, kwnames, 0, 0));
    Ref<DictObject> frames = dict_new();
    for (ThreadState* ts : all_thread_states()) {
        if (ts->frame) {
            Value frame = vm::frame_object_for(ts->frame);
            TRY(dict_set(frames.get(), int_from_uint64(ts->ident).get(), frame.get()));
        }
    }
    return Value(std::move(frames));
}

Result<Value> sys_current_exceptions(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_current_exceptions", nargs - 1, kwnames, 0, 0));
    Ref<DictObject> exceptions = dict_new();
    for (ThreadState* ts : all_thread_states()) {
        if (Val handled = ts->handled_exception)
            TRY(dict_set(exceptions.get(), int_from_uint64(ts->ident).get(), handled));
    }
    return Value(std::move(exceptions));
}

// sys.displayhook: what the interactive prompt calls with each expression statement's value.
Result<Value> sys_displayhook(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("displayhook", nargs - 1, kwnames, 1, 1));
    Val value = args[1];
    if (is_none(value))
        return none_value();
    Val builtins = import_lookup_builtins();
    TRY(set_attr(builtins, str_intern("_"), none()));
    ModuleObject* sys = import_lookup_module(str_intern("sys")).as<ModuleObject>();
    Val out = dict_get_str(sys->dict.get(), str_intern("stdout"));
    if (!out || is_none(out))
        return raise(&g_exc_RuntimeError, "lost sys.stdout");
    Value keep = Value::borrow(out);
    Value text = TRY(object_repr(value));
    if (call_method(keep.get(), str_intern("write"), { text.get() }).is_error()) {
        if (!error_matches(&g_exc_UnicodeEncodeError))
            return Error {};
        // As CPython's: a repr the stream cannot encode is written with backslashreplace, as bytes to its
        // buffer (or decoded back when it has none).
        clear_error();
        Value encoding = TRY(get_attr(keep.get(), str_intern("encoding")));
        Value encoded = TRY(call_method(text.get(), str_intern("encode"), { encoding.get(), Val(str_intern("backslashreplace")) }));
        auto buffer = TRY(get_attr_maybe(keep.get(), str_intern("buffer")));
        if (buffer && !is_none(buffer)) {
            TRY(call_method(keep.get(), str_intern("flush"), {}));
            TRY(call_method(buffer.get(), str_intern("write"), { encoded.get() }));
        } else {
            Value decoded = TRY(call_method(encoded.get(), str_intern("decode"), { encoding.get(), Val(str_intern("strict")) }));
            TRY(call_method(keep.get(), str_intern("write"), { decoded.get() }));
        }
    }
    TRY(call_method(keep.get(), str_intern("write"), { Val(str_intern("\n")) }));
    TRY(set_attr(builtins, str_intern("_"), value));
    return none_value();
}

Result<Value> sys_excepthook(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("excepthook", nargs - 1, kwnames, 3, 3));
    if (is_exception_instance(args[2]))
        print_exception(args[2]);
    else
        write_to_sys_stderr("TypeError: print_exception(): Exception expected for value, " + std::string(args[2].type()->type_name()) + " found\n");
    return none_value();
}

Result<Value> sys_unraisablehook(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("unraisablehook", nargs - 1, kwnames, 1, 1));
    Val info = args[1];
    Value message = TRY(get_attr_maybe(info, str_intern("err_msg")));
    Value object = TRY(get_attr_maybe(info, str_intern("object")));
    Value exception = TRY(get_attr_maybe(info, str_intern("exc_value")));
    std::string text = message && !is_none(message) ? TRY(str_utf8(message.get())) : std::string("Exception ignored in");
    if (object && !is_none(object))
        text += ": " + TRY(repr_utf8(object.get()));
    write_to_sys_stderr(text + "\n");
    if (exception && is_exception_instance(exception))
        print_exception(exception.get());
    return none_value();
}

Result<Value> sys_breakpointhook(const Val* args, size_t nargs, TupleObject* kwnames)
{
    const char* setting = getenv("PYTHONBREAKPOINT");
    std::string target = setting && *setting ? setting : "pdb.set_trace";
    if (target == "0")
        return none_value();
    // A hook that cannot be imported (ImportError, AttributeError, or a name starting with '.') is ignored
    // with a RuntimeWarning, as in CPython.
    size_t dot = target.rfind('.');
    Value hook;
    if (dot != 0) {
        std::string module_name = dot == std::string::npos ? "builtins" : target.substr(0, dot);
        std::string attribute = dot == std::string::npos ? target : target.substr(dot + 1);
        Result<Value> module = import_module(module_name);
        if (module.is_error() && !error_matches(&g_exc_ImportError))
            return Error {};
        if (!module.is_error()) {
            Result<Value> found = get_attr(module.value().get(), str_from_utf8(attribute).get());
            if (found.is_error() && !error_matches(&g_exc_AttributeError))
                return Error {};
            if (!found.is_error())
                hook = found.release_value();
        }
        if (!hook)
            clear_error();
    }
    if (!hook) {
        TRY(warn(&g_exc_RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + target + "\""));
        return none_value();
    }
    return call(hook.get(), args + 1, nargs - 1, kwnames);
}

// Audit hooks: sys.audit() calls the hooks added with sys.addaudithook(). Ginger raises no audit events of
// its own yet, so only explicit sys.audit() calls reach them.
Value s_audit_hooks;

Result<Value> sys_addaudithook(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("addaudithook", args + 1, nargs - 1, kwnames, { "hook" }, 1, out));
    if (!s_audit_hooks)
        s_audit_hooks = Value(list_new());
    list_append(s_audit_hooks.as<ListObject>(), Value::borrow(out[0]));
    return none_value();
}

Result<Value> sys_audit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "audit() takes no keyword arguments");
    if (nargs < 2)
        return raise(&g_exc_TypeError, "audit() missing 1 required positional argument: 'event'");
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "expected str for argument 'event', not {}", args[1].type()->type_name());
    if (!s_audit_hooks)
        return none_value();
    Ref<TupleObject> event_args = tuple_new(int64_t(nargs - 2));
    for (size_t i = 2; i < nargs; ++i)
        event_args->items[i - 2] = Value::borrow(args[i]);
    Ref<TupleObject> hooks = TRY(sequence_tuple(s_audit_hooks.get()));
    for (int64_t i = 0; i < hooks->size; ++i)
        TRY(call(hooks->item(i), { args[1], Val(event_args.get()) }));
    return none_value();
}

const MethodDef s_info_functions[] = {
    { "getdefaultencoding", sys_getdefaultencoding, METHOD_INSTANCE, "Return the current default encoding used by the Unicode implementation." },
    { "getfilesystemencoding", sys_getfilesystemencoding, METHOD_INSTANCE, "Return the encoding used to convert Unicode filenames to OS filenames." },
    { "getfilesystemencodeerrors", sys_getfilesystemencodeerrors, METHOD_INSTANCE, "Return the error mode used Unicode to OS filename conversion." },
    { "getswitchinterval", sys_getswitchinterval, METHOD_INSTANCE, "Return the current thread switch interval; see sys.setswitchinterval()." },
    { "setswitchinterval", sys_setswitchinterval, METHOD_INSTANCE, "Set the ideal thread switching delay inside the Python interpreter." },
    { "is_finalizing", sys_is_finalizing, METHOD_INSTANCE, "Return True if Python is exiting." },
    { "gettrace", sys_gettrace, METHOD_INSTANCE, "Return the global debug tracing function set with sys.settrace." },
    { "settrace", sys_settrace, METHOD_INSTANCE, "Set the global debug tracing function." },
    { "getprofile", sys_getprofile, METHOD_INSTANCE, "Return the profiling function set with sys.setprofile." },
    { "setprofile", sys_setprofile, METHOD_INSTANCE, "Set the profiling function." },
    { "_settraceallthreads", sys_settraceallthreads, METHOD_INSTANCE, "Set the global debug tracing function in all running threads." },
    { "_setprofileallthreads", sys_setprofileallthreads, METHOD_INSTANCE, "Set the profiling function in all running threads." },
    { "getdlopenflags", sys_getdlopenflags, METHOD_INSTANCE, "Return the current value of the flags that are used for dlopen calls." },
    { "setdlopenflags", sys_setdlopenflags, METHOD_INSTANCE, "Set the flags used by the interpreter for dlopen calls." },
    { "getallocatedblocks", sys_getallocatedblocks, METHOD_INSTANCE, "Return the number of memory blocks currently allocated." },
    { "_clear_type_cache", sys_clear_type_cache, METHOD_INSTANCE, "Clear the internal type lookup cache." },
    { "get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth, METHOD_INSTANCE, "Check status of origin tracking for coroutine objects in this thread." },
    { "set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth, METHOD_INSTANCE, "Enable or disable origin tracking for coroutine objects in this thread." },
    { "getsizeof", sys_getsizeof, METHOD_INSTANCE, "getsizeof(object [, default]) -> int" },
    { "call_tracing", sys_call_tracing, METHOD_INSTANCE, "Call func(*args), while tracing is enabled." },
    { "_getframemodulename", sys_getframemodulename, METHOD_INSTANCE, "Return the name of the module for a calling frame." },
    { "get_asyncgen_hooks", sys_get_asyncgen_hooks, METHOD_INSTANCE, "Return the installed asynchronous generators hooks." },
    { "set_asyncgen_hooks", sys_set_asyncgen_hooks, METHOD_INSTANCE, "Set new hooks for asynchronous generators." },
    { "_current_frames", sys_current_frames, METHOD_INSTANCE, "Return a dict mapping each thread's thread id to its current stack frame." },
    { "_current_exceptions", sys_current_exceptions, METHOD_INSTANCE, "Return a dict mapping each thread's identifier to its current raised exception." },
    { "displayhook", sys_displayhook, METHOD_INSTANCE, "Print an object to sys.stdout and also save it in builtins._" },
    { "excepthook", sys_excepthook, METHOD_INSTANCE, "Handle an exception by displaying it with a traceback on sys.stderr." },
    { "unraisablehook", sys_unraisablehook, METHOD_INSTANCE, "Handle an unraisable exception." },
    { "breakpointhook", sys_breakpointhook, METHOD_INSTANCE, "This hook function is called by built-in breakpoint()." },
    { "addaudithook", sys_addaudithook, METHOD_INSTANCE, "Adds a new audit hook callback." },
    { "audit", sys_audit, METHOD_INSTANCE, "Passes the event to any audit hooks that are attached." },
    {},
};

void set(ModuleObject* sys, const char* name, Val value) { module_set(sys, name, value); }
void set(ModuleObject* sys, const char* name, const Value& value) { module_set(sys, name, value.get()); }

}  // namespace

void sys_add_info(ModuleObject* sys, const std::string& stdlib_path)
{
    module_add_functions(sys, s_info_functions);
    for (const char* hook : { "displayhook", "excepthook", "unraisablehook", "breakpointhook" })
        set(sys, (std::string("__") + hook + "__").c_str(), dict_get_str(sys->dict.get(), str_intern(hook)));

    TypeObject* flags_type = structseq_new_type("sys.flags", { "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
        "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits" });
    structseq_disallow_instantiation(flags_type);
    Val zero = Val::small_int(0);
    set(sys, "flags", MUST(structseq_new(flags_type, { zero, zero, zero, zero, Val::small_int(g_import_config.dont_write_bytecode),
        zero, zero, zero, Val::small_int(g_import_config.verbose), zero, zero, Val::small_int(1), zero, Val(g_false), zero, zero,
        Val(g_false), Val::small_int(g_int_max_str_digits) })));

    TypeObject* float_info_type = structseq_new_type("sys.float_info", { "max", "max_exp", "max_10_exp", "min", "min_exp",
        "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds" });
    set(sys, "float_info", MUST(structseq_new(float_info_type, { float_from_double(DBL_MAX).get(), Val::small_int(DBL_MAX_EXP),
        Val::small_int(DBL_MAX_10_EXP), float_from_double(DBL_MIN).get(), Val::small_int(DBL_MIN_EXP), Val::small_int(DBL_MIN_10_EXP),
        Val::small_int(DBL_DIG), Val::small_int(DBL_MANT_DIG), float_from_double(DBL_EPSILON).get(), Val::small_int(FLT_RADIX),
        Val::small_int(1) })));

    // Ginger's ints are GMP numbers, not 30-bit digits; these are the figures CPython code relies on.
    TypeObject* int_info_type = structseq_new_type("sys.int_info", { "bits_per_digit", "sizeof_digit", "default_max_str_digits",
        "str_digits_check_threshold" });
    set(sys, "int_info", MUST(structseq_new(int_info_type, { Val::small_int(30), Val::small_int(4), Val::small_int(4300), Val::small_int(640) })));

    TypeObject* hash_info_type = structseq_new_type("sys.hash_info", { "width", "modulus", "inf", "nan", "imag", "algorithm",
        "hash_bits", "seed_bits", "cutoff" });
    set(sys, "hash_info", MUST(structseq_new(hash_info_type, { Val::small_int(64), int_from_int64((int64_t(1) << 61) - 1).get(),
        Val::small_int(314159), zero, Val::small_int(1000003), Val(str_intern("murmur3-64")), Val::small_int(64), zero, zero })));

    TypeObject* thread_info_type = structseq_new_type("sys.thread_info", { "name", "lock", "version" });
    char nptl[64] = {};
    size_t n = confstr(_CS_GNU_LIBPTHREAD_VERSION, nptl, sizeof nptl);
    Value nptl_version = n > 0 ? Value(str_from_utf8(nptl)) : none_value();
    set(sys, "thread_info", MUST(structseq_new(thread_info_type, { Val(str_intern("pthread")), Val(str_intern("semaphore")), nptl_version.get() })));

    s_asyncgen_hooks_type = structseq_new_type("asyncgen_hooks", { "firstiter", "finalizer" });

    Ref<SetObject> names = set_new(&g_frozenset_type);
    for (const char* name : s_stdlib_module_names)
        MUST(set_add(names.get(), Val(str_intern(name))));
    set(sys, "stdlib_module_names", Val(names.get()));

    set(sys, "warnoptions", Value(list_new()));
    set(sys, "_xoptions", Value(dict_new()));
    // meta_path, path_hooks and path_importer_cache come with the import system's Python half
    // (src/import/import.cpp, import_lazy_attribute).
    set(sys, "abiflags", Val(str_empty()));
    set(sys, "platlibdir", Val(str_intern("lib")));
    set(sys, "api_version", Val::small_int(1013));
    set(sys, "float_repr_style", Val(str_intern("short")));
    set(sys, "copyright", Val(str_intern("Copyright (c) 2026 the Ginger authors.")));
    set(sys, "_git", Value(tuple_of({ Val(str_intern("Ginger")), Val(str_empty()), Val(str_empty()) })));
    set(sys, "_stdlib_dir", stdlib_path.empty() ? none_value() : Value(str_from_utf8(stdlib_path)));
    // The prefixes: the directory above the one holding the executable (build/ginger -> the source tree).
    char executable[4096];
    ssize_t length = readlink("/proc/self/exe", executable, sizeof executable - 1);
    std::string prefix = length > 0 ? std::string(executable, size_t(length)) : std::string();
    for (int i = 0; i < 2 && prefix.rfind('/') != std::string::npos; ++i)
        prefix.resize(prefix.rfind('/'));
    for (const char* name : { "prefix", "exec_prefix", "base_prefix", "base_exec_prefix" })
        set(sys, name, Value(str_from_utf8(prefix)));
}

}  // namespace ginger
