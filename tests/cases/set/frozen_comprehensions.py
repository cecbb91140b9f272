# frozenset, set comprehensions, sets of tuples, and deduplication idioms.
letters = {c for c in "abracadabra"}
print(sorted(letters), len(letters))
evens = {n for n in range(7) if n % 2 == 0}
print(evens, 4 in evens, 5 in evens)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs), (0, 2) in pairs)
fs = frozenset("hello")
print(sorted(fs), type(fs).__name__, fs == set("hello"), hash(fs) == hash(frozenset("olleh")))
groups = {frozenset({1, 2}): "one-two", frozenset({3}): "three"}
print(groups[frozenset({2, 1})], frozenset({3}) in groups)
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(sorted(fs | {"z"}), type(fs | {"z"}).__name__, type({"z"} | fs).__name__)
try:
    fs.add("x")
except AttributeError as e:
    print("AttributeError:", e)
words = ["pear", "Apple", "pear", "fig", "apple", "FIG"]
print(sorted({w.lower() for w in words}))
seen = set()
print([w for w in words if not (w.lower() in seen or seen.add(w.lower()))])
print(len(set(range(1000)) - set(range(0, 1000, 3))))
a = set(range(6))
print({x for x in a if x not in {1, 3}}, {x * 2 for x in a} & a)
print(sorted({len(w) for w in words}), set() < {1}, set().issubset(a))
