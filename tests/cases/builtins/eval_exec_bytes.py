# eval() and exec() take bytes-like sources too, decoded as their coding declaration says (UTF-8 by default).
print(eval(b"[1, 2]"), eval(bytearray(b"  2 + 3")), eval(memoryview(b"'x' * 3")))
print(eval(b"['caf\xc3\xa9']"))
exec(b"x = 5\nprint(x)")
exec(b"# -*- coding: latin-1 -*-\nprint('\xe9')")
ns = {}
exec(bytearray(b"def f():\n    return 42\n"), ns)
print(ns["f"]())
for bad in (b"\xff", b"1 +", b"# coding: nonexistent\n1"):
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e)
for bad in (1, None, [b"1"]):
    try:
        eval(bad)
    except TypeError as e:
        print(e)
    try:
        exec(bad)
    except TypeError as e:
        print(e)
