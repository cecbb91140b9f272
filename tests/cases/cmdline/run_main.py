# What runs as __main__: a directory with __main__.py, `-m module`, `-m package` (its __main__), the errors
# when there is nothing to run, sys.argv[0] and __main__'s __spec__, __file__ and __package__; -i after a
# program; a null byte in a script; stdout that cannot be flushed at exit.
import os
import tempfile
from _run import run

SHOW = '''import sys
print(__name__, __package__, __spec__ and __spec__.name, sys.argv[1:])
print(__file__.replace(sys.path[0], "DIR"), sys.argv[0].replace(sys.path[0], "DIR"))
'''

with tempfile.TemporaryDirectory() as top:
    top = os.path.realpath(top)
    app = os.path.join(top, 'app')
    pkg = os.path.join(top, 'pkg')
    os.mkdir(app)
    os.mkdir(pkg)
    os.mkdir(os.path.join(top, 'empty'))
    os.mkdir(os.path.join(pkg, 'sub'))
    for path, text in (('app/__main__.py', SHOW), ('pkg/__init__.py', ''), ('pkg/__main__.py', SHOW),
                       ('pkg/mod.py', SHOW), ('pkg/sub/__init__.py', ''), ('broken/__init__.py', 'raise ValueError("in the package")'),
                       ('plain.py', SHOW), ('nulls.py', "x = 1\ny = '\0' and more\n")):
        os.makedirs(os.path.dirname(os.path.join(top, path)), exist_ok=True)
        with open(os.path.join(top, path), 'w') as f:
            f.write(text)
    run('app', 'x', 'y', cwd=top)
    run('.', cwd=app)
    run(app, cwd=top)
    run('-P', 'app', cwd=top)
    run('-m', 'pkg', 'z', cwd=top)
    run('-m', 'pkg.mod', cwd=top)
    run('-m', 'pkg.sub', cwd=top)
    run('-m', 'pkg.__main__', cwd=top)
    run('-m', 'pkg.missing', cwd=top)
    run('-m', 'missing.mod', cwd=top)
    run('-m', 'plain.py', cwd=top)
    run('-m', '.pkg', cwd=top)
    run('-m', 'broken', cwd=top)
    run('-m', 'sys', cwd=top)
    run('-m', 'json', cwd=top)
    run('empty', cwd=top)
    run('plain.py', 'a', cwd=top)
    run('nulls.py', cwd=top)
    run('missing.py', cwd=top)

run('-i', '-c', 'print("ran")', stdin='print("then the prompt")\nraise SystemExit(3)\n')
run('-i', '-c', 'raise SystemExit(4)', stdin='print("still here")\n')
run('-i', '-c', 'x = 6', stdin='x * 7\n')
run('-c', 'import os, sys\nsys.stdout.write("x")\nos.close(sys.stdout.fileno())')
run('-c', 'import sys; sys.stdout.write("flushed at exit")')

# The text of a program: -c ignores a coding declaration and cannot hold undecodable bytes; a script or
# stdin without a declaration must be UTF-8; a script's declaration is applied.
run('-c', '# coding: latin-1\nprint(ascii("caf\xe9"))')
run('-c', b'print("caf\xc3\xa9 \xff")')
run('-', stdin='x = 1\n')
with tempfile.TemporaryDirectory() as top:
    for name, data in (('latin.py', b'# -*- coding: latin-1 -*-\nprint(ascii("caf\xe9"))\n'),
                       ('bad.py', b'x = 1\ny = "\xff"\n')):
        with open(os.path.join(top, name), 'wb') as f:
            f.write(data)
    run('latin.py', cwd=top)
    run('bad.py', cwd=top)
    with open(os.path.join(top, 'bad.py'), 'rb') as f:
        result = run('-', stdin=f.read(), show=False)
    print(result.returncode, result.stderr.decode().splitlines()[-1:])

# File names and messages that are not UTF-8: surrogateescape in, backslashreplace on stderr.
with tempfile.TemporaryDirectory() as top:
    with open(os.path.join(os.fsencode(top), b'caf\xe9.py'), 'w') as f:
        f.write('import sys\nprint(ascii(__file__[-8:]), ascii(sys.argv[0]))\n')
    run(b'caf\xe9.py', cwd=top)
    print(ascii(os.listdir(top)))  # (and the directory is removed with that file in it)
