import weakref
class C: pass
class MyRef(weakref.ref):
    pass
calls = []
def callback(w):
    calls.append(w)
o = C()
r1 = MyRef(o, callback)
r1.o = o
del o
del r1
print("one", len(calls))
o = C()
r1 = MyRef(o, callback)
r2 = MyRef(o, callback)
r1.o = o
del o
del r2
del r1
print("two", len(calls))
o = C()
r1 = MyRef(o, callback)
r2 = MyRef(o, callback)
r1.r = r2
r2.o = o
del o
del r2
del r1
print("three", len(calls))
