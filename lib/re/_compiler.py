"""re's compiler: turns the parser's tree into the code list that the _sre engine runs.

The code is a list of unsigned 32-bit words in CPython 3.12's _sre format (see _constants). It starts with an INFO
block (the width of a match, and a literal prefix or a set of possible first characters that let the engine skip
ahead when searching), followed by the pattern's code and SUCCESS. Where an item has a variable length, the word
after its opcode is a "skip": the distance from that word to the end of the item.
"""

import sys

import _sre

from . import _parser
from ._casefix import EXTRA_CASES
from ._constants import *

if _sre.MAGIC != MAGIC:
    raise ImportError(f'_sre speaks code format {_sre.MAGIC}, re compiles format {MAGIC}')

_CODE_BITS = _sre.CODESIZE * 8
MAXCODE = (1 << _CODE_BITS) - 1

# The one-character items, which a repeat can run without the general REPEAT machinery.
_SINGLE_CHARACTER = frozenset({LITERAL, NOT_LITERAL, ANY, IN})

# For each repeat kind of the parser: (opcode of a general repeat, opcode that ends its body, opcode for a repeat
# of one character).
_REPEAT_CODES = {
    MAX_REPEAT: (REPEAT, MAX_UNTIL, REPEAT_ONE),
    MIN_REPEAT: (REPEAT, MIN_UNTIL, MIN_REPEAT_ONE),
    POSSESSIVE_REPEAT: (POSSESSIVE_REPEAT, SUCCESS, POSSESSIVE_REPEAT_ONE),
}


def _combine_flags(flags, add_flags, del_flags):
    """The flags inside a (?flags-flags:...) group; turning on one of a, u and L turns the others off."""
    if add_flags & _parser.TYPE_FLAGS:
        flags &= ~_parser.TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


class _CaseFolding:
    """How IGNORECASE compares characters under the given flags (None when case matters, or under LOCALE, where
    the engine folds at match time)."""

    def __init__(self, iscased, tolower, extra):
        self.iscased = iscased      # code -> whether the character has other cases
        self.tolower = tolower      # code -> code of its lowercase form
        self.extra = extra          # lowercase code -> other lowercase codes with the same uppercase (or None)

    @staticmethod
    def of(flags):
        if not flags & SRE_FLAG_IGNORECASE or flags & SRE_FLAG_LOCALE:
            return None
        if flags & SRE_FLAG_UNICODE:
            return _CaseFolding(_sre.unicode_iscased, _sre.unicode_tolower, EXTRA_CASES)
        return _CaseFolding(_sre.ascii_iscased, _sre.ascii_tolower, None)


def _emit_skip(code):
    """Reserves a skip word; the caller fills it in with _patch_skip once the item's end is known."""
    code.append(0)
    return len(code) - 1


def _patch_skip(code, at):
    code[at] = len(code) - at


