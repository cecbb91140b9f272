"""Token constants (the numbers CPython 3.12's tokenizer uses) and their names."""

__all__ = ["tok_name", "ISTERMINAL", "ISNONTERMINAL", "ISEOF"]

_NAMES = """ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR
SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE
CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL
VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL
RARROW ELLIPSIS COLONEQUAL EXCLAMATION OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD FSTRING_START
FSTRING_MIDDLE FSTRING_END COMMENT NL ERRORTOKEN ENCODING N_TOKENS""".split()

tok_name = {}
for _value, _name in enumerate(_NAMES):
    globals()[_name] = _value
    tok_name[_value] = _name
    __all__.append(_name)
NT_OFFSET = 256
tok_name[NT_OFFSET] = "NT_OFFSET"
__all__.append("NT_OFFSET")

# The operators, in the order of their token numbers from LPAR to EXCLAMATION.
_OPERATORS = "( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... := !".split()
EXACT_TOKEN_TYPES = dict(sorted((text, LPAR + i) for i, text in enumerate(_OPERATORS)))
del _value, _name, _NAMES, _OPERATORS


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
