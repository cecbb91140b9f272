import os

base = '_scratch_os_files'
if os.path.exists(base):
    for top, dirs, files in list(os.walk(base, topdown=False)):
        for f in files:
            os.remove(os.path.join(top, f))
        for d in dirs:
            os.rmdir(os.path.join(top, d))
    os.rmdir(base)

os.mkdir(base)
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(base))
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename)
try:
    os.mkdir(base)
except FileExistsError as e:
    print('FileExistsError', e)

fd = os.open(os.path.join(base, 'f.txt'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello world\n'))
os.close(fd)
with open(os.path.join(base, 'a', 'g.txt'), 'w') as f:
    f.write('x' * 100)
fd = os.open(os.path.join(base, 'f.txt'), os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 5))
st = os.fstat(fd)
print(st.st_size)
os.close(fd)

st = os.stat(os.path.join(base, 'f.txt'))
print(type(st).__name__, len(st), st.st_size, st[6], st.st_mode & 0o777, isinstance(st, tuple))
print(type(st.st_mtime).__name__, type(st[8]).__name__, st[8] == int(st.st_mtime),
      st.st_mtime_ns // 1000000000 == st[8])
print(os.path.getsize(os.path.join(base, 'a', 'g.txt')), os.path.getmtime(os.path.join(base, 'f.txt')) == st.st_mtime)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
print(sorted(os.listdir(os.fsencode(base))))

os.rename(os.path.join(base, 'f.txt'), os.path.join(base, 'h.txt'))
print(sorted(os.listdir(base)))
os.replace(os.path.join(base, 'h.txt'), os.path.join(base, 'a', 'g.txt'))
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, 'a', 'g.txt')))

os.symlink('a', os.path.join(base, 'link'))
print(os.path.islink(os.path.join(base, 'link')), os.path.isdir(os.path.join(base, 'link')),
      os.readlink(os.path.join(base, 'link')), os.path.islink(os.path.join(base, 'a')))
print(os.lstat(os.path.join(base, 'link')).st_mode & 0o170000 == 0o120000)
print(os.path.realpath(os.path.join(base, 'link', 'b')) == os.path.realpath(os.path.join(base, 'a', 'b')))
os.unlink(os.path.join(base, 'link'))

print(os.access(base, os.F_OK), os.access(os.path.join(base, 'nope'), os.F_OK), os.access(base, os.R_OK | os.W_OK))

for top, dirs, files in os.walk(base):
    dirs.sort()
    print(top, dirs, sorted(files))
for top, dirs, files in os.walk(base, topdown=False):
    print('up', top, sorted(dirs), sorted(files))
errors = []
print(list(os.walk(os.path.join(base, 'missing'), onerror=errors.append)), type(errors[0]).__name__)

cwd = os.getcwd()
os.chdir(base)
print(os.path.basename(os.getcwd()), sorted(os.listdir()))
os.chdir('..')
print(os.getcwd() == cwd)

os.remove(os.path.join(base, 'a', 'g.txt'))
os.removedirs(os.path.join(base, 'a', 'b', 'c'))
print(os.path.exists(os.path.join(base, 'a')), os.path.exists(base))
