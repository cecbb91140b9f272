# The tracebacks in unittest reports: caret lines (with ~ for operators and subscripts), multi-line
# calls, wide characters and repeated recursive frames.
import unittest
from _ut_normalize import run, load
def deep(n):
    if n == 0:
        return {}["k"]
    return deep(n - 1)
class T(unittest.TestCase):
    def test_div(self):
        x = 1
        y = x / 0
    def test_sub(self):
        d = {}
        d["missing"]
    def test_call(self):
        value = int("nope") + 1
    def test_multi(self):
        value = int(
            "nope")
    def test_deep(self):
        deep(10)
    def test_binop_wide(self):
        total = [1] + None
    def test_pow(self):
        z = 2 ** "x"
    def test_tab(self):
        self.assertEqual(len("日本語"), 2)
run(load(T))
