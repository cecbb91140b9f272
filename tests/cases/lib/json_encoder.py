# JSONEncoder.encode() without indentation (CPython's and Ginger's native make_encoder): every value kind,
# options and errors.
import json, enum, collections
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
class F(float):
    def __repr__(self):
        return 'F!'
class I(int):
    def __repr__(self):
        return 'I!'
class Color(enum.IntEnum):
    RED = 1
class D(dict):
    def items(self):
        return [('z', 26), ('a', 1)]
class L(list):
    pass
attempt('kinds', lambda: json.dumps([None, True, False, 0, -5, 10**30, 1.5, -0.0, 1e300, F(2.5), I(7), Color.RED, 'é"\\\n', (1, 2), L([3]), {}, [], ()]))
attempt('keys', lambda: json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', 'e': 1, F(1.5): 2, I(3): 3, Color.RED: 4}))
attempt('ensure_ascii', lambda: json.dumps({'ключ': 'значение\U0001f600'}, ensure_ascii=False))
attempt('separators', lambda: json.dumps({'a': [1, 2], 'b': {'c': None}}, separators=(';', '=')))
attempt('sort', lambda: json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
attempt('sort-mixed', lambda: json.dumps({'b': 1, 2: 2}, sort_keys=True))
attempt('skipkeys', lambda: json.dumps({(1,): 1, 'a': 2, (2,): 3}, skipkeys=True))
attempt('skip-all', lambda: json.dumps({(1,): 1}, skipkeys=True))
attempt('badkey', lambda: json.dumps({(1,): 1}))
attempt('nan', lambda: json.dumps([float('nan'), float('inf'), -float('inf')]))
attempt('nan-strict', lambda: json.dumps([1, float('inf')], allow_nan=False))
attempt('nan-key-strict', lambda: json.dumps({float('nan'): 1}, allow_nan=False))
attempt('default', lambda: json.dumps({'s': {3, 1}, 'c': 1j}, default=lambda o: sorted(o) if isinstance(o, set) else str(o)))
attempt('nodefault', lambda: json.dumps(object))
a = []; a.append(a)
d = {}; d['d'] = d
attempt('circ-list', lambda: json.dumps(a))
attempt('circ-dict', lambda: json.dumps(d))
class Self:
    pass
attempt('circ-default', lambda: json.dumps(Self(), default=lambda o: o))
attempt('nocheck', lambda: json.dumps([[1]] * 3, check_circular=False))
attempt('same-twice', lambda: json.dumps([[1], [1]] and [x for x in [[1]] * 2]))
attempt('dict-subclass', lambda: json.dumps(D(q=1)))
attempt('ordered', lambda: json.dumps(collections.OrderedDict([('b', 1), ('a', 2)])))
attempt('deep', lambda: len(json.dumps([[[[[[[[[[1]]]]]]]]]])))
attempt('too-deep', lambda: json.dumps(eval('[' * 100000 + ']' * 100000)) if False else 'skipped')
c_make_encoder = json.encoder.c_make_encoder
attempt('bad-markers', lambda: c_make_encoder(1, None, None, None, ': ', ', ', False, False, False))
attempt('bad-sep', lambda: c_make_encoder(None, None, None, None, b': ', ', ', False, False, False))
attempt('few-args', lambda: c_make_encoder(None, None, None))
enc = c_make_encoder({}, str, json.encoder.encode_basestring_ascii, None, ':', ',', False, False, True)
attempt('direct', lambda: enc({'a': [1, 'é']}, 0))
enc2 = c_make_encoder(None, str, lambda s: '<' + s + '>', None, ':', ',', False, False, True)
attempt('custom-encoder', lambda: enc2({'a': ['b', 1]}, 0))
enc3 = c_make_encoder(None, str, lambda s: None, None, ':', ',', False, False, True)
attempt('bad-encoder', lambda: enc3('x', 0))
class BadBool:
    def __bool__(self):
        1 / 0
for name in ('skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys'):
    attempt('badbool-' + name, lambda: json.JSONEncoder(**{name: BadBool()}).encode({'a': 1}))
attempt('iterencode', lambda: list(json.JSONEncoder().iterencode({'a': [1, 2]})))
