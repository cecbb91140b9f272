"""Byte-compiles the Python files of directory trees, with CPython's interface (compile_dir, compile_file,
compile_path, and `ginger -m compileall [options] [FILE|DIR ...]`).

With `workers` (-j) other than 1, compile_dir() shares the files among that many child processes (as many
as there are CPUs for 0), each a `ginger -c` running _compile_files(); Ginger has no ProcessPoolExecutor,
so they are started with _posixsubprocess, and the files are compiled here where that is not possible.
"""

import os
import sys
import importlib.util
import py_compile
import struct

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _walk_dir(dir, maxlevels, quiet=0):
    """The files under `dir`, in sorted order, going at most `maxlevels` directories down (never into
    __pycache__ nor through a symbolic link to a directory)."""
    if quiet < 2 and isinstance(dir, os.PathLike):
        dir = os.fspath(dir)
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = os.listdir(dir)
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    for name in sorted(names):
        if name == '__pycache__':
            continue
        fullname = os.path.join(dir, name)
        if not os.path.isdir(fullname):
            yield fullname
        elif maxlevels > 0 and name not in (os.curdir, os.pardir) and not os.path.islink(fullname):
            yield from _walk_dir(fullname, maxlevels=maxlevels - 1, quiet=quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                workers=1, invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                hardlink_dupes=False):
    """Byte-compiles every .py file of the tree at `dir`; True if all compiled.

    maxlevels: how many directories down to go (default sys.getrecursionlimit()); ddir: the directory
    the code objects name instead of `dir` (not with stripdir/prependdir); workers: accepted, see the
    module's docstring. The other arguments are compile_file()'s.
    """
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used in combination with stripdir or prependdir")
    if ddir is not None:
        stripdir, prependdir, ddir = dir, ddir, None
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    files = _walk_dir(dir, quiet=quiet, maxlevels=maxlevels)
    if workers != 1:
        files = list(files)
        options = dict(ddir=ddir, force=force, rx=None if rx is None else (rx.pattern, rx.flags), quiet=quiet,
                       legacy=legacy, optimize=optimize,
                       invalidation_mode=None if invalidation_mode is None else invalidation_mode.name,
                       stripdir=stripdir, prependdir=prependdir, limit_sl_dest=limit_sl_dest,
                       hardlink_dupes=hardlink_dupes)
        result = _compile_in_workers(files, workers or os.cpu_count() or 1, options)
        if result is not None:
            return result
    success = True
    for file in files:
        if not compile_file(file, ddir, force, rx, quiet, legacy, optimize, invalidation_mode, stripdir=stripdir,
                            prependdir=prependdir, limit_sl_dest=limit_sl_dest, hardlink_dupes=hardlink_dupes):
            success = False
    return success


def _compile_in_workers(files, workers, options):
    """Compiles `files` in up to `workers` child processes; True if all compiled, None if no child could be
    started (the caller then compiles them itself)."""
    workers = min(workers, len(files))
    if workers < 2:
        return None
    try:
        import _posixsubprocess
    except ImportError:
        return None
    executable = os.fsencode(sys.executable)
    code = "import compileall, sys; sys.exit(compileall._compile_files(sys.argv[1], sys.argv[2:]))"
    sys.stdout.flush()
    children = []
    for share in (files[i::workers] for i in range(workers)):
        args = [sys.executable, '-c', code, repr(options)] + [os.fspath(f) for f in share]
        read_end, write_end = os.pipe()
        try:
            children.append(_posixsubprocess.fork_exec(
                args, [executable], True, (), None, None, -1, -1, -1, -1, -1, -1, read_end, write_end,
                True, False, -1, None, None, None, -1, None, False))
        except OSError:
            pass
        finally:
            os.close(read_end)
            os.close(write_end)
    if not children:
        return None
    success = True
    for pid in children:
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            success = False
    return success


