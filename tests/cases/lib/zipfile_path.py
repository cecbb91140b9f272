# zipfile.Path: a pathlib-like view of an archive, implied directories included.
import io
import zipfile

data = io.BytesIO()
zf = zipfile.ZipFile(data, "w")
zf.writestr("a.txt", "content of a")
zf.writestr("b/c.txt", "content of c")
zf.writestr("b/d/e.txt", "content of e")
zf.writestr("g.tar.gz", b"\x00\x01")
zf.filename = "mem/abcde.zip"
root = zipfile.Path(zf)
print(list(root.iterdir()))
a, g, b = root.iterdir()
print(a, b.name, b.is_dir(), b.is_file(), a.is_file(), a.exists(), (b / "missing").exists())
c = b / "c.txt"
print(repr(c), c.name, c.read_text(encoding="utf-8"), c.read_bytes(), c.parent, c.parent.parent)
print(g.suffix, g.suffixes, g.stem, root.name, list(b.iterdir()), b.joinpath("d", "e.txt").exists())
print(sorted(str(p) for p in root.glob("**/*.txt")), [str(p) for p in root.glob("*.txt")], [p.at for p in b.rglob("*")])
print(list(zipfile.CompleteDirs._implied_dirs(["foo/bar.txt", "foo/bar/baz.txt"])), root.joinpath("b").at)
with (b / "d" / "e.txt").open() as f:
    print(f.read())
print(a == root / "a.txt", a != c, hash(a) == hash(root / "a.txt"), c.relative_to(b))
for call in [lambda: b.open(), lambda: (b / "x.txt").open(), lambda: a.iterdir(), lambda: root.glob("")]:
    try:
        call()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
zf.close()
