class A:
    pass
class S:
    __slots__ = ('a', 'b', 'c', 'd')
class P(A, S):
    pass
p = P()
p.a = 1; p.x = 2; p.y = 3; p.z = 4
class S2:
    __slots__ = ('_raw_paths', '_drv', '_root', '_parts', '_str', '_hash')
class S3(S2):
    __slots__ = ('_x',)
class Q(A, S3):
    pass
q = Q()
q._drv = 1
q.session = 42
q.other = 5
print(q._drv, q.session, sorted(vars(q)))
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
try:
    class X(S1, S2): pass
except TypeError as e: print(e)
class A: pass
class Y(A, S1): pass
class Z(S1, A): pass
y = Y(); y.a = 1; y.q = 2; z = Z(); z.a = 3; z.r = 4
print(y.a, y.q, z.a, z.r, Y.__base__, Z.__base__)
class E(S1): pass
class F(E, A): pass
f = F(); f.a = 5; f.w = 6
print(f.a, f.w, F.__base__)
class L(list): __slots__ = ('k',)
class M(A, L): pass
m = M([1, 2]); m.k = 7; m.v = 8
print(m, m.k, m.v, M.__base__)
