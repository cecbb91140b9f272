"""Ginger's array module: typed arrays of numbers (and 'u' characters), kept as a list of checked values and
converted to machine bytes with struct. There is no buffer protocol yet (memoryview does not exist), so
bytes(a) and memoryview(a) do not see the array's memory; tobytes()/frombytes() do the conversions."""

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

# Each typecode: struct format, size, and the range of the integer types.
_INFO = {
    'b': ('b', -2**7, 2**7 - 1), 'B': ('B', 0, 2**8 - 1),
    'h': ('h', -2**15, 2**15 - 1), 'H': ('H', 0, 2**16 - 1),
    'i': ('i', -2**31, 2**31 - 1), 'I': ('I', 0, 2**32 - 1),
    'l': ('l', -2**63, 2**63 - 1), 'L': ('L', 0, 2**64 - 1),
    'q': ('q', -2**63, 2**63 - 1), 'Q': ('Q', 0, 2**64 - 1),
    'f': ('f', None, None), 'd': ('d', None, None), 'u': ('I', None, None),
}


class array:
    __slots__ = ('_typecode', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
        if typecode not in _INFO:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = super().__new__(cls)
        self._typecode = typecode
        self._items = []
        if initializer is not None:
            if isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, str):
                if typecode != 'u':
                    raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
                self.fromunicode(initializer)
            elif isinstance(initializer, array) and initializer.typecode == 'u' and typecode != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            elif isinstance(initializer, array):
                # Another array initializes item by item, whatever its typecode (extend() wants the same).
                self._items.extend([self._check(v) for v in initializer._items])
            else:
                self.extend(initializer)
        return self

    def _check(self, value):
        code = self._typecode
        if code == 'u':
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError("array item must be unicode character")
            return value
        if code in 'fd':
            if not isinstance(value, (int, float)) or isinstance(value, bool) and False:
                raise TypeError(f"must be real number, not {type(value).__name__}")
            value = float(value)
            if code == 'f':
                value = _struct.unpack('f', _struct.pack('f', value))[0]
            return value
        if not hasattr(type(value), '__index__') or isinstance(value, float):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        value = value.__index__()
        fmt, low, high = _INFO[code]
        if not low <= value <= high:
            if value < 0 and code in 'ILQ':
                raise OverflowError("can't convert negative value to unsigned int")
            messages = {'b': 'signed char', 'B': 'unsigned byte integer', 'h': 'signed short integer',
                        'H': 'unsigned short', 'i': 'signed integer', 'I': 'unsigned int'}
            if code in messages:
                side = 'less than minimum' if value < low else 'greater than maximum'
                raise OverflowError(f'{messages[code]} is {side}')
            raise OverflowError('Python int too large to convert to C long')
        return value

    typecode = property(lambda self: self._typecode)
    itemsize = property(lambda self: _struct.calcsize(_INFO[self._typecode][0]))

    def append(self, value):
        self._items.append(self._check(value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        self._items.extend([self._check(v) for v in iterable])

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self._items.extend([self._check(v) for v in items])

    def tolist(self):
        return list(self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = list(_struct.unpack(f'{len(data) // size}{_INFO[self._typecode][0]}', data))
        if self._typecode == 'u':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tobytes(self):
        values = [ord(v) for v in self._items] if self._typecode == 'u' else self._items
        return _struct.pack(f'{len(values)}{_INFO[self._typecode][0]}', *values)

    def fromfile(self, f, n, /):
        """Read n items (as machine values) from the binary file f and append them."""
        if n < 0:
            raise ValueError("negative count")
        nbytes = n * self.itemsize
        data = f.read(nbytes)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data)
        if len(data) != nbytes:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f, /):
        """Write all items (as machine values) to the binary file f."""
        data = self.tobytes()
        # CPython writes blocks of 64 KiB.
        for start in range(0, len(data), 65536):
            f.write(data[start:start + 65536])

    def fromunicode(self, text):
        if self._typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def buffer_info(self):
        return (id(self._items), len(self._items))

    def byteswap(self):
        size = self.itemsize
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def count(self, value):
        return self._items.count(value)

    def index(self, value, start=0, stop=None):
        try:
            return self._items.index(value, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def insert(self, index, value):
        self._items.insert(index, self._check(value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(index)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def reverse(self):
        self._items.reverse()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self._typecode)
            result._items = self._items[index]
            return result
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f"can only assign array (not \"{type(value).__name__}\") to array slice")
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            self._items[index] = value._items
            return
        try:
            self._items[index] = self._check(value)
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        result = array(self._typecode)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self.extend(other)
        return self

    def __mul__(self, count):
        result = array(self._typecode)
        result._items = self._items * count
        return result

    __rmul__ = __mul__

    def __imul__(self, count):
        self._items *= count
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __copy__(self):
        return array(self._typecode, self)

    def __deepcopy__(self, memo):
        return array(self._typecode, self)

    def __reduce_ex__(self, protocol):
        return array, (self._typecode, list(self._items))

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._typecode}', {self._items!r})"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ArrayType = array
