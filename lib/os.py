"""OS routines for POSIX (Ginger's own os): the posix functions, os.path, environ and the helpers built on them."""

import sys
import posix
# `from posix import *` would need module.__dict__, which Ginger modules lack for now.
from posix import (_exit, access, chdir, chmod, close, cpu_count, dup, fspath, fstat, getcwd, getcwdb, getegid,
                    geteuid, getgid, getpid, getppid, getuid, isatty, link, listdir, lseek, lstat, mkdir, open,
                    pipe, putenv, read, readlink, remove, rename, replace, rmdir, stat, strerror, symlink, umask,
                    unlink, unsetenv, urandom, write, stat_result, F_OK, R_OK, W_OK, X_OK, O_RDONLY, O_WRONLY,
                    O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_NONBLOCK, O_CLOEXEC, O_DIRECTORY, O_NOFOLLOW,
                    EX_OK, kill, waitpid, waitstatus_to_exitcode, WIFEXITED, WEXITSTATUS, WIFSIGNALED,
                    WTERMSIG, WIFSTOPPED, WSTOPSIG, WNOHANG, WUNTRACED, utime)
from posix import (uname, uname_result, times, times_result, getloadavg, getpgrp, setsid, getsid, getpgid,
                    setpgid, getgroups, killpg, nice, chown, lchown, fchown, fchmod, fchdir, truncate, ftruncate,
                    fsync, fdatasync, sync, dup2, pipe2, openpty, login_tty, setuid, setgid, seteuid, setegid, setreuid,
                    setregid, setgroups, getresuid, getresgid, setpgrp, getpriority, setpriority, sched_get_priority_min,
                    sched_get_priority_max, statvfs, fstatvfs, statvfs_result, closerange, ttyname, device_encoding, get_inheritable,
                    set_inheritable, get_blocking, set_blocking, sysconf, sysconf_names, wait, execv,
                    execve, abort, getlogin, ctermid, sched_yield, sched_getaffinity, mkfifo, major, minor,
                    makedev, system, WCOREDUMP, WIFCONTINUED, error)
from posix import (WCONTINUED, WEXITED, WSTOPPED, WNOWAIT, EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER,
                    EX_NOHOST, EX_UNAVAILABLE, EX_SOFTWARE, EX_OSERR, EX_OSFILE, EX_CANTCREAT, EX_IOERR,
                    EX_TEMPFAIL, EX_PROTOCOL, EX_NOPERM, EX_CONFIG, O_ACCMODE, O_ASYNC, O_DIRECT, O_DSYNC,
                    O_FSYNC, O_LARGEFILE, O_NDELAY, O_NOATIME, O_NOCTTY, O_PATH, O_RSYNC, O_SYNC, O_TMPFILE,
                    SEEK_DATA, SEEK_HOLE, ST_RDONLY, ST_NOSUID, RTLD_LAZY, RTLD_NOW, RTLD_GLOBAL, RTLD_LOCAL,
                    RTLD_NODELETE, RTLD_NOLOAD, RTLD_DEEPBIND, F_LOCK, F_TLOCK, F_ULOCK, F_TEST, PRIO_PROCESS, PRIO_PGRP, PRIO_USER,
                    NGROUPS_MAX, TMP_MAX, SCHED_OTHER, SCHED_FIFO, SCHED_RR, SCHED_BATCH, SCHED_IDLE,
                    SCHED_RESET_ON_FORK, P_PID, P_PGID, P_ALL, CLD_EXITED, CLD_KILLED, CLD_DUMPED, CLD_TRAPPED,
                    CLD_STOPPED, CLD_CONTINUED)
import posixpath as path

name = 'posix'
linesep = '\n'
sep = path.sep
pathsep = path.pathsep
defpath = path.defpath
extsep = path.extsep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull

sys.modules['os.path'] = path

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_bytes_environ = True
# The functions that accept dir_fd=, a file descriptor for a path, effective_ids= or follow_symlinks=False:
# only those listed take them in Ginger (code checks these sets before passing one).
supports_dir_fd = {chmod, utime}
supports_fd = {chmod, chown, truncate, statvfs, utime}
supports_effective_ids = set()
supports_follow_symlinks = {chown, utime}


from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping


class _Environ(_MutableMapping):
    """os.environ: a mapping of str to str that writes through to the process environment."""

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key)
        self._check(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if self._check(key) not in self._data:
            raise KeyError(key) from None
        unsetenv(key)
        del self._data[key]

    # Iteration goes over a snapshot of the keys (so do the keys(), items() and values() views the mapping
    # base class gives): changing os.environ meanwhile is no error, as in CPython.
    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if self._check(key) in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % (key, value) for key, value in self._data.items())

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# Shares posix.environ's dict, so that os.path.expanduser and others reading posix.environ see the changes.
environ = _Environ(posix.environ)


