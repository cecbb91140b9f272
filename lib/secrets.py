"""Random numbers for secrets (tokens, passwords), from the system's source (os.urandom); CPython 3.12's
secrets."""

import binascii
import os

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex", "token_urlsafe",
           "compare_digest"]

DEFAULT_ENTROPY = 32  # bytes


try:
    from random import SystemRandom
except ImportError:
    class SystemRandom:
        """The random-number methods secrets needs, drawing from os.urandom (until lib/random.py exists)."""

        def getrandbits(self, k):
            if k < 0:
                raise ValueError("number of bits must be non-negative")
            count = (k + 7) // 8
            value = int.from_bytes(os.urandom(count), "big")
            return value >> (count * 8 - k)

        def _randbelow(self, n):
            k = n.bit_length()
            r = self.getrandbits(k)
            while r >= n:
                r = self.getrandbits(k)
            return r

        def randbytes(self, n):
            return os.urandom(n)

        def random(self):
            return (int.from_bytes(os.urandom(7), "big") >> 3) * 2.0 ** -53

        def choice(self, seq):
            if not len(seq):
                raise IndexError("Cannot choose from an empty sequence")
            return seq[self._randbelow(len(seq))]


_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """A random text string of 2 * nbytes hexadecimal digits."""
    return binascii.hexlify(token_bytes(nbytes)).decode("ascii")


def token_urlsafe(nbytes=None):
    """A random URL-safe base64 text string (no padding) from nbytes random bytes."""
    encoded = binascii.b2a_base64(token_bytes(nbytes), newline=False)
    return encoded.translate(bytes.maketrans(b"+/", b"-_")).rstrip(b"=").decode("ascii")


def compare_digest(a, b, /):
    """a == b for two str (ASCII only) or two bytes-like objects, in time independent of where they differ."""
    try:
        from hmac import compare_digest as native
    except ImportError:
        native = None
    if native is not None:
        return native(a, b)
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    elif not _is_bytes_like(a) and not _is_bytes_like(b):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    else:
        for value in (a, b):
            if not _is_bytes_like(value):
                raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
    a = bytes(a)
    b = bytes(b)
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0


def _is_bytes_like(value):
    return isinstance(value, (bytes, bytearray)) or type(value).__name__ == "memoryview"
