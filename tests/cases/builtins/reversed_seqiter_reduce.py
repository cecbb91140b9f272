import copy
class S:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 10
    def __len__(self): return self.n
    def __repr__(self): return f"S({self.n})"
for it in [reversed((1, 2, 3)), reversed(S(3)), iter(S(3))]:
    print(type(it).__name__, it.__reduce__()); next(it); print(it.__reduce__())
    print(list(copy.copy(it)), list(it)); print(it.__reduce__())
for i in (1, -5, 10):
    it = reversed(S(4)); it.__setstate__(i); print(list(it))
    it = iter(S(4)); it.__setstate__(i); print(list(it))
