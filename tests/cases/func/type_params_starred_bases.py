class A: pass
class B: pass
bases = (A, B)
class C[*Ts, T](*bases, metaclass=type):
    x: T
print(C.__mro__)
print(C.__type_params__, C.__orig_bases__, C.__parameters__)
class D[T](*(), A):
    pass
print(D.__mro__, D.__orig_bases__)
class E[T](*[A], **{}):
    pass
print(E.__orig_bases__)
print(C[int, str, bytes])
