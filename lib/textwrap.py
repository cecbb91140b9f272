"""Text wrapping and filling (Ginger's own textwrap module; it splits words without the re module)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words, as in CPython (a no-break space does not).
_whitespace = '\t\n\x0b\x0c\r '
_WHITESPACE = frozenset(_whitespace)
_WORD_PUNCT = frozenset('!"\'&.,?')
_SENTENCE_END = frozenset('.!?')
_QUOTES = frozenset('"\'')
_ASCII_LOWER = frozenset('abcdefghijklmnopqrstuvwxyz')


def _is_word_char(c):
    # Like \w in a str pattern.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # Like [^\d\W]: a word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c in _WORD_PUNCT or c.isalnum() or c == '_'


def _split_on_whitespace(text):
    """Runs of whitespace and runs of anything else, in order."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        in_space = text[i] in _WHITESPACE
        j = i + 1
        while j < n and (text[j] in _WHITESPACE) == in_space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_words(text):
    """Splits text into whitespace runs, em-dashes between words, and words, where a hyphenated word is split
    after each hyphen that joins two letters-words ("long-term" -> "long-", "term") but not in numbers or
    options ("-x", "1-2", "a-b" with one letter on the left are kept)."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WHITESPACE:
            j = i + 1
            while j < n and text[j] in _WHITESPACE:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]):
            j = _dash_run_end(text, i)
            if j:
                chunks.append(text[i:j])
                i = j
                continue
        # A word: the shortest run of non-whitespace that ends at a breakable hyphen, before whitespace or the
        # end, or before an em-dash.
        j = i + 1
        while True:
            if j >= n or text[j] in _WHITESPACE:
                break
            if text[j] == '-' and _hyphen_breaks(text, j):
                j += 1
                break
            if text[j] == '-' and _is_word_punct(text[j - 1]) and _dash_run_end(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _dash_run_end(text, i):
    """If text[i:] starts with two or more hyphens followed by a word character, the end of the hyphens; else 0."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    if j - i >= 2 and j < n and _is_word_char(text[j]):
        return j
    return 0


def _hyphen_breaks(text, j):
    """Whether a word may break after the hyphen at text[j]."""
    # Behind: two letters, or letter-hyphen-letter.
    if j >= 2 and _is_letter(text[j - 1]) and _is_letter(text[j - 2]):
        pass
    elif j >= 3 and _is_letter(text[j - 1]) and text[j - 2] == '-' and _is_letter(text[j - 3]):
        pass
    else:
        return False
    # Ahead: a letter, an optional hyphen, a letter.
    n = len(text)
    k = j + 1
    if k >= n or not _is_letter(text[k]):
        return False
    k += 1
    if k < n and _is_letter(text[k]):
        return True
    return k + 1 < n and text[k] == '-' and _is_letter(text[k + 1])


