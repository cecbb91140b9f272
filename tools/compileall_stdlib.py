#!/usr/bin/env python3
"""Checks `ginger -m compileall` against CPython 3.12 on a copy of CPython's standard library.

Copies $(pyenv prefix 3.12.1)/lib/python3.12 (without __pycache__) to a temporary directory, asks CPython 3.12
which .py files compile (compile() of each, in one process), runs `ginger -m compileall -q` on the copy and
compares: every file CPython compiles must compile under Ginger (and get its .pyc), and every file CPython
rejects (the intentionally bad test files) must be reported by Ginger with the same exception type and
message. Prints the counts and the differences; exit status 0 when there are none.

    python3 tools/compileall_stdlib.py [--ginger build/ginger] [--keep]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run by CPython 3.12: one line per .py file that does not compile: path, tab, "Type: message".
CPYTHON_PROBE = r'''
import os, sys
for top, dirs, files in os.walk(sys.argv[1]):
    dirs[:] = sorted(d for d in dirs if d != '__pycache__')
    for name in sorted(files):
        if not name.endswith('.py'):
            continue
        path = os.path.join(top, name)
        try:
            with open(path, 'rb') as f:
                compile(f.read(), path, 'exec', dont_inherit=True)
        except Exception as e:
            message = e.msg if isinstance(e, SyntaxError) else str(e)
            print(path + '\t' + type(e).__name__ + ': ' + message.replace('\n', ' '))
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ginger", default=str(ROOT / "build" / "ginger"))
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy")
    args = parser.parse_args()
    prefix = subprocess.run(["pyenv", "prefix", "3.12.1"], capture_output=True, text=True, check=True).stdout.strip()
    cpython = os.path.join(prefix, "bin", "python3.12")
    stdlib = os.path.join(prefix, "lib", "python3.12")
    tmp = tempfile.mkdtemp(prefix="ginger-compileall-")
    copy = os.path.join(tmp, "lib")
    try:
        shutil.copytree(stdlib, copy, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        probe = subprocess.run([cpython, "-c", CPYTHON_PROBE, copy], capture_output=True, text=True, check=True)
        expected = dict(line.split("\t", 1) for line in probe.stdout.splitlines())
        sources = [os.path.join(top, name) for top, dirs, files in os.walk(copy)
                   if "__pycache__" not in top for name in files if name.endswith(".py")]
        env = dict(os.environ, PYTHONHASHSEED="0")
        env.pop("GINGER_STDLIB", None)
        run = subprocess.run([args.ginger, "-m", "compileall", "-q", copy], capture_output=True, text=True,
                             env=env, cwd=tmp)
        # Each failure: "*** Error compiling 'PATH'..." then the message, whose last line is "Type: message".
        reported = {}
        current = None
        for line in run.stdout.splitlines():
            m = re.match(r"\*\*\* Error compiling '(.*)'\.\.\.$", line)
            if m:
                current = m.group(1)
                reported[current] = ""
            elif current is not None and re.match(r"^(Sorry: )?[A-Za-z_.]*(Error|Exception)\b.*?: ", line):
                reported[current] = line
        missing_pyc = []
        import importlib.util
        for source in sources:
            if source in expected or source in reported:
                continue
            pyc = os.path.join(os.path.dirname(source), "__pycache__",
                               os.path.basename(source)[:-3] + ".ginger-312.pyc")
            if not os.path.exists(pyc):
                missing_pyc.append(source)
        should_compile = [s for s in sources if s not in expected]
        wrongly_rejected = sorted(s for s in reported if s not in expected)
        not_reported = sorted(s for s in expected if s not in reported)
        different = sorted(s for s in expected if s in reported and reported[s] != expected[s])
        same = len([s for s in expected if s in reported and reported[s] == expected[s]])
        rel = lambda p: os.path.relpath(p, copy)
        print(f"files: {len(sources)} .py files in CPython 3.12's library")
        print(f"CPython compiles {len(should_compile)}; Ginger compiles "
              f"{len(should_compile) - len(wrongly_rejected) - len(missing_pyc)} of them "
              f"({len(wrongly_rejected)} rejected, {len(missing_pyc)} without a .pyc)")
        print(f"CPython rejects {len(expected)}; Ginger reports {len(expected) - len(not_reported)} of them, "
              f"{same} with CPython's exception type and message")
        print(f"ginger exit status: {run.returncode} (1 expected: some files do not compile)")
        for title, paths in (("rejected by Ginger only", wrongly_rejected), ("compiled but no .pyc", missing_pyc),
                             ("not reported by Ginger", not_reported)):
            for p in paths:
                print(f"  {title}: {rel(p)} {reported.get(p, '')}")
        for p in different:
            print(f"  different message: {rel(p)}\n      CPython: {expected[p]}\n      Ginger:  {reported[p]}")
        if run.stderr.strip():
            print("ginger stderr:", run.stderr.strip()[:2000])
        ok = not (wrongly_rejected or missing_pyc or not_reported or different) and run.returncode == (1 if expected else 0)
        return 0 if ok else 1
    finally:
        if args.keep:
            print("kept", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
