# Module helpers: byte order, address conversion, name lookups, default timeout, exception types.
import _socket


def attempt(label, function, *args):
    try:
        result = function(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)


print(_socket.htons(1), _socket.ntohs(256), _socket.htonl(1), _socket.ntohl(0x01020304))
attempt("htons -1", _socket.htons, -1)
attempt("htons big", _socket.htons, 70000)
attempt("htonl -1", _socket.htonl, -1)
attempt("htonl big", _socket.htonl, 2**32)
attempt("htons str", _socket.htons, "a")

print(_socket.inet_aton("1.2.3.4"), _socket.inet_aton("127.1"), _socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(_socket.inet_pton(_socket.AF_INET, "10.0.0.255"), _socket.inet_ntop(_socket.AF_INET, b"\xc0\xa8\x01\x02"))
print(_socket.inet_pton(_socket.AF_INET6, "::1"))
print(_socket.inet_ntop(_socket.AF_INET6, bytes(range(16))), _socket.inet_ntop(_socket.AF_INET6, bytes(16)))
attempt("inet_aton", _socket.inet_aton, "x")
attempt("inet_ntoa", _socket.inet_ntoa, b"12")
attempt("inet_pton", _socket.inet_pton, _socket.AF_INET, "1.2.3")
attempt("inet_pton family", _socket.inet_pton, 99, "1")
attempt("inet_ntop length", _socket.inet_ntop, _socket.AF_INET, b"12")
attempt("inet_ntop family", _socket.inet_ntop, 99, b"1234")

print(_socket.getservbyname("http", "tcp"), _socket.getservbyname("domain", "udp"), _socket.getservbyport(80))
print(_socket.getprotobyname("tcp"), _socket.getprotobyname("udp"))
print(_socket.gethostbyname("127.0.0.1"), _socket.gethostbyname("localhost"))
print(isinstance(_socket.gethostname(), str))
for info in _socket.getaddrinfo("127.0.0.1", 80, _socket.AF_INET, _socket.SOCK_STREAM):
    print(info)
print(_socket.getaddrinfo("::1", "80", _socket.AF_INET6, _socket.SOCK_DGRAM))
print(_socket.getaddrinfo(None, 0, _socket.AF_INET, _socket.SOCK_STREAM, 0, _socket.AI_PASSIVE))

print(_socket.getnameinfo(("127.0.0.1", 80), _socket.NI_NUMERICHOST | _socket.NI_NUMERICSERV))
print(_socket.getnameinfo(("::1", 8080, 0, 0), _socket.NI_NUMERICHOST | _socket.NI_NUMERICSERV))
print(_socket.getnameinfo(("127.0.0.1", 70000), _socket.NI_NUMERICHOST | _socket.NI_NUMERICSERV))
attempt("getnameinfo str", _socket.getnameinfo, "x", 0)
attempt("getnameinfo 1-tuple", _socket.getnameinfo, ("127.0.0.1",), 0)
attempt("getnameinfo int host", _socket.getnameinfo, (1, 80), 0)
attempt("getnameinfo name", _socket.getnameinfo, ("localhost", 80), _socket.NI_NUMERICHOST)

print(_socket.if_nametoindex("lo"), _socket.if_indextoname(1), (1, "lo") in _socket.if_nameindex())
attempt("if_nametoindex", _socket.if_nametoindex, "no-such-interface")
attempt("if_indextoname -1", _socket.if_indextoname, -1)

print(_socket.getdefaulttimeout())
_socket.setdefaulttimeout(2.5)
s = _socket.socket()
print(_socket.getdefaulttimeout(), s.gettimeout(), s.getblocking())
s.close()
_socket.setdefaulttimeout(None)
s = _socket.socket()
print(s.gettimeout())
fd = _socket.dup(s.fileno())
_socket.close(fd)
s.close()

print(_socket.error is OSError, _socket.timeout is TimeoutError)
print(issubclass(_socket.herror, OSError), issubclass(_socket.gaierror, OSError))
print(_socket.herror.__name__, _socket.gaierror.__name__, _socket.socket.__name__)
print(_socket.SocketType is _socket.socket, _socket.has_ipv6)
