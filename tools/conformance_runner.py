"""Runs one CPython test module under the interpreter running this script and reports the counts.

Used by tools/run_cpython_tests.py, which starts `ginger tools/conformance_runner.py test.test_grammar` with
GINGER_STDLIB pointing at CPython 3.12's standard library (for unittest and the test package). The last line
of stdout is the summary:

    CONFORMANCE run=N passed=N failures=N errors=N skipped=N xfail=N xpass=N

and each test that did not pass is listed before it as `FAIL test_id: first line of the reason`.
If the module cannot even be loaded the summary is `CONFORMANCE load-error <exception>`.
"""

import sys
import types

# test_bytes's ByteArrayTest class body does `import_helper.import_module('_testcapi')`; without a module of
# that name the whole file raises SkipTest at import and none of its tests run. Ginger has no _testcapi (it
# is CPython's C-API test module), so for that file only the runner installs this placeholder: it holds just
# the integer limits of a 64-bit C platform that the file reads, and no functions, so the few tests that
# call into _testcapi fail with AttributeError and are counted as errors.
PLACEHOLDERS = {"test.test_bytes": "_testcapi"}


def install_placeholder(name):
    module = types.ModuleType(name, "Conformance-runner placeholder: constants only, no C-API test functions.")
    int_bits, long_bits, size_bits = 32, 64, 64
    module.INT_MAX, module.INT_MIN = 2 ** (int_bits - 1) - 1, -2 ** (int_bits - 1)
    module.UINT_MAX = 2 ** int_bits - 1
    module.LONG_MAX, module.LONG_MIN = 2 ** (long_bits - 1) - 1, -2 ** (long_bits - 1)
    module.ULONG_MAX = 2 ** long_bits - 1
    module.PY_SSIZE_T_MAX, module.PY_SSIZE_T_MIN = sys.maxsize, -sys.maxsize - 1
    assert module.PY_SSIZE_T_MAX == 2 ** (size_bits - 1) - 1
    sys.modules[name] = module


def first_line(text):
    lines = [line for line in str(text).strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


def main():
    name = sys.argv[1]
    try:
        import unittest
        if name in PLACEHOLDERS:
            install_placeholder(PLACEHOLDERS[name])
        module = __import__(name, fromlist=["*"])
        suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    except BaseException as e:  # what a module does at import time is part of what is measured
        print(f"CONFORMANCE load-error {type(e).__name__}: {first_line(e)}")
        return

    class Result(unittest.TestResult):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.passed = 0

        def addSuccess(self, test):
            super().addSuccess(test)
            self.passed += 1

        def addSubTest(self, test, subtest, outcome):
            super().addSubTest(test, subtest, outcome)

    result = Result()
    try:
        suite.run(result)
    except BaseException as e:
        print(f"CONFORMANCE run-error {type(e).__name__}: {first_line(e)}")
        return
    for kind, items in (("FAIL", result.failures), ("ERROR", result.errors)):
        for test, trace in items:
            print(f"{kind} {test.id()}: {first_line(trace)}")
    for test, reason in result.skipped:
        print(f"SKIP {test.id()}: {first_line(reason)}")
    print(f"CONFORMANCE run={result.testsRun} passed={result.passed} failures={len(result.failures)} "
          f"errors={len(result.errors)} skipped={len(result.skipped)} xfail={len(result.expectedFailures)} "
          f"xpass={len(result.unexpectedSuccesses)}")


main()
