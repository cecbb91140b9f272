# Unbounded recursion ends in RecursionError at the recursion limit, through Python calls and
# through special methods called from C++.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("python calls:", e)

class Loop:
    def __getattr__(self, name):
        return getattr(self, name + "x")

try:
    Loop().a
except RecursionError as e:
    print("__getattr__:", type(e).__name__)

class Eq:
    def __eq__(self, other):
        return self == other

try:
    Eq() == Eq()
except RecursionError as e:
    print("__eq__:", type(e).__name__)

sys.setrecursionlimit(5000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(4000))
print(sys.getrecursionlimit())
