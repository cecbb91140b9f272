# __slots__: fixed members (member descriptors), no instance dict unless listed, subclasses, conflicts.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
print(P.x, type(P.x).__name__)
class Q(P):
    pass
q = Q(3, 4)
q.z = 5
print(q.x, q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(1, 2); r.w = 9
print(r.w, r.x)
class T(tuple):
    __slots__ = ()
try:
    T().z = 1
except AttributeError as e:
    print("AttributeError:", e)
class D:
    __slots__ = ("a", "__dict__")
d = D(); d.a = 1; d.b = 2
print(d.a, d.b, d.__dict__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
for i in range(3):
    P([i], {"k": i})
print("ok")
