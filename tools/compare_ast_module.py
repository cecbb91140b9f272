"""Compares Ginger's ast module with CPython 3.12's on every .py file of CPython's standard library.

For each file, both interpreters print ast.dump(ast.parse(src), include_attributes=True, indent=1) and
ast.unparse(ast.parse(src)); Ginger also compiles the tree with compile(tree, path, 'exec'). Files CPython
cannot parse (deliberately broken test data) are skipped. The library directory is only read.

    $(pyenv prefix 3.12.1)/bin/python3.12 tools/compare_ast_module.py [--ginger build/ginger] [--batch 40]
        [--show N] [--filter SUBSTRING] [--no-site-packages]

Prints one line per mismatching file (which parts differ, with the first differing line) and the counts.
"""
import argparse
import ast
import os
import subprocess
import sys
import sysconfig

if sys.version_info[:2] != (3, 12):
    sys.exit("compare_ast_module.py must run under CPython 3.12")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Runs inside Ginger: reads one path per line on stdin and answers each with a header line
# "=== <status> <dump length> <unparse length>" followed by the two texts. Status is "ok", "nocompile <error>"
# (dump and unparse done, compile() of the tree failed) or "error <exception>" (no texts).
WORKER = r'''
import ast, sys
out = sys.stdout
for path in sys.stdin.read().split("\n"):
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            source = f.read()
        tree = ast.parse(source, path)
        dumped = ast.dump(tree, include_attributes=True, indent=1)
        unparsed = ast.unparse(tree)
    except BaseException as error:
        message = f"{type(error).__name__}: {error}".replace("\n", " ")
        out.write(f"=== error 0 0 {message}\n")
        continue
    status = "ok"
    try:
        compile(tree, path, "exec")
    except BaseException as error:
        status = "nocompile " + f"{type(error).__name__}: {error}".replace("\n", " ")
    out.write(f"=== {len(dumped)} {len(unparsed)} {status}\n")
    out.write(dumped)
    out.write(unparsed)
out.flush()
'''


def cpython_texts(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except (SyntaxError, ValueError, UnicodeDecodeError):
        return None
    return ast.dump(tree, include_attributes=True, indent=1), ast.unparse(tree)


def parse_worker_output(text, count):
    # Returns a list of (status, dump, unparse) for as many files as the output covers.
    results = []
    position = 0
    while len(results) < count and text.startswith("=== ", position):
        end = text.find("\n", position)
        if end < 0:
            break
        header = text[position + 4:end].split(" ", 3)
        position = end + 1
        if header[0] == "error":
            results.append(("error " + header[3], None, None))
            continue
        dump_length, unparse_length, status = int(header[0]), int(header[1]), " ".join(header[2:])
        dumped = text[position:position + dump_length]
        position += dump_length
        unparsed = text[position:position + unparse_length]
        position += unparse_length
        results.append((status, dumped, unparsed))
    return results


def run_ginger(ginger, paths, timeout):
    try:
        run = subprocess.run([ginger, "-B", "-c", WORKER], input="\n".join(paths) + "\n", capture_output=True,
                             text=True, encoding="utf-8", errors="surrogateescape", timeout=timeout)
    except subprocess.TimeoutExpired as error:
        stdout = error.stdout or b""
        if isinstance(stdout, bytes):
            stdout = stdout.decode("utf-8", "surrogateescape")
        return parse_worker_output(stdout, len(paths)), "timeout"
    problem = None if run.returncode == 0 else f"exit status {run.returncode}: {run.stderr.strip()[-300:]}"
    return parse_worker_output(run.stdout, len(paths)), problem


def first_difference(expected, actual):
    expected_lines = expected.split("\n")
    actual_lines = actual.split("\n")
    for number, (a, b) in enumerate(zip(expected_lines, actual_lines), 1):
        if a != b:
            return f"line {number}: expected {a.strip()[:100]!r}, got {b.strip()[:100]!r}"
    return f"expected {len(expected_lines)} lines, got {len(actual_lines)}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ginger", default=os.path.join(ROOT, "build", "ginger"))
    parser.add_argument("--batch", type=int, default=40, help="files per Ginger process")
    parser.add_argument("--show", type=int, default=50, help="mismatches to describe (default 50)")
    parser.add_argument("--filter", default="", help="only paths containing this")
    parser.add_argument("--no-site-packages", action="store_true")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per batch")
    args = parser.parse_args()

    library = sysconfig.get_paths()["stdlib"]
    paths = []
    for directory, subdirectories, files in os.walk(library):
        subdirectories.sort()
        if args.no_site_packages and "site-packages" in subdirectories:
            subdirectories.remove("site-packages")
        for name in sorted(files):
            path = os.path.join(directory, name)
            if name.endswith(".py") and args.filter in path:
                paths.append(path)

    counts = {"dump match": 0, "dump mismatch": 0, "unparse match": 0, "unparse mismatch": 0,
              "ginger error": 0, "compile ok": 0, "compile failed": 0, "skipped": 0}
    shown = 0

    def report(path, message):
        nonlocal shown
        if shown < args.show:
            print(f"{os.path.relpath(path, library)}: {message}", flush=True)
        shown += 1

    for start in range(0, len(paths), args.batch):
        batch = []
        expected = {}
        for path in paths[start:start + args.batch]:
            texts = cpython_texts(path)
            if texts is None:
                counts["skipped"] += 1
            else:
                batch.append(path)
                expected[path] = texts
        if not batch:
            continue
        results, problem = run_ginger(args.ginger, batch, args.timeout)
        if problem and len(results) < len(batch):
            # Rerun the rest one file at a time to find the one that brings Ginger down.
            for path in batch[len(results):]:
                single, single_problem = run_ginger(args.ginger, [path], args.timeout)
                results.append(single[0] if single else ("error " + str(single_problem), None, None))
        for path, (status, dumped, unparsed) in zip(batch, results):
            if status.startswith("error"):
                counts["ginger error"] += 1
                report(path, status)
                continue
            expected_dump, expected_unparse = expected[path]
            problems = []
            if dumped == expected_dump:
                counts["dump match"] += 1
            else:
                counts["dump mismatch"] += 1
                problems.append("dump " + first_difference(expected_dump, dumped))
            if unparsed == expected_unparse:
                counts["unparse match"] += 1
            else:
                counts["unparse mismatch"] += 1
                problems.append("unparse " + first_difference(expected_unparse, unparsed))
            if status == "ok":
                counts["compile ok"] += 1
            else:
                counts["compile failed"] += 1
                problems.append(status)
            if problems:
                report(path, "; ".join(problems))
        print(f"... {min(start + args.batch, len(paths))}/{len(paths)} files", file=sys.stderr, flush=True)

    print(f"{len(paths)} files under {library}")
    for name, count in counts.items():
        print(f"  {name}: {count}")


main()
