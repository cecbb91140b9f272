"""Object-oriented filesystem paths (Ginger's own pathlib, behaving as CPython 3.12's).

A pure path is parsed once, when it is made, into (drive, root, tail): the tail is the list of its
components, without empty ones and '.'. Everything else (str, parts, parent, name, comparisons) is
computed from those three. Windows paths are parsed by the small _WindowsFlavour below, so that
PureWindowsPath works on POSIX without ntpath.
"""

import fnmatch
import io
import os
import posixpath
import re
import sys
import warnings
from _collections_abc import Sequence
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


class _WindowsFlavour:
    """What pathlib needs of ntpath: separators, splitting off drive and root, joining, case folding."""
    sep = '\\'
    altsep = '/'

    def splitroot(self, p):
        norm = p.replace('/', '\\')
        if norm[:1] == '\\':
            if norm[1:2] != '\\':
                return '', p[:1], p[1:]             # \Windows: root without a drive
            # \\server\share, \\?\UNC\server\share, \\.\device, \\?\device
            start = 8 if norm[:8].upper() == '\\\\?\\UNC\\' else 2
            i = norm.find('\\', start)
            j = norm.find('\\', i + 1) if i >= 0 else -1
            if j < 0:
                return p, '', ''
            return p[:j], p[j:j + 1], p[j + 1:]
        if norm[1:2] == ':':
            if norm[2:3] == '\\':
                return p[:2], p[2:3], p[3:]
            return p[:2], '', p[2:]
        return '', '', p

    def splitdrive(self, p):
        drive, root, tail = self.splitroot(p)
        return drive, root + tail

    def normcase(self, s):
        return s.replace('/', '\\').lower()

    def join(self, path, *paths):
        drive, root, rest = self.splitroot(path)
        for p in paths:
            p_drive, p_root, p_rest = self.splitroot(p)
            if p_root:
                if p_drive or not drive:
                    drive = p_drive
                root, rest = p_root, p_rest
                continue
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    drive, root, rest = p_drive, p_root, p_rest
                    continue
                drive = p_drive
            if rest and rest[-1] not in '\\/':
                rest += '\\'
            rest += p_rest
        if rest and not root and drive and drive[-1:] not in ':\\/':
            return drive + '\\' + rest
        return drive + root + rest


_windows_flavour = _WindowsFlavour()

_WIN_RESERVED_NAMES = frozenset(
    ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$']
    + ['COM' + c for c in '123456789\xb9\xb2\xb3']
    + ['LPT' + c for c in '123456789\xb9\xb2\xb3'])

# errno values that mean "no such file" to the is_*() and exists() tests (EBADF: macOS stat quirk)
_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _is_case_sensitive(flavour):
    return flavour.normcase('Aa') == 'Aa'


def _quote_uri(path):
    """urllib.parse.quote_from_bytes(os.fsencode(path), safe='/')."""
    out = []
    for b in os.fsencode(path):
        c = chr(b)
        if c.isascii() and (c.isalnum() or c in '_.-~/'):
            out.append(c)
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


# --- pattern matching -------------------------------------------------------------------------------------

# fnmatch.translate() wraps its result as '(?s:...)\Z'; match() needs the inside only (no DOTALL, so that
# '*' never crosses a separator, which match() turns into a newline).
_TRANSLATE_PREFIX, _TRANSLATE_SUFFIX = fnmatch.translate('_').split('_')
_regex_cache = {}


def _match_regex(lines, case_sensitive):
    """The regex for a match() pattern whose separators and newlines have been swapped (see _lines)."""
    key = (lines, case_sensitive)
    regex = _regex_cache.get(key)
    if regex is None:
        pieces = ['^']
        for part in lines.splitlines(keepends=True):
            if part == '*\n':
                pieces.append(r'.+\n')
            elif part == '*':
                pieces.append(r'.+')
            else:
                pieces.append(fnmatch.translate(part)[len(_TRANSLATE_PREFIX):-len(_TRANSLATE_SUFFIX)])
        pieces.append(r'\Z')
        flags = re.MULTILINE if case_sensitive else re.MULTILINE | re.IGNORECASE
        regex = _regex_cache[key] = re.compile(''.join(pieces), flags)
    return regex


