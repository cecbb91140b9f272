# argparse's error messages (printed on stderr with the usage, exit status 2), exit_on_error=False,
# and the ValueError/TypeError of bad add_argument calls.
import argparse
import io
import os
import sys

os.environ["COLUMNS"] = "80"


def make(**kwargs):
    p = argparse.ArgumentParser(prog="prog", **kwargs)
    p.add_argument("pos", type=int)
    p.add_argument("--choice", choices=["a", "b"])
    p.add_argument("--two", nargs=2)
    p.add_argument("--one")
    p.add_argument("--flag", action="store_true")
    p.add_argument("--req", required=False)
    p.add_argument("--optional", nargs="?")
    p.add_argument("--plus", nargs="+")
    p.add_argument("--float", type=float)
    p.add_argument("--custom", type=custom)
    g = p.add_mutually_exclusive_group()
    g.add_argument("--x", action="store_true")
    g.add_argument("--y", action="store_true")
    p.add_argument("--verbose")
    p.add_argument("--version-thing")
    return p


def custom(text):
    if text != "ok":
        raise argparse.ArgumentTypeError("custom says no to %r" % text)
    return text


def attempt(argv, **kwargs):
    p = make(**kwargs)
    err = io.StringIO()
    sys.stderr = err
    try:
        result = p.parse_args(argv)
    except SystemExit as e:
        sys.stderr = sys.__stderr__
        print("exit", e.code)
        print(err.getvalue(), end="")
    except argparse.ArgumentError as e:
        sys.stderr = sys.__stderr__
        print("ArgumentError:", e, "|", e.argument_name, "|", e.message)
    else:
        sys.stderr = sys.__stderr__
        print(result)


attempt([])
attempt(["notanint"])
attempt(["1", "--choice", "c"])
attempt(["1", "--two", "x"])
attempt(["1", "--one"])
attempt(["1", "--plus"])
attempt(["1", "--flag=yes"])
attempt(["1", "--float", "abc"])
attempt(["1", "--custom", "bad"])
attempt(["1", "--x", "--y"])
attempt(["1", "--ver", "v"])
attempt(["1", "2", "3"])
attempt(["1", "--unknown"])
attempt(["1", "--choice", "c"], exit_on_error=False)
attempt(["zz"], exit_on_error=False)

print("--- required")
r = argparse.ArgumentParser(prog="r")
r.add_argument("a")
r.add_argument("b", nargs="+")
r.add_argument("--must", required=True)
g = r.add_mutually_exclusive_group(required=True)
g.add_argument("--p", action="store_true")
g.add_argument("--q", action="store_true")
for argv in ([], ["1", "2", "--must", "m"]):
    err = io.StringIO()
    sys.stderr = err
    try:
        r.parse_args(argv)
    except SystemExit as e:
        sys.stderr = sys.__stderr__
        print("exit", e.code, err.getvalue().splitlines()[-1])

print("--- subparser errors")
s = argparse.ArgumentParser(prog="s")
sub = s.add_subparsers(dest="cmd")
sub.add_parser("go")
err = io.StringIO()
sys.stderr = err
try:
    s.parse_args(["stop"])
except SystemExit as e:
    sys.stderr = sys.__stderr__
    print("exit", e.code, err.getvalue().splitlines()[-1])
try:
    sub.add_parser("go")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)

print("--- bad definitions")
p = argparse.ArgumentParser()


def bad(*args, **kwargs):
    try:
        p.add_argument(*args, **kwargs)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ":", e)


bad("--s", nargs=0)
bad("--s", const=1)
bad("--s", action="bogus")
bad("--s", type="int")
bad("--s", type=argparse.FileType)
bad("x", required=True)
bad("x", dest="y")
bad("--s", nargs=2, metavar=("A",))
bad("-h")
bad("s", "t")
bad("-", )
bad("--s", nargs="x")
p2 = argparse.ArgumentParser(conflict_handler="resolve")
p2.add_argument("-h", "--hello", action="store_true")
print(p2.parse_args(["-h"]))
try:
    argparse.ArgumentParser(conflict_handler="nope")
except ValueError as e:
    print("ValueError:", e)
p3 = argparse.ArgumentParser()
p3.add_subparsers()
err = io.StringIO()
sys.stderr = err
try:
    p3.add_subparsers()
except SystemExit as e:
    sys.stderr = sys.__stderr__
    print("exit", e.code, err.getvalue().splitlines()[-1])
