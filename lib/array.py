"""Ginger's array module: typed arrays of numbers (and 'u' characters). The items live in the native base
class _array.storage as machine bytes, converted here with struct; the storage exports them through the
buffer protocol (memoryview(a), bytes(a), f.write(a), ...) and refuses to resize while a buffer is
exported, as CPython's array does."""

import struct as _struct
from _array import storage as _storage

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


_NO_INITIALIZER = object()


class array(_storage):
    __slots__ = ('_typecode', '__weakref__')

    def __new__(cls, *args, **kwargs):
        # Keyword arguments are refused unless a subclass's own __init__ is there to take them.
        if kwargs and cls.__init__ is array.__init__:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError(f"array() takes at most 2 arguments ({len(args)} given)")
        typecode = args[0]
        initializer = args[1] if len(args) > 1 else _NO_INITIALIZER
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
        if typecode not in _INFO:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = super().__new__(cls)
        self._typecode = typecode
        self._setformat('w' if typecode == 'u' else typecode, _struct.calcsize(_INFO[typecode][0]))
        if initializer is not _NO_INITIALIZER:
            if isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, str):
                if typecode != 'u':
                    raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
                self.fromunicode(initializer)
            elif isinstance(initializer, array) and initializer.typecode == 'u' and typecode != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            elif isinstance(initializer, array) and initializer.typecode != typecode:
                self.fromlist(initializer.tolist())
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

    # Items <-> machine bytes.
    def _pack(self, values):
        if self._typecode == 'u':
            values = [ord(v) for v in values]
        return _struct.pack(f'{len(values)}{_INFO[self._typecode][0]}', *values)

    def _unpack(self, data):
        values = list(_struct.unpack(f'{len(data) // self.itemsize}{_INFO[self._typecode][0]}', data))
        if self._typecode == 'u':
            if values and max(values) > 0x10ffff:
                raise ValueError("chr() arg not in range(0x110000)")
            values = [chr(v) for v in values]
        return values

    @property
    def _items(self):
        return self._unpack(self._getbytes())

    def _set_items(self, values):
        self._setbytes(self._pack(values))

    def _append(self, data):
        end = self._nbytes()
        self._setbytes(data, end, end)

    def _new(self, values):
        result = array(self._typecode)
        result._setbytes(self._pack(values))
        return result

    typecode = property(lambda self: self._typecode)
    itemsize = property(lambda self: _struct.calcsize(_INFO[self._typecode][0]))

    def append(self, value):
        self._append(self._pack([self._check(value)]))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            data = iterable._getbytes()
        else:
            data = self._pack([self._check(v) for v in iterable])
        if data:
            self._append(data)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        data = self._pack([self._check(v) for v in items])
        if data:
            self._append(data)

    def tolist(self):
        return self._items

    def frombytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            try:
                data = memoryview(data).tobytes()
            except TypeError:
                raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        if data:
            self._append(data)

    def tobytes(self):
        return self._getbytes()

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
        if text:
            self._append(self._pack(list(text)))

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        data = self._getbytes()
        codes = _struct.unpack(f'{len(data) // 4}I', data)
        for code in codes:
            if code > 0x10ffff:
                raise ValueError(f"character U+{code:x} is not in range [U+0000; U+10ffff]")
        return ''.join(map(chr, codes))

    def buffer_info(self):
        return (id(self), len(self))

    def byteswap(self):
        size = self.itemsize
        data = self._getbytes()
        self._setbytes(b''.join(data[i:i + size][::-1] for i in range(0, len(data), size)))

    def count(self, value):
        return self._items.count(value)

    def index(self, value, start=0, stop=None):
        items = self._items
        try:
            return items.index(value, start, len(items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def insert(self, index, value):
        items = self._items
        items.insert(index, self._check(value))
        self._set_items(items)

    def pop(self, index=-1):
        items = self._items
        if not items:
            raise IndexError("pop from empty array")
        try:
            value = items.pop(index)
        except IndexError:
            raise IndexError("pop index out of range") from None
        self._set_items(items)
        return value

    def remove(self, value):
        items = self._items
        try:
            items.remove(value)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None
        self._set_items(items)

    def reverse(self):
        items = self._items
        items.reverse()
        self._set_items(items)

    def __len__(self):
        return self._nbytes() // self.itemsize

    def __iter__(self):
        return _new_iterator(self)

    def __contains__(self, value):
        return value in self._items

    def _offset(self, index, message):
        size = self.itemsize
        n = self._nbytes() // size
        index = index.__index__()
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError(message)
        return index * size

    def __getitem__(self, index):
        if isinstance(index, slice):
            # Sliced as the stored codes ('u' items outside Unicode are kept as they are).
            data = self._getbytes()
            fmt = _INFO[self._typecode][0]
            codes = _struct.unpack(f'{len(data) // self.itemsize}{fmt}', data)[index]
            result = array(self._typecode)
            result._setbytes(_struct.pack(f'{len(codes)}{fmt}', *codes))
            return result
        if not hasattr(type(index), '__index__'):
            raise TypeError("array indices must be integers")
        offset = self._offset(index, "array index out of range")
        value = _struct.unpack_from(_INFO[self._typecode][0], self, offset)[0]
        if self._typecode == 'u':
            if value > 0x10ffff:
                raise ValueError("chr() arg not in range(0x110000)")
            return chr(value)
        return value

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f"can only assign array (not \"{type(value).__name__}\") to array slice")
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            items = self._items
            items[index] = value._items
            self._set_items(items)
            return
        if not hasattr(type(index), '__index__'):
            raise TypeError("array indices must be integers")
        offset = self._offset(index, "array assignment index out of range")
        value = self._check(value)
        _struct.pack_into(_INFO[self._typecode][0], self, offset, ord(value) if self._typecode == 'u' else value)

    def __delitem__(self, index):
        items = self._items
        try:
            del items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        self._set_items(items)

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        result = array(self._typecode)
        result._setbytes(self._getbytes() + other._getbytes())
        return result

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, count):
        result = array(self._typecode)
        result._setbytes(self._getbytes() * count)
        return result

    __rmul__ = __mul__

    def __imul__(self, count):
        self._setbytes(self._getbytes() * count)
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
        state = getattr(self, '__dict__', None) or None
        if protocol < 3:
            return type(self), (self._typecode, self._items), state
        code = _NATIVE_MFORMAT[self._typecode]
        return _array_reconstructor, (type(self), self._typecode, code, self._getbytes()), state

    def __repr__(self):
        if not self._nbytes():
            return f"{type(self).__name__}('{self._typecode}')"
        if self._typecode == 'u':
            return f"{type(self).__name__}('u', {self.tounicode()!r})"
        return f"{type(self).__name__}('{self._typecode}', {self._items!r})"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ArrayType = array


