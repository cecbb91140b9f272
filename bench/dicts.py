# Dict work: word counting, get/set, setdefault, iteration and sorting by value.
def words(n):
    vocabulary = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
    x = 1
    out = []
    for _ in range(n):
        x = (x * 48271) % 2147483647
        out.append(vocabulary[x % 10] + str(x % 97))
    return out


text = words(500000)
counts = {}
for _ in range(12):
    for w in text:
        counts[w] = counts.get(w, 0) + 1
print(len(counts), max(counts.values()), min(counts.values()))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)

groups = {}
for w in text:
    groups.setdefault(w[0], []).append(len(w))
print(sorted((k, len(v), sum(v)) for k, v in groups.items()))

squares = {i: i * i for i in range(500000)}
total = 0
for step in (3, 5, 7):
    for i in range(0, 500000, step):
        total += squares[i] % 1000
        squares[i] = -step
print(total, sum(1 for v in squares.values() if v < 0))

inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(len(inverse), sorted(inverse)[:5])
cache = {}
for w in text[:200000]:
    if w in cache:
        cache[w] += 1
    else:
        cache[w] = 1
print(len(cache), "alpha1" in cache, cache.get("nope", 0))
