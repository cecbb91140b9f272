# Runs the interpreter running this case (sys.executable) with a command line and an environment of its own,
# and prints what a user sees: the exit status, stdout and the last line of stderr (with the interpreter's
# path, which differs between CPython and Ginger, left out).
import os
import subprocess
import sys

# Variables a run must not inherit from the environment the tests run in.
CLEARED = ('PYTHONOPTIMIZE', 'PYTHONDEBUG', 'PYTHONVERBOSE', 'PYTHONDONTWRITEBYTECODE', 'PYTHONSAFEPATH',
           'PYTHONINSPECT', 'PYTHONNOUSERSITE', 'PYTHONDEVMODE', 'PYTHONUTF8', 'PYTHONINTMAXSTRDIGITS',
           'PYTHONHASHSEED', 'PYTHONPATH', 'PYTHONWARNINGS', 'PYTHONPYCACHEPREFIX', 'PYTHONUNBUFFERED')


def run(*args, env=None, cwd=None, stdin=None, show=True, stderr=True):
    environment = {k: v for k, v in os.environ.items() if k not in CLEARED}
    environment.update(env or {})
    result = subprocess.run([sys.executable, *args], capture_output=True, env=environment, cwd=cwd,
                            input=stdin.encode() if isinstance(stdin, str) else stdin)
    out = result.stdout.decode('utf-8', 'backslashreplace')
    lines = [line for line in result.stderr.decode('utf-8', 'backslashreplace').splitlines() if line.strip()]
    last = lines[-1].replace(sys.executable, 'PYTHON') if lines else ''
    if cwd:
        # Temporary directories have a new name on each run.
        out = out.replace(cwd, 'CWD')
        last = last.replace(cwd, 'CWD')
        args = [a if isinstance(a, bytes) else a.replace(cwd, 'CWD') for a in args]
    if show:
        shown = [ascii(a) if isinstance(a, bytes) else a if len(a) < 40 else a[:37] + '...' for a in args]
        print('$', ' '.join(f'{k}={v}' for k, v in (env or {}).items()), *shown)
        print('status', result.returncode)
        print(out, end='' if out.endswith('\n') or not out else '\n')
        print('stderr:', last if stderr else '(not compared)')
    return result
