# posixpath: expandvars (str and bytes), expanduser (~ and ~user), realpath with symlink loops, relpath and
# commonpath type errors, ismount
import os
import posixpath
import tempfile

os.environ['GINGER_V'] = 'val'
os.environ['HOME'] = '/users/someone/'
for p in ['$GINGER_V/x', '${GINGER_V}y', '$nope', '${GINGER_V', '${GINGER_V $GINGER_V', '$', '$$GINGER_V', '${}', '$GINGER_Vé',
          'a$GINGER_V.b', '${GINGER_V}${GINGER_V}']:
    print(repr(p), repr(posixpath.expandvars(p)), posixpath.expandvars(p.encode()))
for p in ['~', '~/x', '~nosuchuser-ginger/z', 'x/~', b'~/b']:
    print(repr(p), repr(posixpath.expanduser(p)))
# ~user comes from the password database (its home differs between machines).
root_home = __import__('pwd').getpwnam('root').pw_dir
print(posixpath.expanduser('~root/y') == root_home.rstrip('/') + '/y', posixpath.expanduser('~root') == root_home)
del os.environ['HOME']
print(posixpath.expanduser('~') == __import__('pwd').getpwuid(os.getuid()).pw_dir)

d = os.path.realpath(tempfile.mkdtemp())
os.symlink('l2', d + '/l1')
os.symlink('l1', d + '/l2')
os.symlink('l1/x', d + '/l3')
os.mkdir(d + '/sub')
os.symlink('../sub', d + '/sub/up')
for p in ['l1', 'l3', 'l1/../sub', 'sub/up/up/./x', 'nope/../sub', 'sub/..']:
    print(p, posixpath.realpath(d + '/' + p).replace(d, 'D'))
for p in ['l1', 'sub/missing']:
    try:
        posixpath.realpath(d + '/' + p, strict=True)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename.replace(d, 'D'))
print(posixpath.realpath(d + '/sub/up', strict=True).replace(d, 'D'))
for name in ['sub/up', 'sub', 'l3', 'l2', 'l1']:
    os.unlink(d + '/' + name) if name != 'sub' else os.rmdir(d + '/sub')
os.rmdir(d)

for f in [lambda: posixpath.relpath(b'a', 'b'), lambda: posixpath.relpath('a', b'b'), lambda: posixpath.relpath(42, 'a'),
          lambda: posixpath.relpath(''), lambda: posixpath.commonpath(['/a', b'/b']), lambda: posixpath.commonpath(['/a', 'b']),
          lambda: posixpath.commonpath([]), lambda: posixpath.relpath('/a/b/c', '/a/x'), lambda: posixpath.commonpath(['/a/b/c', '/a/b/d', '/a/b'])]:
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(posixpath.ismount('/'), posixpath.ismount('/nonexistent-ginger'), posixpath.ismount(b'/'), posixpath.isjunction('/'))
