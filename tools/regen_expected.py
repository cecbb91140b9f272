#!/usr/bin/env python3.12
"""Regenerate the expected results of tests/cases from CPython 3.12.

For every case tests/cases/<area>/<name>.py (files and directories whose name starts with "_" are helper modules and packages, not cases) this
runs `python3.12 -B <name>.py` in the case's directory with PYTHONHASHSEED=0 and stdin from <name>.py.in (or
/dev/null), then writes:

    <name>.py.exp     the exact stdout (always written, possibly empty)
    <name>.py.err     only if the exit status is non-zero: two lines, the status and the last non-blank stderr line
    <name>.py.stderr  only for cases whose name contains "traceback" or ends in "_stderr": the whole stderr

CPython names the main script by its absolute path in tracebacks, so in the .err and .stderr files the case's
directory prefix ("/abs/path/to/tests/cases/<area>/") is removed: `File "traceback_shape.py", line 3, in f`.
tests/run_case.sh strips the same prefix from Ginger's stderr, so Ginger may print either form.
Stale .err/.stderr files are removed. With arguments, only the named cases (files or directories) are regenerated.
Each case is also run a second time with another hash seed: if its stdout changes, it depends on the hash order of
strings, which Ginger does not reproduce, and the case is reported as non-deterministic (exit status 1).

Run it with CPython 3.12 only (`make regen`); the expectations must never come from another version or from Ginger.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
TIMEOUT = 60


def is_case(path: Path) -> bool:
    # Helper modules and packages (a name starting with "_") are imported by cases, not run.
    relative = path.relative_to(CASES) if path.is_relative_to(CASES) else Path(path.name)
    return path.suffix == ".py" and not any(part.startswith("_") for part in relative.parts)


def find_cases(arguments: list[str]) -> list[Path]:
    if not arguments:
        return sorted(p for p in CASES.rglob("*.py") if is_case(p))
    found = []
    for argument in arguments:
        path = Path(argument).resolve()
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.py") if is_case(p)))
        elif is_case(path) and path.exists():
            found.append(path)
        else:
            sys.exit(f"regen_expected: not a test case: {argument}")
    return found


def last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1].rstrip() if lines else ""


def strip_case_dir(text: str, case: Path) -> str:
    """Removes the case's absolute directory from paths, which differ between checkouts."""
    return text.replace(str(case.parent) + os.sep, "")


def run(case: Path, hash_seed: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = hash_seed
    env["LC_ALL"] = "C.UTF-8"
    env["PYTHONUNBUFFERED"] = "1"  # as tests/run_case.sh runs Ginger: stdout and .buffer writes keep their order
    for name in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONINSPECT", "PYTHONUTF8", "PYTHONIOENCODING"):
        env.pop(name, None)
    stdin_path = case.with_name(case.name + ".in")
    with open(stdin_path if stdin_path.exists() else os.devnull, "rb") as stdin:
        return subprocess.run([sys.executable, "-B", case.name], cwd=case.parent, stdin=stdin,
                              capture_output=True, env=env, timeout=TIMEOUT)


def write_or_remove(path: Path, content: bytes | None) -> bool:
    """Writes content (or removes the file if None); returns True if anything changed."""
    old = path.read_bytes() if path.exists() else None
    if content == old:
        return False
    if content is None:
        path.unlink()
    else:
        path.write_bytes(content)
    return True


def main() -> int:
    if sys.version_info[:2] != (3, 12):
        sys.exit(f"regen_expected: must run under CPython 3.12, not {sys.version.split()[0]} ({sys.executable});"
                 " use `make regen`")
    if sys.implementation.name != "cpython":
        sys.exit("regen_expected: must run under CPython")
    parser = argparse.ArgumentParser(description="Regenerate tests/cases expectations from CPython 3.12.")
    parser.add_argument("cases", nargs="*", help="case files or directories (default: all)")
    parser.add_argument("--no-seed-check", action="store_true", help="skip the second run with another hash seed")
    options = parser.parse_args()

    problems = 0
    changed = 0
    cases = find_cases(options.cases)
    for case in cases:
        rel = case.relative_to(CASES) if case.is_relative_to(CASES) else case
        try:
            result = run(case, "0")
        except subprocess.TimeoutExpired:
            print(f"TIMEOUT  {rel}")
            problems += 1
            continue
        stderr = strip_case_dir(result.stderr.decode("utf-8", "replace"), case)
        err = None
        if result.returncode != 0:
            err = f"{result.returncode}\n{last_line(stderr)}\n".encode()
        full_stderr = stderr.encode() if "traceback" in case.stem or case.stem.endswith("_stderr") else None
        touched = write_or_remove(case.with_name(case.name + ".exp"), result.stdout)
        touched |= write_or_remove(case.with_name(case.name + ".err"), err)
        touched |= write_or_remove(case.with_name(case.name + ".stderr"), full_stderr)
        changed += touched
        status = f"exit {result.returncode}" if result.returncode else "ok"
        if result.returncode == 0 and result.stderr:
            # Usually a SyntaxWarning: Ginger need not reproduce warnings, so cases should not produce them.
            status += f"; stderr not empty: {last_line(stderr)}"
        print(f"{'updated' if touched else 'same   '}  {rel}  ({status})")
        if not options.no_seed_check:
            again = run(case, "4242")
            if again.stdout != result.stdout or again.returncode != result.returncode:
                print(f"NONDETERMINISTIC  {rel}: output depends on the hash seed")
                problems += 1
    print(f"{len(cases)} cases, {changed} changed, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
