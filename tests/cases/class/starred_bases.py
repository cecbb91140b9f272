# Class bases and keywords may be unpacked, as in a call.
class A: pass
class B: pass
bases = (A, B)
class C(*bases): pass
print([k.__name__ for k in C.__mro__])

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta", name, [b.__name__ for b in bases], sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

extra = {"flavour": "ginger"}
class D(A, *(B,), metaclass=Meta, **extra, size=3): pass
class E(*[], metaclass=Meta): pass
try:
    class F(0, *range(1, 8), **extra, foo='bar'): pass
except TypeError as e:
    print("TypeError", e)
