"""Tokenization of Python source (CPython 3.12's tokenize) over the native `_tokenize` tokenizer.

The native tokenizer skips comments and non-logical line ends; `_with_comments` adds the COMMENT and NL
tokens CPython's tokenizer emits, from the source lines it has read.
"""

import _tokenize
import codecs
import collections
import io
import re
import sys
from builtins import open as _builtin_open
from token import *
from token import EXACT_TOKEN_TYPES
import token as _token

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo"]

cookie_re = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
blank_re = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


class TokenInfo(collections.namedtuple("TokenInfo", "type string start end line")):
    def __repr__(self):
        annotated = "%d (%s)" % (self.type, tok_name[self.type])
        return "TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)" % self._replace(type=annotated)

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


def _gap_tokens(lines, start, stop, stop_is_line_end):
    """COMMENT and NL tokens in the text between two tokens, from (row, col) start to stop.

    The text between tokens holds only blanks, comments, backslash continuations and line ends. A line end in
    the gap is an NL unless it is a backslash continuation; stop_is_line_end says the gap ends at a NEWLINE
    token, which takes the last line end itself.
    """
    row, col = start
    stop_row, stop_col = stop
    while row <= stop_row and row in lines:
        line = lines[row]
        content = line.rstrip("\r\n")
        end = stop_col if row == stop_row and not stop_is_line_end else len(content)
        segment = content[col:end]
        hash_at = segment.find("#")
        if hash_at >= 0:
            comment_col = col + hash_at
            yield TokenInfo(COMMENT, content[comment_col:], (row, comment_col), (row, len(content)), line)
        if row == stop_row:
            break
        if not content[col:].rstrip().endswith("\\") or hash_at >= 0:
            ending = line[len(content):]
            yield TokenInfo(NL, ending, (row, len(content)), (row, len(content) + max(len(ending), 1)), line)
        row += 1
        col = 0


def _split_fstring_middle(text, start, line):
    """CPython's FSTRING_MIDDLE tokens for literal text with doubled braces: each '{{' or '}}' ends a token
    that keeps one brace; the other brace is skipped."""
    row, col = start
    piece = ""
    i = 0
    while i < len(text):
        if text[i] in "{}" and text[i + 1:i + 2] == text[i]:
            piece += text[i]
            yield TokenInfo(FSTRING_MIDDLE, piece, (row, col), (row, col + len(piece)), line)
            col += len(piece) + 1
            piece = ""
            i += 2
        else:
            piece += text[i]
            i += 1
    if piece:
        yield TokenInfo(FSTRING_MIDDLE, piece, (row, col), (row, col + len(piece)), line)


