r"""Subprocesses with accessible I/O streams (Ginger's own, POSIX only, with CPython 3.12's behaviour).

Popen starts a program in a new process, optionally connected to this one through pipes; run(), call(),
check_call(), check_output(), getoutput() and getstatusoutput() are the usual ways to use it.

The child is made by _posixsubprocess.fork_exec (C++). If anything fails in the child before the program
starts (exec, chdir(cwd), preexec_fn...), the child writes "ExceptionName:hex errno:message" into a pipe
that closes on exec; the parent reads that pipe until end of file and raises the exception itself.
"""

import builtins
import errno
import io
import os
import select
import selectors
import signal
import sys
import time
import types
import warnings

from _posixsubprocess import fork_exec as _fork_exec

try:
    from _thread import allocate_lock as _allocate_lock
except ImportError:
    class _allocate_lock:
        """A stand-in for a lock where there are no threads: nothing can hold it."""
        def acquire(self, blocking=True, timeout=-1):
            return True

        def release(self):
            pass

        def __enter__(self):
            return True

        def __exit__(self, *args):
            pass

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output",
           "run", "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]
# list2cmdline is public but deliberately left out of __all__, as in CPython.

_mswindows = False
_can_fork_exec = True
_USE_POSIX_SPAWN = False  # Ginger always goes through fork_exec
_USE_VFORK = True          # accepted by fork_exec, which always forks

# Kept as module globals: __del__ may run at shutdown, when the os module may already be torn down.
_waitpid = os.waitpid
_waitstatus_to_exitcode = os.waitstatus_to_exitcode
_WIFSTOPPED = os.WIFSTOPPED
_WSTOPSIG = os.WSTOPSIG
_WNOHANG = os.WNOHANG
_time = time.monotonic

PIPE = -1
STDOUT = -2
DEVNULL = -3

# Up to PIPE_BUF bytes can be written to a pipe that poll() says is writable without blocking.
_PIPE_BUF = getattr(select, 'PIPE_BUF', 512)

# poll() needs no extra descriptor and one system call per wait: better than epoll for a few pipes.
if hasattr(selectors, 'PollSelector'):
    _PopenSelector = selectors.PollSelector
else:
    _PopenSelector = selectors.SelectSelector


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status.

    Attributes:
      cmd, returncode, stdout, stderr, output
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-code))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a child process.

    Attributes:
        cmd, output, stdout, stderr, timeout
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


# Popen objects whose process was still running when they were garbage collected: _cleanup() reaps them
# when the next Popen is made, so that they do not stay zombies.
_active = []


def _cleanup():
    if _active is None:
        return
    for process in _active[:]:
        if process._internal_poll(_deadstate=sys.maxsize) is not None:
            try:
                _active.remove(process)
            except ValueError:
                pass


def _optim_args_from_interpreter_flags():
    """The command-line arguments (-O...) that reproduce sys.flags.optimize."""
    level = sys.flags.optimize
    return ['-' + 'O' * level] if level > 0 else []


def _args_from_interpreter_flags():
    """The command-line arguments that reproduce sys.flags, sys.warnoptions and sys._xoptions."""
    flags = sys.flags
    args = _optim_args_from_interpreter_flags()
    for name, letter in (('debug', 'd'), ('dont_write_bytecode', 'B'), ('no_site', 'S'), ('verbose', 'v'),
                         ('bytes_warning', 'b'), ('quiet', 'q')):
        count = getattr(flags, name)
        if count > 0:
            args.append('-' + letter * count)
    if flags.isolated:
        args.append('-I')
    else:
        for name, option in (('ignore_environment', '-E'), ('no_user_site', '-s'), ('safe_path', '-P')):
            if getattr(flags, name):
                args.append(option)

    # -W: the warning options, less those that -b and -X dev add by themselves.
    warnoptions = list(sys.warnoptions)
    if flags.bytes_warning > 1:
        warnoptions.remove("error::BytesWarning")
    elif flags.bytes_warning:
        warnoptions.remove("default::BytesWarning")
    if flags.dev_mode:
        warnoptions.remove('default')
    args.extend('-W' + option for option in warnoptions)

    xoptions = getattr(sys, '_xoptions', {})
    if flags.dev_mode:
        args.extend(('-X', 'dev'))
    for name in ('faulthandler', 'tracemalloc', 'importtime', 'frozen_modules', 'showrefcount', 'utf8'):
        if name in xoptions:
            value = xoptions[name]
            args.extend(('-X', name if value is True else '%s=%s' % (name, value)))
    return args