def _compile(code, items, flags):
    """Appends the code of the parsed items (a SubPattern or a list of (op, av) pairs) under `flags`."""
    folding = _CaseFolding.of(flags)
    for op, av in items:
        if op is LITERAL or op is NOT_LITERAL:
            _compile_literal(code, op, av, flags, folding)
        elif op is IN:
            members, cased = _optimize_charset(av, folding)
            if flags & SRE_FLAG_IGNORECASE and flags & SRE_FLAG_LOCALE:
                code.append(IN_LOC_IGNORE)
            elif not cased:
                code.append(IN)
            elif folding.extra is None:
                code.append(IN_IGNORE)
            else:
                code.append(IN_UNI_IGNORE)
            skip = _emit_skip(code)
            _compile_charset(members, flags, code)
            _patch_skip(code, skip)
        elif op is ANY:
            code.append(ANY_ALL if flags & SRE_FLAG_DOTALL else ANY)
        elif op in _REPEAT_CODES:
            if flags & SRE_FLAG_TEMPLATE:
                raise error(f'internal: unsupported template operator {op!r}')
            general, end, single = _REPEAT_CODES[op]
            low, high, body = av
            one = _is_single_character(body)
            code.append(single if one else general)
            skip = _emit_skip(code)
            code.append(low)
            code.append(high)
            _compile(code, body, flags)
            if one:
                code.append(SUCCESS)
                _patch_skip(code, skip)
            else:
                _patch_skip(code, skip)
                code.append(end)
        elif op is SUBPATTERN:
            group, add_flags, del_flags, body = av
            if group:
                code.extend((MARK, (group - 1) * 2))
            _compile(code, body, _combine_flags(flags, add_flags, del_flags))
            if group:
                code.extend((MARK, (group - 1) * 2 + 1))
        elif op is ATOMIC_GROUP:
            # The body ends with SUCCESS, where the engine drops the body's backtracking points.
            code.append(ATOMIC_GROUP)
            skip = _emit_skip(code)
            _compile(code, av, flags)
            code.append(SUCCESS)
            _patch_skip(code, skip)
        elif op is SUCCESS or op is FAILURE:
            code.append(op)
        elif op is ASSERT or op is ASSERT_NOT:
            direction, body = av
            code.append(op)
            skip = _emit_skip(code)
            if direction >= 0:
                code.append(0)
            else:
                # A lookbehind steps back by the (fixed) width of its body.
                low, high = body.getwidth()
                if low > MAXCODE:
                    raise error('looks too much behind')
                if low != high:
                    raise error('look-behind requires fixed-width pattern')
                code.append(low)
            _compile(code, body, flags)
            code.append(SUCCESS)
            _patch_skip(code, skip)
        elif op is AT:
            if flags & SRE_FLAG_MULTILINE:
                av = AT_MULTILINE.get(av, av)
            if flags & SRE_FLAG_LOCALE:
                av = AT_LOCALE.get(av, av)
            elif flags & SRE_FLAG_UNICODE:
                av = AT_UNICODE.get(av, av)
            code.extend((AT, av))
        elif op is BRANCH:
            # BRANCH, then each alternative as: skip, body, JUMP to the end; a 0 skip ends the list.
            code.append(BRANCH)
            jumps = []
            for alternative in av[1]:
                skip = _emit_skip(code)
                _compile(code, alternative, flags)
                code.append(JUMP)
                jumps.append(_emit_skip(code))
                _patch_skip(code, skip)
            code.append(FAILURE)
            for jump in jumps:
                _patch_skip(code, jump)
        elif op is CATEGORY:
            code.extend((CATEGORY, _category(av, flags)))
        elif op is GROUPREF:
            if not flags & SRE_FLAG_IGNORECASE:
                code.append(GROUPREF)
            elif flags & SRE_FLAG_LOCALE:
                code.append(GROUPREF_LOC_IGNORE)
            elif folding.extra is None:
                code.append(GROUPREF_IGNORE)
            else:
                code.append(GROUPREF_UNI_IGNORE)
            code.append(av - 1)
        elif op is GROUPREF_EXISTS:
            # GROUPREF_EXISTS group skip: the skip leads past the yes-branch (and its JUMP over the no-branch).
            group, if_true, if_false = av
            code.extend((GROUPREF_EXISTS, group - 1))
            skip_true = _emit_skip(code)
            _compile(code, if_true, flags)
            if if_false:
                code.append(JUMP)
                skip_false = _emit_skip(code)
                code[skip_true] = len(code) - skip_true + 1
                _compile(code, if_false, flags)
                _patch_skip(code, skip_false)
            else:
                code[skip_true] = len(code) - skip_true + 1
        else:
            raise error(f'internal: unsupported operand type {op!r}')