def _name_matcher(pattern, case_sensitive):
    return re.compile(fnmatch.translate(pattern), 0 if case_sensitive else re.IGNORECASE).match


# --- glob selectors ---------------------------------------------------------------------------------------
# A selector is a function (path) -> iterator of paths; _make_selector builds the chain for a tuple of
# pattern parts. '' (from a trailing separator) selects the path itself, '..' its parent link, '**' the path
# and every directory below it, anything else the matching children.

def _select_self(path):
    yield path


def _make_selector(parts, flavour, case_sensitive):
    pattern = parts[0]
    if not pattern:
        return _select_self
    if pattern == '**':
        i = 1
        while i < len(parts) and parts[i] == '**':
            i += 1
        rest = parts[i:]
        successor = _make_selector(rest, flavour, case_sensitive) if rest else _select_self
        if '**' in rest:
            return _dedup(_recursive_selector(successor))
        return _recursive_selector(successor)
    rest = parts[1:]
    successor = _make_selector(rest, flavour, case_sensitive) if rest else _select_self
    if pattern == '..':
        def select_parent(path):
            yield from successor(path._make_child_relpath('..'))
        return select_parent
    if '**' in pattern:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if case_sensitive is None:
        case_sensitive = _is_case_sensitive(flavour)
    match = _name_matcher(pattern, case_sensitive)
    dir_only = bool(rest)

    def select_children(path):
        try:
            with path._scandir() as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            if dir_only:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            if match(entry.name):
                yield from successor(path._make_child_relpath(entry.name))
    return select_children


def _recursive_selector(successor):
    def select_recursive(path):
        for start in _path_and_subdirs(path):
            yield from successor(start)
    return select_recursive


def _path_and_subdirs(path):
    yield path
    for dirpath, dirnames, _ in path.walk():
        for name in dirnames:
            yield dirpath._make_child_relpath(name)


def _dedup(selector):
    def select_unique(path):
        seen = set()
        for p in selector(path):
            if p not in seen:
                seen.add(p)
                yield p
    return select_unique


def _deprecated(name, message):
    warnings.warn(message.format(name=name, remove='3.14'), DeprecationWarning, stacklevel=3)


# --- pure paths -------------------------------------------------------------------------------------------

