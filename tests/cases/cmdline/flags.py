# sys.flags from the command line and the environment, -E and -I ignoring the environment, sys.path[0]
# under -P/-I/PYTHONSAFEPATH, -X options, PYTHONHASHSEED, sys.orig_argv, and the errors of a bad command line.
from _run import run

FLAGS = 'import sys; print(sys.flags)'
run('-E', '-c', FLAGS)
run('-I', '-c', FLAGS)
run('-b', '-d', '-q', '-s', '-S', '-v', '-v', '-i', '-c', FLAGS, stdin='', stderr=False)
run('-bb', '-B', '-IEPs', '-c', FLAGS)
SOME = 'import sys; f = sys.flags; print(f.debug, f.optimize, f.verbose, f.dont_write_bytecode, f.safe_path, f.no_user_site, f.inspect, f.dev_mode, f.utf8_mode)'
run('-c', SOME, env={'PYTHONDEBUG': '1', 'PYTHONOPTIMIZE': '1', 'PYTHONVERBOSE': '2', 'PYTHONDONTWRITEBYTECODE': 'x',
                     'PYTHONSAFEPATH': '1', 'PYTHONNOUSERSITE': '1', 'PYTHONDEVMODE': '1', 'PYTHONUTF8': '1'}, stderr=False)
run('-E', '-c', SOME, env={'PYTHONDEBUG': '1', 'PYTHONOPTIMIZE': '1', 'PYTHONVERBOSE': '2', 'PYTHONDONTWRITEBYTECODE': 'x',
                           'PYTHONSAFEPATH': '1', 'PYTHONNOUSERSITE': '1', 'PYTHONDEVMODE': '1', 'PYTHONUTF8': '1'})
run('-c', SOME, env={'PYTHONDEBUG': '', 'PYTHONVERBOSE': 'text', 'PYTHONUTF8': '0'}, stderr=False)

PATH0 = "import os, sys; print(sys.path[:1] == [''], os.path.join(os.getcwd(), 'elsewhere') in sys.path)"
run('-c', PATH0, env={'PYTHONPATH': 'elsewhere'})
run('-E', '-c', PATH0, env={'PYTHONPATH': 'elsewhere'})
run('-I', '-c', PATH0, env={'PYTHONPATH': 'elsewhere'})
run('-P', '-c', PATH0)
run('-c', PATH0, env={'PYTHONSAFEPATH': '1'})

XOPTS = 'import sys; print(sys.flags.dev_mode, sys.flags.utf8_mode, sys._xoptions)'
run('-X', 'dev', '-c', XOPTS)
run('-X', 'utf8', '-c', XOPTS)
run('-X', 'utf8=0', '-c', XOPTS)
run('-X', 'frozen_modules=off', '-c', 'print("ran")')
run('-X', 'frozen_modules=maybe', '-c', 'print("ran")')

DIGITS = 'import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits(), len(str(10 ** 5000)))'
run('-c', DIGITS)
run('-X', 'int_max_str_digits=0', '-c', DIGITS)
run('-X', 'int_max_str_digits=6000', '-c', DIGITS, env={'PYTHONINTMAXSTRDIGITS': '700'})
run('-c', DIGITS, env={'PYTHONINTMAXSTRDIGITS': '700'})
run('-X', 'int_max_str_digits=100', '-c', DIGITS)
run('-X', 'int_max_str_digits', '-c', DIGITS)
run('-c', DIGITS, env={'PYTHONINTMAXSTRDIGITS': 'many'})

HASH = 'import sys; print(sys.flags.hash_randomization)'
for seed in ('0', '1', '4294967295', 'random', ''):
    run('-c', HASH, env={'PYTHONHASHSEED': seed})
run('-R', '-c', HASH, env={'PYTHONHASHSEED': '0'})
run('-E', '-c', HASH, env={'PYTHONHASHSEED': '0'})
run('-c', HASH, env={'PYTHONHASHSEED': '4294967296'})
run('-c', HASH, env={'PYTHONHASHSEED': 'abc'})
SPAM = 'print(hash("spam"), hash(b"spam"))'
for seed in ('0', '123'):
    first = run('-c', SPAM, env={'PYTHONHASHSEED': seed}, show=False).stdout
    print(seed, 'same hashes on each run:', first == run('-c', SPAM, env={'PYTHONHASHSEED': seed}, show=False).stdout)
print('hash("") with a seed:', run('-c', 'print(hash(""), hash(b""))', env={'PYTHONHASHSEED': '5'}, show=False).stdout)

run('-X', 'dev', '-c', 'import sys; print(sys.orig_argv[1:], sys.argv)', 'a')
run('-c', 'import sys; print(ascii(sys.argv[1:]))', 'caf\xe9', b'caf\xc3\xa9', b'\xff\xfe')

# A bad command line: status 2, the usage line after the message.
for args in (('-z',), ('--unknown-option',), ('-I', '--unknown-option'), ('-c',), ('-m',), ('-X',), ('-W',),
             ('--check-hash-based-pycs',), ('--check-hash-based-pycs', 'sometimes', '-c', 'pass')):
    result = run(*args, show=False)
    lines = result.stderr.decode().splitlines()
    # (CPython's last line names it "python"; Ginger's says "ginger".)
    print(args, result.returncode, lines[:1], [line.split()[0] for line in lines[1:2]],
          [line.startswith('Try `') and line.endswith(" -h' for more information.") for line in lines[2:]])

# sys.warnoptions: "default" for the development mode, PYTHONWARNINGS, -W, then the BytesWarning action of -b.
WARNOPTIONS = 'import sys; print(sys.warnoptions)'
run('-W', 'once::UserWarning', '-bb', '-c', WARNOPTIONS, env={'PYTHONWARNINGS': 'always::UserWarning,ignore'})
run('-X', 'dev', '-b', '-c', WARNOPTIONS)
run('-c', WARNOPTIONS, env={'PYTHONDEVMODE': '1'})
run('-E', '-c', WARNOPTIONS, env={'PYTHONDEVMODE': '1', 'PYTHONWARNINGS': 'error'})
FILTERS = "import warnings; print(' '.join('%s::%s' % (f[0], f[2].__name__) for f in warnings.filters[:3]))"
run('-W', 'once::UserWarning', '-bb', '-c', FILTERS, env={'PYTHONWARNINGS': 'always::UserWarning'})

# PYTHONIOENCODING=encoding[:errors]
STREAMS = 'import sys; print([(s.encoding, s.errors) for s in (sys.stdin, sys.stdout, sys.stderr)])'
for setting in ('latin-1', 'latin-1:replace', ':ignore', 'ascii:', 'utf-8:surrogateescape'):
    run('-c', STREAMS, env={'PYTHONIOENCODING': setting})
run('-E', '-c', STREAMS, env={'PYTHONIOENCODING': 'latin-1'})
run('-c', 'print("caf\\xe9")', env={'PYTHONIOENCODING': 'ascii'})
run('-c', 'print("caf\\xe9 \\u20ac")', env={'PYTHONIOENCODING': 'latin-1:replace'})
result = run('-c', 'pass', env={'PYTHONIOENCODING': 'nosuch'}, show=False)
print(result.returncode, result.stderr.decode().splitlines()[:1])
# The prompt's displayhook writes a repr the stream cannot encode with backslashreplace.
for encoding in ('ascii', 'latin-1', 'utf-8'):
    result = run('-i', stdin=r"'a=\xe9 b=\udc80 c=\U00010000 d=\U0010ffff'" + '\n', env={'PYTHONIOENCODING': encoding}, show=False)
    print(encoding, result.returncode, result.stdout)
