# Requests far beyond any machine's memory raise MemoryError at once (no hang, no crash) and the program goes on.
HUGE = 1 << 44
attempts = [
    ("str repeat", lambda: "a" * HUGE),
    ("list repeat", lambda: [0] * HUGE),
    ("list of pairs", lambda: [1, 2] * (HUGE // 2)),
    ("tuple repeat", lambda: (0,) * HUGE),
    ("list(range)", lambda: list(range(HUGE))),
    ("bytes(n)", lambda: bytes(HUGE)),
    ("bytes repeat", lambda: b"a" * HUGE),
    ("bytearray(n)", lambda: bytearray(HUGE)),
    ("bytearray repeat", lambda: bytearray(b"ab") * HUGE),
    ("in-place list repeat", lambda: [0].__imul__(HUGE)),
]
for name, attempt in attempts:
    try:
        attempt()
        print(name, "allocated?")
    except MemoryError as e:
        print(name, type(e).__name__, repr(e))
try:
    list(range(1 << 70))
except OverflowError as e:
    print("list(range(1 << 70))", type(e).__name__, e)
print(len("a" * 1000), len([0] * 1000), len(list(range(1000))), len(bytes(1000)))
