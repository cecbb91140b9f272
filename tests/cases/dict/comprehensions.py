# Dict comprehensions, nested dicts, and grouping.
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({c: ord(c) for c in "hello"})
print({(x, y): x * y for x in range(3) for y in range(2)})
names = ["ann", "bob", "cy", "dave", "ed"]
by_length = {}
for name in names:
    by_length.setdefault(len(name), []).append(name)
print(by_length)
print({length: sorted(group) for length, group in sorted(by_length.items())})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
nested = {"outer": {"inner": {"leaf": 1}}}
nested["outer"]["inner"]["leaf"] += 1
nested["outer"]["other"] = [1, 2]
print(nested)
print(nested["outer"].get("missing", {}).get("deeper", "none"))
grid = {(r, c): "." for r in range(2) for c in range(3)}
grid[(1, 2)] = "#"
for r in range(2):
    print("".join(grid[(r, c)] for c in range(3)))
scores = {"ann": [9, 7], "bob": [5, 10, 6]}
print({name: sum(s) / len(s) for name, s in scores.items()})
print(dict(sorted({"z": 1, "a": 2, "m": 3}.items())))
print(sum(squares.values()), max(squares), min(squares.items(), key=lambda kv: -kv[1]))
print(len({i % 3: i for i in range(10)}), {i % 3: i for i in range(10)})
