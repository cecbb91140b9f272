# hmac: RFC 2104 values through every kind of digestmod, copies, and compare_digest.
import hashlib
import hmac

for digestmod in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", hashlib.sha224):
    h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", digestmod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
long_key = b"k" * 200
print(hmac.new(long_key, digestmod="sha256").hexdigest())
h = hmac.new(b"key", digestmod=hashlib.sha256)
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(b"there")
print(h.hexdigest(), c.hexdigest(), h.digest() == hmac.digest(b"key", b"hello world", "sha256"))
print(hmac.digest(bytearray(b"k"), b"m", hashlib.md5).hex(), hmac.HMAC(b"k", b"m", "sha1").digest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"abc", b"ab"))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(bytearray(b"x"), b"x"), hmac.digest_size)
