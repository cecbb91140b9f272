# A codec that is not a text encoding (rot13): codecs.encode/decode use it, str.encode/bytes.decode refuse it.
import codecs

print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"), codecs.lookup("ROT13").name)
print(codecs.lookup("rot13")._is_text_encoding, codecs.lookup("utf-8")._is_text_encoding)
for job in [lambda: "abc".encode("rot13"), lambda: b"abc".decode("rot-13"), lambda: str(b"abc", "rot13"), lambda: bytes("abc", "rot13")]:
    try:
        job()
    except LookupError as e:
        print("LookupError:", e)
print(list(codecs.iterencode(["ab", "yz"], "rot13")), codecs.getincrementaldecoder("rot13")().decode("Nop"))
