# The decoder's scanner (native in CPython and Ginger): hooks, numbers, constants, nesting and errors.
import json
from collections import OrderedDict
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except json.JSONDecodeError as e:
        print(label, 'JSONDecodeError', e)
    except Exception as e:
        print(label, type(e).__name__, str(e)[:100])
for s in ['0', '-0', '-', '-a', '01', '1.', '1.5', '1e5', '1E+5', '1e-5', '1e', '1e+', '2.5e3x', '-Infinity', '-Inf', 'Infinity', 'NaN', 'nan', 'true', 'tru', 'null ',
          '12345678901234567890123456789', '1' * 5000, '[1,2', '[]', '[ ]', '{ }', '{"a" : 1 , "b":[ 1 , 2 ] }', '{"a":1,"a":2}', '[1,]', '{"a":1,}', '{"a"}', '{1:2}', ' [\n1\n] ']:
    attempt(repr(s)[:30], lambda: json.loads(s))
attempt('pairs', lambda: json.loads('{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=list))
attempt('pairs-od', lambda: json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
attempt('hook', lambda: json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d)))
attempt('both', lambda: json.loads('{"b": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
attempt('empty-hooks', lambda: (json.loads('{}', object_hook=lambda d: ('h', d)), json.loads('{}', object_pairs_hook=lambda p: ('p', p))))
attempt('parse', lambda: json.loads('[1, 2.5, 1e3, NaN, -Infinity]', parse_int=lambda s: 'i' + s, parse_float=lambda s: 'f' + s, parse_constant=lambda s: 'c' + s))
attempt('parse-float-int', lambda: json.loads('[1, 2.5]', parse_float=float, parse_int=int))
attempt('strict', lambda: json.loads('["a\tb"]', strict=False))
attempt('deep-array', lambda: json.loads('[' * 100000 + ']' * 100000))
attempt('deep-object', lambda: json.loads('{"a":' * 100000 + '1' + '}' * 100000))
attempt('ok-deep', lambda: len(str(json.loads('[' * 500 + ']' * 500))))
class BadBool:
    def __bool__(self):
        1 / 0
attempt('badbool', lambda: json.JSONDecoder(strict=BadBool()).decode('""'))
attempt('raw', lambda: json.JSONDecoder().raw_decode('  [1]', 2))
attempt('raw-neg', lambda: json.JSONDecoder().raw_decode('[1]', -1))
attempt('raw-end', lambda: json.JSONDecoder().raw_decode('[1]', 3))
attempt('memo', lambda: [a is b for d in [json.loads('[{"key": 1}, {"key": 2}]')] for a, b in [(list(d[0])[0], list(d[1])[0])]])
attempt('hook-error', lambda: json.loads('{"a": 1}', object_hook=lambda d: 1 / 0))
attempt('bytes', lambda: json.loads(b'{"\xc3\xa9": [1.25]}'))
