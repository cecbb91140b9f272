// libginger's public API: start the interpreter, run Python code, get results back.
// The `ginger` command is one client of it; tests/embed/ holds others.
#pragma once

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

// Evaluates an expression in __main__'s namespace. On success `ok` is true and `text` is the
// repr of the result; otherwise `text` is the exception as its last traceback line shows it.
struct EvalResult {
    bool ok;
    std::string text;
};
EvalResult eval_expression(const std::string& expression);

// Flushes the standard streams; call before the process exits.
void finalize();

}  // namespace ginger
