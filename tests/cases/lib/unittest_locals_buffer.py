# TestResult options: tb_locals (--locals), buffer (-b) with the output of failing tests, durations.
import sys
import unittest
from _ut_normalize import run, load


class Locals(unittest.TestCase):
    def test_locals(self):
        number = 42
        words = ["a", "b"]
        self.assertEqual(number, 43)


class Buffered(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden because the test passes")

    def test_noisy_fail(self):
        print("shown: the test fails")
        print("to stderr", file=sys.stderr)
        self.fail("with output")

    def test_error_no_newline(self):
        sys.stdout.write("no newline")
        raise ValueError("boom")


run(load(Locals), tb_locals=True)
print("--- buffer")
run(load(Buffered), buffer=True, verbosity=2)
print(sys.stdout is sys.__stdout__)
print("--- durations")
import io
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, durations=0).run(load(Buffered))
print(len(result.collectedDurations), [name for name, _ in result.collectedDurations])
print("Slowest test durations" in stream.getvalue())
