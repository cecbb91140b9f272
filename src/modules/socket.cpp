// The _socket module: BSD sockets with CPython 3.12's interface, for lib/socket.py-style wrappers
// (CPython's socket.py subclasses _socket.socket). Addresses are AF_INET (host, port), AF_INET6
// (host, port[, flowinfo[, scope_id]]) and AF_UNIX paths. A timeout (seconds; -1 for none) puts the
// descriptor in non-blocking mode and waits with poll(), as CPython does. Errors are OSError subclasses
// picked by errno; name lookups raise gaierror / herror.
// TODO: sendmsg/recvmsg, sethostname; AF_PACKET, AF_CAN and the
// other families' addresses.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/warnings.h"
#include "vm/gil.h"
#include "vm/signals.h"
#include "vm/thread_state.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <linux/tipc.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace ginger {

TypeObject g_socket_type;

namespace {

TypeObject g_herror_type;
TypeObject g_gaierror_type;

// Invariant: fd is -1 once closed or detached. timeout < 0 means blocking without limit.
struct SocketObject : Object {
    int fd;
    int family, type, proto;
    double timeout;
};

double s_default_timeout = -1.0;

SocketObject* as_socket(Val v) { return static_cast<SocketObject*>(v.object()); }

// A system call interrupted by a signal is retried after the signal's handlers ran.
Result<void> after_eintr()
{
    if (g_interrupt_pending)
        TRY(run_pending_signals());
    return {};
}

Error raise_gaierror(int code)
{
    if (code == EAI_SYSTEM)
        return raise_os_error(errno);
    Ref<StrObject> message = str_from_utf8(gai_strerror(code));
    return raise_with_args(&g_gaierror_type, { Val::small_int(code), Val(message.get()) });
}

Error raise_herror(int code)
{
    Ref<StrObject> message = str_from_utf8(hstrerror(code));
    return raise_with_args(&g_herror_type, { Val::small_int(code), Val(message.get()) });
}

Error raise_timeout() { return raise(&g_exc_TimeoutError, "timed out"); }

Result<int> int_arg(Val v)
{
    if (is_float(v))
        return raise(&g_exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t value = TRY(index_as_ssize(v));
    if (value > INT32_MAX || value < INT32_MIN)
        return raise(&g_exc_OverflowError, "signed integer is greater than maximum");
    return int(value);
}

// A timeout argument: None -> -1, else a non-negative number of seconds.
Result<double> timeout_arg(Val v)
{
    if (is_none(v))
        return -1.0;
    double seconds;
    if (is_float(v)) {
        seconds = float_value(v);
        if (std::isnan(seconds))
            return raise(&g_exc_ValueError, "Invalid value NaN (not a number)");
    } else {
        Value integer = TRY(number_index(v));
        seconds = TRY(int_to_double(integer));
    }
    if (seconds < 0)
        return raise(&g_exc_ValueError, "Timeout value out of range");
    return seconds;
}

Value timeout_value(double timeout)
{
    if (timeout < 0)
        return none_value();
    return float_from_double(timeout);
}

void set_nonblocking(int fd, bool nonblocking)
{
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0)
        return;
    fcntl(fd, F_SETFL, nonblocking ? flags | O_NONBLOCK : flags & ~O_NONBLOCK);
}

double monotonic_now()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// Waits until fd is ready for `events` or the deadline passes (false); a negative deadline waits forever.
Result<bool> wait_ready(int fd, short events, double deadline)
{
    while (true) {
        int ms = -1;
        if (deadline >= 0) {
            double left = std::max(0.0, deadline - monotonic_now());
            ms = int(std::min(std::ceil(left * 1000), 2147483647.0));
        }
        pollfd p = { fd, events, 0 };
        int n;
        {
            GilRelease unlocked;
            n = ::poll(&p, 1, ms);
        }
        if (n > 0)
            return true;
        if (n == 0)
            return false;
        if (errno != EINTR)
            return raise_os_error(errno);
        TRY(after_eintr());
    }
}

// Runs `op` (a system call returning -1 with errno on failure) with the socket's timeout: retries on
// EINTR, and on EAGAIN waits for `events` while time is left (until `deadline`, if given).
template<typename Op>
Result<ssize_t> sock_call(SocketObject* s, short events, Op op, double deadline = -1)
{
    if (deadline < 0)
        deadline = s->timeout > 0 ? monotonic_now() + s->timeout : 0;
    while (true) {
        if (s->fd < 0)
            return raise_os_error(EBADF);
        ssize_t n;
        {
            GilRelease unlocked;
            n = op();
        }
        if (n >= 0)
            return n;
        if (errno == EINTR) {
            TRY(after_eintr());
            continue;
        }
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && s->timeout > 0) {
            bool ready = TRY(wait_ready(s->fd, events, deadline));
            if (!ready)
                return raise_timeout();
            continue;
        }
        return raise_os_error(errno);
    }
}

Result<SocketObject*> self_socket(Val v)
{
    if (!v.is_object() || !is_subtype(v.type(), &g_socket_type))
        return raise(&g_exc_TypeError, "descriptor requires a '_socket.socket' object but received '{}'",
                     v.type()->type_name());
    return as_socket(v);
}

// ---- addresses --------------------------------------------------------------------------------------

union SockAddr {
    sockaddr sa;
    sockaddr_in in4;
    sockaddr_in6 in6;
    sockaddr_un un;
    sockaddr_storage storage;
};

Result<std::string> host_text(Val host)
{
    if (is_str(host))
        return std::string(host.as<StrObject>()->view());
    std::string_view view;
    if ((is_bytes(host) || is_bytearray(host)) && bytes_like_view(host, view))
        return std::string(view);
    return raise(&g_exc_TypeError, "str, bytes or bytearray expected, not {}", host.type()->type_name());
}

// Resolves a host name for `family` into addr (port left 0), as CPython's setipaddr.
Result<void> resolve_host(const std::string& name, int family, SockAddr& addr, socklen_t& len)
{
    if (name.find('\0') != std::string::npos)
        return raise(&g_exc_TypeError, "host name must not contain null character");
    memset(&addr, 0, sizeof addr);
    if (name.empty() || name == "<broadcast>" || name == "255.255.255.255") {
        if (family == AF_INET6 && name.empty()) {
            addr.in6.sin6_family = AF_INET6;
            addr.in6.sin6_addr = in6addr_any;
            len = sizeof addr.in6;
            return {};
        }
        if (family != AF_INET && family != AF_UNSPEC)
            return raise_os_error(EAFNOSUPPORT);
        addr.in4.sin_family = AF_INET;
        addr.in4.sin_addr.s_addr = name.empty() ? htonl(INADDR_ANY) : htonl(INADDR_BROADCAST);
        len = sizeof addr.in4;
        return {};
    }
    if ((family == AF_INET || family == AF_UNSPEC) && inet_pton(AF_INET, name.c_str(), &addr.in4.sin_addr) == 1) {
        addr.in4.sin_family = AF_INET;
        len = sizeof addr.in4;
        return {};
    }
    if ((family == AF_INET6 || family == AF_UNSPEC) && inet_pton(AF_INET6, name.c_str(), &addr.in6.sin6_addr) == 1) {
        addr.in6.sin6_family = AF_INET6;
        len = sizeof addr.in6;
        return {};
    }
    addrinfo hints {};
    hints.ai_family = family;
    addrinfo* result = nullptr;
    int code = getaddrinfo(name.c_str(), nullptr, &hints, &result);
    if (code != 0)
        return raise_gaierror(code);
    memcpy(&addr, result->ai_addr, std::min<size_t>(result->ai_addrlen, sizeof addr));
    len = result->ai_addrlen;
    freeaddrinfo(result);
    return {};
}

Result<uint16_t> port_arg(Val v, const char* caller)
{
    int64_t port = TRY(index_as_ssize(v));
    if (port < 0 || port > 0xffff)
        return raise(&g_exc_OverflowError, "{}(): port must be 0-65535.", caller);
    return uint16_t(port);
}

