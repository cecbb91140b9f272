# functools.partial (native _functools.partial): calls, flattening, repr, pickling, attributes.
import functools
import _functools
import pickle


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def capture(*args, **kw):
    return args, kw


print(functools.partial is _functools.partial, functools.partial.__module__)
p = functools.partial(capture, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9), p.func is capture, p.args, p.keywords)
print(repr(p) == "functools.partial(%r, 1, 2, a=3)" % (capture,))
q = functools.partial(p, 7, c=8)
print(q.func is capture, q.args, q.keywords, q())
print(functools.partial(functools.partial(max), 1)(5))
big = functools.partial(capture, *range(20))
print(big(*range(20, 25))[0][-3:], len(big(*range(5))[0]))
print(functools.partial(capture)(), functools.partial(capture, x=1)(x=2))
print(repr(functools.partial(max, 1, key=None)))


class Sub(functools.partial):
    pass


s = Sub(capture, 1)
print(repr(s).startswith("Sub(<function capture"), s(2), type(Sub(s)).__name__, Sub(s).func is capture)
p.attr = "x"
r = functools.partial(p, 0)
print(r.func is p, r.args, r())
print(p.__reduce__()[0] is functools.partial, p.__reduce__()[2][1:])
u = pickle.loads(pickle.dumps(functools.partial(max, 1, 5, key=abs)))
print(u(-7), u.args, u.keywords)
v = functools.partial(max)
v.__setstate__((min, (1, 2), None, {"note": 1}))
print(v(), v.func is min, v.keywords, v.note, v.__dict__)
show(lambda: v.__setstate__((min, (1,), None)))
show(lambda: v.__setstate__([min, (), None, None]))
show(lambda: v.__setstate__((1, (), None, None)))
show(lambda: v.__setstate__((min, [1], None, None)))
show(lambda: functools.partial())
show(lambda: functools.partial(1))
show(lambda: setattr(p, "func", max))
show(lambda: setattr(p, "args", ()))
show(lambda: delattr(p, "__dict__"))
show(lambda: setattr(p, "__dict__", 5))
kw = functools.partial(capture, a=1)
kw.keywords[5] = 2
show(lambda: kw())
print(functools.partial[int], hash(functools.partial(max)) is not None)
rec = functools.partial(capture)
rec.__setstate__((capture, (), {"me": rec}, None))
print(repr(rec).endswith("me=...)"))
import weakref
w = weakref.ref(p)
print(w() is p)


class A:
    m = functools.partial(capture, "bound?")


print(A().m())
