# assertEqual's type-specific messages with diffs (str, list, tuple, dict), and maxDiff.
# Needs difflib and pprint in lib/.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(*args, **kwargs):
    try:
        t.assertEqual(*args, **kwargs)
    except AssertionError as e:
        print(e)
        print("-----")


check("abc", "abd")
check("one\ntwo\nthree\n", "one\n2\nthree\n")
check("one\ntwo", "one\ntwo\n")
check([1, 2, 3], [1, 2, 4])
check([1, 2, 3], [1, 2])
check((1, 2), (1, 2, 3, 4))
check({"a": 1, "b": 2}, {"a": 1, "b": 3})
check(list(range(100)), list(range(1, 101)))
t.maxDiff = None
check(list(range(30)), list(range(1, 31)))
t.maxDiff = 20
check("a\nb\nc\n", "a\nB\nc\n")
