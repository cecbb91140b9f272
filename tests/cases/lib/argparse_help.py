# Help and usage formatting: wrapping, groups, mutually exclusive groups, subcommands, metavars,
# the formatter classes, %(default)s and %(prog)s, version.
import argparse
import io
import os
import sys

os.environ["COLUMNS"] = "80"

p = argparse.ArgumentParser(prog="frobnicate", description="Frobnicate the widgets. " * 5,
                            epilog="See the manual for %(prog)s.")
p.add_argument("source", help="where to read from")
p.add_argument("dest", nargs="?", default="-", help="where to write (default: %(default)s)")
p.add_argument("extras", nargs="*", metavar="EXTRA")
p.add_argument("-n", "--count", type=int, default=3, help="how many times; the text of this help is long enough to wrap onto several lines")
p.add_argument("--mode", choices=["fast", "slow"], help="one of %(choices)s")
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
p.add_argument("--many", nargs="+")
p.add_argument("--some", nargs="*")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--a-really-long-option-name-that-pushes-help", help="help goes on the next line")
p.add_argument("--required-opt", required=True)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
group = p.add_argument_group("tuning", "Options that tune the frobnication.")
group.add_argument("--level", type=int, metavar="L")
group.add_argument("--dry-run", action="store_true")
mx = p.add_mutually_exclusive_group()
mx.add_argument("--quiet", action="store_true")
mx.add_argument("--loud", action="store_true")
p.add_argument("--bool", action=argparse.BooleanOptionalAction, help="a boolean")
print(p.format_usage())
print(p.format_help())
out = io.StringIO()
sys.stdout = out
try:
    p.parse_args(["--version"])
except SystemExit as e:
    code = e.code
finally:
    sys.stdout = sys.__stdout__
print(repr(out.getvalue()), code)

print("--- required mutually exclusive, subcommands")
q = argparse.ArgumentParser(prog="git")
req = q.add_mutually_exclusive_group(required=True)
req.add_argument("--one", action="store_true")
req.add_argument("--two", metavar="T")
subs = q.add_subparsers(title="commands", description="the commands", dest="command", help="what to do")
c = subs.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message")
subs.add_parser("push", help="send changes")
subs.add_parser("silent")
print(q.format_help())
print(c.format_help())

print("--- formatter classes")
for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    f = argparse.ArgumentParser(prog="fmt", formatter_class=cls, description="first line\n   indented line\n\nafter blank")
    f.add_argument("--x", type=int, default=1, help="x value\n  keeps lines")
    f.add_argument("y", type=str, nargs="?", default="why", help="the y")
    print(f.format_help())

print("--- narrow and long usage")
os.environ["COLUMNS"] = "40"
n = argparse.ArgumentParser(prog="a_program_with_a_rather_long_name_indeed")
for name in ("alpha", "beta", "gamma", "delta"):
    n.add_argument("--" + name, help="the %s option" % name)
n.add_argument("files", nargs="+")
n.add_argument("out")
print(n.format_help())
os.environ["COLUMNS"] = "80"
u = argparse.ArgumentParser(prog="custom", usage="%(prog)s [options] FILE", add_help=False)
u.add_argument("FILE")
print(u.format_help())
e = argparse.ArgumentParser(prog="empty", add_help=False)
print(repr(e.format_help()))
