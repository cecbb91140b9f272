# random's error messages are CPython's.
import random

r = random.Random(1)
cases = [
    lambda: r.randrange(0),
    lambda: r.randrange(-3),
    lambda: r.randrange(5, 2),
    lambda: r.randrange(0, 10, 0),
    lambda: r.randrange(0, 10, -1),
    lambda: r.randrange(10, step=2),
    lambda: r.randrange(1.5),
    lambda: r.randrange("3"),
    lambda: r.randint(5, 1),
    lambda: r.choice([]),
    lambda: r.sample({1, 2}, 1),
    lambda: r.sample(range(3), 4),
    lambda: r.sample(range(3), -1),
    lambda: r.sample("abc", 2, counts=[1, 2]),
    lambda: r.sample("abc", 2, counts=[1, 2, 0.5]),
    lambda: r.sample("abc", 2, counts=[0, 0, 0]),
    lambda: r.choices("abc", 3),
    lambda: r.choices("abc", [1, 2], k=2),
    lambda: r.choices("abc", [1, 2, 3], cum_weights=[1, 2, 3]),
    lambda: r.choices("abc", [0, 0, 0]),
    lambda: r.choices("abc", [1, 2, float("inf")]),
    lambda: r.choices([], k=1),
    lambda: r.gammavariate(0, 1),
    lambda: r.gammavariate(1, -1),
    lambda: r.binomialvariate(-1),
    lambda: r.binomialvariate(5, 1.5),
    lambda: r.getrandbits(-1),
    lambda: r.randbytes(-1),
    lambda: r.seed([1, 2]),
    lambda: r.seed({}),
    lambda: r.setstate((9, (), None)),
    lambda: r.setstate((3, (1, 2), None)),
    lambda: r.expovariate(0),
    lambda: random.SystemRandom().getstate(),
    lambda: random.SystemRandom().setstate(None),
    lambda: random.SystemRandom().getrandbits(-2),
]
for case in cases:
    try:
        print("ok", case())
    except Exception as e:
        print(type(e).__name__, e)