class _PathParents(Sequence):
    """The logical ancestors of a path, as a sequence (path.parents)."""
    __slots__ = ('_path', '_drv', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._drv = path._drv
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self._tail)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._path._from_parsed_parts(self._drv, self._root, self._tail[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath(object):
    """A path without I/O. PurePath() makes a PurePosixPath (a PureWindowsPath on Windows)."""

    __slots__ = ('_raw_paths', '_drv', '_root', '_tail', '_str', '_str_normcase_cached', '_parts_normcase_cached',
                 '_hash')
    _flavour = os.path

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return object.__new__(cls)

    def __reduce__(self):
        return (self.__class__, self.parts)

    def __init__(self, *args):
        paths = []
        for arg in args:
            if isinstance(arg, PurePath):
                if arg._flavour is _windows_flavour and self._flavour is posixpath:
                    paths.extend(p.replace('\\', '/') for p in arg._raw_paths)
                else:
                    paths.extend(arg._raw_paths)
                continue
            try:
                path = os.fspath(arg)
            except TypeError:
                path = arg
            if not isinstance(path, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                                f"returns a str, not {type(path).__name__!r}")
            paths.append(path)
        self._raw_paths = paths
        if not paths:
            joined = ''
        elif len(paths) == 1:
            joined = paths[0]
        else:
            joined = self._flavour.join(*paths)
        self._drv, self._root, self._tail = self._parse_path(joined)

    def with_segments(self, *pathsegments):
        """A new path of the same type from path segments; subclasses override it to pass on state."""
        return type(self)(*pathsegments)

    @classmethod
    def _parse_path(cls, path):
        if not path:
            return '', '', []
        flavour = cls._flavour
        sep = flavour.sep
        if flavour.altsep:
            path = path.replace(flavour.altsep, sep)
        drv, root, rest = flavour.splitroot(path)
        if not root and drv.startswith(sep) and not drv.endswith(sep):
            # a UNC drive (//server/share, //?/UNC/server/share) always has a root
            n = len(drv.split(sep))
            if (n == 4 and drv.split(sep)[2] not in '?.') or n == 6:
                root = sep
        return drv, root, [sys.intern(x) for x in rest.split(sep) if x and x != '.']

    @classmethod
    def _format_parsed_parts(cls, drv, root, tail):
        sep = cls._flavour.sep
        if drv or root:
            return drv + root + sep.join(tail)
        if tail and cls._flavour.splitdrive(tail[0])[0]:
            tail = ['.'] + tail         # 'c:' as a relative first component must not read as a drive
        return sep.join(tail)

    def _from_parsed_parts(self, drv, root, tail):
        path_str = self._format_parsed_parts(drv, root, tail)
        path = self.with_segments(path_str)
        path._str = path_str or '.'
        return path

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self._drv, self._root, self._tail) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        drive = self._drv
        if len(drive) == 2 and drive[1] == ':':
            return 'file:///' + drive + _quote_uri(self.as_posix()[2:])
        if drive:
            return 'file:' + _quote_uri(self.as_posix())
        return 'file://' + _quote_uri(str(self))

    @property
    def _str_normcase(self):
        try:
            return self._str_normcase_cached
        except AttributeError:
            s = str(self)
            self._str_normcase_cached = s if _is_case_sensitive(self._flavour) else s.lower()
            return self._str_normcase_cached

    @property
    def _parts_normcase(self):
        try:
            return self._parts_normcase_cached
        except AttributeError:
            self._parts_normcase_cached = self._str_normcase.split(self._flavour.sep)
            return self._parts_normcase_cached

    @property
    def _lines(self):
        """The path with separators and newlines swapped, for match()."""
        s = str(self)
        if s == '.':
            return ''
        sep = self._flavour.sep
        return s.translate({ord(sep): '\n', ord('\n'): sep})

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str_normcase == other._str_normcase and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(self._str_normcase)
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._parts_normcase < other._parts_normcase

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._parts_normcase <= other._parts_normcase

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._parts_normcase > other._parts_normcase

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._parts_normcase >= other._parts_normcase

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drv

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def name(self):
        """The final path component, if any."""
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        """The final component's last suffix ('.txt'), if any."""
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        """The final component's suffixes (['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    def with_name(self, name):
        """A new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        if not name or f.sep in name or (f.altsep and f.altsep in name) or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """A new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the suffix changed ('' removes it; a path without one gets it added)."""
        f = self._flavour
        if f.sep in suffix or (f.altsep and f.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from_parsed_parts(self._drv, self._root, self._tail[:-1] + [name])

    def relative_to(self, other, /, *_deprecated_args, walk_up=False):
        """This path relative to other; ValueError if it is not below it (with walk_up, '..' climbs)."""
        if _deprecated_args:
            _deprecated("pathlib.PurePath.relative_to(*args)",
                        "support for supplying more than one positional argument to "
                        "pathlib.PurePath.relative_to() is deprecated and scheduled for removal in "
                        "Python {remove}")
        other = self.with_segments(other, *_deprecated_args)
        for step, ancestor in enumerate([other] + list(other.parents)):
            if self.is_relative_to(ancestor):
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if ancestor.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        return self.with_segments(*(['..'] * step + self._tail[len(ancestor._tail):]))

    def is_relative_to(self, other, /, *_deprecated_args):
        """Whether this path is other or below it."""
        if _deprecated_args:
            _deprecated("pathlib.PurePath.is_relative_to(*args)",
                        "support for supplying more than one argument to "
                        "pathlib.PurePath.is_relative_to() is deprecated and scheduled for removal in "
                        "Python {remove}")
        other = self.with_segments(other, *_deprecated_args)
        return other == self or other in self.parents

    @property
    def parts(self):
        """The components of the path, the anchor first."""
        if self._drv or self._root:
            return (self._drv + self._root,) + tuple(self._tail)
        return tuple(self._tail)

    def joinpath(self, *pathsegments):
        """This path joined with the segments (an anchored one replaces what precedes it)."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._tail:
            return self
        return self._from_parsed_parts(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path has a root and, on Windows, a drive."""
        if self._flavour is _windows_flavour:
            return bool(self._drv and self._root)
        if self._flavour is posixpath:
            return bool(self._root)
        return self._flavour.isabs(str(self))

    def is_reserved(self):
        """Whether the path has a name reserved by Windows (never on POSIX)."""
        if self._flavour is posixpath or not self._tail:
            return False
        if self._drv.startswith('\\\\'):
            return False            # UNC paths are never reserved
        name = self._tail[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WIN_RESERVED_NAMES

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether this path matches the glob-style pattern (from the right unless it is anchored)."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = _is_case_sensitive(self._flavour)
        regex = _match_regex(path_pattern._lines, case_sensitive)
        if path_pattern._drv or path_pattern._root:
            return regex.match(self._lines) is not None
        if path_pattern._tail:
            return regex.search(self._lines) is not None
        raise ValueError("empty pattern")


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    _flavour = posixpath
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows semantics (drives, UNC shares, case-insensitive comparison)."""
    _flavour = _windows_flavour
    __slots__ = ()


# --- concrete paths ---------------------------------------------------------------------------------------

def _test_mode(path, test, follow_symlinks=True):
    """test(st_mode) of path, False when it does not exist (or cannot, as for an embedded NUL)."""
    try:
        return test(path.stat(follow_symlinks=follow_symlinks).st_mode)
    except OSError as e:
        if getattr(e, 'errno', None) not in _IGNORED_ERRNOS:
            raise
        return False
    except ValueError:
        return False


class Path(PurePath):
    """A PurePath that can make system calls. Path() makes a PosixPath (a WindowsPath on Windows)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            _deprecated("pathlib.PurePath(**kwargs)",
                        "support for supplying keyword arguments to pathlib.PurePath is deprecated and "
                        "scheduled for removal in Python {remove}")
        super().__init__(*args)

    def __enter__(self):
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled for removal in Python 3.13; "
                      "Path objects as a context manager is a no-op", DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of this path: a symlink's own status."""
        return self.stat(follow_symlinks=False)

    def exists(self, *, follow_symlinks=True):
        """Whether this path exists (a dangling symlink does only with follow_symlinks=False)."""
        return _test_mode(self, lambda mode: True, follow_symlinks)

    def is_dir(self):
        return _test_mode(self, S_ISDIR)

    def is_file(self):
        return _test_mode(self, S_ISREG)

    def is_symlink(self):
        return _test_mode(self, S_ISLNK, False)

    def is_block_device(self):
        return _test_mode(self, S_ISBLK)

    def is_char_device(self):
        return _test_mode(self, S_ISCHR)

    def is_fifo(self):
        return _test_mode(self, S_ISFIFO)

    def is_socket(self):
        return _test_mode(self, S_ISSOCK)

    def is_mount(self):
        return self._flavour.ismount(self)

    def is_junction(self):
        return self._flavour.isjunction(self)

    def samefile(self, other_path):
        """Whether other_path (a path or a string) is the same file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return self._flavour.samestat(st, other_st)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """open() this file."""
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)          # TypeError before the file is truncated
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def iterdir(self):
        """The paths of the directory's entries (not '.' and '..'), in arbitrary order."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _scandir(self):
        return os.scandir(self)

    def _make_child_relpath(self, name):
        s = str(self)
        if self._tail:
            s = s + self._flavour.sep + name
        elif s != '.':
            s = s + name
        else:
            s = name
        path = self.with_segments(s)
        path._str = s
        return path

    def glob(self, pattern, *, case_sensitive=None):
        """The existing paths below this directory matching the relative pattern ('**' recurses)."""
        sys.audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, parts = self._parse_path(pattern)
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append('')
        yield from self._select(parts, case_sensitive)

    def rglob(self, pattern, *, case_sensitive=None):
        """glob('**/' + pattern)."""
        sys.audit("pathlib.Path.rglob", self, pattern)
        drv, root, parts = self._parse_path(pattern)
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append('')
        yield from self._select(['**'] + parts, case_sensitive)

    def _select(self, parts, case_sensitive):
        selector = _make_selector(tuple(parts), self._flavour, case_sensitive)
        if self.is_dir():
            yield from selector(self)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """(dirpath, dirnames, filenames) for each directory below this one, as os.walk() does."""
        sys.audit("pathlib.Path.walk", self, on_error, follow_symlinks)
        stack = [self]
        while stack:
            path = stack.pop()
            if isinstance(path, tuple):
                yield path
                continue
            try:
                it = path._scandir()
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            dirnames = []
            filenames = []
            with it:
                for entry in it:
                    try:
                        is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                    except OSError:
                        is_dir = False
                    (dirnames if is_dir else filenames).append(entry.name)
            if top_down:
                yield path, dirnames, filenames
            else:
                stack.append((path, dirnames, filenames))
            stack += [path._make_child_relpath(d) for d in reversed(dirnames)]

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls().absolute()

    @classmethod
    def home(cls):
        """The user's home directory (os.path.expanduser('~'))."""
        return cls("~").expanduser()

    def absolute(self):
        """This path made absolute with the working directory (no normalization, no symlinks)."""
        if self.is_absolute():
            return self
        if self._drv:
            cwd = self._flavour.abspath(self._drv)
        else:
            cwd = os.getcwd()
            if not self._root and not self._tail:
                result = self.with_segments(cwd)
                result._str = cwd
                return result
        return self.with_segments(cwd, self)

    def resolve(self, strict=False):
        """The absolute path with symlinks resolved; RuntimeError on a symlink loop."""
        def check_loop(e):
            if e.errno == ELOOP:
                raise RuntimeError("Symlink loop from %r" % e.filename)
        try:
            s = self._flavour.realpath(self, strict=strict)
        except OSError as e:
            check_loop(e)
            raise
        p = self.with_segments(s)
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_loop(e)
        return p

    def owner(self):
        """The login name of the file's owner."""
        try:
            import pwd
        except ImportError:
            raise NotImplementedError("Path.owner() is unsupported on this system")
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The name of the file's group."""
        try:
            import grp
        except ImportError:
            raise NotImplementedError("Path.group() is unsupported on this system")
        return grp.getgrgid(self.stat().st_gid).gr_name

    def readlink(self):
        """The path a symbolic link points to."""
        if not hasattr(os, "readlink"):
            raise NotImplementedError("os.readlink() not available on this system")
        return self.with_segments(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it does not exist; otherwise update its times (FileExistsError if not
        exist_ok)."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and its missing parents with parents=True)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link (FileNotFoundError unless missing_ok)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        """Rename to target (relative to the working directory) and return the new path."""
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        """Rename to target, overwriting it, and return the new path."""
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink to target."""
        if not hasattr(os, "symlink"):
            raise NotImplementedError("os.symlink() not available on this system")
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        if not hasattr(os, "link"):
            raise NotImplementedError("os.link() not available on this system")
        os.link(target, self)

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if not (self._drv or self._root) and self._tail and self._tail[0][:1] == '~':
            home = self._flavour.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            drv, root, tail = self._parse_path(home)
            return self._from_parsed_parts(drv, root, tail + self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()

    if os.name == 'nt':
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")


class WindowsPath(Path, PureWindowsPath):
    """A concrete path on Windows."""
    __slots__ = ()

    if os.name != 'nt':
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")
