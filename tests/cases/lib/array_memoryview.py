# memoryview over each typecode of array.array: format, items, casts, writes through the view.
from array import array
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
for code in 'bBuhHiIlLqQfd':
    a = array(code, 'ab' if code == 'u' else [1, 2])
    m = memoryview(a)
    t(code + ' tolist', m.tolist)
    t(code + ' eq', lambda: m == a)
    t(code + ' item', lambda: m[1])
    t(code + ' cast', lambda: m.cast('B').tolist()[:3])
    t(code + ' shape', lambda: (m.shape, m.strides, m.ndim, m.readonly, m.contiguous, m.nbytes))
    t(code + ' set', lambda: m.__setitem__(0, 'z' if code == 'u' else 3))
    m.release()
    t(code + ' after', lambda: a)
