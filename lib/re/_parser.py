"""re's parser: turns a pattern string into a tree of (opcode, argument) pairs for the compiler.

The tree is a SubPattern: a list of items such as (LITERAL, 97), (IN, [(RANGE, (48, 57))]) or
(MAX_REPEAT, (0, MAXREPEAT, SubPattern)). Error messages and their positions are those of CPython 3.12, which
depend on the tokenizer reading one token (a character, or a backslash and the character after it) ahead.
"""

from ._constants import *

_SPECIAL = frozenset('.\\[{()*+?^$|')
_DIGITS = frozenset('0123456789')
_OCTAL_DIGITS = frozenset('01234567')
_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
_ASCII_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_WHITESPACE = frozenset(' \t\n\r\v\f')

_REPEAT_OPS = frozenset({MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT})
_ONE_CHAR_OPS = frozenset({ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY})

# Escapes that stand for one character, inside and outside sets. Outside a set, \b is a word boundary instead.
_CHAR_ESCAPES = {
    '\\a': (LITERAL, 7), '\\b': (LITERAL, 8), '\\f': (LITERAL, 12), '\\n': (LITERAL, 10),
    '\\r': (LITERAL, 13), '\\t': (LITERAL, 9), '\\v': (LITERAL, 11), '\\\\': (LITERAL, 92),
}

# Escapes for classes of characters and for positions. Only the classes are allowed inside a set.
_CLASS_ESCAPES = {
    '\\d': (IN, [(CATEGORY, CATEGORY_DIGIT)]), '\\D': (IN, [(CATEGORY, CATEGORY_NOT_DIGIT)]),
    '\\s': (IN, [(CATEGORY, CATEGORY_SPACE)]), '\\S': (IN, [(CATEGORY, CATEGORY_NOT_SPACE)]),
    '\\w': (IN, [(CATEGORY, CATEGORY_WORD)]), '\\W': (IN, [(CATEGORY, CATEGORY_NOT_WORD)]),
}
_POSITION_ESCAPES = {
    '\\A': (AT, AT_BEGINNING_STRING), '\\Z': (AT, AT_END_STRING),
    '\\b': (AT, AT_BOUNDARY), '\\B': (AT, AT_NON_BOUNDARY),
}

# Inline flag letters.
FLAGS = {
    'i': SRE_FLAG_IGNORECASE, 'L': SRE_FLAG_LOCALE, 'm': SRE_FLAG_MULTILINE, 's': SRE_FLAG_DOTALL,
    'x': SRE_FLAG_VERBOSE, 'a': SRE_FLAG_ASCII, 't': SRE_FLAG_TEMPLATE, 'u': SRE_FLAG_UNICODE,
}
# At most one of these applies to a pattern; a scoped group may switch to another one but never turn one off.
TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
# These apply to the whole pattern and cannot be scoped.
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE

# The largest width getwidth() reports: above MAXREPEAT, MAXCODE and sys.maxsize.
MAXWIDTH = 1 << 64


def _warn(message, category):
    """Issues a warning attributed to the first caller outside the re package (no-op without warnings)."""
    try:
        import warnings
    except ImportError:
        return
    here = globals().get('__file__')
    if here:
        warnings.warn(message, category, skip_file_prefixes=(here[:here.rfind('_parser.py')],))
    else:
        warnings.warn(message, category, stacklevel=2)


