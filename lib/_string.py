"""The helpers string.Formatter is built on (Ginger's own _string): str.format's parser, exposed."""


def formatter_parser(format_string):
    """Yields (literal_text, field_name, format_spec, conversion) for each part of a format string, as
    str.format parses it; the last item may have only literal text (the others None)."""
    if not isinstance(format_string, str):
        raise TypeError(f"descriptor 'formatter_parser' requires a 'str' object but received a '{type(format_string).__name__}'")
    return _parse(format_string)


def _parse(s):
    i, n = 0, len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                # An escaped brace ends the literal chunk there, as CPython's parser yields it.
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # A replacement field: find its end, counting nested braces (in the format spec).
            depth, j = 1, i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            name, conversion, spec = _split_field(field)
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    # The name ends at the first '!' or ':' outside brackets.
    bracket = False
    for k, c in enumerate(field):
        if c == '[':
            bracket = True
        elif c == ']':
            bracket = False
        elif not bracket and c in '!:':
            break
    else:
        return field, None, ''
    name, rest = field[:k], field[k:]
    conversion = None
    if rest[0] == '!':
        if len(rest) < 2:
            raise ValueError("unmatched '{' in format spec")
        conversion = rest[1]
        rest = rest[2:]
        if rest and rest[0] != ':':
            raise ValueError("expected ':' after conversion specifier")
    spec = rest[1:] if rest else ''
    return name, conversion, spec


def formatter_field_name_split(field_name):
    """(first, rest): the first part of a field name (an int if it is digits) and an iterator of
    (is_attribute, key) for the .attribute and [key] parts that follow."""
    if not isinstance(field_name, str):
        raise TypeError(f"descriptor 'formatter_field_name_split' requires a 'str' object but received a '{type(field_name).__name__}'")
    i, n = 0, len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    return first, _rest(field_name, i)


def _rest(s, i):
    n = len(s)
    while i < n:
        if s[i] == '.':
            j = i + 1
            while j < n and s[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield True, s[i + 1:j]
            i = j
        elif s[i] == '[':
            j = s.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = s[i + 1:j]
            if key == '':
                raise ValueError("Empty attribute in format string")
            yield False, int(key) if key.isdigit() else key
            i = j + 1
            if i < n and s[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
