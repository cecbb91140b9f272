"""Ginger's socket module: the names of the native _socket, a socket class with the conveniences of
CPython's (context manager, accept(), dup(), makefile()), enums for the constants, and helpers such as
create_connection and create_server. CPython's own socket.py is used instead when its standard library
is on sys.path."""

import _socket
import io
import os
import sys
from enum import IntEnum, IntFlag

for _name in dir(_socket):
    if not _name.startswith("_"):
        globals()[_name] = getattr(_socket, _name)
del _name

_socket_type = _socket.socket
__all__ = ["fromfd", "getfqdn", "create_connection", "create_server", "has_dualstack_ipv6",
           "AddressFamily", "SocketKind", "socketpair", "SocketIO"]
__all__.extend(name for name in dir(_socket) if not name.startswith("_"))

IntEnum._convert_("AddressFamily", __name__, lambda name: name.isupper() and name.startswith("AF_"))
IntEnum._convert_("SocketKind", __name__, lambda name: name.isupper() and name.startswith("SOCK_"))
IntFlag._convert_("MsgFlag", __name__, lambda name: name.isupper() and name.startswith("MSG_"))
IntFlag._convert_("AddressInfo", __name__, lambda name: name.isupper() and name.startswith("AI_"))

_LOCALHOST = "127.0.0.1"
_LOCALHOST_V6 = "::1"
_GLOBAL_DEFAULT_TIMEOUT = object()


def _as_enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


class socket(_socket_type):
    """A socket object: _socket.socket with the Python-level conveniences."""

    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket_type.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, "_closed", False)
        text = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__, " [closed]" if closed else "",
            self.fileno(), self.family, self.type, self.proto)
        if not closed:
            try:
                local = self.getsockname()
                if local:
                    text += ", laddr=%s" % (local,)
            except OSError:
                pass
            try:
                remote = self.getpeername()
                if remote:
                    text += ", raddr=%s" % (remote,)
            except OSError:
                pass
        return text + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """A new socket object on a duplicate of this one's descriptor."""
        return self.__class__(self.family, self.type, self.proto, fileno=dup(self.fileno()))

    def accept(self):
        """Wait for a connection: (a new socket for it, the peer's address)."""
        fd, address = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, address

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading and/or writing the socket (modes 'r', 'w', 'b' and their mixes)."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        raw_mode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, raw_mode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        text = io.TextIOWrapper(buffer, io.text_encoding(encoding), errors, newline)
        text.mode = mode
        return text

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _close=_socket_type.close):
        _close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """The socket's address family, as an AddressFamily when it is one."""
        return _as_enum(super().family, AddressFamily)

    @property
    def type(self):
        """The socket's type, as a SocketKind when it is one."""
        return _as_enum(super().type, SocketKind)


def fromfd(fd, family, type, proto=0):
    """A socket object on a duplicate of descriptor fd."""
    return socket(family, type, proto, dup(fd))


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    """Two connected socket objects."""
    a, b = _socket.socketpair(family, type, proto)
    first = socket(family, type, proto, a.detach())
    second = socket(family, type, proto, b.detach())
    return first, second


class SocketIO(io.RawIOBase):
    """Raw I/O on a socket, for makefile()."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode

    def readinto(self, b):
        self._checkClosed()
        try:
            return self._sock.recv_into(b)
        except BlockingIOError:
            return None

    def write(self, b):
        self._checkClosed()
        try:
            return self._sock.send(b)
        except BlockingIOError:
            return None

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def getfqdn(name=""):
    """The fully qualified domain name of name (default: this host)."""
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    try:
        hostname, aliases, addresses = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if "." in candidate:
            return candidate
    return hostname


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port: a list of (family, type, proto, canonname, sockaddr)."""
    return [(_as_enum(af, AddressFamily), _as_enum(kind, SocketKind), protocol, canonical, address)
            for af, kind, protocol, canonical, address in _socket.getaddrinfo(host, port, family, type, proto, flags)]


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connect to (host, port), trying each address it resolves to; returns the socket."""
    host, port = address
    errors = []
    for family, kind, proto, _, sockaddr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            errors.clear()
            return sock
        except error as exc:
            if not all_errors:
                errors.clear()
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        try:
            if not all_errors:
                raise errors[0]
            raise ExceptionGroup("create_connection failed", errors)
        finally:
            errors.clear()
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """Whether a socket can accept both IPv4 and IPv6 connections."""
    if not has_ipv6:
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A listening TCP socket bound to address."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if has_ipv6 and family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            raise error(err.errno, "%s (while attempting to bind on address %r)" % (err.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise
