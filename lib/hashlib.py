"""hashlib module - A common interface to many hash functions (Ginger's own).

new(name, data=b'', **kwargs) - returns a new hash object implementing the
                                given hash function; initializing the hash
                                using the given binary data.

Named constructor functions are also available, these are faster
than using new(name):

md5(), sha1(), sha224(), sha256(), sha384(), sha512(), blake2b(), blake2s(),
sha3_224, sha3_256, sha3_384, sha3_512, shake_128, and shake_256.

Every algorithm is Ginger's native code (_md5, _sha1, _sha2, _sha3, _blake2); there is no OpenSSL
backend, so algorithms_available equals algorithms_guaranteed.
"""

import _blake2
import _md5
import _sha1
import _sha2
import _sha3

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'file_digest', 'pbkdf2_hmac')

md5 = _md5.md5
sha1 = _sha1.sha1
sha224 = _sha2.sha224
sha256 = _sha2.sha256
sha384 = _sha2.sha384
sha512 = _sha2.sha512
blake2b = _blake2.blake2b
blake2s = _blake2.blake2s
sha3_224 = _sha3.sha3_224
sha3_256 = _sha3.sha3_256
sha3_384 = _sha3.sha3_384
sha3_512 = _sha3.sha3_512
shake_128 = _sha3.shake_128
shake_256 = _sha3.shake_256

__builtin_constructor_cache = {}


def __get_builtin_constructor(name):
    # Imports the native module on first use and caches its constructors under their names (and the
    # upper-case names of the older algorithms), as CPython's fallback path does.
    cache = __builtin_constructor_cache
    constructor = cache.get(name)
    if constructor is not None:
        return constructor
    try:
        if name in {'SHA1', 'sha1'}:
            import _sha1
            cache['SHA1'] = cache['sha1'] = _sha1.sha1
        elif name in {'MD5', 'md5'}:
            import _md5
            cache['MD5'] = cache['md5'] = _md5.md5
        elif name in {'SHA256', 'sha256', 'SHA224', 'sha224'}:
            import _sha2
            cache['SHA224'] = cache['sha224'] = _sha2.sha224
            cache['SHA256'] = cache['sha256'] = _sha2.sha256
        elif name in {'SHA512', 'sha512', 'SHA384', 'sha384'}:
            import _sha2
            cache['SHA384'] = cache['sha384'] = _sha2.sha384
            cache['SHA512'] = cache['sha512'] = _sha2.sha512
        elif name in {'blake2b', 'blake2s'}:
            import _blake2
            cache['blake2b'] = _blake2.blake2b
            cache['blake2s'] = _blake2.blake2s
        elif name in {'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'}:
            import _sha3
            for bits in (224, 256, 384, 512):
                cache[f'sha3_{bits}'] = getattr(_sha3, f'sha3_{bits}')
        elif name in {'shake_128', 'shake_256'}:
            import _sha3
            cache['shake_128'] = _sha3.shake_128
            cache['shake_256'] = _sha3.shake_256
    except ImportError:
        pass
    constructor = cache.get(name)
    if constructor is not None:
        return constructor
    raise ValueError('unsupported hash type ' + name)


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    return __get_builtin_constructor(name)(data, **kwargs)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    password = _bytes_argument(password)
    salt = _bytes_argument(salt)
    if not isinstance(iterations, int):
        iterations = iterations.__index__()
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations > 0xFFFFFFFF:
        raise OverflowError("iteration value is too great.")
    constructor = __get_builtin_constructor(hash_name)
    inner = constructor()
    outer = constructor()
    block = getattr(inner, 'block_size', 64)
    if len(password) > block:
        password = constructor(password).digest()
    password = password + b'\x00' * (block - len(password))
    inner.update(password.translate(_TRANS_36))
    outer.update(password.translate(_TRANS_5C))

    def prf(message):
        # HMAC(password, message) from copies of the keyed states.
        i = inner.copy()
        o = outer.copy()
        i.update(message)
        o.update(i.digest())
        return o.digest()

    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    if dklen > 0xFFFFFFFF:
        raise OverflowError("key length is too great.")
    key = b''
    index = 1
    while len(key) < dklen:
        u = prf(salt + index.to_bytes(4, 'big'))
        accumulated = int.from_bytes(u)
        for _ in range(iterations - 1):
            u = prf(u)
            accumulated ^= int.from_bytes(u)
        key += accumulated.to_bytes(len(u))
        index += 1
    return key[:dklen]


_TRANS_5C = bytes((x ^ 0x5C) for x in range(256))
_TRANS_36 = bytes((x ^ 0x36) for x in range(256))


def _bytes_argument(value):
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    It accepts file objects from open(), io.BytesIO(), and SocketIO objects.
    The function may bypass Python's I/O and use the file descriptor *fileno*
    directly.

    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
    """
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        # io.BytesIO: the whole buffer at once, whatever the position (CPython hashes getbuffer()).
        digestobj.update(fileobj.getvalue())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