def _ends_sentence(chunk):
    """Whether chunk ends like a sentence: a lowercase ASCII letter, then . ! or ?, then maybe a quote."""
    end = len(chunk)
    if end and chunk[end - 1] in _QUOTES:
        end -= 1
    return end >= 2 and chunk[end - 1] in _SENTENCE_END and chunk[end - 2] in _ASCII_LOWER


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().

    Several instance attributes control various aspects of wrapping:
      width (default: 70)
        the maximum width of wrapped lines (unless break_long_words
        is false)
      initial_indent (default: "")
        string that will be prepended to the first line of wrapped
        output.  Counts towards the line's width.
      subsequent_indent (default: "")
        string that will be prepended to all lines save the first
        of wrapped output; also counts towards each line's width.
      expand_tabs (default: true)
        Expand tabs in input text to spaces before further processing.
        Each tab will become 0 .. 'tabsize' spaces, depending on its position
        in its line.  If false, each tab is treated as a single character.
      tabsize (default: 8)
        Expand tabs in input text to 0 .. 'tabsize' spaces, unless
        'expand_tabs' is false.
      replace_whitespace (default: true)
        Replace all whitespace characters in the input text by spaces
        after tab expansion.  Note that if expand_tabs is false and
        replace_whitespace is true, every tab will be converted to a
        single space!
      fix_sentence_endings (default: false)
        Ensure that sentence-ending punctuation is always followed
        by two spaces.  Off by default because the algorithm is
        (unavoidably) imperfect.
      break_long_words (default: true)
        Break words longer than 'width'.  If false, those words will not
        be broken, and some lines might be longer than 'width'.
      break_on_hyphens (default: true)
        Allow breaking hyphenated words. If true, wrapping will occur
        preferably on whitespaces and right after hyphens part of
        compound words.
      drop_whitespace (default: true)
        Drop leading and trailing whitespace from lines.
      max_lines (default: None)
        Truncate wrapped lines.
      placeholder (default: ' [...]')
        Append to the last line of truncated text.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True, drop_whitespace=True,
                 break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # Private methods (possibly useful to subclasses).

    def _munge_whitespace(self, text):
        """Expands tabs and turns every whitespace character into a space, as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Splits text into indivisible chunks: words (hyphenated words split after their hyphens when
        break_on_hyphens is true) and runs of whitespace."""
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Makes the single space after a sentence end two spaces, in place."""
        i = 0
        last = len(chunks) - 1
        while i < last:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Puts (part of) the too long chunk reversed_chunks[-1] on the current line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to cut just after the last hyphen that fits, unless only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            # A word that cannot be broken goes on a line of its own.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Fills lines greedily with the chunks; returns the lines."""
        width_total = self.width
        if width_total <= 0:
            raise ValueError("invalid width %r (must be > 0)" % width_total)
        max_lines = self.max_lines
        placeholder = self.placeholder
        if max_lines is not None:
            first_indent = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(first_indent) + len(placeholder.lstrip()) > width_total:
                raise ValueError('placeholder too large for max width')

        drop = self.drop_whitespace
        lines = []
        pending = chunks[::-1]  # the next chunk is last
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = width_total - len(indent)
            # Whitespace at the start of a line other than the first goes.
            if drop and lines and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= width:
                chunk = pending.pop()
                line.append(chunk)
                used += len(chunk)
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, used, width)
                used = 0
                for chunk in line:
                    used += len(chunk)
            if drop and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not pending or (drop and len(pending) == 1 and not pending[0].strip())
            if max_lines is None or len(lines) + 1 < max_lines or (rest_is_blank and used <= width):
                lines.append(indent + ''.join(line))
                continue
            # This is the last line allowed: end it with the placeholder, dropping chunks until it fits.
            while line:
                if line[-1].strip() and used + len(placeholder) <= width:
                    lines.append(indent + ''.join(line) + placeholder)
                    return lines
                used -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(placeholder) <= width_total:
                    lines[-1] = previous + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # Public interface.

    def wrap(self, text):
        """wrap(text : string) -> [string]

        Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines.  Tabs in 'text' are expanded with string.expandtabs(),
        and all other whitespace characters (including newline) are
        converted to space.
        """
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """fill(text : string) -> string

        Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string
        containing the entire wrapped paragraph.
        """
        return "\n".join(self.wrap(text))


# Convenience interface.

def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines.

    Reformat the single paragraph in 'text' so it fits in lines of no
    more than 'width' columns, and return a list of wrapped lines.  By
    default, tabs in 'text' are expanded with string.expandtabs(), and
    all other whitespace characters (including newline) are converted to
    space.  See TextWrapper class for available keyword args to customize
    wrapping behaviour.
    """
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string.

    Reformat the single paragraph in 'text' to fit in lines of no more
    than 'width' columns, and return a new string containing the entire
    wrapped paragraph.  As with wrap(), tabs are expanded and other
    whitespace characters converted to space.  See TextWrapper class for
    available keyword args to customize wrapping behaviour.
    """
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    The text first has its whitespace collapsed.  If it then fits in
    the *width*, it is returned as is.  Otherwise, as many words
    as possible are joined and then the placeholder is appended::

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


# Loosely related functionality.

def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    This can be used to make triple-quoted strings line up with the left
    edge of the display, while still presenting them in the source code
    in indented form.

    Note that tabs and spaces are both treated as whitespace, but they
    are not equal: the lines "  hello" and "\\thello" are
    considered to have no common leading whitespace.

    Entirely blank lines are normalized to a newline character.
    """
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            # Blank (spaces and tabs only): emptied, and left out of the margin.
            lines[index] = ''
            continue
        leading = line[:len(line) - len(content)]
        if margin is None:
            margin = leading
        elif not leading.startswith(margin):
            k = 0
            limit = min(len(margin), len(leading))
            while k < limit and margin[k] == leading[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    parts = []
    if predicate is None:
        for line in text.splitlines(True):
            parts.append(prefix + line if line.strip() else line)
    else:
        for line in text.splitlines(True):
            parts.append(prefix + line if predicate(line) else line)
    return ''.join(parts)
