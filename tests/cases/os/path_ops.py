import os
import os.path
from os import path
import posixpath

print(path is os.path, posixpath is os.path, os.name, os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir,
      os.devnull)
for parts in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('', 'x'), ('a', ''), (b'a', b'b')]:
    print(parts, path.join(*parts))
for p in ['a/b/c', '/a', 'a', '/', '//x', 'a/b/', '', b'x/y']:
    print(repr(p), path.split(p), path.basename(p), path.dirname(p))
for p in ['x.py', 'a/b.tar.gz', '.bashrc', 'a.b/c', '..x', 'noext', 'a/.b.c', b'f.txt']:
    print(repr(p), path.splitext(p))
for p in ['a//b/../c/./d', '/../x', '..', '../../a/..', '', '//a//b', '///a', 'a/b/', '.']:
    print(repr(p), repr(path.normpath(p)))
print(path.isabs('/x'), path.isabs('x'), path.isabs(b'/y'))
print(path.commonprefix(['interspecies', 'interstellar', 'interstate']), repr(path.commonprefix([])))
print(path.commonpath(['/usr/lib', '/usr/local/lib']), path.commonpath(['a/b', 'a/c']))
print(path.relpath('/a/b/c', '/a/d'), path.relpath('/a', '/a'), path.relpath('x/y', 'x'))
print(path.abspath('x') == path.join(os.getcwd(), 'x'), path.isabs(path.abspath('.')))
print(path.realpath('.') == path.realpath(os.getcwd()))
home = os.environ.get('HOME')
os.environ['HOME'] = '/nonexistent/someone'
print(path.expanduser('~/x'), path.expanduser('~'), path.expanduser('x/~'))
if home is not None:
    os.environ['HOME'] = home
print(path.splitdrive('/a/b'))
try:
    path.join('a', b'b')
except TypeError as e:
    print('TypeError', e)


class P:
    def __fspath__(self):
        return 'p/q.txt'


print(os.fspath(P()), path.basename(P()), path.splitext(P()), os.fspath('s'), os.fspath(b'b'))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)
print(os.fsencode('a\xe9'), os.fsdecode(b'a\xc3\xa9'))
