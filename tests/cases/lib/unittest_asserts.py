# The failure messages of TestCase's assert methods (those that need no diff), longMessage and msg=.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print("%s: %s" % (name, e))
    except Exception as e:
        print("%s raised %s: %s" % (name, type(e).__name__, e))
    else:
        print("%s: passed" % name)


check("assertEqual", 1, 2)
check("assertEqual", 1, 1.0)
check("assertEqual", 1, 2, "my msg")
check("assertEqual", 10 ** 90, 10 ** 90 + 1)
check("assertNotEqual", 3, 3)
check("assertTrue", 0)
check("assertTrue", [], msg="empty")
check("assertFalse", "yes")
check("assertIs", None, False)
check("assertIsNot", t, t)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 4, [1, 2, 3])
check("assertNotIn", 1, {1: "a"})
check("assertIsInstance", 1, str)
check("assertNotIsInstance", 1, int)
check("assertLess", 3, 2)
check("assertLessEqual", 3, 2)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.5, delta=0.25)
check("assertAlmostEqual", 1.0, 1.5, places=2, delta=0.25)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.2, delta=0.5)
check("assertCountEqual", [1, 2, 2], [2, 1, 1])
check("assertCountEqual", [[1], [2]], [[2], [1]])
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("assertSetEqual", {1, 2}, {2, 3})
check("assertSetEqual", {1}, [1])
check("assertSetEqual", 1, {1})
check("assertRegex", "hello", "^w")
check("assertNotRegex", "hello", "l+")
check("assertDictEqual", {}, [])
check("assertSequenceEqual", [1], (1,))
check("assertListEqual", (1,), [1])
check("assertMultiLineEqual", 1, "a")
check("fail", "plain")
check("fail")

print("--- longMessage off")
t.longMessage = False
check("assertEqual", 1, 2, "only mine")
check("assertEqual", 1, 2)
t.longMessage = True

print("--- assertRaises")
check("assertRaises", ValueError, int, "12")
check("assertRaises", ValueError, int, "zz")
check("assertRaises", (KeyError, IndexError), [].pop)
check("assertRaises", "nope")
check("assertRaisesRegex", ValueError, "base 10", int, "zz")
check("assertRaisesRegex", ValueError, "^nothing", int, "zz")
with t.assertRaises(ZeroDivisionError) as cm:
    1 // 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
try:
    with t.assertRaises(KeyError, msg="extra"):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError, bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with t.assertRaises(KeyError):
        raise IndexError("passes through")
except IndexError as e:
    print("IndexError:", e)
try:
    with t.assertRaisesRegex(KeyError, "x"):
        raise KeyError("abc")
except AssertionError as e:
    print(e)
print(unittest.case._AssertRaisesContext[int])

print("--- skip decorators")


class Skips(unittest.TestCase):
    @unittest.skipIf(True, "because true")
    def test_a(self):
        pass

    @unittest.skipUnless(True, "never shown")
    def test_b(self):
        pass

    @unittest.skip
    def test_c(self):
        pass


for name in ("test_a", "test_b", "test_c"):
    result = unittest.TestResult()
    Skips(name).run(result)
    print(name, result.skipped and result.skipped[0][1], result.testsRun)
try:
    unittest.TestCase("runTest").skipTest("bye")
except unittest.SkipTest as e:
    print("SkipTest:", e)

print("--- ids and reprs")
print(t.id(), str(t), repr(t))
print(t == T(), t == T("runTest"), hash(t) == hash(T()))
print(t.countTestCases(), t.shortDescription())
f = unittest.FunctionTestCase(lambda: None, description="a function")
print(f.shortDescription(), f.countTestCases())
print(repr(unittest.TestSuite([t])))
print(unittest.util.safe_repr("x" * 100, short=True))
print(unittest.util.strclass(T))
print(unittest.util.sorted_list_difference([1, 2, 4, 4], [2, 3, 4]))
print(unittest.util.unorderable_list_difference([{1}, {2}], [{2}, {3}]))
print(unittest.util._common_shorten_repr("a" * 200 + "b", "a" * 200 + "c"))
