"""Regular expressions, with the interface of CPython 3.12's re module.

A pattern is parsed by re._parser, compiled by re._compiler into the code of the _sre engine, and wrapped by
_sre in a Pattern object, whose methods do the matching. The functions here compile their pattern argument
(remembering the last few hundred compiled patterns) and call the method of the same name.

Syntax summary:
    .  ^  $  *  +  ?  {m,n}  *?  +?  ??  {m,n}?  *+  ++  ?+  {m,n}+  \\  [...]  [^...]  A|B  (...)
    (?aiLmsux)  (?aiLmsux-imsx:...)  (?:...)  (?P<name>...)  (?P=name)  (?#...)  (?=...)  (?!...)
    (?<=...)  (?<!...)  (?(id/name)yes|no)  (?>...)
    \\number  \\A  \\b  \\B  \\d  \\D  \\s  \\S  \\w  \\W  \\Z  \\a \\f \\n \\r \\t \\v \\x \\u \\U \\N{name} \\ooo
"""

import enum
import functools

import _sre

from . import _compiler, _parser
from ._constants import error

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
    'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
    'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    """The flags of a pattern; global_enum also makes each of them a global of this module (re.I, ...)."""
    NOFLAG = 0
    ASCII = A = _compiler.SRE_FLAG_ASCII              # \w, \d, \s, \b and case folding are ASCII-only
    IGNORECASE = I = _compiler.SRE_FLAG_IGNORECASE    # case-insensitive matching
    LOCALE = L = _compiler.SRE_FLAG_LOCALE            # bytes patterns only: \w and case follow the locale
    UNICODE = U = _compiler.SRE_FLAG_UNICODE          # the default for str patterns
    MULTILINE = M = _compiler.SRE_FLAG_MULTILINE      # ^ and $ also match at line boundaries
    DOTALL = S = _compiler.SRE_FLAG_DOTALL            # . also matches a newline
    VERBOSE = X = _compiler.SRE_FLAG_VERBOSE          # whitespace and # comments in the pattern are ignored
    TEMPLATE = T = _compiler.SRE_FLAG_TEMPLATE        # deprecated, undocumented: no repetition allowed
    DEBUG = _compiler.SRE_FLAG_DEBUG                  # print the parsed pattern and its code
    __str__ = object.__str__
    _numeric_repr_ = hex
    _numeric_repr_ = hex


def _warn_deprecated(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=2)


def match(pattern, string, flags=0):
    """Matches the pattern at the start of the string: a Match object, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Matches the pattern against the whole string: a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Finds the first place in the string where the pattern matches: a Match object, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replaces the leftmost non-overlapping matches (at most count if it is not 0) with repl.

    repl is either a template, where backslash escapes and group references (\\1, \\g<name>) are expanded, or a
    function that takes the Match object and returns the replacement.
    """
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but returns (new_string, number_of_substitutions)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Splits the string at the matches of the pattern (at most maxsplit times if it is not 0).

    The text of the pattern's groups, if any, is included in the result between the pieces.
    """
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches, including empty ones: the matched strings if the pattern has no group, the
    group's text if it has one, tuples of all groups' texts if it has several."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over the Match objects of all non-overlapping matches, including empty ones."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compiles a pattern into a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Forgets the compiled patterns and templates kept for reuse."""
    _cache.clear()
    _compile_template.cache_clear()


def template(pattern, flags=0):
    """Compiles a pattern with the TEMPLATE flag (deprecated)."""
    _warn_deprecated('The re.template() function is deprecated as it is an undocumented function without an '
                     'obvious purpose. Use re.compile() instead.')
    return _compile(pattern, flags | T, warn=False)


# Characters that have a meaning somewhere in a pattern: the specials, the closing brackets, '-' (ranges), '&' and
# '~' (possible future set operations), and '#' and whitespace (verbose mode).
_ESCAPED = {c: '\\' + chr(c) for c in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Backslash-escapes the characters of a str or bytes that would have a meaning in a pattern."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPED)
    return str(pattern, 'latin1').translate(_ESCAPED).encode('latin1')


Pattern = type(_compiler.compile('', 0))
Match = type(_compiler.compile('', 0).match(''))

# Compiled patterns by (type of pattern, pattern, flags), least recently used first.
_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags, warn=True):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    compiled = _cache.pop(key, None)
    if compiled is not None:
        _cache[key] = compiled
        return compiled
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not _compiler.isstring(pattern):
        raise TypeError('first argument must be string or compiled pattern')
    if flags & T and warn:
        _warn_deprecated("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag without an "
                         "obvious purpose. Don't use it.")
    compiled = _compiler.compile(pattern, flags)
    if flags & DEBUG:
        return compiled
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass  # another thread changed the cache meanwhile
    _cache[key] = compiled
    return compiled


@functools.lru_cache(_MAXCACHE)
def _compile_template(pattern, repl):
    # _sre calls this for sub(), subn() and Match.expand() with a template containing a backslash.
    return _sre.template(pattern, _parser.parse_template(repl, pattern))


def _pickle(pattern):
    return _compile, (pattern.pattern, pattern.flags)


try:
    import copyreg
except ImportError:
    pass
else:
    copyreg.pickle(Pattern, _pickle, _compile)


class Scanner:
    """Splits a string into tokens with a lexicon of (pattern, action) pairs (experimental, undocumented).

    scan() matches the patterns at the current position, first match wins; a callable action is called with the
    scanner and the matched text, and what it returns (unless None) goes into the result, as does a non-callable
    action. It stops where no pattern matches or a match is empty, and returns (results, unscanned rest).
    """

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        state = _parser.State()
        state.flags = flags
        alternatives = []
        for phrase, action in lexicon:
            group = state.opengroup()
            tree = _parser.parse(phrase, flags)
            alternative = _parser.SubPattern(state, [(_compiler.SUBPATTERN, (group, 0, 0, tree))])
            alternatives.append(alternative)
            state.closegroup(group, alternative)
        self.scanner = _compiler.compile(_parser.SubPattern(state, [(_compiler.BRANCH, (None, alternatives))]))

    def scan(self, string):
        results = []
        match = self.scanner.scanner(string).match
        position = 0
        while True:
            found = match()
            if not found:
                break
            end = found.end()
            if end == position:
                break
            action = self.lexicon[found.lastindex - 1][1]
            if callable(action):
                self.match = found
                action = action(self, found.group())
            if action is not None:
                results.append(action)
            position = end
        return results, string[position:]
