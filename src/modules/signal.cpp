// The _signal module (CPython's signal.py wraps it): Python handlers for signals, run by the VM at its
// next safe point after the signal arrives (vm/signals.h), and the signal-related system calls.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/set.h"
#include "vm/frame.h"
#include "vm/gil.h"
#include "vm/signals.h"
#include "vm/thread_state.h"

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

namespace ginger {

namespace {

// The Python-level handler of each signal: a callable, SIG_DFL (0), SIG_IGN (1), or None for a handler
// not installed from Python. Allocated once and never freed, so no static destructor runs at exit.
Value* s_handlers = nullptr;
Value* s_default_int_handler = nullptr;
TypeObject g_itimer_error_type;

// The argument checks of CPython's Argument Clinic: one-argument functions are named with their module.
Result<void> check_args(std::string_view qualified, size_t nargs, TupleObject* kwnames, size_t min, size_t max)
{
    std::string_view name = qualified;
    if (!(min == max && min <= 1))
        name = name.substr(name.find('.') + 1);
    return check_positional(name, nargs, kwnames, min, max);
}

Result<int64_t> c_int_argument(Val v)
{
    if (is_float(v))
        return raise(&g_exc_TypeError, "'float' object cannot be interpreted as an integer");
    Value index = TRY(number_index(v));
    int64_t value;
    if (!int_to_int64(index, value) || value < INT_MIN || value > INT_MAX)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    return value;
}

Result<int> signal_number_argument(Val v)
{
    int64_t signum = TRY(c_int_argument(v));
    if (signum < 1 || signum >= SIGNAL_COUNT)
        return raise(&g_exc_ValueError, "signal number out of range");
    return int(signum);
}

// The handlers that Python code sees for the signals' state at startup.
void init_handlers()
{
    for (int signum = 1; signum < SIGNAL_COUNT; ++signum) {
        struct sigaction current;
        if (sigaction(signum, nullptr, &current) != 0) {
            s_handlers[signum] = none_value();
            continue;
        }
        if (current.sa_handler == SIG_DFL)
            s_handlers[signum] = Value::small_int(0);
        else if (current.sa_handler == SIG_IGN)
            s_handlers[signum] = Value::small_int(1);
        else if (signum == SIGINT && current.sa_handler == signal_trip)
            s_handlers[signum] = *s_default_int_handler;
        else
            s_handlers[signum] = none_value();
    }
}

// Runs the Python handlers of the signals that arrived (called by the VM at a safe point).
Result<void> dispatch_signals()
{
    for (int signum = 1; signum < SIGNAL_COUNT; ++signum) {
        if (!g_signal_tripped[signum])
            continue;
        g_signal_tripped[signum] = 0;
        Value handler = s_handlers[signum];
        if (!handler || is_none(handler) || handler.get().is_small_int())
            continue;
        Value frame = g_thread->frame ? vm::frame_object_for(g_thread->frame) : none_value();
        auto result = call(handler, { Val::small_int(signum), Val(frame) });
        if (result.is_error()) {
            // The other signals that arrived are handled at the next safe point.
            for (int other = signum + 1; other < SIGNAL_COUNT; ++other) {
                if (g_signal_tripped[other]) {
                    g_signals_pending = 1;
                    g_interrupt_pending = 1;
                }
            }
            return Error {};
        }
    }
    return {};
}

// PyErr_CheckSignals: run what is pending now.
Result<void> check_signals()
{
    if (g_interrupt_pending)
        return run_pending_signals();
    return {};
}

Result<Value> signal_default_int_handler(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("default_int_handler", nargs, kwnames, 2, 2));
    raise_with_args(&g_exc_KeyboardInterrupt, {});
    return Error {};
}

Result<Value> signal_signal(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.signal", nargs, kwnames, 2, 2));
    int signum = TRY(signal_number_argument(args[0]));
    Val handler = args[1];
    void (*c_handler)(int);
    if (is_int(handler) && !is_callable(handler)) {
        int64_t value = -1;
        int_to_int64(handler, value);
        if (value == 0)
            c_handler = SIG_DFL;
        else if (value == 1)
            c_handler = SIG_IGN;
        else
            return raise(&g_exc_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    } else if (is_callable(handler)) {
        c_handler = signal_trip;
    } else {
        return raise(&g_exc_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    // Pending signals run their old handlers first (CPython checks signals here too).
    TRY(check_signals());
    struct sigaction action = {};
    action.sa_handler = c_handler;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocking call returns EINTR so that the handler runs soon (PEP 475 retries).
    action.sa_flags = SA_ONSTACK;
    if (sigaction(signum, &action, nullptr) != 0)
        return raise_os_error(errno);
    Value old = std::move(s_handlers[signum]);
    s_handlers[signum] = Value::borrow(handler);
    return old ? old : none_value();
}

Result<Value> signal_getsignal(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.getsignal", nargs, kwnames, 1, 1));
    int signum = TRY(signal_number_argument(args[0]));
    Value handler = s_handlers[signum];
    return handler ? handler : none_value();
}

Result<Value> signal_raise_signal(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.raise_signal", nargs, kwnames, 1, 1));
    int64_t signum = TRY(c_int_argument(args[0]));
    // Other threads block the asynchronous signals (they are the main thread's to handle, vm/gil.h): from
    // one of them the signal goes to the whole process, which delivers it to the main thread.
    int status = g_thread == g_main_thread ? ::raise(int(signum)) : ::kill(getpid(), int(signum));
    if (status != 0)
        return raise_os_error(errno);
    TRY(check_signals());
    return none_value();
}

Result<Value> signal_strsignal(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.strsignal", nargs, kwnames, 1, 1));
    int signum = TRY(signal_number_argument(args[0]));
    const char* text = strsignal(signum);
    if (!text || strncmp(text, "Unknown signal", 14) == 0)
        return none_value();
    return Value(str_from_utf8(text));
}

Result<Value> signal_alarm(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.alarm", nargs, kwnames, 1, 1));
    int64_t seconds = TRY(c_int_argument(args[0]));
    return Value::small_int(int64_t(alarm(unsigned(seconds))));
}

Result<Value> signal_pause(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.pause", nargs, kwnames, 0, 0));
    blocking_call([] { return pause(); });
    TRY(check_signals());
    return none_value();
}

Result<Value> signal_siginterrupt(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.siginterrupt", nargs, kwnames, 2, 2));
    int signum = TRY(signal_number_argument(args[0]));
    int64_t flag = TRY(c_int_argument(args[1]));
    struct sigaction action;
    if (sigaction(signum, nullptr, &action) != 0)
        return raise_os_error(errno);
    if (flag)
        action.sa_flags &= ~SA_RESTART;
    else
        action.sa_flags |= SA_RESTART;
    if (sigaction(signum, &action, nullptr) != 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> signal_set_wakeup_fd(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1)
        return raise(&g_exc_TypeError, "set_wakeup_fd() takes exactly 1 positional argument ({} given)", int64_t(nargs));
    Val out[2];
    TRY(bind_args("set_wakeup_fd", args, nargs, kwnames, { "", "warn_on_full_buffer" }, 1, out, 1));
    int64_t fd = TRY(c_int_argument(out[0]));
    bool warn = true;
    if (out[1])
        warn = TRY(is_truthy(out[1]));
    if (fd != -1) {
        struct stat st;
        if (fstat(int(fd), &st) != 0)
            return raise_os_error(errno);
        int flags = fcntl(int(fd), F_GETFL, 0);
        if (flags == -1)
            return raise_os_error(errno);
        if (!(flags & O_NONBLOCK))
            return raise(&g_exc_ValueError, "the fd {} must be in non-blocking mode", fd);
    }
    int64_t old = g_signal_wakeup_fd;
    g_signal_wakeup_fd = sig_atomic_t(fd);
    g_signal_wakeup_warn = warn;
    return Value::small_int(old);
}

Result<Value> signal_valid_signals(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.valid_signals", nargs, kwnames, 0, 0));
    sigset_t all;
    sigfillset(&all);
    Ref<SetObject> result = set_new();
    for (int signum = 1; signum < SIGNAL_COUNT; ++signum) {
        if (sigismember(&all, signum) == 1)
            TRY(set_add(result.get(), Val::small_int(signum)));
    }
    return Value(std::move(result));
}

// A sigset_t from an iterable of signal numbers, with CPython's range message.
Result<sigset_t> sigset_argument(Val iterable)
{
    sigset_t set;
    sigemptyset(&set);
    Value iterator = TRY(get_iter(iterable));
    while (true) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            break;
        int64_t signum = TRY(c_int_argument(item));
        if (signum < 1 || signum >= SIGNAL_COUNT)
            return raise(&g_exc_ValueError, "signal number {} out of range [1; {}]", signum, int64_t(SIGNAL_COUNT - 1));
        sigaddset(&set, int(signum));
    }
    return set;
}

Result<Value> sigset_to_set(const sigset_t& set)
{
    Ref<SetObject> result = set_new();
    for (int signum = 1; signum < SIGNAL_COUNT; ++signum) {
        if (sigismember(&set, signum) == 1)
            TRY(set_add(result.get(), Val::small_int(signum)));
    }
    return Value(std::move(result));
}

Result<Value> signal_pthread_sigmask(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.pthread_sigmask", nargs, kwnames, 2, 2));
    int64_t how = TRY(c_int_argument(args[0]));
    sigset_t mask = TRY(sigset_argument(args[1]));
    sigset_t previous;
    int error = pthread_sigmask(int(how), &mask, &previous);
    if (error != 0)
        return raise_os_error(error);
    TRY(check_signals());
    return sigset_to_set(previous);
}

Result<Value> signal_sigpending(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.sigpending", nargs, kwnames, 0, 0));
    sigset_t pending;
    if (sigpending(&pending) != 0)
        return raise_os_error(errno);
    return sigset_to_set(pending);
}

Result<Value> signal_sigwait(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.sigwait", nargs, kwnames, 1, 1));
    sigset_t set = TRY(sigset_argument(args[0]));
    int signum = 0;
    int error = blocking_call([&] { return sigwait(&set, &signum); });
    if (error != 0)
        return raise_os_error(error);
    return Value::small_int(signum);
}

Result<Value> signal_pthread_kill(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.pthread_kill", nargs, kwnames, 2, 2));
    Value thread = TRY(number_index(args[0]));
    int64_t thread_id;
    if (!int_to_int64(thread, thread_id))
        return raise(&g_exc_OverflowError, "Python int too large to convert to C unsigned long");
    int64_t signum = TRY(c_int_argument(args[1]));
    int error = pthread_kill(pthread_t(thread_id), int(signum));
    if (error != 0)
        return raise_os_error(error);
    TRY(check_signals());
    return none_value();
}

// Seconds (float or integer) as a timeval, rounded up to the microsecond as CPython does.
Result<timeval> timeval_argument(Val v)
{
    double seconds;
    if (is_float(v)) {
        seconds = float_value(v);
        if (std::isnan(seconds))
            return raise(&g_exc_ValueError, "Invalid value NaN (not a number)");
    } else {
        Value integer = TRY(number_index(v));
        seconds = TRY(int_to_double(integer));
    }
    double microseconds = std::ceil(seconds * 1e6);
    if (!(microseconds >= -9.2e18 && microseconds <= 9.2e18))
        return raise(&g_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    int64_t total = int64_t(microseconds);
    timeval result;
    result.tv_sec = time_t(total / 1000000);
    result.tv_usec = suseconds_t(total % 1000000);
    if (result.tv_usec < 0) {
        result.tv_usec += 1000000;
        result.tv_sec -= 1;
    }
    return result;
}

Value itimer_tuple(const itimerval& value)
{
    Value delay = float_from_double(double(value.it_value.tv_sec) + double(value.it_value.tv_usec) / 1e6);
    Value interval = float_from_double(double(value.it_interval.tv_sec) + double(value.it_interval.tv_usec) / 1e6);
    return Value(tuple_of({ delay, interval }));
}

Error raise_itimer_error(int error)
{
    raise_with_args(&g_itimer_error_type, { Val::small_int(error), Val(str_from_utf8(strerror(error)).get()) });
    return Error {};
}

Result<Value> signal_setitimer(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.setitimer", nargs, kwnames, 2, 3));
    int64_t which = TRY(c_int_argument(args[0]));
    itimerval value = {};
    value.it_value = TRY(timeval_argument(args[1]));
    if (nargs > 2)
        value.it_interval = TRY(timeval_argument(args[2]));
    itimerval old;
    if (setitimer(int(which), &value, &old) != 0)
        return raise_itimer_error(errno);
    return itimer_tuple(old);
}

Result<Value> signal_getitimer(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_args("_signal.getitimer", nargs, kwnames, 1, 1));
    int64_t which = TRY(c_int_argument(args[0]));
    itimerval value;
    if (getitimer(int(which), &value) != 0)
        return raise_itimer_error(errno);
    return itimer_tuple(value);
}

#define FUNCTION(name, doc) { #name, signal_##name, METHOD_STATIC, doc }

const MethodDef s_signal_functions[] = {
    FUNCTION(default_int_handler, "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."),
    FUNCTION(alarm, "Arrange for SIGALRM to arrive after the given number of seconds."),
    FUNCTION(setitimer, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."),
    FUNCTION(getitimer, "Returns current value of given itimer."),
    FUNCTION(signal, "Set the action for the given signal."),
    FUNCTION(raise_signal, "Send a signal to the executing process."),
    FUNCTION(strsignal, "Return the system description of the given signal."),
    FUNCTION(getsignal, "Return the current action for the given signal."),
    FUNCTION(set_wakeup_fd, "Sets the fd to be written to (with the signal number) when a signal comes in."),
    FUNCTION(siginterrupt, "Change system call restart behaviour."),
    FUNCTION(pause, "Wait until a signal arrives."),
    FUNCTION(pthread_kill, "Send a signal to a thread."),
    FUNCTION(pthread_sigmask, "Fetch and/or change the signal mask of the calling thread."),
    FUNCTION(sigpending, "Examine pending signals."),
    FUNCTION(sigwait, "Wait for a signal."),
    FUNCTION(valid_signals, "Return a set of valid signal numbers on this platform."),
    { nullptr, nullptr, 0, nullptr },
};

struct NamedConstant {
    const char* name;
    int value;
};

// In CPython's order.
const NamedConstant s_constants[] = {
    { "NSIG", SIGNAL_COUNT }, { "SIG_BLOCK", SIG_BLOCK }, { "SIG_UNBLOCK", SIG_UNBLOCK }, { "SIG_SETMASK", SIG_SETMASK },
    { "SIGHUP", SIGHUP }, { "SIGINT", SIGINT }, { "SIGQUIT", SIGQUIT }, { "SIGILL", SIGILL }, { "SIGTRAP", SIGTRAP },
    { "SIGIOT", SIGIOT }, { "SIGABRT", SIGABRT }, { "SIGFPE", SIGFPE }, { "SIGKILL", SIGKILL }, { "SIGBUS", SIGBUS },
    { "SIGSEGV", SIGSEGV }, { "SIGSYS", SIGSYS }, { "SIGPIPE", SIGPIPE }, { "SIGALRM", SIGALRM }, { "SIGTERM", SIGTERM },
    { "SIGUSR1", SIGUSR1 }, { "SIGUSR2", SIGUSR2 }, { "SIGCLD", SIGCHLD }, { "SIGCHLD", SIGCHLD }, { "SIGPWR", SIGPWR },
    { "SIGIO", SIGIO }, { "SIGURG", SIGURG }, { "SIGWINCH", SIGWINCH }, { "SIGPOLL", SIGPOLL }, { "SIGSTOP", SIGSTOP },
    { "SIGTSTP", SIGTSTP }, { "SIGCONT", SIGCONT }, { "SIGTTIN", SIGTTIN }, { "SIGTTOU", SIGTTOU },
    { "SIGVTALRM", SIGVTALRM }, { "SIGPROF", SIGPROF }, { "SIGXCPU", SIGXCPU }, { "SIGXFSZ", SIGXFSZ },
    { "SIGRTMIN", 0 }, { "SIGRTMAX", 0 }, { "SIGSTKFLT", SIGSTKFLT }, { "ITIMER_REAL", ITIMER_REAL },
    { "ITIMER_VIRTUAL", ITIMER_VIRTUAL }, { "ITIMER_PROF", ITIMER_PROF }, { "SIG_DFL", 0 }, { "SIG_IGN", 1 },
};

}  // namespace

Ref<ModuleObject> signal_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_signal"));
    module_add_functions(module.get(), s_signal_functions);
    for (const NamedConstant& constant : s_constants) {
        int value = constant.value;
        if (std::string_view(constant.name) == "SIGRTMIN")
            value = SIGRTMIN;
        else if (std::string_view(constant.name) == "SIGRTMAX")
            value = SIGRTMAX;
        module_set(module.get(), constant.name, Val::small_int(value));
    }
    if (!g_itimer_error_type.has_flag(TYPE_READY)) {
        type_init_static(g_itimer_error_type, "signal.itimer_error", sizeof(BaseExceptionObject), &g_exc_OSError,
                         TYPE_BASETYPE | TYPE_GC | TYPE_EXCEPTION_SUBCLASS);
        type_ready(g_itimer_error_type);
    }
    module_set(module.get(), "ItimerError", Val(&g_itimer_error_type));
    if (!s_handlers) {
        s_handlers = new Value[SIGNAL_COUNT];
        s_default_int_handler = new Value(Value::borrow(dict_get_str(module->dict.get(), str_intern("default_int_handler"))));
        init_handlers();
        g_signal_dispatch = dispatch_signals;
    } else {
        // A second module object (after `del sys.modules[...]`) keeps the handlers and shows the same
        // default_int_handler.
        module_set(module.get(), "default_int_handler", *s_default_int_handler);
    }
    return module;
}

}  // namespace ginger