run('-c', 'import sys; sys.exit("surrogates:\\udcff")')

# The interactive prompt: the banner with -i (on stderr), PYTHONSTARTUP before the first prompt (not after a
# program, not under -E); -X faulthandler and PYTHONFAULTHANDLER.
with tempfile.TemporaryDirectory() as top:
    with open(os.path.join(top, 'startup.py'), 'w') as f:
        f.write('print("startup ran")\nx = 5\n')
    with open(os.path.join(top, 'failing.py'), 'w') as f:
        f.write('1/0\n')
    for args, startup in ((('-i',), 'startup.py'), (('-i', '-c', 'pass'), 'startup.py'), (('-i', '-E'), 'startup.py'),
                          (('-',), 'startup.py'), (('-i',), 'failing.py'), (('-i',), 'missing.py')):
        result = run(*args, stdin='print(x)\n', env={'PYTHONSTARTUP': startup}, cwd=top, show=False)
        err = result.stderr.decode()
        print(args, startup, result.returncode, result.stdout, err.count('Type "help"'), err.splitlines()[-1:])
    result = run('-q', '-i', stdin='1\n', show=False)
    print(result.stdout, result.stderr)
FAULT = 'import faulthandler; print(faulthandler.is_enabled())'
run('-X', 'faulthandler', '-c', FAULT)
run('-c', FAULT, env={'PYTHONFAULTHANDLER': '1'})
run('-E', '-c', FAULT, env={'PYTHONFAULTHANDLER': '1'})
run('-E', '-c', 'import sys; print(sys.flags.warn_default_encoding)', env={'PYTHONWARNDEFAULTENCODING': '1'})
run('-c', 'import sys; print(sys.flags.warn_default_encoding)', env={'PYTHONWARNDEFAULTENCODING': '1'})
run('-c', FAULT)
run('-X', 'dev', '-c', FAULT)

# -x: the first line of the script is skipped; line numbers stay the file's.
with tempfile.TemporaryDirectory() as top:
    with open(os.path.join(top, 'x.py'), 'w') as f:
        f.write('@echo off & not python\nimport sys\nprint("ok", sys._getframe().f_lineno)\n')
    with open(os.path.join(top, 'one.py'), 'w') as f:
        f.write('only line')
    run('-x', 'x.py', cwd=top)
    run('x.py', cwd=top)
    run('-x', 'one.py', cwd=top)

# -X importtime and PYTHONPROFILEIMPORTTIME: a header, then a line per import (self, cumulative, indented name).
for args, env in ((('-X', 'importtime'), None), ((), {'PYTHONPROFILEIMPORTTIME': '1'}), (('-E',), {'PYTHONPROFILEIMPORTTIME': '1'})):
    result = run(*args, '-c', 'import json', env=env, show=False)
    lines = result.stderr.decode().splitlines()
    print(args, env, lines[:1], all(line.startswith('import time:') and line.count('|') == 2 for line in lines),
          [line.split('|')[2] for line in lines[-1:]])

# __main__.__loader__: the built-in importer for -c, stdin and the prompt; a file loader for a script.
LOADER = 'import sys; print(__loader__ if isinstance(__loader__, type) else (type(__loader__).__name__, __loader__.name, __loader__.path == __file__), __spec__)'
run('-c', LOADER)
run('-', stdin=LOADER)
run('-i', stdin=LOADER, stderr=False)
with tempfile.TemporaryDirectory() as top:
    with open(os.path.join(top, 'loader.py'), 'w') as f:
        f.write(LOADER + '\n')
    run('loader.py', cwd=top)

# An uncaught KeyboardInterrupt ends the process by SIGINT (the status a parent sees is -2), sys.exit(130) by exit.
print(run('-c', 'raise KeyboardInterrupt', show=False).returncode, run('-c', 'import sys; sys.exit(130)', show=False).returncode,
      run('-i', stdin='raise KeyboardInterrupt\n', show=False).returncode)
