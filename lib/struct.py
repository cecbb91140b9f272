"""Convert between Python values and packed binary records (C structs) held in bytes.

A format string describes a record. Its first character may select the byte order, sizes and
alignment: '@' native (the default), '=' native order with standard sizes, '<' little-endian,
'>' or '!' big-endian (network order); the last four use standard sizes and no alignment.
Then come the items, each an optional repeat count and a code:
  x pad byte, c bytes of length 1, b/B signed/unsigned char, ? bool,
  h/H short, i/I int, l/L long, q/Q long long, n/N ssize_t/size_t (native only),
  e half float, f float, d double, P pointer-sized integer (native only),
  s bytes (the count is its length), p Pascal string (a length byte, then the data).
Whitespace between items is ignored. Errors raise struct.error.
"""
# Ginger's struct module: everything comes from the native _struct module, as in CPython.

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']

from _struct import *
from _struct import _clearcache
