#!/usr/bin/env python3
"""Runs CPython 3.12's own test files under Ginger and writes the table in docs/CONFORMANCE.md.

Each file runs in its own Ginger process (tools/conformance_runner.py) with GINGER_STDLIB set to CPython's
standard library, so that `unittest` and the `test` package come from there; a crash or a timeout only loses
that file. Nothing from CPython's directory is copied into the project.

    tools/run_cpython_tests.py                  # the files listed in FILES below, table to stdout
    tools/run_cpython_tests.py test_grammar     # some files
    tools/run_cpython_tests.py --write          # all of FILES, and rewrite the table in docs/CONFORMANCE.md
    tools/run_cpython_tests.py --details DIR    # also write DIR/<file>.txt: the tests that did not pass, with reasons
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNNER = ROOT / "tools" / "conformance_runner.py"
DOC = ROOT / "docs" / "CONFORMANCE.md"
BEGIN, END = "<!-- BEGIN TABLE -->", "<!-- END TABLE -->"

# The test files the issues name: the language (B), the built-in types (C), imports and the inside (D) and
# the standard library (E).
FILES = {
    "language": "test_grammar test_scope test_class test_descr test_super test_generators test_coroutines "
                "test_exceptions test_raise test_with test_patma test_unpack_ex test_keywordonlyarg "
                "test_positional_only_arg test_fstring test_named_expressions test_decorators test_listcomps "
                "test_setcomps test_dictcomps test_genexps test_string_literals test_exception_group "
                "test_except_star test_type_params test_type_aliases test_future_stmt test_type_annotations "
                "test_type_comments test_syntax",
    "builtins": "test_int test_long test_float test_complex test_bool test_unicode test_bytes test_list test_tuple "
                "test_dict test_set test_range test_slice test_enumerate test_sort test_builtin test_format "
                "test_unicode_identifiers test_memoryview test_userlist test_index test_iter",
    # The interpreter as a program: its command line, the collector, finalization, sys and the I/O stack.
    "runtime": "test_gc test_finalization test_atexit test_sys test_cmd_line test_cmd_line_script test_io "
               "test_fileio test_codecs test_univnewlines",
    "inside": "test_import test_py_compile test_compileall test_marshal test_dis test_sys_settrace test_trace "
              "test_sys_setprofile test_bdb test_pdb",
    "library": "test_os test_math test_random test_itertools test_functools test_collections test_re test_json "
               "test_datetime test_dataclasses test_enum test_typing test_unittest",
    # Modules Ginger ships as its own (lib/ or native), tested with CPython's test files.
    "own library": "test_contextlib test_contextlib_async test_warnings test_pprint test_difflib test_base64 "
                   "test_calendar test_csv test_gettext test_strptime test_hashlib test_hmac test_zlib test_gzip "
                   "test_zipfile test_fractions test_statistics test_pickle test_argparse test_logging "
                   "test_threading test_queue test_timeit test_tokenize test_shutil test_tempfile test_glob "
                   "test_fnmatch test_shlex test_getopt test_array test_struct test_binascii test_memoryio "
                   "test_secrets test_platform test_uuid test_copy test_textwrap test_heapq test_bisect "
                   "test_operator test_abc test_types test_weakref test_string test_keyword test_copyreg "
                   "test_stat test_reprlib test_abstract_numbers test_posix test_pwd test_grp test_fcntl "
                   "test_resource test_locale test_decimal test_pathlib test_subprocess test_selectors "
                   "test__locale test_symtable test_deque test_defaultdict test_context test_thread "
                   "test_threading_local test_threadsignals test_socketserver test_dictviews test_posixpath",
}


def cpython_stdlib():
    prefix = subprocess.run(["pyenv", "prefix", "3.12.1"], capture_output=True, text=True).stdout.strip()
    return os.path.join(prefix, "lib", "python3.12")


def run_one(ginger, stdlib, name, timeout):
    env = dict(os.environ, GINGER_STDLIB=stdlib, PYTHONHASHSEED="0", LC_ALL="C.UTF-8")
    env.pop("PYTHONPATH", None)
    start = time.monotonic()
    # Each file runs in an empty directory of its own: test files create files by fixed names there (TESTFN,
    # 'xx'), and what another run left behind must not change the result.
    with tempfile.TemporaryDirectory(prefix="ginger-conf-") as workdir, \
            subprocess.Popen([ginger, "-B", str(RUNNER), "test." + name], cwd=workdir, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL) as process:
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            return {"status": f"timeout after {timeout} s"}, out.decode(errors="replace"), time.monotonic() - start
    out = out.decode(errors="replace")
    elapsed = time.monotonic() - start
    lines = out.strip().splitlines()
    last = lines[-1] if lines else ""
    match = re.match(r"CONFORMANCE run=(\d+) passed=(\d+) failures=(\d+) errors=(\d+) skipped=(\d+) xfail=(\d+) xpass=(\d+)", last)
    if match:
        keys = ("run", "passed", "failures", "errors", "skipped", "xfail", "xpass")
        row = dict(zip(keys, map(int, match.groups())))
        row["status"] = "ran"
        return row, out, elapsed
    if last.startswith("CONFORMANCE "):
        return {"status": last[len("CONFORMANCE "):]}, out, elapsed
    tail = [line for line in err.decode(errors="replace").strip().splitlines() if line.strip()]
    reason = tail[-1] if tail else f"exit status {process.returncode}"
    return {"status": f"died ({process.returncode}): {reason[:120]}"}, out, elapsed


def table(rows):
    out = ["| file | area | run | passed | failed | errors | skipped | status |", "|---|---|---:|---:|---:|---:|---:|---|"]
    for name, area, row in rows:
        if row["status"] == "ran":
            out.append(f"| {name} | {area} | {row['run']} | {row['passed']} | {row['failures']} | {row['errors']} | "
                       f"{row['skipped']} | ran |")
        else:
            status = row["status"].replace("|", "\\|")
            out.append(f"| {name} | {area} | – | – | – | – | – | {status} |")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*")
    parser.add_argument("--ginger", default=str(ROOT / "build" / "ginger"))
    parser.add_argument("--timeout", type=int, default=300)
    parser.add_argument("--write", action="store_true", help="rewrite the table in docs/CONFORMANCE.md")
    parser.add_argument("--details", help="directory for per-file lists of the tests that did not pass")
    args = parser.parse_args()
    stdlib = cpython_stdlib()
    areas = {name: area for area, names in FILES.items() for name in names.split()}
    names = args.names or list(areas)
    rows = []
    for name in names:
        row, out, elapsed = run_one(args.ginger, stdlib, name, args.timeout)
        rows.append((name, areas.get(name, "other"), row))
        print(f"{name:32} {elapsed:6.1f}s  {row}", file=sys.stderr)
        if args.details:
            os.makedirs(args.details, exist_ok=True)
            Path(args.details, name + ".txt").write_text(out)
    text = table(rows)
    print(text)
    if args.write:
        doc = DOC.read_text()
        start, end = doc.index(BEGIN) + len(BEGIN), doc.index(END)
        if args.names:
            # Only the files named: their rows are replaced (or added) in the table as it stands.
            lines = doc[start:end].strip().splitlines()
            new_rows = {line.split("|")[1].strip(): line for line in text.splitlines()[2:]}
            kept = []
            for line in lines:
                name = line.split("|")[1].strip() if line.startswith("| test_") else None
                kept.append(new_rows.pop(name) if name in new_rows else line)
            text = "\n".join(kept + list(new_rows.values()))
        DOC.write_text(doc[:start] + "\n" + text + "\n" + doc[end:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
