# for loops over different iterables, with break, continue and else.
for ch in "abc":
    print(ch, end=" ")
print()
for item in [1, "two", 3.0]:
    print(type(item).__name__, end=" ")
print()
for key in {"x": 1, "y": 2}:
    print(key, end=" ")
print()
for i, (a, b) in enumerate(zip("pq", [10, 20]), start=1):
    print(i, a, b)

def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            print("found", target, "at", index)
            break
    else:
        print(target, "not found")

find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)

total = 0
for n in range(20):
    if n % 2:
        continue
    if n > 12:
        break
    total += n
print("total", total)

for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print(outer, inner)

primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)

for x in []:
    print("never")
else:
    print("else after empty loop")
for i in range(3):
    pass
print("loop variable survives:", i)
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
data = [3, 1, 2]
for v in sorted(data):
    data.append(v * 10) if v == 1 else None
print(data)
