# The errors an iteration variable gives after its comprehension, as in CPython 3.12.


def used_after():
    [x for x in range(3)]
    return x


def unbound_after():
    [x for x in range(3)]
    x = 1
    return x


def unbound_before():
    print(x)
    x = 1
    [x for x in range(3)]


def deleted_outer():
    x = 1
    del x
    [x for x in range(2)]
    return x


def not_defined_in_body():
    return [undefined_name for _ in range(1)]


def class_body():
    class C:
        x = 1
        r = [x for _ in range(1)]


for f in [used_after, unbound_before, deleted_outer, not_defined_in_body, class_body]:
    try:
        f()
    except NameError as e:
        print(f.__name__, type(e).__name__, e)

print(unbound_after())
try:
    [q for q in range(2)]
    q
except NameError as e:
    print(type(e).__name__, e)
try:
    [1 for _ in 5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[] for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
for src in ["[(yield x) for x in y]", "{(yield x) for x in y}", "{x: (yield) for x in y}"]:
    try:
        compile("def f():\n    " + src, "<yield>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# In an annotation scope that sees a class namespace, a comprehension (or lambda) is refused (gh-109118).
for src in [
    "class C:\n    type A = [x for x in range(3)]",
    "class C:\n    type A = (x for x in y)",
    "class C:\n    type A = lambda: 1",
    "class C:\n    def f[T](self, a: {x: 0 for x in T}): pass",
    "class C:\n    class D[T]([x for x in T]): pass",
    "def g[T](a=[x for x in T]): pass",
]:
    try:
        compile(src, "<scope>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
