# Keyword arguments reach __init__ through type.__call__ and super().__call__, and dict.__init__.
class M(type):
    def __call__(cls, *a, **k): return super().__call__(*a, **k)
class W(metaclass=M):
    def __init__(self, *a, **k): print(a, k)
W(1, j=2)
type.__call__(W, 3, q=4)
d = {}; dict.__init__(d, a=1); print(d)
