# logging.handlers.SysLogHandler over UDP to a socket of our own, priorities and facilities;
# DatagramHandler's socket and address.
import logging
import logging.handlers
import socket

receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receiver.bind(("127.0.0.1", 0))
receiver.settimeout(5)
port = receiver.getsockname()[1]
handler = logging.handlers.SysLogHandler(address=("127.0.0.1", port), facility="local3")
handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
logger = logging.getLogger("sys")
logger.propagate = False
logger.setLevel(1)
logger.addHandler(handler)
logger.warning("disk %s", "full")
print(receiver.recv(1024))
handler.ident = "app "
handler.append_nul = False
logger.error("boom")
print(receiver.recv(1024))
logger.log(5, "custom level")
print(receiver.recv(1024))
S = logging.handlers.SysLogHandler
print(handler.encodePriority(S.LOG_USER, S.LOG_ALERT), handler.encodePriority("mail", "debug"), handler.mapPriority("INFO"))
print(S.LOG_LOCAL7, S.LOG_DEBUG, sorted(S.facility_names.items())[:3], S.priority_names["panic"], handler.unixsocket)
handler.close()
print(handler.socket)
datagram = logging.handlers.DatagramHandler("127.0.0.1", port)
print(datagram.address == ("127.0.0.1", port), datagram.sock, datagram.closeOnError, datagram.retryStart, datagram.retryMax)
datagram.send(b"raw bytes")
print(receiver.recv(1024))
datagram.close()
receiver.close()
