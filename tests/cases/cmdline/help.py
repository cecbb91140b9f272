# -h, -?, --help, --help-env, --help-xoptions and --help-all: what CPython's test_cmd_line checks of them
# (the texts themselves name the interpreter and its options, and differ).
from _run import run

for option in ('-h', '-?', '--help', '--help-env', '--help-xoptions', '--help-all'):
    result = run(option, show=False)
    out = result.stdout.decode()
    lines = out.splitlines()
    print(option, result.returncode, result.stderr, out.endswith('\n'), 'usage' in lines[0], len(lines) < 50 if option in ('-h', '-?', '--help') else '',
          'PYTHONHOME' in out, '-X dev' in out, '-O ' in out, 'PYTHONOPTIMIZE' in out)
    ''.join(lines[1:]).encode('ascii')
print(run('-h', '-c', 'print(1)', show=False).stdout == run('-h', show=False).stdout)
print(run('-c', 'print(1)', '-h', show=False).stdout)
