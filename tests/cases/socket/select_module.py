# select.select, select.poll and select.epoll on a socketpair.
import _socket
import select

a, b = _socket.socketpair()
print(select.select([a], [], [], 0))
print(select.select([a], [b], [], 0) == ([], [b], []))
b.sendall(b"data")
r, w, x = select.select([a, b], [], [], 1.0)
print(r == [a], w, x)
r, w, x = select.select([a.fileno()], [], [])
print(r == [a.fileno()])
print(a.recv(10))
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print("ValueError", e)
try:
    select.select(["x"], [], [], 0)
except TypeError as e:
    print("TypeError", e)

p = select.poll()
p.register(a, select.POLLIN)
print(p.poll(0))
b.sendall(b"more")
print(p.poll(1000) == [(a.fileno(), select.POLLIN)])
p.modify(a, select.POLLIN | select.POLLOUT)
print(p.poll() == [(a.fileno(), select.POLLIN | select.POLLOUT)])
p.unregister(a)
print(p.poll(0))
try:
    p.unregister(a)
except KeyError as e:
    print("KeyError")
print(a.recv(10))

e = select.epoll()
print(e.closed, e.fileno() > 2)
e.register(a.fileno(), select.EPOLLIN)
print(e.poll(0))
b.sendall(b"epoll")
print(e.poll(1) == [(a.fileno(), select.EPOLLIN)])
e.unregister(a.fileno())
try:
    e.unregister(a.fileno())
except FileNotFoundError as error:
    print(type(error).__name__, error)
e.close()
print(e.closed)
with select.epoll() as e2:
    print(e2.closed)
print(e2.closed)
a.close()
b.close()
print(select.error is OSError, select.POLLIN, select.POLLOUT, select.EPOLLIN, select.EPOLLET)
