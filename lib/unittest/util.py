"""Helpers shared by the unittest modules: shortened reprs and counting differences."""

from collections import namedtuple, Counter
from os.path import commonprefix

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    """The reprs of args, each cut to about 80 characters around where they start to differ."""
    args = tuple(safe_repr(a) for a in args)
    maxlen = max(len(a) for a in args)
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = commonprefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN) for s in args)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """(missing, unexpected): the items only in expected and only in actual, both sorted; duplicates ignored."""
    i = j = 0
    missing = []
    unexpected = []
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            while i < len(expected) and expected[i] == e:
                i += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items that cannot be ordered (quadratic); consumes both lists."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1 if x < y, 0 if x == y, 1 if x > y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, item) for each item whose counts differ; items need only ==."""
    s, t = list(actual), list(expected)
    hole = object()
    result = []
    for i, elem in enumerate(s):
        if elem is hole:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, len(s)):
            if s[j] == elem:
                cnt_s += 1
                s[j] = hole
        for j, other in enumerate(t):
            if other == elem:
                cnt_t += 1
                t[j] = hole
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is hole:
            continue
        cnt_t = 0
        for j in range(i, len(t)):
            if t[j] == elem:
                cnt_t += 1
                t[j] = hole
        result.append(_Mismatch(0, cnt_t, elem))
    return result


def _count_diff_hashable(actual, expected):
    """Like _count_diff_all_purpose for hashable items."""
    s, t = Counter(actual), Counter(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append(_Mismatch(0, cnt_t, elem))
    return result