def _compile_literal(code, op, char, flags, folding):
    if not flags & SRE_FLAG_IGNORECASE:
        code.extend((op, char))
    elif flags & SRE_FLAG_LOCALE:
        code.extend((OP_LOCALE_IGNORE[op], char))
    elif not folding.iscased(char):
        code.extend((op, char))
    else:
        lower = folding.tolower(char)
        if folding.extra is None:
            code.extend((OP_IGNORE[op], lower))
        elif lower not in folding.extra:
            code.extend((OP_UNICODE_IGNORE[op], lower))
        else:
            # The character has more case variants than lower/upper comparison finds: match a set of them.
            code.append(IN_UNI_IGNORE)
            skip = _emit_skip(code)
            if op is NOT_LITERAL:
                code.append(NEGATE)
            for variant in (lower,) + folding.extra[lower]:
                code.extend((LITERAL, variant))
            code.append(FAILURE)
            _patch_skip(code, skip)


def _category(category, flags):
    if flags & SRE_FLAG_LOCALE:
        return CH_LOCALE[category]
    if flags & SRE_FLAG_UNICODE:
        return CH_UNICODE[category]
    return category


def _compile_charset(members, flags, code):
    """Appends the members of a set (the body of IN), ending with FAILURE."""
    for op, av in members:
        code.append(op)
        if op is NEGATE:
            pass
        elif op is LITERAL:
            code.append(av)
        elif op is RANGE or op is RANGE_UNI_IGNORE:
            code.extend(av)
        elif op is CHARSET or op is BIGCHARSET:
            code.extend(av)
        elif op is CATEGORY:
            code.append(_category(av, flags))
        else:
            raise error(f'internal: unsupported set operator {op!r}')
    code.append(FAILURE)


def _optimize_charset(members, folding=None):
    """Rewrites the members of a set into the shortest form the engine offers.

    Characters below U+10000 go into a map of which characters are in the set (with their case variants under
    IGNORECASE). The map becomes at most two LITERAL/RANGE members, or a 256-bit CHARSET, or a BIGCHARSET;
    categories and characters beyond the map stay as they are. Returns the new members and whether they must be
    compared case-insensitively.
    """
    negate = []
    kept = []
    charmap = bytearray(256)
    cased = False
    for op, av in members:
        if op is NEGATE:
            negate.append((op, av))
            continue
        if op is not LITERAL and op is not RANGE:
            kept.append((op, av))
            continue
        while True:
            try:
                if op is LITERAL:
                    cased = _mark_literal(charmap, av, folding) or cased
                else:
                    cased = _mark_range(charmap, av, folding) or cased
            except IndexError:
                if len(charmap) == 256:
                    charmap += bytes(0xff00)
                    continue
                # Beyond the BMP: the member stays as it is (its BMP part, if any, is in the map already).
                if folding is not None:
                    cased = True
                    if op is RANGE:
                        op = RANGE_UNI_IGNORE
                kept.append((op, av))
            break
    out = negate

    runs = _runs(charmap)
    if runs is not None:
        for start, stop in runs:
            out.append((LITERAL, start) if stop - start == 1 else (RANGE, (start, stop - 1)))
        out += kept
        if cased or len(out) < len(members):
            return out, cased
        return members, cased

    if len(charmap) == 256:
        out.append((CHARSET, _bitmap_words(charmap)))
        return out + kept, cased

    # A BIGCHARSET splits the map into 256 blocks of 256 characters and stores each different block once: one
    # word with the number of different blocks, 64 words holding the block number of each block as bytes, then
    # each different block as 8 words of bits.
    numbers = bytearray(256)
    blocks = {}
    for index in range(256):
        block = bytes(charmap[index * 256:(index + 1) * 256])
        numbers[index] = blocks.setdefault(block, len(blocks))
    words = [len(blocks)]
    words += [int.from_bytes(numbers[i:i + _sre.CODESIZE], _BYTE_ORDER) for i in range(0, 256, _sre.CODESIZE)]
    for block in blocks:
        words += _bitmap_words(block)
    out.append((BIGCHARSET, words))
    return out + kept, cased


def _mark_literal(charmap, char, folding):
    if folding is None:
        charmap[char] = 1
        return False
    lower = folding.tolower(char)
    charmap[lower] = 1
    if folding.extra is not None:
        for variant in folding.extra.get(lower, ()):
            charmap[variant] = 1
    return bool(folding.iscased(char))