def _with_comments(readline, encoding=None, extra_tokens=True):
    """The native tokenizer's tokens; with extra_tokens, CPython's tokenize form (COMMENT, NL, OP types).

    Its SyntaxErrors become TokenError (IndentationError stays), as CPython's tokenize reports them.
    """
    lines = {}
    row = 0

    def reader():
        nonlocal row
        try:
            line = readline()
        except StopIteration:
            line = "" if encoding is None else b""
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        if line:
            row += 1
            lines[row] = line
        return line

    previous_end = (1, 0)
    try:
        for info in _tokenize.TokenizerIter(reader, extra_tokens=extra_tokens):
            if not extra_tokens:
                yield TokenInfo._make(info)
                continue
            kind, string, start, end, line = info
            physical = lines.get(start[0])
            if physical is not None and not physical.endswith("\n") and line == physical + "\n":
                # CPython 3.12 compat: a last line without a line end keeps it missing in the tokens.
                line = physical
                if kind == NEWLINE:
                    string = ""
            elif physical is not None and "\r" in physical:
                # The native tokenizer translates line ends; tokenize shows the source's own.
                original = "".join(lines.get(r, "") for r in range(start[0], max(end[0], start[0]) + 1))
                if original.replace("\r\n", "\n").replace("\r", "\n") == line:
                    line = original
            if kind == NEWLINE:
                content_end = len(physical.rstrip("\r\n")) if physical is not None else start[1]
                yield from _gap_tokens(lines, previous_end, (start[0], content_end), True)
                start = (start[0], content_end)
                if string:
                    string = physical[content_end:] if physical is not None and physical[content_end:] else string
                    end = (start[0], content_end + len(string))
            elif kind == FSTRING_MIDDLE and ("{{" in string or "}}" in string) and start[0] == end[0]:
                yield from _gap_tokens(lines, previous_end, start, False)
                yield from _split_fstring_middle(string, start, line)
                previous_end = end
                continue
            else:
                yield from _gap_tokens(lines, previous_end, start, False)
            if kind == ENDMARKER and row == 0:
                start = end = (1, 0)  # CPython 3.12 compat: an empty source ends at (1, 0).
            yield TokenInfo(kind, string, start, end, line)
            previous_end = end
            if kind == NEWLINE:
                previous_end = (start[0] + 1, 0)
    except SyntaxError as e:
        if type(e) is not SyntaxError:
            raise e from None
        message, lineno, offset = e.msg, e.lineno, e.offset
        # The native tokenizer reports its position in the message: "... (<string>, line N)".
        match = re.fullmatch(r"(.*) \(<string>, line (\d+)\)", message or "", re.S)
        if match:
            message, lineno = match.group(1), int(match.group(2))
        if lineno is not None and extra_tokens:
            # The comments and blank lines before the error come first, as in CPython.
            yield from _gap_tokens(lines, previous_end, (lineno, 0), False)
        if message.startswith(("unindent does not match", "unexpected indent", "expected an indented block")):
            line = lines.get(lineno, "")
            raise IndentationError(message, ("<string>", lineno, len(line.rstrip("\r\n")) + 2,
                                             line.rstrip("\r\n"), None, None)) from None
        if "unterminated triple-quoted string literal" in message:
            message = "EOF in multi-line string"
        elif "was never closed" in message:
            message, offset = "unexpected EOF in multi-line statement", 0
        raise TokenError(message, (lineno, offset)) from None


def generate_tokens(readline):
    """Tokenize source read as str lines by readline, yielding TokenInfo tuples."""
    return _generate_tokens_from_c_tokenizer(readline, extra_tokens=True)


def _generate_tokens_from_c_tokenizer(source, encoding=None, extra_tokens=False):
    """The tokens of the native tokenizer (with COMMENT and NL tokens added when extra_tokens is true)."""
    return _with_comments(source, encoding, extra_tokens)


def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """The source encoding (PEP 263 cookie or BOM, utf-8 by default) and the lines (bytes) read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = "utf-8"

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b""

    def find_cookie(line):
        try:
            line_string = line.decode("utf-8")
        except UnicodeDecodeError:
            message = "invalid or missing encoding declaration"
            if filename is not None:
                message = "{} for {!r}".format(message, filename)
            raise SyntaxError(message)
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            codecs.lookup(encoding)
        except LookupError:
            if filename is None:
                message = "unknown encoding: " + encoding
            else:
                message = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(message)
        if bom_found:
            if encoding != "utf-8":
                message = "encoding problem: utf-8" if filename is None else "encoding problem for {!r}: utf-8".format(filename)
                raise SyntaxError(message)
            encoding += "-sig"
        return encoding

    first = read_or_stop()
    if first.startswith(codecs.BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = "utf-8-sig"
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a source file read-only as text, in the encoding detect_encoding finds."""
    buffer = _builtin_open(filename, "rb")
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = "r"
        return text
    except:
        buffer.close()
        raise


