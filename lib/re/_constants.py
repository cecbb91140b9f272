"""The vocabulary shared by re's parser, compiler and the _sre engine.

The numbering of opcodes, position codes and category codes is the _sre code format of CPython 3.12 (MAGIC below):
a compiled pattern is a list of unsigned 32-bit words that the engine interprets, so the order of the names in the
tables here must never change.
"""

from _sre import MAXREPEAT, MAXGROUPS

MAGIC = 20221023


class error(Exception):
    """Raised for an invalid regular expression.

    msg is the bare message; pattern and pos locate the problem (pos may be None), and lineno and colno give the
    same place as a 1-based line and column (None when pos is None).
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            text = f'{msg} at position {pos}'
            if newline in pattern:
                text = f'{text} (line {self.lineno}, column {self.colno})'
        super().__init__(text)


class _NamedIntConstant(int):
    """An int that shows its name: the opcodes read like the engine's sources in dumps and reprs."""

    def __new__(cls, value, name):
        self = int.__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return self.name

    __str__ = __repr__
    __reduce__ = None


MAXREPEAT = _NamedIntConstant(MAXREPEAT, 'MAXREPEAT')


def _numbered(names):
    """Makes a named constant of each name, numbered from 0, and publishes it as a module global."""
    table = []
    for number, name in enumerate(names.split()):
        constant = _NamedIntConstant(number, name)
        globals()[name] = constant
        table.append(constant)
    return table


# Opcodes of the compiled code. MIN_REPEAT and MAX_REPEAT only occur in the parser's output: they get numbers after
# the last real opcode and are left out of OPCODES.
OPCODES = _numbered('''
    FAILURE SUCCESS ANY ANY_ALL ASSERT ASSERT_NOT AT BRANCH CATEGORY CHARSET BIGCHARSET GROUPREF GROUPREF_EXISTS
    IN INFO JUMP LITERAL MARK MAX_UNTIL MIN_UNTIL NOT_LITERAL NEGATE RANGE REPEAT REPEAT_ONE SUBPATTERN
    MIN_REPEAT_ONE ATOMIC_GROUP POSSESSIVE_REPEAT POSSESSIVE_REPEAT_ONE
    GROUPREF_IGNORE IN_IGNORE LITERAL_IGNORE NOT_LITERAL_IGNORE
    GROUPREF_LOC_IGNORE IN_LOC_IGNORE LITERAL_LOC_IGNORE NOT_LITERAL_LOC_IGNORE
    GROUPREF_UNI_IGNORE IN_UNI_IGNORE LITERAL_UNI_IGNORE NOT_LITERAL_UNI_IGNORE RANGE_UNI_IGNORE
    MIN_REPEAT MAX_REPEAT
''')
del OPCODES[-2:]

# Operands of AT.
ATCODES = _numbered('''
    AT_BEGINNING AT_BEGINNING_LINE AT_BEGINNING_STRING AT_BOUNDARY AT_NON_BOUNDARY
    AT_END AT_END_LINE AT_END_STRING AT_LOC_BOUNDARY AT_LOC_NON_BOUNDARY AT_UNI_BOUNDARY AT_UNI_NON_BOUNDARY
''')

# Operands of CATEGORY.
CHCODES = _numbered('''
    CATEGORY_DIGIT CATEGORY_NOT_DIGIT CATEGORY_SPACE CATEGORY_NOT_SPACE CATEGORY_WORD CATEGORY_NOT_WORD
    CATEGORY_LINEBREAK CATEGORY_NOT_LINEBREAK CATEGORY_LOC_WORD CATEGORY_LOC_NOT_WORD
    CATEGORY_UNI_DIGIT CATEGORY_UNI_NOT_DIGIT CATEGORY_UNI_SPACE CATEGORY_UNI_NOT_SPACE
    CATEGORY_UNI_WORD CATEGORY_UNI_NOT_WORD CATEGORY_UNI_LINEBREAK CATEGORY_UNI_NOT_LINEBREAK
''')

# How the flags turn the neutral opcodes and operands of the parser's output into the ones the engine runs.
OP_IGNORE = {LITERAL: LITERAL_IGNORE, NOT_LITERAL: NOT_LITERAL_IGNORE}
OP_LOCALE_IGNORE = {LITERAL: LITERAL_LOC_IGNORE, NOT_LITERAL: NOT_LITERAL_LOC_IGNORE}
OP_UNICODE_IGNORE = {LITERAL: LITERAL_UNI_IGNORE, NOT_LITERAL: NOT_LITERAL_UNI_IGNORE}
AT_MULTILINE = {AT_BEGINNING: AT_BEGINNING_LINE, AT_END: AT_END_LINE}
AT_LOCALE = {AT_BOUNDARY: AT_LOC_BOUNDARY, AT_NON_BOUNDARY: AT_LOC_NON_BOUNDARY}
AT_UNICODE = {AT_BOUNDARY: AT_UNI_BOUNDARY, AT_NON_BOUNDARY: AT_UNI_NON_BOUNDARY}
# Under LOCALE only the word categories change; digits, spaces and line breaks stay ASCII.
CH_LOCALE = {code: code for code in CHCODES[:8]}
CH_LOCALE[CATEGORY_WORD] = CATEGORY_LOC_WORD
CH_LOCALE[CATEGORY_NOT_WORD] = CATEGORY_LOC_NOT_WORD
CH_UNICODE = {code: CHCODES[code + 10] for code in CHCODES[:8]}

# Pattern flags, as the engine and the RegexFlag enum number them.
SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

# Bits of the second word of an INFO block.
SRE_INFO_PREFIX = 1     # a literal prefix follows
SRE_INFO_LITERAL = 2    # the whole pattern is that literal
SRE_INFO_CHARSET = 4    # a charset of the possible first characters follows
