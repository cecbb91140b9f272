# Sets and dicts that grow and shrink keep exactly one reference per key: strings made at run time
# (not interned) survive their containers being resized, cleared and freed.
import sys

def made(i):
    return f"key-{i}"

keys = [made(i) for i in range(40)]


def extra():
    # References beyond the list's own, for each key.
    return {sys.getrefcount(keys[i]) - 2 for i in range(len(keys))}

s = set()
for k in keys:
    s.add(k)
print("set holds one each:", extra())
for k in keys[:30]:
    s.discard(k)
s.update(keys)
print("after discard/update:", extra())
del s
print("after del:", extra())

d = {}
for k in keys:
    d[k] = k
print("dict holds two each:", extra())
for k in keys[::2]:
    del d[k]
d.clear()
print("after clear:", extra())

f = frozenset(keys)
g = f | {made(99)}
print(len(f), len(g), made(5) in g)
del f, g
print("strings intact:", keys[:3], keys[-1])
