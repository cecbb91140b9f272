# array: the live arrayiterator (appends seen, exhausted stays so, pickled with its position), keyword
# arguments for subclasses with their own __init__, 'u' items outside Unicode, repr of subclasses.
import array, pickle
def t(label, f, *a, **k):
    try: print(label, repr(f(*a, **k)))
    except Exception as e: print(label, type(e).__name__, e)
a = array.array('u', b'\xff\xff\xff\xff' + 'a'.encode('utf-32-le'))
t("tounicode", a.tounicode)
t("str", str, a)
t("repr", repr, a)
t("getitem", a.__getitem__, 0)
t("getitem1", a.__getitem__, 1)
t("tolist", a.tolist)
t("list", list, a)
t("slice", a.__getitem__, slice(1, 2))
t("in", a.__contains__, 'a')
class Sub(array.array):
    def __init__(self, typecode, newarg=None):
        array.array.__init__(self)
print(Sub('b', newarg=1), Sub('b', [1]))
t("kw base", array.array, 'b', initializer=[1])
t("kw base2", array.array, typecode='b')
a = array.array('i', [1, 2, 3])
it = iter(a)
print(type(it), type(it).__name__, type(it).__module__, type(it).__qualname__)
t("new it", type(it))
print(next(it))
a.append(4)
print(list(it))
a.append(5)
print(list(it))
t("reduce exhausted", it.__reduce__)
it2 = iter(a)
next(it2)
t("reduce", it2.__reduce__)
it2.__setstate__(10); print(list(it2))
it3 = iter(a); it3.__setstate__(-5); print(list(it3))
it3 = iter(a); t("setstate str", it3.__setstate__, "x")
it3 = iter(a); t("setstate float", it3.__setstate__, 1.5)
it3 = iter(a); it3.__setstate__(True); print(list(it3))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter(a); next(it); next(it)
    it2, b = pickle.loads(pickle.dumps((it, a), proto))
    b.append(9)
    print(proto, type(it2).__name__, list(it2), list(it))
print(iter(a) is not iter(a), iter(it) is it)
class S(array.array):
    pass
for f in (lambda: array.array(), lambda: array.array('b', [], 3), lambda: S(), lambda: S(x=1), lambda: S('b', x=1), lambda: S('b', [1, 2])):
    t("construct", f)
print(repr(S('u', 'ab')), repr(S('d')), type(S('b', [1, 2])[:1]).__name__)
