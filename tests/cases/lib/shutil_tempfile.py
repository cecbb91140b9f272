# shutil (copies, copytree, rmtree, move, which, ignore_patterns, errors) and tempfile.
import shutil, tempfile, os, io, stat

with tempfile.TemporaryDirectory(prefix="pre_", suffix="_suf") as d:
    print(os.path.basename(d).startswith("pre_"), d.endswith("_suf"), os.path.isdir(d))
    src = os.path.join(d, "src.txt")
    with open(src, "w") as f:
        f.write("hello\n")
    os.chmod(src, 0o640)
    dst = shutil.copyfile(src, os.path.join(d, "dst.txt"))
    print(os.path.basename(dst), open(dst).read(), end="")
    print(oct(stat.S_IMODE(os.stat(shutil.copy(src, os.path.join(d, "c1.txt"))).st_mode)))
    c2 = shutil.copy2(src, os.path.join(d, "c2.txt"))
    print(os.stat(c2).st_mtime == os.stat(src).st_mtime)
    os.mkdir(os.path.join(d, "dir"))
    print(os.path.basename(shutil.copy(src, os.path.join(d, "dir"))))
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print("SameFileError", str(e).replace(d, "D"))
    try:
        shutil.copyfile(os.path.join(d, "missing"), os.path.join(d, "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        shutil.copyfile(src, os.path.join(d, "nodir", "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)

    tree = os.path.join(d, "tree")
    os.makedirs(os.path.join(tree, "a", "b"))
    for name in ("a/1.txt", "a/b/2.txt", "a/skip.pyc", "3.txt"):
        open(os.path.join(tree, name), "w").close()
    os.symlink("3.txt", os.path.join(tree, "link"))
    copy = shutil.copytree(tree, os.path.join(d, "copy"), ignore=shutil.ignore_patterns("*.pyc"), symlinks=True)
    found = sorted(os.path.relpath(os.path.join(r, f), copy) for r, ds, fs in os.walk(copy) for f in fs)
    print(found, os.path.islink(os.path.join(copy, "link")))
    try:
        shutil.copytree(tree, copy)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    shutil.copytree(tree, copy, dirs_exist_ok=True)
    moved = shutil.move(os.path.join(d, "copy"), os.path.join(d, "moved"))
    print(os.path.basename(moved), os.path.exists(os.path.join(d, "copy")))
    print(os.path.basename(shutil.move(os.path.join(d, "c1.txt"), os.path.join(d, "dir"))))
    try:
        shutil.move(os.path.join(d, "dir"), os.path.join(d, "dir", "inner"))
    except shutil.Error as e:
        print("Error", str(e).replace(d, "D"))
    shutil.rmtree(moved)
    print(os.path.exists(moved))
    try:
        shutil.rmtree(os.path.join(d, "nothere"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    shutil.rmtree(os.path.join(d, "nothere"), ignore_errors=True)
    calls = []
    shutil.rmtree(os.path.join(d, "nothere"), onexc=lambda f, p, e: calls.append((f.__name__, type(e).__name__)))
    print(calls)
    try:
        shutil.rmtree(os.path.join(tree, "link"))
    except OSError as e:
        print("OSError", e)
    buf = io.BytesIO()
    shutil.copyfileobj(io.BytesIO(b"x" * 100000), buf, 1000)
    print(len(buf.getvalue()))
    print(shutil.which("sh") is not None, shutil.which("no-such-command-xyz"), shutil.which("src.txt", path=d))
    os.chmod(src, 0o755)
    print(shutil.which("src.txt", path=d) == src, shutil.which(src) == src)
print(os.path.exists(d))
print(shutil.get_terminal_size((33, 44)) if "COLUMNS" not in os.environ else "skip")
print(shutil.SameFileError.__mro__[1].__name__)
try:
    shutil.make_archive("x", "nosuch")
except ValueError as e:
    print("ValueError", e)

# tempfile
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), os.path.isdir(tempfile.gettempdir()), type(tempfile.gettempdirb()))
fd, path = tempfile.mkstemp(suffix=".x", prefix="p")
print(os.path.isabs(path), os.path.basename(path).startswith("p"), path.endswith(".x"), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.close(fd)
os.unlink(path)
fd, bpath = tempfile.mkstemp(prefix=b"b")
print(type(bpath).__name__)
os.close(fd)
os.unlink(bpath)
dpath = tempfile.mkdtemp()
print(oct(stat.S_IMODE(os.stat(dpath).st_mode)), len(os.path.basename(dpath)))
os.rmdir(dpath)
try:
    tempfile.mkstemp(prefix="a", suffix=b"b")
except TypeError as e:
    print("TypeError", e)
print(tempfile.mktemp(dir="/nonexistent").startswith("/nonexistent/tmp"))
with tempfile.NamedTemporaryFile("w+") as f:
    f.write("text")
    f.seek(0)
    print(f.read(), os.path.exists(f.name), f.name == f.file.name, f.mode)
print(os.path.exists(f.name))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"kept")
f.close()
print(open(f.name, "rb").read())
os.unlink(f.name)
with tempfile.TemporaryFile() as t:
    t.write(b"abc")
    t.seek(0)
    print(t.read(), type(t.name).__name__)
s = tempfile.SpooledTemporaryFile(max_size=10, mode="w+")
s.write("12345")
print(s._rolled, s.tell(), s.name)
s.write("678901")
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
s.close()
with tempfile.SpooledTemporaryFile() as s:
    s.write(b"x")
    print(s.fileno() >= 0, s._rolled)
td = tempfile.TemporaryDirectory()
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
name = td.name
td.cleanup()
print(os.path.exists(name))
print(tempfile.TemporaryDirectory[int], tempfile.SpooledTemporaryFile[str])