class State:
    """What the parser knows about the whole pattern: its flags and its groups."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}          # group name -> group number
        self.groupwidths = [None]    # group number -> (min, max) width once the group is closed; [0] is unused
        self.lookbehindgroups = None  # inside a lookbehind: the number of groups opened before it
        self.grouprefpos = {}        # group number used in a (?(n)...) condition -> position of the number

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        number = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error('too many groups')
        if name is not None:
            previous = self.groupdict.get(name)
            if previous is not None:
                raise error(f'redefinition of group name {name!r} as group {number}; was group {previous}')
            self.groupdict[name] = number
        return number

    def closegroup(self, number, subpattern):
        self.groupwidths[number] = subpattern.getwidth()

    def checkgroup(self, number):
        """Whether group `number` exists and is closed, so that it may be referred to."""
        return number < self.groups and self.groupwidths[number] is not None

    def checklookbehindgroup(self, number, source):
        if self.lookbehindgroups is None:
            return
        if not self.checkgroup(number):
            raise source.error('cannot refer to an open group')
        if number >= self.lookbehindgroups:
            raise source.error('cannot refer to group defined in the same lookbehind subpattern')


class SubPattern:
    """A sequence of parsed items, with the pattern-wide State it belongs to."""

    def __init__(self, state, data=None):
        self.state = state
        self.data = [] if data is None else data
        self.width = None

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SubPattern(self.state, self.data[index])
        return self.data[index]

    def __setitem__(self, index, item):
        self.data[index] = item

    def __delitem__(self, index):
        del self.data[index]

    def insert(self, index, item):
        self.data.insert(index, item)

    def append(self, item):
        self.data.append(item)

    def getwidth(self):
        """The (min, max) number of characters this subpattern can match; max is capped at MAXWIDTH."""
        if self.width is not None:
            return self.width
        low = high = 0
        for op, av in self.data:
            if op is BRANCH:
                widths = [alternative.getwidth() for alternative in av[1]]
                low += min((w[0] for w in widths), default=MAXWIDTH)
                high += max((w[1] for w in widths), default=0)
            elif op is ATOMIC_GROUP:
                item_low, item_high = av.getwidth()
                low += item_low
                high += item_high
            elif op is SUBPATTERN:
                item_low, item_high = av[3].getwidth()
                low += item_low
                high += item_high
            elif op in _REPEAT_OPS:
                item_low, item_high = av[2].getwidth()
                low += item_low * av[0]
                if av[1] == MAXREPEAT and item_high:
                    high = MAXWIDTH
                else:
                    high += item_high * av[1]
            elif op in _ONE_CHAR_OPS:
                low += 1
                high += 1
            elif op is GROUPREF:
                item_low, item_high = self.state.groupwidths[av]
                low += item_low
                high += item_high
            elif op is GROUPREF_EXISTS:
                item_low, item_high = av[1].getwidth()
                if av[2] is None:
                    item_low = 0
                else:
                    no_low, no_high = av[2].getwidth()
                    item_low = min(item_low, no_low)
                    item_high = max(item_high, no_high)
                low += item_low
                high += item_high
            elif op is SUCCESS:
                break
        self.width = (min(low, MAXWIDTH), min(high, MAXWIDTH))
        return self.width

    def dump(self, level=0):
        """Prints the tree, one item per line, indented by depth (the first part of re.DEBUG's output)."""
        indent = '  ' * level
        for op, av in self.data:
            print(indent + str(op), end='')
            if op is IN:
                print()
                for member_op, member_av in av:
                    print(indent + '  ' + str(member_op), member_av)
            elif op is BRANCH:
                print()
                for number, alternative in enumerate(av[1]):
                    if number:
                        print(indent + 'OR')
                    alternative.dump(level + 1)
            elif op is GROUPREF_EXISTS:
                print('', av[0])
                av[1].dump(level + 1)
                if av[2]:
                    print(indent + 'ELSE')
                    av[2].dump(level + 1)
            elif isinstance(av, SubPattern):
                print()
                av.dump(level + 1)
            elif isinstance(av, (tuple, list)):
                # Plain values go on the item's line; a nested SubPattern starts a new block of lines.
                after_block = False
                for value in av:
                    if isinstance(value, SubPattern):
                        if not after_block:
                            print()
                        value.dump(level + 1)
                        after_block = True
                    else:
                        if not after_block:
                            print(' ', end='')
                        print(value, end='')
                        after_block = False
                if not after_block:
                    print()
            else:
                print('', av)


class Source:
    """The pattern as a stream of tokens, with one token of lookahead in `next`.

    A token is one character, or a backslash with the character after it. Bytes patterns are read as latin-1 text;
    `pattern` keeps the original for error messages.
    """

    def __init__(self, pattern):
        self.istext = isinstance(pattern, str)
        self.pattern = pattern
        self.text = pattern if self.istext else str(pattern, 'latin1')
        self.index = 0      # where the token after `next` starts
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.text):
            self.next = None
            return
        token = self.text[index]
        if token == '\\':
            index += 1
            if index >= len(self.text):
                raise error('bad escape (end of pattern)', self.pattern, len(self.pattern) - 1)
            token += self.text[index]
        self.index = index + 1
        self.next = token

    def match(self, token):
        """Consumes the next token if it is `token`."""
        if token == self.next:
            self._advance()
            return True
        return False

    def get(self):
        token = self.next
        self._advance()
        return token

    def getwhile(self, count, allowed):
        """Consumes up to `count` tokens from `allowed` and returns them."""
        result = ''
        for _ in range(count):
            if self.next not in allowed:
                break
            result += self.get()
        return result

    def getuntil(self, terminator, name):
        """Consumes tokens up to and including `terminator`; returns them without it. `name` is what they name."""
        result = ''
        while True:
            token = self.get()
            if token is None:
                if not result:
                    raise self.error('missing ' + name)
                raise self.error(f'missing {terminator}, unterminated name', len(result))
            if token == terminator:
                if not result:
                    raise self.error('missing ' + name, 1)
                return result
            result += token

    def tell(self):
        """The position of the next token."""
        return self.index - len(self.next or '')

    pos = property(tell)

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, message, offset=0):
        """An error located `offset` characters before the next token."""
        if not self.istext:
            message = message.encode('ascii', 'backslashreplace').decode('ascii')
        return error(message, self.pattern, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not (self.istext or name.isascii()):
            raise self.error(f'bad character in group name {ascii(name)}', len(name) + offset)
        if not name.isidentifier():
            raise self.error(f'bad character in group name {name!r}', len(name) + offset)


def _lookup_character_name(name):
    """The code point named `name` (as in \\N{...}), or None."""
    try:
        import unicodedata
    except ImportError:
        unicodedata = None
    if unicodedata is not None:
        try:
            found = unicodedata.lookup(name)
        except KeyError:
            return None
        return ord(found) if len(found) == 1 else None
    # Without unicodedata, let the compiler resolve the name in a string literal. Names are made of letters,
    # digits, spaces and hyphens, so checking that keeps anything else out of the literal.
    if not all(c.isascii() and (c.isalnum() or c in ' -') for c in name):
        return None
    try:
        found = eval('"\\N{' + name + '}"')
    except SyntaxError:
        return None
    return ord(found)


def _numeric_escape(source, escape):
    """The \\x, \\u, \\U and \\N escapes, the same inside and outside sets; None for any other escape."""
    kind = escape[1]
    if kind == 'x':
        escape += source.getwhile(2, _HEX_DIGITS)
        if len(escape) != 4:
            raise source.error(f'incomplete escape {escape}', len(escape))
        return LITERAL, int(escape[2:], 16)
    if not source.istext:
        return None
    if kind == 'u' or kind == 'U':
        digits = 4 if kind == 'u' else 8
        escape += source.getwhile(digits, _HEX_DIGITS)
        if len(escape) != digits + 2:
            raise source.error(f'incomplete escape {escape}', len(escape))
        code = int(escape[2:], 16)
        if code > 0x10ffff:
            raise source.error(f'bad escape {escape}', len(escape))
        return LITERAL, code
    if kind == 'N':
        if not source.match('{'):
            raise source.error('missing {')
        name = source.getuntil('}', 'character name')
        code = _lookup_character_name(name)
        if code is None:
            raise source.error(f'undefined character name {name!r}', len(name) + len('\\N{}'))
        return LITERAL, code
    return None


def _octal_literal(source, escape):
    code = int(escape[1:], 8)
    if code > 0o377:
        raise source.error(f'octal escape value {escape} outside of range 0-0o377', len(escape))
    return LITERAL, code


def _other_escape(source, escape):
    """A backslash before a character without a meaning of its own: the character, unless it is a letter."""
    if escape[1] in _ASCII_LETTERS or escape[1] in _DIGITS:
        raise source.error(f'bad escape {escape}', len(escape))
    return LITERAL, ord(escape[1])


def _set_escape(source, escape):
    """An escape inside [...]."""
    code = _CHAR_ESCAPES.get(escape) or _CLASS_ESCAPES.get(escape)
    if code:
        return code
    code = _numeric_escape(source, escape)
    if code:
        return code
    if escape[1] in _OCTAL_DIGITS:
        return _octal_literal(source, escape + source.getwhile(2, _OCTAL_DIGITS))
    return _other_escape(source, escape)


def _escape(source, escape, state):
    """An escape outside sets: a character, a class, a position or a backreference."""
    code = _POSITION_ESCAPES.get(escape) or _CLASS_ESCAPES.get(escape) or _CHAR_ESCAPES.get(escape)
    if code:
        return code
    code = _numeric_escape(source, escape)
    if code:
        return code
    kind = escape[1]
    if kind == '0':
        escape += source.getwhile(2, _OCTAL_DIGITS)
        return LITERAL, int(escape[1:], 8)
    if kind in _DIGITS:
        # Three octal digits make an octal escape; anything else is a group number.
        if source.next in _DIGITS:
            escape += source.get()
            if escape[1] in _OCTAL_DIGITS and escape[2] in _OCTAL_DIGITS and source.next in _OCTAL_DIGITS:
                return _octal_literal(source, escape + source.get())
        group = int(escape[1:])
        if group >= state.groups:
            raise source.error(f'invalid group reference {group}', len(escape) - 1)
        if not state.checkgroup(group):
            raise source.error('cannot refer to an open group', len(escape))
        state.checklookbehindgroup(group, source)
        return GROUPREF, group
    return _other_escape(source, escape)


def _unique(items):
    return list(dict.fromkeys(items))


def _parse_sub(source, state, verbose, nested):
    """alternation: sequence ('|' sequence)*"""
    alternatives = []
    while True:
        first = not nested and not alternatives
        alternatives.append(_parse(source, state, verbose, nested + 1, first))
        if not source.match('|'):
            break
        if not nested:
            verbose = state.flags & SRE_FLAG_VERBOSE
    if len(alternatives) == 1:
        return alternatives[0]

    result = SubPattern(state)
    # Move the items all alternatives start with out of the branch.
    while all(alternatives) and all(alt[0] == alternatives[0][0] for alt in alternatives[1:]):
        result.append(alternatives[0][0])
        for alternative in alternatives:
            del alternative[0]

    # Alternatives that are all single characters or sets make one set.
    members = []
    for alternative in alternatives:
        if len(alternative) != 1:
            break
        op, av = alternative[0]
        if op is LITERAL:
            members.append((op, av))
        elif op is IN and av[0][0] is not NEGATE:
            members.extend(av)
        else:
            break
    else:
        result.append((IN, _unique(members)))
        return result

    result.append((BRANCH, (None, alternatives)))
    return result


def _parse(source, state, verbose, nested, first=False):
    """sequence: item*, up to '|', ')' or the end of the pattern"""
    result = SubPattern(state)
    while True:
        token = source.next
        if token is None or token == '|' or token == ')':
            break
        source.get()
        if verbose:
            if token in _WHITESPACE:
                continue
            if token == '#':
                while token is not None and token != '\n':
                    token = source.get()
                continue
        if token[0] == '\\':
            result.append(_escape(source, token, state))
        elif token not in _SPECIAL:
            result.append((LITERAL, ord(token)))
        elif token == '[':
            result.append(_parse_set(source, nested))
        elif token in '*+?{':
            _parse_repeat(source, result, token)
        elif token == '.':
            result.append((ANY, None))
        elif token == '(':
            verbose = _parse_group(source, state, result, verbose, nested, first)
        elif token == '^':
            result.append((AT, AT_BEGINNING))
        else:  # '$'
            result.append((AT, AT_END))

    # Splice in the contents of plain (?:...) groups.
    index = len(result.data) - 1
    while index >= 0:
        op, av = result.data[index]
        if op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            result.data[index:index + 1] = av[3].data
        index -= 1
    return result


def _parse_set(source, nested):
    """set: '[' '^'? member+ ']', after the '['"""
    start = source.tell() - 1
    if source.next == '[':
        _warn(f'Possible nested set at position {source.tell()}', FutureWarning)
    negate = source.match('^')
    members = []
    while True:
        token = source.get()
        if token is None:
            raise source.error('unterminated character set', source.tell() - start)
        if token == ']' and members:
            break
        if token[0] == '\\':
            low = _set_escape(source, token)
        else:
            if members and token in '-&~|' and source.next == token:
                operation = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union'}
                _warn(f'Possible set {operation[token]} at position {source.tell() - 1}', FutureWarning)
            low = (LITERAL, ord(token))
        if not source.match('-'):
            members.append(low[1][0] if low[0] is IN else low)
            continue
        # A range, or a '-' that ends the set.
        end = source.get()
        if end is None:
            raise source.error('unterminated character set', source.tell() - start)
        if end == ']':
            members.append(low[1][0] if low[0] is IN else low)
            members.append((LITERAL, ord('-')))
            break
        if end[0] == '\\':
            high = _set_escape(source, end)
        else:
            if end == '-':
                _warn(f'Possible set difference at position {source.tell() - 2}', FutureWarning)
            high = (LITERAL, ord(end))
        if low[0] != LITERAL or high[0] != LITERAL or high[1] < low[1]:
            raise source.error(f'bad character range {token}-{end}', len(token) + 1 + len(end))
        members.append((RANGE, (low[1], high[1])))

    members = _unique(members)
    if len(members) == 1 and members[0][0] is LITERAL:
        return (NOT_LITERAL, members[0][1]) if negate else members[0]
    if negate:
        members.insert(0, (NEGATE, None))
    return IN, members


def _parse_repeat(source, result, token):
    """repeat: ('*' | '+' | '?' | '{' m? (',' n?)? '}') ('?' | '+')?, after its first character.

    Replaces the last item of `result` with its repetition. A '{' that does not start a valid count is a literal.
    """
    here = source.tell()
    if token == '?':
        low, high = 0, 1
    elif token == '*':
        low, high = 0, MAXREPEAT
    elif token == '+':
        low, high = 1, MAXREPEAT
    else:
        if source.next == '}':
            result.append((LITERAL, ord('{')))
            return
        low_digits = high_digits = ''
        while source.next in _DIGITS:
            low_digits += source.get()
        if source.match(','):
            while source.next in _DIGITS:
                high_digits += source.get()
        else:
            high_digits = low_digits
        if not source.match('}'):
            result.append((LITERAL, ord('{')))
            source.seek(here)
            return
        low, high = 0, MAXREPEAT
        if low_digits:
            low = int(low_digits)
            if low >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
        if high_digits:
            high = int(high_digits)
            if high >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if high < low:
                raise source.error('min repeat greater than max repeat', source.tell() - here)

    offset = source.tell() - here + len(token)
    if not result or result[-1][0] is AT:
        raise source.error('nothing to repeat', offset)
    if result[-1][0] in _REPEAT_OPS:
        raise source.error('multiple repeat', offset)
    op, av = result[-1]
    if op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        item = av[3]
    else:
        item = result[-1:]
    if source.match('?'):
        result[-1] = (MIN_REPEAT, (low, high, item))
    elif source.match('+'):
        result[-1] = (POSSESSIVE_REPEAT, (low, high, item))
    else:
        result[-1] = (MAX_REPEAT, (low, high, item))


def _parse_group(source, state, result, verbose, nested, first):
    """group: '(' ('?' extension)? alternation ')', after the '('.

    Appends the group's item to `result` (a comment adds nothing) and returns the verbose setting for the rest of
    the sequence, which global flags such as (?x) can change.
    """
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add_flags = del_flags = 0
    if source.match('?'):
        char = source.get()
        if char is None:
            raise source.error('unexpected end of pattern')
        if char == 'P':
            if source.match('<'):
                name = source.getuntil('>', 'group name')
                source.checkgroupname(name, 1)
            elif source.match('='):
                name = source.getuntil(')', 'group name')
                source.checkgroupname(name, 1)
                group = state.groupdict.get(name)
                if group is None:
                    raise source.error(f'unknown group name {name!r}', len(name) + 1)
                if not state.checkgroup(group):
                    raise source.error('cannot refer to an open group', len(name) + 1)
                state.checklookbehindgroup(group, source)
                result.append((GROUPREF, group))
                return verbose
            else:
                char = source.get()
                if char is None:
                    raise source.error('unexpected end of pattern')
                raise source.error('unknown extension ?P' + char, len(char) + 2)
        elif char == ':':
            capture = False
        elif char == '#':
            while True:
                if source.next is None:
                    raise source.error('missing ), unterminated comment', source.tell() - start)
                if source.get() == ')':
                    return verbose
        elif char == '=' or char == '!' or char == '<':
            _parse_lookaround(source, state, result, verbose, nested, start, char)
            return verbose
        elif char == '(':
            _parse_conditional(source, state, result, verbose, nested, start)
            return verbose
        elif char == '>':
            capture = False
            atomic = True
        elif char in FLAGS or char == '-':
            flags = _parse_flags(source, state, char)
            if flags is None:
                if not first or result:
                    raise source.error('global flags not at the start of the expression', source.tell() - start)
                return state.flags & SRE_FLAG_VERBOSE
            add_flags, del_flags = flags
            capture = False
        else:
            raise source.error('unknown extension ?' + char, len(char) + 1)

    group = None
    if capture:
        try:
            group = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name or '') + 1) from None
    inner_verbose = (verbose or add_flags & SRE_FLAG_VERBOSE) and not del_flags & SRE_FLAG_VERBOSE
    body = _parse_sub(source, state, inner_verbose, nested + 1)
    if not source.match(')'):
        raise source.error('missing ), unterminated subpattern', source.tell() - start)
    if group is not None:
        state.closegroup(group, body)
    if atomic:
        result.append((ATOMIC_GROUP, body))
    else:
        result.append((SUBPATTERN, (group, add_flags, del_flags, body)))
    return verbose


