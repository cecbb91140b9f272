import copy
def r(x):
    t = x.__reduce__()
    return (t[0], tuple(type(a).__name__ if 'iterator' in type(a).__name__ else a for a in t[1])) + t[2:]
e = enumerate("abc", 5); next(e); print(r(e)); print(list(copy.copy(e)), list(e))
e = enumerate("abc", 2**70); next(e); print(r(e)); print(list(copy.copy(e)))
z = zip("ab", "cd"); print(r(z)); print(list(copy.copy(z)))
z = zip("ab", "cd", strict=True); print(r(z)); print(list(copy.deepcopy(z)))
z = zip([1], [2, 3]); z.__setstate__(True)
try: print(list(z))
except ValueError as exc: print(exc)
m = map(str, [1, 2]); print(r(m)); print(list(copy.copy(m)))
f = filter(None, [0, 1, 2]); print(r(f)); print(list(copy.copy(f)))
c = iter(list, 1); print(c.__reduce__())
n = iter([1, 2, 0]).__next__; c = iter(n, 0); print(list(c), c.__reduce__())
class MyEnum(enumerate): pass
class MyZip(zip): pass
class MyMap(map): pass
class MyFilter(filter): pass
class MyReversed(reversed): pass
for it in [MyEnum("ab"), MyZip("a", "b"), MyMap(str, [1]), MyFilter(None, [1]), MyReversed((1, 2))]:
    print(type(it.__reduce__()[0]).__name__, it.__reduce__()[0].__name__, type(copy.copy(it)).__name__)
