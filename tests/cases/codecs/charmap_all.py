import codecs
names = ["cp037", "cp1140", "cp1255", "cp1256", "cp1258", "cp273", "cp424", "cp720", "cp737", "cp775", "cp852", "cp864", "cp869", "cp874", "hp_roman8", "iso8859_3", "iso8859_6", "iso8859_8", "iso8859_11", "iso8859_16", "koi8_t", "kz1048", "mac_arabic", "mac_cyrillic", "mac_greek", "palmos", "ptcp154", "tis_620", "latin9", "hebrew", "arabic", "thai", "cyrillic-asian", "ebcdic-cp-us"]
data = bytes(range(256))
for n in names:
    info = codecs.lookup(n)
    text = data.decode(n, "replace")
    back = text.encode(n, "replace")
    print(n, info.name, len(text), text[:5].encode('unicode_escape'), back == data or sum(a != b for a, b in zip(back, data)))
print("héllo".encode("cp1252"), "ĳ".encode("iso8859_3", "xmlcharrefreplace"))
try:
    "€".encode("iso8859_3")
except UnicodeEncodeError as e:
    print(e)
