"""Helpers shared by the unittest modules: shortened reprs, counting differences, fallbacks."""

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


# --- Fallbacks used while lib/ has no traceback or fnmatch module of its own -------------------------

def _source_line(filename, lineno):
    # The line as the file has it, end of line included.
    try:
        with open(filename, encoding='utf-8', errors='replace') as f:
            for number, line in enumerate(f, 1):
                if number == lineno:
                    return line
    except (OSError, ValueError):
        pass
    return ''


def _char_offset(text, byte_offset):
    # co_positions counts UTF-8 bytes
    return len(text.encode('utf-8')[:byte_offset].decode('utf-8', 'replace'))


def _width(text, offset):
    # columns taken by text[:offset] on a terminal (wide East Asian characters take two)
    if text.isascii():
        return offset
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in text[:offset])


def _anchors(segment):
    # For a binary operation or a subscript, the part of segment to mark with '^' (the rest gets '~'),
    # as (start, end) character offsets; None otherwise.
    import ast
    try:
        tree = ast.parse(segment)
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    node = tree.body[0].value
    if isinstance(node, ast.BinOp):
        between = segment[_char_offset(segment, node.left.end_col_offset):_char_offset(segment, node.right.col_offset)]
        skip = len(between) - len(between.lstrip())
        left = node.left.end_col_offset + skip
        right = left + 1
        if skip + 1 < len(between) and not between[skip + 1].isspace():
            right += 1   # a two-character operator
        while left < len(segment) and (segment[left].isspace() or segment[left] in ')#'):
            left += 1
            right += 1
        return _char_offset(segment, left), _char_offset(segment, right)
    if isinstance(node, ast.Subscript):
        left = _char_offset(segment, node.value.end_col_offset)
        right = _char_offset(segment, node.slice.end_col_offset + 1)
        while left < len(segment) and segment[left] != '[':
            left += 1
        while right < len(segment) and segment[right] != ']':
            right += 1
        if right < len(segment):
            right += 1
        return left, right
    return None


def _positions(tb):
    # (line, end line, column, end column) of the instruction that failed; the columns may be None.
    try:
        if tb.tb_lasti >= 0:
            start_line, end_line, start_col, end_col = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
            if start_line is not None:
                return start_line, end_line, start_col, end_col
            return tb.tb_lineno, end_line, start_col, end_col
    except (AttributeError, IndexError, TypeError, ValueError):
        pass
    return tb.tb_lineno, None, None, None


def _caret_line(positions, line):
    # The line of '^' (and '~') under the part of the source line the failing instruction covers.
    start_line, end_line, start_col, end_col = positions
    if start_col is None or end_col is None:
        return None
    stripped = line.strip()
    # CPython's count: everything strip() removed, the end of line included, standing for the indent.
    margin = len(line) - len(stripped)
    start = _char_offset(line, start_col)
    end = _char_offset(line, end_col)
    segment = line[start:end]
    anchors = None
    if start_line == end_line:
        try:
            anchors = _anchors(segment)
        except Exception:
            anchors = None
    else:
        end = len(line.rstrip())
    if not (end - start < len(stripped) or (anchors and anchors[1] - anchors[0] > 0)):
        return None
    shown_start = _width(line, start) + 1
    shown_end = _width(line, end) + 1
    parts = ['    ', ' ' * (shown_start - margin)]
    if anchors:
        left = _width(segment, anchors[0])
        right = _width(segment, anchors[1])
        parts.append('~' * left + '^' * (right - left) + '~' * (shown_end - shown_start - right))
    else:
        parts.append('^' * (shown_end - shown_start))
    return ''.join(parts) + '\n'


_RECURSIVE_CUTOFF = 3


def _format_tb(tb, capture_locals=False):
    lines = []
    last = None
    count = 0

    def flush_repeats():
        if count > _RECURSIVE_CUTOFF:
            extra = count - _RECURSIVE_CUTOFF
            lines.append('  [Previous line repeated %d more time%s]\n' % (extra, 's' if extra > 1 else ''))

    while tb is not None:
        frame = tb.tb_frame
        code = frame.f_code
        positions = _positions(tb)
        key = (code.co_filename, positions[0], code.co_name)
        if key != last:
            flush_repeats()
            last = key
            count = 0
        count += 1
        if count <= _RECURSIVE_CUTOFF:
            lines.append('  File "%s", line %s, in %s\n' % key)
            source = _source_line(code.co_filename, positions[0])
            if source.strip():
                lines.append('    %s\n' % source.strip())
                carets = _caret_line(positions, source)
                if carets:
                    lines.append(carets)
            if capture_locals:
                for name, value in sorted(frame.f_locals.items()):
                    try:
                        text = repr(value)
                    except Exception:
                        text = '<local repr() failed>'
                    lines.append('    %s = %s\n' % (name, text))
        tb = tb.tb_next
    flush_repeats()
    return lines


