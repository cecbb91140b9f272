# _codecs' utf-16/utf-32 functions: with and without a BOM, partial input (final=False), error handlers
# (surrogatepass included), lone and paired surrogates, and the byte order the _ex decoders report.
import codecs

inputs = [b"", b"\xff\xfe", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00b", b"a\x00\x00\xd8", b"\x00\xd8a\x00",
          b"\x00\xdc", b"\x00\xd8\x00\xdc", b"\x3d\xd8\x00\xde", b"\x3d\xd8", b"a\x00\x00\x00\x00\x00\x11\x00",
          b"\x00\xd8\x00\x00", b"\xff\xfe\x00\x00a\x00\x00\x00"]
for name in ("utf_16_decode", "utf_16_be_decode", "utf_32_decode", "utf_32_le_decode"):
    function = getattr(codecs, name)
    for data in inputs:
        results = []
        for errors in ("strict", "replace", "surrogatepass", "backslashreplace"):
            for final in (False, True):
                try:
                    results.append(function(data, errors, final))
                except UnicodeDecodeError as e:
                    results.append((e.reason, e.start, e.end))
        print(name, data, ascii(results))
for name in ("utf_16_ex_decode", "utf_32_ex_decode"):
    function = getattr(codecs, name)
    for data in inputs[:6]:
        print(name, data, ascii([function(data, "replace", order, final) for order in (-1, 0, 1) for final in (False, True)]))

for name in ("utf_16_encode", "utf_16_be_encode", "utf_32_encode", "utf_32_le_encode"):
    function = getattr(codecs, name)
    for s in ("", "abc", "\xe9\u20ac", "\U0001f600", "\ud800", "a\udc80b", "\ud800\udc00"):
        results = []
        for errors in ("strict", "replace", "ignore", "surrogatepass", "backslashreplace", "xmlcharrefreplace"):
            try:
                results.append(function(s, errors))
            except UnicodeEncodeError as e:
                results.append((e.reason, e.start, e.end))
        print(name, ascii(s), results)
print(codecs.utf_16_encode("ab", "strict", 1), codecs.utf_16_encode("ab", "strict", -1))
print(codecs.utf_32_encode("ab", "strict", 1), codecs.utf_32_encode("ab", "strict", -1))

for enc in ("utf-16", "utf-32", "utf-16-be", "utf-32-le"):
    decoder = codecs.getincrementaldecoder(enc)()
    data = "a\U0001f600b\r\n".encode(enc)
    print(enc, ascii([decoder.decode(data[i:i + 1]) for i in range(len(data))]), decoder.getstate())
    encoder = codecs.getincrementalencoder(enc)()
    print(enc, encoder.encode("a"), encoder.encode("b"), encoder.getstate())
    encoder.reset()
    print(enc, encoder.encode("c"))
    encoder.setstate(0)
    print(enc, encoder.encode("d"))
    for bad in (b"\x00", b"\x00\xd8"):
        try:
            bad.decode(enc)
        except UnicodeDecodeError as e:
            print(enc, bad, e.encoding, e.reason, e.start, e.end)
