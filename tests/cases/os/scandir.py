# os.scandir: DirEntry name, path, file types and stat, as a context manager; range and GenericAlias pickle reductions.
import os
base = "_scandir_tmp"
os.makedirs(base + "/sub", exist_ok=True)
with open(base + "/a.txt", "w") as f:
    f.write("abc")
with os.scandir(base) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e))
        if e.is_file():
            print(e.stat().st_size)
os.remove(base + "/a.txt")
os.rmdir(base + "/sub")
os.rmdir(base)
print(range(1, 10, 2).__reduce__(), list[int].__reduce__())
