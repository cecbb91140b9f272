class A(object):
    def f(self): return "A"
class B(A):
    pass
class C(A):
    def f(self): return "C"
class D(B, C):
    pass
print(D.mro(), int.mro(), type.mro(D))
class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class X(D, B, C, A, metaclass=PerverseMetaType):
    pass
print(X.__mro__, X().f(), X.mro())

for result in ("[self, dict, object]", "[1]", "1", "(self, A, object)"):
    class Meta(type):
        def mro(self):
            return eval(result)
    try:
        class Y(object, metaclass=Meta):
            pass
    except TypeError as e:
        print("TypeError", e)
    else:
        print(Y.__mro__)

class Flaky(type):
    fail = False
    def mro(cls):
        if Flaky.fail:
            raise ValueError("mro failed for " + cls.__name__)
        return type.mro(cls)
class P(metaclass=Flaky): pass
class Q(metaclass=Flaky): pass
class R(P): pass
Flaky.fail = True
try:
    R.__bases__ = (Q,)
except ValueError as e:
    print("ValueError", e)
print(R.__bases__, R.__mro__, P.__subclasses__(), Q.__subclasses__())
Flaky.fail = False
R.__bases__ = (Q,)
print(R.__bases__, R.__mro__, P.__subclasses__(), Q.__subclasses__())

# A reentrant mro() that makes the bases circular is caught.
ready = False
class M(type):
    def mro(cls):
        if ready:
            if cls.__name__ == 'B1':
                B2.__bases__ = (B1,)
            if cls.__name__ == 'B2':
                B1.__bases__ = (B2,)
        return type.mro(cls)
class A(metaclass=M): pass
class B1(A): pass
class B2(A): pass
ready = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print("TypeError", e)
