# enumerate, zip, iter, next, map, filter, sorted, reversed, range as iterators.
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3), range(3, 6), "xyz")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
e = enumerate("xy")
print(next(e), next(e), next(e, None))
m = map(str.upper, ["a", "b"])
print(next(m), list(m), list(m))
f = filter(lambda n: n % 3 == 0, range(10))
print(list(f))
print(sorted({"b": 2, "a": 1}.items()), sorted("cab", reverse=True))
print(list(reversed((1, 2, 3))), list(reversed({"p": 1, "q": 2})))
d = {"one": 1, "two": 2}
keys = iter(d)
print(next(keys), list(keys))
print(list(iter([1, 2, 3].pop, 1)))
calls = iter(range(5))
print([x for x in calls if x % 2], list(calls))
print(dict(enumerate("ab")), dict(zip("ab", range(2))))
names = ["ann", "bob"]
ages = [31, 25]
for name, age in zip(names, ages):
    print(f"{name}: {age}")
print(list(map(pow, [2, 3], [3, 2])), list(map(len, ["", "a", "ab"])))
nested = iter([iter([1, 2]), iter([3])])
print([list(i) for i in nested])
print(sum(1 for _ in iter("abcde")), max(enumerate("zab"), key=lambda p: p[1]))
