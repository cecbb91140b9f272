#!/usr/bin/env python3
"""Writes the standard-library coverage table in docs/STDLIB.md.

For each module of CPython 3.12's standard library (its `sys.stdlib_module_names`) the table says where
Ginger gets it from:
  native    built into the interpreter (C++, `sys.builtin_module_names`)
  own       Ginger's own Python module in lib/, frozen into the binary
  CPython's not shipped by Ginger, but CPython's pure-Python module imports with GINGER_STDLIB set
  missing   not importable under Ginger even with GINGER_STDLIB (the reason is the error's last line)
and, when CPython has a test file for it that docs/CONFORMANCE.md reports on, that file's counts.

    tools/stdlib_coverage.py [--write]     # prints the table, or rewrites it in docs/STDLIB.md

Needs CPython 3.12 (found with pyenv) only to list the module names and to locate its library.
"""

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "STDLIB.md"
BEGIN, END = "<!-- BEGIN TABLE -->", "<!-- END TABLE -->"


def cpython_prefix():
    return subprocess.run(["pyenv", "prefix", "3.12.1"], capture_output=True, text=True, check=True).stdout.strip()


def stdlib_names(python):
    out = subprocess.run([python, "-c", "import sys; print('\\n'.join(sorted(sys.stdlib_module_names)))"],
                         capture_output=True, text=True, check=True).stdout
    return out.split()


def conformance_counts():
    """test file name -> 'passed/run' (or the status) from docs/CONFORMANCE.md's table."""
    counts = {}
    for line in (ROOT / "docs" / "CONFORMANCE.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 8 and cells[0].startswith("test_"):
            run, passed, status = cells[2], cells[3], cells[7]
            counts[cells[0]] = f"{passed}/{run}" if status == "ran" else status.split(":")[0]
    return counts


def import_status(ginger, stdlib, name):
    """(where, detail) for one module under Ginger with CPython's library after its own."""
    code = ("import sys, importlib\n"
            f"m = importlib.import_module({name!r})\n"
            "f = getattr(m, '__file__', None) or ''\n"
            "print('CPYTHON' if f.startswith(sys.argv[1]) else 'GINGER')\n")
    env = dict(os.environ, GINGER_STDLIB=stdlib)
    try:
        proc = subprocess.run([ginger, "-B", "-c", code, stdlib], capture_output=True, text=True,
                              timeout=30, env=env, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return "missing", "import timed out"
    if proc.returncode == 0:
        return ("CPython's", "") if "CPYTHON" in proc.stdout else ("own", "")
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    return "missing", lines[-1] if lines else f"exit status {proc.returncode}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ginger", default=str(ROOT / "build" / "ginger"))
    parser.add_argument("--write", action="store_true", help="rewrite the table in docs/STDLIB.md")
    args = parser.parse_args()

    prefix = cpython_prefix()
    stdlib = f"{prefix}/lib/python3.12"
    names = stdlib_names(f"{prefix}/bin/python3.12")
    native = set(subprocess.run([args.ginger, "-c", "import sys; print(*sys.builtin_module_names)"],
                                capture_output=True, text=True, check=True).stdout.split())
    counts = conformance_counts()

    rows, totals = [], {}
    for name in names:
        if name in native:
            where, detail = "native", ""
        elif (ROOT / "lib" / f"{name}.py").exists() or (ROOT / "lib" / name / "__init__.py").exists():
            where, detail = "own", ""
        else:
            where, detail = import_status(args.ginger, stdlib, name)
        totals[where] = totals.get(where, 0) + 1
        test = f"test_{name.lstrip('_')}"
        has_test = (Path(stdlib) / "test" / f"{test}.py").exists() or (Path(stdlib) / "test" / test).is_dir()
        tested = f"{test}: {counts[test]}" if test in counts else (test if has_test else "")
        rows.append(f"| {name} | {where} | {tested} | {detail.replace('|', '/')} |")

    table = ["| module | Ginger has it | CPython test file (passed/run under Ginger) | why missing |",
             "|---|---|---|---|", *rows, "",
             "Totals: " + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())) + f" (of {len(names)})."]
    text = "\n".join(table)
    if not args.write:
        print(text)
        return
    doc = DOC.read_text()
    start, end = doc.index(BEGIN) + len(BEGIN), doc.index(END)
    DOC.write_text(doc[:start] + "\n" + text + "\n" + doc[end:])


if __name__ == "__main__":
    sys.exit(main())
