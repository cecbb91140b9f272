# pathlib: concrete paths in a temporary directory: file operations, tests, glob, walk, resolve, errors
import os, tempfile, stat
from pathlib import Path, PosixPath
d = tempfile.mkdtemp()
os.chdir(d)
B = Path(d)
def rel(p): return p.relative_to(B).as_posix() if p.is_absolute() else p.as_posix()
(B / 'a/b/c').mkdir(parents=True)
(B / 'a/b/c').mkdir(parents=True, exist_ok=True)
for bad in [lambda: (B/'a').mkdir(), lambda: (B/'x/y').mkdir(), lambda: (B/'nofile').unlink(), lambda: (B/'nofile').read_text(), lambda: (B/'a').rmdir(),
            lambda: (B/'a').write_text(b'x'), lambda: (B/'a/f').write_bytes('s'), lambda: list(B.glob('')), lambda: list(B.glob('/x')), lambda: list(B.glob('a**')),
            lambda: (B/'nofile').stat(), lambda: (B/'nofile').resolve(strict=True), lambda: (B / 'a').touch(exist_ok=False)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, str(e).replace(d, 'TMP'))
print((B/'a/f.txt').write_text('hello\n'), (B/'a/f.txt').read_text(), (B/'a/b/g.py').write_bytes(b'xy'), (B/'a/b/g.py').read_bytes())
(B/'a/b/c/h.PY').touch(); (B/'a/b/c/h.PY').touch()
(B/'top.py').touch()
(B/'lnk').symlink_to('a/f.txt'); (B/'dlnk').symlink_to('a'); (B/'broken').symlink_to('nowhere')
(B/'hard').hardlink_to(B/'a/f.txt')
print((B/'hard').samefile(B/'a/f.txt'), (B/'hard').samefile(str(B/'a/f.txt')))
for n in ['a', 'a/f.txt', 'lnk', 'dlnk', 'broken', 'nope', 'a/f.txt/x']:
    p = B/n
    print(n, p.exists(), p.exists(follow_symlinks=False), p.is_dir(), p.is_file(), p.is_symlink(), p.is_socket(), p.is_fifo(), p.is_block_device(), p.is_char_device(), p.is_mount(), p.is_junction())
print(Path('/').is_mount(), Path('/dev/null').is_char_device(), Path('nul\0x').exists())
print(sorted(rel(p) for p in B.iterdir()))
for pat in ['*', '*.py', '**/*.py', '**', '**/', 'a/*/', 'a/..', 'a/b/../*', '*/**/*.py', '**/b/**', 'A/*']:
    print(pat, sorted(rel(p) for p in B.glob(pat)))
print(sorted(rel(p) for p in B.glob('**/*.py', case_sensitive=False)))
print(sorted(rel(p) for p in B.rglob('*.py')), sorted(rel(p) for p in B.rglob('')), sorted(rel(p) for p in Path('a').rglob('*')))
for top_down in (True, False):
    out = []
    for dp, dn, fn in B.walk(top_down=top_down):
        dn.sort(); out.append((rel(dp), sorted(dn), sorted(fn)))
    print(out)
print(sorted(rel(p) for p in Path('.').glob('*')))
print(rel((B/'lnk').readlink()), rel((B/'lnk').resolve()), rel((B/'dlnk/b/../f.txt').resolve()), rel((B/'nope/x').resolve()))
print(Path('a/b').absolute() == B/'a/b', Path.cwd() == B, Path().absolute() == B)
(B/'loop1').symlink_to('loop2'); (B/'loop2').symlink_to('loop1')
for strict in (False, True):
    try: (B/'loop1').resolve(strict)
    except Exception as e: print(type(e).__name__, str(e).replace(d, 'TMP'))
import pwd, grp
print((B/'a').owner() == pwd.getpwuid(os.getuid()).pw_name, (B/'a').group() == grp.getgrgid(os.getgid()).gr_name)
(B/'a/f.txt').chmod(0o600); print(oct(stat.S_IMODE((B/'a/f.txt').stat().st_mode)))
print(rel((B/'a/f.txt').rename(B/'a/f2.txt')), rel((B/'a/f2.txt').replace('a/f3.txt')), (B/'a/f3.txt').exists())
(B/'a/f3.txt').unlink(); (B/'a/f3.txt').unlink(missing_ok=True); print((B/'a/f3.txt').exists())
os.environ['HOME'] = '/users/zz'
print(Path('~/x').expanduser(), Path.home(), Path('x/~').expanduser())
with (B/'o.txt').open('w') as f: f.write('abc')
with (B/'o.txt').open() as f: print(f.read())
print((B/'o.txt').write_text('a\nb', newline='\r\n'), (B/'o.txt').read_bytes())
print(Path('a') == PosixPath('a'), repr(Path('a/b')))
import shutil; os.chdir('/'); shutil.rmtree(d)
