for src in ["def f(): [(yield x) for x in y]", "def f(): {(yield x) for x in y}", "def f(): {x: (yield) for x in y}", "def f(): ((yield x) for x in y)", "def f(): [x for x in (yield)]", "[(yield) for x in y]"]:
    try:
        compile(src, "<y>", "exec"); print("ok", src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
for src in ["0b12", "0b1_2", "0b2", "0b1_", "0b", "0o18", "0o1_8", "0o8", "0o1_", "0o", "0x1_", "0x", "1_", "012", "1.2_", "1e2_", "1e+", "0b1a", "0o7z", "0xg", "1__0", "0_7", "09", "1.e", "1jx"]:
    try:
        compile(src, "<n>", "eval"); print("ok", src)
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset, e.end_offset)
for src in ["012", "0_7", "00_7", "0012", "0_0_1", "000"]:
    try:
        compile(src, "<n>", "eval"); print("ok", src)
    except SyntaxError as e:
        print(src, e.offset, e.end_offset)
