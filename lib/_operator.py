"""The part of CPython's C module _operator that Ginger's Python operator module does not cover.

Only _compare_digest lives here (hmac.compare_digest and secrets.compare_digest are this function).
"""


def _compare_digest(a, b, /):
    """Return 'a == b'.

This function uses an approach designed to prevent
timing analysis, making it appropriate for cryptography.

a and b must both be of the same type: either str (ASCII only),
or any bytes-like object.

Note: If a and b are of different lengths, or if an error occurs,
a timing attack could theoretically reveal information about the
types and lengths of a and b--but not their values."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        # Ginger's bytes-like objects are bytes and bytearray.
        a_ok = isinstance(a, (bytes, bytearray))
        b_ok = isinstance(b, (bytes, bytearray))
        if not a_ok and not b_ok:
            raise TypeError("unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        if not a_ok or not b_ok:
            wrong = b if a_ok else a
            raise TypeError(f"a bytes-like object is required, not '{type(wrong).__name__}'")
    # Every byte is looked at whatever the first difference, so the time depends only on the lengths.
    result = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        result |= x ^ y
    return result == 0