class arrayiterator:
    """A live iterator over an array: it sees items appended meanwhile, and stays exhausted once done.
    Pickled as iter(array) plus the position (__setstate__ clamps it to the array)."""

    __slots__ = ('_array', '_offset', '_size', '_format')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'array.arrayiterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        a = self._array
        if a is not None:
            offset = self._offset
            if offset < a._nbytes():
                self._offset = offset + self._size
                value = _struct.unpack_from(self._format, a, offset)[0]
                if a._typecode == 'u':
                    if value > 0x10ffff:
                        raise ValueError("chr() arg not in range(0x110000)")
                    return chr(value)
                return value
            self._array = None
        raise StopIteration

    def __reduce__(self):
        if self._array is None:
            return iter, ((),)
        return iter, (self._array,), self._offset // self._size

    def __setstate__(self, state):
        if not isinstance(state, int):
            raise TypeError("an integer is required")
        if self._array is not None:
            self._offset = min(max(state, 0), len(self._array)) * self._size


def _new_iterator(a):
    it = object.__new__(arrayiterator)
    it._array = a
    it._offset = 0
    it._format = _INFO[a._typecode][0]
    it._size = _struct.calcsize(it._format)
    return it


# As CPython's array module: a MutableSequence (so `match` treats it as a sequence).
import _collections_abc
_collections_abc.MutableSequence.register(array)
del _collections_abc

# CPython's machine format codes (the pickle format of protocol 3 and later): struct format of one item
# for each code, in its byte order; 18-21 are UTF-16/UTF-32 text.
_MFORMATS = ['<B', '<b', '<H', '>H', '<h', '>h', '<I', '>I', '<i', '>i', '<Q', '>Q', '<q', '>q',
             '<f', '>f', '<d', '>d', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be']
_NATIVE_MFORMAT = {'B': 0, 'b': 1, 'H': 2, 'h': 4, 'I': 6, 'i': 8, 'L': 10, 'l': 12, 'Q': 10, 'q': 12,
                   'f': 14, 'd': 16, 'u': 20}


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Internal. Used for pickling support."""
    if not isinstance(arraytype, type):
        raise TypeError(f"first argument must be a type object, not {type(arraytype).__name__}")
    if not issubclass(arraytype, array):
        raise TypeError(f"{arraytype.__name__} is not a subtype of array.array")
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError(f"array_reconstructor() argument 2 must be a unicode character, not {type(typecode).__name__}")
    if not isinstance(mformat_code, int):
        raise TypeError(f"'{type(mformat_code).__name__}' object cannot be interpreted as an integer")
    if typecode not in _INFO:
        raise ValueError("second argument must be a valid type code")
    if not 0 <= mformat_code < len(_MFORMATS):
        raise ValueError("third argument must be a valid machine format code.")
    if not isinstance(items, bytes):
        raise TypeError(f"fourth argument should be bytes, not {type(items).__name__}")
    fmt = _MFORMATS[mformat_code]
    if mformat_code >= 18:
        values = list(items.decode(fmt))
    else:
        size = _struct.calcsize(fmt)
        if len(items) % size:
            raise ValueError("string length not a multiple of item size")
        values = list(_struct.unpack(f'{fmt[0]}{len(items) // size}{fmt[1]}', items))
    return arraytype(typecode, values)
