# The socket module (Ginger's lib/socket.py, or CPython's): enums, create_server/create_connection, accept,
# makefile in binary and text modes, socketpair, dup, getaddrinfo, errors.
import socket
print(socket.AF_INET, repr(socket.AF_INET), socket.SOCK_STREAM, repr(socket.MSG_PEEK), socket.AddressFamily.AF_UNIX)
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
print(repr(srv).replace(str(port), "PORT").replace("fd=%d" % srv.fileno(), "fd=N"))
c = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, addr = srv.accept()
print(conn.family, conn.type, type(conn).__name__, c.gettimeout(), conn.gettimeout())
c.sendall(b"hello"); print(conn.recv(100))
f = conn.makefile("rwb")
c.sendall(b"line1\nline2\n"); print(f.readline(), f.readline())
f.write(b"reply\n"); f.flush(); print(c.recv(100))
f.close()
t = c.makefile("r", encoding="utf-8")
conn.sendall("text line\n".encode()); print(repr(t.readline()))
t.close()
with c, conn, srv: pass
print(repr(c).replace("fd=-1", "fd=X"))
a, b = socket.socketpair(); a.sendall(b"x"); print(b.recv(1), type(a).__name__, a.family); a.close(); b.close()
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
d = socket.socket(); e = d.dup(); print(type(e).__name__, e.family); d.close(); e.close()
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as exc:
    print(type(exc).__name__, exc)
print(socket.error is OSError, socket.timeout is TimeoutError, "AF_INET" in socket.__all__)