def _parse_lookaround(source, state, result, verbose, nested, start, char):
    """lookaround: '(?=' | '(?!' | '(?<=' | '(?<!', then alternation ')'; `char` is the character after '?'."""
    direction = 1
    if char == '<':
        char = source.get()
        if char is None:
            raise source.error('unexpected end of pattern')
        if char != '=' and char != '!':
            raise source.error('unknown extension ?<' + char, len(char) + 2)
        direction = -1
    outermost_lookbehind = direction < 0 and state.lookbehindgroups is None
    if outermost_lookbehind:
        state.lookbehindgroups = state.groups
    body = _parse_sub(source, state, verbose, nested + 1)
    if outermost_lookbehind:
        state.lookbehindgroups = None
    if not source.match(')'):
        raise source.error('missing ), unterminated subpattern', source.tell() - start)
    result.append((ASSERT if char == '=' else ASSERT_NOT, (direction, body)))


def _parse_conditional(source, state, result, verbose, nested, start):
    """conditional: '(?(' (number | name) ')' sequence ('|' sequence)? ')', after '(?('"""
    condition = source.getuntil(')', 'group name')
    if condition.isdecimal() and condition.isascii():
        group = int(condition)
        if not group:
            raise source.error('bad group number', len(condition) + 1)
        if group >= MAXGROUPS:
            raise source.error(f'invalid group reference {group}', len(condition) + 1)
        # The group may be defined later in the pattern; parse() checks that it exists.
        state.grouprefpos.setdefault(group, source.tell() - len(condition) - 1)
    else:
        source.checkgroupname(condition, 1)
        group = state.groupdict.get(condition)
        if group is None:
            raise source.error(f'unknown group name {condition!r}', len(condition) + 1)
    state.checklookbehindgroup(group, source)
    if_true = _parse(source, state, verbose, nested + 1)
    if_false = None
    if source.match('|'):
        if_false = _parse(source, state, verbose, nested + 1)
        if source.next == '|':
            raise source.error('conditional backref with more than two branches')
    if not source.match(')'):
        raise source.error('missing ), unterminated subpattern', source.tell() - start)
    result.append((GROUPREF_EXISTS, (group, if_true, if_false)))


