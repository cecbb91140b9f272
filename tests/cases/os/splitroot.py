# posixpath.splitroot (new in 3.12): drive, root and tail; exactly two leading slashes are a root of their own.
import os.path
import posixpath

for p in ['', 'a/b', '/a', '//a', '///a', '//', '/', 'a//b', b'//x', b'x', b'/']:
    print(repr(p), posixpath.splitroot(p))
print(os.path.splitroot is posixpath.splitroot, 'splitroot' in posixpath.__all__)
