# A signal that cuts sendall() short (a partial send, no EINTR) runs its handler before the next, blocking
# send: the handler's exception ends sendall (this used to block forever, nothing reading the other end).
import signal
import socket


def handler(signum, frame):
    1 / 0


signal.signal(signal.SIGALRM, handler)
a, b = socket.socketpair()
signal.alarm(1)
try:
    a.sendall(b"x" * (1 << 24))
except ZeroDivisionError:
    print("ZeroDivisionError")
finally:
    signal.alarm(0)
print(len(b.recv(100)))
a.close()
b.close()
