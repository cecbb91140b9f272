# hashlib's algorithms give the standard digests; blake2 parameters, SHAKE lengths, copy and pbkdf2_hmac.
import _sha3
import hashlib
import io

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
datas = [b"", b"abc", b"a" * 64, b"x" * 200, bytearray(range(256)) * 3]
for name in sorted(hashlib.algorithms_guaranteed):
    for data in datas:
        h = hashlib.new(name, data)
        if name.startswith("shake"):
            print(name, len(data), h.hexdigest(20), h.digest(3), h.digest_size, h.block_size)
        else:
            print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = getattr(hashlib, name)()
    h.update(b"part one, ")
    c = h.copy()
    h.update(b"part two")
    d = hashlib.new(name, b"part one, part two")
    args = (16,) if name.startswith("shake") else ()
    print(name, h.digest(*args) == d.digest(*args), c.digest(*args) != h.digest(*args))

for kw in [dict(key=b"secret"), dict(digest_size=16), dict(salt=b"salt", person=b"me"),
           dict(fanout=0, depth=255, leaf_size=4096, node_offset=3, node_depth=2, inner_size=16, last_node=True)]:
    print(kw, hashlib.blake2b(b"data", **kw).hexdigest(), hashlib.blake2s(b"data", **kw).hexdigest())
print(hashlib.blake2b(b"x", key=b"k" * 64, digest_size=64).hexdigest()[:32])
print(hashlib.blake2s(node_offset=2**48 - 1).hexdigest())
print(hashlib.blake2b(node_offset=2**64 - 1).hexdigest())
m = _sha3.sha3_256(); print(m._capacity_bits, m._rate_bits, m._suffix, _sha3.shake_128()._suffix, m.name)
print(hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(hashlib.sha256(b"x", usedforsecurity=False).hexdigest()[:8], hashlib.md5(string=b"abc").hexdigest())

print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 25).hex())
print(hashlib.pbkdf2_hmac("sha256", b"pass" * 30, bytearray(b"NaCl"), 50, 70).hex())
print(hashlib.pbkdf2_hmac("sha512", b"p", b"s", 3).hex())
print(hashlib.file_digest(io.BytesIO(b"file contents"), "sha256").hexdigest())
with open(__file__, "rb") as f:
    print(hashlib.file_digest(f, hashlib.md5).hexdigest() == hashlib.md5(open(__file__, "rb").read()).hexdigest())
