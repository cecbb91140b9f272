// The select module: select() (built on poll(2), so descriptors beyond FD_SETSIZE work), poll objects and
// epoll objects, with CPython 3.12's interface, for selectors.py and asyncio.
// TODO: devpoll/kqueue (not on Linux), epoll's sizehint/flags beyond EPOLL_CLOEXEC.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/gil.h"
#include "vm/signals.h"
#include "vm/thread_state.h"

#include <cerrno>
#include <cmath>
#include <ctime>
#include <map>
#include <poll.h>
#include <sys/epoll.h>
#include <unistd.h>
#include <vector>

namespace ginger {

namespace {

// Invariant: fds maps each registered descriptor to its event mask.
struct PollObject : Object {
    std::map<int, short> fds;
    bool polling;
};

// Invariant: epfd is -1 once closed.
struct EpollObject : Object {
    int epfd;
};

TypeObject g_poll_type;
TypeObject g_epoll_type;

Result<void> after_eintr()
{
    if (g_interrupt_pending)
        TRY(run_pending_signals());
    return {};
}

double monotonic_now()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// A timeout in seconds (None: forever, -1 in the result); `scale` converts the argument to seconds.
Result<double> seconds_arg(Val v, double scale, const char* negative_message)
{
    if (!v || is_none(v))
        return -1.0;
    double value;
    if (is_float(v)) {
        value = float_value(v);
        if (std::isnan(value))
            return raise(&g_exc_ValueError, "Invalid value NaN (not a number)");
    } else if (is_int(v)) {
        Value integer = TRY(number_index(v));
        value = TRY(int_to_double(integer));
    } else {
        return raise(&g_exc_TypeError, "timeout must be an integer or None");
    }
    value *= scale;
    if (value < 0) {
        if (negative_message)
            return raise(&g_exc_ValueError, negative_message);
        return -1.0;
    }
    return value;
}

// poll(2) with retries on EINTR until the deadline; timeout < 0 waits forever.
Result<int> poll_fds(std::vector<pollfd>& fds, double timeout)
{
    double deadline = timeout >= 0 ? monotonic_now() + timeout : 0;
    while (true) {
        int ms = -1;
        if (timeout >= 0) {
            double left = std::max(0.0, deadline - monotonic_now());
            ms = int(std::min(std::ceil(left * 1000), 2147483647.0));
        }
        int n;
        {
            GilRelease unlocked;
            n = ::poll(fds.data(), fds.size(), ms);
        }
        if (n >= 0)
            return n;
        if (errno != EINTR)
            return raise_os_error(errno);
        TRY(after_eintr());
    }
}

// select(rlist, wlist, xlist[, timeout])
Result<Value> select_select(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("select", nargs, kwnames, 3, 4));
    double timeout = nargs > 3 ? TRY(seconds_arg(args[3], 1.0, "timeout must be non-negative")) : -1.0;
    std::vector<Value> objects[3];
    std::vector<pollfd> fds;
    std::vector<std::pair<int, size_t>> owners;  // (list, index in objects) for each pollfd entry
    const short masks[3] = { POLLIN, POLLOUT, POLLPRI };
    for (int k = 0; k < 3; ++k) {
        Ref<TupleObject> items = TRY(sequence_tuple(args[k]));
        for (int64_t i = 0; i < items->size; ++i) {
            int fd = TRY(file_descriptor_arg(items->item(i)));
            objects[k].push_back(Value::borrow(items->item(i)));
            fds.push_back({ fd, masks[k], 0 });
            owners.push_back({ k, objects[k].size() - 1 });
        }
    }
    TRY(poll_fds(fds, timeout));
    Ref<ListObject> results[3] = { list_new(), list_new(), list_new() };
    for (size_t i = 0; i < fds.size(); ++i) {
        auto [k, index] = owners[i];
        short got = fds[i].revents;
        if (got & POLLNVAL)
            return raise_os_error(EBADF);
        bool ready = k == 0 ? (got & (POLLIN | POLLHUP | POLLERR)) != 0
                   : k == 1 ? (got & (POLLOUT | POLLERR)) != 0
                            : (got & POLLPRI) != 0;
        if (ready)
            list_append(results[k].get(), Value::borrow(objects[k][index]));
    }
    return Value(tuple_of({ Val(results[0].get()), Val(results[1].get()), Val(results[2].get()) }));
}

// ---- poll objects ---------------------------------------------------------------------------------

PollObject* as_poll(Val v) { return static_cast<PollObject*>(v.object()); }

void poll_destroy(Object* object) { static_cast<PollObject*>(object)->fds.~map(); }

Result<int> mask_arg(Val v)
{
    int64_t mask = TRY(index_as_ssize(v));
    if (mask < 0 || mask > 0xffff)
        return raise(&g_exc_OverflowError, "Python int too large for C unsigned short");
    return int(mask);
}

Result<Value> poll_register(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("register", nargs - 1, kwnames, 1, 2));
    int fd = TRY(file_descriptor_arg(args[1]));
    int mask = nargs > 2 ? TRY(mask_arg(args[2])) : (POLLIN | POLLPRI | POLLOUT);
    as_poll(args[0])->fds[fd] = short(mask);
    return none_value();
}

