# Recursion that never enters the eval loop (a callable instance as __call__ or __repr__) ends in RecursionError,
# never a crash; so do oversized star-unpacking targets (a SyntaxError) and eval() of a code object with free
# variables (a TypeError).
class A:
    pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError:", e)

class B:
    pass
B.__repr__ = B()
B.__call__ = B()
try:
    repr(B())
except RecursionError as e:
    print("RecursionError:", e)

for n in (255, 256):
    source = ", ".join("a%d" % i for i in range(n)) + ", *rest = range(1000)"
    try:
        compile(source, "test", "exec")
        print(n, "compiled")
    except SyntaxError as e:
        print(n, "SyntaxError:", e.msg)

def outer(x):
    return lambda: x + 1
for function in (eval, exec):
    try:
        function(outer(3).__code__)
    except TypeError as e:
        print("TypeError:", e)

import sys
def frame():
    return sys._getframe()
f = frame()
f.clear()
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)
