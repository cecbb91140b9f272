# range_iterator / longrange_iterator: __reduce__, __setstate__, pickling, copying.
import copy
import pickle

BIG = 2 ** 65
for r in [range(3, 20, 2), range(10), range(20, 3, -3), range(0), range(BIG, BIG + 20, 3),
          range(-BIG, -BIG + 7, 2), range(5, -BIG, -BIG // 4)]:
    for it in [iter(r), reversed(r)]:
        print(type(it).__name__, it.__reduce__())
        first = next(it, None)
        print(first, it.__reduce__(), it.__length_hint__())
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            clone = pickle.loads(pickle.dumps(it, proto))
            assert list(clone) == list(copy.copy(it)), proto
        print(list(copy.deepcopy(it)), list(it), it.__reduce__())

for r in [range(10, 20, 2), range(BIG, BIG + 10, 2)]:
    for state in [2, 0, -3, 5, 100, True]:
        it = iter(r); it.__setstate__(state); print(state, list(it))
        it = reversed(r); it.__setstate__(state); print(state, list(it))

it = iter(range(-2**65, 20, 2)); it.__setstate__(2**64 + 7); print(list(it))
it = reversed(range(10, 2**65, 2)); it.__setstate__(2**64 - 7); print(list(it))

for r in [range(5), range(BIG, BIG + 5)]:
    it = iter(r)
    for bad in ['a', None, 2 ** 70]:
        try:
            it.__setstate__(bad)
            print(bad, 'ok', list(copy.copy(it)))
        except Exception as e:
            print(type(e).__name__, e)
    for args in [(), (1, 2)]:
        try:
            it.__setstate__(*args)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        it.__reduce__(1)
    except TypeError as e:
        print(type(e).__name__, e)

# Old pickles restore the position through BUILD -> __setstate__.
print(list(pickle.loads(b'c__builtin__\niter\n(c__builtin__\nxrange\n(I10\nI20\nI2\ntRtRI2\nb.')))
print(list(pickle.loads(b'\x80\x03cbuiltins\niter\ncbuiltins\nrange\nK\nK\x14K\x02\x87R\x85RK\x02b.')))
print(reversed(range(BIG, BIG)).__reduce__(), reversed(range(BIG, BIG, -5)).__reduce__())
for it in [iter([1]), reversed([1]), iter((1,))]:
    for call in [lambda: it.__setstate__(), lambda: it.__reduce__(1)]:
        try:
            call()
        except TypeError as e:
            print(e)