// Converts a Python address for the socket's family, as CPython's getsockaddrarg.
Result<void> sockaddr_arg(int family, Val address, SockAddr& addr, socklen_t& len, const char* caller)
{
    memset(&addr, 0, sizeof addr);
    switch (family) {
    case AF_UNIX: {
        std::string_view path;
        std::string text;
        if (is_str(address)) {
            text = std::string(address.as<StrObject>()->view());
            path = text;
        } else if (!bytes_like_view(address, path)) {
            return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", address.type()->type_name());
        }
        if (path.size() >= sizeof addr.un.sun_path && !(path.size() == sizeof addr.un.sun_path && path[0] == '\0'))
            return raise(&g_exc_OSError, "AF_UNIX path too long");
        addr.un.sun_family = AF_UNIX;
        memcpy(addr.un.sun_path, path.data(), path.size());
        len = socklen_t(offsetof(sockaddr_un, sun_path) + path.size());
        if (!path.empty() && path[0] != '\0')
            len += 1;
        return {};
    }
    case AF_INET: {
        if (!is_tuple(address))
            return raise(&g_exc_TypeError, "{}(): AF_INET address must be tuple, not {}", caller,
                         address.type()->type_name());
        auto* t = address.as<TupleObject>();
        if (t->size != 2)
            return raise(&g_exc_TypeError, "AF_INET address must be a pair (host, port)");
        std::string host = TRY(host_text(t->item(0)));
        if (!is_int(t->item(1)))
            return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", t->item(1).type()->type_name());
        uint16_t port = TRY(port_arg(t->item(1), caller));
        TRY(resolve_host(host, AF_INET, addr, len));
        addr.in4.sin_port = htons(port);
        return {};
    }
    case AF_INET6: {
        if (!is_tuple(address))
            return raise(&g_exc_TypeError, "{}(): AF_INET6 address must be tuple, not {}", caller,
                         address.type()->type_name());
        auto* t = address.as<TupleObject>();
        if (t->size < 2 || t->size > 4)
            return raise(&g_exc_TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        std::string host = TRY(host_text(t->item(0)));
        uint16_t port = TRY(port_arg(t->item(1), caller));
        int64_t flowinfo = t->size > 2 ? TRY(index_as_ssize(t->item(2))) : 0;
        int64_t scope = t->size > 3 ? TRY(index_as_ssize(t->item(3))) : 0;
        if (flowinfo < 0 || flowinfo > 0xfffff)
            return raise(&g_exc_OverflowError, "{}(): flowinfo must be 0-1048575.", caller);
        TRY(resolve_host(host, AF_INET6, addr, len));
        addr.in6.sin6_port = htons(port);
        addr.in6.sin6_flowinfo = htonl(uint32_t(flowinfo));
        addr.in6.sin6_scope_id = uint32_t(scope);
        return {};
    }
    default: return raise(&g_exc_OSError, "{}(): bad family", caller);
    }
}

Value address_value(const SockAddr& addr, socklen_t len)
{
    if (len == 0)
        return none_value();
    switch (addr.sa.sa_family) {
    case AF_INET: {
        char text[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &addr.in4.sin_addr, text, sizeof text);
        Ref<StrObject> host = str_from_utf8(text);
        return Value(tuple_of({ Val(host.get()), Val::small_int(ntohs(addr.in4.sin_port)) }));
    }
    case AF_INET6: {
        char text[INET6_ADDRSTRLEN];
        inet_ntop(AF_INET6, &addr.in6.sin6_addr, text, sizeof text);
        Ref<StrObject> host = str_from_utf8(text);
        Value flow = int_from_uint64(ntohl(addr.in6.sin6_flowinfo));
        Value scope = int_from_uint64(addr.in6.sin6_scope_id);
        return Value(tuple_of({ Val(host.get()), Val::small_int(ntohs(addr.in6.sin6_port)), flow, scope }));
    }
    case AF_UNIX: {
        size_t offset = offsetof(sockaddr_un, sun_path);
        if (len <= offset)
            return Value(str_from_utf8(""));
        size_t n = len - offset;
        if (addr.un.sun_path[0] == '\0')
            return Value(bytes_from(std::string_view(addr.un.sun_path, n)));
        std::string_view path(addr.un.sun_path, strnlen(addr.un.sun_path, n));
        return Value(str_from_utf8(path));
    }
    default:
        return Value(tuple_of({ Val::small_int(addr.sa.sa_family),
                                Val(bytes_from(std::string_view(addr.sa.sa_data, sizeof addr.sa.sa_data)).get()) }));
    }
}

// ---- the socket type ------------------------------------------------------------------------------

void socket_destroy(Object* object)
{
    auto* s = static_cast<SocketObject*>(object);
    if (s->fd >= 0)
        ::close(s->fd);
    s->fd = -1;
}

// Dropped while open: CPython's ResourceWarning "unclosed <socket...>", while the socket still works (the
// repr asks for its address); destroy then closes it.
void socket_finalize(Object* object)
{
    if (static_cast<SocketObject*>(object)->fd >= 0)
        warn_resource(Val(object), "unclosed", Val(object));
}

Result<Value> socket_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* s = static_cast<SocketObject*>(alloc_object(type));
    if (!s)
        return raise_memory_error();
    s->fd = -1;
    s->family = AF_INET;
    s->type = SOCK_STREAM;
    s->proto = 0;
    s->timeout = -1.0;
    return Value::adopt(Val(s));
}

void apply_timeout(SocketObject* s, double timeout)
{
    s->timeout = timeout;
    if (s->fd >= 0)
        set_nonblocking(s->fd, timeout >= 0);
}

// socket(family=-1, type=-1, proto=-1, fileno=None)
Result<void> socket_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("socket", args, nargs, kwnames, { "family", "type", "proto", "fileno" }, 0, out));
    SocketObject* s = as_socket(self);
    int family = out[0] && !is_none(out[0]) ? TRY(int_arg(out[0])) : -1;
    int type = out[1] && !is_none(out[1]) ? TRY(int_arg(out[1])) : -1;
    int proto = out[2] && !is_none(out[2]) ? TRY(int_arg(out[2])) : -1;
    int fd;
    if (out[3] && !is_none(out[3])) {
        if (is_float(out[3]))
            return raise(&g_exc_TypeError, "'float' object cannot be interpreted as an integer");
        fd = TRY(int_arg(out[3]));
        if (fd < 0)
            return raise(&g_exc_ValueError, "negative file descriptor");
        SockAddr addr;
        socklen_t len = sizeof addr;
        memset(&addr, 0, sizeof addr);
        if (getsockname(fd, &addr.sa, &len) == 0) {
            if (family == -1)
                family = addr.sa.sa_family;
        } else if (errno == EBADF || errno == ENOTSOCK) {
            return raise_os_error(errno);
        }
        int value;
        socklen_t size = sizeof value;
        if (type == -1) {
            if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &value, &size) != 0)
                return raise_os_error(errno);
            type = value;
        }
        size = sizeof value;
        if (proto == -1) {
            if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &value, &size) != 0)
                return raise_os_error(errno);
            proto = value;
        }
    } else {
        if (family == -1)
            family = AF_INET;
        if (type == -1)
            type = SOCK_STREAM;
        if (proto == -1)
            proto = 0;
        fd = ::socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0)
            return raise_os_error(errno);
    }
    if (s->fd >= 0)
        ::close(s->fd);
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    double timeout = s_default_timeout;
    if (type & SOCK_NONBLOCK)
        timeout = 0.0;
    if (timeout >= 0)
        apply_timeout(s, timeout);
    else
        s->timeout = -1.0;
    return {};
}

Result<Value> socket_repr(Val self)
{
    SocketObject* s = as_socket(self);
    return Value(str_from_utf8("<socket object, fd=" + std::to_string(s->fd) + ", family=" + std::to_string(s->family) +
                               ", type=" + std::to_string(s->type) + ", proto=" + std::to_string(s->proto) + ">"));
}

