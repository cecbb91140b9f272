# UDP datagrams on 127.0.0.1: sendto/recvfrom, connected datagram sockets, recv timeouts.
import _socket

receiver = _socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM)
receiver.bind(("127.0.0.1", 0))
sender = _socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM)
sender.bind(("127.0.0.1", 0))
print(receiver.type == _socket.SOCK_DGRAM, receiver.proto)

for message in (b"one", b"two", b""):
    print(sender.sendto(message, receiver.getsockname()))
for _ in range(3):
    data, address = receiver.recvfrom(100)
    print(data, address == sender.getsockname())

sender.connect(receiver.getsockname())
sender.send(b"connected")
print(receiver.recv(4))  # the rest of a datagram is discarded
receiver.sendto(b"reply", sender.getsockname())
print(sender.recv(100))
sender.sendto(b"flags", 0, receiver.getsockname())
print(receiver.recvfrom(100, _socket.MSG_PEEK)[0], receiver.recv(100))

sender.sendto(b"into a buffer", receiver.getsockname())
buffer = bytearray(8)
count, address = receiver.recvfrom_into(buffer, 4)
print(count, buffer, address == sender.getsockname())
try:
    receiver.recvfrom_into(buffer, 20)
except ValueError as e:
    print("ValueError", e)

receiver.settimeout(0.01)
try:
    receiver.recvfrom(100)
except TimeoutError as e:
    print("TimeoutError", e)
sender.close()
receiver.close()
try:
    receiver.recvfrom(10)
except OSError as e:
    print(type(e).__name__, e)
