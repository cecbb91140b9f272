import json
from collections import OrderedDict
doc = {"a": [1, 2.5, None, True, False, "x\u00e9\n\"\\", {"b": []}], "c": {}, "d": 1e100, "e": -0.0, "f": 10**30}
s = json.dumps(doc)
print(s)
print(json.loads(s) == doc)
print(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps(doc, separators=(',', ':')))
print(json.dumps([1, [2, [3]]], indent='\t'))
print(json.dumps("\U0001f600 \x01"))
print(json.dumps({1: 2, 1.5: 3, None: 4, False: 5}))
print(json.dumps({(1,): 2, "a": 1}, skipkeys=True))
print(json.dumps(float('nan')), json.dumps([float('inf'), float('-inf')]))
print(json.dumps(1/3), json.dumps(1e16), json.dumps(123456789.123456789))
print(json.dumps(object(), default=lambda o: 'obj'))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(list(Enc(indent=1).iterencode({"s": {1}})))
print(json.loads('{"a": 1, "b": [1.5, "q"]}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, NaN, -Infinity]', parse_float=str, parse_int=lambda x: int(x) * 10, parse_constant=repr))
print(json.loads('"a\tb"', strict=False))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads('[1]'.encode('utf-16')), json.loads('{"x": 2}'.encode('utf-32-le')))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
print(json.loads('"\\ud83d\\ude00\\u00e9\\/\\b\\f\\n\\r\\t"'))
print(json.loads(' \n [ 1 , { "a" : 2 } ] \n '))
import io
f = io.StringIO(); json.dump({"k": [1, 2]}, f, indent=3); print(f.getvalue())
print(json.load(io.StringIO('{"z": null}')))
print(json.loads('-0'), json.loads('-0.0'), json.loads('1E400'), json.loads('12e-1'))
print(json.dumps(True), json.dumps(None), json.dumps(12), json.dumps("x"))