def _mark_range(charmap, bounds, folding):
    chars = range(bounds[0], bounds[1] + 1)
    if folding is None:
        for char in chars:
            charmap[char] = 1
        return False
    extra = folding.extra or {}
    for char in chars:
        lower = folding.tolower(char)
        charmap[lower] = 1
        for variant in extra.get(lower, ()):
            charmap[variant] = 1
    return any(folding.iscased(char) for char in chars)


def _runs(charmap):
    """The map's runs of set characters as (start, stop) pairs, or None if there are more than two."""
    runs = []
    stop = 0
    while True:
        start = charmap.find(1, stop)
        if start < 0:
            return runs
        if len(runs) == 2:
            return None
        stop = charmap.find(0, start)
        if stop < 0:
            runs.append((start, len(charmap)))
            return runs
        runs.append((start, stop))


_BYTE_ORDER = sys.byteorder     # the engine reads BIGCHARSET's block numbers as bytes in memory
_BIT_DIGITS = bytes([48]) + bytes([49]) * 255   # translates 0 to b'0' and any other byte to b'1'


def _bitmap_words(flags):
    """Packs a sequence of 0/1 bytes into code words, the first byte into the lowest bit of the first word."""
    digits = bytes(flags).translate(_BIT_DIGITS).decode('ascii')
    return [int(digits[i:i + _CODE_BITS][::-1], 2) for i in range(0, len(digits), _CODE_BITS)]


def _is_single_character(body):
    """Whether a repeated body is one character (possibly inside groups without a number)."""
    while len(body) == 1:
        op, av = body[0]
        if op is not SUBPATTERN:
            return op in _SINGLE_CHARACTER
        if av[0] is not None:
            return False
        body = av[3]
    return False


def _iscased_for(flags):
    if not flags & SRE_FLAG_IGNORECASE:
        return None
    if flags & SRE_FLAG_UNICODE:
        return _sre.unicode_iscased
    return _sre.ascii_iscased


def _literal_prefix(pattern, flags):
    """The characters every match starts with, as (prefix, skip, whole).

    skip is how many of them come before the first group (None if no group starts within the prefix), and
    whole says whether the prefix is the whole pattern.
    """
    prefix = []
    skip = None
    iscased = _iscased_for(flags)
    for op, av in pattern.data:
        if op is LITERAL:
            if iscased and iscased(av):
                return prefix, skip, False
            prefix.append(av)
        elif op is SUBPATTERN:
            group, add_flags, del_flags, body = av
            inner_flags = _combine_flags(flags, add_flags, del_flags)
            if inner_flags & SRE_FLAG_IGNORECASE and inner_flags & SRE_FLAG_LOCALE:
                return prefix, skip, False
            inner, inner_skip, inner_whole = _literal_prefix(body, inner_flags)
            if skip is None:
                if group is not None:
                    skip = len(prefix)
                elif inner_skip is not None:
                    skip = len(prefix) + inner_skip
            prefix += inner
            if not inner_whole:
                return prefix, skip, False
        else:
            return prefix, skip, False
    return prefix, skip, True


def _charset_prefix(pattern, flags):
    """The members of a set containing every possible first character of a match, or None."""
    while True:
        if not pattern.data:
            return None
        op, av = pattern.data[0]
        if op is not SUBPATTERN:
            break
        group, add_flags, del_flags, pattern = av
        flags = _combine_flags(flags, add_flags, del_flags)
        if flags & SRE_FLAG_IGNORECASE and flags & SRE_FLAG_LOCALE:
            return None
    iscased = _iscased_for(flags)
    if op is LITERAL:
        if iscased and iscased(av):
            return None
        return [(op, av)]
    if op is BRANCH:
        members = []
        for alternative in av[1]:
            if not alternative:
                return None
            first_op, first_av = alternative[0]
            if first_op is not LITERAL or (iscased and iscased(first_av)):
                return None
            members.append((first_op, first_av))
        return members
    if op is IN:
        if iscased:
            for member_op, member_av in av:
                if member_op is LITERAL:
                    if iscased(member_av):
                        return None
                elif member_op is RANGE:
                    if member_av[1] > 0xffff:
                        return None
                    if any(iscased(c) for c in range(member_av[0], member_av[1] + 1)):
                        return None
        return av
    return None


