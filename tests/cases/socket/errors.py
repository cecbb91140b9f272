# Errors with CPython's types and messages: bad addresses, closed sockets, bad arguments.
import _socket


def attempt(label, function, *args):
    try:
        result = function(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)


s = _socket.socket()
attempt("connect str", s.connect, "x")
attempt("connect 1-tuple", s.connect, ("127.0.0.1",))
attempt("port range", s.connect, ("127.0.0.1", 70000))
attempt("bind int host", s.bind, (1, 2))
attempt("settimeout -1", s.settimeout, -1)
attempt("settimeout str", s.settimeout, "x")
attempt("recv -1", s.recv, -1)
attempt("send int", s.send, 5)
attempt("recv_into bytes", s.recv_into, b"abc")
attempt("getpeername", s.getpeername)
s.close()
attempt("closed recv", s.recv, 1)
attempt("closed send", s.send, b"x")
attempt("closed fileno", s.fileno)

s6 = _socket.socket(_socket.AF_INET6)
attempt("inet6 1-tuple", s6.connect, ("::1",))
attempt("inet6 str", s6.connect, "x")
s6.close()

u = _socket.socket(_socket.AF_UNIX)
attempt("unix int", u.connect, 1)
attempt("unix missing", u.connect, "/nonexistent/socket")
attempt("unix too long", u.bind, "a" * 200)
u.close()

attempt("family 99", _socket.socket, 99)
attempt("negative fileno", _socket.socket, -1, -1, -1, -5)
attempt("float fileno", _socket.socket, -1, -1, -1, 1.5)
attempt("getservbyname", _socket.getservbyname, "no-such-service")
attempt("getservbyport", _socket.getservbyport, 70000)
attempt("getprotobyname", _socket.getprotobyname, "no-such-protocol")
# AI_NUMERICHOST: the lookup fails without asking any name server.
attempt("getaddrinfo", _socket.getaddrinfo, "host.invalid", 80, 0, 0, 0, _socket.AI_NUMERICHOST)
try:
    _socket.getaddrinfo("host.invalid", None, 0, 0, 0, _socket.AI_NUMERICHOST)
except _socket.gaierror as e:
    print(e.errno == _socket.EAI_NONAME, e.strerror, e.args)
attempt("getaddrinfo port", _socket.getaddrinfo, "127.0.0.1", 1.5)
attempt("getaddrinfo host", _socket.getaddrinfo, 5, 80)
