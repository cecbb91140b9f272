# TextIOWrapper with any codec: error handlers on reading and writing, unknown and non-text encodings,
# codecs registered by the program, decoders/encoders returning the wrong type, and reconfigure() to another codec.
import codecs
import io

data = "ab\udcffc\U0001f600".encode("utf-16-le", "surrogatepass") + b"\x00"
for errors in ("strict", "replace", "ignore", "surrogateescape", "backslashreplace", "surrogatepass"):
    t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-16-le", errors=errors)
    try:
        print(errors, ascii(t.read()))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e)
for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    for enc in ("cp1252", "koi8-r", "iso8859-7", "utf-16-be"):
        b = io.BytesIO()
        t = io.TextIOWrapper(b, encoding=enc, errors=errors)
        try:
            t.write("a\u20ac\u0416\u03b1\udc80z")
            t.flush()
            print(errors, enc, b.getvalue())
        except UnicodeEncodeError as e:
            print(errors, enc, "UnicodeEncodeError", e)
for errors in ("strict", "replace", "surrogateescape"):
    t = io.TextIOWrapper(io.BytesIO(b"a\x81b\x9dc"), encoding="cp1252", errors=errors)
    try:
        print(ascii(t.read()))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)

for name in ("klingon", "hex", "rot13", "base64", "UTF8", "U16", "utf_32_le", "KOI8-R", "locale"):
    try:
        print(name, io.TextIOWrapper(io.BytesIO(), encoding=name).encoding)
    except LookupError as e:
        print(name, "LookupError", e)


class Upper(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return bytes(input).decode("latin-1").upper()


class Lower(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return input.lower().encode("latin-1")


class WrongDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return b"x"


class WrongEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return "x"


def search(name):
    if name == "upper_test":
        return codecs.CodecInfo(None, None, incrementalencoder=Lower, incrementaldecoder=Upper, name="upper_test")
    if name == "binary_test":
        return codecs.CodecInfo(None, None, name="binary_test", _is_text_encoding=False)
    if name == "wrong_test":
        return codecs.CodecInfo(None, None, incrementalencoder=WrongEncoder, incrementaldecoder=WrongDecoder, name="wrong_test")
    return None


codecs.register(search)
b = io.BytesIO(b"hello\nWorld\n")
t = io.TextIOWrapper(b, encoding="upper_test")
print(t.encoding, ascii(t.readline()), t.tell(), ascii(t.read()))
t.write("ABC")
t.flush()
print(b.getvalue())
try:
    io.TextIOWrapper(io.BytesIO(), encoding="binary_test")
except LookupError as e:
    print("LookupError", e)
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="wrong_test")
for operation in (t.read, lambda: t.read(1), t.readline, lambda: t.write("a")):
    try:
        operation()
    except TypeError as e:
        print("TypeError", e)

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="latin-1")
t.write("a\xe9")
t.reconfigure(encoding="utf-16")
t.write("b\xe9")
t.reconfigure(encoding="utf-8-sig", errors="replace")
t.write("c\u20ac")
print(t.encoding, t.errors)
t.reconfigure(encoding="ascii")
print(t.encoding, t.errors)
try:
    t.write("d\u20ac")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
t.write("d")
t.flush()
print(b.getvalue())
t = io.TextIOWrapper(io.BytesIO("ab\ncd\n".encode("utf-16")), encoding="utf-16")
print(ascii(t.readline()))
try:
    t.reconfigure(encoding="utf-8")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
