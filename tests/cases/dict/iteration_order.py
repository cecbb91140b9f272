# dicts keep insertion order through updates, deletions and re-insertions.
d = {}
for k in ["one", "two", "three", "four"]:
    d[k] = len(k)
print(d)
d["two"] = 22
print(list(d))
del d["one"]
d["one"] = 1
print(list(d))
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(f"{key}={value}", end=" ")
print()
print(sorted(d.items(), key=lambda kv: kv[1]))
print(list(reversed(d)), list(reversed(d.values())))
keys = d.keys()
d["five"] = 5
print(len(keys), "five" in keys)
try:
    for k in d:
        d["extra"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
for i in range(5):
    big[i] = -i
print(list(big)[-5:])
print({"b": 1, "a": 2} == {"a": 2, "b": 1})
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts, key=lambda w: (-counts[w], w)))
print({v: k for k, v in counts.items()})