#define SELF(name, min, max)                                        \
    TRY(check_positional(name, nargs - 1, kwnames, min, max));      \
    SocketObject* s = TRY(self_socket(args[0]))

Result<Value> socket_fileno(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("fileno", 0, 0);
    return Value::small_int(s->fd);
}

Result<Value> socket_close(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("close", 0, 0);
    int fd = s->fd;
    if (fd >= 0) {
        s->fd = -1;
        if (::close(fd) != 0 && errno != ECONNRESET)
            return raise_os_error(errno);
    }
    return none_value();
}

Result<Value> socket_detach(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("detach", 0, 0);
    int fd = s->fd;
    s->fd = -1;
    return Value::small_int(fd);
}

Result<Value> socket_bind(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("bind", 1, 1);
    SockAddr addr;
    socklen_t len = 0;
    TRY(sockaddr_arg(s->family, args[1], addr, len, "bind"));
    if (::bind(s->fd, &addr.sa, len) != 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> socket_listen(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("listen", 0, 1);
    int backlog = nargs > 1 ? TRY(int_arg(args[1])) : std::min(SOMAXCONN, 128);
    if (backlog < 0)
        backlog = 0;
    if (::listen(s->fd, backlog) != 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> socket_accept(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("_accept", 0, 0);
    SockAddr addr;
    socklen_t len = 0;
    ssize_t fd = TRY(sock_call(s, POLLIN, [&] {
        len = sizeof addr;
        return ssize_t(::accept4(s->fd, &addr.sa, &len, SOCK_CLOEXEC));
    }));
    Value address = address_value(addr, len);
    return Value(tuple_of({ Val::small_int(fd), address }));
}

// connect and connect_ex: 0 or the errno.
Result<int> do_connect(SocketObject* s, Val address, const char* caller)
{
    SockAddr addr;
    socklen_t len = 0;
    TRY(sockaddr_arg(s->family, address, addr, len, caller));
    if (s->fd < 0)
        return EBADF;
    int status;
    {
        GilRelease unlocked;
        status = ::connect(s->fd, &addr.sa, len);
    }
    if (status == 0)
        return 0;
    int error = errno;
    if (error == EINTR) {
        TRY(after_eintr());  // the connection goes on in the background: wait for it below
        if (s->timeout == 0)
            return EINTR;
    } else if (error != EINPROGRESS || s->timeout == 0) {
        return error;
    }
    double deadline = s->timeout > 0 ? monotonic_now() + s->timeout : -1.0;
    bool ready = TRY(wait_ready(s->fd, POLLOUT, deadline));
    if (!ready)
        return -1;
    int value = 0;
    socklen_t size = sizeof value;
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &value, &size) != 0)
        return errno;
    return value;
}

Result<Value> socket_connect(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("connect", 1, 1);
    int error = TRY(do_connect(s, args[1], "connect"));
    if (error == -1)
        return raise_timeout();
    if (error != 0)
        return raise_os_error(error);
    return none_value();
}

Result<Value> socket_connect_ex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("connect_ex", 1, 1);
    int error = TRY(do_connect(s, args[1], "connect_ex"));
    if (error == -1)
        error = EWOULDBLOCK;
    return Value::small_int(error);
}

Result<int> flags_arg(const Val* args, size_t nargs, size_t index)
{
    return nargs > index ? TRY(int_arg(args[index])) : 0;
}

// The view stays valid (and a bytearray cannot be resized) while `held` lives: keep it for the whole call,
// since the send runs without the GIL and another thread may meanwhile try to change the object.
Result<std::string_view> data_arg(Val v, Buffer& held)
{
    TRY(get_contiguous_buffer(v, held));
    return held.bytes();
}

Result<Value> socket_send(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("send", 1, 2);
    Buffer held_data;
    std::string_view data = TRY(data_arg(args[1], held_data));
    int flags = TRY(flags_arg(args, nargs, 2));
    ssize_t n = TRY(sock_call(s, POLLOUT, [&] { return ::send(s->fd, data.data(), data.size(), flags | MSG_NOSIGNAL); }));
    return int_from_int64(n);
}

Result<Value> socket_sendall(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("sendall", 1, 2);
    Buffer held_data;
    std::string_view data = TRY(data_arg(args[1], held_data));
    int flags = TRY(flags_arg(args, nargs, 2));
    size_t sent = 0;
    double deadline = s->timeout > 0 ? monotonic_now() + s->timeout : 0;  // the timeout covers the whole call
    while (sent < data.size()) {
        ssize_t n = TRY(sock_call(s, POLLOUT, [&] {
            return ::send(s->fd, data.data() + sent, data.size() - sent, flags | MSG_NOSIGNAL);
        }, deadline));
        sent += size_t(n);
        // A signal cuts a blocking send short without an error: its handler runs before the next send.
        if (sent < data.size() && g_interrupt_pending)
            TRY(run_pending_signals());
    }
    return none_value();
}

Result<Value> socket_sendto(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("sendto", 2, 3);
    Buffer held_data;
    std::string_view data = TRY(data_arg(args[1], held_data));
    int flags = nargs == 4 ? TRY(int_arg(args[2])) : 0;
    SockAddr addr;
    socklen_t len = 0;
    TRY(sockaddr_arg(s->family, args[nargs - 1], addr, len, "sendto"));
    ssize_t n = TRY(sock_call(s, POLLOUT, [&] {
        return ::sendto(s->fd, data.data(), data.size(), flags | MSG_NOSIGNAL, &addr.sa, len);
    }));
    return int_from_int64(n);
}

Result<int64_t> size_arg(Val v, const char* message)
{
    int64_t size = TRY(index_as_ssize(v));
    if (size < 0)
        return raise(&g_exc_ValueError, message);
    return size;
}

Result<Value> socket_recv(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("recv", 1, 2);
    int64_t size = TRY(size_arg(args[1], "negative buffersize in recv"));
    int flags = TRY(flags_arg(args, nargs, 2));
    if (size == 0)
        return Value(bytes_from(""));  // as CPython: recv(2) with no room would wait for data
    std::string buffer(size_t(size), '\0');
    ssize_t n = TRY(sock_call(s, POLLIN, [&] { return ::recv(s->fd, buffer.data(), buffer.size(), flags); }));
    return Value(bytes_from(std::string_view(buffer.data(), size_t(n))));
}

Result<Value> socket_recvfrom(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("recvfrom", 1, 2);
    int64_t size = TRY(size_arg(args[1], "negative buffersize in recvfrom"));
    int flags = TRY(flags_arg(args, nargs, 2));
    std::string buffer(size_t(size), '\0');
    SockAddr addr;
    socklen_t len = 0;
    ssize_t n = TRY(sock_call(s, POLLIN, [&] {
        len = sizeof addr;
        return ::recvfrom(s->fd, buffer.data(), buffer.size(), flags, &addr.sa, &len);
    }));
    Value data(bytes_from(std::string_view(buffer.data(), size_t(n))));
    Value address = address_value(addr, len);
    return Value(tuple_of({ data, address }));
}

// recv_into(buffer, nbytes=0, flags=0)
Result<Value> socket_recv_into(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    SocketObject* s = TRY(self_socket(args[0]));
    TRY(bind_args("recv_into", args + 1, nargs - 1, kwnames, { "buffer", "nbytes", "flags" }, 1, out));
    Buffer target;
    TRY(get_writable_buffer(out[0], target, "recv_into() argument 1"));
    int64_t size = out[1] ? TRY(size_arg(out[1], "negative buffersize in recv_into")) : 0;
    if (size > target.info.length)
        return raise(&g_exc_ValueError, "buffer too small for requested bytes");
    if (size == 0)
        size = target.info.length;
    int flags = out[2] ? TRY(int_arg(out[2])) : 0;
    ssize_t n = TRY(sock_call(s, POLLIN, [&] { return ::recv(s->fd, target.info.data, size_t(size), flags); }));
    return int_from_int64(n);
}

// recvfrom_into(buffer, nbytes=0, flags=0) -> (nbytes, address)
Result<Value> socket_recvfrom_into(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    SocketObject* s = TRY(self_socket(args[0]));
    TRY(bind_args("recvfrom_into", args + 1, nargs - 1, kwnames, { "buffer", "nbytes", "flags" }, 1, out));
    Buffer target;
    TRY(get_writable_buffer(out[0], target, "recvfrom_into() argument 1"));
    int64_t size = out[1] ? TRY(size_arg(out[1], "negative buffersize in recvfrom_into")) : 0;
    if (size > target.info.length)
        return raise(&g_exc_ValueError, "nbytes is greater than the length of the buffer");
    if (size == 0)
        size = target.info.length;
    int flags = out[2] ? TRY(int_arg(out[2])) : 0;
    SockAddr addr;
    socklen_t len = 0;
    ssize_t n = TRY(sock_call(s, POLLIN, [&] {
        len = sizeof addr;
        return ::recvfrom(s->fd, target.info.data, size_t(size), flags, &addr.sa, &len);
    }));
    Value address = address_value(addr, len);
    return Value(tuple_of({ Val(int_from_int64(n).get()), address }));
}

Result<Value> socket_shutdown(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("shutdown", 1, 1);
    int how = TRY(int_arg(args[1]));
    if (::shutdown(s->fd, how) != 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> socket_getsockname(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("getsockname", 0, 0);
    SockAddr addr;
    memset(&addr, 0, sizeof addr);
    socklen_t len = sizeof addr;
    if (::getsockname(s->fd, &addr.sa, &len) != 0)
        return raise_os_error(errno);
    return address_value(addr, len);
}

Result<Value> socket_getpeername(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("getpeername", 0, 0);
    SockAddr addr;
    memset(&addr, 0, sizeof addr);
    socklen_t len = sizeof addr;
    if (::getpeername(s->fd, &addr.sa, &len) != 0)
        return raise_os_error(errno);
    return address_value(addr, len);
}

// setsockopt(level, option, value: int | buffer) or setsockopt(level, option, None, optlen)
Result<Value> socket_setsockopt(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("setsockopt", 3, 4);
    int level = TRY(int_arg(args[1]));
    int option = TRY(int_arg(args[2]));
    int rc;
    if (nargs == 5) {
        if (!is_none(args[3]))
            return raise(&g_exc_TypeError, "setsockopt() takes 3 arguments with a non-None value");
        unsigned optlen = unsigned(TRY(int_arg(args[4])));
        rc = ::setsockopt(s->fd, level, option, nullptr, optlen);
    } else if (is_int(args[3])) {
        int value = TRY(int_arg(args[3]));
        rc = ::setsockopt(s->fd, level, option, &value, sizeof value);
    } else {
        Buffer held_data;
        std::string_view data = TRY(data_arg(args[3], held_data));
        rc = ::setsockopt(s->fd, level, option, data.data(), socklen_t(data.size()));
    }
    if (rc != 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> socket_getsockopt(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("getsockopt", 2, 3);
    int level = TRY(int_arg(args[1]));
    int option = TRY(int_arg(args[2]));
    if (nargs == 3) {
        int value = 0;
        socklen_t size = sizeof value;
        if (::getsockopt(s->fd, level, option, &value, &size) != 0)
            return raise_os_error(errno);
        return Value::small_int(value);
    }
    int buflen = TRY(int_arg(args[3]));
    if (buflen <= 0 || buflen > 1024)
        return raise(&g_exc_OSError, "getsockopt buflen out of range");
    std::string buffer(size_t(buflen), '\0');
    socklen_t size = socklen_t(buflen);
    if (::getsockopt(s->fd, level, option, buffer.data(), &size) != 0)
        return raise_os_error(errno);
    return Value(bytes_from(std::string_view(buffer.data(), size)));
}

Result<Value> socket_setblocking(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("setblocking", 1, 1);
    bool blocking = TRY(is_truthy(args[1]));
    apply_timeout(s, blocking ? -1.0 : 0.0);
    return none_value();
}

Result<Value> socket_getblocking(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("getblocking", 0, 0);
    return bool_value(s->timeout != 0.0);
}

Result<Value> socket_settimeout(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("settimeout", 1, 1);
    double timeout = TRY(timeout_arg(args[1]));
    apply_timeout(s, timeout);
    return none_value();
}

Result<Value> socket_gettimeout(const Val* args, size_t nargs, TupleObject* kwnames)
{
    SELF("gettimeout", 0, 0);
    return timeout_value(s->timeout);
}

Result<Value> socket_get_family(Val self) { return Value::small_int(as_socket(self)->family); }
Result<Value> socket_get_type(Val self) { return Value::small_int(as_socket(self)->type); }
Result<Value> socket_get_proto(Val self) { return Value::small_int(as_socket(self)->proto); }
Result<Value> socket_get_timeout(Val self) { return timeout_value(as_socket(self)->timeout); }

#define METHOD(name, function, doc) { name, function, METHOD_INSTANCE, doc }

const MethodDef s_socket_methods[] = {
    METHOD("_accept", socket_accept, "_accept() -> (integer, address info)"),
    METHOD("bind", socket_bind, "Bind the socket to a local address."),
    METHOD("close", socket_close, "Close the socket."),
    METHOD("connect", socket_connect, "Connect the socket to a remote address."),
    METHOD("connect_ex", socket_connect_ex, "Like connect(address), but return an error code instead of raising."),
    METHOD("detach", socket_detach, "Close the socket object without closing the underlying file descriptor."),
    METHOD("fileno", socket_fileno, "Return the integer file descriptor of the socket."),
    METHOD("getblocking", socket_getblocking, "Return True if the socket is in blocking mode."),
    METHOD("getpeername", socket_getpeername, "Return the address of the remote endpoint."),
    METHOD("getsockname", socket_getsockname, "Return the address of the local endpoint."),
    METHOD("getsockopt", socket_getsockopt, "Get a socket option."),
    METHOD("gettimeout", socket_gettimeout, "Returns the timeout in seconds (float) associated with socket operations."),
    METHOD("listen", socket_listen, "Enable a server to accept connections."),
    METHOD("recv", socket_recv, "Receive up to buffersize bytes from the socket."),
    METHOD("recv_into", socket_recv_into, "Receive up to nbytes bytes from the socket into a buffer."),
    METHOD("recvfrom_into", socket_recvfrom_into, "Like recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info."),
    METHOD("recvfrom", socket_recvfrom, "Like recv(buffersize, flags) but also return the sender's address info."),
    METHOD("send", socket_send, "Send a data string to the socket."),
    METHOD("sendall", socket_sendall, "Send a data string to the socket, all of it."),
    METHOD("sendto", socket_sendto, "Like send(data, flags) but allows specifying the destination address."),
    METHOD("setblocking", socket_setblocking, "Set the socket to blocking (flag is true) or non-blocking (false)."),
    METHOD("setsockopt", socket_setsockopt, "Set a socket option."),
    METHOD("settimeout", socket_settimeout, "Set a timeout on socket operations."),
    METHOD("shutdown", socket_shutdown, "Shut down the reading side of the socket (flag == SHUT_RD), etc."),
    {},
};

const GetSetDef s_socket_getsets[] = {
    { "family", socket_get_family, nullptr, "the socket family" },
    { "type", socket_get_type, nullptr, "the socket type" },
    { "proto", socket_get_proto, nullptr, "the socket protocol" },
    { "timeout", socket_get_timeout, nullptr, "the socket timeout" },
    {},
};

// ---- module functions -----------------------------------------------------------------------------

Result<Value> socket_socketpair(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("socketpair", args, nargs, kwnames, { "family", "type", "proto" }, 0, out));
    int family = out[0] && !is_none(out[0]) ? TRY(int_arg(out[0])) : AF_UNIX;
    int type = out[1] && !is_none(out[1]) ? TRY(int_arg(out[1])) : SOCK_STREAM;
    int proto = out[2] && !is_none(out[2]) ? TRY(int_arg(out[2])) : 0;
    int fds[2];
    if (::socketpair(family, type | SOCK_CLOEXEC, proto, fds) != 0)
        return raise_os_error(errno);
    Value pair[2];
    for (int i = 0; i < 2; ++i) {
        pair[i] = TRY(socket_new(&g_socket_type, nullptr, 0, nullptr));
        SocketObject* s = as_socket(pair[i]);
        s->fd = fds[i];
        s->family = family;
        s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        s->proto = proto;
        if (s_default_timeout >= 0)
            apply_timeout(s, s_default_timeout);
    }
    return Value(tuple_of({ pair[0], pair[1] }));
}

Result<Value> socket_module_dup(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("dup", nargs, kwnames, 1, 1));
    int fd = TRY(int_arg(args[0]));
    int result = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (result < 0)
        return raise_os_error(errno);
    return Value::small_int(result);
}

Result<Value> socket_module_close(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("close", nargs, kwnames, 1, 1));
    int fd = TRY(int_arg(args[0]));
    if (::close(fd) != 0 && errno != ECONNRESET)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> socket_getdefaulttimeout(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getdefaulttimeout", nargs, kwnames, 0, 0));
    return timeout_value(s_default_timeout);
}

Result<Value> socket_setdefaulttimeout(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setdefaulttimeout", nargs, kwnames, 1, 1));
    s_default_timeout = TRY(timeout_arg(args[0]));
    return none_value();
}

// The 16- and 32-bit byte-order conversions, with CPython's range errors.
Result<uint64_t> unsigned_arg(Val v, const char* name, int bits)
{
    if (!is_int(v))
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", v.type()->type_name());
    int64_t value;
    if (!int_to_int64(v, value) || value > (int64_t(1) << bits) - 1) {
        if (bits == 16)
            return raise(&g_exc_OverflowError, "{}: Python int too large to convert to C 16-bit unsigned integer", name);
        return raise(&g_exc_OverflowError, "int larger than 32 bits");
    }
    if (value < 0) {
        if (bits == 16)
            return raise(&g_exc_OverflowError, "{}: can't convert negative Python int to C 16-bit unsigned integer", name);
        return raise(&g_exc_OverflowError, "can't convert negative value to unsigned int");
    }
    return uint64_t(value);
}

Result<Value> socket_htons(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("htons", nargs, kwnames, 1, 1));
    return Value::small_int(htons(uint16_t(TRY(unsigned_arg(args[0], "htons", 16)))));
}

Result<Value> socket_ntohs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("ntohs", nargs, kwnames, 1, 1));
    return Value::small_int(ntohs(uint16_t(TRY(unsigned_arg(args[0], "ntohs", 16)))));
}

