"""A collection of string constants and classes (Ginger's own string module).

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
           "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


####################################################################
# Template: $-substitutions.

_sentinel_dict = {}

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IDENTIFIER_START = frozenset('_' + ascii_letters)
_IDENTIFIER_CHARS = frozenset('_' + ascii_letters + digits)


class _Match:
    """One delimiter occurrence in a template: kind is 'escaped', 'named', 'braced' or 'invalid'; start and end
    delimit the whole placeholder; name is the identifier; position is where an invalid placeholder's text begins
    (after the delimiter)."""
    __slots__ = ('kind', 'start', 'end', 'name', 'position')

    def __init__(self, kind, start, end, name, position):
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name
        self.position = position


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None  # re.IGNORECASE in CPython; Ginger's scanner always ignores the case of ASCII letters

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields the placeholders of the template, left to right."""
        cls = type(self)
        if (cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None or cls.flags is not None or
                'pattern' in _class_attrs(cls)):
            yield from _regex_scan(self)
            return
        text = self.template
        delimiter = cls.delimiter
        size = len(delimiter)
        n = len(text)
        i = text.find(delimiter)
        while i >= 0:
            after = i + size
            if text.startswith(delimiter, after):
                yield _Match('escaped', i, after + size, None, after)
                i = text.find(delimiter, after + size)
                continue
            if after < n and text[after] in _IDENTIFIER_START:
                end = after + 1
                while end < n and text[end] in _IDENTIFIER_CHARS:
                    end += 1
                yield _Match('named', i, end, text[after:end], after)
                i = text.find(delimiter, end)
                continue
            if after < n and text[after] == '{' and after + 1 < n and text[after + 1] in _IDENTIFIER_START:
                end = after + 2
                while end < n and text[end] in _IDENTIFIER_CHARS:
                    end += 1
                if end < n and text[end] == '}':
                    yield _Match('braced', i, end + 1, text[after + 1:end], after)
                    i = text.find(delimiter, end + 1)
                    continue
            yield _Match('invalid', i, after, None, after)
            i = text.find(delimiter, after)

    def _invalid(self, match):
        i = match.position
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        text = self.template
        parts = []
        last = 0
        for match in self._scan():
            parts.append(text[last:match.start])
            kind = match.kind
            if kind == 'named' or kind == 'braced':
                parts.append(str(mapping[match.name]))
            elif kind == 'escaped':
                parts.append(self.delimiter)
            else:
                self._invalid(match)
            last = match.end
        parts.append(text[last:])
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        text = self.template
        parts = []
        last = 0
        for match in self._scan():
            parts.append(text[last:match.start])
            kind = match.kind
            if kind == 'named' or kind == 'braced':
                try:
                    parts.append(str(mapping[match.name]))
                except KeyError:
                    parts.append(text[match.start:match.end])
            elif kind == 'escaped':
                parts.append(self.delimiter)
            else:
                parts.append(text[match.start:match.end])
            last = match.end
        parts.append(text[last:])
        return ''.join(parts)

    def is_valid(self):
        for match in self._scan():
            if match.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for match in self._scan():
            if match.name is not None and match.name not in ids:
                ids.append(match.name)
        return ids


def _class_attrs(cls):
    names = set()
    for base in cls.__mro__:
        if base is Template:
            break
        names.update(base.__dict__)
    return names


def _regex_scan(template):
    """The placeholders of a Template subclass that customizes its patterns (needs the re module)."""
    import re
    cls = type(template)
    pattern = cls.__dict__.get('_compiled_pattern')
    if pattern is None:
        if 'pattern' in _class_attrs(cls):
            pattern = cls.pattern
            if isinstance(pattern, str):
                pattern = re.compile(pattern, cls.flags if cls.flags is not None else re.IGNORECASE | re.VERBOSE)
        else:
            delim = re.escape(cls.delimiter)
            idpattern = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            source = (r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                      % (delim, delim, idpattern, bid))
            pattern = re.compile(source, cls.flags if cls.flags is not None else re.IGNORECASE)
        cls._compiled_pattern = pattern
    for mo in pattern.finditer(template.template):
        if mo.group('escaped') is not None:
            yield _Match('escaped', mo.start(), mo.end(), None, mo.start('escaped'))
        elif mo.group('named') is not None:
            yield _Match('named', mo.start(), mo.end(), mo.group('named'), mo.start('named'))
        elif mo.group('braced') is not None:
            yield _Match('braced', mo.start(), mo.end(), mo.group('braced'), mo.start('braced'))
        elif mo.group('invalid') is not None:
            yield _Match('invalid', mo.start(), mo.end(), None, mo.start('invalid'))
        else:
            raise ValueError('Unrecognized named group in pattern', pattern)


class _ChainMap:
    """The keyword arguments first, then the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


########################################################################
# Formatter: the machinery of str.format(), with hooks to override.

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once a field was numbered explicitly.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) for each piece of format_string."""
        return iter(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first


def _parse_format(text):
    result = []
    n = len(text)
    i = 0
    literal_start = 0
    while i < n:
        c = text[i]
        if c == '}':
            if i + 1 < n and text[i + 1] == '}':
                result.append((text[literal_start:i + 1], None, None, None))
                i += 2
                literal_start = i
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        if text[i + 1] == '{':
            result.append((text[literal_start:i + 1], None, None, None))
            i += 2
            literal_start = i
            continue
        literal = text[literal_start:i]
        # The field name: up to ':', '!' or '}' outside brackets.
        j = i + 1
        while True:
            if j >= n:
                raise ValueError("expected '}' before end of string")
            c = text[j]
            if c == '[':
                j = text.find(']', j + 1)
                if j < 0:
                    raise ValueError("expected '}' before end of string")
                j += 1
                continue
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == ':' or c == '!' or c == '}':
                break
            j += 1
        field_name = text[i + 1:j]
        conversion = None
        format_spec = ''
        if c == '!':
            if j + 1 >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = text[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            c = text[j]
            if c != ':' and c != '}':
                raise ValueError("expected ':' after conversion specifier")
        if c == ':':
            spec_start = j + 1
            depth = 1
            j = spec_start
            while True:
                if j >= n:
                    raise ValueError("unmatched '{' in format spec")
                c = text[j]
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            format_spec = text[spec_start:j]
        result.append((literal, field_name, format_spec, conversion))
        i = j + 1
        literal_start = i
    if literal_start < n:
        result.append((text[literal_start:], None, None, None))
    return result


def _field_key(text):
    if text and text.isdecimal():
        return int(text)
    return text


def _split_field_name(name):
    """'a.b[0]' -> ('a', iterator over [(True, 'b'), (False, 0)]); errors in the rest are raised as it is
    iterated."""
    n = len(name)
    i = 0
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    return _field_key(name[:i]), _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        if c == '.':
            j = i + 1
            while j < n and name[j] != '.' and name[j] != '[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            yield True, name[i + 1:j]
            i = j
        elif c == '[':
            j = name.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            yield False, _field_key(name[i + 1:j])
            i = j + 1
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
