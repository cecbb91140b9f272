"""Common operations on POSIX pathnames (Ginger's own os.path).

str and bytes paths are both accepted, as in CPython; os.PathLike objects go through os.fspath.
"""

import posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'splitroot', 'split', 'splitext', 'basename', 'dirname',
           'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists', 'lexists',
           'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath', 'abspath', 'samefile',
           'sameopenfile', 'samestat', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath', 'commonpath', 'isjunction']

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    return posix.fspath(s)


def isabs(s):
    s = posix.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = posix.fspath(a)
    sep = _sep(a)
    path = a
    if not p:
        path[:0] + sep  # a TypeError for non-str/bytes, as in CPython
    for b in p:
        b = posix.fspath(b)
        if isinstance(b, bytes) != isinstance(a, bytes):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    p = posix.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = posix.fspath(p)
    if isinstance(p, bytes):
        sep, extsep = b'/', b'.'
    else:
        sep, extsep = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = posix.fspath(p)
    return p[:0], p


def splitroot(p):
    """(drive, root, tail): the drive is always empty; the root is '', '/' or, for exactly two leading
    slashes (which POSIX leaves to the implementation), '//'."""
    p = posix.fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    p = posix.fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    p = posix.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(posix.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def _stat_mode(path, follow=True):
    try:
        st = posix.stat(path) if follow else posix.lstat(path)
    except (OSError, ValueError):
        return None
    return st.st_mode


def exists(path):
    return _stat_mode(path) is not None


def lexists(path):
    return _stat_mode(path, False) is not None


def isdir(s):
    mode = _stat_mode(s)
    return mode is not None and (mode & _S_IFMT) == _S_IFDIR


def isfile(path):
    mode = _stat_mode(path)
    return mode is not None and (mode & _S_IFMT) == _S_IFREG


def islink(path):
    mode = _stat_mode(path, False)
    return mode is not None and (mode & _S_IFMT) == _S_IFLNK


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if (s1.st_mode & _S_IFMT) == _S_IFLNK:
        return False
    path = posix.fspath(path)
    parent = realpath(join(path, b'..' if isinstance(path, bytes) else '..'))
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return posix.stat(filename).st_size


def getmtime(filename):
    return posix.stat(filename).st_mtime


def getatime(filename):
    return posix.stat(filename).st_atime


def getctime(filename):
    return posix.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(posix.stat(f1), posix.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(posix.fstat(fp1), posix.fstat(fp2))


def expanduser(path):
    """~ and ~user at the start of path replaced by the home directory ($HOME, else the password database);
    path unchanged when it cannot be found."""
    path = posix.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b'~' if is_bytes else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    try:
        if i == 1:
            home = posix.environ.get('HOME')
            if home is None:
                import pwd
                home = pwd.getpwuid(posix.getuid()).pw_dir
        else:
            import pwd
            name = path[1:i]
            home = pwd.getpwnam(str(name, 'ASCII') if is_bytes else name).pw_dir
    except (ImportError, KeyError):
        return path
    if is_bytes:
        home = home.encode('utf-8', 'surrogateescape')
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    """$name and ${name} replaced by the environment variable's value (names are ASCII letters, digits and
    '_'); unknown variables are left as they are."""
    path = posix.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return os.fsencode(_expand_vars(os.fsdecode(path)))
    if '$' not in path:
        return path
    return _expand_vars(path)


def _is_name_char(c):
    return c.isascii() and (c.isalnum() or c == '_')


def _expand_vars(path):
    out = []
    i = 0
    while True:
        k = path.find('$', i)
        if k < 0:
            out.append(path[i:])
            return ''.join(out)
        name = None
        if path[k + 1:k + 2] == '{':
            end = path.find('}', k + 2)
            if end >= 0:
                name, j = path[k + 2:end], end + 1
        else:
            j = k + 1
            while j < len(path) and _is_name_char(path[j]):
                j += 1
            if j > k + 1:
                name = path[k + 1:j]
        if name is None:
            out.append(path[i:k + 1])
            i = k + 1
            continue
        value = os.environ.get(name)
        out.append(path[i:j] if value is None else path[i:k] + value)
        i = j


def normpath(path):
    path = posix.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    path = posix.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symlinks resolved, '.' and '..' removed. A symlink loop raises OSError (ELOOP)
    when strict; otherwise the unresolved rest is appended to the looping link, as CPython does."""
    filename = posix.fspath(filename)
    path, _ = _resolve_links(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve_links(path, rest, strict, seen):
    """(path joined with rest, links resolved; False if a loop stopped it). seen maps a link already met to
    what it resolved to, or None while it is being resolved (meeting it then is a loop)."""
    if isinstance(rest, bytes):
        sep, dot, dotdot = b'/', b'.', b'..'
    else:
        sep, dot, dotdot = '/', '.', '..'
    if rest.startswith(sep):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == dot:
            continue
        if name == dotdot:
            if not path:
                path = dotdot
            else:
                path, last = split(path)
                if last == dotdot:
                    path = join(path, dotdot, dotdot)
            continue
        candidate = join(path, name)
        try:
            st = posix.lstat(candidate)
        except OSError:
            if strict:
                raise
            path = candidate
            continue
        if (st.st_mode & _S_IFMT) != _S_IFLNK:
            path = candidate
            continue
        if candidate in seen:
            if seen[candidate] is not None:
                path = seen[candidate]
                continue
            if strict:
                posix.stat(candidate)       # raises OSError(ELOOP)
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve_links(path, posix.readlink(candidate), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def isjunction(path):
    """Junctions exist only on Windows."""
    posix.fspath(path)
    return False


def relpath(path, start=None):
    path = posix.fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = posix.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError):
        _check_arg_types('relpath', path, start)
        raise


def _check_arg_types(funcname, *args):
    """TypeError for an argument that is not a path, or for str and bytes mixed (CPython's genericpath)."""
    kinds = set()
    for arg in args:
        if isinstance(arg, (str, bytes)):
            kinds.add(type(arg))
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {arg.__class__.__name__!r}') from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(posix.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


import os   # last: os imports this module; its functions are looked up when called (tests replace them)
