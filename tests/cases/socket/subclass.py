# _socket.socket as a base class, as CPython's socket.py uses it (__slots__ with __weakref__).
import _socket
import _weakref


class Socket(_socket.socket):
    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def accept(self):
        fd, address = self._accept()
        return Socket(self.family, self.type, self.proto, fileno=fd), address

    def close(self):
        self._closed = True
        super().close()


server = Socket(_socket.AF_INET, _socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0))
server.listen()
client = Socket()
client.connect(server.getsockname())
conn, address = server.accept()
print(type(conn).__name__, isinstance(conn, _socket.socket), conn._io_refs, conn._closed)
client.sendall(b"through the subclass")
print(conn.recv(100))
ref = _weakref.ref(conn)
print(ref() is conn)
try:
    conn.other = 1
except AttributeError as e:
    print("AttributeError", e)
for s in (conn, client, server):
    s.close()
print(conn._closed, conn.fileno())
del conn
print(ref())
print(repr(_socket.socket.__init__)[:30])
