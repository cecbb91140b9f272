# type(): names and docs must be valid UTF-8 without NUL, __type_params__, and __slots__ checks (CPython 3.12).
def check(label, thunk):
    try:
        print(label, "ok", thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


check("nul name", lambda: type("A\x00B", (), {}))
check("surrogate name", lambda: type("A\udcdcB", (), {}))
check("bytes name", lambda: type(b"A", (), {}))
A = type("C", (), {})


def set_name(value):
    A.__name__ = value


check("set nul", lambda: set_name("A\x00B"))
check("set surrogate", lambda: set_name("A\udcdcB"))
check("set bytes", lambda: set_name(b"A"))
print(A.__name__)
check("surrogate doc", lambda: type("A", (), {"__doc__": "x\udcdcy"}))
A.__doc__ = "x\udcdcy"
print(ascii(A.__doc__))


class Generic[T]:
    pass


class Child(Generic):
    pass


print(Generic.__type_params__, Child.__type_params__, int.__type_params__)


def delete_params():
    del Generic.__type_params__


check("del", delete_params)
Generic.__type_params__ = "whatever"
print(Generic.__type_params__)


def set_int_params():
    int.__type_params__ = ()


check("set int", set_int_params)


class Plain:
    pass


for slots, bases in [(b"x", ()), ("x", (int,)), ("", ()), ("42", ()), ("x\x00y", ()), (("__dict__", "__dict__"), ()),
                     (("__weakref__", "__weakref__"), ()), ("__dict__", (Plain,)), ("__weakref__", (Plain,))]:
    check(repr(slots), lambda: type("A", bases, {"__slots__": slots}))
check("conflict", lambda: type("A", (), {"__slots__": "x", "x": 0}))
