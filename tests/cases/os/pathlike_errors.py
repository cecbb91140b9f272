# OSError.filename for an os.PathLike argument is its __fspath__() (a str); utime and mkfifo name no file
import os, pathlib
P = pathlib.Path('/nonexistent-g/x')
for f in [lambda: os.scandir(P), lambda: os.listdir(P), lambda: os.stat(P), lambda: os.lstat(P), lambda: os.open(P, 0), lambda: open(P), lambda: os.chdir(P), lambda: os.readlink(P),
          lambda: os.utime(P), lambda: os.chmod(P, 0o777), lambda: os.rmdir(P), lambda: os.unlink(P), lambda: os.rename(P, P), lambda: os.symlink(P, P), lambda: os.link(P, P),
          lambda: os.makedirs(P / 'a' if False else '/proc/x/y'), lambda: os.access(P, 0), lambda: os.truncate(P, 0), lambda: os.mkfifo(P), lambda: os.chown(P, 0, 0), lambda: os.statvfs(P),
          lambda: os.removedirs(P), lambda: list(os.walk(P)), lambda: os.path.getsize(P), lambda: os.lchown(P, 0, 0)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