def _generate_overlap_table(prefix):
    """For each i, the length of the longest proper prefix of prefix[:i + 1] that is also its suffix (the
    Knuth-Morris-Pratt failure function, which the engine uses to search for the prefix)."""
    table = [0] * len(prefix)
    length = 0
    for i in range(1, len(prefix)):
        while length and prefix[i] != prefix[length]:
            length = table[length - 1]
        if prefix[i] == prefix[length]:
            length += 1
        table[i] = length
    return table


def _compile_info(code, pattern, flags):
    """INFO skip mask min max [prefix_length prefix_skip prefix... overlap...] or [charset members]"""
    low, high = pattern.getwidth()
    high = min(high, MAXCODE)
    if low == 0:
        code.extend((INFO, 4, 0, low, high))
        return
    prefix = []
    skip = 0
    whole = False
    charset = None
    if not (flags & SRE_FLAG_IGNORECASE and flags & SRE_FLAG_LOCALE):
        prefix, skip, whole = _literal_prefix(pattern, flags)
        if not prefix:
            charset = _charset_prefix(pattern, flags)
    code.append(INFO)
    info_skip = _emit_skip(code)
    if prefix:
        code.append(SRE_INFO_PREFIX | (SRE_INFO_LITERAL if skip is None and whole else 0))
    elif charset:
        code.append(SRE_INFO_CHARSET)
    else:
        code.append(0)
    if low < MAXCODE:
        code.append(low)
    else:
        code.append(MAXCODE)
        prefix = prefix[:MAXCODE]
    code.append(high)
    if prefix:
        code.append(len(prefix))
        code.append(len(prefix) if skip is None else skip)
        code += prefix
        code += _generate_overlap_table(prefix)
    elif charset:
        members, _ = _optimize_charset(charset)
        _compile_charset(members, flags, code)
    _patch_skip(code, info_skip)


def isstring(obj):
    return isinstance(obj, (str, bytes))


def _code(tree, flags):
    flags = tree.state.flags | flags
    code = []
    _compile_info(code, tree, flags)
    _compile(code, tree.data, flags)
    code.append(SUCCESS)
    return code


def compile(pattern, flags=0):
    """Compiles a pattern (a str, bytes, or a tree from _parser.parse) into an _sre Pattern object."""
    if isstring(pattern):
        tree = _parser.parse(pattern, flags)
    else:
        tree, pattern = pattern, None
    code = _code(tree, flags)
    if flags & SRE_FLAG_DEBUG:
        print()
        dis(code)
    state = tree.state
    indexgroup = [None] * state.groups
    for name, number in state.groupdict.items():
        indexgroup[number] = name
    return _sre.compile(pattern, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(indexgroup))


def _hex_words(words):
    width = _sre.CODESIZE * 2 + 2
    return '[' + ', '.join(f'{word:#0{width}x}' for word in words) + ']'


def dis(code):
    """Prints the code in a readable form, one instruction per line (the second part of re.DEBUG's output)."""
    _Disassembler(code).run()


