"""Compares Ginger's parser with CPython 3.12's on every .py file of a directory tree.

For each file, CPython's `ast.dump(ast.parse(source), include_attributes=True)` is compared with what
Ginger's parser prints (through its _ginger_ast module). Files CPython cannot parse are skipped.
Run with CPython 3.12:
    $(pyenv prefix 3.12.1)/bin/python3.12 tools/compare_ast.py [--ginger build/ginger] [DIR]
DIR defaults to CPython's own standard library. Prints the counts and the first differences.
"""
import argparse
import ast
import os
import subprocess
import sys
import sysconfig

SCRIPT = r'''
import sys, _ginger_ast
for path in sys.argv[1:]:
    try:
        text = _ginger_ast.dump_file(path, True)
    except Exception as e:
        text = "ERROR " + type(e).__name__ + ": " + str(e)
    sys.stdout.write(text + "\0")
'''


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ginger", default=os.path.join(os.path.dirname(__file__), "..", "build", "ginger"))
    parser.add_argument("directory", nargs="?", default=sysconfig.get_paths()["stdlib"])
    parser.add_argument("--show", type=int, default=5, help="differences to show")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 12):
        sys.exit("compare_ast.py must run under CPython 3.12")

    files = []
    for root, dirs, names in os.walk(args.directory):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "site-packages"))
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    expected = {}
    for path in files:
        try:
            with open(path, encoding="utf-8") as f:
                expected[path] = ast.dump(ast.parse(f.read()), include_attributes=True)
        except (SyntaxError, UnicodeDecodeError, ValueError):
            pass
    paths = list(expected)
    same, different = 0, []
    for start in range(0, len(paths), 100):
        batch = paths[start:start + 100]
        run = subprocess.run([args.ginger, "-B", "-c", SCRIPT] + batch, capture_output=True, text=True)
        lines = run.stdout.split("\0")
        for i, path in enumerate(batch):
            got = lines[i] if i < len(lines) else "(no output: " + run.stderr[-200:] + ")"
            if got == expected[path]:
                same += 1
            else:
                different.append((path, got))
    print(f"{same} of {len(paths)} files give the same ast.dump() as CPython 3.12 "
          f"({len(files) - len(paths)} files CPython cannot parse were skipped)")
    for path, got in different[: args.show]:
        want = expected[path]
        at = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
        print(f"- {os.path.relpath(path, args.directory)}: differs at character {at}:")
        print(f"    ginger:  {got[max(0, at - 60):at + 60]!r}")
        print(f"    cpython: {want[max(0, at - 60):at + 60]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
