# Comprehensions in a class body: inlined, but the class namespace is still invisible to them (except the
# first iterable, evaluated in the class body).
y = "global y"


class C:
    y = "class y"
    n = 3
    a = [y for _ in range(2)]           # the global
    b = [i for i in range(n)]            # n is read in the class body
    c = {k: y for k in "ab"}
    x = "class x"
    d = [x for x in range(2)]
    after = x
    fs = [lambda: x for x in range(3)]
    captured = [f() for f in fs]
    e = [[q for _ in range(1)] for q in range(2)]


print(C.a, C.b, C.c, C.d, C.after, C.captured, C.e)
print(sorted(k for k in vars(C) if not k.startswith("__")))


def in_function():
    z = "enclosing z"

    class D:
        z = "class z"
        r = [z for _ in range(2)]       # the enclosing function's z

    return D.r, D.z


print(in_function())


def global_in_class():
    y = 1

    class E:
        global y
        y = 2
        vals = [(x, y) for x in range(2)]

    return E.vals, y


print(global_in_class(), y)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"from_prepare": 1}


class F(metaclass=Meta):
    r = [x * 2 for x in range(3)]
    s = [sorted(k for k in locals() if not k.startswith("__")) for x in range(1)]


print(F.r, F.s, F.from_prepare)


class G:
    items = [1, 2, 3]
    total = sum([v for v in items])
    pairs = [(a, b) for a in items for b in range(a) if b]
    nested = [[w for w in range(v)] for v in items]


print(G.total, G.pairs, G.nested)
print(hasattr(G, "v"), hasattr(G, "a"), hasattr(G, "w"))
