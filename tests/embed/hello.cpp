// Embedding through the public API only: start the interpreter, evaluate expressions, run commands,
// see errors come back as values. Exits 0 when every check holds.
#include <ginger/ginger.h>

#include <cstdio>
#include <string>

namespace {

int g_failures = 0;

void check(bool condition, const std::string& what)
{
    if (!condition) {
        std::fprintf(stderr, "FAILED: %s\n", what.c_str());
        ++g_failures;
    }
}

void check_eval(const std::string& expression, bool ok, const std::string& text)
{
    ginger::EvalResult result = ginger::eval_expression(expression);
    check(result.ok == ok && result.text == text,
          expression + " gave ok=" + (result.ok ? "true" : "false") + " text=" + result.text + "; expected " + text);
}

}  // namespace

int main()
{
    ginger::Config config;
    config.argv = { "" };
    config.dont_write_bytecode = true;
    ginger::initialize(config);

    ginger::EvalResult sum = ginger::eval_expression("sum(range(10))");
    std::printf("sum(range(10)) = %s\n", sum.text.c_str());
    check(sum.ok && sum.text == "45", "sum(range(10))");

    // Commands run in __main__, and later expressions see what they defined.
    check(ginger::run_command("def square(n):\n    return n * n\ntotal = square(12)\n") == 0, "run_command");
    check_eval("total", true, "144");
    check_eval("[square(i) for i in range(4)]", true, "[0, 1, 4, 9]");
    check_eval("'embedded ' + 'str'", true, "'embedded str'");
    check_eval("2 ** 100", true, "1267650600228229401496703205376");

    // Exceptions come back as values, with the last traceback line as the text.
    check_eval("1 / 0", false, "ZeroDivisionError: division by zero");
    check_eval("undefined_name", false, "NameError: name 'undefined_name' is not defined");
    check_eval("{}['k']", false, "KeyError: 'k'");
    // A syntax error is reported the same way, not thrown or printed.
    ginger::EvalResult bad = ginger::eval_expression("1 +");
    check(!bad.ok && bad.text.rfind("SyntaxError", 0) == 0, "syntax error: " + bad.text);

    // An uncaught exception in a command gives exit status 1 (after printing its traceback on stderr);
    // SystemExit gives its code; the interpreter stays usable afterwards.
    check(ginger::run_command("raise ValueError('expected by the embed test')\n") == 1, "uncaught exception status");
    check(ginger::run_command("raise SystemExit(3)\n") == 3, "SystemExit status");
    check(ginger::run_command("import sys\nsys.stdout.write('from python\\n')\n") == 0, "stdout from python");
    check_eval("total + 1", true, "145");

    ginger::finalize();
    if (g_failures) {
        std::fprintf(stderr, "%d check(s) failed\n", g_failures);
        return 1;
    }
    std::printf("embed ok\n");
    return 0;
}
