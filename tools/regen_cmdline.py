"""Runs every command line of tests/cmdline/cases.txt under CPython 3.12 and records what it does.

Each case becomes a block in tests/cmdline/cases.exp: the exit status, then stdout, then the last
line of stderr. Run with CPython 3.12 (`make regen` does).
"""
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 12):
    sys.exit("regen_cmdline.py must run under CPython 3.12")

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "cmdline")


def cases():
    with open(os.path.join(HERE, "cases.txt")) as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line


def split(case):
    command, _, stdin = case.partition(" <<< ")
    args = command.split(" ", 1) if command.startswith("-c ") else command.split(" ")
    if command.startswith("-c ") or " -c " in command:
        head, code = command.split("-c ", 1)
        code_parts = code.split(" ")
        # Trailing words after the code are sys.argv entries only in the argv case.
        if code.startswith("import sys; print(sys.argv)"):
            args = [a for a in head.split(" ") if a] + ["-c", "import sys; print(sys.argv)"] + code_parts[3:]
        else:
            args = [a for a in head.split(" ") if a] + ["-c", code]
    # In stdin text, "\n" stands for a line break.
    return args, (stdin.replace("\\n", "\n") + "\n") if stdin else ""


def main():
    out = []
    for case in cases():
        args, stdin = split(case)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        env.pop("PYTHONUNBUFFERED", None)  # the cases choose their buffering (-u)
        run = subprocess.run([sys.executable] + args, input=stdin, capture_output=True, text=True, cwd="/tmp", env=env)
        stderr_lines = [l for l in run.stderr.splitlines() if l.strip()]
        last = stderr_lines[-1] if stderr_lines else ""
        # The interpreter's own name differs: drop a leading "<path of the interpreter>: ".
        if last.startswith(sys.executable + ": "):
            last = last[len(sys.executable) + 2:]
        out.append(f"=== {case}\nstatus {run.returncode}\n{run.stdout}--- stderr\n{last}\n")
    with open(os.path.join(HERE, "cases.exp"), "w") as f:
        f.write("".join(out))


main()
