# Assignment expressions in comprehensions: CPython's symbol-table errors (PEP 572).
cases = [
    "[i for i in (i := range(5))]",
    "[i for i in (2, 3, i := range(5))]",
    "[i for i in (lambda:(j := range(5)))()]",
    "[i for i in range(5) for j in (i := range(5))]",
    "[i for i in [j for j in range(5) if (j := True)]]",
    "[i := 0 for i in range(5)]",
    "[[(j := 0) for i in range(5)] for j in range(5)]",
    "[(j := 0) for i in range(5) for j in range(5)]",
    "{i := 0 for i, j in {(0, 1)}}",
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]",
    "class C:\n    [(y := x) for x in range(3)]",
]
for source in cases:
    for wrap in ("{}", "lambda: {}"):
        code = wrap.format(source) if "class" not in source else source
        try:
            compile(code, "<case>", "exec")
            print("compiled:", code)
        except SyntaxError as e:
            print(f"{e.msg} ({e.lineno}:{e.offset})")
# Allowed: names read inside a target are not iteration variables.
for letter in "cdefghij":
    compile(f"[({letter} := 1) for a, (*b, c[d+e::f(g)], h.i) in j]", "<ok>", "exec")
print([y := x * 2 for x in range(3)], y)
def f():
    total = [t := t + x if False else x for x in range(4)] if False else None
    [last := x for x in "abc"]
    return last
print(f())
