import os
import posix

print(isinstance(os.getpid(), int), os.getpid() > 0, os.getppid() > 0)
print(isinstance(os.getuid(), int), isinstance(os.cpu_count(), int))
print(os.strerror(2), '|', os.strerror(13))
r = os.urandom(16)
print(type(r).__name__, len(r), os.urandom(0))
old = os.umask(0o22)
print(os.umask(old) == 0o22)
rd, wr = os.pipe()
print(os.write(wr, b'through the pipe'))
os.close(wr)
print(os.read(rd, 100), os.read(rd, 100))
os.close(rd)
print(os.isatty(rd), os.F_OK, os.R_OK, os.W_OK, os.X_OK)

print(os.getenv('GINGER_TEST_UNSET_VAR'), os.getenv('GINGER_TEST_UNSET_VAR', 'dflt'))
os.environ['GINGER_TEST_VAR'] = 'value 1'
print(os.environ['GINGER_TEST_VAR'], os.getenv('GINGER_TEST_VAR'), 'GINGER_TEST_VAR' in os.environ)
print(os.environ.pop('GINGER_TEST_VAR'), 'GINGER_TEST_VAR' in os.environ)
try:
    os.environ['GINGER_TEST_VAR']
except KeyError as e:
    print('KeyError', e)
print(os.environ.setdefault('GINGER_TEST_VAR2', 'v2'), os.environ.get('GINGER_TEST_VAR2'))
del os.environ['GINGER_TEST_VAR2']
print(os.environ.get('GINGER_TEST_VAR2'))
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
print(isinstance(os.environ.copy(), dict), len(os.environ) == len(list(os.environ)))

for call, arg in [(os.stat, '_no_such_file_'), (os.listdir, '_no_such_dir_'), (os.rmdir, '_no_such_dir_'),
                  (os.remove, '_no_such_file_'), (os.chdir, '_no_such_dir_')]:
    try:
        call(arg)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, '|', e)
try:
    os.stat(12.5)
except TypeError as e:
    print('TypeError', e)
try:
    os.close(9999)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.open('_no_such_file_', os.O_RDONLY)
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    os.write(1, 'str')
except TypeError as e:
    print('TypeError', e)
try:
    os.rename('_no_such_a_', '_no_such_b_')
except FileNotFoundError as e:
    print('FileNotFoundError', e, e.filename, e.filename2)
st = os.stat('.')
print(repr(st).startswith('os.stat_result(st_mode='), os.stat_result is type(st))
