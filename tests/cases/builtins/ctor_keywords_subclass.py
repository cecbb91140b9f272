# Built-in constructors refuse keywords, except where a subclass overrides the other half
# (__new__ for list, __init__ for tuple/float/frozenset/set.__new__), as CPython does.
for base in [list, tuple, float, set, frozenset, int, dict, bytes, str, complex, bytearray]:
    arg = [1] if base not in (float, int, complex) else 1

    class S(base):
        pass

    for f in [lambda: S(x=1), lambda: base(x=1)]:
        try:
            print(base.__name__, 'ok', f())
        except TypeError as e:
            print(e)

    class N(base):
        def __new__(cls, *a, **k):
            return super().__new__(cls, *a)

    try:
        print(base.__name__, 'new ok', N(arg, x=1))
    except TypeError as e:
        print('N', e)

    class I(base):
        def __init__(self, *a, **k):
            pass

    try:
        print(base.__name__, 'init ok', I(arg, x=1))
    except TypeError as e:
        print('I', e)


class L(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self


u = L([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)
try:
    L([1], [2], newarg=3)
except TypeError as e:
    print(e)


class F(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


u = F(2.5, newarg=3)
print(float(u), u.newarg)


class T(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


u = T([1, 2], newarg=3)
print(tuple(u), u.newarg)
try:
    T([1], [2])
except TypeError as e:
    print(e)
for base in [set, frozenset, list, tuple]:
    class Sub(base):
        pass
    try:
        Sub([1], [2])
    except TypeError as e:
        print(e)
