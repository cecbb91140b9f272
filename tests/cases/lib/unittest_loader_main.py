# TestLoader (names, patterns, discovery) and unittest.main (argv options, exit codes, discovery).
import io
import os
import sys
import unittest
from _ut_normalize import run, clean, HERE


class Sample(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def test_fails(self):
        self.fail("as planned")

    def helper(self):
        pass

    test_not_callable = 3


def suite_factory():
    return unittest.TestSuite([Sample("test_a")])


def ids(suite):
    out = []
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            out.extend(ids(test))
        else:
            out.append(test.id())
    return out


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Sample))
print(ids(loader.loadTestsFromTestCase(Sample)))
print(ids(loader.loadTestsFromName("Sample.test_a", sys.modules[__name__])))
print(ids(loader.loadTestsFromName("suite_factory", sys.modules[__name__])))
print(ids(loader.loadTestsFromNames(["Sample.test_b", "Sample"], sys.modules[__name__])))
print(loader.loadTestsFromModule(sys.modules[__name__]).countTestCases())
bad = loader.loadTestsFromName("Sample.test_nothing", sys.modules[__name__])
print(ids(bad), loader.errors[-1].splitlines()[-1])
try:
    loader.loadTestsFromName("Sample.test_not_callable", sys.modules[__name__])
except TypeError as e:
    print("TypeError:", e)
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)

loader = unittest.TestLoader()
loader.testNamePatterns = ["*test_a*", "*fails"]
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Sample))
loader.sortTestMethodsUsing = None
loader.testMethodPrefix = "help"
print(loader.getTestCaseNames(Sample))

print("--- discover")
start = os.path.join(HERE, "_ut_discover")
loader = unittest.TestLoader()
found = loader.discover(start, pattern="test_[ag]*.py")
print(ids(found))
loader = unittest.TestLoader()
found = loader.discover(start, pattern="check_*.py")
print(ids(found))
loader = unittest.TestLoader()
found = loader.discover(start)
print(found.countTestCases(), [line for line in ids(found) if "broken" in line])
print(len(loader.errors), loader.errors[0].splitlines()[0], loader.errors[0].splitlines()[-1])
try:
    unittest.TestLoader().discover(os.path.join(start, "nopkg"), top_level_dir=start)
except ImportError as e:
    print("ImportError:", clean(str(e)))


def main(argv, **kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kwargs.pop("verbosity", 1))
    try:
        program = unittest.main(module=kwargs.pop("module", __name__), argv=argv, testRunner=runner,
                                testLoader=unittest.TestLoader(), **kwargs)
    except SystemExit as e:
        print(clean(stream.getvalue()), end="")
        print("exit", e.code)
    else:
        print(clean(stream.getvalue()), end="")
        print("result", program.result)


print("--- main")
main(["prog", "Sample.test_a"])
main(["prog", "-k", "test_b", "-k", "fail"], exit=False)
main(["prog", "-k", "nothing_matches"])
main(["prog", "Sample"], failfast=True)
main(["prog", "-f", "Sample"])
main(["prog", "--quiet", "Sample.test_a"], exit=False)
main(["prog", "-v", "Sample.test_b", "Sample.test_a"], verbosity=2)
print("--- main discover")
main(["prog", "discover", "-s", start, "-p", "test_g*.py"], module=None)
main(["prog", "discover", start, "test_alpha.py"], module=None)
print("--- main errors")
err = io.StringIO()
sys.stderr = err
try:
    main(["prog", "--bogus"])
finally:
    sys.stderr = sys.__stderr__
print(err.getvalue())
