class A:
    def meth(self, a): return "A(%r)" % a
class B(A):
    def meth(self, a): return "B(%r)" % a + self.__super.meth(a)
B._B__super = super(B)
print(B().meth(3))
s = super(B)
print(s.__get__(None, B) is s, type(s.__get__(B(), B)).__name__, s.__get__(B()).__self_class__)
class MySuper(super): pass
class C(A):
    def meth(self, a): return "C" + self.__sup.meth(a)
C._C__sup = MySuper(C)
print(C().meth(1), type(C._C__sup).__name__)
try:
    super(1, 2, 3)
except TypeError as e:
    print(e)
