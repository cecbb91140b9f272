__g = "global __g"
_C__g = "global _C__g"
class C:
    __a = 1
    __d__ = 2
    def __init__(self, __p=5, *, __k=6):
        self.__x = __p
        self.__y__ = __k
        self.__k = __k
    def get(self):
        return self.__x, __g, self.__a
    def f(self):
        def inner():
            return self.__x
        return inner()
    __ann: int = 3
    def m(self, __q: int) -> None: pass
    import os.path as __osp
    class Inner:
        def g(self):
            self.__z = 1
            return vars(self)
    lam = lambda self: self.__x
    comp = [__i * 2 for __i in range(2)]
    osp_name = __osp.__name__
c = C()
print(sorted(vars(c)), sorted(k for k in vars(C) if not k.startswith('__')))
print(c.get(), c.f(), c.lam(), C.comp)
print(C.__annotations__, C.m.__annotations__, C.__init__.__kwdefaults__, C.__init__.__code__.co_varnames)
print(C.Inner().g())
class _:
    __x = 1
class __:
    __x = 1
class ___Under:
    __x = 1
print([k for k in vars(_) if 'x' in k], [k for k in vars(__) if 'x' in k], [k for k in vars(___Under) if 'x' in k])
try:
    C(__p=1)
except TypeError as e:
    print(e)
class D:
    def m(self):
        global __gg
        __gg = 1
D().m()
print('_D__gg' in globals(), '__gg' in globals())
class E:
    def m(self):
        return getattr(self, '__h', 'none'), self._E__h
    __h = 'h'
print(E().m())
class S:
    __slots__ = ('__s',)
    def __init__(self): self.__s = 1
print(S().__dict__ if hasattr(S(), '__dict__') else S()._S__s)
def outer():
    __v = 1
    class K:
        def m(self):
            return __v
    return K().m()
try:
    print(outer())
except NameError as e:
    print("NameError", e)
