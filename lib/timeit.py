"""Time small pieces of code (CPython 3.12's timeit).

Library use: Timer(stmt, setup, timer, globals) with timeit(number), repeat(repeat, number) and
autorange(); the timeit() and repeat() shortcuts.

Command line: ginger -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u UNIT] [-h] [--] [statement ...]
  -n/--number N   run the statement N times per measurement (default: the smallest of 1, 2, 5, 10, 20,
                  50, ... that takes at least 0.2 seconds)
  -r/--repeat N   take N measurements (default 5)
  -s/--setup S    a statement run once before timing (may be given several times; default 'pass')
  -p/--process    measure with time.process_time() instead of time.perf_counter()
  -v/--verbose    print the raw timings too; repeat for more digits
  -u/--unit U     show times in nsec, usec, msec or sec
  -h/--help       show this text
  --              the rest of the arguments is the statement, even if it starts with '-'
Each statement argument is one line; quote an argument with leading spaces to indent it.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The timed function: the statement runs `number` times in a loop between two timer calls.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indent every line of src after the first by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times a statement (a string of code or a callable) after running a setup statement once."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            prefix = setup + "\n"
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            init += ", _setup=_setup"
            prefix = ""
            setup = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(prefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = template.format(stmt=stmt, setup=setup, init=init)
        exec(compile(self.src, dummy_src_name, "exec"), global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the current exception's traceback, showing lines of the timed source."""
        try:
            import linecache
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"), dummy_src_name)
        except ImportError:
            pass
        import logging
        text = logging._format_exception(*sys.exc_info())
        (sys.stderr if file is None else file).write(text)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement `number` times (the garbage collector off meanwhile)."""
        it = itertools.repeat(None, number)
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gc_was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken) for the first number in 1, 2, 5, 10, 20, 50, ... taking at least 0.2 s."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


class _OptionError(Exception):
    pass


def _parse(args, short, long):
    """getopt.getopt's parsing and messages, for the options timeit takes."""
    options = []
    args = list(args)
    while args and args[0].startswith("-") and args[0] != "-":
        arg = args.pop(0)
        if arg == "--":
            break
        if arg.startswith("--"):
            name, has_value, value = arg[2:].partition("=")
            matches = [o for o in long if o.rstrip("=").startswith(name)]
            if not matches:
                raise _OptionError("option --%s not recognized" % name)
            if name + "=" in long or name in long:
                matches = [o for o in long if o.rstrip("=") == name]
            elif len(matches) > 1:
                raise _OptionError("option --%s not a unique prefix" % name)
            full = matches[0]
            if full.endswith("="):
                if not has_value:
                    if not args:
                        raise _OptionError("option --%s requires argument" % full[:-1])
                    value = args.pop(0)
                options.append(("--" + full[:-1], value))
            else:
                if has_value:
                    raise _OptionError("option --%s must not have an argument" % full)
                options.append(("--" + full, ""))
            continue
        letters = arg[1:]
        while letters:
            letter, letters = letters[0], letters[1:]
            at = short.find(letter)
            if letter == ":" or at < 0:
                raise _OptionError("option -%s not recognized" % letter)
            if short[at + 1:at + 2] == ":":
                if not letters:
                    if not args:
                        raise _OptionError("option -%s requires argument" % letter)
                    letters = args.pop(0)
                options.append(("-" + letter, letters))
                letters = ""
            else:
                options.append(("-" + letter, ""))
    return options, args


def main(args=None, *, _wrap_timer=None):
    """Run the command line (sys.argv[1:] by default); the result is an exit status (None for success)."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse(args, "n:u:s:r:pvh", ["number=", "setup=", "repeat=", "process", "verbose", "unit=",
                                                   "help"])
    except _OptionError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        if o in ("-s", "--setup"):
            setup.append(a)
        if o in ("-u", "--unit"):
            if a in units:
                time_unit = a
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
        if o in ("-r", "--repeat"):
            repeat = max(int(a), 1)
        if o in ("-p", "--process"):
            timer = time.process_time
        if o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if o in ("-h", "--help"):
            print(__doc__, end=" ")
            return 0
    setup = "\n".join(setup) or "pass"
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                print("{num} loop{s} -> {secs:.{prec}g} secs".format(
                    num=number, s="s" if number != 1 else "", secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        if time_unit is not None:
            unit = time_unit
            scale = units[unit]
        else:
            for unit, scale in sorted(units.items(), key=lambda item: item[1], reverse=True):
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop" % (number, "s" if number != 1 else "", repeat, format_time(best)))
    worst = max(timings)
    if worst >= best * 4:
        try:
            import warnings
        except ImportError:
            warnings = None
        message = ("The test results are likely unreliable. The worst time (%s) was more than four times slower "
                   "than the best time (%s)." % (format_time(worst), format_time(best)))
        if warnings is not None:
            warnings.warn_explicit(message, UserWarning, "", 0)
        else:
            print(":0: UserWarning: " + message, file=sys.stderr)
    return None


if __name__ == "__main__":
    sys.exit(main())
