# Tuples as dictionary keys, in sorting, and as records.
points = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(points[(1, 0)], points.get((5, 5), "nowhere"), (0, 1) in points)
neighbours = [(x + dx, y + dy) for x, y in [(0, 0)] for dx, dy in [(1, 0), (-1, 0), (0, 1), (0, -1)]]
print(neighbours, [points.get(p, "?") for p in neighbours])
records = [("bob", 25, 3.5), ("ann", 31, 4.0), ("cid", 25, 3.9), ("ann", 22, 2.0)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[1], -r[2])))
print(min(records), max(records, key=lambda r: r[2]))
name, age, score = records[1]
print(name, age, score)
by_age = {}
for name, age, _ in records:
    by_age[age] = by_age.get(age, ()) + (name,)
print(by_age)
print(tuple(sorted(by_age.items())))
print((1, 2) < (1, 2, 3) < (1, 3) < (2,))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1, "a", 0)]))
print(hash((1, "a")) == hash((1, "a")), len({(1, 2), (1, 2), (2, 1)}))
matrix = ((1, 2, 3), (4, 5, 6))
print(tuple(zip(*matrix)), tuple(map(sum, matrix)), sum(matrix, ()))
print(tuple(reversed(matrix[0])), matrix[1][::-1], matrix.index((4, 5, 6)), matrix.count((1, 2, 3)))
