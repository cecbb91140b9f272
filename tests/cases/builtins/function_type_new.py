# types.FunctionType(code, globals, name=None, argdefs=None, closure=None).
import types


def f(a, b=2):
    "doc of f"
    return a + b


def outer():
    x = 1
    def h():
        return x
    return h


h = outer()
cases = [
    lambda: types.FunctionType(f.__code__, {})(1),
    lambda: types.FunctionType(f.__code__, {}, "nm").__qualname__,
    lambda: types.FunctionType(f.__code__, {}, "nm").__name__,
    lambda: types.FunctionType(f.__code__, {}, None, (5,))(1),
    lambda: types.FunctionType(h.__code__, {}, None, None, h.__closure__)(),
    lambda: types.FunctionType(h.__code__, {}),
    lambda: types.FunctionType(f.__code__, {}, None, None, h.__closure__),
    lambda: types.FunctionType(f.__code__, []),
    lambda: types.FunctionType(1, {}),
    lambda: types.FunctionType(f.__code__, {}, 5),
    lambda: types.FunctionType(f.__code__, {}, None, [1]),
    lambda: types.FunctionType(h.__code__, {}, None, None, (1,)),
    lambda: types.FunctionType(h.__code__, {}, None, None, [1]),
    lambda: types.FunctionType(f.__code__, {"__name__": "mod"}).__module__,
    lambda: types.FunctionType(f.__code__, {}).__module__,
    lambda: types.FunctionType(f.__code__, {}, argdefs=(1, 2), closure=None, name="q").__defaults__,
    lambda: types.FunctionType(f.__code__, {}).__doc__,
    lambda: types.FunctionType(compile("len", "", "eval"), {})(),
    lambda: types.FunctionType(compile("len", "", "eval"), {"__builtins__": {}})(),
]
for case in cases:
    try:
        print(repr(case()))
    except Exception as e:
        print(type(e).__name__, e)
