# The 8-bit code pages: every byte decoded, text encoded back, and the names they are found under.
import codecs

pages = ["cp437", "IBM850", "cp866", "windows-1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1257", "latin2",
         "iso-8859-5", "greek", "latin5", "iso8859-15", "koi8-r", "koi8_u", "macroman"]
for page in pages:
    info = codecs.lookup(page)
    text = bytes(range(256)).decode(page, "replace")
    undefined = [i for i, ch in enumerate(text) if ch == "\ufffd"]
    back = text.encode(page, "replace")
    checksum = sum(ord(ch) * (i + 1) for i, ch in enumerate(text)) % 1000003
    print(page, info.name, checksum, undefined, back == bytes(b if b not in undefined else 63 for b in range(256)))
    print("   ", "\u20ac\xe9\u0416\u03a9\u2500".encode(page, "backslashreplace"))