def _text_encoding():
    """The encoding of text-mode pipes when none is given (with an EncodingWarning under -X warn_default_encoding)."""
    if sys.flags.warn_default_encoding:
        level = 2
        try:
            frame = sys._getframe()
            here = frame.f_code.co_filename
            frame = frame.f_back
            while frame is not None and frame.f_code.co_filename == here:
                level += 1
                frame = frame.f_back
        except (AttributeError, ValueError):
            pass
        warnings.warn("'encoding' argument not specified.", EncodingWarning, level)
    if sys.flags.utf8_mode:
        return "utf-8"
    try:
        import locale
        return locale.getencoding()
    except (ImportError, AttributeError):
        return "UTF-8"  # what Ginger's io uses for encoding="locale"


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute.

    The arguments are the same as for the Popen constructor.  Example:

    retcode = call(["ls", "-l"])
    """
    with Popen(*popenargs, **kwargs) as process:
        try:
            return process.wait(timeout=timeout)
        except:
            process.kill()  # __exit__ waits for it
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError.  The CalledProcessError object will have the
    return code in the returncode attribute.

    The arguments are the same as for the call function.  Example:

    check_call(["ls", "-l"])
    """
    returncode = call(*popenargs, **kwargs)
    if returncode:
        cmd = kwargs.get("args")
        raise CalledProcessError(returncode, popenargs[0] if cmd is None else cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    r"""Run command with arguments and return its output.

    If the exit code was non-zero it raises a CalledProcessError.  The
    CalledProcessError object will have the return code in the returncode
    attribute and output in the output attribute.

    The arguments are the same as for the Popen constructor.  The stdout
    argument is not allowed as it is used internally; to capture standard
    error in the result, use stderr=STDOUT.  The optional "input" argument
    is passed to the child's stdin.
    """
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError(f'{name} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # input=None has always meant "send nothing and close stdin", as an empty input does.
        text = any(kwargs.get(name) for name in ('universal_newlines', 'text', 'encoding', 'errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


class CompletedProcess(object):
    """A process that has finished running.

    This is returned by run().

    Attributes:
      args: The list or str args passed to run().
      returncode: The exit code of the process, negative for signals.
      stdout: The standard output (None if not captured).
      stderr: The standard error (None if not captured).
    """

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        fields = [f'args={self.args!r}', f'returncode={self.returncode!r}']
        if self.stdout is not None:
            fields.append(f'stdout={self.stdout!r}')
        if self.stderr is not None:
            fields.append(f'stderr={self.stderr!r}')
        return f"{type(self).__name__}({', '.join(fields)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance.

    The returned instance will have attributes args, returncode, stdout and
    stderr. By default, stdout and stderr are not captured, and those attributes
    will be None. Pass stdout=PIPE and/or stderr=PIPE in order to capture them,
    or pass capture_output=True to capture both.

    If check is True and the exit code was non-zero, it raises a
    CalledProcessError. If timeout is given, and the process takes too long,
    a TimeoutExpired exception will be raised.

    The optional "input" argument (bytes, or str in text mode) is sent to the
    child's stdin; the "stdin" argument may then not be used.
    """
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE

    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # The exception already holds the output read so far.
            process.kill()
            process.wait()
            raise
        except:
            process.kill()  # __exit__ waits for it
            raise
        returncode = process.poll()
        if check and returncode:
            raise CalledProcessError(returncode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, returncode, stdout, stderr)


def list2cmdline(seq):
    """
    Translate a sequence of arguments into a command line
    string, using the same rules as the MS C runtime:

    1) Arguments are delimited by white space, which is either a
       space or a tab.

    2) A string surrounded by double quotation marks is
       interpreted as a single argument, regardless of white space
       contained within.  A quoted string can be embedded in an
       argument.

    3) A double quotation mark preceded by a backslash is
       interpreted as a literal double quotation mark.

    4) Backslashes are interpreted literally, unless they
       immediately precede a double quotation mark.

    5) If backslashes immediately precede a double quotation mark,
       every pair of backslashes is interpreted as a literal
       backslash.  If the number of backslashes is odd, the last
       backslash escapes the next double quotation mark as
       described in rule 3.
    """
    words = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or ' ' in arg or '\t' in arg
        out = ['"'] if quote else []
        backslashes = 0  # pending, written once we know what follows them
        for c in arg:
            if c == '\\':
                backslashes += 1
            elif c == '"':
                out.append('\\' * (2 * backslashes + 1) + '"')
                backslashes = 0
            else:
                out.append('\\' * backslashes + c)
                backslashes = 0
        if quote:
            out.append('\\' * (2 * backslashes) + '"')  # doubled: they precede the closing quote
        else:
            out.append('\\' * backslashes)
        words.append(''.join(out))
    return ' '.join(words)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell.

    Execute the string 'cmd' in a shell with 'check_output' and
    return a 2-tuple (status, output). The locale encoding is used
    to decode the output and process newlines.

    A trailing newline is stripped from the output.
    The exit status for the command can be interpreted
    according to the rules for the function 'wait'. Example:

    >>> import subprocess
    >>> subprocess.getstatusoutput('ls /bin/ls')
    (0, '/bin/ls')
    >>> subprocess.getstatusoutput('cat /bin/junk')
    (1, 'cat: /bin/junk: No such file or directory')
    >>> subprocess.getstatusoutput('/bin/junk')
    (127, 'sh: /bin/junk: not found')
    >>> subprocess.getstatusoutput('/bin/kill $$')
    (-15, '')
    """
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as error:
        data = error.output
        status = error.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell.

    Like getstatusoutput(), except the exit status is ignored and the return
    value is a string containing the command's output.  Example:

    >>> import subprocess
    >>> subprocess.getoutput('ls /bin/ls')
    '/bin/ls'
    """
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _close_quietly(fd):
    try:
        os.close(fd)
    except OSError:
        pass


def _group_id(group):
    if isinstance(group, str):
        try:
            import grp
        except ImportError:
            raise ValueError("The group parameter cannot be a string on systems without the grp module")
        return grp.getgrnam(group).gr_gid
    if isinstance(group, int):
        return group
    raise TypeError("Group must be a string or an integer, not {}".format(type(group)))


class Popen:
    """ Execute a child program in a new process.

    For a complete description of the arguments see the Python documentation.

    Arguments:
      args: A string, or a sequence of program arguments.

      bufsize: supplied as the buffering argument to the open() function when
          creating the stdin/stdout/stderr pipe file objects

      executable: A replacement program to execute.

      stdin, stdout and stderr: These specify the executed programs' standard
          input, standard output and standard error file handles, respectively.

      preexec_fn: (POSIX only) An object to be called in the child process
          just before the child is executed.

      close_fds: Controls closing or inheriting of file descriptors.

      shell: If true, the command will be executed through the shell.

      cwd: Sets the current directory before the child is executed.

      env: Defines the environment variables for the new process.

      text: If true, decode stdin, stdout and stderr using the given encoding
          (if set) or the system default otherwise.

      universal_newlines: Alias of text, provided for backwards compatibility.

      startupinfo and creationflags (Windows only)

      restore_signals (POSIX only)

      start_new_session (POSIX only)

      process_group (POSIX only)

      group (POSIX only)

      extra_groups (POSIX only)

      user (POSIX only)

      umask (POSIX only)

      pass_fds (POSIX only)

      encoding and errors: Text mode encoding and error handling to use for
          file objects stdin, stdout and stderr.

    Attributes:
        stdin, stdout, stderr, pid, returncode
    """
    _child_created = False  # read by __del__, which may run on a half-made object

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        """Create new Popen instance."""
        _cleanup()
        self._waitpid_lock = _allocate_lock()
        self._input = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if pass_fds and not close_fds:
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")

        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied '
                                  'but different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = _text_encoding()
        self._sigint_wait_secs = 0.25  # how long a ^C waits for the child before giving up on it
        self._closed_child_pipe_fds = False
        line_buffering = False
        if self.text_mode and bufsize == 1:
            line_buffering = True
            bufsize = -1
        if process_group is None:
            process_group = -1

        gid = None
        if group is not None:
            if not hasattr(os, 'setregid'):
                raise ValueError("The 'group' parameter is not supported on the current platform")
            gid = _group_id(group)
            if gid < 0:
                raise ValueError(f"Group ID cannot be negative, got {gid}")
        gids = None
        if extra_groups is not None:
            if not hasattr(os, 'setgroups'):
                raise ValueError("The 'extra_groups' parameter is not supported on the current platform")
            if isinstance(extra_groups, str):
                raise ValueError("Groups must be a list, not a string")
            gids = []
            for extra in extra_groups:
                if isinstance(extra, str):
                    gids.append(_group_id(extra))
                elif isinstance(extra, int):
                    gids.append(extra)
                else:
                    raise TypeError("Items in extra_groups must be a string or integer, not {}"
                                    .format(type(extra)))
            for extra in gids:
                if extra < 0:
                    raise ValueError(f"Group ID cannot be negative, got {extra}")
        uid = None
        if user is not None:
            if not hasattr(os, 'setreuid'):
                raise ValueError("The 'user' parameter is not supported on the current platform")
            if isinstance(user, str):
                try:
                    import pwd
                except ImportError:
                    raise ValueError("The user parameter cannot be a string on systems without the pwd module")
                uid = pwd.getpwnam(user).pw_uid
            elif isinstance(user, int):
                uid = user
            else:
                raise TypeError("User must be a string or an integer")
            if uid < 0:
                raise ValueError(f"User ID cannot be negative, got {uid}")

        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = self._get_handles(stdin, stdout, stderr)
        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True, line_buffering=line_buffering,
                                                  encoding=encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding, errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding, errors=errors)
            self._execute_child(args, executable, preexec_fn, close_fds, pass_fds, cwd, env, startupinfo,
                                creationflags, shell, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                                restore_signals, gid, gids, uid, umask, start_new_session, process_group)
        except:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass
            if not self._closed_child_pipe_fds:
                # The child's ends of the pipes made here; the parent's ends went with the file objects.
                for fd, wanted in ((p2cread, stdin), (c2pwrite, stdout), (errwrite, stderr)):
                    if wanted == PIPE:
                        _close_quietly(fd)
                if hasattr(self, '_devnull'):
                    _close_quietly(self._devnull)
            raise

    def __repr__(self):
        text = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        # universal_newlines is the old name of text_mode, kept for compatibility.
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def _translate_newlines(self, data, encoding, errors):
        return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()  # flushing may fail (broken pipe): wait anyway
        finally:
            if exc_type == KeyboardInterrupt:
                # ^C: give the child a short time to exit on its own, once, then let the interrupt go on.
                if self._sigint_wait_secs > 0:
                    try:
                        self._wait(timeout=self._sigint_wait_secs)
                    except TimeoutExpired:
                        pass
                self._sigint_wait_secs = 0
                return
            self.wait()

    def __del__(self, _maxsize=sys.maxsize, _warn=warnings.warn):
        if not self._child_created:
            return
        if self.returncode is None:
            _warn("subprocess %s is still running" % self.pid, ResourceWarning, source=self)
        self._internal_poll(_deadstate=_maxsize)
        if self.returncode is None and _active is not None:
            _active.append(self)  # reaped by _cleanup() later

    def _get_devnull(self):
        if not hasattr(self, '_devnull'):
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _stdin_write(self, input):
        # communicate() ignores a child that does not read its input: EPIPE, and EINVAL on some systems.
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate.

        The optional "input" argument should be data to be sent to the
        child process, or None, if no data should be sent to the child.
        communicate() returns a tuple (stdout, stderr).

        By default, all communication is in bytes, and therefore any
        "input" should be bytes, and the (stdout, stderr) will be bytes.
        If in text mode (indicated by self.text_mode), any "input" should
        be a string, and (stdout, stderr) will be strings decoded
        according to locale encoding, or by "encoding" if set. Text mode
        is triggered by setting any of text, encoding, errors or
        universal_newlines.
        """
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        pipes = [self.stdin, self.stdout, self.stderr]
        if timeout is None and not self._communication_started and pipes.count(None) >= 2:
            # At most one pipe and no timeout: plain blocking I/O cannot deadlock.
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr

        endtime = None if timeout is None else _time() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        except KeyboardInterrupt:
            self._wait_after_interrupt(endtime)
            raise
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return stdout, stderr

    def _wait_after_interrupt(self, endtime):
        # After a ^C, wait a little (once per object) for the child, which has probably got the signal too.
        wait_secs = self._sigint_wait_secs
        if endtime is not None:
            wait_secs = min(wait_secs, self._remaining_time(endtime))
        self._sigint_wait_secs = 0
        try:
            self._wait(timeout=wait_secs)
        except TimeoutExpired:
            pass

    def poll(self):
        """Check if child process has terminated. Set and return returncode
        attribute."""
        return self._internal_poll()

    def _remaining_time(self, endtime):
        return None if endtime is None else endtime - _time()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq, skip_check_and_raise=False):
        if endtime is None:
            return
        if skip_check_and_raise or _time() > endtime:
            raise TimeoutExpired(self.args, orig_timeout,
                                 output=b''.join(stdout_seq) if stdout_seq else None,
                                 stderr=b''.join(stderr_seq) if stderr_seq else None)

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        endtime = None if timeout is None else _time() + timeout
        try:
            return self._wait(timeout=timeout)
        except KeyboardInterrupt:
            self._wait_after_interrupt(endtime)
            raise

    def _close_pipe_fds(self, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        # The child's ends of the pipes made by _get_handles (not descriptors the caller passed), and /dev/null.
        devnull = getattr(self, '_devnull', None)
        to_close = []
        for child_end, parent_end in ((p2cread, p2cwrite), (c2pwrite, c2pread), (errwrite, errread)):
            if child_end != -1 and parent_end != -1 and child_end != devnull:
                to_close.append(child_end)
        if devnull is not None:
            to_close.append(devnull)
        error = None
        for fd in to_close:
            try:
                os.close(fd)
            except BaseException as exc:
                if error is None:
                    error = exc
        self._closed_child_pipe_fds = True
        if error is not None:
            raise error

    def _get_handles(self, stdin, stdout, stderr):
        """The descriptors (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite), -1 where none."""
        made = []  # closed again if something fails here

        def pipe():
            read_fd, write_fd = os.pipe()
            made.extend((read_fd, write_fd))
            if self.pipesize > 0:
                try:
                    import fcntl
                except ImportError:
                    fcntl = None
                if hasattr(fcntl, "F_SETPIPE_SZ"):
                    fcntl.fcntl(write_fd, fcntl.F_SETPIPE_SZ, self.pipesize)
            return read_fd, write_fd

        def child_fd(spec):
            if spec == DEVNULL:
                return self._get_devnull()
            if isinstance(spec, int):
                return spec
            return spec.fileno()

        try:
            p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = -1
            if stdin == PIPE:
                p2cread, p2cwrite = pipe()
            elif stdin is not None:
                p2cread = child_fd(stdin)
            if stdout == PIPE:
                c2pread, c2pwrite = pipe()
            elif stdout is not None:
                c2pwrite = child_fd(stdout)
            if stderr == PIPE:
                errread, errwrite = pipe()
            elif stderr == STDOUT:
                errwrite = c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno()
            elif stderr is not None:
                errwrite = child_fd(stderr)
        except:
            if hasattr(self, '_devnull'):
                made.append(self._devnull)
                del self._devnull
            for fd in made:
                _close_quietly(fd)
            raise
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env, startupinfo,
                       creationflags, shell, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                       restore_signals, gid, gids, uid, umask, start_new_session, process_group):
        """Start the program in a child process (POSIX)."""
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        sys.audit("subprocess.Popen", executable, args, cwd, env)
        orig_executable = executable

        # The error pipe; its write end must not be one of 0, 1, 2, which the child replaces.
        errpipe_read, errpipe_write = os.pipe()
        low_fds = []
        while errpipe_write < 3:
            low_fds.append(errpipe_write)
            errpipe_write = os.dup(errpipe_write)
        for fd in low_fds:
            os.close(fd)
        try:
            try:
                # Everything is converted here: the child must only make system calls.
                env_list = None
                if env is not None:
                    env_list = []
                    for key, value in env.items():
                        key = os.fsencode(key)
                        if b'=' in key:
                            raise ValueError("illegal environment variable name")
                        env_list.append(key + b'=' + os.fsencode(value))
                executable = os.fsencode(executable)
                if os.path.dirname(executable):
                    executable_list = (executable,)
                else:
                    executable_list = tuple(os.path.join(os.fsencode(directory), executable)
                                            for directory in os.get_exec_path(env))
                fds_to_keep = set(pass_fds)
                fds_to_keep.add(errpipe_write)
                self.pid = _fork_exec(args, executable_list, close_fds, tuple(sorted(map(int, fds_to_keep))),
                                      cwd, env_list, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                                      errpipe_read, errpipe_write, restore_signals, start_new_session,
                                      process_group, gid, gids, uid, umask, preexec_fn, _USE_VFORK)
                self._child_created = True
            finally:
                os.close(errpipe_write)
            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

            # The pipe closes on a successful exec: read until then (or until the child's error report).
            report = bytearray()
            while True:
                part = os.read(errpipe_read, 50000)
                report += part
                if not part or len(report) > 50000:
                    break
        finally:
            os.close(errpipe_read)

        if report:
            self._raise_child_error(bytes(report), cwd, orig_executable)

    def _raise_child_error(self, report, cwd, executable):
        # The child exited without running the program: reap it, then raise what it reported.
        try:
            pid, status = os.waitpid(self.pid, 0)
            if pid == self.pid:
                self._handle_exitstatus(status)
            else:
                self.returncode = sys.maxsize
        except ChildProcessError:
            pass
        try:
            name, hex_errno, message = report.split(b':', 2)
            message = message.decode()
        except ValueError:
            name, hex_errno = b'SubprocessError', b'0'
            message = 'Bad exception data from child: {!r}'.format(report)
        exc_type = getattr(builtins, name.decode('ascii'), SubprocessError)
        if not (isinstance(exc_type, type) and issubclass(exc_type, BaseException)):
            exc_type = SubprocessError
        if issubclass(exc_type, OSError) and hex_errno:
            number = int(hex_errno, 16)
            if message == "noexec":
                message, filename = "", cwd  # chdir(cwd) failed: the program never ran
            else:
                filename = executable
            if number != 0:
                message = os.strerror(number)
            raise exc_type(number, message, filename)
        raise exc_type(message)

    def _handle_exitstatus(self, status, _waitstatus_to_exitcode=_waitstatus_to_exitcode,
                           _WIFSTOPPED=_WIFSTOPPED, _WSTOPSIG=_WSTOPSIG):
        """Sets returncode from a waitpid() status: the exit code, or minus the signal number."""
        if _WIFSTOPPED(status):
            self.returncode = -_WSTOPSIG(status)
        else:
            self.returncode = _waitstatus_to_exitcode(status)

    def _internal_poll(self, _deadstate=None, _waitpid=_waitpid, _WNOHANG=_WNOHANG, _ECHILD=errno.ECHILD):
        """Check if child process has terminated.  Returns returncode
        attribute.

        Called by __del__: uses only its arguments and self (module globals may be gone at shutdown).
        """
        if self.returncode is None:
            if not self._waitpid_lock.acquire(False):
                return None  # another thread is in waitpid()
            try:
                if self.returncode is not None:
                    return self.returncode
                pid, status = _waitpid(self.pid, _WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(status)
            except OSError as exc:
                if _deadstate is not None:
                    self.returncode = _deadstate
                elif exc.errno == _ECHILD:
                    # SIGCHLD is ignored, or someone else reaped the child: its status is lost.
                    self.returncode = 0
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def _try_wait(self, wait_flags):
        try:
            return os.waitpid(self.pid, wait_flags)
        except ChildProcessError:
            return self.pid, 0  # reaped elsewhere (or SIGCHLD ignored): the status is lost

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            while self.returncode is None:
                with self._waitpid_lock:
                    if self.returncode is not None:
                        break
                    pid, status = self._try_wait(0)
                    if pid == self.pid:  # waitpid(pid, 0) has been seen returning 0
                        self._handle_exitstatus(status)
            return self.returncode

        # With a timeout: poll with WNOHANG, sleeping 1 ms, 2 ms, 4 ms... up to 50 ms in between.
        endtime = _time() + timeout
        delay = 0.0005
        while True:
            if self._waitpid_lock.acquire(False):
                try:
                    if self.returncode is not None:
                        break
                    pid, status = self._try_wait(os.WNOHANG)
                    if pid == self.pid:
                        self._handle_exitstatus(status)
                        break
                finally:
                    self._waitpid_lock.release()
            remaining = self._remaining_time(endtime)
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, .05)
            time.sleep(delay)
        return self.returncode

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            # Whatever the caller wrote to stdin goes first; without input, stdin is closed now.
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass

        # The output read so far survives a TimeoutExpired, so that communicate() can be called again.
        if not self._communication_started:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout] = []
            if self.stderr:
                self._fileobj2output[self.stderr] = []
        stdout = self._fileobj2output[self.stdout] if self.stdout else None
        stderr = self._fileobj2output[self.stderr] if self.stderr else None

        self._save_input(input)
        if self._input:
            input_view = memoryview(self._input)

        with _PopenSelector() as selector:
            if self.stdin and input:
                selector.register(self.stdin, selectors.EVENT_WRITE)
            if self.stdout and not self.stdout.closed:
                selector.register(self.stdout, selectors.EVENT_READ)
            if self.stderr and not self.stderr.closed:
                selector.register(self.stderr, selectors.EVENT_READ)

            while selector.get_map():
                timeout = self._remaining_time(endtime)
                if timeout is not None and timeout < 0:
                    self._check_timeout(endtime, orig_timeout, stdout, stderr, skip_check_and_raise=True)
                ready = selector.select(timeout)
                self._check_timeout(endtime, orig_timeout, stdout, stderr)
                for key, events in ready:
                    if key.fileobj is self.stdin:
                        chunk = input_view[self._input_offset:self._input_offset + _PIPE_BUF]
                        try:
                            self._input_offset += os.write(key.fd, chunk)
                        except BrokenPipeError:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        else:
                            if self._input_offset >= len(self._input):
                                selector.unregister(key.fileobj)
                                key.fileobj.close()
                    elif key.fileobj in (self.stdout, self.stderr):
                        data = os.read(key.fd, 32768)
                        if not data:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        self._fileobj2output[key.fileobj].append(data)

        self.wait(timeout=self._remaining_time(endtime))

        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)
        if self.text_mode:
            if stdout is not None:
                stdout = self._translate_newlines(stdout, self.stdout.encoding, self.stdout.errors)
            if stderr is not None:
                stderr = self._translate_newlines(stderr, self.stderr.encoding, self.stderr.errors)
        return stdout, stderr

    def _save_input(self, input):
        # Kept on self with an offset, so that a communicate() retried after a timeout sends the rest.
        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = self._input.encode(self.stdin.encoding, self.stdin.errors)

    def send_signal(self, sig):
        """Send a signal to the process."""
        # Poll first: if the child was reaped, its pid may already belong to another process.
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass  # it died between poll() and kill()

    def terminate(self):
        """Terminate the process with SIGTERM
        """
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL
        """
        self.send_signal(signal.SIGKILL)

