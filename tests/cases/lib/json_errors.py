import json
cases = ['', '[', '[42', '[42,', '["', '["spam', '{', '{"spam"', '{"spam":42,', '[,', '{"spam":[}', '[42 "spam"',
         '[42,]', '{:', '{42', '[{]', '{"spam"}', '[]]', '42,"spam"', '\n  \n\n     !', '"a\x01"', '"ab\\q"',
         '"\\u12"', '"\\ud800\\u12"', '"\\u-123"', '"\\', 'nul', '-', '01', '1.', '\ufeff[]', '[1,\n 2\n x]',
         '{"a" 1}', '{"a":1 "b"}', 'tru', '[1e]', '"\\ud800\\x"', '{"a":1,}', ' ']
for s in cases:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == s)
for bad in [1, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(e)
a = []; a.append(a)
d = {}; d['x'] = d
for v in (a, d):
    for kw in ({}, {'indent': 2}):
        try:
            json.dumps(v, **kw)
        except ValueError as e:
            print(e)
print(json.dumps(a, check_circular=False, default=str) if False else 'skip')
for v in (float('nan'), [float('inf')], {float('-inf'): 1}):
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print(e)
for v in (object(), {1j: 2}, {(1,): 2}, b'x'):
    try:
        json.dumps(v)
    except TypeError as e:
        print(e)
try:
    json.dumps({1: 2, 'a': 3}, sort_keys=True)
except TypeError as e:
    print(e)
try:
    json.loads('[1]', bogus=1)
except TypeError as e:
    print(e)
e = json.JSONDecodeError('m', 'ab\ncd', 4)
print(e, e.args, e.__reduce__())