def _format_syntax_error(exc, name):
    # The location, the line and a caret line, then the message (CPython's layout).
    lines = []
    suffix = ''
    if exc.lineno is not None:
        lines.append('  File "%s", line %s\n' % (exc.filename or '<string>', exc.lineno))
    elif exc.filename is not None:
        suffix = ' (%s)' % exc.filename
    if exc.text is not None:
        rtext = exc.text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        lines.append('    %s\n' % ltext)
        if exc.offset is not None:
            offset = exc.offset
            end_offset = exc.end_offset if exc.end_offset not in (None, 0) else offset
            if offset == end_offset or end_offset == -1:
                end_offset = offset + 1
            start = offset - 1 - spaces
            end = end_offset - 1 - spaces
            if start >= 0:
                indent = ''.join(c if c.isspace() else ' ' for c in ltext[:start])
                lines.append('    %s%s\n' % (indent, '^' * (end - start)))
    lines.append('%s: %s%s\n' % (name, exc.msg or '<no detail available>', suffix))
    return lines


_MOVE_COST = 2
_CASE_COST = 1
_MAX_CANDIDATE_ITEMS = 750
_MAX_STRING_SIZE = 40


def _edit_distance(a, b):
    # Levenshtein distance where a change of case costs 1 and any other edit 2.
    previous = list(range(0, _MOVE_COST * (len(b) + 1), _MOVE_COST))
    for i, ca in enumerate(a, 1):
        current = [i * _MOVE_COST]
        for j, cb in enumerate(b, 1):
            if ca == cb:
                change = 0
            elif ca.lower() == cb.lower():
                change = _CASE_COST
            else:
                change = _MOVE_COST
            current.append(min(previous[j] + _MOVE_COST, current[j - 1] + _MOVE_COST, previous[j - 1] + change))
        previous = current
    return previous[-1]


def _trim_common_affixes(a, b):
    # What is left to compare once the common prefix and suffix are removed; a part still longer than
    # _MAX_STRING_SIZE is not compared at all (CPython's rule), which an impossible pair stands for.
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    end = 0
    while end < len(a) and end < len(b) and a[-1 - end] == b[-1 - end]:
        end += 1
    if end:
        a, b = a[:-end], b[:-end]
    if (a and b) and (len(a) > _MAX_STRING_SIZE or len(b) > _MAX_STRING_SIZE):
        return 'x' * (_MAX_STRING_SIZE + 1), ''
    return a, b


