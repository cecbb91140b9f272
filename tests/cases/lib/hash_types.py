# The hash and zlib object types cannot be called or subclassed where CPython forbids it.
import _blake2
import _md5
import _sha1
import _sha2
import _sha3
import zlib

for make in (lambda: _md5.MD5Type(), lambda: _sha1.SHA1Type(), lambda: _sha2.SHA256Type(), lambda: _sha2.SHA512Type(),
             lambda: type(zlib.compressobj())(), lambda: type(zlib.decompressobj())()):
    try:
        make()
    except TypeError as e:
        print(e)
for base in (_sha3.sha3_256, _sha3.shake_128, _blake2.blake2b, _blake2.blake2s, zlib._ZlibDecompressor):
    try:
        type("Sub", (base,), {})
    except TypeError as e:
        print(e)
print(type(zlib.compressobj()), type(zlib.decompressobj()), hasattr(zlib, "Compress"), hasattr(zlib, "Decompress"))
print(type(_md5.md5()), _md5.MD5Type, type(_sha1.sha1()) is _sha1.SHA1Type, type(_sha3.sha3_224()), type(_blake2.blake2s()))
