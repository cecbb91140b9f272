#!/usr/bin/env python3
"""Runs the benchmarks in bench/ under Ginger and CPython 3.12 side by side.

Each program runs as `INTERPRETER -B NAME.py` in bench/ (stdin /dev/null, PYTHONHASHSEED=0), alternating between the
two interpreters --runs times. The CPU time (user + sys) of each child comes from os.wait4. Its peak RSS comes from
GNU time (/usr/bin/time) when that is installed: a child forked from this runner inherits the runner's own RSS as
its high-water mark, which would make wait4's ru_maxrss useless for small programs. Without GNU time, wait4's figure
is used and the runner's own footprint (~10-15 MB) is a floor under every RSS number.

The table shows the medians and the ratios Ginger/CPython, plus their geometric means. Outputs must be identical:
a benchmark whose Ginger output (or exit status) differs from CPython's is reported as failing and left out of the
means, and the exit status is 1.

    python3 bench/run.py [--runs N] [--ginger PATH] [--python PATH] [--markdown] [NAME ...]

Works under any Python 3.9+ (it only launches the two interpreters).
"""

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)


def default_python():
    try:
        prefix = subprocess.run(["pyenv", "prefix", "3.12.1"], capture_output=True, text=True, check=True).stdout
        candidate = os.path.join(prefix.strip(), "bin", "python3.12")
        if os.path.exists(candidate):
            return candidate
    except (OSError, subprocess.CalledProcessError):
        pass
    return shutil.which("python3.12") or "python3.12"


def find_gnu_time():
    path = shutil.which("time")
    if not path:
        return None
    try:
        version = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return path if "GNU" in version.stdout + version.stderr else None


GNU_TIME = find_gnu_time()


def find_benchmarks(names):
    available = sorted(f[:-3] for f in os.listdir(BENCH_DIR)
                       if f.endswith(".py") and f != "run.py" and not f.startswith("_"))
    if not names:
        return available
    names = [n[:-3] if n.endswith(".py") else n for n in names]
    unknown = [n for n in names if n not in available]
    if unknown:
        sys.exit("unknown benchmark(s): %s (available: %s)" % (", ".join(unknown), ", ".join(available)))
    return names


class Result:
    def __init__(self, cpu, max_rss_kb, status, stdout, stderr):
        self.cpu = cpu
        self.max_rss_kb = max_rss_kb
        self.status = status
        self.stdout = stdout
        self.stderr = stderr


def read_rss_kb(path):
    try:
        with open(path) as f:
            words = f.read().split()
        return int(words[-1])
    except (OSError, ValueError, IndexError):
        return None


def run_once(interpreter, name, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0")
    # Both interpreters run with their default buffering (PYTHONUNBUFFERED, set in some environments, makes
    # every print a write(2); Ginger honours it too now).
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONINSPECT", "PYTHONUNBUFFERED"):
        env.pop(var, None)
    command = [interpreter, "-B", name + ".py"]
    rss_file = None
    if GNU_TIME:
        fd, rss_file = tempfile.mkstemp(prefix="ginger-bench-rss.")
        os.close(fd)
        command = [GNU_TIME, "-f", "%M", "-o", rss_file] + command
    try:
        return run_command(command, env, timeout, rss_file)
    finally:
        if rss_file:
            os.unlink(rss_file)


def run_command(command, env, timeout, rss_file):
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, open(os.devnull, "rb") as devnull:
        proc = subprocess.Popen(command, cwd=BENCH_DIR, stdin=devnull, stdout=out, stderr=err, env=env)
        # wait4 reaps the child and returns its own usage plus that of its reaped descendants, so with GNU time in
        # between it still measures the interpreter (plus GNU time's negligible CPU).
        deadline = time.monotonic() + timeout  # the clock only enforces the timeout; it is not the measurement
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                status = None
                break
            time.sleep(0.005)
        proc.returncode = 0  # reaped above; keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        exit_code = os.waitstatus_to_exitcode(status) if status is not None else "timeout"
        max_rss_kb = (read_rss_kb(rss_file) if rss_file else None) or usage.ru_maxrss
        return Result(usage.ru_utime + usage.ru_stime, max_rss_kb, exit_code, out.read(), err.read())


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def format_table(rows, markdown):
    headers = ["benchmark", "CPython s", "Ginger s", "time ratio", "CPython MB", "Ginger MB", "RSS ratio"]
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(["---"] + ["---:"] * 6) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max([len(headers[i])] + [len(row[i]) for row in rows]) for i in range(len(headers))]

    def line(cells):
        return "  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(cells))

    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(row) for row in rows])