def _compile_files(options, files):
    """A worker process of compile_dir(): compiles `files` with compile_file() and the options given as the
    repr() of a dict; the exit status is 0 if all compiled."""
    options = eval(options, {})
    if options['rx'] is not None:
        import re
        options['rx'] = re.compile(*options['rx'])
    if options['invalidation_mode'] is not None:
        options['invalidation_mode'] = py_compile.PycInvalidationMode[options['invalidation_mode']]
    success = True
    for file in files:
        if not compile_file(file, **options):
            success = False
    return 0 if success else 1


def _display_name(fullname, ddir, stripdir, prependdir):
    """The file name compiled into the code (None: the file's own)."""
    dfile = None
    if ddir is not None:
        dfile = os.path.join(ddir, os.path.basename(fullname))
    if stripdir is not None:
        parts = fullname.split(os.path.sep)
        kept = list(parts)
        for strip, part in zip(os.fspath(stripdir).split(os.path.sep), parts):
            if strip == part:
                kept.remove(strip)
        dfile = os.path.join(*kept)
    if prependdir is not None:
        dfile = os.path.join(prependdir, fullname if dfile is None else dfile)
    return dfile


def _up_to_date(fullname, cfiles):
    """Whether every .pyc has the timestamp header of the source's current mtime."""
    try:
        mtime = int(os.stat(fullname).st_mtime)
        expect = struct.pack('<4sLL', importlib.util.MAGIC_NUMBER, 0, mtime & 0xFFFFFFFF)
        for cfile in cfiles:
            with open(cfile, 'rb') as handle:
                if handle.read(12) != expect:
                    return False
        return True
    except OSError:
        return False


def _report(fullname, quiet, message):
    if quiet:
        print('*** Error compiling {!r}...'.format(fullname))
    else:
        print('*** ', end='')
    encoding = sys.stdout.encoding or sys.getdefaultencoding()
    print(message.encode(encoding, errors='backslashreplace').decode(encoding))


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                 hardlink_dupes=False):
    """Byte-compiles one file if it is a .py file; True unless it failed to compile.

    ddir: the directory the code names the file in; force: compile even if the .pyc is up to date;
    rx: a compiled regular expression, searched in the path, that excludes a file; quiet: 0 lists what is
    done, 1 only errors, 2 nothing; legacy: write NAME.pyc beside the source instead of in __pycache__;
    optimize: a level or a list of levels (one .pyc each); invalidation_mode: a py_compile.PycInvalidationMode;
    stripdir/prependdir: rewrite the path the code names; limit_sl_dest: skip symbolic links that point
    outside this directory; hardlink_dupes: link identical .pyc files of different levels.
    """
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used in combination with stripdir or prependdir")
    fullname = os.fspath(fullname)
    name = os.path.basename(fullname)
    dfile = _display_name(fullname, ddir, stripdir, prependdir)
    levels = sorted({optimize} if isinstance(optimize, int) else set(optimize))
    if hardlink_dupes and len(levels) < 2:
        raise ValueError("Hardlinking of duplicated bytecode makes sense only for more than one optimization level")
    if rx is not None and rx.search(fullname):
        return True
    if limit_sl_dest is not None and os.path.islink(fullname):
        target = os.path.realpath(fullname)
        limit = os.path.realpath(limit_sl_dest).rstrip(os.path.sep) + os.path.sep
        if not target.startswith(limit):
            return True
    if not os.path.isfile(fullname) or not name.endswith('.py'):
        return True
    cfiles = {}
    for level in levels:
        if legacy:
            cfiles[level] = fullname + 'c'
        elif level >= 0:
            cfiles[level] = importlib.util.cache_from_source(fullname, optimization=level if level >= 1 else '')
        else:
            cfiles[level] = importlib.util.cache_from_source(fullname)
    if not force and _up_to_date(fullname, cfiles.values()):
        return True
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    success = True
    try:
        for index, level in enumerate(levels):
            cfile = cfiles[level]
            ok = py_compile.compile(fullname, cfile, dfile, True, optimize=level, invalidation_mode=invalidation_mode)
            if ok == 0:
                success = False
            if index > 0 and hardlink_dupes:
                previous = cfiles[levels[index - 1]]
                with open(cfile, 'rb') as a, open(previous, 'rb') as b:
                    same = a.read() == b.read()
                if same:
                    os.unlink(cfile)
                    os.link(previous, cfile)
    except py_compile.PyCompileError as err:
        if quiet < 2:
            _report(fullname, quiet, err.msg)
        return False
    except (SyntaxError, UnicodeError, OSError) as e:
        if quiet < 2:
            _report(fullname, quiet, e.__class__.__name__ + ': ' + str(e))
        return False
    return success


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None):
    """Byte-compiles the modules of every directory on sys.path (the current directory only if
    skip_curdir is false); the other arguments are compile_dir()'s."""
    success = True
    for dir in sys.path:
        if (not dir or dir == os.curdir) and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        else:
            success = success and compile_dir(dir, maxlevels, None, force, quiet=quiet, legacy=legacy,
                                              optimize=optimize, invalidation_mode=invalidation_mode)
    return success


