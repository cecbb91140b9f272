// The `ginger` command: parses CPython's command line and runs the program through libginger.
#include <ginger/ginger.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <csignal>
#include <pthread.h>
#include <unistd.h>
#include <string>
#include <vector>

namespace {

// The usage line names the program as it was invoked, as CPython's does.
std::string usage(const char* program)
{
    return std::string("usage: ") + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
}

const char* HELP =
    "Options (and corresponding environment variables):\n"
    "-b     : sets sys.flags.bytes_warning (-bb: 2); Ginger issues no BytesWarning\n"
    "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-d     : sets sys.flags.debug (no parser debugging output); also PYTHONDEBUG=x\n"
    "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal; also PYTHONINSPECT=x\n"
    "-I     : isolate Ginger from the user's environment (implies -E, -P and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-O     : remove assert and __debug__-dependent statements; add .opt-1 before\n"
    "         .pyc extension; also PYTHONOPTIMIZE=x\n"
    "-OO    : do -O changes and also discard docstrings; add .opt-2 before\n"
    "         .pyc extension\n"
    "-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-R     : a random hash seed even when PYTHONHASHSEED is set\n"
    "-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE\n"
    "-S     : don't imply 'import site' on initialization (Ginger never imports it)\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-v     : verbose (trace import statements); also PYTHONVERBOSE=x\n"
    "         can be supplied multiple times to increase verbosity\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "         also PYTHONWARNINGS=arg\n"
    "-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n"
    "-X opt : set implementation-specific option\n"
    "--check-hash-based-pycs always|default|never:\n"
    "         control how Ginger invalidates hash-based .pyc files\n"
    "--help-env      : print help about Ginger's environment variables and exit\n"
    "--help-xoptions : print help about implementation-specific -X options and exit\n"
    "--help-all      : print complete help information and exit\n"
    "Arguments:\n"
    "file   : program read from script file (a directory or zip file runs its __main__.py)\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

const char* HELP_XOPTIONS =
    "The following implementation-specific options are available:\n"
    "\n"
    "-X dev: enable the development mode: adds the default warning filter (as\n"
    "    -W default), enables faulthandler and sets the dev_mode attribute of sys.flags\n"
    "    to True\n"
    "\n"
    "-X faulthandler: enable faulthandler\n"
    "\n"
    "-X importtime: show how long each import takes. It shows module name,\n"
    "    cumulative time (including nested imports) and self time (excluding\n"
    "    nested imports); also PYTHONPROFILEIMPORTTIME\n"
    "\n"
    "-X utf8: sets sys.flags.utf8_mode to 1 (Ginger's operating system interfaces\n"
    "    always use UTF-8). -X utf8=0 sets it to 0\n"
    "\n"
    "-X pycache_prefix=PATH: enable writing .pyc files to a parallel tree rooted at the\n"
    "    given directory instead of to the code tree\n"
    "\n"
    "-X warn_default_encoding: enable opt-in EncodingWarning for 'encoding=None'\n"
    "\n"
    "-X frozen_modules=[on|off]: accepted; Ginger's own library exists only frozen\n"
    "    into the executable, so it is used either way\n"
    "\n"
    "-X int_max_str_digits=number: limit the size of int<->str conversions.\n"
    "    This helps avoid denial of service attacks when parsing untrusted data.\n"
    "    The default is sys.int_info.default_max_str_digits.  0 disables.\n"
    "\n"
    "-X vmtrace: print each instruction as the VM executes it (to stderr)\n";

const char* HELP_ENV =
    "Environment variables that change behavior:\n"
    "PYTHONPATH   : ':'-separated list of directories prefixed to the\n"
    "               default module search path.  The result is sys.path.\n"
    "PYTHONHOME   : not used: Ginger's library is built into the executable\n"
    "               (see GINGER_STDLIB)\n"
    "PYTHONUTF8: if set to 1, sets sys.flags.utf8_mode.\n"
    "PYTHONHASHSEED: if this variable is set to 'random', a random value is used\n"
    "   to seed the hashes of str and bytes objects.  It can also be set to an\n"
    "   integer in the range [0,4294967295] to get hash values with a\n"
    "   predictable seed.\n"
    "PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value\n"
    "   when converting from a string and when converting an int back to a str.\n"
    "   A value of 0 disables the limit.  Conversions to or from bases 2, 4, 8,\n"
    "   16, and 32 are never limited.\n"
    "PYTHONSTARTUP: file executed on interactive startup (no default)\n"
    "PYTHONIOENCODING: Encoding[:errors] used for stdin/stdout/stderr.\n"
    "PYTHONFAULTHANDLER: dump the Python traceback on fatal errors.\n"
    "PYTHONBREAKPOINT: if this variable is set to 0, it disables the default\n"
    "   debugger. It can be set to the callable of your debugger of choice.\n"
    "PYTHONDEVMODE: enable the development mode.\n"
    "PYTHONPYCACHEPREFIX: root directory for bytecode cache (pyc) files.\n"
    "PYTHONWARNDEFAULTENCODING: enable opt-in EncodingWarning for 'encoding=None'.\n"
    "GINGER_STDLIB: a CPython 3.12 standard-library directory, searched after\n"
    "   Ginger's own library.\n"
    "These variables have equivalent command-line parameters (see --help for details):\n"
    "PYTHONDEBUG             : sets sys.flags.debug (-d)\n"
    "PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)\n"
    "PYTHONINSPECT           : inspect interactively after running script (-i)\n"
    "PYTHONINTMAXSTRDIGITS   : limit max digit characters in an int value\n"
    "                          (-X int_max_str_digits=number)\n"
    "PYTHONNOUSERSITE        : disable user site directory (-s)\n"
    "PYTHONOPTIMIZE          : enable level 1 optimizations (-O)\n"
    "PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)\n"
    "PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)\n"
    "PYTHONVERBOSE           : trace import statements (-v)\n"
    "PYTHONWARNINGS=arg      : warning control (-W arg)\n";

struct Invocation {
    ginger::Config config;
    enum class Kind { File, Command, Module, Stdin, Interactive } kind = Kind::Stdin;
    std::string target;
    int status = 0;
    bool interrupted = false;  // the program ended with an uncaught KeyboardInterrupt
};

int run(Invocation& invocation)
{
    ginger::initialize(invocation.config);
    int status = 0;
    switch (invocation.kind) {
    case Invocation::Kind::File: status = ginger::run_file(invocation.target); break;
    case Invocation::Kind::Command: status = ginger::run_command(invocation.target); break;
    case Invocation::Kind::Module: status = ginger::run_module(invocation.target); break;
    case Invocation::Kind::Stdin: status = ginger::run_stdin(); break;
    case Invocation::Kind::Interactive: status = ginger::run_interactive(); break;
    }
    // -i (or PYTHONINSPECT, even set by the program): the prompt once the program is done.
    const char* inspect = invocation.config.ignore_environment ? nullptr : getenv("PYTHONINSPECT");
    if (invocation.kind != Invocation::Kind::Interactive && (invocation.config.inspect || (inspect && *inspect)))
        status = ginger::run_interactive();
    invocation.interrupted = status == 130 && ginger::ended_by_keyboard_interrupt();
    if (ginger::finalize() != 0)
        status = 120;
    return status;
}

// Allocation failures are MemoryError where they can be (objects, sizes checked up front); a failure deep in
// container growth throws std::bad_alloc instead. The process cannot continue safely then, but it ends as a
// Python program out of memory does: "MemoryError" on stderr and status 1, not an abort.
int run_guarded(Invocation& invocation)
{
    try {
        return run(invocation);
    } catch (const std::bad_alloc&) {
        fputs("MemoryError\n", stderr);
        _exit(1);
    }
}

void* run_thread(void* argument)
{
    auto* invocation = static_cast<Invocation*>(argument);
    invocation->status = run_guarded(*invocation);
    return nullptr;
}

// An environment variable, unless -E or -I said to ignore them; null when unset or empty.
const char* environment(const ginger::Config& config, const char* name)
{
    if (config.ignore_environment)
        return nullptr;
    const char* value = getenv(name);
    return value && *value ? value : nullptr;
}

// CPython's integer environment flags (PYTHONOPTIMIZE, PYTHONVERBOSE, PYTHONDEBUG): a number, or 1 for any
// other text; the larger of that and the command line's count.
void environment_level(const ginger::Config& config, const char* name, int& level)
{
    const char* value = environment(config, name);
    if (!value)
        return;
    char* end = nullptr;
    long number = strtol(value, &end, 10);
    int found = (*end != '\0' || number < 0 || number > 1000000) ? 1 : int(number);
    level = std::max(level, found);
}

std::vector<std::string> split(const char* text, char separator)
{
    std::vector<std::string> parts;
    std::string all(text);
    size_t start = 0;
    while (start <= all.size()) {
        size_t end = all.find(separator, start);
        std::string entry = all.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!entry.empty())
            parts.push_back(entry);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return parts;
}

// CPython's fatal start-up error (status 1).
int fatal(const std::string& message)
{
    fprintf(stderr, "Fatal Python error: %s\nPython runtime state: preinitialized\n\n", message.c_str());
    return 1;
}

// -X int_max_str_digits and PYTHONINTMAXSTRDIGITS: 0 (no limit) or at least 640.
bool parse_max_str_digits(const char* text, int64_t& limit)
{
    if (!text || !*text)
        return false;
    char* end = nullptr;
    long long number = strtoll(text, &end, 10);
    if (*end != '\0' || number < 0 || (number > 0 && number < 640) || number > INT32_MAX)
        return false;
    limit = number;
    return true;
}

int bad_command_line(const char* program, const std::string& message)
{
    fprintf(stderr, "%s\n%sTry `ginger -h' for more information.\n", message.c_str(), usage(program).c_str());
    return 2;
}

}  // namespace

