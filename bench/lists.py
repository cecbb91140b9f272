# List work: append, index, slicing, sort with keys, comprehensions.
def lcg_values(n, seed=7):
    values = []
    x = seed
    for _ in range(n):
        x = (x * 1664525 + 1013904223) % 4294967296
        values.append(x % 100000)
    return values


values = lcg_values(1000000)
squares = [v * v for v in values if v % 3]
print(len(squares), sum(squares) % 1000003)
ordered = sorted(values)
print(ordered[0], ordered[len(ordered) // 2], ordered[-1])
by_digits = sorted(values[:250000], key=lambda v: (v % 10, -v))
print(by_digits[:3], by_digits[-1])

matrix = [[(r * 31 + c * 17) % 97 for c in range(250)] for r in range(250)]
transposed = [[row[c] for row in matrix] for c in range(250)]
print(sum(matrix[i][j] * transposed[j][i] for i in range(250) for j in range(250)))

stack = []
popped = 0
for v in values:
    if v % 4 == 0 and stack:
        popped += stack.pop()
    else:
        stack.append(v)
print(len(stack), popped)

window = values[:3000]
hits = 0
for v in values[:3000]:
    if v in window[1500:]:
        hits += window.index(v) % 7
print(hits)
chunks = [values[i:i + 50] for i in range(0, len(values), 50)]
print(len(chunks), max(max(c) - min(c) for c in chunks))
