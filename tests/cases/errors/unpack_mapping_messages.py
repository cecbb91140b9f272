class X:
    def __iter__(self): raise TypeError('inner')
class G:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
for src in ['a, *b = 7', 'a, b = 7', 'a, b = X()', '[*a] = None', 'a, b = G()', '{**1}', '{**[]}', '{**[(1, 2)]}', 'f(**1)', 'dict(**{"a": 1}, **[])']:
    try:
        exec(src, {'f': lambda **k: k, 'X': X, 'G': G})
        print(src, 'ok')
    except TypeError as e:
        print(src, '->', e)
class K:
    def keys(self): return ['x']
    def __getitem__(self, k): return k * 2
print({**K()}, dict(**K()))
class C:
    def m(self, **k): pass
for f in (C().m, len, print, C, lambda **k: None):
    try: f(**[1])
    except TypeError as e: print(e)
    try: f(**{'a': 1}, **{'a': 2})
    except TypeError as e: print(e)
