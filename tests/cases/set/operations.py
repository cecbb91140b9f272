# Set algebra on small ints (printed directly) and strings (printed via sorted()).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(sorted(a.union([9], (8,))), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > b, {5}.issubset(b), a.issuperset({1, 2}))
print(a.isdisjoint({7, 8}), a.isdisjoint(b))
print(3 in a, 9 in a, 9 not in a, len(a))
print(set(), set([3, 3, 1]), {2, 1, 2}, len({1, 1.0, True}))
words = set("the quick brown the lazy quick".split())
print(sorted(words), len(words))
vowels = set("aeiou")
print(sorted(set("programming") & vowels), sorted(set("programming") - vowels))
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == set())
print(sorted({x % 5 for x in range(20)}), sorted({n * n for n in range(-3, 4)}))
c = a.copy()
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 20}
print(sorted(c), a)
fs = frozenset([3, 1, 2])
print(fs, frozenset() == set(), {fs: "frozen key"}[frozenset({1, 2, 3})])
print(sorted(set(["b", "a"]) | set(["c"])))
print(min(a), max(a), sum(a), sorted(a, reverse=True))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
