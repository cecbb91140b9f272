# PEP 560: bases that are not classes stand for others through __mro_entries__.
class Stand:
    def __init__(self, *targets):
        self.targets = targets
    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return self.targets

class Base:
    pass

class A(Stand(Base)):
    pass

print(A.__bases__ == (Base,), A.__orig_bases__[0].targets == (Base,))
print([c.__name__ for c in A.__mro__])

class B(Stand(), Base):
    pass
print([c.__name__ for c in B.__bases__], type(B.__orig_bases__[0]).__name__)

class Plain(Base):
    pass
print("__orig_bases__" in Plain.__dict__)

class Two(Stand(dict), Stand(Base)):
    x = 1
print([c.__name__ for c in Two.__bases__], len(Two.__orig_bases__))

class Bad:
    def __mro_entries__(self, bases):
        return [object]
try:
    class D(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)

# A function object may carry __mro_entries__ too.
def factory():
    pass
factory.__mro_entries__ = lambda bases: (Base,)
class E(factory):
    pass
print(E.__bases__[0] is Base, E.__orig_bases__[0] is factory)

# Without __mro_entries__, a non-class base is passed to the metaclass as is.
try:
    class F(42):
        pass
except TypeError as e:
    print("TypeError:", type(e).__name__)
