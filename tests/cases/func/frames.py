# sys._getframe() and frame objects: code, line, locals, caller, globals; frames that finished.
import sys
def inner(a):
    f = sys._getframe()
    b = a * 2
    print(f.f_code.co_name, f.f_lineno, sorted(f.f_locals), f.f_back.f_code.co_name, f.f_back.f_lineno)
    return f
def outer():
    x = 1
    return inner(x)
fr = outer()
print(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals), fr.f_back.f_code.co_name)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_globals is globals())
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
def gen():
    yield sys._getframe().f_code.co_name
print(next(gen()))
