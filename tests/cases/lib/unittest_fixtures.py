# setUp/tearDown, setUpClass/tearDownClass, setUpModule/tearDownModule, cleanups and their order,
# and what happens when they fail.
import unittest
from _ut_normalize import run, load

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class Ordered(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.addClassCleanup(log.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 2 " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_a(self):
        log.append("test_a")

    def test_b(self):
        log.append("test_b")
        self.fail("b fails")


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "broken class cleanup")
        raise ValueError("no class today")

    def test_never(self):
        log.append("never runs")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup after failed setUp")
        raise OSError("setUp failed")

    def tearDown(self):
        log.append("tearDown must not run")

    def test_x(self):
        log.append("test_x must not run")


class FailingCleanup(unittest.TestCase):
    def test_cleanup_fails(self):
        def bad():
            raise RuntimeError("cleanup broke")
        self.addCleanup(bad)
        self.addCleanup(log.append, "good cleanup runs first")


class Context:
    def __enter__(self):
        log.append("enter")
        return "value"

    def __exit__(self, *args):
        log.append("exit %r" % (args,))


class EnterContext(unittest.TestCase):
    def test_enter(self):
        log.append(self.enterContext(Context()))

    def test_not_a_context(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(object())
        log.append(str(cm.exception))


run(load(Ordered, BrokenSetUpClass, BrokenSetUp, FailingCleanup, EnterContext), verbosity=2)
for line in log:
    print(line)

print("--- module cleanups")
unittest.addModuleCleanup(print, "module cleanup", 1)
unittest.addModuleCleanup(print, "module cleanup", 2)
unittest.doModuleCleanups()

print("--- doCleanups by hand, debug()")


class Debugged(unittest.TestCase):
    def test_it(self):
        self.addCleanup(print, "debug cleanup")
        print("debug body")


Debugged("test_it").debug()
try:
    Debugged("no_such_method")
except ValueError as e:
    print("ValueError:", e)
