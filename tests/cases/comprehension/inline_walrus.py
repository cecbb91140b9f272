# Assignment expressions in inlined comprehensions bind in the enclosing scope (PEP 572).
r = [(last := i * 2) for i in range(3)]
print(r, last)
print("i" in globals())


def function():
    r = [(t := v) for v in "abc"]
    return r, t


print(function())


def nested():
    r = [[(inner := a + b) for b in range(2)] for a in range(2)]
    return r, inner


print(nested())


def used_by_closure():
    [(tt := j) for j in range(3)]

    def inner():
        return tt

    return inner()


print(used_by_closure())


def in_condition(data):
    found = [y for x in data if (y := x * 10) > 10]
    return found, y


print(in_condition([1, 2, 3]))


def global_target():
    global g
    [(g := k) for k in range(4)]


global_target()
print(g)


def nonlocal_target():
    n = 0

    def inner():
        nonlocal n
        [(n := k) for k in range(5)]

    inner()
    return n


print(nonlocal_target())

for src in [
    "[i := 0 for i in range(3)]",
    "[(i := 0) for i in range(3)]",
    "[j for i in range(3) for j in (k := [1])]",
    "class C:\n    [(y := i) for i in range(3)]",
    "[[(j := 0) for i in range(2)] for j in range(2)]",
]:
    try:
        compile(src, "<walrus>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
