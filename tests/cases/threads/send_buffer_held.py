# While a send waits without the GIL, the bytearray it sends stays exported: another thread cannot resize it
# (socket.send/sendall used to release it first, so the send went on reading freed memory).
import os
import socket
import threading
import time

results = []


def resize_then_drain(ba, receive):
    time.sleep(0.2)
    try:
        ba.clear()
        results.append("resized")
    except BufferError as e:
        results.append("BufferError: %s" % e)
    while receive():
        pass


a, b = socket.socketpair()
ba = bytearray(b"x" * (1 << 22))
t = threading.Thread(target=resize_then_drain, args=(ba, lambda: b.recv(1 << 20)))
t.start()
a.sendall(ba)
a.close()
t.join()
b.close()
print(results, len(ba))

results.clear()
r, w = os.pipe()
ba = bytearray(b"y" * (1 << 20))
left = [len(ba)]


def drain():
    left[0] -= len(os.read(r, 1 << 16))
    return left[0] > 0


t = threading.Thread(target=resize_then_drain, args=(ba, drain))
t.start()
print(os.write(w, ba))
t.join()
print(results, len(ba))
os.close(r)
os.close(w)
