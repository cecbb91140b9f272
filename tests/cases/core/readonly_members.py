# What CPython makes read-only members say "readonly attribute"; read-only getsets say "... is not writable".
import builtins


def f():
    pass


class C:
    def m(self):
        pass


cases = [
    (property(), "fget"), (property(), "fset"), (property(), "fdel"),
    (f, "__closure__"), (f, "__globals__"), (f, "__builtins__"),
    (C().m, "__self__"), (C().m, "__func__"), ((1).__add__, "__self__"),
    (staticmethod(f), "__func__"), (classmethod(f), "__func__"), (staticmethod(f), "__wrapped__"),
    (slice(1), "start"), (slice(1), "step"), (range(3), "start"), (range(3), "stop"),
    (1j, "real"), (1.5, "real"), (ValueError(), "args"),
    (f.__code__, "co_name"), (f.__code__, "co_consts"), (f.__code__, "co_code"), (f.__code__, "co_varnames"),
    (list[int], "__origin__"), (list[int], "__args__"), (int | str, "__args__"),
    (len, "__self__"),
]
for obj, name in cases:
    try:
        setattr(obj, name, 1)
        print(type(obj).__name__, name, "set")
    except (AttributeError, TypeError) as error:
        print(type(obj).__name__, name, type(error).__name__ + ":", error)

print(f.__builtins__ is builtins.__dict__)
g = type(f)(f.__code__, {"__builtins__": {"len": 5}})
print(g.__builtins__)
