# hashlib's and hmac's error messages are CPython's (the native modules named where CPython's OpenSSL differs).
import _md5
import _sha3
import hashlib
import hmac

cases = [
    lambda: hashlib.new("nope"),
    lambda: hashlib.new(None),
    lambda: hashlib.sha256("text"),
    lambda: hashlib.md5().update("text"),
    lambda: hashlib.sha1(12),
    lambda: _sha3.sha3_224(data=b"x"),
    lambda: hashlib.blake2b(data=b"x"),
    lambda: hashlib.blake2b(b"", b""),
    lambda: _md5.md5(b"x", string=b"y"),
    lambda: _sha3.shake_128(b"x").digest(),
    lambda: _sha3.shake_256(b"x").hexdigest(-1),
    lambda: _md5.md5().digest(5),
    lambda: hashlib.blake2b(digest_size=0),
    lambda: hashlib.blake2s(digest_size=33),
    lambda: hashlib.blake2b(key=b"k" * 65),
    lambda: hashlib.blake2s(salt=b"s" * 9),
    lambda: hashlib.blake2b(person=b"p" * 17),
    lambda: hashlib.blake2b(fanout=256),
    lambda: hashlib.blake2s(depth=0),
    lambda: hashlib.blake2b(leaf_size=2**32),
    lambda: hashlib.blake2b(leaf_size=-1),
    lambda: hashlib.blake2s(node_offset=2**48),
    lambda: hashlib.blake2b(node_offset=2**64),
    lambda: hashlib.blake2b(node_depth=-1),
    lambda: hashlib.blake2s(inner_size=33),
    lambda: hashlib.blake2b(digest_size=1.5),
    lambda: hashlib.blake2b(key="k"),
    lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 0),
    lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 1, 0),
    lambda: hashlib.pbkdf2_hmac("sha1", "p", b"s", 1),
    lambda: hashlib.file_digest(12, "sha1"),
    lambda: hmac.new("key", b"m", "sha256"),
    lambda: hmac.new(b"key", b"m"),
    lambda: hmac.new(b"key", b"m", digestmod=None),
    lambda: hmac.compare_digest("é", "é"),
    lambda: hmac.compare_digest(b"a", "a"),
    lambda: hmac.compare_digest(1, 1),
    lambda: _sha3.shake_128().hexdigest(1, 2),
    lambda: _sha3.shake_128().digest(2**40),
    lambda: _sha3.sha3_224().digest(1),
]
for case in cases:
    try:
        print("ok", case())
    except Exception as e:
        print(type(e).__name__, e)