int main(int argc, char** argv)
{
    Invocation invocation;
    ginger::Config& config = invocation.config;
    const char* program = argc > 0 ? argv[0] : "ginger";
    for (int k = 0; k < argc; ++k)
        config.orig_argv.push_back(argv[k]);
    std::vector<std::string> command_line_warnoptions;
    bool interactive = false;
    bool random_hashes = false;
    int i = 1;
    bool done = false;
    for (; i < argc && !done; ++i) {
        const char* arg = argv[i];
        if (arg[0] != '-' || strcmp(arg, "-") == 0)
            break;
        if (strcmp(arg, "--") == 0) {
            ++i;
            break;
        }
        if (strcmp(arg, "--version") == 0) {
            printf("Python 3.12.1 (Ginger 0.1.0)\n");
            return 0;
        }
        if (strcmp(arg, "--check-hash-based-pycs") == 0) {
            const char* value = i + 1 < argc ? argv[++i] : nullptr;
            if (!value)
                return bad_command_line(program, "Argument expected for the --check-hash-based-pycs options");
            if (strcmp(value, "default") != 0 && strcmp(value, "always") != 0 && strcmp(value, "never") != 0)
                return bad_command_line(program, "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
            config.check_hash_based_pycs = value;
            continue;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "--help-all") == 0) {
            fputs(usage(program).c_str(), stdout);
            fputs(HELP, stdout);
            if (strcmp(arg, "--help-all") == 0) {
                fputs("\n", stdout);
                fputs(HELP_XOPTIONS, stdout);
                fputs("\n", stdout);
                fputs(HELP_ENV, stdout);
            }
            return 0;
        }
        if (strcmp(arg, "--help-env") == 0 || strcmp(arg, "--help-xoptions") == 0) {
            fputs(arg[7] == 'e' ? HELP_ENV : HELP_XOPTIONS, stdout);
            return 0;
        }
        if (arg[1] == '-')
            return bad_command_line(program, std::string("unknown option ") + arg);
        for (const char* p = arg + 1; *p; ++p) {
            char option = *p;
            if (option == 'c' || option == 'm' || option == 'W' || option == 'X') {
                const char* value = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : nullptr);
                if (!value)
                    return bad_command_line(program, std::string("Argument expected for the -") + option + " option");
                if (option == 'c' || option == 'm') {
                    invocation.kind = option == 'c' ? Invocation::Kind::Command : Invocation::Kind::Module;
                    invocation.target = value;
                    done = true;
                } else if (option == 'W') {
                    command_line_warnoptions.push_back(value);
                } else {
                    config.xoptions.push_back(value);
                }
                break;
            }
            switch (option) {
            case 'b': ++config.bytes_warning; break;
            case 'B': config.dont_write_bytecode = true; break;
            case 'd': ++config.debug; break;
            case 'E': config.ignore_environment = true; break;
            case 'i': interactive = true; config.inspect = true; break;
            case 'I': config.isolated = config.ignore_environment = config.no_user_site = config.safe_path = true; break;
            case 'O': ++config.optimize; break;
            case 'P': config.safe_path = true; break;
            case 'q': config.quiet = true; break;
            case 'R': random_hashes = true; break;  // a random seed even with PYTHONHASHSEED
            case 's': config.no_user_site = true; break;
            case 'S': config.no_site = true; break;
            case 'u': config.unbuffered = true; break;
            case 'v': ++config.verbose; break;
            case 'x': config.skip_first_line = true; break;
            case 'V': printf("Python 3.12.1 (Ginger 0.1.0)\n"); return 0;
            case 'h':
            case '?':
                fputs(usage(program).c_str(), stdout);
                fputs(HELP, stdout);
                return 0;
            default:
                return bad_command_line(program, std::string("Unknown option: -") + option);
            }
        }
    }

    // The environment, read once the command line has said whether to (-E, -I).
    if (environment(config, "PYTHONDONTWRITEBYTECODE"))
        config.dont_write_bytecode = true;
    if (environment(config, "PYTHONUNBUFFERED"))
        config.unbuffered = true;
    if (environment(config, "PYTHONINSPECT"))
        config.inspect = true;
    if (environment(config, "PYTHONNOUSERSITE"))
        config.no_user_site = true;
    if (environment(config, "PYTHONSAFEPATH"))
        config.safe_path = true;
    if (environment(config, "PYTHONDEVMODE"))
        config.dev_mode = true;
    environment_level(config, "PYTHONVERBOSE", config.verbose);
    environment_level(config, "PYTHONOPTIMIZE", config.optimize);
    environment_level(config, "PYTHONDEBUG", config.debug);
    if (const char* env = environment(config, "PYTHONPATH")) {
        // As CPython: relative entries are made absolute (from the current directory at start-up).
        char cwd[PATH_MAX];
        for (std::string& entry : split(env, ':'))
            config.path.push_back(entry[0] == '/' || !getcwd(cwd, sizeof cwd) ? entry : std::string(cwd) + "/" + entry);
    }
    if (const char* env = environment(config, "PYTHONPYCACHEPREFIX"))
        config.pycache_prefix = env;
    if (const char* env = environment(config, "PYTHONUTF8"))
        config.utf8_mode = strcmp(env, "0") != 0;
    // sys.warnoptions as CPython composes it: "default" in the development mode, PYTHONWARNINGS, the -W options,
    // then the BytesWarning action of -b/-bb (the last applied wins, so it is first among the filters).
    bool dev_mode = config.dev_mode;
    for (const std::string& option : config.xoptions)
        dev_mode = dev_mode || option == "dev";
    if (dev_mode)
        config.warnoptions.push_back("default");
    if (const char* env = environment(config, "PYTHONWARNINGS")) {
        for (std::string& entry : split(env, ','))
            config.warnoptions.push_back(entry);
    }
    config.warnoptions.insert(config.warnoptions.end(), command_line_warnoptions.begin(), command_line_warnoptions.end());
    if (config.bytes_warning > 0)
        config.warnoptions.push_back(config.bytes_warning > 1 ? "error::BytesWarning" : "default::BytesWarning");
    // GINGER_STDLIB is where Ginger's library is completed, not a user setting: -E does not hide it.
    if (const char* env = getenv("GINGER_STDLIB"); env && *env)
        config.stdlib_path = env;
    if (const char* env = environment(config, "PYTHONHASHSEED"); env && strcmp(env, "random") != 0) {
        char* end = nullptr;
        errno = 0;
        unsigned long long seed = strtoull(env, &end, 10);
        if (*end != '\0' || errno != 0 || seed > 4294967295ull || env[0] == '-')
            return fatal("config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]");
        if (!random_hashes)
            config.hash_seed = int64_t(seed);
    }
    if (const char* env = environment(config, "PYTHONINTMAXSTRDIGITS")) {
        if (!parse_max_str_digits(env, config.int_max_str_digits))
            return fatal("config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.");
    }
    for (const std::string& option : config.xoptions) {
        std::string name = option.substr(0, option.find('='));
        const char* value = option.size() > name.size() ? option.c_str() + name.size() + 1 : nullptr;
        if (name == "pycache_prefix") {
            config.pycache_prefix = value ? value : "";
        } else if (name == "dev") {
            config.dev_mode = true;
        } else if (name == "utf8") {
            config.utf8_mode = !value || strcmp(value, "0") != 0;
        } else if (name == "int_max_str_digits") {
            if (!parse_max_str_digits(value, config.int_max_str_digits))
                return fatal("config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.");
        } else if (name == "frozen_modules") {
            if (value && *value && strcmp(value, "on") != 0 && strcmp(value, "off") != 0)
                return fatal("bad value for option -X frozen_modules (expected \"on\" or \"off\")");
        }
    }

    if (invocation.kind == Invocation::Kind::Command) {
        config.argv.push_back("-c");
    } else if (invocation.kind == Invocation::Kind::Module) {
        config.argv.push_back("-m");  // the module's file once it is found
    } else if (i < argc && strcmp(argv[i], "-") != 0) {
        invocation.kind = Invocation::Kind::File;
        invocation.target = argv[i];
        config.argv.push_back(argv[i]);
        ++i;
    } else {
        config.argv.push_back(i < argc ? "-" : "");
        if (i < argc)
            ++i;
        // No program: the interactive prompt when stdin is a terminal (or with -i).
        if (interactive || isatty(0)) {
            invocation.kind = Invocation::Kind::Interactive;
            config.inspect = interactive;
        }
    }
    for (; i < argc; ++i)
        config.argv.push_back(argv[i]);
    config.interactive = interactive;

    // The interpreter runs on a thread with a large stack, so that deep (but bounded) native
    // recursion — nested data printed by repr(), deep expressions — has room.
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, size_t(512) << 20);
    pthread_t thread;
    if (pthread_create(&thread, &attributes, run_thread, &invocation) != 0)
        return run_guarded(invocation);
    // Signals sent to the process must reach the interpreter's thread: its handlers record them, and its
    // blocking calls (sleep, pause, reads) must be interrupted by them.
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, nullptr);
    pthread_join(thread, nullptr);
    if (invocation.status == 130 && invocation.interrupted) {
        // As CPython: after an uncaught KeyboardInterrupt the process dies of SIGINT, so that a shell running
        // it in a loop sees the interruption.
        fflush(nullptr);
        signal(SIGINT, SIG_DFL);
        sigset_t interrupt;
        sigemptyset(&interrupt);
        sigaddset(&interrupt, SIGINT);
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nullptr);
        kill(getpid(), SIGINT);
    }
    return invocation.status;
}
