// The public API (include/ginger/ginger.h) over the runtime.
#include <clocale>
#include <ginger/ginger.h>

#include "compile/compiler.h"
#include "compile/marshal.h"
#include "modules/codecs.h"
#include "import/frozen.h"
#include "import/import.h"
#include "import/pycache.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/weakref.h"
#include "objects/dict.h"
#include "parse/tokenizer.h"
#include "support/utf8.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/signals.h"
#include "modules/io_fast.h"
#include "objects/gc.h"
#include "vm/gil.h"
#include "vm/thread_state.h"

#include <csignal>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <pthread.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>

namespace ginger {

namespace {

// A PYTHONHASHSEED number spread over the 64 bits of the seed.
uint64_t mix_seed(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ull;
    return k ^ (k >> 33);
}

ModuleObject* s_main = nullptr;
Config s_config;  // as initialize() was given it
bool s_at_prompt = false;  // the interactive prompt is running (a SystemExit there ends the process)
bool s_keyboard_interrupt = false;  // the last uncaught exception reported was a KeyboardInterrupt

// A command-line argument as CPython decodes it: UTF-8, undecodable bytes as lone surrogates (surrogateescape).
Value argument_str(const std::string& arg)
{
    std::u32string points;
    if (codecs::utf8_decode(Val(), arg, codecs::Errors("surrogateescape"), true, points).is_error()) {
        clear_error();
        return Value(str_from_utf8(arg));
    }
    return Value(str_from_codepoints(reinterpret_cast<const uint32_t*>(points.data()), points.size()));
}

ModuleObject* sys_module() { return import_lookup_module(str_intern("sys")).as<ModuleObject>(); }

std::string absolute_path(const std::string& path)
{
    if (!path.empty() && path[0] == '/')
        return path;
    char buffer[PATH_MAX];
    if (!getcwd(buffer, sizeof buffer))
        return path;
    std::string cwd(buffer);
    std::string p = path;
    while (p.starts_with("./"))
        p = p.substr(2);
    return cwd + "/" + p;
}

// sys.path[0]: the script's directory, or '' (the current directory) for -c, stdin and the prompt. Not with
// -P, -I or PYTHONSAFEPATH.
void set_path0(const std::string& entry)
{
    if (s_config.safe_path)
        return;
    Val path = dict_get_str(sys_module()->dict.get(), NAME_OF(path));
    auto* list = path.as<ListObject>();
    Ref<ListObject> fresh = list_new();
    list_append(fresh.get(), argument_str(entry));
    for (int64_t i = 0; i < list->size; ++i)
        list_append(fresh.get(), Value::borrow(list->item(i)));
    module_set(sys_module(), "path", Val(fresh.get()));
}

ModuleObject* main_module();

// __main__.__loader__: module.name, or module.name(*args) when there are arguments.
void set_main_loader(const char* module, const char* name, std::initializer_list<Val> args)
{
    auto loader = [&]() -> Result<Value> {
        TRY(import_bootstrap());  // (the import system's Python half, installed: not merely imported)
        Value found = TRY(get_attr_str(TRY(import_module(module)).get(), name));
        if (args.size() == 0)
            return found;
        return call(found.get(), args);
    }();
    if (loader.is_error()) {
        clear_error();
        return;
    }
    dict_set_str(main_module()->dict.get(), NAME_OF(__loader__), loader.value());
}

ModuleObject* main_module()
{
    if (!s_main) {
        Ref<ModuleObject> main = module_new(NAME_OF(__main__));
        dict_set_str(main->dict.get(), NAME_OF(__builtins__), import_lookup_builtins());
        dict_set_str(main->dict.get(), NAME_OF(__cached__), none());
        MUST(dict_set(import_modules_dict(), Val(NAME_OF(__main__)), Val(main.get())));
        s_main = main.leak();
        // As CPython's: __main__ comes with the built-in importer as its loader (a script replaces it). This
        // loads the import system's Python half, which any import does anyway (about 1 ms).
        set_main_loader("_frozen_importlib", "BuiltinImporter", {});
    }
    return s_main;
}

// The exit status for the exception being raised; prints it unless it is a SystemExit.
int handle_uncaught()
{
    Value exception = fetch_error();
    s_keyboard_interrupt = false;
    // With -i, a SystemExit of the program is reported as any exception, and the prompt follows.
    bool exits = !s_config.inspect || s_at_prompt;
    if (is_subtype(exception.type(), &g_exc_SystemExit) && exits) {
        auto* e = exception.as<BaseExceptionObject>();
        Val code = e->dict ? dict_get_str(e->dict.get(), str_intern("code")) : Val();
        if (!code || is_none(code))
            return 0;
        if (is_int(code)) {
            int64_t status = 0;
            if (!int_to_int64(code, status))
                status = -1;
            return int(status & 0xFF);
        }
        // As CPython: str(code) is written to sys.stderr (whose error handler is backslashreplace).
        io_flush_std_streams();
        Val err = dict_get_str(sys_module()->dict.get(), NAME_OF(stderr));
        auto written = [&]() -> Result<void> {
            if (!err || is_none(err))
                return raise(&g_exc_RuntimeError, "lost sys.stderr");
            Value text = TRY(object_str(code));
            TRY(call_method(err, NAME_OF(write), { text.get() }));
            TRY(call_method(err, NAME_OF(write), { Val(str_intern("\n")) }));
            TRY(call_method(err, str_intern("flush"), {}));
            return {};
        }();
        if (written.is_error()) {
            clear_error();
            auto text = str_utf8(code);
            if (!text.is_error())
                fprintf(stderr, "%s\n", text.release_value().c_str());
            else
                clear_error();
        }
        return 1;
    }
    // As CPython's PyErr_Print: the exception stays in sys.last_exc (and last_type, last_value, last_traceback),
    // where dis.dis() and pdb.pm() find it, e.g. at the interactive prompt.
    {
        DictObject* sys_dict = sys_module()->dict.get();
        Value tb = exception_traceback(exception);
        dict_set_str(sys_dict, str_intern("last_exc"), exception);
        dict_set_str(sys_dict, str_intern("last_type"), Val(exception.type()));
        dict_set_str(sys_dict, str_intern("last_value"), exception);
        dict_set_str(sys_dict, str_intern("last_traceback"), tb ? tb.get() : none());
    }
    // sys.excepthook, if a program replaced it; errors in the hook are reported as CPython reports them.
    Val hook = dict_get_str(sys_module()->dict.get(), str_intern("excepthook"));
    Val original = dict_get_str(sys_module()->dict.get(), str_intern("__excepthook__"));
    if (hook && !hook.is(original)) {
        Value tb = exception_traceback(exception);
        auto result = call(hook, { Val(exception.type()), exception, tb ? tb.get() : none() });
        if (result.is_error()) {
            Value hook_error = fetch_error();
            io_flush_std_streams();
            fputs("Error in sys.excepthook:\n", stderr);
            print_exception(hook_error.get());
            fputs("\nOriginal exception was:\n", stderr);
            print_exception(exception);
        }
    } else {
        print_exception(exception);
    }
    // CPython's status after an uncaught KeyboardInterrupt is that of a SIGINT death (see
    // ended_by_keyboard_interrupt).
    s_keyboard_interrupt = is_subtype(exception.type(), &g_exc_KeyboardInterrupt);
    return s_keyboard_interrupt ? 130 : 1;
}

int run_source(const std::string& source, const std::string& filename, parse::Cookie cookie = parse::Cookie::Apply)
{
    ModuleObject* main = main_module();
    Ref<StrObject> name = str_from_utf8(filename);
    auto code = compile::compile_source(source, name.get(), compile::Mode::Exec, cookie);
    if (code.is_error())
        return handle_uncaught();
    auto result = vm::eval_code(code.value().get(), main->dict.get());
    if (result.is_error())
        return handle_uncaught();
    return 0;
}

}  // namespace


void initialize(const Config& config)
{
    s_config = config;
    g_main_thread->ident = uint64_t(pthread_self());
    // Before anything is compiled or hashed: the optimization level, the hash seed and the int<->str limit.
    compile::g_optimize_level = config.optimize;
    if (config.hash_seed >= 0) {
        g_hash_seed = config.hash_seed == 0 ? 0 : mix_seed(uint64_t(config.hash_seed));
    } else {
        uint64_t random = 0;
        if (getentropy(&random, sizeof random) != 0)
            random = uint64_t(time(nullptr)) ^ (uint64_t(getpid()) << 32);
        g_hash_seed = random;
    }
    if (config.int_max_str_digits >= 0)
        g_int_max_str_digits = config.int_max_str_digits;
    // As CPython at startup: LC_CTYPE from the environment (LC_ALL, LC_CTYPE, LANG); the other categories stay "C".
    std::setlocale(LC_CTYPE, "");
    if (config.install_signal_handlers) {
        // No SA_RESTART: a read at the interactive prompt returns, so that Ctrl-C is seen there too.
        // As CPython, an ignored SIGINT (a shell's background job) stays ignored.
        struct sigaction action = {};
        struct sigaction previous = {};
        action.sa_handler = signal_trip;
        sigemptyset(&action.sa_mask);
        if (sigaction(SIGINT, nullptr, &previous) != 0 || previous.sa_handler != SIG_IGN)
            sigaction(SIGINT, &action, nullptr);
        // As CPython: a write to a closed pipe or past the file size limit is an OSError, not death.
        signal(SIGPIPE, SIG_IGN);
        signal(SIGXFSZ, SIG_IGN);
    }
    g_import_config.dont_write_bytecode = config.dont_write_bytecode;
    g_check_hash_based_pycs = config.check_hash_based_pycs == "always" ? CheckHashBasedPycs::Always
        : config.check_hash_based_pycs == "never"                     ? CheckHashBasedPycs::Never
                                                                      : CheckHashBasedPycs::Default;
    g_import_config.verbose = config.verbose;
    g_import_config.stdlib_path = config.stdlib_path;  // (sys._stdlib_dir is made from it)
    const char* profile_imports = config.ignore_environment ? nullptr : getenv("PYTHONPROFILEIMPORTTIME");
    g_import_config.import_time = (profile_imports && *profile_imports)
        || std::find(config.xoptions.begin(), config.xoptions.end(), "importtime") != config.xoptions.end();
    g_io_unbuffered = config.unbuffered;
    runtime_init();
    ModuleObject* sys = sys_module();
    module_set(sys, "dont_write_bytecode", Val(config.dont_write_bytecode ? g_true : g_false));
    Ref<ListObject> argv = list_new();
    for (const std::string& arg : config.argv)
        list_append(argv.get(), argument_str(arg));
    if (config.argv.empty())
        list_append(argv.get(), Value(str_empty()));
    module_set(sys, "argv", Val(argv.get()));
    Ref<ListObject> path = list_new();
    for (const std::string& entry : config.path)
        list_append(path.get(), argument_str(entry));
    if (!config.stdlib_path.empty()) {
        g_import_config.stdlib_path = config.stdlib_path;
        list_append(path.get(), Value(str_from_utf8(config.stdlib_path)));
    }
    module_set(sys, "path", Val(path.get()));
    Ref<DictObject> xoptions = dict_new();
    for (const std::string& option : config.xoptions) {
        size_t equals = option.find('=');
        Value value = equals == std::string::npos ? Value::borrow(Val(g_true)) : Value(str_from_utf8(option.substr(equals + 1)));
        MUST(dict_set(xoptions.get(), Val(str_from_utf8(option.substr(0, equals)).get()), value.get()));
        if (option == "vmtrace") {
            vm::g_vmtrace = true;
            g_trace_wanted = true;
        }
    }
    module_set(sys, "_xoptions", Val(xoptions.get()));
    // sys.flags.warn_default_encoding (-X warn_default_encoding or PYTHONWARNDEFAULTENCODING): the flags
    // tuple was made just before, with 0 there.
    const char* warn_encoding = config.ignore_environment ? nullptr : getenv("PYTHONWARNDEFAULTENCODING");
    bool warn_default_encoding = warn_encoding && *warn_encoding;
    for (const std::string& option : config.xoptions)
        warn_default_encoding = warn_default_encoding || option == "warn_default_encoding";
    Val flags = dict_get_str(sys->dict.get(), str_intern("flags"));
    if (flags && is_tuple(flags) && flags.as<TupleObject>()->size > 17) {
        Value* items = flags.as<TupleObject>()->items;
        auto number = [](int64_t n) { return Value::small_int(n); };
        auto boolean = [](bool b) { return Value::borrow(Val(b ? g_true : g_false)); };
        items[0] = number(config.debug);
        items[1] = number(config.inspect);
        items[2] = number(config.interactive);
        items[3] = number(config.optimize);
        items[5] = number(config.no_user_site);
        items[6] = number(config.no_site);
        items[7] = number(config.ignore_environment);
        items[9] = number(config.bytes_warning);
        items[10] = number(config.quiet);
        items[11] = number(config.hash_seed != 0);
        items[12] = number(config.isolated);
        items[13] = boolean(config.dev_mode);
        items[14] = number(config.utf8_mode);
        items[15] = number(warn_default_encoding);
        items[16] = boolean(config.safe_path);
        items[17] = number(g_int_max_str_digits);
    }
    Ref<ListObject> orig_argv = list_new();
    for (const std::string& arg : config.orig_argv)
        list_append(orig_argv.get(), argument_str(arg));
    module_set(sys, "orig_argv", Val(orig_argv.get()));
    Ref<ListObject> warnoptions = list_new();
    for (const std::string& option : config.warnoptions)
        list_append(warnoptions.get(), Value(str_from_utf8(option)));
    module_set(sys, "warnoptions", Val(warnoptions.get()));
    if (!config.pycache_prefix.empty())
        module_set(sys, "pycache_prefix", Val(str_from_utf8(config.pycache_prefix).get()));
    char executable[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", executable, sizeof executable - 1);
    Value executable_path(str_from_utf8(n > 0 ? std::string(executable, size_t(n)) : std::string()));
    module_set(sys, "executable", executable_path.get());
    module_set(sys, "_base_executable", executable_path.get());  // no virtual environments: the same
    // PYTHONIOENCODING=encoding[:errors] (an unknown encoding is CPython's fatal error).
    const char* io_encoding = config.ignore_environment ? nullptr : getenv("PYTHONIOENCODING");
    if (io_encoding && *io_encoding) {
        auto set = [&]() -> Result<void> {
            Value helper = TRY(import_module("_ginger_main"));
            TRY(call_method(helper.get(), str_intern("set_stdio_encoding"), { Val(str_from_utf8(io_encoding).get()) }));
            return {};
        }();
        if (set.is_error()) {
            Value error = fetch_error();
            auto message = str_utf8(error);
            fprintf(stderr, "Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\n"
                    "Python runtime state: core initialized\n%s: %s\n", error.type()->type_name().data(), message.is_error() ? "" : message.value().c_str());
            fflush(stderr);
            _exit(1);
        }
    }
    // -X faulthandler, PYTHONFAULTHANDLER or -X dev: faulthandler.enable() before the program runs.
    const char* fault_env = config.ignore_environment ? nullptr : getenv("PYTHONFAULTHANDLER");
    bool fault_handler = (fault_env && *fault_env) || config.dev_mode;  // (the development mode enables it too)
    for (const std::string& option : config.xoptions)
        fault_handler = fault_handler || option == "faulthandler";
    if (fault_handler) {
        auto enabled = [&]() -> Result<void> {
            Value module = TRY(import_module("faulthandler"));
            TRY(call_method(module.get(), str_intern("enable"), {}));
            return {};
        }();
        if (enabled.is_error())
            print_exception(fetch_error());
    }
    // As CPython: with warning options, the warnings module is imported now and applies them
    // (reporting the invalid ones on stderr).
    if (!config.warnoptions.empty()) {
        auto warnings = import_module("warnings");
        if (warnings.is_error())
            print_exception(fetch_error());
    }
}

// The name CPython gives itself in its messages (the program as invoked).
static std::string program_name()
{
    return s_config.orig_argv.empty() ? std::string("ginger") : s_config.orig_argv[0];
}

static int run_main_module(const std::string& name, bool set_argv0);

// A script without a coding declaration must be UTF-8: CPython's file tokenizer names the first bad byte
// and its line (compile() of the same bytes reports a "(unicode error)" instead). False with SyntaxError set.
static bool check_script_encoding(std::string_view data, const std::string& path)
{
    if (parse::coding_cookie(data))
        return true;
    if (data.starts_with("\xEF\xBB\xBF"))
        data.remove_prefix(3);
    utf8::Validation check = utf8::validate(data, utf8::Surrogates::Allow);
    if (check.valid)
        return true;
    int64_t line = 1 + std::count(data.begin(), data.begin() + check.error_offset, '\n');
    char byte[8];
    snprintf(byte, sizeof byte, "\\x%02x", static_cast<unsigned>(static_cast<unsigned char>(data[check.error_offset])));
    (void)raise(&g_exc_SyntaxError, "Non-UTF-8 code starting with '{}' in file {} on line {}, but no encoding declared; "
                "see https://peps.python.org/pep-0263/ for details", std::string_view(byte), std::string_view(path), line);
    return false;
}

// Whether a file is a zip archive: it ends with an end-of-central-directory record (after at most a comment).
static bool is_zip_file(const std::string& path)
{
    std::ifstream file(path, std::ios::binary | std::ios::ate);
    if (!file)
        return false;
    std::streamoff size = file.tellg();
    std::streamoff tail = std::min<std::streamoff>(size, 22 + 65535);
    if (tail < 22)
        return false;
    std::string data(size_t(tail), '\0');
    file.seekg(size - tail);
    file.read(data.data(), tail);
    for (size_t i = data.size() - 22 + 1; i-- > 0;) {
        if (data.compare(i, 4, "PK\x05\x06") == 0)
            return true;
    }
    return false;
}

// An absolute path without "." and ".." components (os.path.abspath's result).
static std::string normalized_absolute_path(const std::string& path)
{
    std::string absolute = path;
    if (absolute.empty() || absolute[0] != '/') {
        char buffer[PATH_MAX];
        absolute = std::string(getcwd(buffer, sizeof buffer) ? buffer : "") + "/" + path;
    }
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= absolute.size()) {
        size_t slash = absolute.find('/', start);
        std::string part = absolute.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (part == "..") {
            if (!parts.empty())
                parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        if (slash == std::string::npos)
            break;
        start = slash + 1;
    }
    std::string result;
    for (const std::string& part : parts)
        result += "/" + part;
    return result.empty() ? "/" : result;
}

// A directory or zip file given as the script runs its __main__ module, found there by the import system
// (CPython's pymain_run_python with a main importer path); sys.argv[0] stays as given.
static int run_main_of_path(const std::string& path, bool zip)
{
    main_module();
    if (zip) {
        // zipimport (from GINGER_STDLIB) reads the archive, as it does for zip files on sys.path.
        auto hooks = [&]() -> Result<void> {
            Value zipimport = TRY(import_module("zipimport"));
            Value importer = TRY(get_attr_str(zipimport.get(), "zipimporter"));
            Value path_hooks = TRY(get_attr_str(Val(sys_module()), "path_hooks"));
            TRY(call_method(path_hooks.get(), str_intern("insert"), { Val::small_int(0), importer.get() }));
            return {};
        }();
        if (hooks.is_error())
            return handle_uncaught();
    }
    bool safe_path = s_config.safe_path;
    s_config.safe_path = false;  // the directory goes first on sys.path even with -P
    set_path0(normalized_absolute_path(path));
    s_config.safe_path = safe_path;
    return run_main_module("__main__", false);
}

int run_file(const std::string& path)
{
    std::string absolute = absolute_path(path);
    struct stat st;
    if (stat(path.c_str(), &st) == 0 && (S_ISDIR(st.st_mode) || (S_ISREG(st.st_mode) && is_zip_file(path))))
        return run_main_of_path(path, !S_ISDIR(st.st_mode));
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        int error = errno;
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", program_name().c_str(), absolute.c_str(), error, strerror(error));
        return 2;
    }
    std::stringstream buffer;
    buffer << file.rdbuf();
    file.close();  // not left open (as descriptor 3) while the program runs: children would inherit it
    size_t slash = absolute.rfind('/');
    set_path0(absolute.substr(0, slash == 0 ? 1 : slash));
    dict_set_str(main_module()->dict.get(), NAME_OF(__file__), argument_str(absolute).get());
    Value main_name = Value::borrow(Val(NAME_OF(__main__)));
    Value file_name = argument_str(absolute);
    // As CPython: a .pyc file runs its code (checked as every .pyc is, not validated against a source).
    std::string data = buffer.str();
    uint32_t magic = pycache_magic();
    if (path.ends_with(".pyc") || (data.size() >= 4 && memcmp(data.data(), &magic, 4) == 0)) {
        if (data.size() < 4 || memcmp(data.data(), &magic, 4) != 0) {
            fprintf(stderr, "RuntimeError: Bad magic number in .pyc file\n");
            return 1;
        }
        set_main_loader("_frozen_importlib_external", "SourcelessFileLoader", { main_name.get(), file_name.get() });
        auto code = import_sourceless_code(data, Val(NAME_OF(__main__)));
        if (code.is_error())
            return handle_uncaught();
        auto result = vm::eval_code(code.value().get(), main_module()->dict.get());
        if (result.is_error())
            return handle_uncaught();
        return 0;
    }
    set_main_loader("_frozen_importlib_external", "SourceFileLoader", { main_name.get(), file_name.get() });
    if (s_config.skip_first_line)
        data.erase(0, std::min(data.find('\n'), data.size()));  // -x: the newline stays, and the line numbers
    if (!check_script_encoding(data, absolute))
        return handle_uncaught();
    // CPython's file tokenizer stops at a null byte (compile() of the same text says "source code string").
    if (size_t null = data.find('\0'); null != std::string::npos) {
        size_t start = data.rfind('\n', null);
        start = start == std::string::npos ? 0 : start + 1;
        int64_t line = 1 + std::count(data.begin(), data.begin() + std::ptrdiff_t(null), '\n');
        Ref<TupleObject> details = tuple_of({ Val(str_from_utf8(absolute).get()), Val(int_from_int64(line).get()), none(),
            Val(str_from_utf8(data.substr(start, null - start)).get()), none(), none() });
        (void)raise_with_args(&g_exc_SyntaxError, { Val(str_intern("source code cannot contain null bytes")), Val(details.get()) });
        return handle_uncaught();
    }
    return run_source(data, absolute);
}

int run_command(const std::string& source)
{
    set_path0("");
    // CPython decodes the command with surrogateescape, then cannot encode an undecodable byte back to UTF-8.
    utf8::Validation check = utf8::validate(source, utf8::Surrogates::Allow);
    if (!check.valid) {
        int64_t position = 0;
        for (size_t i = 0; i < check.error_offset; ++i)
            position += (static_cast<unsigned char>(source[i]) & 0xC0) != 0x80;
        fprintf(stderr, "Unable to decode the command from the command line:\nUnicodeEncodeError: 'utf-8' codec can't encode "
                "character '\\udc%02x' in position %lld: surrogates not allowed\n",
                static_cast<unsigned>(static_cast<unsigned char>(source[check.error_offset])), static_cast<long long>(position));
        return 1;
    }
    // The command is text already: a coding declaration in it is ignored.
    return run_source(source, "<string>", parse::Cookie::Ignore);
}

int run_stdin()
{
    set_path0("");
    std::stringstream buffer;
    buffer << std::cin.rdbuf();
    std::string data = buffer.str();
    if (!check_script_encoding(data, "<stdin>"))
        return handle_uncaught();
    return run_source(data, "<stdin>");
}

namespace {

// Whether a compile error only means "more input is coming" at the interactive prompt.
bool needs_more_input(const std::string& message)
{
    static const char* const endings[] = {
        "was never closed", "unterminated triple-quoted string literal", "unexpected EOF",
        "expected an indented block", "unexpected end of input",
    };
    for (const char* ending : endings) {
        if (message.find(ending) != std::string::npos)
            return true;
    }
    return false;
}

}  // namespace

enum class PromptRead { Line, EndOfInput, Interrupted };

// One line for the prompt, from sys.stdin (so that input() and the prompt share its buffer, as when a
// program is piped into `ginger -i`). Ctrl-C while waiting raises KeyboardInterrupt inside the read.
PromptRead read_prompt_line(std::string& line)
{
    Val in = dict_get_str(sys_module()->dict.get(), NAME_OF(stdin));
    if (!in || is_none(in))
        return PromptRead::EndOfInput;
    auto result = call_method(in, str_intern("readline"), {});
    if (result.is_error()) {
        if (error_matches(&g_exc_KeyboardInterrupt)) {
            clear_error();
            g_interrupt_pending = 0;
            g_signal_tripped[SIGINT] = 0;
            return PromptRead::Interrupted;
        }
        print_exception(fetch_error());
        return PromptRead::EndOfInput;
    }
    Value text = result.release_value();
    if (!is_str(text) || text.as<StrObject>()->length == 0)
        return PromptRead::EndOfInput;
    line = std::string(text.as<StrObject>()->view());
    if (!line.empty() && line.back() == '\n')
        line.pop_back();
    return PromptRead::Line;
}

int run_interactive()
{
    // After a program (-i), sys.path and __main__ stay as the program left them.
    bool after_program = s_main != nullptr;
    if (!after_program)
        set_path0("");
    s_at_prompt = true;
    ModuleObject* main = main_module();
    // As CPython: the banner for a terminal (or -i) without a program before, and not with -q.
    bool interactive_start = !after_program && (isatty(0) || s_config.interactive);
    if (!s_config.quiet && (s_config.verbose || interactive_start))
        fprintf(stderr, "Python 3.12.1 (Ginger 0.1.0) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
    // PYTHONSTARTUP runs in __main__ before the first prompt (not after a program, not with -E).
    const char* startup = s_config.ignore_environment ? nullptr : getenv("PYTHONSTARTUP");
    if (interactive_start && startup && *startup) {
        std::ifstream file(startup, std::ios::binary);
        if (!file) {
            int error = errno;
            fprintf(stderr, "Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno %d] %s: '%s'\n", error, strerror(error), startup);
        } else {
            std::stringstream text;
            text << file.rdbuf();
            int status = run_source(text.str(), startup);
            (void)status;
            io_flush_std_streams();
        }
    }
    std::string buffer;
    bool block = false;
    uint32_t future_flags = 0;  // the __future__ imports typed so far hold for the rest of the session
    while (true) {
        fputs(buffer.empty() ? ">>> " : "... ", stderr);
        fflush(stderr);
        std::string line;
        PromptRead read = read_prompt_line(line);
        if (read == PromptRead::Interrupted) {
            // Ctrl-C at the prompt drops the pending input.
            fputs("\nKeyboardInterrupt\n", stderr);
            buffer.clear();
            block = false;
            continue;
        }
        if (read == PromptRead::EndOfInput) {
            fputs("\n", stderr);
            // As CPython: a KeyboardInterrupt from the last statement still ends the process by SIGINT.
            return s_keyboard_interrupt ? 130 : 0;
        }
        if (buffer.empty()) {
            std::string stripped = line.substr(0, line.find('#'));
            while (!stripped.empty() && isspace(static_cast<unsigned char>(stripped.back())))
                stripped.pop_back();
            if (stripped.empty())
                continue;
            block = stripped.back() == ':';
        }
        buffer += line + "\n";
        // A compound statement ends with an empty line; anything else as soon as it compiles.
        bool empty_line = line.find_first_not_of(" \t") == std::string::npos;
        auto code = [&] {
            compile::FutureFlags future(future_flags);
            return compile::compile_source(buffer, str_intern("<stdin>"), compile::Mode::Single);
        }();
        if (code.is_error()) {
            Value exception = fetch_error();
            auto message = str_utf8(exception);
            std::string text = message.is_error() ? std::string() : message.value();
            if (message.is_error())
                clear_error();
            if (!empty_line && is_subtype(exception.type(), &g_exc_SyntaxError) && needs_more_input(text))
                continue;
            if (block && !empty_line && is_subtype(exception.type(), &g_exc_IndentationError) && text.find("expected an indented block") != std::string::npos)
                continue;
            restore_error(std::move(exception));
            buffer.clear();
            block = false;
            int status = handle_uncaught();
            (void)status;
            continue;
        }
        if (block && !empty_line)
            continue;  // a compound statement ends with an empty line
        s_keyboard_interrupt = false;  // (each statement decides, as in CPython)
        buffer.clear();
        block = false;
        future_flags |= code.value()->flags & CO_FUTURE_FLAGS;
        auto result = vm::eval_code(code.value().get(), main->dict.get());
        io_flush_std_streams();
        if (result.is_error()) {
            if (error_matches(&g_exc_SystemExit))
                return handle_uncaught();
            handle_uncaught();
        }
        g_interrupt_pending = 0;
    }
}

// Runs module `name` as __main__, as CPython's runpy._run_module_as_main: lib/_ginger_main.py finds the code
// and sets __main__'s namespace up for it; a module that cannot be run is reported as
// "<sys.executable>: <why>" with status 1.
static int run_main_module(const std::string& name, bool set_argv0)
{
    auto helper = import_module("_ginger_main");
    if (helper.is_error())
        return handle_uncaught();
    auto code = call_method(helper.value(), str_intern("main_code"), { Val(str_from_utf8(name).get()), Val(set_argv0 ? g_true : g_false) });
    if (code.is_error()) {
        auto error_type = get_attr_str(helper.value(), "MainError");
        if (error_type.is_error())
            clear_error();
        else if (error_matches(error_type.value().as<TypeObject>())) {
            Value exception = fetch_error();
            auto message = str_utf8(exception);
            Val executable = dict_get_str(sys_module()->dict.get(), str_intern("executable"));
            io_flush_std_streams();
            fprintf(stderr, "%s: %s\n", is_str(executable) ? std::string(executable.as<StrObject>()->view()).c_str() : "ginger",
                    message.is_error() ? "" : message.value().c_str());
            if (message.is_error())
                clear_error();
            return 1;
        }
        return handle_uncaught();
    }
    Value runnable = code.release_value();
    auto result = runnable.type() == &g_code_type ? vm::eval_code(runnable.as<CodeObject>(), main_module()->dict.get()) : call(runnable.get(), {});
    if (result.is_error())
        return handle_uncaught();
    return 0;
}

int run_module(const std::string& name)
{
    char cwd[PATH_MAX];
    set_path0(getcwd(cwd, sizeof cwd) ? cwd : ".");
    main_module();
    return run_main_module(name, true);
}

bool ended_by_keyboard_interrupt() { return s_keyboard_interrupt; }

EvalResult eval_expression(const std::string& expression)
{
    ModuleObject* main = main_module();
    auto code = compile::compile_source(expression, str_intern("<string>"), compile::Mode::Eval);
    Result<Value> result = code.is_error() ? Result<Value>(Error {}) : vm::eval_code(code.value().get(), main->dict.get());
    if (!result.is_error()) {
        auto text = repr_utf8(result.value());
        if (!text.is_error())
            return { true, text.release_value() };
    }
    Value exception = fetch_error();
    std::string line(exception.type()->type_name());
    auto message = str_utf8(exception);
    if (message.is_error())
        clear_error();
    else if (!message.value().empty())
        line += ": " + message.value();
    return { false, line };
}

// CPython's wait_for_thread_shutdown(): threading._shutdown() runs before the atexit callbacks when the
// threading module was imported (it runs the callbacks of threading._register_atexit).
static void shutdown_threading()
{
    DictObject* modules = import_modules_dict();
    if (!modules)
        return;
    Val threading = dict_get_str(modules, str_intern("threading"));
    if (!threading)
        return;
    Value saved;
    if (error_occurred())
        saved = fetch_error();
    auto shutdown = get_attr_str(threading, "_shutdown");
    if (shutdown.is_error()) {
        clear_error();
    } else {
        Value function = shutdown.release_value();
        if (call(function, nullptr, 0).is_error())
            write_unraisable("in threading._shutdown", function);
    }
    if (saved)
        restore_error(std::move(saved));
}

// CPython's _PyModule_ClearDict: names with one leading underscore become None first, then all the others
// but __builtins__.
static void clear_module_dict(DictObject* globals)
{
    for (bool underscored : { true, false }) {
        std::vector<Value> names;
        int64_t position = 0;
        Val key, value;
        while (dict_next(globals, position, key, value)) {
            if (!is_str(key) || is_none(value))
                continue;
            std::string_view name = key.as<StrObject>()->view();
            bool single_underscore = !name.empty() && name[0] == '_' && (name.size() == 1 || name[1] != '_');
            if (underscored ? single_underscore : name != "__builtins__")
                names.push_back(Value::borrow(key));
        }
        for (const Value& name : names)
            dict_set_str(globals, name.as<StrObject>(), none());
    }
}

// A weak reference to a module, or null (without an error) if none can be made.
static Value weak_reference(Val module)
{
    init_weakref_types();  // made when _weakref is first imported
    auto ref = call(Val(&g_weakref_type), { module });
    if (ref.is_error()) {
        clear_error();
        return {};
    }
    return ref.release_value();
}

// The dict of the module a weak reference still reaches, or null.
static DictObject* dict_if_alive(Val ref)
{
    auto module = call(ref, nullptr, 0);
    if (module.is_error()) {
        clear_error();
        return nullptr;
    }
    // The module is still held elsewhere (it is alive after this reference goes), so the dict stays valid.
    return is_instance(module.value(), &g_module_type) ? module.value().as<ModuleObject>()->dict.get() : nullptr;
}

// As CPython's finalize_modules. __main__ goes first: it leaves sys.modules, and the collector frees it if
// nothing else holds it, running its objects' __del__ while its namespace is intact (PEP 442); if it lives
// on, it is wiped. Then the other modules written in Python leave sys.modules (their entries become None),
// the collector frees those nothing else holds in the same way, the ones still alive are wiped in the
// reverse order of their import, and the collector frees what they held. Native modules, sys, builtins and
// the import machinery stay: C++ code holds them.
static void finalize_modules()
{
    DictObject* modules = import_modules_dict();
    if (s_main) {
        if (modules && dict_delete(modules, Val(str_intern("__main__"))).is_error())
            clear_error();
        Value main_ref = weak_reference(Val(s_main));
        ModuleObject* main = s_main;
        s_main = nullptr;
        decref(main);
        gc_collect();
        if (main_ref) {
            if (DictObject* dict = dict_if_alive(main_ref.get())) {
                clear_module_dict(dict);
                gc_collect();
            }
        }
    }
    if (!modules)
        return;
    struct Leaving {
        Value name;
        Value module;  // a weak reference to it
    };
    std::vector<Leaving> leaving;
    int64_t position = 0;
    Val key, value;
    while (dict_next(modules, position, key, value)) {
        if (!is_str(key) || !is_instance(value, &g_module_type))
            continue;
        std::string_view name = key.as<StrObject>()->view();
        if (name == "sys" || name == "builtins" || name.starts_with("_frozen_importlib"))
            continue;
        DictObject* dict = value.as<ModuleObject>()->dict.get();
        Val spec = dict ? dict_get_str(dict, NAME_OF(__spec__)) : Val();
        if (!spec || is_none(spec))
            continue;
        auto origin = get_attr_str(spec, "origin");
        if (origin.is_error()) {
            clear_error();
            continue;
        }
        if (!is_str(origin.value()) || origin.value().as<StrObject>()->view() == "built-in")
            continue;
        if (Value ref = weak_reference(value))
            leaving.push_back({ Value::borrow(key), std::move(ref) });
    }
    for (const Leaving& entry : leaving)
        dict_set(modules, entry.name.get(), none());
    gc_collect();
    for (auto it = leaving.rbegin(); it != leaving.rend(); ++it) {
        if (DictObject* dict = dict_if_alive(it->module.get()))
            clear_module_dict(dict);
    }
    leaving.clear();
    gc_collect();
}

int finalize()
{
    g_exiting = true;
    shutdown_threading();
    g_thread_creation_closed = true;
    if (g_run_exit_callbacks)
        g_run_exit_callbacks();
    g_finalizing = true;
    // Daemon threads still running stop at their next attempt to take the GIL.
    gil_set_finalizing();
    finalize_modules();
    return io_finalize() ? 0 : 120;
}

}  // namespace ginger