def _parse_flags(source, state, char):
    """flags: [aiLmsux]* ('-' [imsx]+)? (':' | ')'), from its first character `char`.

    Returns None for global flags '(?flags)', which it adds to state.flags, or the (added, removed) flags of a
    scoped group '(?flags-flags:...)'.
    """
    add_flags = del_flags = 0
    if char != '-':
        while True:
            flag = FLAGS[char]
            if source.istext and char == 'L':
                raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            if not source.istext and char == 'u':
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if flag & TYPE_FLAGS and add_flags & TYPE_FLAGS != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error('missing -, : or )')
            if char in (')', '-', ':'):
                break
            if char not in FLAGS:
                raise source.error('unknown flag' if char.isalpha() else 'missing -, : or )', len(char))
    if char == ')':
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn on global flag', 1)
    if char == '-':
        char = source.get()
        if char is None:
            raise source.error('missing flag')
        if char not in FLAGS:
            raise source.error('unknown flag' if char.isalpha() else 'missing flag', len(char))
        while True:
            flag = FLAGS[char]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error('missing :')
            if char == ':':
                break
            if char not in FLAGS:
                raise source.error('unknown flag' if char.isalpha() else 'missing :', len(char))
    if del_flags & GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn off global flag', 1)
    if add_flags & del_flags:
        raise source.error('bad inline flags: flag turned on and off', 1)
    return add_flags, del_flags