def main():
    parser = argparse.ArgumentParser(description="Benchmark Ginger against CPython 3.12.")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all in bench/)")
    parser.add_argument("--runs", type=int, default=3, help="runs per interpreter and benchmark (default 3)")
    parser.add_argument("--ginger", default=os.path.join(REPO_ROOT, "build", "ginger"), help="default build/ginger")
    parser.add_argument("--python", default=None, help="CPython 3.12 (default: `pyenv prefix 3.12.1`/bin/python3.12)")
    parser.add_argument("--markdown", action="store_true", help="print a markdown table (for docs/PERFORMANCE.md)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per run before it is killed")
    options = parser.parse_args()
    if options.runs < 1:
        parser.error("--runs must be at least 1")
    ginger = os.path.abspath(options.ginger) if os.sep in options.ginger else options.ginger
    python = options.python or default_python()
    for label, path in (("Ginger", ginger), ("CPython", python)):
        if not (os.path.exists(path) or shutil.which(path)):
            sys.exit("%s interpreter not found: %s" % (label, path))

    rows = []
    time_ratios = []
    rss_ratios = []
    failures = []
    for name in find_benchmarks(options.names):
        results = {"cpython": [], "ginger": []}
        for _ in range(options.runs):
            results["cpython"].append(run_once(python, name, options.timeout))
            results["ginger"].append(run_once(ginger, name, options.timeout))
        reference = results["cpython"][0]
        if reference.status != 0 or any(r.stdout != reference.stdout for r in results["cpython"]):
            sys.exit("CPython fails or is not deterministic on %s:\n%s"
                     % (name, reference.stderr.decode(errors="replace")))
        cpu_cpython = statistics.median(r.cpu for r in results["cpython"])
        rss_cpython = statistics.median(r.max_rss_kb for r in results["cpython"]) / 1024
        bad = [r for r in results["ginger"] if r.status != 0 or r.stdout != reference.stdout]
        if bad:
            r = bad[0]
            why = "exit status %s" % r.status if r.status != 0 else "output differs from CPython's"
            failures.append((name, why, r.stderr.decode(errors="replace").strip().splitlines()[-3:]))
            rows.append([name, "%.2f" % cpu_cpython, "FAIL", "-", "%.1f" % rss_cpython, "-", "-"])
            continue
        cpu_ginger = statistics.median(r.cpu for r in results["ginger"])
        rss_ginger = statistics.median(r.max_rss_kb for r in results["ginger"]) / 1024
        time_ratio = cpu_ginger / cpu_cpython if cpu_cpython > 0 else float("nan")
        rss_ratio = rss_ginger / rss_cpython if rss_cpython > 0 else float("nan")
        time_ratios.append(time_ratio)
        rss_ratios.append(rss_ratio)
        rows.append([name, "%.2f" % cpu_cpython, "%.2f" % cpu_ginger, "%.2f" % time_ratio,
                     "%.1f" % rss_cpython, "%.1f" % rss_ginger, "%.2f" % rss_ratio])
        print("  done: %s" % name, file=sys.stderr, flush=True)
    def mean(values):
        return "%.2f" % geometric_mean(values) if values else "-"

    rows.append(["geometric mean", "", "", mean(time_ratios), "", "", mean(rss_ratios)])
    print(format_table(rows, options.markdown))
    if options.markdown:
        print()
        print("CPU time (user+sys) and peak RSS%s, medians of %d runs each; ratios are Ginger/CPython 3.12 "
              "(lower is better)." % ("" if GNU_TIME else " (from wait4, floored by the runner's own RSS)",
                                      options.runs))
    for name, why, tail in failures:
        print("\nFAIL %s: %s" % (name, why))
        for line in tail:
            print("    " + line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
