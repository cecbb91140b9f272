# pathlib: pure paths (POSIX and Windows flavours): parsing, parts, joining, comparisons, match, errors
from pathlib import *
P, W = PurePosixPath, PureWindowsPath
for s in ['', '.', 'a/b', '/a/b/', '//a/b', '///a', 'a/./b/../c', 'foo.tar.gz', '.bashrc', 'a/b.', '/']:
    p = P(s)
    print(repr(p), str(p), p.drive, p.root, p.anchor, p.parts, p.name, p.suffix, p.suffixes, p.stem, repr(p.parent), list(p.parents), p.is_absolute(), hash(p) == hash(str(p)))
for s in ['c:', 'c:/', 'c:a/b', '//server/share', '//server/share/x', '\\\\?\\UNC\\srv\\sh\\f', '//?/c:/x', '\\a', 'C:\\Windows\\NUL.txt', 'a/con', '//./dev', 'x/c:y']:
    p = W(s)
    print(repr(p), str(p), p.drive, p.root, p.anchor, p.parts, p.name, list(p.parents), p.is_absolute(), p.is_reserved(), p.as_posix())
print(W('C:/a') == W('c:/A'), W('a') < W('B'), P('a') < P('B'), P('a') == W('a'), hash(W('A')) == hash(W('a')))
print(W('c:/x', 'd:y'), W('c:/x', 'C:y'), W('c:/x', '/y'), W('//s/h', 'a'), P('/a', '/b', 'c'), P('a') / 'b' / P('/c'), 'x' / P('y'))
print(P('/a/b c').as_uri(), W('c:/a b/ü').as_uri(), W('//s/h/a').as_uri())
for bad in [lambda: P('a').as_uri(), lambda: P('/').with_name('x'), lambda: P('a').with_name('b/c'), lambda: P('a').with_suffix('b'), lambda: P('a').with_suffix('.'),
            lambda: P(5), lambda: P('a') / 5, lambda: P('/a').relative_to('/b'), lambda: P('a').relative_to('/a'), lambda: P('a').match(''), lambda: P(b'x'),
            lambda: P('/a/b').relative_to('/a/../c', walk_up=True), lambda: P('a') < W('a'), lambda: WindowsPath('x'), lambda: P('a').parents[5]]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(P('/a/b/c').relative_to('/a'), P('/a/b').relative_to('/a/c/d', walk_up=True), P('/a/b').is_relative_to('/a'), P('a/b').is_relative_to('b'))
print(P('a/b.py').with_name('c.txt'), P('a/b.py').with_stem('z'), P('a/b.py').with_suffix('.txt'), P('a/b.py').with_suffix(''), W('c:/a').with_name('d'))
for pat in ['*.py', 'b/*.py', '/a/*.py', '*/b/*.py', 'a/*', '**/*.py', '/*/*/*', 'B/*.PY']:
    print(pat, P('/a/b/c.py').match(pat), P('a/b/c.py').match(pat), W('c:/a/B/c.py').match(pat), P('/a/b/c.py').match(pat, case_sensitive=False))
pp = P('/a/b/c/d').parents
print(pp, len(pp), pp[0], pp[-1], pp[1:3], pp[::-1])
print(sorted([P('b'), P('a/c'), P('a'), P('A')]), bytes(P('/x')), P('a').joinpath('b', 'c'), P(W('a\\b')), W(P('a/b')))
print(P('a').__reduce__(), W('c:/x').__reduce__())
import pickle; print(pickle.loads(pickle.dumps(W('c:/x/y'))))
print(PurePath('a'), Path('a'), type(Path('x')).__name__)
print(P('/a/b').match('/a/b'), P('a/b').match('**/b'), P('/b').match('**/b'), P('/b').match('*/b'))
import os; print(isinstance(P('a'), os.PathLike), os.fspath(P('a/b')))
