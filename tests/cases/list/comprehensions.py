# List comprehensions: filters, nesting, scoping.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hello" if c not in "l"])
print([x if x > 0 else -x for x in [-2, -1, 0, 1, 2]])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
words = ["apple", "bob", "kayak", "moon"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words], sum(len(w) for w in words))
funcs = [lambda n, k=k: n + k for k in range(3)]
print([f(10) for f in funcs])
flat = [item for sub in [[1, 2], [], [3], [4, 5, 6]] for item in sub]
print(flat)
pairs = [(a, b) for a in "ab" for b in (1, 2)]
print(pairs)
print([i for i, v in enumerate("abcabc") if v == "b"])
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])
total = 0
acc = [total := total + v for v in [1, 2, 3, 4]]
print(acc, total)
print([[y for y in range(x)] for x in range(4)])