Result<Value> socket_htonl(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("htonl", nargs, kwnames, 1, 1));
    return int_from_uint64(htonl(uint32_t(TRY(unsigned_arg(args[0], "htonl", 32)))));
}

Result<Value> socket_ntohl(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("ntohl", nargs, kwnames, 1, 1));
    return int_from_uint64(ntohl(uint32_t(TRY(unsigned_arg(args[0], "ntohl", 32)))));
}

Result<std::string> str_arg(Val v, const char* function, int index)
{
    if (!is_str(v))
        return raise(&g_exc_TypeError, "{}() argument {} must be str, not {}", function, index, v.type()->type_name());
    return std::string(v.as<StrObject>()->view());
}

Result<Value> socket_inet_aton(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("inet_aton", nargs, kwnames, 1, 1));
    std::string text = TRY(str_arg(args[0], "inet_aton", 1));
    in_addr addr;
    if (inet_aton(text.c_str(), &addr) == 0)
        return raise(&g_exc_OSError, "illegal IP address string passed to inet_aton");
    return Value(bytes_from(std::string_view(reinterpret_cast<const char*>(&addr), 4)));
}

Result<Value> socket_inet_ntoa(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("inet_ntoa", nargs, kwnames, 1, 1));
    Buffer held_packed;
    std::string_view packed = TRY(data_arg(args[0], held_packed));
    if (packed.size() != 4)
        return raise(&g_exc_OSError, "packed IP wrong length for inet_ntoa");
    char text[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, packed.data(), text, sizeof text);
    return Value(str_from_utf8(text));
}

