# The _sre module's constants and helper functions, templates, and its defences against bad code lists.
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.copyright)
for c in [ord("a"), ord("Z"), ord("1"), 0xDF, 0x130, 0x212A, 0x3A3, 0x10400, 0x1F600]:
    print(hex(c), _sre.ascii_iscased(c), _sre.unicode_iscased(c), _sre.ascii_tolower(c), _sre.unicode_tolower(c))

# "(\w+) (\w+)" compiled by CPython 3.12.
CODE = [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 17, 2, 24, 9, 1,
        4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 1]
p = _sre.compile(r"(\w+) (\w+)", 32, CODE, 2, {"first": 1}, (None, "first", None))
m = p.match("hello world!")
print(m.group(), m.group(1, "first", 2), m["first"], m.span(2), m.start(), m.end(1))
t = _sre.template(p, ["<", 2, "|", 1, ">"])
print(p.sub(lambda m: m.group(2) + " " + m.group(1), "ab cd, ef gh"))
print(p.subn("[x]", "ab cd, ef gh", 1))
for bad in [[], [0], [1, 0]]:
    try:
        _sre.template(p, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _sre.template(p, ["a", -1, "b"])
except TypeError as e:
    print("TypeError:", e)

# Malformed code lists are rejected when compiled, never crash while matching.
BAD = [
    [],
    [1, 1, 1, 0],
    [16],
    [15, 5, 1],
    [17, 9, 1],
    [11, 0, 1],
    [13, 100, 0, 1],
    [24, 6, 1, 0, 16, 97, 1, 1],
    [23, 3, 0, 1, 1],
    [18, 1],
    [7, 100, 0, 1],
    [4, 2, 0, 1],
    [12, 0, 50, 1],
    [14, 99, 0, 0, 0, 1],
    CODE[:-1],
    CODE[:10] + [99] + CODE[11:],
]
for code in BAD:
    try:
        _sre.compile("x", 32, code, 1, {}, (None, None))
        print("accepted", code)
    except RuntimeError as e:
        print("RuntimeError:", e)
for code in [[16, -1, 1], [16, 2**32, 1]]:
    try:
        _sre.compile("x", 32, code, 0, {}, (None,))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    _sre.compile("x", 0, (1,), 0, {}, ())
except TypeError as e:
    print("TypeError")

# Deep backtracking state lives on the heap: no recursion limit, no native stack overflow.
deep = _sre.compile("(a|b)*c", 32, [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0,
                                     17, 1, 18, 16, 99, 1], 1, {}, (None, None))
m = deep.match("ab" * 100000 + "c")
print(m.span(), m.group(1))
print(deep.match("ab" * 100000))