def tokenize(readline):
    """Tokenize source read as bytes lines by readline: an ENCODING token, then the tokens."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def lines():
        if pending:
            return pending.pop(0)
        try:
            return readline()
        except StopIteration:
            return b""

    if encoding == "utf-8-sig":
        encoding = "utf-8"
    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), "")
    yield from _generate_tokens_from_c_tokenizer(lines, encoding, extra_tokens=True)


class Untokenizer:
    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})".format(row, col, self.prev_row,
                                                                                   self.prev_col))
        if row - self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col - self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            kind, string, start, end, line = t
            if kind == ENCODING:
                self.encoding = string
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(string)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                if start[1] >= len(indents[-1]):
                    self.tokens.append(indents[-1])
                    self.prev_col = len(indents[-1])
                startline = False
            elif kind == FSTRING_MIDDLE and ("{" in string or "}" in string):
                end = (end[0], end[1] + string.count("{") + string.count("}"))
                string = string.replace("{", "{{").replace("}", "}}")
            self.add_whitespace(start)
            self.tokens.append(string)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        startline = token[0] in (NEWLINE, NL)
        prevstring = False
        import itertools
        for tok in itertools.chain([token], iterable):
            kind, string = tok[:2]
            if kind == ENCODING:
                self.encoding = string
                continue
            if kind in (NAME, NUMBER):
                string += " "
            if kind == STRING:
                if prevstring:
                    string = " " + string
                prevstring = True
            else:
                prevstring = False
            if kind == INDENT:
                indents.append(string)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                self.tokens.append(indents[-1])
                startline = False
            elif kind == FSTRING_MIDDLE:
                string = string.replace("{", "{{").replace("}", "}}")
            self.tokens.append(string)


def untokenize(iterable):
    """Source text from tokens (5-tuples: exact layout; 2-tuples: equivalent code), bytes after an ENCODING token."""
    untokenizer = Untokenizer()
    out = untokenizer.untokenize(iterable)
    if untokenizer.encoding is not None:
        out = out.encode(untokenizer.encoding)
    return out


def main(args=None):
    """ginger -m tokenize [-e] [filename.py]: print the tokens of a file (or of stdin)."""

    def error(message, filename=None, location=None):
        if location:
            sys.stderr.write("%s:%d:%d: error: %s\n" % ((filename,) + location + (message,)))
        elif filename:
            sys.stderr.write("%s: error: %s\n" % (filename, message))
        else:
            sys.stderr.write("error: %s\n" % message)
        sys.exit(1)

    usage = "usage: python -m tokenize [-h] [-e] [filename.py]"
    exact = False
    filename = None
    for arg in sys.argv[1:] if args is None else args:
        if arg in ("-e", "--exact"):
            exact = True
        elif arg in ("-h", "--help"):
            print(usage + "\n\npositional arguments:\n  filename.py  the file to tokenize; defaults to stdin\n\n"
                  "options:\n  -h, --help   show this help message and exit\n"
                  "  -e, --exact  display token names using the exact type")
            sys.exit(0)
        elif arg.startswith("-") and arg != "-":
            sys.stderr.write(usage + "\npython -m tokenize: error: unrecognized arguments: %s\n" % arg)
            sys.exit(2)
        elif filename is None:
            filename = arg
        else:
            sys.stderr.write(usage + "\npython -m tokenize: error: unrecognized arguments: %s\n" % arg)
            sys.exit(2)
    name = filename or "<stdin>"
    try:
        if filename:
            with _builtin_open(filename, "rb") as f:
                tokens = list(tokenize(f.readline))
        else:
            tokens = generate_tokens(sys.stdin.readline)
        for tok in tokens:
            kind = tok.exact_type if exact else tok.type
            print("%-20s%-15s%-15r" % ("%d,%d-%d,%d:" % (tok.start + tok.end), tok_name[kind], tok.string))
    except IndentationError as err:
        error(err.args[0], name, err.args[1][1:3])
    except TokenError as err:
        error(err.args[0], name, err.args[1])
    except SyntaxError as err:
        error(err, name)
    except OSError as err:
        error(err)
    except KeyboardInterrupt:
        print("interrupted\n")


if __name__ == "__main__":
    main()