Result<Value> socket_inet_pton(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("inet_pton", nargs, kwnames, 2, 2));
    int family = TRY(int_arg(args[0]));
    std::string text = TRY(str_arg(args[1], "inet_pton", 2));
    unsigned char packed[sizeof(in6_addr)];
    int rc = inet_pton(family, text.c_str(), packed);
    if (rc < 0)
        return raise_os_error(errno);
    if (rc == 0)
        return raise(&g_exc_OSError, "illegal IP address string passed to inet_pton");
    size_t size = family == AF_INET ? 4 : 16;
    return Value(bytes_from(std::string_view(reinterpret_cast<const char*>(packed), size)));
}

Result<Value> socket_inet_ntop(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("inet_ntop", nargs, kwnames, 2, 2));
    int family = TRY(int_arg(args[0]));
    Buffer held_packed;
    std::string_view packed = TRY(data_arg(args[1], held_packed));
    if (family == AF_INET) {
        if (packed.size() != 4)
            return raise(&g_exc_ValueError, "invalid length of packed IP address string");
    } else if (family == AF_INET6) {
        if (packed.size() != 16)
            return raise(&g_exc_ValueError, "invalid length of packed IP address string");
    } else {
        return raise(&g_exc_ValueError, "unknown address family {}", family);
    }
    char text[INET6_ADDRSTRLEN];
    if (!inet_ntop(family, packed.data(), text, sizeof text))
        return raise_os_error(errno);
    return Value(str_from_utf8(text));
}

Result<Value> socket_gethostname(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gethostname", nargs, kwnames, 0, 0));
    char name[1024];
    if (::gethostname(name, sizeof name - 1) != 0)
        return raise_os_error(errno);
    name[sizeof name - 1] = '\0';
    return Value(str_from_utf8(name));
}

Result<std::string> ip_text(const SockAddr& addr)
{
    char text[INET6_ADDRSTRLEN];
    if (addr.sa.sa_family == AF_INET6)
        inet_ntop(AF_INET6, &addr.in6.sin6_addr, text, sizeof text);
    else
        inet_ntop(AF_INET, &addr.in4.sin_addr, text, sizeof text);
    return std::string(text);
}

Result<Value> socket_gethostbyname(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gethostbyname", nargs, kwnames, 1, 1));
    std::string name = TRY(str_arg(args[0], "gethostbyname", 1));
    SockAddr addr;
    socklen_t len = 0;
    TRY(resolve_host(name, AF_INET, addr, len));
    return Value(str_from_utf8(TRY(ip_text(addr))));
}

Value host_entry(const hostent* entry)
{
    Ref<ListObject> aliases = list_new();
    for (char** alias = entry->h_aliases; alias && *alias; ++alias)
        list_append(aliases.get(), Value(str_from_utf8(*alias)));
    Ref<ListObject> addresses = list_new();
    for (char** item = entry->h_addr_list; item && *item; ++item) {
        char text[INET6_ADDRSTRLEN];
        inet_ntop(entry->h_addrtype, *item, text, sizeof text);
        list_append(addresses.get(), Value(str_from_utf8(text)));
    }
    Ref<StrObject> name = str_from_utf8(entry->h_name);
    return Value(tuple_of({ Val(name.get()), Val(aliases.get()), Val(addresses.get()) }));
}

Result<Value> socket_gethostbyname_ex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gethostbyname_ex", nargs, kwnames, 1, 1));
    std::string name = TRY(str_arg(args[0], "gethostbyname_ex", 1));
    SockAddr addr;
    socklen_t len = 0;
    TRY(resolve_host(name, AF_INET, addr, len));
    hostent* entry = ::gethostbyname(name.c_str());
    if (!entry)
        return raise_herror(h_errno);
    return host_entry(entry);
}

