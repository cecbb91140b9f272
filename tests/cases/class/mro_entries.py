# PEP 560: bases that are not classes but define __mro_entries__ are replaced by what it returns;
# the class keeps the original bases in __orig_bases__.
class Alias:
    def __init__(self, *classes):
        self.classes = classes
    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return self.classes

class A: pass
class B: pass

class C(Alias(A, B)):
    pass
print([k.__name__ for k in C.__mro__])
print(C.__orig_bases__[0].classes == (A, B), "__orig_bases__" in C.__dict__)

class D(A):
    pass
print("__orig_bases__" in D.__dict__)

class E(Alias(), A):
    pass
print([k.__name__ for k in E.__mro__])

class Bad:
    def __mro_entries__(self, bases):
        return [A]
try:
    class F(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)

import types
print([k.__name__ for k in types.resolve_bases((Alias(A), B))])
