"""Filename matching with shell patterns (Ginger's own fnmatch).

fnmatch() normalizes case as the platform does, fnmatchcase() does not; both translate the
pattern into a regular expression (translate(), cached once compiled).
"""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (*, ?, [seq], [!seq]), case-normalized as the OS does."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        # Bytes patterns go through str losslessly.
        pattern = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
    else:
        pattern = translate(pat)
    return re.compile(pattern).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        # normcase() does nothing on POSIX.
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    match = _compile_pattern(pat)
    return match(name) is not None


def _translate_set(pat, start, end):
    # The regular expression set for the body pat[start:end] of a [...] pattern.
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Split on the hyphens of ranges (a hyphen right after the opening, after '!', or right
        # after a range is literal), drop ranges that are empty (a > b), then escape backslashes
        # and literal hyphens.
        chunks = []
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k = k + 3
        tail = pat[start:end]
        if tail:
            chunks.append(tail)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        body = '-'.join(chunk.replace('\\', r'\\').replace('-', r'\-') for chunk in chunks)
    # Set operations of future regular expression versions (&&, ~~, ||) are escaped.
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'        # an empty set matches nothing
    if body == '!':
        return '.'           # a negated empty set matches any character
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return f'[{body}]'


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    STAR = object()
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # Consecutive stars are one.
            if not parts or parts[-1] is not STAR:
                parts.append(STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')      # no closing bracket: a literal '['
            else:
                parts.append(_translate_set(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))

    # Fixed text before the first star, then each "star, fixed text" pair as a lazy match in an
    # atomic group (no backtracking into it), and a final star as '.*'.
    result = []
    i, n = 0, len(parts)
    while i < n and parts[i] is not STAR:
        result.append(parts[i])
        i += 1
    while i < n:
        i += 1                            # the star
        if i == n:
            result.append(".*")
            break
        fixed = []
        while i < n and parts[i] is not STAR:
            fixed.append(parts[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            result.append(".*")
            result.append(fixed)
        else:
            result.append(f"(?>.*?{fixed})")
    res = "".join(result)
    return fr'(?s:{res})\Z'
