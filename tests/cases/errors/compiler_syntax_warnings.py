import warnings
sources = [
    "assert (x, 'msg')",
    "assert ()",
    "x is 1", "x is not 'a'", "1 is x", "x is None", "x is ...", "x is True", "a < b is 2.5",
    "[1, 2] (3, 4)", "(1, 2)(3)", "'abc'(1)", "f'x'()", "{1}()", "1()",
    "1[2]", "None[0]", "{1, 2}[0]", "(x for x in y)[0]", "(lambda: 1)[0]",
    "[1, 2]['a']", "(1, 2)[1.5]", "'abc'['x']", "'abc'[1]", "[1][1:2]", "b'x'[()]",
    "if x is 5: pass",
]
for src in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<w>", "exec")
    print(repr(src), [(str(w.message), w.category.__name__, w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x is 1", "assert (a, b)", "[1][[]]"]:
        try:
            compile(src, "<e>", "exec")
            print("compiled", src)
        except SyntaxError as e:
            print("SyntaxError", e.msg, e.lineno, e.offset, e.end_offset)
