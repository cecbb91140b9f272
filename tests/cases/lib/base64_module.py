import base64, binascii
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\0\0\0\0', b'    x', b'\xff\xfe' * 7]
for s in samples:
    e64 = base64.b64encode(s); e32 = base64.b32encode(s); e32h = base64.b32hexencode(s); e16 = base64.b16encode(s)
    e85 = base64.b85encode(s); a85 = base64.a85encode(s); a85f = base64.a85encode(s, foldspaces=True, wrapcol=10, adobe=True)
    print(e64, base64.urlsafe_b64encode(s), e32, e32h, e16, e85, base64.b85encode(s, pad=True), a85, base64.a85encode(s, pad=True), a85f)
    assert base64.b64decode(e64) == s and base64.b32decode(e32) == s and base64.b32hexdecode(e32h) == s and base64.b16decode(e16) == s
    assert base64.b85decode(e85) == s and base64.a85decode(a85) == s and base64.a85decode(a85f, foldspaces=True, adobe=True) == s
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(b'AAEC\nAwQF\n'))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'), base64.urlsafe_b64decode('-_8='))
print(base64.b64decode(b'Zm9v!YmFy'), base64.b32decode('mzxw6===', casefold=True), base64.b32decode('0O1I', map01=b'I') if False else '', base64.b16decode('666f6f', casefold=True))
print(base64.b32decode(b'MZXW6YQ='), base64.b32decode(b'MZXW6YTB'), base64.b32decode(b'MY======'), base64.b32decode(b'MZXQ===='), base64.b32decode(b'MZXW6===', map01=b'L'))
print(base64.standard_b64encode(b'x'), base64.standard_b64decode(b'eA=='), base64.a85decode(b'<~9jqo^~>', adobe=True), base64.a85decode(b'z'), base64.a85decode(b'y', foldspaces=True))
attempt('validate', lambda: base64.b64decode(b'Zm9v!YmFy', validate=True))
attempt('pad64', lambda: base64.b64decode(b'Zm9vY'))
attempt('nonascii', lambda: base64.b64decode('é'))
attempt('type-dec', lambda: base64.b64decode(5))
attempt('type-enc', lambda: base64.b64encode('x'))
attempt('b32pad', lambda: base64.b32decode(b'MZXW6'))
attempt('b32digit', lambda: base64.b32decode(b'MZXW6!=='))
attempt('b32badpad', lambda: base64.b32decode(b'MZXW6Y=='))
attempt('b32lower', lambda: base64.b32decode(b'mzxw6==='))
attempt('b16', lambda: base64.b16decode(b'66f'))
attempt('b16lower', lambda: base64.b16decode(b'6a'))
attempt('b16odd', lambda: base64.b16decode(b'666'))
attempt('b85bad', lambda: base64.b85decode(b'ab"cd'))
attempt('b85over', lambda: base64.b85decode(b'|NsC0|NsC0'))
attempt('a85bad', lambda: base64.a85decode(b'ab~cd'))
attempt('a85z', lambda: base64.a85decode(b'abz'))
attempt('a85y', lambda: base64.a85decode(b'aby', foldspaces=True))
attempt('a85over', lambda: base64.a85decode(b'uuuuu'))
attempt('a85adobe', lambda: base64.a85decode(b'<~abc', adobe=True))
attempt('encodebytes-str', lambda: base64.encodebytes('x'))
attempt('decodebytes-str', lambda: base64.decodebytes('eA=='))
attempt('b32enc-str', lambda: base64.b32encode('x'))
attempt('a85enc-str', lambda: base64.a85encode('x'))
attempt('b16enc-str', lambda: base64.b16encode('x'))
attempt('ba', lambda: (base64.b64encode(bytearray(b'ab')), base64.b64decode(bytearray(b'YWI='))))
