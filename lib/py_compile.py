"""Compiles a source file to a .pyc file (Ginger's format, docs/PYC_FORMAT.md), with CPython's interface.

    ginger -m py_compile [-q] FILE...     (or - to read the file names from standard input)
"""

import enum
import importlib._bootstrap_external
import importlib.machinery
import importlib.util
import os
import os.path
import sys

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


def _format_syntax_error(exc_type, exc):
    """The lines traceback.format_exception_only() gives for a SyntaxError (Ginger's library has no traceback
    module to ask)."""
    lines = []
    suffix = ''
    if exc.lineno is not None:
        lines.append('  File "{}", line {}\n'.format(exc.filename or "<string>", exc.lineno))
    elif exc.filename is not None:
        suffix = ' ({})'.format(exc.filename)
    if exc.text is not None:
        rtext = exc.text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        lines.append('    {}\n'.format(ltext))
        if exc.offset is not None:
            offset = exc.offset
            end_offset = exc.end_offset if exc.end_offset not in {None, 0} else offset
            if offset == end_offset or end_offset == -1:
                end_offset = offset + 1
            column = offset - 1 - spaces
            end_column = end_offset - 1 - spaces
            if column >= 0:
                padding = ''.join(c if c.isspace() else ' ' for c in ltext[:column])
                lines.append('    {}{}'.format(padding, '^' * (end_column - column) + "\n"))
    name = exc_type.__qualname__
    if exc_type.__module__ not in ('__main__', 'builtins'):
        name = exc_type.__module__ + '.' + name
    lines.append("{}: {}{}\n".format(name, exc.msg or "<no detail available>", suffix))
    return ''.join(lines)


class PyCompileError(Exception):
    """A source file could not be compiled: `exc_type_name` and `exc_value` say why, `file` names the file,
    `msg` is the message printed for it (for a SyntaxError, the lines a traceback shows)."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            errmsg = _format_syntax_error(exc_type, exc_value).replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    # Reproducible builds (SOURCE_DATE_EPOCH) want files that do not depend on the source's mtime.
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None, quiet=0):
    """Compiles the source `file` to a .pyc file and returns its path.

    `cfile` is the .pyc path (by default the __pycache__ one for `optimize`); `dfile` is the file name that
    the code and the error messages show; `invalidation_mode` is a PycInvalidationMode (by default TIMESTAMP,
    or CHECKED_HASH when SOURCE_DATE_EPOCH is set). A source that does not compile raises PyCompileError with
    `doraise`, else its message is written to stderr (unless quiet is 2) and None is returned.
    """
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        if optimize >= 0:
            cfile = importlib.util.cache_from_source(file, optimization=optimize if optimize >= 1 else '')
        else:
            cfile = importlib.util.cache_from_source(file)
    # Import replaces the file by renaming a new one over it: refuse to turn a link or a device into a file.
    if os.path.islink(cfile):
        raise FileExistsError('{} is a symlink and will be changed into a regular file if import writes a '
                              'byte-compiled file to it'.format(cfile))
    if os.path.exists(cfile) and not os.path.isfile(cfile):
        raise FileExistsError('{} is a non-regular file and will be changed into a regular one if import writes a '
                              'byte-compiled file to it'.format(cfile))
    loader = importlib.machinery.SourceFileLoader('<py_compile>', file)
    source_bytes = loader.get_data(file)
    try:
        code = loader.source_to_code(source_bytes, dfile or file, _optimize=optimize)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return
    dirname = os.path.dirname(cfile)
    if dirname:
        try:
            os.makedirs(dirname)
        except FileExistsError:
            pass
    external = importlib._bootstrap_external
    if invalidation_mode == PycInvalidationMode.TIMESTAMP:
        stats = loader.path_stats(file)
        bytecode = external._code_to_timestamp_pyc(code, stats['mtime'], stats['size'])
    else:
        bytecode = external._code_to_hash_pyc(code, importlib.util.source_hash(source_bytes),
                                              invalidation_mode == PycInvalidationMode.CHECKED_HASH)
    external._write_atomic(cfile, bytecode, external._calc_mode(file))
    return cfile


_USAGE = "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n"


def main():
    """ginger -m py_compile [-q] FILE... (or -): compiles each file, stopping at the first error (status 1)."""
    quiet = False
    filenames = []
    options_done = False
    for arg in sys.argv[1:]:
        if not options_done and arg in ('-h', '--help'):
            sys.stdout.write(_USAGE + "\nA simple command-line interface for py_compile module.\n\n"
                             "positional arguments:\n  filenames    Files to compile\n\noptions:\n"
                             "  -h, --help   show this help message and exit\n  -q, --quiet  Suppress error output\n")
            sys.exit(0)
        elif not options_done and arg in ('-q', '--quiet'):
            quiet = True
        elif not options_done and arg == '--':
            options_done = True
        elif not options_done and arg.startswith('-') and arg != '-':
            sys.stderr.write(_USAGE + "py_compile.py: error: unrecognized arguments: %s\n" % arg)
            sys.exit(2)
        else:
            filenames.append(arg)
    if not filenames:
        sys.stderr.write(_USAGE + "py_compile.py: error: the following arguments are required: filenames\n")
        sys.exit(2)
    if filenames == ['-']:
        filenames = [name.rstrip('\n') for name in sys.stdin.readlines()]
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if not quiet:
                sys.stderr.write(error.msg)
            sys.exit(1)
        except OSError as error:
            if not quiet:
                sys.stderr.write(str(error))
            sys.exit(1)


if __name__ == "__main__":
    main()
