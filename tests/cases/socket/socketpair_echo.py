# A stream echo over socketpair(): send/recv, sendall, recv_into, shutdown, the socket's attributes.
import _socket

a, b = _socket.socketpair()
print(a.family == _socket.AF_UNIX, a.type == _socket.SOCK_STREAM, a.proto, a.timeout, b.gettimeout())
print(a.getblocking(), a.getsockname(), a.getpeername())

print(a.send(b"hello"), b.recv(100))
a.sendall(b"x" * 100000)
got = 0
while got < 100000:
    got += len(b.recv(65536))
print("received", got)

buffer = bytearray(10)
b.sendall(b"abc")
print(a.recv_into(buffer), buffer)
b.sendall(b"defgh")
print(a.recv_into(buffer, 2), buffer)
print(a.recv(10))
b.sendall(bytearray(b"view"))
print(a.recv(4))
print(a.recv(0))

a.shutdown(_socket.SHUT_WR)
print(b.recv(10))
b.sendall(b"still open")
print(a.recv(100))

fd = a.fileno()
print(fd > 2, a.detach() == fd, a.fileno())
a.close()
c = _socket.socket(fileno=fd)
print(c.family == _socket.AF_UNIX, c.type == _socket.SOCK_STREAM)
d = _socket.socket(fileno=_socket.dup(c.fileno()))
print(d.fileno() != c.fileno(), d.family == c.family)
c.close()
d.close()
print(c.fileno(), d.fileno())
c.close()  # closing twice is fine
b.close()
