// libginger's public API: start the interpreter, run Python code, get results back.
// The `ginger` command is one client of it; tests/embed/ holds others.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ginger {

struct Config {
    std::vector<std::string> argv;      // sys.argv; argv[0] is the script ('' for -c and stdin)
    bool dont_write_bytecode = false;   // -B, PYTHONDONTWRITEBYTECODE: never write __pycache__ files
    bool unbuffered = false;            // -u, PYTHONUNBUFFERED: stdout and stderr without a buffer
    int verbose = 0;                    // -v: report where each module's code comes from
    std::vector<std::string> path;      // extra sys.path entries after the script's directory
    // A CPython 3.12 standard-library directory (GINGER_STDLIB): the last sys.path entry, searched after
    // Ginger's own built-in library, so CPython's pure-Python modules fill in what Ginger does not ship.
    std::string stdlib_path;
    std::vector<std::string> xoptions;  // -X options as given ("vmtrace", "pycache_prefix=DIR"): sys._xoptions
    // PYTHONWARNINGS entries, then -W options, in order: sys.warnoptions. When there are any, the
    // warnings module is imported at start-up, as CPython does, and applies them.
    std::vector<std::string> warnoptions;
    std::string pycache_prefix;         // PYTHONPYCACHEPREFIX or -X pycache_prefix=DIR: sys.pycache_prefix
    std::string check_hash_based_pycs = "default";  // --check-hash-based-pycs: "default", "always" or "never"
    bool install_signal_handlers = true;  // Ctrl-C raises KeyboardInterrupt instead of killing the process
    std::vector<std::string> orig_argv;  // the whole command line: sys.orig_argv
    bool skip_first_line = false;   // -x: the script's first line is not Python (line numbers stay the file's)
    // The rest are sys.flags, from the options and environment variables CPython reads for them.
    int optimize = 0;               // -O, -OO, PYTHONOPTIMIZE: asserts removed (1), docstrings too (2); .opt-N.pyc files
    int debug = 0;                  // -d, PYTHONDEBUG (no effect)
    bool inspect = false;           // -i, PYTHONINSPECT: the interactive prompt after the program
    bool interactive = false;       // -i
    bool no_user_site = false;      // -s, PYTHONNOUSERSITE
    bool no_site = false;           // -S
    bool ignore_environment = false;  // -E: PYTHON* variables were ignored
    int bytes_warning = 0;          // -b, -bb
    bool quiet = false;             // -q: no banner at the interactive prompt
    bool isolated = false;          // -I: -E, -P and -s
    bool dev_mode = false;          // -X dev, PYTHONDEVMODE
    bool utf8_mode = false;         // -X utf8, PYTHONUTF8
    bool safe_path = false;         // -P, PYTHONSAFEPATH: the script's directory (or cwd) is not put first on sys.path
    int64_t int_max_str_digits = -1;  // -X int_max_str_digits, PYTHONINTMAXSTRDIGITS (-1: the default, 4300)
    int64_t hash_seed = -1;         // PYTHONHASHSEED=N; -1: random (sys.flags.hash_randomization is 1 unless N is 0)
};

// Starts the interpreter. Call once per process, before anything else here.
void initialize(const Config& config);

// Each of these runs code as __main__ and returns the exit status CPython would give the process:
// 0, 1 after printing the traceback of an uncaught exception, or the code of a SystemExit.
int run_file(const std::string& path);
int run_command(const std::string& source);
int run_module(const std::string& name);
int run_stdin();
// The interactive prompt (`>>> `) on stdin: each statement runs as soon as it is complete and
// expression values are printed; prompts and the banner go to stderr, as CPython does.
int run_interactive();

// Whether the status 130 a run function returned comes from an uncaught KeyboardInterrupt (not from
// sys.exit(130)): CPython's process then ends by SIGINT, as the command does.
bool ended_by_keyboard_interrupt();

// Evaluates an expression in __main__'s namespace. On success `ok` is true and `text` is the
// repr of the result; otherwise `text` is the exception as its last traceback line shows it.
struct EvalResult {
    bool ok;
    std::string text;
};
EvalResult eval_expression(const std::string& expression);

// Runs the exit handlers, tears the modules down and flushes the standard streams; call before the process
// exits. Returns 120 if sys.stdout could not be flushed (CPython's exit status then), else 0.
int finalize();

}  // namespace ginger
