# Rebinding or deleting an attribute of a base class is seen through its subclasses' instances every time,
# also after the subclass was looked up in between (the method cache must not keep the old value).
class A:
    def f(self):
        return "orig"


class B(A):
    pass


class C(B):
    pass


b = B()
c = C()
print(b.f(), c.f())
orig = A.f
A.f = lambda self: "new"
print(b.f(), c.f())
A.f = orig
print(b.f(), c.f())
del A.f
for obj in (b, c):
    try:
        obj.f()
    except AttributeError as e:
        print(e)
A.f = orig
print(b.f(), c.f())
for value in (1, 2, 3):
    A.g = value
    print(b.g, c.g, C.g)
B.g = 10
print(b.g, c.g)
A.g = 20
print(b.g, c.g, A.g)
del B.g
print(b.g, c.g)
