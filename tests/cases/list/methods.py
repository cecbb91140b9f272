# Everyday list methods.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.insert(0, 2)
a.insert(100, 6)
a.insert(-1, 7)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.count(1), a.count(42))
a.reverse()
print(a)
b = a.copy()
b.append("x")
print(a, b, a is b)
a.clear()
print(a, len(a), bool(a))
c = [1, 2] + [3] * 3
c += [4]
c *= 2
print(c)
d = list(range(10))
del d[0]
del d[-1]
del d[2:4]
print(d)
print([1, 2, 3].index(3), [0, 1, 0, 1].index(1, 2))
try:
    [1, 2].remove(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].index(7)
except ValueError as e:
    print("ValueError:", e)
e = []
e.append(e)
print(e, len(e[0][0]))
nested = [[0] * 3 for _ in range(3)]
nested[1][1] = 5
print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3, 0, -1)))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], 2 in [1, 2], [] + [])
