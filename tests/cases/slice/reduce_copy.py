# slice pickles as (slice, (start, stop, step)); copy returns it, deepcopy copies mutable bounds.
import copy
import pickle

for s in [slice(3), slice(1, 10), slice(1, 10, 2), slice(None, None, -1), slice('a', [1], {2: 3})]:
    print(s.__reduce__(), s.__reduce_ex__(2)[:2])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(s, proto)) == s
s = slice([1, 2], [3, 4], [5, 6])
c = copy.deepcopy(s)
print(c == s, c is s, c.start is s.start, copy.copy(s) is s)
try:
    s.__reduce__(1)
except TypeError as e:
    print(e)
