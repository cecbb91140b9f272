# The punycode codec (RFC 3492): round trips of random strings, a known value, bad input with each error handler.
import random, codecs
random.seed(5)
alphabet = "abcXYZ-09\xe9\xfc\u0416\u4e2d\u6587\U0001f600\u3042 "
outs = []
for i in range(300):
    s = "".join(random.choice(alphabet) for _ in range(random.randint(0, 12)))
    e = s.encode("punycode")
    d = e.decode("punycode")
    outs.append((e, d == s))
print(outs[:20]); import zlib; print(all(ok for _, ok in outs), zlib.crc32(b"|".join(e for e, _ in outs)))
for bad, errors in [(b"xn--w&", "strict"), (b"xn--w&", "ignore"), (b"xn--w&", "replace"), (b"abc-9999999999", "strict"), (b"abc-9999999999", "ignore"), (b"-zz", "strict"), (b"-zz", "ignore"), (b"a\xff-b", "ignore"), (b"a-b\xff", "ignore"), ("caf-dma", "strict"), (b"x", "bogus"), (memoryview(b"mnchen-3ya"), "strict")]:
    try:
        print(type(bad).__name__, ascii(bad if isinstance(bad, str) else bytes(bad)), errors, ascii(codecs.decode(bad, "punycode", errors)))
    except Exception as e:
        print(type(bad).__name__, ascii(bad if isinstance(bad, str) else bytes(bad)), errors, type(e).__name__, e)
print(codecs.lookup("punycode").name, codecs.getincrementaldecoder("punycode")().decode(b"mnchen-3ya"), codecs.getincrementalencoder("punycode")().encode("m\xfcnchen"))