def _suggestion(exc, tb, wrong_name):
    # The name CPython suggests after "Did you mean", or None.
    if not isinstance(wrong_name, str):
        return None
    if isinstance(exc, AttributeError):
        try:
            candidates = dir(exc.obj)
        except Exception:
            return None
    elif isinstance(exc, ImportError):
        try:
            candidates = dir(__import__(exc.name))
        except Exception:
            return None
    else:
        if tb is None:
            return None
        while tb.tb_next is not None:
            tb = tb.tb_next
        frame = tb.tb_frame
        candidates = list(frame.f_locals) + list(frame.f_globals) + list(frame.f_builtins)
        if 'self' in frame.f_locals and hasattr(frame.f_locals['self'], wrong_name):
            return 'self.' + wrong_name
    if len(candidates) > _MAX_CANDIDATE_ITEMS or len(wrong_name) > _MAX_STRING_SIZE:
        return None
    best, best_distance = None, len(wrong_name)
    for name in candidates:
        if name == wrong_name:
            continue
        # at most a third of the characters involved may change, and it must beat the best so far
        limit = min((len(name) + len(wrong_name) + 3) * _MOVE_COST // 6, best_distance - 1)
        distance = _edit_distance(*_trim_common_affixes(wrong_name, name))
        if distance > limit:
            continue
        if best is None or distance < best_distance:
            best, best_distance = name, distance
    return best


def _exception_text(exc, tb):
    try:
        text = str(exc)
    except Exception:
        return '<exception str() failed>'
    if isinstance(exc, ImportError) and getattr(exc, 'name_from', None) is not None:
        suggestion = _suggestion(exc, tb, exc.name_from)
        if suggestion:
            text += ". Did you mean: '%s'?" % suggestion
    elif isinstance(exc, (NameError, AttributeError)) and getattr(exc, 'name', None) is not None:
        suggestion = _suggestion(exc, tb, exc.name)
        if suggestion:
            text += ". Did you mean: '%s'?" % suggestion
        if isinstance(exc, NameError):
            import sys
            if exc.name in getattr(sys, 'stdlib_module_names', ()):
                if suggestion:
                    text += " Or did you forget to import '%s'" % exc.name
                else:
                    text += ". Did you forget to import '%s'" % exc.name
    return text


def _format_exception_only(exc, tb=None):
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ('builtins', '__main__'):
        name = module + '.' + name
    if isinstance(exc, SyntaxError):
        lines = _format_syntax_error(exc, name)
    else:
        text = _exception_text(exc, tb)
        lines = ['%s: %s\n' % (name, text) if text else '%s\n' % name]
    for note in getattr(exc, '__notes__', None) or ():
        lines.append('%s\n' % (note,))
    return lines


_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'
_MAX_GROUP_WIDTH = 15
_MAX_GROUP_DEPTH = 10


class _Node:
    # One exception of the report, with the ones chained to it and, for a group, its members.
    def __init__(self, exc, tb, seen):
        seen.add(id(exc))
        self.exc = exc
        self.tb = tb
        self.cause = self.context = None
        self.children = None


def _build_tree(exc, tb):
    # Which chained exceptions are shown where: each exception once, in the order CPython's
    # TracebackException discovers them (a stack: group members first, then context, then cause).
    seen = set()
    root = _Node(exc, tb, seen)
    pending = [root]
    while pending:
        node = pending.pop()
        e = node.exc
        if e.__cause__ is not None and id(e.__cause__) not in seen:
            node.cause = _Node(e.__cause__, e.__cause__.__traceback__, seen)
        if (node.cause is None and not e.__suppress_context__ and e.__context__ is not None and
                id(e.__context__) not in seen):
            node.context = _Node(e.__context__, e.__context__.__traceback__, seen)
        if isinstance(e, BaseExceptionGroup):
            node.children = [_Node(child, child.__traceback__, seen) for child in e.exceptions]
        if node.cause:
            pending.append(node.cause)
        if node.context:
            pending.append(node.context)
        if node.children:
            pending.extend(node.children)
    return root


class _GroupPrinter:
    # How deep in exception groups the text being written is: its left margin.
    def __init__(self, capture_locals):
        self.capture_locals = capture_locals
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, lines, margin_char='|'):
        prefix = self.indent() + (margin_char + ' ' if self.depth else '')
        if isinstance(lines, str):
            lines = [lines]
        out = []
        for text in lines:
            out.extend(prefix + line for line in text.splitlines(True))
        return out

    def format(self, node):
        # The exception and the ones chained to it, oldest first.
        chain = []
        while node is not None:
            if node.cause is not None:
                chain.append((_CAUSE, node))
                node = node.cause
            elif node.context is not None:
                chain.append((_CONTEXT, node))
                node = node.context
            else:
                chain.append((None, node))
                node = None
        lines = []
        for message, node in reversed(chain):
            if message is not None:
                lines.extend(self.emit(message))
            lines.extend(self.format_one(node))
        return lines

    def format_one(self, node):
        exc, tb = node.exc, node.tb
        lines = []
        if node.children is None:
            if tb is not None:
                lines.extend(self.emit('Traceback (most recent call last):\n'))
                lines.extend(self.emit(_format_tb(tb, self.capture_locals)))
            lines.extend(self.emit(_format_exception_only(exc, tb)))
            return lines
        if self.depth > _MAX_GROUP_DEPTH:
            return self.emit('... (max_group_depth is %d)\n' % _MAX_GROUP_DEPTH)
        toplevel = self.depth == 0
        if toplevel:
            self.depth += 1
        if tb is not None:
            lines.extend(self.emit('Exception Group Traceback (most recent call last):\n',
                                   margin_char='+' if toplevel else '|'))
            lines.extend(self.emit(_format_tb(tb, self.capture_locals)))
        lines.extend(self.emit(_format_exception_only(exc, tb)))
        count = len(node.children)
        shown = count if count <= _MAX_GROUP_WIDTH else _MAX_GROUP_WIDTH + 1
        self.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                self.need_close = True   # unless a nested group closes the frame
            truncated = i >= _MAX_GROUP_WIDTH
            title = '...' if truncated else str(i + 1)
            lines.append(self.indent() + ('+-' if i == 0 else '  ') + '+---------------- %s ----------------\n' % title)
            self.depth += 1
            if truncated:
                remaining = count - _MAX_GROUP_WIDTH
                lines.extend(self.emit('and %d more exception%s\n' % (remaining, 's' if remaining > 1 else '')))
            else:
                lines.extend(self.format(node.children[i]))
            if last and self.need_close:
                lines.append(self.indent() + '+------------------------------------\n')
                self.need_close = False
            self.depth -= 1
        if toplevel:
            self.depth = 0
        return lines


def format_exception(exctype, value, tb, capture_locals=False):
    """The lines of a traceback as CPython 3.12 prints it: chained exceptions, exception groups, caret
    lines, SyntaxError's layout, notes. Used when the traceback module is not available."""
    if value is None:
        return ['%s\n' % exctype.__name__]
    return _GroupPrinter(capture_locals).format(_build_tree(value, tb))


def _translate_glob(pattern):
    import re
    out = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pattern[j] == '!':
                j += 1
            if j < n and pattern[j] == ']':
                j += 1
            while j < n and pattern[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                body = pattern[i:j].replace('\\', '\\\\')
                i = j + 1
                if body.startswith('!'):
                    body = '^' + body[1:]
                elif body.startswith('^'):
                    body = '\\' + body
                out.append('[%s]' % body)
        else:
            out.append(re.escape(c))
    return '(?s:%s)\\Z' % ''.join(out)


def _fnmatchcase(name, pattern):
    import re
    return re.match(_translate_glob(pattern), name) is not None


def _fnmatch(name, pattern):
    import os
    return _fnmatchcase(os.path.normcase(name), os.path.normcase(pattern))
