# os.chmod: file descriptors, dir_fd, follow_symlinks=False (NotImplementedError on a symlink under Linux),
# argument errors; and TemporaryDirectory cleaning up symlinks whose targets are missing.
import os
import stat
import tempfile


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, "->", fn(*args, **kwargs))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def mode(name):
    return oct(stat.S_IMODE(os.stat(name).st_mode))


old = os.getcwd()
with tempfile.TemporaryDirectory() as top:
    os.chdir(top)
    open("f", "w").close()
    os.mkdir("d")
    os.symlink("nonexisting", "dangling")
    attempt("three positional", os.chmod, "f", 0o600, None)
    attempt("nofollow file", os.chmod, "f", 0o640, follow_symlinks=False)
    print(mode("f"))
    attempt("nofollow dir", os.chmod, "d", 0o750, follow_symlinks=False)
    print(mode("d"))
    attempt("nofollow symlink", os.chmod, "dangling", 0o600, follow_symlinks=False)
    attempt("follow dangling", os.chmod, "dangling", 0o600)
    attempt("nofollow missing", os.chmod, "missing", 0o600, follow_symlinks=False)
    dir_fd = os.open(".", os.O_RDONLY)
    attempt("dir_fd", os.chmod, "f", 0o604, dir_fd=dir_fd)
    print(mode("f"))
    attempt("dir_fd missing", os.chmod, "nope", 0o604, dir_fd=dir_fd)
    attempt("dir_fd and nofollow on symlink", os.chmod, "dangling", 0o604, dir_fd=dir_fd, follow_symlinks=False)
    attempt("dir_fd and nofollow on file", os.chmod, "f", 0o606, dir_fd=dir_fd, follow_symlinks=False)
    print(mode("f"))
    attempt("dir_fd str", os.chmod, "f", 0o604, dir_fd="x")
    attempt("dir_fd float", os.chmod, "f", 0o604, dir_fd=1.5)
    fd = os.open("f", os.O_RDONLY)
    attempt("fd", os.chmod, fd, 0o644)
    print(mode("f"))
    os.close(fd)
    os.close(dir_fd)
    try:
        os.chmod(fd, 0o644)
    except OSError as e:
        print("closed fd ->", type(e).__name__, e.errno, e.strerror, e.filename == fd)
    attempt("str mode", os.chmod, "f", "x")
    attempt("float path", os.chmod, 1.5, 0o644)
    print(os.chmod in os.supports_dir_fd, os.chmod in os.supports_fd)
    os.chdir(old)

# TemporaryDirectory.cleanup with a dangling symlink, whatever the directory's mode.
for bits in range(8):
    d = tempfile.TemporaryDirectory()
    link = os.path.join(d.name, "symlink")
    os.symlink("nonexisting", link)
    try:
        os.chmod(link, bits << 6, follow_symlinks=False)
    except NotImplementedError:
        pass
    os.chmod(d.name, bits << 6)
    d.cleanup()
    print(oct(bits << 6), os.path.exists(d.name))