_USAGE = """usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS]
                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                     [-o OPT_LEVELS] [-e LIMIT_SL_DEST] [--hardlink-dupes]
                     [FILE|DIR ...]
"""

_HELP = """
Utilities to support installing Python libraries.

positional arguments:
  FILE|DIR              zero or more file and directory names to compile; if
                        no arguments given, defaults to the equivalent of -l
                        sys.path

options:
  -h, --help            show this help message and exit
  -l                    don't recurse into subdirectories
  -r RECURSION          control the maximum recursion level
  -f                    force rebuild even if timestamps are up to date
  -q                    output only error messages; -qq will suppress the
                        error messages as well.
  -b                    use legacy (pre-PEP3147) compiled file locations
  -d DESTDIR            directory to prepend to file paths in the code
  -s STRIPDIR           part of path to left-strip from path to source file
  -p PREPENDDIR         path to add as prefix to path to source file
  -x REGEXP             skip files matching the regular expression
  -i FILE               add all the files and directories listed in FILE
  -j WORKERS, --workers WORKERS
                        Run compileall concurrently
  --invalidation-mode {checked-hash,timestamp,unchecked-hash}
                        set .pyc invalidation mode
  -o OPT_LEVELS         Optimization levels to run compilation with
  -e LIMIT_SL_DEST      Ignore symlinks pointing outsite of the DIR
  --hardlink-dupes      Hardlink duplicated pyc files
"""


class _Options:
    maxlevels = None
    recursion = None
    force = False
    quiet = 0
    legacy = False
    ddir = None
    stripdir = None
    prependdir = None
    rx = None
    flist = None
    workers = 1
    invalidation_mode = None
    opt_levels = None
    limit_sl_dest = None
    hardlink_dupes = False


def _error(message):
    sys.stderr.write(_USAGE + "compileall.py: error: " + message + "\n")
    sys.exit(2)


