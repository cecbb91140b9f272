# A TCP echo on 127.0.0.1: bind to port 0, listen, connect, _accept, options, connect_ex.
import _socket

server = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
server.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)
print(server.getsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR) != 0)
print(server.getsockopt(_socket.SOL_SOCKET, _socket.SO_TYPE) == _socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0))
server.listen(5)
host, port = server.getsockname()
print(host, 0 < port < 65536)

client = _socket.socket()
print(client.family == _socket.AF_INET, client.type == _socket.SOCK_STREAM, client.proto)
client.connect(("127.0.0.1", port))
fd, address = server._accept()
conn = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM, 0, fd)
print(address == client.getsockname(), client.getpeername() == (host, port))
print(conn.getpeername() == client.getsockname())

for message in (b"ping", b"a longer message", b"\x00\x01\x02"):
    client.sendall(message)
    data = conn.recv(1024)
    conn.sendall(data.upper())
    print(client.recv(1024))

client.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)
print(client.getsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY))
print(len(client.getsockopt(_socket.SOL_SOCKET, _socket.SO_LINGER, 8)))

client.close()
print(conn.recv(10))
conn.close()

# A timeout while accepting, then a non-blocking accept.
server.settimeout(0.05)
print(server.gettimeout(), server.timeout, server.getblocking())
try:
    server._accept()
except TimeoutError as e:
    print(type(e).__name__, e, isinstance(e, _socket.timeout))
server.setblocking(False)
print(server.gettimeout(), server.getblocking())
try:
    server._accept()
except BlockingIOError as e:
    print(type(e).__name__, e.errno == 11)
server.setblocking(True)
print(server.gettimeout())
server.close()

# Nobody listens on the closed server's port now.
probe = _socket.socket()
print(probe.connect_ex(("127.0.0.1", port)) == 111)
probe.close()
probe = _socket.socket()
try:
    probe.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
probe.close()
