# Compile-time checks of CPython's compiler: keywords repeated or named __debug__, __debug__ as a target.
for src in ("f(1, x=2, *(3,4), x=5)", "f(x=1, y=2, x=3)", "f(a=1, **k, a=2)", "class A(x=1, x=2): pass",
            "f(__debug__=1)", "class A(__debug__=1): pass", "f(**{'x': 1}, x=2)", "f(x=1, **{'x': 2})",
            "del __debug__", "__debug__ += 1", "(__debug__): int", "with a as (b, __debug__): pass",
            "[__debug__ for __debug__ in x]", "def f(*, __debug__): pass", "lambda __debug__: 0",
            "import a as __debug__", "from a import b as __debug__", "try: pass\nexcept E as __debug__: pass",
            "match x:\n    case __debug__: pass", "print(__debug__)"):
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg, e.lineno, e.offset, e.end_offset)


def f(**kw):
    return kw


print(f(**{'x': 1}, y=2))
try:
    f(**{'x': 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