Result<Value> socket_gethostbyaddr(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("gethostbyaddr", nargs, kwnames, 1, 1));
    std::string name = TRY(str_arg(args[0], "gethostbyaddr", 1));
    SockAddr addr;
    socklen_t len = 0;
    TRY(resolve_host(name, AF_UNSPEC, addr, len));
    hostent* entry;
    if (addr.sa.sa_family == AF_INET6)
        entry = ::gethostbyaddr(&addr.in6.sin6_addr, sizeof addr.in6.sin6_addr, AF_INET6);
    else
        entry = ::gethostbyaddr(&addr.in4.sin_addr, sizeof addr.in4.sin_addr, AF_INET);
    if (!entry)
        return raise_herror(h_errno);
    return host_entry(entry);
}

Result<const char*> optional_proto(const Val* args, size_t nargs, std::string& storage, const char* function)
{
    if (nargs < 2 || is_none(args[1]))
        return static_cast<const char*>(nullptr);
    storage = TRY(str_arg(args[1], function, 2));
    return storage.c_str();
}

Result<Value> socket_getservbyname(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getservbyname", nargs, kwnames, 1, 2));
    std::string name = TRY(str_arg(args[0], "getservbyname", 1));
    std::string storage;
    const char* proto = TRY(optional_proto(args, nargs, storage, "getservbyname"));
    servent* entry = ::getservbyname(name.c_str(), proto);
    if (!entry)
        return raise(&g_exc_OSError, "service/proto not found");
    return Value::small_int(ntohs(uint16_t(entry->s_port)));
}

Result<Value> socket_getservbyport(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getservbyport", nargs, kwnames, 1, 2));
    int port = TRY(int_arg(args[0]));
    if (port < 0 || port > 0xffff)
        return raise(&g_exc_OverflowError, "getservbyport: port must be 0-65535.");
    std::string storage;
    const char* proto = TRY(optional_proto(args, nargs, storage, "getservbyport"));
    servent* entry = ::getservbyport(htons(uint16_t(port)), proto);
    if (!entry)
        return raise(&g_exc_OSError, "port/proto not found");
    return Value(str_from_utf8(entry->s_name));
}

Result<Value> socket_getprotobyname(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getprotobyname", nargs, kwnames, 1, 1));
    std::string name = TRY(str_arg(args[0], "getprotobyname", 1));
    protoent* entry = ::getprotobyname(name.c_str());
    if (!entry)
        return raise(&g_exc_OSError, "protocol not found");
    return Value::small_int(entry->p_proto);
}

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
Result<Value> socket_getaddrinfo(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[6];
    TRY(bind_args("getaddrinfo", args, nargs, kwnames, { "host", "port", "family", "type", "proto", "flags" }, 2, out));
    std::string host, port;
    const char* host_ptr = nullptr;
    const char* port_ptr = nullptr;
    if (!is_none(out[0])) {
        if (is_str(out[0]) || is_bytes(out[0])) {
            host = TRY(host_text(out[0]));
            host_ptr = host.c_str();
        } else {
            return raise(&g_exc_TypeError, "getaddrinfo() argument 1 must be string or None");
        }
    }
    if (is_int(out[1])) {
        port = std::to_string(TRY(int_as_int64(out[1])));
        port_ptr = port.c_str();
    } else if (is_str(out[1]) || is_bytes(out[1])) {
        port = TRY(host_text(out[1]));
        port_ptr = port.c_str();
    } else if (!is_none(out[1])) {
        return raise(&g_exc_OSError, "Int or String expected");
    }
    addrinfo hints {};
    hints.ai_family = out[2] ? TRY(int_arg(out[2])) : 0;
    hints.ai_socktype = out[3] ? TRY(int_arg(out[3])) : 0;
    hints.ai_protocol = out[4] ? TRY(int_arg(out[4])) : 0;
    hints.ai_flags = out[5] ? TRY(int_arg(out[5])) : 0;
    addrinfo* result = nullptr;
    int code;
    {
        GilRelease unlocked;
        code = getaddrinfo(host_ptr, port_ptr, &hints, &result);
    }
    if (code != 0)
        return raise_gaierror(code);
    Ref<ListObject> list = list_new();
    for (addrinfo* item = result; item; item = item->ai_next) {
        SockAddr addr;
        memset(&addr, 0, sizeof addr);
        memcpy(&addr, item->ai_addr, std::min<size_t>(item->ai_addrlen, sizeof addr));
        Value address = address_value(addr, item->ai_addrlen);
        Ref<StrObject> canonical = str_from_utf8(item->ai_canonname ? item->ai_canonname : "");
        list_append(list.get(), Value(tuple_of({ Val::small_int(item->ai_family), Val::small_int(item->ai_socktype),
                                                 Val::small_int(item->ai_protocol), Val(canonical.get()), address })));
    }
    freeaddrinfo(result);
    return Value(std::move(list));
}

// getnameinfo(sockaddr, flags): (host, port) for a numeric address, as names or numbers by flags.
Result<Value> socket_getnameinfo(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getnameinfo", nargs, kwnames, 2, 2));
    if (!is_tuple(args[0]))
        return raise(&g_exc_TypeError, "getnameinfo() argument 1 must be a tuple");
    auto* t = args[0].as<TupleObject>();
    if (t->size < 2 || t->size > 4 || !is_str(t->item(0)) || !is_int(t->item(1)))
        return raise(&g_exc_TypeError, "getnameinfo(): illegal sockaddr argument");
    int flags = TRY(int_arg(args[1]));
    std::string host(t->item(0).as<StrObject>()->view());
    int port = TRY(int_arg(t->item(1)));
    int64_t flowinfo = t->size > 2 ? TRY(index_as_ssize(t->item(2))) : 0;
    int64_t scope = t->size > 3 ? TRY(index_as_ssize(t->item(3))) : 0;
    if (flowinfo < 0 || flowinfo > 0xfffff)
        return raise(&g_exc_OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_NUMERICHOST;
    addrinfo* result = nullptr;
    std::string service = std::to_string(port);
    int code = getaddrinfo(host.c_str(), service.c_str(), &hints, &result);
    if (code != 0)
        return raise_gaierror(code);
    if (result->ai_next) {
        freeaddrinfo(result);
        return raise(&g_exc_OSError, "sockaddr resolved to multiple addresses");
    }
    SockAddr addr;
    memset(&addr, 0, sizeof addr);
    memcpy(&addr, result->ai_addr, std::min<size_t>(result->ai_addrlen, sizeof addr));
    socklen_t len = result->ai_addrlen;
    freeaddrinfo(result);
    if (addr.sa.sa_family == AF_INET) {
        if (t->size != 2)
            return raise(&g_exc_OSError, "IPv4 sockaddr must be 2 tuple");
        addr.in4.sin_port = htons(uint16_t(port));
    } else if (addr.sa.sa_family == AF_INET6) {
        addr.in6.sin6_port = htons(uint16_t(port));
        addr.in6.sin6_flowinfo = htonl(uint32_t(flowinfo));
        addr.in6.sin6_scope_id = uint32_t(scope);
    }
    char host_text[NI_MAXHOST], service_text[NI_MAXSERV];
    code = getnameinfo(&addr.sa, len, host_text, sizeof host_text, service_text, sizeof service_text, flags);
    if (code != 0)
        return raise_gaierror(code);
    Ref<StrObject> host_value = str_from_utf8(host_text);
    Ref<StrObject> service_value = str_from_utf8(service_text);
    return Value(tuple_of({ Val(host_value.get()), Val(service_value.get()) }));
}

Result<Value> socket_if_nametoindex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("if_nametoindex", nargs, kwnames, 1, 1));
    std::string name;
    std::string_view view;
    if (is_str(args[0]))
        name = std::string(args[0].as<StrObject>()->view());
    else if (bytes_like_view(args[0], view))
        name = std::string(view);
    else
        return raise(&g_exc_TypeError, "expected str, bytes or os.PathLike object, not {}", args[0].type()->type_name());
    unsigned index = if_nametoindex(name.c_str());
    if (index == 0)
        return raise(&g_exc_OSError, "no interface with this name");
    return int_from_uint64(index);
}

