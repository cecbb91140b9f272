class A:
    def f(self): return "A.f"
    def __repr__(self): return "A-repr"
class B:
    def f(self): return "B.f"
    x = 1
class C(A):
    pass
class D(C):
    pass
d = D()
print(d.f(), repr(d), D.__mro__)
C.__bases__ = (B,)
print(d.f(), d.x, repr(d).startswith("<__main__.D object"), D.__mro__, C.__bases__, C.__base__)
print(A.__subclasses__(), B.__subclasses__())
print(isinstance(d, A), isinstance(d, B), issubclass(D, B))
C.__bases__ = (A, B)
print(d.f(), repr(d), D.__mro__)

def attempt(cls, value):
    try:
        cls.__bases__ = value
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", cls.__mro__)

attempt(C, ())
attempt(C, [A])
attempt(C, (1,))
attempt(C, (D,))
attempt(C, (C,))
attempt(int, (object,))
attempt(object, (int,))
attempt(C, (list,))
attempt(C, (A, A))
attempt(C, (object,))
class S:
    __slots__ = ("a",)
class T(S): pass
attempt(T, (object,))
attempt(T, (A,))
class S2:
    __slots__ = ("b",)
attempt(T, (S2,))
attempt(C, (bool,))
class X: pass
class Y(X): pass
class Z(Y): pass
class P: pass
class Q(P): pass
class R(Q): pass
# would make an MRO conflict in a subclass
class M: pass
class K(X, Q): pass
attempt(Q, (X,))
print(K.__mro__)
class W(Y, Q): pass
attempt(Q, (Y, X))
print(W.__mro__, Q.__mro__)
try:
    del C.__bases__
except Exception as e:
    print(type(e).__name__, e)
class E1(Exception): pass
attempt(E1, (ValueError,))
attempt(E1, (A,))
print(E1.__mro__)