Result<Value> poll_modify(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("modify", nargs - 1, kwnames, 2, 2));
    int fd = TRY(file_descriptor_arg(args[1]));
    int mask = TRY(mask_arg(args[2]));
    auto& fds = as_poll(args[0])->fds;
    auto found = fds.find(fd);
    if (found == fds.end())
        return raise_os_error(ENOENT);
    found->second = short(mask);
    return none_value();
}

Result<Value> poll_unregister(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("unregister", nargs - 1, kwnames, 1, 1));
    int fd = TRY(file_descriptor_arg(args[1]));
    auto& fds = as_poll(args[0])->fds;
    auto found = fds.find(fd);
    if (found == fds.end())
        return raise_key_error(args[1]);
    fds.erase(found);
    return none_value();
}

Result<Value> poll_poll(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("poll", nargs - 1, kwnames, 0, 1));
    PollObject* p = as_poll(args[0]);
    double timeout = nargs > 1 ? TRY(seconds_arg(args[1], 0.001, nullptr)) : -1.0;
    if (p->polling)
        return raise(&g_exc_RuntimeError, "concurrent poll() invocation");
    std::vector<pollfd> fds;
    for (auto [fd, mask] : p->fds)
        fds.push_back({ fd, mask, 0 });
    p->polling = true;
    Result<int> n = poll_fds(fds, timeout);
    p->polling = false;
    if (n.is_error())
        return Error {};
    Ref<ListObject> result = list_new();
    for (const pollfd& item : fds) {
        if (item.revents)
            list_append(result.get(), Value(tuple_of({ Val::small_int(item.fd), Val::small_int(item.revents & 0xffff) })));
    }
    return Value(std::move(result));
}

Result<Value> select_poll(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("poll", nargs, kwnames, 0, 0));
    auto* p = static_cast<PollObject*>(alloc_object(&g_poll_type));
    if (!p)
        return raise_memory_error();
    new (&p->fds) std::map<int, short>();
    p->polling = false;
    return Value::adopt(Val(p));
}

const MethodDef s_poll_methods[] = {
    { "register", poll_register, METHOD_INSTANCE, "Register a file descriptor with the polling object." },
    { "modify", poll_modify, METHOD_INSTANCE, "Modify an already registered file descriptor." },
    { "unregister", poll_unregister, METHOD_INSTANCE, "Remove a file descriptor being tracked by the polling object." },
    { "poll", poll_poll, METHOD_INSTANCE, "Polls the set of registered file descriptors." },
    {},
};

// ---- epoll objects --------------------------------------------------------------------------------

EpollObject* as_epoll(Val v) { return static_cast<EpollObject*>(v.object()); }

void epoll_destroy(Object* object)
{
    auto* e = static_cast<EpollObject*>(object);
    if (e->epfd >= 0)
        ::close(e->epfd);
    e->epfd = -1;
}

Result<EpollObject*> open_epoll(Val v)
{
    EpollObject* e = as_epoll(v);
    if (e->epfd < 0)
        return raise(&g_exc_ValueError, "I/O operation on closed epoll object");
    return e;
}

