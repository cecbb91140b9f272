for src in ["dict(a = i for i in range(10))", "f(x, b=1 for y in z)", "f(a=1, b = async for x in y)", "f(a=x async for x in y)"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
