# Built-ins consuming a list/tuple subclass use its __iter__ (fast paths are for exact types only).
class LyingList(list):
    def __iter__(self):
        yield 1
class LyingTuple(tuple):
    def __iter__(self):
        yield 1
L = lambda: LyingList([2])
T = lambda: LyingTuple((2,))
for name, fn in [('tuple', tuple), ('list', list), ('set', set), ('frozenset', frozenset), ('fromkeys', dict.fromkeys),
                 ('sorted', sorted), ('star', lambda x: [*x]), ('startuple', lambda x: (*x,)), ('bytes', bytes), ('bytearray', bytearray),
                 ('max', max), ('sum', sum), ('enumerate', lambda x: list(enumerate(x))), ('zip', lambda x: list(zip(x))),
                 ('any', any), ('all', all), ('call', lambda x: (lambda *a: a)(*x)), ('unpack', lambda x: [a for a, in [x]]),
                 ('reversed', lambda x: list(reversed(x))), ('listext', lambda x: [].__iadd__(x)), ('extend', lambda x: [0].extend(x)),
                 ('join', lambda x: '-'.join(map(str, x))), ('str.join', lambda x: ''.join(x) if False else 0), ('dictupd', lambda x: dict([x])), ('map', lambda x: list(map(str, x))),
                 ('filter', lambda x: list(filter(None, x))), ('in', lambda x: 1 in x), ('setupd', lambda x: set().union(x)), ('iter', lambda x: list(iter(x))),
                 ('tuple+', lambda x: () + tuple(x)), ('deque', lambda x: __import__('collections').deque(x)), ('heapq', lambda x: __import__('heapq').nlargest(1, x)),
                 ('minmax', lambda x: min(x, default=0)), ('str', lambda x: '%s' % (x,)), ('dictx', lambda x: dict(x) if False else 0), ('fmt', lambda x: '{}{}'.format(*x) if len(x) > 1 else '{}'.format(*x))]:
    for make in [L, T]:
        try:
            print(name, fn(make()))
        except Exception as e:
            print(name, type(e).__name__, e)
