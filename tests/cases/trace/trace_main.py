# `-m trace` command line (lib/trace.py's main): --trace, --count with --summary/--missing/--coverdir,
# --listfuncs, --trackcalls, and the usage errors.
import os
import sys

import trace

saved_argv, saved_path0 = sys.argv[:], sys.path[0]


def run(*args):
    print('== trace', *args)
    try:
        sys.argv = ["trace.py", *args]
        trace.main()
    except SystemExit as e:
        print('exit', e.code)
    sys.argv[:] = saved_argv
    sys.path[0] = saved_path0


run('--trace', '_prog.py', 'a', 'b')
run('--listfuncs', '_prog.py')
coverdir = '_coverdir_of_trace_main'
run('--count', '--summary', '--missing', '--coverdir', coverdir, '_prog.py')
with open(os.path.join(coverdir, '_prog.cover')) as f:
    print(f.read())
for name in os.listdir(coverdir):
    os.remove(os.path.join(coverdir, name))
os.rmdir(coverdir)

# Errors go to stderr with status 2; only the status shows here.
sys.stderr = sys.stdout
run('_prog.py')
run('--listfuncs', '--count', '_prog.py')
run('--summary', '--trace', '_prog.py')
run('--count')