Result<Value> socket_if_indextoname(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("if_indextoname", nargs, kwnames, 1, 1));
    if (!is_int(args[0]))
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", args[0].type()->type_name());
    int64_t index;
    if (!int_to_int64(args[0], index) || index > int64_t(UINT32_MAX))
        return raise(&g_exc_OverflowError, "Python int too large to convert to C unsigned long");
    if (index < 0)
        return raise(&g_exc_OverflowError, "can't convert negative value to unsigned int");
    char name[IF_NAMESIZE + 1];
    if (!if_indextoname(unsigned(index), name))
        return raise_os_error(errno);
    return Value(str_from_utf8(name));
}

Result<Value> socket_if_nameindex(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("if_nameindex", nargs, kwnames, 0, 0));
    struct if_nameindex* list = ::if_nameindex();
    if (!list)
        return raise_os_error(errno);
    Ref<ListObject> result = list_new();
    for (struct if_nameindex* item = list; item->if_index != 0; ++item) {
        Ref<StrObject> name = str_from_utf8(item->if_name);
        list_append(result.get(), Value(tuple_of({ Val(int_from_uint64(item->if_index).get()), Val(name.get()) })));
    }
    if_freenameindex(list);
    return Value(std::move(result));
}

#define FUNCTION(name, function, doc) { name, function, METHOD_STATIC, doc }

const MethodDef s_socket_functions[] = {
    FUNCTION("close", socket_module_close, "Close an integer socket file descriptor."),
    FUNCTION("dup", socket_module_dup, "Duplicate an integer socket file descriptor."),
    FUNCTION("getaddrinfo", socket_getaddrinfo, "Resolve host and port into addrinfo struct."),
    FUNCTION("getdefaulttimeout", socket_getdefaulttimeout, "Returns the default timeout in seconds (float) for new socket objects."),
    FUNCTION("gethostbyaddr", socket_gethostbyaddr, "Return the true host name, a list of aliases, and a list of IP addresses, for a host."),
    FUNCTION("gethostbyname", socket_gethostbyname, "Return the IP address (a string of the form '255.255.255.255') for a host."),
    FUNCTION("gethostbyname_ex", socket_gethostbyname_ex, "Return the true host name, a list of aliases, and a list of IP addresses, for a host."),
    FUNCTION("gethostname", socket_gethostname, "Return the current host name."),
    FUNCTION("getnameinfo", socket_getnameinfo, "Get host and port for a sockaddr."),
    FUNCTION("getprotobyname", socket_getprotobyname, "Return the protocol number for the named protocol."),
    FUNCTION("getservbyname", socket_getservbyname, "Return a port number from a service name and protocol name."),
    FUNCTION("getservbyport", socket_getservbyport, "Return the service name from a port number and protocol name."),
    FUNCTION("if_indextoname", socket_if_indextoname, "Returns the interface name corresponding to the interface index if_index."),
    FUNCTION("if_nameindex", socket_if_nameindex, "Returns a list of network interface information (index, name) tuples."),
    FUNCTION("if_nametoindex", socket_if_nametoindex, "Returns the interface index corresponding to the interface name if_name."),
    FUNCTION("htonl", socket_htonl, "Convert a 32-bit unsigned integer from host to network byte order."),
    FUNCTION("htons", socket_htons, "Convert a 16-bit unsigned integer from host to network byte order."),
    FUNCTION("inet_aton", socket_inet_aton, "Convert an IP address in string format (123.45.67.89) to the 32-bit packed binary format."),
    FUNCTION("inet_ntoa", socket_inet_ntoa, "Convert an IP address from 32-bit packed binary format to string format."),
    FUNCTION("inet_ntop", socket_inet_ntop, "Convert a packed IP address of the given family to string format."),
    FUNCTION("inet_pton", socket_inet_pton, "Convert an IP address from string format to a packed string suitable for use with low-level network functions."),
    FUNCTION("ntohl", socket_ntohl, "Convert a 32-bit unsigned integer from network to host byte order."),
    FUNCTION("ntohs", socket_ntohs, "Convert a 16-bit unsigned integer from network to host byte order."),
    FUNCTION("setdefaulttimeout", socket_setdefaulttimeout, "Set the default timeout in seconds (float) for new socket objects."),
    FUNCTION("socketpair", socket_socketpair, "Create a pair of socket objects from the sockets returned by the platform socketpair() function."),
    {},
};

