# pathlib: with_segments passes state to derived paths; deprecation warnings; Windows joining rules
import os
import tempfile
import warnings
from pathlib import Path, PurePosixPath, PurePath, PureWindowsPath


class Tagged(PurePosixPath):
    def __init__(self, *args, tag):
        super().__init__(*args)
        self.tag = tag

    def with_segments(self, *args):
        return type(self)(*args, tag=self.tag)


p = Tagged('/usr/lib/x.py', tag=7)
for q in [p.parent, p / 'y', p.with_name('z'), p.with_suffix('.txt'), p.relative_to('/usr'), p.parents[1], 'a' / p]:
    print(type(q).__name__, q, getattr(q, 'tag', None))


class MyPath(type(Path())):
    def with_segments(self, *args):
        return MyPath(*args)

    def describe(self):
        return 'my:' + self.name


d = tempfile.mkdtemp()
base = MyPath(d)
(base / 'sub').mkdir()
(base / 'sub' / 'f.txt').write_text('x')
print(sorted(q.describe() for q in base.iterdir()), sorted(q.describe() for q in base.rglob('*')))
print(type((base / 'sub/f.txt').resolve()).__name__, (base / 'sub/../sub').resolve() == (base / 'sub'))
(base / 'sub' / 'f.txt').unlink()
(base / 'sub').rmdir()
base.rmdir()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(PurePosixPath('/a/b/c').relative_to('/a', 'b'))
    print(PurePosixPath('/a/b/c').is_relative_to('/a', 'b'))
    Path('x', foo=1)
    with Path('.') as same:
        print(same)
for w in caught:
    print(w.category.__name__, w.message)

W = PureWindowsPath
for args in [('c:', 'x'), ('c:/a', 'D:b'), ('c:/a', 'c:b'), ('c:/a', 'C:/b'), ('//srv/sh', 'x', '/y'), ('a', 'c:'), ('c:a', '/b'), ('/a', 'c:b')]:
    print(args, repr(W(*args)), W(*args).parts)
print(W('C:/Users/Me').relative_to('c:/users'), W('c:/a').is_relative_to('C:/A'), W('//srv/sh/a').parent, W('//srv/sh/').parent)
print(W('a/b') == W('A/B'), len({W('a'), W('A')}), W('c:/x/NUL').is_reserved(), W('//s/h/nul').is_reserved(), W('a/com1.txt:x ').is_reserved())
print(W('c:/a/b.txt').match('*.TXT'), W('c:/a/b.txt').match('C:/*/*.txt'), W('c:/a/b.txt').match('*.TXT', case_sensitive=True))
print(PurePath('a/b').with_segments('c', 'd'), PurePosixPath(W('a\\b')), os.fspath(W('c:/x')))
print(sorted([W('c:/b'), W('C:/a'), W('a')]), PurePosixPath('/').name, PurePosixPath('/').parent, PurePosixPath('..').parent)
