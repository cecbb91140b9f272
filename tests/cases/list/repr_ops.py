# repr of lists and operators on them: +, *, in, comparisons, unpacking, iteration.
print([])
print([1, "two", 3.0, None, True, [4, [5]], (6,), {"seven": 7}])
print(str([1, 2]), repr(["a", 'b"c']))
a = [1, 2, 3]
print(a + [4], a * 2, 0 * a, [None] * 3)
print(3 in a, 4 not in a, a < [1, 2, 4], a > [1, 2], a == [1, 2, 3.0])
first, *rest = a
print(first, rest)
*init, last = a
print(init, last)
x, y, z = a
print(z, y, x)
(p, q), r = [1, 2], 3
print(p, q, r)
for i, item in enumerate(["x", "y"]):
    print(i, item)
print(list(zip(a, "abc")), list(reversed(a)), list(map(str, a)))
print(sum(a), min(a), max(a), len(a), sorted(a, reverse=True))
print(any(v > 2 for v in a), all(v > 0 for v in a))
b = a
b += [4]
print(a, a is b)
c = a
c = c + [5]
print(a, c, a is c)
stack = []
for ch in "abc":
    stack.append(ch)
while stack:
    print("popped", stack.pop())
queue = [1, 2, 3]
print(queue.pop(0), queue)
m = [0] * 5
for i in range(5):
    m[i] = i * i
print(m, m[-1], m[len(m) // 2])
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(a.__len__(), [1, 2].__contains__(2), [3, 4][1])
