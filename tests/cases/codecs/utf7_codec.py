# The utf-7 codec: direct characters, base-64 shift sequences, surrogate pairs, errors and the final flag.
import codecs

for text in ["Hi Mom -\u263a-!", "A\u2262\u0391.", "\u65e5\u672c\u8a9e", "1 + 1 = 2", "a~b\\c", "\U0001f600x", "\xe9-", "\xe9a", "\xe9 ", "", "\ud800"]:
    data = text.encode("utf-7")
    print(ascii(text), data, data.decode("utf-7") == text)

print(codecs.utf_7_encode("a\xe9"), codecs.utf_7_decode(b"a+AOk-b"), codecs.utf_7_decode(b"+AOkA6Q"), codecs.utf_7_decode(b"+AOkA6Q", "strict", True))
print(codecs.utf_7_decode(b"a+AO"), codecs.utf_7_decode(b"a+AOk"), codecs.utf_7_decode(b"a+", "strict", False), codecs.utf_7_decode(b"+-+-"))
print(ascii(codecs.utf_7_decode(b"+2D3eAA-")), ascii(codecs.utf_7_decode(b"+2D0-x", "strict", True)))

for data in [b"a\x80b", b"+AOk\x80", b"+A-", b"+AOl-", b"+\x80", b"+AO", b"+2D0", b"+2D3"]:
    try:
        print(data, ascii(codecs.utf_7_decode(data, "strict", True)))
    except UnicodeDecodeError as e:
        print(data, e.start, e.end, e.reason)
    print("   replace", ascii(codecs.utf_7_decode(data, "replace", True)))

decoder = codecs.getincrementaldecoder("utf-7")()
print([decoder.decode(bytes([b])) for b in b"a+AOkA6Q-b"], decoder.decode(b"", True))
print(list(codecs.iterencode(["a", "\xe9", "b"], "utf-7")))
print(codecs.lookup("UTF7").name, codecs.lookup("u7").name)