// epoll(sizehint=-1, flags=0)
Result<Value> epoll_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("epoll", args, nargs, kwnames, { "sizehint", "flags" }, 0, out));
    if (out[0]) {
        int64_t hint = TRY(index_as_ssize(out[0]));
        if (hint == 0 || hint < -1)
            return raise(&g_exc_ValueError, "negative sizehint");
    }
    int fd = ::epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0)
        return raise_os_error(errno);
    auto* e = static_cast<EpollObject*>(alloc_object(type));
    if (!e) {
        ::close(fd);
        return raise_memory_error();
    }
    e->epfd = fd;
    return Value::adopt(Val(e));
}

Result<Value> epoll_control(const Val* args, size_t nargs, TupleObject* kwnames, int op, const char* name)
{
    Val out[2];
    TRY(bind_args(name, args + 1, nargs - 1, kwnames, { "fd", "eventmask" }, op == EPOLL_CTL_DEL ? 1 : 1, out));
    EpollObject* e = TRY(open_epoll(args[0]));
    int fd = TRY(file_descriptor_arg(out[0]));
    epoll_event event {};
    event.events = EPOLLIN | EPOLLPRI | EPOLLOUT;
    if (out[1])
        event.events = uint32_t(TRY(index_as_ssize(out[1])));
    event.data.fd = fd;
    if (::epoll_ctl(e->epfd, op, fd, &event) != 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> epoll_register(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return epoll_control(args, nargs, kwnames, EPOLL_CTL_ADD, "register");
}

Result<Value> epoll_modify(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return epoll_control(args, nargs, kwnames, EPOLL_CTL_MOD, "modify");
}

Result<Value> epoll_unregister(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return epoll_control(args, nargs, kwnames, EPOLL_CTL_DEL, "unregister");
}

// poll(timeout=None, maxevents=-1): timeout in seconds.
Result<Value> epoll_poll(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("poll", args + 1, nargs - 1, kwnames, { "timeout", "maxevents" }, 0, out));
    EpollObject* e = TRY(open_epoll(args[0]));
    double timeout = TRY(seconds_arg(out[0], 1.0, nullptr));
    int64_t maxevents = out[1] ? TRY(index_as_ssize(out[1])) : -1;
    if (maxevents == -1)
        maxevents = 1023;
    else if (maxevents < 1)
        return raise(&g_exc_ValueError, "maxevents must be greater than 0, got {}", maxevents);
    std::vector<epoll_event> events(static_cast<size_t>(maxevents));
    double deadline = timeout >= 0 ? monotonic_now() + timeout : 0;
    int n;
    while (true) {
        int ms = -1;
        if (timeout >= 0)
            ms = int(std::min(std::ceil(std::max(0.0, deadline - monotonic_now()) * 1000), 2147483647.0));
        {
            GilRelease unlocked;
            n = ::epoll_wait(e->epfd, events.data(), int(maxevents), ms);
        }
        if (n >= 0)
            break;
        if (errno != EINTR)
            return raise_os_error(errno);
        TRY(after_eintr());
    }
    Ref<ListObject> result = list_new();
    for (int i = 0; i < n; ++i)
        list_append(result.get(), Value(tuple_of({ Val::small_int(events[i].data.fd), Val(int_from_uint64(events[i].events).get()) })));
    return Value(std::move(result));
}

Result<Value> epoll_close(const Val* args, size_t, TupleObject*)
{
    EpollObject* e = as_epoll(args[0]);
    if (e->epfd >= 0) {
        int fd = e->epfd;
        e->epfd = -1;
        if (::close(fd) != 0)
            return raise_os_error(errno);
    }
    return none_value();
}

Result<Value> epoll_fileno(const Val* args, size_t, TupleObject*)
{
    return Value::small_int(TRY(open_epoll(args[0]))->epfd);
}

Result<Value> epoll_enter(const Val* args, size_t, TupleObject*)
{
    TRY(open_epoll(args[0]));
    return Value::borrow(args[0]);
}

Result<Value> epoll_exit(const Val* args, size_t, TupleObject*) { return epoll_close(args, 1, nullptr); }

Result<Value> epoll_get_closed(Val self) { return bool_value(as_epoll(self)->epfd < 0); }

const MethodDef s_epoll_methods[] = {
    { "register", epoll_register, METHOD_INSTANCE, "Registers a new fd or raises an OSError if the fd is already registered." },
    { "modify", epoll_modify, METHOD_INSTANCE, "Modify event mask for a registered file descriptor." },
    { "unregister", epoll_unregister, METHOD_INSTANCE, "Remove a registered file descriptor from the epoll object." },
    { "poll", epoll_poll, METHOD_INSTANCE, "Wait for events on the epoll file descriptor." },
    { "close", epoll_close, METHOD_INSTANCE, "Close the epoll control file descriptor." },
    { "fileno", epoll_fileno, METHOD_INSTANCE, "Return the epoll control file descriptor." },
    { "__enter__", epoll_enter, METHOD_INSTANCE, nullptr },
    { "__exit__", epoll_exit, METHOD_INSTANCE, nullptr },
    {},
};

const GetSetDef s_epoll_getsets[] = {
    { "closed", epoll_get_closed, nullptr, "True if the epoll handler is closed" },
    {},
};

const MethodDef s_select_functions[] = {
    { "select", select_select, METHOD_STATIC, "Wait until one or more file descriptors are ready for some kind of I/O." },
    { "poll", select_poll, METHOD_STATIC, "Returns a polling object." },
    {},
};

}  // namespace

