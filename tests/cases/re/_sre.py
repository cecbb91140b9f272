"""A stand-in for the _sre engine, so that Ginger can run parser_compiler.py before it has a native _sre.

CPython (and Ginger once it has _sre) finds the built-in module first and never imports this file. The stand-in
only compiles: compile() keeps its arguments, and matching is not available.
"""

MAGIC = 20221023
CODESIZE = 4
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823


# The engine's case mappings use the first character of the full mapping ('S' for the uppercase of 'ß').
def unicode_tolower(code):
    return ord(chr(code).lower()[0])


def unicode_iscased(code):
    return code != unicode_tolower(code) or code != ord(chr(code).upper()[0])


def ascii_tolower(code):
    return code + 32 if 65 <= code <= 90 else code


def ascii_iscased(code):
    return code < 128 and chr(code).isalpha()


class Match:
    pass


class Pattern:
    def __init__(self, pattern, flags, code, groups, groupindex, indexgroup):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = dict(groupindex)

    def match(self, string):
        return Match()


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    return Pattern(pattern, flags, code, groups, groupindex, indexgroup)


def template(pattern, parts):
    return parts
