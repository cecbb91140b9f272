// The `ginger` command: parses CPython's command line and runs the program through libginger.
#include <ginger/ginger.h>

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

const char* USAGE = "usage: ginger [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

const char* HELP =
    "Options (a subset of CPython's):\n"
    "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
    "--check-hash-based-pycs always|default|never:\n"
    "         control how Python invalidates hash-based .pyc files\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : interactive prompt on stdin, even if it is not a terminal\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-v     : verbose (trace import statements); also PYTHONVERBOSE=x\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "         also PYTHONWARNINGS=arg\n"
    "-X opt : implementation-specific option:\n"
    "         -X vmtrace: print each instruction as the VM executes it (to stderr)\n"
    "         -X pycache_prefix=PATH: write .pyc files to a parallel tree at PATH\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\nEnvironment variables:\n"
    "PYTHONPATH      : ':'-separated list of directories prefixed to the default module search path\n"
    "GINGER_STDLIB   : a CPython 3.12 standard-library directory, searched after Ginger's own library\n"
    "PYTHONPYCACHEPREFIX: root of a parallel tree for .pyc files (as -X pycache_prefix)\n";

struct Invocation {
    ginger::Config config;
    enum class Kind { File, Command, Module, Stdin, Interactive } kind = Kind::Stdin;
    std::string target;
    int status = 0;
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
    ginger::finalize();
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

}  // namespace

int main(int argc, char** argv)
{
    Invocation invocation;
    ginger::Config& config = invocation.config;
    bool interactive = false;
    if (const char* env = getenv("PYTHONDONTWRITEBYTECODE"); env && *env)
        config.dont_write_bytecode = true;
    if (const char* env = getenv("PYTHONUNBUFFERED"); env && *env)
        config.unbuffered = true;
    if (const char* env = getenv("PYTHONVERBOSE"); env && *env)
        config.verbose = 1;
    if (const char* env = getenv("PYTHONPATH"); env && *env) {
        std::string paths(env);
        size_t start = 0;
        while (start <= paths.size()) {
            size_t colon = paths.find(':', start);
            std::string entry = paths.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
            if (!entry.empty())
                config.path.push_back(entry);
            if (colon == std::string::npos)
                break;
            start = colon + 1;
        }
    }
    if (const char* env = getenv("PYTHONPYCACHEPREFIX"); env && *env)
        config.pycache_prefix = env;
    if (const char* env = getenv("GINGER_STDLIB"); env && *env)
        config.stdlib_path = env;
    if (const char* env = getenv("PYTHONWARNINGS"); env && *env) {
        std::string options(env);
        size_t start = 0;
        while (start <= options.size()) {
            size_t comma = options.find(',', start);
            std::string entry = options.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (!entry.empty())
                config.warnoptions.push_back(entry);
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    }
    std::vector<std::string> command_line_warnoptions;
    int i = 1;
    bool done = false;
    for (; i < argc && !done; ++i) {
        const char* arg = argv[i];
        if (arg[0] != '-' || strcmp(arg, "-") == 0)
            break;
        if (strcmp(arg, "--version") == 0) {
            printf("Python 3.12.1 (Ginger 0.1.0)\n");
            return 0;
        }
        if (strcmp(arg, "--check-hash-based-pycs") == 0) {
            const char* value = i + 1 < argc ? argv[++i] : nullptr;
            if (!value || (strcmp(value, "default") != 0 && strcmp(value, "always") != 0 && strcmp(value, "never") != 0)) {
                fprintf(stderr, "--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n%sTry `ginger -h' for more information.\n", USAGE);
                return 2;
            }
            config.check_hash_based_pycs = value;
            continue;
        }
        if (strcmp(arg, "--help") == 0) {
            fputs(USAGE, stdout);
            fputs(HELP, stdout);
            return 0;
        }
        for (const char* p = arg + 1; *p; ++p) {
            char option = *p;
            if (option == 'c' || option == 'm') {
                const char* value = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : nullptr);
                if (!value) {
                    fprintf(stderr, "Argument expected for the -%c option\n%sTry `ginger -h' for more information.\n", option, USAGE);
                    return 2;
                }
                invocation.kind = option == 'c' ? Invocation::Kind::Command : Invocation::Kind::Module;
                invocation.target = value;
                done = true;
                break;
            }
            if (option == 'W') {
                const char* value = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : nullptr);
                if (!value) {
                    fprintf(stderr, "Argument expected for the -W option\n%sTry `ginger -h' for more information.\n", USAGE);
                    return 2;
                }
                command_line_warnoptions.push_back(value);
                break;
            }
            if (option == 'X') {
                const char* value = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : nullptr);
                if (!value) {
                    fprintf(stderr, "Argument expected for the -X option\n%sTry `ginger -h' for more information.\n", USAGE);
                    return 2;
                }
                config.xoptions.push_back(value);
                if (strncmp(value, "pycache_prefix=", 15) == 0)
                    config.pycache_prefix = value + 15;
                break;
            }
            switch (option) {
            case 'B': config.dont_write_bytecode = true; break;
            case 'u': config.unbuffered = true; break;
            case 'i': interactive = true; break;
            case 'v': ++config.verbose; break;
            case 'V': printf("Python 3.12.1 (Ginger 0.1.0)\n"); return 0;
            case 'h':
            case '?':
                fputs(USAGE, stdout);
                fputs(HELP, stdout);
                return 0;
            case 'E':
            case 's':
            case 'S':
            case 'O':
            case 'I':
            case 'q':
                break;  // accepted, no effect yet
            default:
                fprintf(stderr, "Unknown option: -%c\n%sTry `ginger -h' for more information.\n", option, USAGE);
                return 2;
            }
        }
    }
    config.warnoptions.insert(config.warnoptions.end(), command_line_warnoptions.begin(), command_line_warnoptions.end());
    if (invocation.kind == Invocation::Kind::Command) {
        config.argv.push_back("-c");
    } else if (invocation.kind == Invocation::Kind::Module) {
        config.argv.push_back(invocation.target);
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
        if (interactive || isatty(0))
            invocation.kind = Invocation::Kind::Interactive;
    }
    for (; i < argc; ++i)
        config.argv.push_back(argv[i]);

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
    return invocation.status;
}
