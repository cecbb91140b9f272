# os.scandir: an entry's type and inode come from the directory listing (readdir's d_type and d_ino), so
# they stay known after the file is removed; stat() is taken lazily and then raises.
import os
import tempfile

old = os.getcwd()
top = tempfile.TemporaryDirectory()
os.chdir(top.name)
os.mkdir("dir")
open("file.txt", "w").close()
os.symlink("file.txt", "link")
os.symlink("missing", "broken")
entries = {e.name: e for e in os.scandir(".")}
print(sorted(entries))
inodes = {name: e.inode() for name, e in entries.items()}
print(all(inodes[name] == os.lstat(name).st_ino for name in entries))
for name in sorted(entries):
    e = entries[name]
    print(name, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False),
          e.is_file(follow_symlinks=False))
os.rmdir("dir")
os.unlink("file.txt")
for name in ("dir", "file.txt", "link"):
    e = entries[name]
    print(name, e.is_dir(), e.is_file(), e.is_symlink(), e.inode() == inodes[name])
    for follow in (True, False):
        try:
            e.stat(follow_symlinks=follow)
            print("  stat ok", follow)
        except FileNotFoundError as error:
            print("  stat", follow, type(error).__name__, error.strerror)
b = sorted(e.name for e in os.scandir(b"."))
print(b)
os.chdir(old)
top.cleanup()
