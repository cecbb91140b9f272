# random gives CPython's sequences for the same seed: integers, sequences and every distribution.
import random

r = random.Random(42)
print([r.random() for _ in range(3)])
print([r.randrange(10) for _ in range(5)], r.randrange(3, 30, 4), r.randrange(10, 0, -3), r.randint(-5, 5))
print(r.randrange(2**80), r.getrandbits(40), r.randbytes(7))
data = list(range(20))
r.shuffle(data)
print(data)
print(r.choice("abcdefg"), r.choice(range(1000)))
print(r.sample(range(100), 10), r.sample(range(10**6), 5), r.sample("abcdef", 6))
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.choices("abc", k=5), r.choices("abc", [1, 0, 5], k=5), r.choices("abc", cum_weights=[1, 2, 10], k=4))
print(r.uniform(1, 5), r.triangular(), r.triangular(0, 10, 2), r.triangular(3, 3))
print(r.gauss(), r.gauss(10, 2), r.gauss(), r.normalvariate(5, 3), r.lognormvariate(0, 1))
print(r.expovariate(), r.expovariate(2.5), r.vonmisesvariate(1.0, 4.0), r.vonmisesvariate(0, 0))
print(r.gammavariate(0.5, 2), r.gammavariate(1.0, 3), r.gammavariate(5, 1))
print(r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 1.5))
print(r.binomialvariate(), r.binomialvariate(20, 0.3), r.binomialvariate(1000, 0.4), r.binomialvariate(50, 0.9),
      r.binomialvariate(10, 0), r.binomialvariate(10, 1))

for seed in ("hello", b"hello", bytearray(b"hello"), 3.25, -17, 2**100, ""):
    r.seed(seed)
    print(repr(seed), r.random())
r.seed("hello", version=1)
print(r.random())
r.seed(b"abc", version=1)
print(r.random())

state = r.getstate()
print(state[0], len(state[1]), state[2])
r.gauss()
first = [r.random(), r.gauss()]
r.setstate(state)
r.gauss()
print(first == [r.random(), r.gauss()])
copy = random.Random()
copy.setstate(r.getstate())
print(copy.random() == r.random())

random.seed(7)
print(random.random(), random.randint(1, 6), random.choice([1, 2, 3]))
x = list("abcdef")
random.shuffle(x)
print(x)

class Mine(random.Random):
    def random(self):
        return 0.5
print(Mine().randrange(10), Mine()._randbelow == Mine()._randbelow_without_getrandbits)

s = random.SystemRandom()
print(0 <= s.random() < 1, s.getrandbits(8) < 256, len(s.randbytes(5)), s.seed(1))
print(0 <= s.randrange(10) < 10)
print(sorted(random.__all__) == sorted(n for n in random.__all__ if hasattr(random, n)))
