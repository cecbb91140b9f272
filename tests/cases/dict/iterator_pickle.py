# dict and set iterators reduce to (iter, (list of the remaining items,)) and have no __setstate__.
import copy
import pickle

d = {'a': 1, 'b': 2, 'c': 3}
makers = [lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()),
          lambda: reversed(d), lambda: reversed(d.values()), lambda: reversed(d.items()),
          lambda: iter({5, 6, 7}), lambda: iter(frozenset([8, 9]))]
for make in makers:
    it = make()
    print(type(it).__name__, hasattr(it, '__setstate__'))
    print(sorted(it.__reduce__()[1][0], key=repr))
    first = next(it)
    reduced = it.__reduce__()
    print(reduced[0] is iter, len(reduced), sorted(reduced[1][0], key=repr), it.__length_hint__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        clone = pickle.loads(pickle.dumps(it, proto))
        assert type(clone) is type(iter([])), type(clone)
    print(sorted(copy.copy(it), key=repr), sorted(copy.deepcopy(it), key=repr))
    print(sorted(it, key=repr), it.__reduce__())
    try:
        it.__reduce__(1)
    except TypeError as e:
        print(e)

# A changed container: the copy raises like the iterator itself would.
d2 = {1: 2}
it = iter(d2)
d2[3] = 4
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
s = {1}
it = iter(s)
s.add(2)
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
