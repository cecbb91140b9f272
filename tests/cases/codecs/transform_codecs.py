# The binary transform codecs quopri, uu and zlib (one-shot, incremental, stream reader), their aliases and
# errors, the undefined codec, and TextIOWrapper refusing them as text encodings.
import codecs, io
data = b"hello =world\t tab \xff\x00 " * 5 + b"\nline2 \n"
for enc in ("quopri", "uu", "zlib", "quoted-printable", "zip", "qp" if False else "quopri_codec", "uu_codec"):
    e = codecs.encode(data, enc)
    print(enc, e if enc != "zlib" and enc != "zip" else len(e), codecs.decode(e, enc) == data)
    info = codecs.lookup(enc)
    print(info.name, info._is_text_encoding)
    ie = codecs.getincrementalencoder(enc)()
    idd = codecs.getincrementaldecoder(enc)()
    x = ie.encode(data[:10]) + ie.encode(data[10:], final=True)
    print(enc, len(x), idd.decode(x, final=True) == (data[:10] + data[10:]) if enc.startswith('z') else '')
    r = codecs.getreader(enc)(io.BytesIO(e))
    print(r.read() == data)
print(codecs.encode(b"abc", "uu", ) )
print(codecs.encode(memoryview(b"abc"), "quopri"))
for bad in (b"", b"nothing\n", b"begin 666 x\nM9V%R8F%G90``\n", b"begin 666 <data>\n#86)C\n \nend\n", b"begin 666 <data>\n$86)CXXXX\n \nend\n"):
    try:
        print(codecs.decode(bad, "uu"))
    except Exception as ex:
        print(type(ex).__name__, ex)
for f in (lambda: "x".encode("undefined"), lambda: b"x".decode("undefined"), lambda: codecs.lookup("undefined").name,
          lambda: "x".encode("quopri"), lambda: b"x".decode("zlib"), lambda: codecs.decode(b"x", "zlib")):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
t = io.TextIOWrapper(io.BytesIO(b'aaaaaa'), encoding='utf-8')
try:
    io.TextIOWrapper(io.BytesIO(b'aaaaaa'), newline='\n', encoding="quopri")
except LookupError as ex:
    print(ex)