// The constants CPython 3.12's _socket exposes on Linux (the list was taken from it once); the values
// come from the system headers.
#define C(name) { #name, int64_t(name) }
const std::pair<const char*, int64_t> s_constants[] = {
    C(AF_ALG),    C(AF_APPLETALK),    C(AF_ASH),    C(AF_ATMPVC),
    C(AF_ATMSVC),    C(AF_AX25),    C(AF_BRIDGE),    C(AF_CAN),
    C(AF_DECnet),    C(AF_ECONET),    C(AF_INET),    C(AF_INET6),
    C(AF_IPX),    C(AF_IRDA),    C(AF_KEY),    C(AF_LLC),
    C(AF_NETBEUI),    C(AF_NETLINK),    C(AF_NETROM),    C(AF_PACKET),
    C(AF_PPPOX),    C(AF_QIPCRTR),    C(AF_RDS),    C(AF_ROSE),
    C(AF_ROUTE),    C(AF_SECURITY),    C(AF_SNA),    C(AF_TIPC),
    C(AF_UNIX),    C(AF_UNSPEC),    C(AF_VSOCK),    C(AF_WANPIPE),
    C(AF_X25),    C(AI_ADDRCONFIG),    C(AI_ALL),    C(AI_CANONNAME),
    C(AI_NUMERICHOST),    C(AI_NUMERICSERV),    C(AI_PASSIVE),    C(AI_V4MAPPED),
    C(EAI_ADDRFAMILY),    C(EAI_AGAIN),    C(EAI_BADFLAGS),    C(EAI_FAIL),
    C(EAI_FAMILY),    C(EAI_MEMORY),    C(EAI_NODATA),    C(EAI_NONAME),
    C(EAI_OVERFLOW),    C(EAI_SERVICE),    C(EAI_SOCKTYPE),    C(EAI_SYSTEM),
    C(INADDR_ALLHOSTS_GROUP),    C(INADDR_ANY),    C(INADDR_BROADCAST),    C(INADDR_LOOPBACK),
    C(INADDR_MAX_LOCAL_GROUP),    C(INADDR_NONE),    C(INADDR_UNSPEC_GROUP),    C(IPPORT_RESERVED),
    C(IPPORT_USERRESERVED),    C(IPPROTO_AH),    C(IPPROTO_DSTOPTS),    C(IPPROTO_EGP),
    C(IPPROTO_ESP),    C(IPPROTO_FRAGMENT),    C(IPPROTO_GRE),    C(IPPROTO_HOPOPTS),
    C(IPPROTO_ICMP),    C(IPPROTO_ICMPV6),    C(IPPROTO_IDP),    C(IPPROTO_IGMP),
    C(IPPROTO_IP),    C(IPPROTO_IPIP),    C(IPPROTO_IPV6),    C(IPPROTO_MPTCP),
    C(IPPROTO_NONE),    C(IPPROTO_PIM),    C(IPPROTO_PUP),    C(IPPROTO_RAW),
    C(IPPROTO_ROUTING),    C(IPPROTO_RSVP),    C(IPPROTO_SCTP),    C(IPPROTO_TCP),
    C(IPPROTO_TP),    C(IPPROTO_UDP),    C(IPPROTO_UDPLITE),    C(IPV6_CHECKSUM),
    C(IPV6_DONTFRAG),    C(IPV6_DSTOPTS),    C(IPV6_HOPLIMIT),    C(IPV6_HOPOPTS),
    C(IPV6_JOIN_GROUP),    C(IPV6_LEAVE_GROUP),    C(IPV6_MULTICAST_HOPS),    C(IPV6_MULTICAST_IF),
    C(IPV6_MULTICAST_LOOP),    C(IPV6_NEXTHOP),    C(IPV6_PATHMTU),    C(IPV6_PKTINFO),
    C(IPV6_RECVDSTOPTS),    C(IPV6_RECVHOPLIMIT),    C(IPV6_RECVHOPOPTS),    C(IPV6_RECVPATHMTU),
    C(IPV6_RECVPKTINFO),    C(IPV6_RECVRTHDR),    C(IPV6_RECVTCLASS),    C(IPV6_RTHDR),
    C(IPV6_RTHDRDSTOPTS),    C(IPV6_RTHDR_TYPE_0),    C(IPV6_TCLASS),    C(IPV6_UNICAST_HOPS),
    C(IPV6_V6ONLY),    C(IP_ADD_MEMBERSHIP),    C(IP_ADD_SOURCE_MEMBERSHIP),    C(IP_BIND_ADDRESS_NO_PORT),
    C(IP_BLOCK_SOURCE),    C(IP_DEFAULT_MULTICAST_LOOP),    C(IP_DEFAULT_MULTICAST_TTL),    C(IP_DROP_MEMBERSHIP),
    C(IP_DROP_SOURCE_MEMBERSHIP),    C(IP_HDRINCL),    C(IP_MAX_MEMBERSHIPS),    C(IP_MULTICAST_IF),
    C(IP_MULTICAST_LOOP),    C(IP_MULTICAST_TTL),    C(IP_OPTIONS),    C(IP_PKTINFO),
    C(IP_RECVOPTS),    C(IP_RECVRETOPTS),    C(IP_RECVTOS),    C(IP_RETOPTS),
    C(IP_TOS),    C(IP_TRANSPARENT),    C(IP_TTL),    C(IP_UNBLOCK_SOURCE),
    C(MSG_CMSG_CLOEXEC),    C(MSG_CONFIRM),    C(MSG_CTRUNC),    C(MSG_DONTROUTE),
    C(MSG_DONTWAIT),    C(MSG_EOR),    C(MSG_ERRQUEUE),    C(MSG_FASTOPEN),
    C(MSG_MORE),    C(MSG_NOSIGNAL),    C(MSG_OOB),    C(MSG_PEEK),
    C(MSG_TRUNC),    C(MSG_WAITALL),    C(NI_DGRAM),    C(NI_MAXHOST),
    C(NI_MAXSERV),    C(NI_NAMEREQD),    C(NI_NOFQDN),    C(NI_NUMERICHOST),
    C(NI_NUMERICSERV),    C(PF_CAN),    C(PF_PACKET),    C(PF_RDS),
    C(SCM_CREDENTIALS),    C(SCM_RIGHTS),    C(SHUT_RD),    C(SHUT_RDWR),
    C(SHUT_WR),    C(SOCK_CLOEXEC),    C(SOCK_DGRAM),    C(SOCK_NONBLOCK),
    C(SOCK_RAW),    C(SOCK_RDM),    C(SOCK_SEQPACKET),    C(SOCK_STREAM),
    C(SOL_ALG),    C(SOL_IP),    C(SOL_RDS),    C(SOL_SOCKET),
    C(SOL_TCP),    C(SOL_TIPC),    C(SOL_UDP),    C(SOMAXCONN),
    C(SO_ACCEPTCONN),    C(SO_BINDTODEVICE),    C(SO_BROADCAST),    C(SO_DEBUG),
    C(SO_DOMAIN),    C(SO_DONTROUTE),    C(SO_ERROR),    C(SO_INCOMING_CPU),
    C(SO_KEEPALIVE),    C(SO_LINGER),    C(SO_MARK),    C(SO_OOBINLINE),
    C(SO_PASSCRED),    C(SO_PASSSEC),    C(SO_PEERCRED),    C(SO_PEERSEC),
    C(SO_PRIORITY),    C(SO_PROTOCOL),    C(SO_RCVBUF),    C(SO_RCVLOWAT),
    C(SO_RCVTIMEO),    C(SO_REUSEADDR),    C(SO_REUSEPORT),    C(SO_SNDBUF),
    C(SO_SNDLOWAT),    C(SO_SNDTIMEO),    C(SO_TYPE),    C(TCP_CC_INFO),
    C(TCP_CONGESTION),    C(TCP_CORK),    C(TCP_DEFER_ACCEPT),    C(TCP_FASTOPEN),
    C(TCP_FASTOPEN_CONNECT),    C(TCP_FASTOPEN_KEY),    C(TCP_FASTOPEN_NO_COOKIE),    C(TCP_INFO),
    C(TCP_INQ),    C(TCP_KEEPCNT),    C(TCP_KEEPIDLE),    C(TCP_KEEPINTVL),
    C(TCP_LINGER2),    C(TCP_MAXSEG),    C(TCP_MD5SIG),    C(TCP_MD5SIG_EXT),
    C(TCP_NODELAY),    C(TCP_NOTSENT_LOWAT),    C(TCP_QUEUE_SEQ),    C(TCP_QUICKACK),
    C(TCP_REPAIR),    C(TCP_REPAIR_OPTIONS),    C(TCP_REPAIR_QUEUE),    C(TCP_REPAIR_WINDOW),
    C(TCP_SAVED_SYN),    C(TCP_SAVE_SYN),    C(TCP_SYNCNT),    C(TCP_THIN_DUPACK),
    C(TCP_THIN_LINEAR_TIMEOUTS),    C(TCP_TIMESTAMP),    C(TCP_TX_DELAY),    C(TCP_ULP),
    C(TCP_USER_TIMEOUT),    C(TCP_WINDOW_CLAMP),    C(TCP_ZEROCOPY_RECEIVE),
};
#undef C

}  // namespace

Ref<ModuleObject> socket_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_socket"));
    if (!g_socket_type.has_flag(TYPE_READY)) {
        type_init_static(g_socket_type, "_socket.socket", sizeof(SocketObject), &g_object_type, TYPE_BASETYPE);
        g_socket_type.new_instance = socket_new;
        g_socket_type.init = socket_init;
        g_socket_type.destroy = socket_destroy;
        g_socket_type.finalize = socket_finalize;
        g_socket_type.repr = socket_repr;
        g_socket_type.methods = s_socket_methods;
        g_socket_type.getsets = s_socket_getsets;
        g_socket_type.doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object";
        type_ready(g_socket_type);
        type_init_static(g_herror_type, "socket.herror", sizeof(BaseExceptionObject), &g_exc_OSError,
                         TYPE_BASETYPE | TYPE_GC | TYPE_EXCEPTION_SUBCLASS);
        type_ready(g_herror_type);
        type_init_static(g_gaierror_type, "socket.gaierror", sizeof(BaseExceptionObject), &g_exc_OSError,
                         TYPE_BASETYPE | TYPE_GC | TYPE_EXCEPTION_SUBCLASS);
        type_ready(g_gaierror_type);
    }
    module_add_functions(module.get(), s_socket_functions);
    module_set(module.get(), "socket", Val(&g_socket_type));
    module_set(module.get(), "SocketType", Val(&g_socket_type));
    module_set(module.get(), "error", Val(&g_exc_OSError));
    module_set(module.get(), "herror", Val(&g_herror_type));
    module_set(module.get(), "gaierror", Val(&g_gaierror_type));
    module_set(module.get(), "timeout", Val(&g_exc_TimeoutError));
    module_set(module.get(), "has_ipv6", Val(g_true));
    module_set(module.get(), "CAPI", none());
    for (const auto& [name, value] : s_constants)
        module_set(module.get(), name, Value(int_from_int64(value)));
    return module;
}

}  // namespace ginger
