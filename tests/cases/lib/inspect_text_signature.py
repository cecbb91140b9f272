# inspect.signature from a __text_signature__ (Argument Clinic's form), on a Python function, and the
# signature of a class without __init__/__new__ (object's).
import inspect
import sys


def func(*args, **kwargs):
    pass


for text in ("($self, a, b=1, *args, c, d=2, **kwargs)", "($self, a, b=1, /, *args, c, d=2, **kwargs)",
             "(self, a=1+2, b=4-3, c=1 | 3 | 16)", "(self, a=1,\nb=2,\n\n\n   c=3)", "(a=sys.maxsize, b=-1, c=(1, 2))",
             "($module, /, x, *, flag=False)", "(self, x=does_not_exist)", "(self, x=sys, y=inspect)"):
    func.__text_signature__ = text
    try:
        print(inspect.signature(func))
    except ValueError as e:
        print("ValueError", str(e).split(" at ")[0])


class Plain:
    pass


print(inspect.signature(Plain), inspect.signature(object), inspect.signature(lambda: 0) == inspect.signature(Plain))
