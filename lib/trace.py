"""Tracing and line-coverage tool built on sys.settrace, with the interface of CPython's trace module.

    ginger -m trace --count --summary --coverdir=DIR FILE [ARGS]   # per-line execution counts
    ginger -m trace --trace FILE [ARGS]                           # print each line as it runs
    ginger -m trace --listfuncs FILE / --trackcalls FILE          # functions called / who calls whom

From Python: t = trace.Trace(count=1, trace=0); t.runfunc(f, ...) or t.runctx(code, globals, locals);
t.results().write_results(show_missing=True, summary=True, coverdir=DIR).
"""

import io
import linecache
import os
import sys
import time
import tokenize

__all__ = ['Trace', 'CoverageResults']

PRAGMA_NOCOVER = "#pragma NO COVER"


def _source_lines(filename):
    return linecache.getlines(filename)


def _source_line(filename, lineno):
    return linecache.getline(filename, lineno)


def _source_encoding(data):
    """The encoding a PEP 263 cookie (or a BOM) names, else utf-8."""
    try:
        return tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except SyntaxError:
        return 'utf-8'
    return 'utf-8'


def _modname(path):
    """The module name of a file: its base name without the extension."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """The dotted module name of a file, relative to the longest sys.path entry that contains it."""
    comparepath = os.path.normcase(path)
    longest = ""
    for directory in sys.path:
        directory = os.path.normcase(directory)
        if comparepath.startswith(directory) and comparepath[len(directory):len(directory) + 1] == os.sep:
            if len(directory) > len(longest):
                longest = directory
    base = path[len(longest) + 1:] if longest else path
    base = os.path.splitdrive(base)[1].replace(os.sep, ".")
    if os.altsep:
        base = base.replace(os.altsep, ".")
    filename, _ = os.path.splitext(base)
    return filename.lstrip(".")


class _Ignore:
    """Which modules and directories are left untraced (answers are cached per module)."""

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules or ())
        self._dirs = [os.path.normpath(d) for d in (dirs or ())]
        self._ignore = {'<string>': 1}

    def names(self, filename, modulename):
        if modulename in self._ignore:
            return self._ignore[modulename]
        if modulename in self._mods or any(modulename.startswith(m + '.') for m in self._mods):
            self._ignore[modulename] = 1
            return 1
        if filename is None:
            self._ignore[modulename] = 1
            return 1
        for d in self._dirs:
            if filename.startswith(d + os.sep):
                self._ignore[modulename] = 1
                return 1
        self._ignore[modulename] = 0
        return 0


def _string_lines(filename):
    """Lines belonging to string-only statements (docstrings), which count as neither hit nor missed."""
    import ast
    source = ''.join(_source_lines(filename))
    try:
        tree = ast.parse(source, filename)
    except (SyntaxError, ValueError):
        return {}
    result = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                result[line] = 1
    return result


def _code_line_starts(code, strings, found):
    last = None
    for _, _, line in code.co_lines():
        if line is not None and line != last:
            if line not in strings:
                found[line] = 1
            last = line
    for const in code.co_consts:
        if hasattr(const, 'co_lines'):
            _code_line_starts(const, strings, found)


def _find_executable_linenos(filename):
    """The lines of a file where some code starts, as a dict {lineno: 1}."""
    source = ''.join(_source_lines(filename))
    try:
        code = compile(source, filename, 'exec')
    except (SyntaxError, ValueError) as err:
        print("Not printing coverage data for %r: %s" % (filename, err), file=sys.stderr)
        return {}
    found = {}
    _code_line_starts(code, _string_lines(filename), found)
    return found


class CoverageResults:
    def __init__(self, counts=None, calledfuncs=None, infile=None, callers=None, outfile=None):
        self.counts = {} if counts is None else counts
        self.counter = self.counts.copy()
        self.calledfuncs = {} if calledfuncs is None else calledfuncs
        self.calledfuncs = self.calledfuncs.copy()
        self.callers = {} if callers is None else callers
        self.callers = self.callers.copy()
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            # Merge what an earlier run saved.
            try:
                import pickle
                with open(self.infile, 'rb') as f:
                    counts, calledfuncs, callers = pickle.load(f)
                self.update(self.__class__(counts, calledfuncs, callers=callers))
            except (OSError, EOFError, ValueError) as err:
                print("Skipping counts file %r: %s" % (self.infile, err), file=sys.stderr)

    def is_ignored_filename(self, filename):
        """Code compiled from a string ('<string>', '<doctest ...>') has no file to annotate."""
        return filename.startswith('<') and filename.endswith('>')

    def update(self, other):
        for key, value in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + value
        for key in other.calledfuncs:
            self.calledfuncs[key] = 1
        for key in other.callers:
            self.callers[key] = 1

    def write_results(self, show_missing=True, summary=False, coverdir=None, *, ignore_missing_files=False):
        if self.calledfuncs:
            print()
            print("functions called:")
            for filename, modulename, funcname in sorted(self.calledfuncs):
                print("filename: %s, modulename: %s, funcname: %s" % (filename, modulename, funcname))

        if self.callers:
            print()
            print("calling relationships:")
            last_file = last_callee_file = ""
            for (caller, callee) in sorted(self.callers):
                caller_file, caller_mod, caller_func = caller
                callee_file, callee_mod, callee_func = callee
                if caller_file != last_file:
                    print()
                    print("***", caller_file, "***")
                    last_file = caller_file
                    last_callee_file = ""
                if callee_file != caller_file and last_callee_file != callee_file:
                    print("  -->", callee_file)
                    last_callee_file = callee_file
                print("    %s.%s -> %s.%s" % (caller_mod, caller_func, callee_mod, callee_func))

        per_file = {}
        for (filename, lineno), count in self.counts.items():
            per_file.setdefault(filename, {})[lineno] = count

        sums = {}
        for filename, hits in per_file.items():
            if self.is_ignored_filename(filename):
                continue
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            if ignore_missing_files and not os.path.isfile(filename):
                continue
            if coverdir is None:
                directory = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                directory = coverdir
                os.makedirs(directory, exist_ok=True)
                modulename = _fullmodname(filename)
            executable = _find_executable_linenos(filename) if show_missing else {}
            source = _source_lines(filename)
            try:
                with open(filename, 'rb') as f:
                    encoding = _source_encoding(f.read())
            except OSError:
                encoding = 'utf-8'
            coverpath = os.path.join(directory, modulename + ".cover")
            n_hits, n_lines = self.write_results_file(coverpath, source, executable, hits, encoding)
            if summary and n_lines:
                sums[modulename] = (n_lines, int(100 * n_hits / n_lines), modulename, filename)

        if summary and sums:
            print("lines   cov%   module   (path)")
            for name in sorted(sums):
                print("%5d   %3d%%   %s   (%s)" % sums[name])

        if self.outfile:
            try:
                import pickle
                with open(self.outfile, 'wb') as f:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
            except OSError as err:
                print("Can't save counts files because %s" % err, file=sys.stderr)

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        """Writes an annotated copy of the source: counts before hit lines, '>>>>>> ' before missed ones."""
        try:
            outfile = open(path, "w", encoding=encoding)
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping" % (path, err), file=sys.stderr)
            return 0, 0
        n_lines = n_hits = 0
        with outfile:
            for lineno, line in enumerate(lines, 1):
                if lineno in lines_hit:
                    outfile.write("%5d: " % lines_hit[lineno])
                    n_hits += 1
                    n_lines += 1
                elif lineno in lnotab and PRAGMA_NOCOVER not in line:
                    outfile.write(">>>>>> ")
                    n_lines += 1
                else:
                    outfile.write("       ")
                outfile.write(line.expandtabs(8))
        return n_hits, n_lines


class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(), ignoredirs=(),
                 infile=None, outfile=None, timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = time.perf_counter() if timing else None
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace and count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace_and_count
        elif trace:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace
        elif count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_count
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            if not self.donothing:
                sys.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        result = None
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            result = func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)
        return result

    def file_module_function_of(self, frame):
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        funcname = code.co_name
        # A method is named after its class: the part of the qualified name before it, unless that is a
        # function's <locals>.
        clsname = self._caller_cache.get(code, 0)
        if clsname == 0:
            clsname = None
            parts = getattr(code, 'co_qualname', funcname).split('.')
            if len(parts) >= 2 and parts[-2] != '<locals>':
                clsname = parts[-2]
            self._caller_cache[code] = clsname
        if clsname is not None:
            funcname = "%s.%s" % (clsname, funcname)
        return filename, modulename, funcname

    def globaltrace_trackcallers(self, frame, why, arg):
        if why == 'call':
            this_func = self.file_module_function_of(frame)
            parent_func = self.file_module_function_of(frame.f_back)
            self._callers[(parent_func, this_func)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        if why == 'call':
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        if why != 'call':
            return None
        code = frame.f_code
        filename = frame.f_globals.get('__file__', None)
        if not filename:
            return None
        modulename = _modname(filename)
        if modulename is None or self.ignore.names(filename, modulename):
            return None
        if self.trace:
            print(" --- modulename: %s, funcname: %s" % (modulename, code.co_name))
        return self.localtrace

    def _print_line(self, filename, lineno):
        if self.start_time:
            print('%.2f' % (time.perf_counter() - self.start_time), end=' ')
        line = _source_line(filename, lineno)
        if line:
            print("%s(%d): %s" % (os.path.basename(filename), lineno, line), end='')
        else:
            print("%s(%d)" % (os.path.basename(filename), lineno))

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            filename = frame.f_code.co_filename
            lineno = frame.f_lineno
            key = filename, lineno
            self.counts[key] = self.counts.get(key, 0) + 1
            self._print_line(filename, lineno)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._print_line(frame.f_code.co_filename, frame.f_lineno)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            key = frame.f_code.co_filename, frame.f_lineno
            self.counts[key] = self.counts.get(key, 0) + 1
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile, outfile=self.outfile,
                               calledfuncs=self._calledfuncs, callers=self._callers)


_USAGE = ("usage: trace.py [-h] [--version] [-c] [-t] [-l] [-T] [-r | -R] [-f FILE]\n"
          "                [-C COVERDIR] [-m] [-s] [-g] [--ignore-module IGNORE_MODULE]\n"
          "                [--ignore-dir IGNORE_DIR] [--module]\n"
          "                [progname] ...")


def _usage_error(message):
    print(_USAGE, file=sys.stderr)
    print("trace.py: error: %s" % message, file=sys.stderr)
    sys.exit(2)


class _Options:
    def __init__(self):
        self.count = self.trace = self.listfuncs = self.trackcalls = self.report = False
        self.no_report = self.missing = self.summary = self.timing = self.module = False
        self.file = self.coverdir = None
        self.ignore_module = []
        self.ignore_dir = []
        self.progname = None
        self.arguments = []


_FLAGS = {
    '-c': 'count', '--count': 'count', '-t': 'trace', '--trace': 'trace', '-l': 'listfuncs', '--listfuncs': 'listfuncs',
    '-T': 'trackcalls', '--trackcalls': 'trackcalls', '-r': 'report', '--report': 'report',
    '-R': 'no_report', '--no-report': 'no_report', '-m': 'missing', '--missing': 'missing',
    '-s': 'summary', '--summary': 'summary', '-g': 'timing', '--timing': 'timing', '--module': 'module',
}
_VALUED = {'-f': 'file', '--file': 'file', '-C': 'coverdir', '--coverdir': 'coverdir',
           '--ignore-module': 'ignore_module', '--ignore-dir': 'ignore_dir'}


def _parse_args(argv):
    opts = _Options()
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ('-h', '--help'):
            print(_USAGE)
            sys.exit(0)
        if arg == '--version':
            print('trace 2.0')
            sys.exit(0)
        name, eq, inline = arg.partition('=') if arg.startswith('--') else (arg, '', '')
        if name in _FLAGS and not eq:
            setattr(opts, _FLAGS[name], True)
        elif name in _VALUED:
            if eq:
                value = inline
            elif len(arg) > 2 and not arg.startswith('--'):
                value = arg[2:]
            else:
                i += 1
                if i >= len(argv):
                    _usage_error("argument %s: expected one argument" % arg)
                value = argv[i]
            if _VALUED[name] in ('ignore_module', 'ignore_dir'):
                getattr(opts, _VALUED[name]).append(value)
            else:
                setattr(opts, _VALUED[name], value)
        elif arg[:2] in _VALUED and len(arg) > 2:
            setattr(opts, _VALUED[arg[:2]], arg[2:])
        elif arg.startswith('-') and arg != '-':
            _usage_error("unrecognized arguments: %s" % arg)
        else:
            opts.progname = arg
            opts.arguments = argv[i + 1:]
            break
        i += 1
    return opts


def _expand_dir(directory):
    # $prefix and $exec_prefix in --ignore-dir, as CPython's trace expands them.
    directory = os.path.expanduser(os.path.expandvars(directory))
    lib = os.path.join('lib', 'python' + sys.version[:4].rstrip('.'))
    directory = directory.replace('$prefix', os.path.join(sys.base_prefix, lib))
    directory = directory.replace('$exec_prefix', os.path.join(sys.base_exec_prefix, lib))
    return os.path.normpath(directory)


def main():
    opts = _parse_args(sys.argv[1:])
    ignore_modules = [m.strip() for group in opts.ignore_module for m in group.split(',')]
    ignore_dirs = [_expand_dir(d) for group in opts.ignore_dir for d in group.split(os.pathsep)]

    if opts.report:
        if not opts.file:
            _usage_error('-r/--report requires -f/--file')
        results = CoverageResults(infile=opts.file, outfile=opts.file)
        return results.write_results(opts.missing, opts.summary, opts.coverdir)
    if not any([opts.trace, opts.count, opts.listfuncs, opts.trackcalls]):
        _usage_error('must specify one of --trace, --count, --report, --listfuncs, or --trackcalls')
    if opts.listfuncs and (opts.count or opts.trace):
        _usage_error('cannot specify both --listfuncs and (--trace or --count)')
    if opts.summary and not opts.count:
        _usage_error('--summary can only be used with --count or --report')
    if opts.progname is None:
        _usage_error('progname is missing: required with the main options')

    t = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs, countcallers=opts.trackcalls,
              ignoremods=ignore_modules, ignoredirs=ignore_dirs, infile=opts.file, outfile=opts.file,
              timing=opts.timing)
    try:
        if opts.module:
            import runpy
            sys.argv = [opts.progname, *opts.arguments]
            spec = runpy._get_module_details(opts.progname)[1]
            code = spec.loader.get_code(opts.progname)
            globs = {'__name__': '__main__', '__file__': spec.origin, '__package__': spec.parent,
                     '__loader__': spec.loader, '__spec__': spec, '__cached__': None}
        else:
            sys.argv = [opts.progname, *opts.arguments]
            sys.path[0] = os.path.dirname(opts.progname)
            with open(opts.progname, 'rb') as f:
                code = compile(f.read(), opts.progname, 'exec')
            globs = {'__file__': opts.progname, '__name__': '__main__', '__package__': None, '__cached__': None}
        t.runctx(code, globs, globs)
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass

    results = t.results()
    if not opts.no_report:
        results.write_results(opts.missing, opts.summary, opts.coverdir)


if __name__ == '__main__':
    main()
