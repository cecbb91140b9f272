# PEP 709: list, set and dict comprehensions run inline, but their iteration variables stay their own.

x = "module x"
print([x for x in range(3)], x)
print({x for x in "ab"} == {"a", "b"}, x)
print({x: x * 2 for x in range(2)}, x)
print("x" in globals(), globals()["x"])


def function_scope():
    x = "local x"
    a = [x for x in range(3)]
    b = {x for x in range(2)}
    c = {x: 0 for x in range(2)}
    return a, sorted(b), c, x


print(function_scope())


def unbound_before():
    r = [y for y in range(2)]
    y = "assigned later"
    return r, y


print(unbound_before())


def several_targets(pairs):
    k = v = "outer"
    d = {k: v for k, v in pairs}
    t = [(a, b, c) for a, (b, c) in [(1, (2, 3))]]
    return d, t, k, v


print(several_targets([(1, 2), (3, 4)]))


def nested(rows):
    row = "outer row"
    cell = "outer cell"
    out = [[cell * 2 for cell in row] for row in rows]
    return out, row, cell


print(nested([[1, 2], [3]]))


def nested_same_name():
    i = "keep"
    return [[i for i in range(i)] for i in range(3)], i


print(nested_same_name())


def several_fors():
    i = j = "keep"
    return [(i, j) for i in range(2) for j in range(i, 2) if i != j], i, j


print(several_fors())


def restored_after_exception():
    x = "before"
    try:
        [1 / (x - 1) for x in range(3)]
    except ZeroDivisionError as e:
        print("caught", e, "x is", x)
    try:
        {x: 1 / x for x in [2, 0]}
    except ZeroDivisionError:
        print("dict comp: x is", x)
    return x


print(restored_after_exception())


def exception_from_iterable():
    x = "before"

    def items():
        yield 1
        raise KeyError("from the iterator")

    try:
        [x for x in items()]
    except KeyError as e:
        print("caught", repr(e), "x is", x)


exception_from_iterable()


def in_loop():
    total = []
    for n in range(3):
        total.append([n * k for k in range(n)])
    return total, n


print(in_loop())


def in_generator():
    for i in range(2):
        yield [i + j for j in range(2)]


print(list(in_generator()))


def attribute_targets():
    class O:
        pass
    o = O()
    r = [o.v for o.v in range(3)]
    return r, o.v


print(attribute_targets())


def subscript_targets():
    d = {}
    r = [d["k"] for d["k"] in "ab"]
    return r, d


print(subscript_targets())

# Comprehensions in lambdas and default arguments.
f = lambda n: [i * n for i in range(3)]
print(f(2))


def defaults(a=[i for i in range(3)]):
    return a


print(defaults())
# Inside a generator expression (which stays a function of its own).
print(list(([y for y in range(x)]) for x in range(3)))
print(list(x for x in [z for z in range(3)]))