Ref<ModuleObject> select_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("select"));
    if (!g_poll_type.has_flag(TYPE_READY)) {
        type_init_static(g_poll_type, "select.poll", sizeof(PollObject), &g_object_type, 0);
        g_poll_type.destroy = poll_destroy;
        g_poll_type.methods = s_poll_methods;
        type_ready(g_poll_type);
        type_init_static(g_epoll_type, "select.epoll", sizeof(EpollObject), &g_object_type, TYPE_BASETYPE);
        g_epoll_type.new_instance = epoll_new;
        g_epoll_type.destroy = epoll_destroy;
        g_epoll_type.methods = s_epoll_methods;
        g_epoll_type.getsets = s_epoll_getsets;
        type_ready(g_epoll_type);
    }
    module_add_functions(module.get(), s_select_functions);
    module_set(module.get(), "epoll", Val(&g_epoll_type));
    module_set(module.get(), "error", Val(&g_exc_OSError));
    const std::pair<const char*, int64_t> constants[] = {
        { "POLLIN", POLLIN },         { "POLLPRI", POLLPRI },       { "POLLOUT", POLLOUT },
        { "POLLERR", POLLERR },       { "POLLHUP", POLLHUP },       { "POLLNVAL", POLLNVAL },
        { "POLLRDNORM", POLLRDNORM }, { "POLLRDBAND", POLLRDBAND }, { "POLLWRNORM", POLLWRNORM },
        { "POLLWRBAND", POLLWRBAND }, { "POLLMSG", POLLMSG },       { "POLLRDHUP", POLLRDHUP },
        { "EPOLLIN", EPOLLIN },       { "EPOLLOUT", EPOLLOUT },     { "EPOLLPRI", EPOLLPRI },
        { "EPOLLERR", EPOLLERR },     { "EPOLLHUP", EPOLLHUP },     { "EPOLLET", EPOLLET },
        { "EPOLLONESHOT", EPOLLONESHOT }, { "EPOLLEXCLUSIVE", EPOLLEXCLUSIVE },
        { "EPOLLRDHUP", EPOLLRDHUP }, { "EPOLLRDNORM", EPOLLRDNORM }, { "EPOLLRDBAND", EPOLLRDBAND },
        { "EPOLLWRNORM", EPOLLWRNORM }, { "EPOLLWRBAND", EPOLLWRBAND }, { "EPOLLMSG", EPOLLMSG },
        { "EPOLL_CLOEXEC", EPOLL_CLOEXEC }, { "PIPE_BUF", 4096 },
    };
    for (const auto& [name, value] : constants)
        module_set(module.get(), name, Value(int_from_int64(value)));
    return module;
}

}  // namespace ginger
