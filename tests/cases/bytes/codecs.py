# str.encode and bytes.decode: utf-8, ascii, latin-1 with the error handlers, and their exceptions.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("héllo €𝄞".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é".encode("LATIN_1"), "x".encode("UTF8"))
print("aé€".encode("ascii", "ignore"), "aé€".encode("ascii", "replace"), "aé€".encode("latin-1", "replace"))
print("aé€".encode("ascii", "backslashreplace"), "aé€".encode("ascii", "xmlcharrefreplace"))
check(lambda: "aé".encode("ascii"))
check(lambda: "a€".encode("latin-1"))
check(lambda: "x\U0001d11e".encode("ascii"))
check(lambda: "\ud800".encode())
check(lambda: "x".encode("bogus"))
check(lambda: "x".encode(5))
print("a\udcffb".encode("utf-8", "surrogateescape"), "a\ud800b".encode("utf-8", "surrogatepass"), "a\ud800b".encode("utf-8", "replace"), "a\ud800b".encode("utf-8", "ignore"))
print(b"h\xc3\xa9llo".decode(), b"abc".decode("ascii"), b"\xe9t\xe9".decode("latin-1"), b"\xff".decode("latin1"))
check(lambda: b"\xff".decode())
check(lambda: b"a\xc3".decode())
check(lambda: b"a\xc3(".decode("utf-8"))
check(lambda: b"\xed\xa0\x80".decode())
check(lambda: b"\xe9".decode("ascii"))
check(lambda: b"x".decode("bogus"))
print(b"a\xffb\xc3".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), repr(b"a\xffb".decode("utf-8", "surrogateescape")))
print(b"a\xe9".decode("ascii", "replace"), b"a\xe9".decode("ascii", "ignore"), repr(b"a\xe9".decode("ascii", "surrogateescape")))
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"a\xe9".decode(errors="backslashreplace", encoding="ascii"))
print("a\udcffb".encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape") == "a\udcffb")
try:
    b"ab\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    "ab\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError))
print(str(b"abc", "utf-8"), str(b"\xe9", "latin-1"), str(bytearray(b"xy"), encoding="ascii"), str(b"\xff", "utf-8", "replace"))
check(lambda: str(b"\xff", "utf-8"))
data = "ĀāĂă 中文 🐍".encode()
print(len(data), data.decode() == "ĀāĂă 中文 🐍", data)
