# TextTestRunner's output at each verbosity, for passes, failures, errors, skips, expected failures,
# unexpected successes and subtests; the summary line and the tracebacks.
import sys
import unittest
from _ut_normalize import run, load


class Mixed(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(3, 4)

    def test_error(self):
        raise KeyError("missing")

    @unittest.skip("not now")
    def test_skip(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 2, 1)

    def test_doc(self):
        """First line of the doc.

        More text."""
        self.assertFalse(0)


class Chained(unittest.TestCase):
    def test_chain(self):
        try:
            {}.pop("k")
        except KeyError as e:
            raise ValueError("converted") from e

    def test_context(self):
        try:
            [].pop()
        except IndexError:
            raise RuntimeError("while handling")

    def test_message(self):
        self.assertTrue(None, "custom message")


class AllGood(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


for verbosity in (0, 1, 2):
    print("--- verbosity", verbosity)
    result = run(load(Mixed, Chained), verbosity=verbosity)
    print(result)
    print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))

print("--- all good")
run(load(AllGood))
print("--- nothing")
run(unittest.TestSuite())
print("--- no descriptions")
run(load(Mixed), verbosity=2, descriptions=False)
print("--- failfast")
result = run(load(Mixed), failfast=True)
print(result.shouldStop, result.testsRun)
print("--- skipped class")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_x(self):
        pass

    def test_y(self):
        pass


run(load(SkippedClass), verbosity=2)
