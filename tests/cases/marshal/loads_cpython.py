# marshal: loading what CPython 3.12 wrote (the hex strings were produced by CPython's marshal.dumps), round trips,
# and errors on bad data.
import marshal
from _marshal_data import DATA

for version, hexed in DATA:
    value = marshal.loads(bytes.fromhex(hexed))
    again = marshal.loads(marshal.dumps(value, version))
    same = again == value or (value != value)
    print(version, repr(value)[:60], type(value).__name__, same)
print(marshal.version)
for bad in (b"", b"i\x01", b"(\x02\x00\x00\x00i\x01\x00\x00\x00", b"\x99", b"r\x05\x00\x00\x00", b"l\x01\x00\x00\x00\x00\x80", b"[\xff\xff\xff\xff"):
    try:
        marshal.loads(bad)
        print("loaded?")
    except (ValueError, EOFError) as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print(e)
shared = [1, 2]
data = marshal.dumps([shared, shared])
back = marshal.loads(data)
print(back, back[0] is back[1])
c = compile("x = 40 + 2", "<m>", "exec")
ns = {}
exec(marshal.loads(marshal.dumps(c)), ns)
print(ns["x"])
