# The hex and base64 codecs (bytes to bytes, through binascii) with codecs.encode/decode, their aliases,
# incremental coders and errors.
import codecs

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for name in ["hex", "hex_codec", "base64", "base_64", "base64_codec"]:
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding)
data = bytes(range(100))
for name in ["hex", "base64"]:
    encoded = codecs.encode(data, name)
    print(name, encoded[:40], len(encoded), encoded.count(b"\n"), codecs.decode(encoded, name) == data)
    print(codecs.encode(b"", name), codecs.decode(b"", name), codecs.encode(bytearray(b"hi"), name))
    encoder = codecs.getincrementalencoder(name)()
    print(encoder.encode(b"ab"), encoder.encode(b"c", True))
    decoder = codecs.getincrementaldecoder(name)()
    print(decoder.decode(codecs.encode(b"xyz", name), True))
print(codecs.decode(b"aGkgdGhl\ncmU=\n", "base64"), codecs.decode("6869", "hex"))
show(lambda: codecs.decode(b"zz", "hex"))
show(lambda: codecs.decode(b"abc", "hex"))
show(lambda: codecs.decode(b"a", "base64"))
show(lambda: "text".encode("hex"))
show(lambda: b"6869".decode("hex"))
