# _random's Mersenne Twister gives CPython's sequences for the same seed; _sha2's digests are FIPS 180-4's.
import _random
import _sha2

r = _random.Random(12345)
print([r.random() for _ in range(3)])
print(r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(70), r.getrandbits(0))
for seed in (0, 1, -7, 2**32, 2**100 + 17):
    r.seed(seed)
    print(seed, r.random())
state = r.getstate()
print(len(state), state[-1])
a = r.random()
r.setstate(state)
print(a == r.random())
for bad in (lambda: r.getrandbits(-1), lambda: r.setstate((1, 2)), lambda: r.setstate([0] * 625)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for name in ("sha224", "sha256", "sha384", "sha512"):
    for data in (b"", b"abc", b"a" * 1000, bytes(range(256)) * 3):
        h = getattr(_sha2, name)(data)
        c = h.copy()
        c.update(b"more")
        print(name, len(data), h.hexdigest(), c.hexdigest()[:16], h.digest_size, h.block_size, h.name)
try:
    _sha2.sha256("text")
except TypeError as e:
    print("TypeError", e)