def fix_flags(pattern, flags):
    """Checks the flags against the pattern's type; a str pattern is UNICODE unless it is ASCII."""
    if isinstance(pattern, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & SRE_FLAG_ASCII:
            return flags | SRE_FLAG_UNICODE
        if flags & SRE_FLAG_UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def parse(pattern, flags=0, state=None):
    """Parses a str or bytes pattern into a SubPattern whose state holds the groups and the final flags."""
    source = Source(pattern)
    if state is None:
        state = State()
    state.flags = flags
    state.str = pattern
    tree = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)
    state.flags = fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error('unbalanced parenthesis')
    for group, position in state.grouprefpos.items():
        if group >= state.groups:
            raise error(f'invalid group reference {group}', pattern, position)
    if flags & SRE_FLAG_DEBUG:
        tree.dump()
    return tree


def parse_template(template, pattern):
    """Parses a replacement template for sub() into [literal, group, literal, ..., group, literal].

    The literals have the template's type (str or bytes) and may be empty; groups are numbers. `pattern` is the
    compiled pattern, for its groups and group names.
    """
    source = Source(template)
    parts = []
    literal = []

    def flush_literal():
        text = ''.join(literal)
        parts.append(text if source.istext else text.encode('latin1'))
        literal.clear()

    def add_group(number, offset):
        if number > pattern.groups:
            raise source.error(f'invalid group reference {number}', offset)
        flush_literal()
        parts.append(number)

    while True:
        token = source.get()
        if token is None:
            break
        if token[0] != '\\':
            literal.append(token)
            continue
        kind = token[1]
        if kind == 'g':
            if not source.match('<'):
                raise source.error('missing <')
            name = source.getuntil('>', 'group name')
            if name.isdecimal() and name.isascii():
                number = int(name)
                if number >= MAXGROUPS:
                    raise source.error(f'invalid group reference {number}', len(name) + 1)
            else:
                source.checkgroupname(name, 1)
                number = pattern.groupindex.get(name)
                if number is None:
                    raise IndexError(f'unknown group name {name!r}')
            add_group(number, len(name) + 1)
        elif kind == '0':
            token += source.getwhile(2, _OCTAL_DIGITS)
            literal.append(chr(int(token[1:], 8) & 0xff))
        elif kind in _DIGITS:
            # As in patterns, three octal digits make an octal escape and anything else a group number.
            if source.next in _DIGITS:
                token += source.get()
                if kind in _OCTAL_DIGITS and token[2] in _OCTAL_DIGITS and source.next in _OCTAL_DIGITS:
                    token += source.get()
                    code = int(token[1:], 8)
                    if code > 0o377:
                        raise source.error(f'octal escape value {token} outside of range 0-0o377', len(token))
                    literal.append(chr(code))
                    continue
            add_group(int(token[1:]), len(token) - 1)
        elif token in _CHAR_ESCAPES:
            literal.append(chr(_CHAR_ESCAPES[token][1]))
        elif kind in _ASCII_LETTERS:
            raise source.error(f'bad escape {token}', len(token))
        else:
            literal.append(token)
    flush_literal()
    return parts