def _parse(args):
    """The options and the files of the command line, as CPython's argparse parser reads them."""
    options = _Options()
    dests = []
    with_value = {'-r': 'recursion', '-d': 'ddir', '-s': 'stripdir', '-p': 'prependdir', '-x': 'rx', '-i': 'flist',
                  '-j': 'workers', '--workers': 'workers', '--invalidation-mode': 'invalidation_mode',
                  '-o': 'opt_levels', '-e': 'limit_sl_dest'}
    integers = {'recursion', 'workers', 'opt_levels'}
    flags = {'-l': 'maxlevels', '-f': 'force', '-b': 'legacy', '--hardlink-dupes': 'hardlink_dupes'}
    modes = ['checked-hash', 'timestamp', 'unchecked-hash']
    i = 0
    only_files = False
    while i < len(args):
        arg = args[i]
        i += 1
        if only_files or not arg.startswith('-') or arg == '-':
            dests.append(arg)
            continue
        if arg == '--':
            only_files = True
            continue
        if arg in ('-h', '--help'):
            sys.stdout.write(_USAGE + _HELP)
            sys.exit(0)
        option, value = arg, None
        if arg.startswith('--') and '=' in arg:
            option, value = arg.split('=', 1)
        elif not arg.startswith('--') and len(arg) > 2:
            option, value = arg[:2], arg[2:]
            if option in flags or option == '-q':
                # Grouped short flags: -fq, -qq.
                args[i:i] = ['-' + c for c in arg[1:]]
                continue
        if option == '-q':
            options.quiet += 1
            continue
        if option in flags:
            setattr(options, flags[option], 0 if option == '-l' else True)
            continue
        if option not in with_value:
            _error("unrecognized arguments: " + arg)
        if value is None:
            if i >= len(args):
                _error("argument %s: expected one argument" % option)
            value = args[i]
            i += 1
        name = with_value[option]
        if name in integers:
            try:
                number = int(value)
            except ValueError:
                _error("argument %s: invalid int value: %r" % (option, value))
            if name == 'opt_levels':
                options.opt_levels = (options.opt_levels or []) + [number]
            else:
                setattr(options, name, number)
        elif name == 'invalidation_mode':
            if value not in modes:
                _error("argument --invalidation-mode: invalid choice: %r (choose from %s)"
                       % (value, ', '.join(repr(m) for m in modes)))
            options.invalidation_mode = value
        else:
            setattr(options, name, value)
    return options, dests


def main():
    """ginger -m compileall [options] [FILE|DIR ...]; returns True if everything compiled."""
    args, dests = _parse(sys.argv[1:])
    if args.rx:
        import re
        args.rx = re.compile(args.rx)
    if args.limit_sl_dest == "":
        args.limit_sl_dest = None
    maxlevels = args.recursion if args.recursion is not None else args.maxlevels
    if args.opt_levels is None:
        args.opt_levels = [-1]
    if len(args.opt_levels) == 1 and args.hardlink_dupes:
        _error("Hardlinking of duplicated bytecode makes sense only for more than one optimization level.")
    if args.ddir is not None and (args.stripdir is not None or args.prependdir is not None):
        _error("-d cannot be used in combination with -s or -p")
    if args.flist:
        try:
            with (sys.stdin if args.flist == '-' else open(args.flist, encoding="utf-8")) as f:
                for line in f:
                    dests.append(line.strip())
        except OSError:
            if args.quiet < 2:
                print("Error reading file list {}".format(args.flist))
            return False
    invalidation_mode = None
    if args.invalidation_mode:
        invalidation_mode = py_compile.PycInvalidationMode[args.invalidation_mode.replace('-', '_').upper()]
    common = dict(invalidation_mode=invalidation_mode, stripdir=args.stripdir, prependdir=args.prependdir,
                  optimize=args.opt_levels, limit_sl_dest=args.limit_sl_dest, hardlink_dupes=args.hardlink_dupes)
    success = True
    try:
        if not dests:
            return compile_path(legacy=args.legacy, force=args.force, quiet=args.quiet,
                                invalidation_mode=invalidation_mode)
        for dest in dests:
            if os.path.isfile(dest):
                ok = compile_file(dest, args.ddir, args.force, args.rx, args.quiet, args.legacy, **common)
            else:
                ok = compile_dir(dest, maxlevels, args.ddir, args.force, args.rx, args.quiet, args.legacy,
                                 workers=args.workers, **common)
            success = success and ok
        return success
    except KeyboardInterrupt:
        if args.quiet < 2:
            print("\n[interrupted]")
        return False


if __name__ == '__main__':
    sys.exit(int(not main()))
