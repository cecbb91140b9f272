# Non-ASCII names must be XID_Start XID_Continue* as written (before NFKC); otherwise CPython's SyntaxError.
cases = ["a€b = 1", "x² = 1", "\u00a0x = 1", "x\u00a0 = 1", "½ = 1", "𝟗x = 1", "a\u200db = 1", "a\u200cb = 1", "x·y = 1", "·x = 1",
         "℘ = 1", "℮ = 1", "ⅰ = 1", "\u309b = 1", "x\u309b = 1", "ᢅ = 1", "a\U000e0100 = 1", "\u0301a = 1", "a\u0301 = 1",
         "a⁀b = 1", "x\u2028 = 1", "\U0001f600 = 1", "ꟲ = 1", "a\ufeffb = 1", "x = ＄", "\u0e33 = 1", "ﾞ = 1", "x\u0e33 = 1", "ﬁ = 1",
         "ǅ = 1", "Ⅸ = 1", "x\u00b7 = 1", "\u1369 = 1", "x\u1369 = 1", "\u19da = 1", "a\u19da = 1", "\u2118x = 1"]
for src in cases:
    try:
        ns = {}
        exec(src, ns)
        print(ascii(src), "ok", ascii(sorted(k for k in ns if k != "__builtins__")))
    except SyntaxError as e:
        print(ascii(src), "SyntaxError", ascii(e.msg), e.lineno, e.offset, e.end_offset)
