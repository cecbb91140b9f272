"""Cache lines from Python source files (Ginger's own implementation of CPython 3.12's linecache)."""

import functools
import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for a lazily loaded module source.
# mtime is None for sources that came from a loader: checkcache() keeps them.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, updating it if needed."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries whose file changed (size or mtime) or went away."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _is_pseudo_filename(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _source_encoding(data):
    # PEP 263: a UTF-8 BOM, or a coding cookie on one of the first two lines (the second only after
    # a blank or comment line); UTF-8 otherwise.
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    import re
    lines = data.split(b'\n', 2)[:2]
    for index, line in enumerate(lines):
        match = re.match(rb'[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', line)
        if match:
            return match.group(1).decode('ascii')
        stripped = line.strip()
        if stripped and not stripped.startswith(b'#'):
            break
    return 'utf-8'


def _read_source_lines(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    encoding = _source_encoding(data)
    import io
    try:
        text = data.decode(encoding)
    except LookupError:
        raise SyntaxError("unknown encoding: " + encoding)
    return io.StringIO(text, newline=None).readlines()


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines ([] when the source cannot be found)."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if _is_pseudo_filename(filename):
        return []

    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        basename = filename
        # A module imported through a loader may give its source without a file.
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                cache[filename] = (len(data), None, [line + '\n' for line in data.splitlines()], fullname)
                return cache[filename][2]
        # A relative name is looked up along sys.path, as the import system would.
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        lines = _read_source_lines(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with a function that gets the source from the module's loader.

    Returns True if a lazy entry is (now) registered, False otherwise.
    """
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo_filename(filename):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (functools.partial(get_source, name),)
            return True
    return False
