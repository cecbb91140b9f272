# complex(str): the accepted forms (parentheses, whitespace, underscores, inf and nan, legacy j forms)
# and the malformed ones.
good = [
    "1", "1j", "-1j", "+1j", "j", "-j", "+J", "1+2j", "1-2j", "1.5e3-2.5E-3j", " 3+4j ", "(3+4j)",
    "( 3+4j )", " ( -1 ) ", "\t1j\n", "1+j", "1-j", "inf", "-infj", "nan", "nanj", "-nan+infj",
    "infinity", "Infinity-INFj", "1e400", "1e400j", "-1e-400j", "1_000", "1_000.000_1j", "1_0+2_0j",
    ".5", "5.", ".5j", "5.j", "1e5", "1E+5j", "0x", "\u0661\u0662", "\u0663j",
]
for text in good:
    try:
        print(repr(text), "->", complex(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

bad = [
    "", " ", "()", "(1", "1)", "1 + 2j", "1+2", "1+2jj", "j1", "1j1", "++1j", "1e", "1ej", "--1",
    "1_", "_1", "1__0", "1_.5", "1._5", "1e_5", "(1j))", "1\x00", "inf inf", "nanx", "1+2i", ".", "e5",
    "1+-2j", "\u00a0", "1\u00a0+2j",
]
for text in bad:
    try:
        print(repr(text), "->", complex(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

class MyStr(str):
    pass

print(complex(MyStr("2-3j")))
print(complex("\u2003 7j \u2003"))
