import pprint, collections, types, dataclasses
data = {'name': 'x' * 30, 'values': list(range(30)), 'nested': {'b': [1, 2, {'c': (1, 2, 3)}], 'a': set(range(12))},
        'tuple1': (1,), 'empty': [], 'fs': frozenset({3, 1, 2}), 10: None, 'bytes': b'abcdefgh' * 12,
        'text': 'The quick brown fox jumps over the lazy dog. ' * 4, 'ba': bytearray(b'xyz' * 30)}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=3)
pprint.pprint(data, depth=1)
pprint.pprint(list(range(60)), compact=True, width=50)
pprint.pp({'z': 1, 'a': [1] * 40})
pprint.pprint({'z': 1, 'a': 2}, sort_dicts=False)
print(pprint.pformat(123456789, underscore_numbers=True), pprint.pformat([10**10], underscore_numbers=True))
od = collections.OrderedDict((str(i), i * 'ab') for i in range(8))
pprint.pprint(od)
dd = collections.defaultdict(list, {i: [i] * 10 for i in range(4)})
pprint.pprint(dd, width=30)
pprint.pprint(collections.Counter('abracadabra' * 5), width=20)
pprint.pprint(collections.deque(range(30), maxlen=40))
pprint.pprint(collections.deque(range(30)))
pprint.pprint(collections.ChainMap({'a': 1, 'b': 'x' * 40}, {'c': list(range(20))}))
pprint.pprint(types.SimpleNamespace(a=list(range(25)), b='hello' * 10))
pprint.pprint(types.MappingProxyType({'k': list(range(30))}))
@dataclasses.dataclass
class P:
    x: int
    y: list
    z: str = dataclasses.field(default='zz', repr=False)
pprint.pprint(P(1, list(range(40))))
pprint.pprint([P(1, [2]), P(3, [4])])
r = [1, 2]; r.append(r)
d = {'a': 1}; d['self'] = d
import re
mask = lambda s: re.sub(r'id=\d+', 'id=N', s)
print(mask(pprint.pformat(r)), mask(pprint.pformat(d)))
print(mask(pprint.saferepr(r)), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a', (2,)]), pprint.isreadable(object()))
pp = pprint.PrettyPrinter(width=20)
print(pp.isrecursive(d), pp.isreadable({1: 2}), pp.pformat(['a' * 10, 'b' * 10, ('c' * 5,)]))
pprint.pprint('line one\nline two is a fairly long line that should be wrapped somewhere around here\n', width=30)
pprint.pprint({1: 'a', 'b': 2, (1, 2): 3, None: 4})
pprint.pprint(collections.UserList(range(40)))
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
pprint.pprint([[[[[1, 2, 3]]]]], depth=3)
print(pprint.pformat(collections.OrderedDict()), pprint.pformat(set()), pprint.pformat(frozenset()), pprint.pformat(collections.Counter()))
pprint.pprint([list(range(5))] * 6, width=35, compact=True)
