"""JSON encoding: JSONEncoder and the string escapers (CPython 3.12's json.encoder)."""
import re

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
HAS_UTF8 = re.compile(b'[\x80-\xff]')
ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _code in range(0x20):
    ESCAPE_DCT.setdefault(chr(_code), '\\u{0:04x}'.format(_code))
del _code

INFINITY = float('inf')


def py_encode_basestring(s):
    """Return the JSON string literal for s (non-ASCII characters kept)."""
    def replace(match):
        return ESCAPE_DCT[match.group(0)]
    return '"' + ESCAPE.sub(replace, s) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring


def py_encode_basestring_ascii(s):
    """Return the ASCII-only JSON string literal for s (non-ASCII as \\uXXXX, surrogate pairs above U+FFFF)."""
    def replace(match):
        char = match.group(0)
        try:
            return ESCAPE_DCT[char]
        except KeyError:
            code = ord(char)
            if code < 0x10000:
                return '\\u{0:04x}'.format(code)
            code -= 0x10000
            return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))
    return '"' + ESCAPE_ASCII.sub(replace, s) + '"'


encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict becomes an object, list and tuple arrays, str strings, int and float (and their enum
    subclasses) numbers, True/False/None true/false/null. Subclasses override default() to
    serialize other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (this one always raises)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text of o in pieces."""
        markers = {} if self.check_circular else None
        encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
            return text

        if _one_shot and c_make_encoder is not None and self.indent is None:
            iterencode = c_make_encoder(markers, self.default, encoder, self.indent, self.key_separator,
                                        self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)
        elif _one_shot and self.indent is None:
            iterencode = _make_one_shot_encode(markers, self.default, encoder, floatstr, self.key_separator,
                                               self.item_separator, self.sort_keys, self.skipkeys)
        else:
            iterencode = _make_iterencode(markers, self.default, encoder, self.indent, floatstr,
                                          self.key_separator, self.item_separator, self.sort_keys,
                                          self.skipkeys, _one_shot)
        return iterencode(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator, _item_separator,
                     _sort_keys, _skipkeys, _one_shot, _intstr=int.__repr__):
    """Return a generator function (value, level) yielding the pieces of the JSON text."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o
            return marker
        return None

    def scalar(o):
        # The JSON text of a str, None, bool, int or float; None for anything else.
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _intstr(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def newline(level):
        return '\n' + _indent * level

    def _iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        marker = enter(lst)
        # The pieces are cut as CPython's are: the opening bracket travels with the first scalar.
        buf = '['
        if _indent is not None:
            level += 1
            separator = _item_separator + newline(level)
            buf += newline(level)
        else:
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = scalar(value)
            if text is not None:
                yield buf + text
                continue
            yield buf
            if isinstance(value, (list, tuple)):
                yield from _iterencode_list(value, level)
            elif isinstance(value, dict):
                yield from _iterencode_dict(value, level)
            else:
                yield from _iterencode(value, level)
        if _indent is not None:
            level -= 1
            yield newline(level)
        yield ']'
        if marker is not None:
            del markers[marker]

    def _iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        marker = enter(dct)
        yield '{'
        if _indent is not None:
            level += 1
            separator = _item_separator + newline(level)
            yield newline(level)
        else:
            separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield separator
            yield _encoder(key)
            yield _key_separator
            text = scalar(value)
            if text is not None:
                yield text
            elif isinstance(value, (list, tuple)):
                yield from _iterencode_list(value, level)
            elif isinstance(value, dict):
                yield from _iterencode_dict(value, level)
            else:
                yield from _iterencode(value, level)
        if _indent is not None:
            level -= 1
            yield newline(level)
        yield '}'
        if marker is not None:
            del markers[marker]

    def _iterencode(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, level)
        else:
            marker = enter(o)
            yield from _iterencode(_default(o), level)
            if marker is not None:
                del markers[marker]

    return _iterencode


def _make_one_shot_encode(markers, _default, _encoder, _floatstr, _key_separator, _item_separator, _sort_keys,
                          _skipkeys, _intstr=int.__repr__, _str=str, _int=int, _float=float, _list=list,
                          _tuple=tuple, _dict=dict, _isinstance=isinstance, _id=id):
    """The encoder of JSONEncoder.encode() without indentation (the role of CPython's C make_encoder):
    one recursive function appending to a list, much faster than the generators of _make_iterencode.
    Returns a function (value, level) -> list of pieces.
    """
    def encode(o, parts):
        append = parts.append
        # Exact types first (the common case), then subclasses in the order _make_iterencode tests them.
        cls = type(o)
        if cls is _str:
            append(_encoder(o))
        elif o is None:
            append('null')
        elif o is True:
            append('true')
        elif o is False:
            append('false')
        elif cls is _int:
            append(_intstr(o))
        elif cls is _float:
            append(_floatstr(o))
        elif cls is _list or cls is _tuple:
            encode_list(o, parts)
        elif cls is _dict:
            encode_dict(o, parts)
        elif _isinstance(o, _str):
            append(_encoder(o))
        elif _isinstance(o, _int):
            append(_intstr(o))
        elif _isinstance(o, _float):
            append(_floatstr(o))
        elif _isinstance(o, (_list, _tuple)):
            encode_list(o, parts)
        elif _isinstance(o, _dict):
            encode_dict(o, parts)
        else:
            if markers is not None:
                marker = _id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            encode(_default(o), parts)
            if markers is not None:
                del markers[marker]

    def encode_list(lst, parts):
        if not lst:
            parts.append('[]')
            return
        if markers is not None:
            marker = _id(lst)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = lst
        parts.append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                parts.append(_item_separator)
            encode(value, parts)
        parts.append(']')
        if markers is not None:
            del markers[marker]

    def encode_dict(dct, parts):
        if not dct:
            parts.append('{}')
            return
        if markers is not None:
            marker = _id(dct)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = dct
        append = parts.append
        append('{')
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            if _isinstance(key, _str):
                pass
            elif _isinstance(key, _float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif _isinstance(key, _int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if first:
                first = False
            else:
                append(_item_separator)
            append(_encoder(key))
            append(_key_separator)
            encode(value, parts)
        append('}')
        if markers is not None:
            del markers[marker]

    def encode_one_shot(o, level):
        parts = []
        encode(o, parts)
        return parts

    return encode_one_shot