class _EnvironBytes(_MutableMapping):
    """os.environb: the same environment seen as bytes (keys and values through fsencode/fsdecode)."""

    def __init__(self, environ):
        self._environ = environ

    @staticmethod
    def _check(value):
        if not isinstance(value, bytes):
            raise TypeError("bytes expected, not %s" % type(value).__name__)
        return fsdecode(value)

    def __getitem__(self, key):
        try:
            return fsencode(self._environ[self._check(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._environ[self._check(key)] = self._check(value)

    def __delitem__(self, key):
        try:
            del self._environ[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([fsencode(key) for key in self._environ])

    def __len__(self):
        return len(self._environ)

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % (key, value) for key, value in self.items())


environb = _EnvironBytes(environ)


def getenvb(key, default=None):
    return environb.get(key, default)


def _get_exports_list(module):
    """The public names of a module: its __all__, or the names without a leading underscore."""
    try:
        return list(module.__all__)
    except AttributeError:
        return [name for name in dir(module) if name[0] != "_"]


def getenv(key, default=None):
    return environ.get(key, default)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class terminal_size(tuple):
    """A tuple of terminal window size (columns, lines)."""

    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0
    __match_args__ = ('columns', 'lines')

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(items)}-sequence given)")
        return super().__new__(cls, items)

    columns = property(lambda self: self[0], doc='width of the terminal window in characters')
    lines = property(lambda self: self[1], doc='height of the terminal window in characters')

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'

    def __reduce__(self):
        return terminal_size, (tuple(self),)


def get_terminal_size(fd=1, /):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(posix._get_terminal_size(fd))


# readdir's d_type values.
_DT_UNKNOWN, _DT_DIR, _DT_REG, _DT_LNK = 0, 4, 8, 10


class DirEntry:
    """An entry of scandir(): the name, the path, the file type and inode as readdir gave them, and the stat
    result taken when first asked for."""

    __slots__ = ('name', 'path', '_d_type', '_inode', '_stat', '_lstat')

    def __init__(self, directory, name, d_type=_DT_UNKNOWN, inode=None):
        self.name = name
        self.path = path.join(directory, name)
        self._d_type = d_type
        self._inode = inode
        self._stat = None
        self._lstat = None

    def __init_subclass__(cls, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self._d_type != _DT_UNKNOWN and self._d_type != _DT_LNK:
                self._stat = self.stat(follow_symlinks=False)
            else:
                self._stat = stat(self.path)
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def _known(self, follow_symlinks):
        # The type from readdir answers unless it is unknown, or a symlink to follow.
        return self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK)

    def is_dir(self, *, follow_symlinks=True):
        if self._known(follow_symlinks):
            return self._d_type == _DT_DIR
        return (self._mode(follow_symlinks) & 0o170000) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        if self._known(follow_symlinks):
            return self._d_type == _DT_REG
        return (self._mode(follow_symlinks) & 0o170000) == 0o100000

    def is_symlink(self):
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        return (self._mode(False) & 0o170000) == 0o120000

    def is_junction(self):
        return False

    def inode(self):
        if self._inode is None:
            self._inode = self.stat(follow_symlinks=False).st_ino
        return self._inode

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'posix.DirEntry' object")


class _ScandirIterator:
    """What scandir() returns. Dropped before it is exhausted or closed, it warns (ResourceWarning)."""

    def __init__(self, directory, entries):
        self._directory = directory
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        try:
            item = next(self._entries)
        except StopIteration:
            self._entries = None
            raise
        return DirEntry(self._directory, *item)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        if self._entries is not None:
            import warnings
            # stacklevel 2: the code that dropped it, as CPython's native finalizer reports
            warnings.warn(f"unclosed scandir iterator {self!r}", ResourceWarning, stacklevel=2, source=self)
            self._entries = None

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'posix.ScandirIterator' object")


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path='.'):
    """The entries of a directory as DirEntry objects (over listdir(); each stat is taken when first needed)."""
    path = fspath(path)
    return _ScandirIterator(path, posix._scandir(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory of the tree at top. Iterative (a stack of the
    directories still to visit), so that deep trees do not hit the recursion limit. Top-down, the caller may
    prune dirnames in place; bottom-up, a directory comes after all of its subdirectories."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):  # bottom-up: a directory whose subdirectories are all done
            yield top
            continue
        try:
            names = listdir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        dirs = []
        nondirs = []
        for entry in names:
            if path.isdir(path.join(top, entry)):
                dirs.append(entry)
            else:
                nondirs.append(entry)
        if topdown:
            yield top, dirs, nondirs
            subdirs = dirs
        else:
            stack.append((top, dirs, nondirs))
            subdirs = list(dirs)
        for entry in reversed(subdirs):
            new_path = path.join(top, entry)
            if followlinks or not path.islink(new_path):
                stack.append(new_path)


import abc as _abc


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike and hasattr(subclass, '__fspath__'):
            return True
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_at_fork_before = []
_at_fork_child = []
_at_fork_parent = []


_unset = object()


def register_at_fork(*, before=_unset, after_in_child=_unset, after_in_parent=_unset):
    """Register callables to be called when forking a new process."""
    if before is _unset and after_in_child is _unset and after_in_parent is _unset:
        raise TypeError("At least one argument is required.")
    for name, hook in (("before", before), ("after_in_child", after_in_child),
                       ("after_in_parent", after_in_parent)):
        if hook is not _unset and not callable(hook):
            raise TypeError(f"'{name}' must be callable, not {type(hook).__name__}")
    if before is not _unset:
        _at_fork_before.append(before)
    if after_in_child is not _unset:
        _at_fork_child.append(after_in_child)
    if after_in_parent is not _unset:
        _at_fork_parent.append(after_in_parent)


def _run_fork_hooks(hooks):
    for hook in hooks:
        try:
            hook()
        except BaseException as error:
            # CPython reports these as unraisable exceptions and goes on.
            print(f"Exception ignored in: {hook!r}", file=sys.stderr)
            print(f"{type(error).__name__}: {error}", file=sys.stderr)


def fork():
    """Fork a child process.

    Return 0 to child process and PID of child to parent process."""
    _run_fork_hooks(reversed(_at_fork_before))
    pid = posix.fork()
    _run_fork_hooks(_at_fork_child if pid == 0 else _at_fork_parent)
    return pid


def execl(file, *args):
    """Execute the executable file with argument list args, replacing the current process."""
    execv(file, args)


def execle(file, *args):
    """Execute the executable file with argument list args and environment env (the last argument)."""
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """Execute the executable file (searched along $PATH) with argument list args."""
    execvp(file, args)


def execlpe(file, *args):
    """Execute the executable file (searched along $PATH) with argument list args and environment env."""
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """Execute the executable file (searched along $PATH) with argument list args."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """Execute the executable file (searched along $PATH) with argument list args and environment env."""
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        run = execve
        run_args = (args, env)
    else:
        run = execv
        run_args = (args,)
        env = environ
    if path.dirname(file):
        run(file, *run_args)
        return
    saved = None
    # Searched as bytes, the form the system call takes.
    file = fsencode(file)
    for directory in get_exec_path(env):
        full = path.join(fsencode(directory), file)
        try:
            run(full, *run_args)
        except (FileNotFoundError, NotADirectoryError) as error:
            last = error
        except OSError as error:
            last = error
            if saved is None:
                saved = error
    if saved is not None:
        raise saved
    raise last


# spawn*(): fork, then exec in the child (exit status 127 if the exec fails). P_WAIT waits and answers the
# exit code (negative: the signal that killed it); P_NOWAIT answers the child's pid.
P_WAIT = 0
P_NOWAIT = P_NOWAITO = 1


def _spawn(mode, file, args, env, run):
    if not isinstance(args, (tuple, list)):
        raise TypeError('argv must be a tuple or a list')
    if not args or not args[0]:
        raise ValueError('argv first element cannot be empty')
    pid = fork()
    if pid == 0:
        try:
            if env is None:
                run(file, args)
            else:
                run(file, args, env)
        except BaseException:
            _exit(127)
    if mode == P_NOWAIT:
        return pid
    while True:
        _, status = waitpid(pid, 0)
        if not WIFSTOPPED(status):
            return waitstatus_to_exitcode(status)


def spawnv(mode, file, args):
    """Run file with the argument list args in a new process (see P_WAIT and P_NOWAIT)."""
    return _spawn(mode, file, args, None, execv)


def spawnve(mode, file, args, env):
    """spawnv with the environment env."""
    return _spawn(mode, file, args, env, execve)


def spawnvp(mode, file, args):
    """spawnv, searching file along $PATH."""
    return _spawn(mode, file, args, None, execvp)


def spawnvpe(mode, file, args, env):
    """spawnve, searching file along the PATH of env."""
    return _spawn(mode, file, args, env, execvpe)


def spawnl(mode, file, *args):
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    return spawnvpe(mode, file, args[:-1], args[-1])


def get_exec_path(env=None):
    """The directories searched for an executable: env's PATH (or b'PATH'), os.defpath without one."""
    if env is None:
        env = environ
    try:
        path_list = env.get('PATH')
    except TypeError:
        path_list = None
    try:
        path_bytes = env[b'PATH']
    except (KeyError, TypeError):
        pass
    else:
        if path_list is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        path_list = path_bytes
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to the file descriptor fd (io.open on it)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


class _wrap_close:
    """What popen() returns: the pipe's file object, whose close() waits for the command and answers its
    exit status (None for success, a wait status otherwise)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        if code == 0:
            return None
        return code << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Run cmd in a shell; a text file object reading its output (mode "r") or writing its input ("w")."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


# The public names, as `from os import *` gives them: everything but private names and imported modules.
__all__ = [_name for _name, _value in globals().items()
           if not _name.startswith('_') and type(_value) is not type(sys)] + ['path']

del sys
