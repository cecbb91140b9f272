# OSError(errno, ...) picks the subclass for the errno, including the ones sockets raise.
import errno

for name in ("EAGAIN", "EWOULDBLOCK", "EALREADY", "EINPROGRESS", "EPIPE", "ESHUTDOWN", "ECONNREFUSED",
             "ECONNRESET", "ECONNABORTED", "ETIMEDOUT", "EINTR", "ECHILD", "ESRCH", "ENOTCONN", "EADDRINUSE"):
    e = OSError(getattr(errno, name), "message")
    print(name, type(e).__name__, e)
