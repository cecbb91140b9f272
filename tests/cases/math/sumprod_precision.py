# math.sumprod: int run, triple-length float run, then plain arithmetic, bit for bit as CPython 3.12
import math, random, sys
from fractions import Fraction as F
random.seed(7)
def v():
    k = random.random()
    if k < 0.4: return random.uniform(-1e3, 1e3) * 10 ** random.randint(-20, 20)
    if k < 0.5: return random.randint(-10**6, 10**6)
    if k < 0.55: return random.randint(-10**30, 10**30)
    if k < 0.6: return random.choice([True, False])
    if k < 0.65: return random.choice([1e308, -1e308, float('inf'), float('nan'), 5e-324, -0.0])
    if k < 0.68: return F(random.randint(-9, 9), random.randint(1, 9))
    if k < 0.72: return 2**62 + random.randint(-5, 5)
    return random.random()
for i in range(1500):
    n = random.randint(0, 8)
    p = [v() for _ in range(n)]; q = [v() for _ in range(n)]
    try: r = repr(math.sumprod(p, q))
    except Exception as e: r = type(e).__name__ + str(e)
    print(r)
for bad in [lambda: math.sumprod([1], [1, 2]), lambda: math.sumprod(iter([1, 2]), [1]), lambda: math.sumprod([1], 5), lambda: math.sumprod(['a'], [2]), lambda: math.sumprod([], []), lambda: math.sumprod(['a', 'b'], [2, 1])]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