class _Disassembler:
    def __init__(self, code):
        self.code = code
        self.labels = set()     # offsets that some instruction jumps to
        self.level = 0
        self.width = len(str(len(code) - 1))

    def line(self, start, *parts, to=None):
        if to is not None:
            self.labels.add(to)
            parts += (f'(to {to})',)
        mark = ':' if start in self.labels else '.'
        print(f'{start:{self.width}d}{mark} ', end='  ' * (self.level - 1))
        print(*parts)

    def continuation(self, *parts):
        print(end=' ' * (self.width + 2 * self.level))
        print(*parts)

    def run(self, start=0, end=None):
        code = self.code
        if end is None:
            end = len(code)
        self.level += 1
        i = start
        while i < end:
            at = i
            op = OPCODES[code[i]]
            i += 1
            if op in (SUCCESS, FAILURE, ANY, ANY_ALL, MAX_UNTIL, MIN_UNTIL, NEGATE):
                self.line(at, op)
            elif op in (LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE,
                        NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE):
                arg = code[i]
                i += 1
                self.line(at, op, f'{arg:#02x} ({chr(arg)!r})')
            elif op is AT:
                self.line(at, op, str(ATCODES[code[i]])[len('AT_'):])
                i += 1
            elif op is CATEGORY:
                self.line(at, op, str(CHCODES[code[i]])[len('CATEGORY_'):])
                i += 1
            elif op in (IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE):
                skip = code[i]
                self.line(at, op, skip, to=i + skip)
                self.run(i + 1, i + skip)
                i += skip
            elif op is RANGE or op is RANGE_UNI_IGNORE:
                low, high = code[i:i + 2]
                i += 2
                self.line(at, op, f'{low:#02x} {high:#02x} ({chr(low)!r}-{chr(high)!r})')
            elif op is CHARSET:
                self.line(at, op, _hex_words(code[i:i + 256 // _CODE_BITS]))
                i += 256 // _CODE_BITS
            elif op is BIGCHARSET:
                count = code[i]
                i += 1
                numbers = []
                for word in code[i:i + 256 // _sre.CODESIZE]:
                    numbers += word.to_bytes(_sre.CODESIZE, _BYTE_ORDER)
                self.line(at, op, count, numbers)
                i += 256 // _sre.CODESIZE
                self.level += 1
                for _ in range(count):
                    self.continuation(_hex_words(code[i:i + 256 // _CODE_BITS]))
                    i += 256 // _CODE_BITS
                self.level -= 1
            elif op in (MARK, GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE):
                self.line(at, op, code[i])
                i += 1
            elif op is JUMP:
                skip = code[i]
                self.line(at, op, skip, to=i + skip)
                i += 1
            elif op is BRANCH:
                skip = code[i]
                self.line(at, op, skip, to=i + skip)
                while skip:
                    self.run(i + 1, i + skip)
                    i += skip
                    at = i
                    skip = code[i]
                    if skip:
                        self.line(at, 'branch', skip, to=i + skip)
                    else:
                        self.line(at, FAILURE)
                i += 1
            elif op in (REPEAT, REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE):
                skip, low, high = code[i:i + 3]
                self.line(at, op, skip, low, 'MAXREPEAT' if high == MAXREPEAT else high, to=i + skip)
                self.run(i + 3, i + skip)
                i += skip
            elif op is GROUPREF_EXISTS:
                group, skip = code[i:i + 2]
                self.line(at, op, group, skip, to=i + skip)
                i += 2
            elif op is ASSERT or op is ASSERT_NOT:
                skip, back = code[i:i + 2]
                self.line(at, op, skip, back, to=i + skip)
                self.run(i + 2, i + skip)
                i += skip
            elif op is ATOMIC_GROUP:
                skip = code[i]
                self.line(at, op, skip, to=i + skip)
                self.run(i + 1, i + skip)
                i += skip
            elif op is INFO:
                skip, mask, low, high = code[i:i + 4]
                self.line(at, op, skip, bin(mask), low, 'MAXREPEAT' if high == MAXREPEAT else high, to=i + skip)
                body = i + 4
                if mask & SRE_INFO_PREFIX:
                    length, prefix_skip = code[i + 4:i + 6]
                    self.continuation('  prefix_skip', prefix_skip)
                    body = i + 6
                    prefix = code[body:body + length]
                    self.continuation('  prefix', '[' + ', '.join(f'{c:#02x}' for c in prefix) + ']',
                                      '(' + repr(''.join(map(chr, prefix))) + ')')
                    body += length
                    self.continuation('  overlap', code[body:body + length])
                    body += length
                if mask & SRE_INFO_CHARSET:
                    self.level += 1
                    self.continuation('in')
                    self.run(body, i + skip)
                    self.level -= 1
                i += skip
            else:
                raise ValueError(op)
        self.level -= 1
