# SyntaxError positions from compile() keep CPython's 0 and -1 (no column, end before the start) rather than
# None, which only an error without a position (null bytes) has.
sources = [
    ("", "single"), ("\n", "single"), ("x = (", "exec"), ("if x:\n  pass\n  pass\n pass", "exec"),
    ("for i in x: pass", "single"), ("  x", "exec"), ("x = 1\n  y = 2", "exec"), ("x = 1 +\\", "exec"),
    ("def f():\n\tx\n        y", "exec"), ("(1,\n2", "exec"), ("a\0", "exec"), ("f(**x, *y)", "exec"),
]
for source, mode in sources:
    try:
        compile(source, "<positions>", mode)
        print(repr(source), "compiles")
    except SyntaxError as error:
        print(repr(source), type(error).__name__, error.msg)
        print("   ", error.lineno, error.offset, error.end_lineno, error.end_offset, str(error))
