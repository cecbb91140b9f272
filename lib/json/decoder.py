"""JSON decoding: JSONDecoder, JSONDecodeError and the string scanner (CPython 3.12's json.decoder)."""
import re

from json import scanner

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError subclass with the document, the position and its line and column (both from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

# The run of ordinary characters, then the character that ends it (a quote, a backslash or a control).
_STRING_CHUNK = re.compile(r'([^"\\\x00-\x1f]*)(.?)', FLAGS)
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = frozenset('0123456789abcdefABCDEF')


def _decode_uXXXX(s, pos):
    # pos is the index of the 'u'.
    digits = s[pos + 1:pos + 5]
    if len(digits) == 4 and all(c in _HEX for c in digits):
        return int(digits, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def py_scanstring(s, end, strict=True, _chunk=_STRING_CHUNK.match, _escapes=_ESCAPES):
    """Decode the JSON string whose opening quote is at end - 1; return (str, index after the closing quote)."""
    parts = []
    append = parts.append
    begin = end - 1
    while True:
        match = _chunk(s, end)
        text, terminator = match.groups()
        end = match.end()
        if text:
            append(text)
        if terminator == '"':
            break
        if terminator == '\\':
            if end >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[end]
            if esc != 'u':
                try:
                    char = _escapes[esc]
                except KeyError:
                    # CPython 3.12 compat: the message and position of its C scanner (the backslash).
                    raise JSONDecodeError("Invalid \\escape", s, end - 1) from None
                end += 1
            else:
                code = _decode_uXXXX(s, end)
                end += 5
                if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
                    low = _decode_uXXXX(s, end + 1)
                    if 0xdc00 <= low <= 0xdfff:
                        code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                        end += 6
                char = chr(code)
            append(char)
        elif not terminator:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        else:
            # A control character (message and position as CPython's C scanner gives them).
            if strict:
                raise JSONDecodeError("Invalid control character at", s, end - 1)
            append(terminator)
    return ''.join(parts), end


scanstring = c_scanstring or py_scanstring

WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    """Decode the object whose '{' is just before s_and_end[1]; return (value, end)."""
    s, end = s_and_end
    pairs = []
    if memo is None:
        memo = {}
    remember = memo.setdefault
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar in _ws:
            end = _w(s, end).end()
            nextchar = s[end:end + 1]
        if nextchar == '}':
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), end + 1
            result = {}
            if object_hook is not None:
                result = object_hook(result)
            return result, end + 1
        if nextchar != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = remember(key, key)
        if s[end:end + 1] != ':':
            end = _w(s, end).end()
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end += 1
        if s[end:end + 1] in _ws:
            end = _w(s, end).end()
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        pairs.append((key, value))
        nextchar = s[end:end + 1]
        if nextchar and nextchar in _ws:
            end = _w(s, end).end()
            nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end - 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, end


def JSONArray(s_and_end, scan_once, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    """Decode the array whose '[' is just before s_and_end[1]; return (list, end)."""
    s, end = s_and_end
    values = []
    nextchar = s[end:end + 1]
    if nextchar and nextchar in _ws:
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
    if nextchar == ']':
        return values, end + 1
    append = values.append
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        append(value)
        nextchar = s[end:end + 1]
        if nextchar and nextchar in _ws:
            end = _w(s, end).end()
            nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        if s[end:end + 1] in _ws:
            end = _w(s, end).end()
    return values, end


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    Objects become dicts, arrays lists, strings str, numbers int or float, true/false/null
    True/False/None; NaN, Infinity and -Infinity are accepted as their float values.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """Return the Python value of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document at the start of s[idx:]; return (value, index where it ended)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
