// The faulthandler module: dump the Python tracebacks of the threads explicitly (dump_traceback), on a
// fatal signal (enable: SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL), on a signal of the user's (register) or
// after a timeout (dump_traceback_later, from a watchdog thread), in CPython's format. The dump writes with
// write(2) only and escapes non-ASCII text, so that it is usable from a signal handler; it runs on an
// alternate signal stack, so that a C++ stack overflow is reported too. As CPython's, it reads the other
// threads' frames without the GIL. Not done yet: -X faulthandler.
#include "import/import.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/code.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "vm/frame.h"
#include "vm/gil.h"
#include "vm/thread_state.h"

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>
#include <climits>
#include <cmath>
#include <cstring>
#include <pthread.h>
#include <unistd.h>

namespace ginger {

namespace {

constexpr int MAX_FRAME_DEPTH = 100;  // as CPython: deeper stacks end with "  ..."

struct FatalSignal {
    int signal;
    const char* name;
    struct sigaction previous;
};

FatalSignal s_signals[] = {
    { SIGBUS, "Bus error", {} },
    { SIGILL, "Illegal instruction", {} },
    { SIGFPE, "Floating point exception", {} },
    { SIGABRT, "Aborted", {} },
    { SIGSEGV, "Segmentation fault", {} },
};

bool s_enabled = false;
int s_fd = 2;
bool s_all_threads = true;
Value s_file;  // keeps the file given to enable() alive
char* s_alt_stack = nullptr;

void write_text(int fd, const char* text)
{
    size_t size = std::strlen(text);
    while (size) {
        ssize_t written = ::write(fd, text, size);
        if (written <= 0)
            return;
        text += written;
        size -= size_t(written);
    }
}

void write_hex(int fd, uint64_t value, int digits)
{
    char buffer[17];
    for (int i = digits - 1; i >= 0; --i) {
        buffer[i] = "0123456789abcdef"[value & 15];
        value >>= 4;
    }
    buffer[digits] = '\0';
    write_text(fd, buffer);
}

void write_decimal(int fd, int64_t value)
{
    char buffer[24];
    char* end = buffer + sizeof buffer - 1;
    *end = '\0';
    char* p = end;
    bool negative = value < 0;
    uint64_t magnitude = negative ? uint64_t(-value) : uint64_t(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (negative)
        *--p = '-';
    write_text(fd, p);
}

// A str as ASCII: other code points as \xNN, \uNNNN or \UNNNNNNNN, as CPython's dump does.
void write_str(int fd, StrObject* s)
{
    if (!s) {
        write_text(fd, "???");
        return;
    }
    char one[2] = { 0, 0 };
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (c < 128) {
            one[0] = char(c);
            write_text(fd, one);
        } else if (c < 0x100) {
            write_text(fd, "\\x");
            write_hex(fd, c, 2);
        } else if (c < 0x10000) {
            write_text(fd, "\\u");
            write_hex(fd, c, 4);
        } else {
            write_text(fd, "\\U");
            write_hex(fd, c, 8);
        }
    }
}

void dump_frames(int fd, ThreadState* thread)
{
    int depth = 0;
    for (vm::Frame* frame = thread ? thread->frame : nullptr; frame; frame = frame->previous) {
        if (depth++ >= MAX_FRAME_DEPTH) {
            write_text(fd, "  ...\n");
            break;
        }
        CodeObject* code = frame->code;
        write_text(fd, "  File \"");
        write_str(fd, code->filename.get());
        write_text(fd, "\", line ");
        int line = -1;
        if (frame->pc) {
            int32_t lasti = frame->lasti();
            line = lasti < 0 ? code->firstlineno : code->line_at(size_t(lasti));
        }
        if (line >= 0)
            write_decimal(fd, line);
        else
            write_text(fd, "???");
        write_text(fd, " in ");
        write_str(fd, code->name.get());
        write_text(fd, "\n");
    }
}

// The thread state of the calling OS thread, or null (the watchdog thread has none).
ThreadState* calling_thread()
{
    uint64_t self = uint64_t(::pthread_self());
    for (ThreadState* thread : all_thread_states()) {
        if (thread->ident == self)
            return thread;
    }
    return nullptr;
}

// Every thread, the newest first, as CPython lists them; `current` is marked "Current thread".
void dump_traceback_to(int fd, bool all_threads, ThreadState* current)
{
    if (!all_threads) {
        write_text(fd, "Stack (most recent call first):\n");
        dump_frames(fd, current);
        return;
    }
    auto& threads = all_thread_states();
    for (size_t i = threads.size(); i-- > 0;) {
        ThreadState* thread = threads[i];
        if (i + 1 != threads.size())
            write_text(fd, "\n");
        write_text(fd, thread == current ? "Current thread 0x" : "Thread 0x");
        write_hex(fd, thread->ident, 16);
        write_text(fd, " (most recent call first):\n");
        dump_frames(fd, thread);
    }
}

void fatal_signal_handler(int signal)
{
    FatalSignal* entry = nullptr;
    for (FatalSignal& candidate : s_signals) {
        if (candidate.signal == signal)
            entry = &candidate;
    }
    int saved_errno = errno;
    if (entry) {
        // Put the previous handler back first, so that re-raising the signal below reaches it.
        ::sigaction(signal, &entry->previous, nullptr);
        write_text(s_fd, "Fatal Python error: ");
        write_text(s_fd, entry->name);
        write_text(s_fd, "\n\n");
        dump_traceback_to(s_fd, s_all_threads, calling_thread());
    }
    errno = saved_errno;
    ::raise(signal);
}

// The file argument: an int fd, or a file object (flushed first, as CPython does); None or absent means
// sys.stderr.
Result<int> file_arg(Val file, Value& keep)
{
    if (file && is_int(file)) {
        int64_t fd = TRY(int_as_int64(file));
        if (fd < 0)
            return raise(&g_exc_ValueError, "file is not a valid file descriptor");
        return int(fd);
    }
    Value object;
    if (!file || is_none(file)) {
        Value sys = TRY(import_module("sys"));
        object = TRY(get_attr_maybe(sys, str_intern("stderr")));
        if (!object || is_none(object))
            return raise(&g_exc_RuntimeError, "sys.stderr is None");
    } else {
        object = Value::borrow(file.object());
    }
    Value fileno = TRY(call_method(object, str_intern("fileno"), {}));
    if (!is_int(fileno))
        return raise(&g_exc_RuntimeError, "file.fileno() is not a valid file descriptor");
    int64_t fd = TRY(int_as_int64(fileno));
    if (fd < 0)
        return raise(&g_exc_RuntimeError, "file.fileno() is not a valid file descriptor");
    Value flushed = TRY(get_attr_maybe(object, str_intern("flush")));
    if (flushed)
        TRY(call(Val(flushed), {}));
    keep = std::move(object);
    return int(fd);
}

Result<Value> faulthandler_dump_traceback(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("dump_traceback", args, nargs, kwnames, { "file", "all_threads" }, 0, out));
    Value keep;
    int fd = TRY(file_arg(out[0], keep));
    bool all_threads = out[1] ? TRY(is_truthy(out[1])) : true;
    dump_traceback_to(fd, all_threads, g_thread);
    return none_value();
}

Result<Value> faulthandler_enable(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("enable", args, nargs, kwnames, { "file", "all_threads" }, 0, out));
    Value keep;
    int fd = TRY(file_arg(out[0], keep));
    s_all_threads = out[1] ? TRY(is_truthy(out[1])) : true;
    s_fd = fd;
    s_file = std::move(keep);
    if (s_enabled)
        return none_value();
    // An alternate stack is installed unless the thread has one already (a sanitizer's: replacing it would
    // make the sanitizer unmap our memory when the thread ends).
    stack_t current;
    bool have_stack = ::sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE);
    if (!s_alt_stack && !have_stack) {
        size_t size = SIGSTKSZ * 2 + 65536;
        s_alt_stack = new char[size];
        stack_t stack;
        stack.ss_sp = s_alt_stack;
        stack.ss_size = size;
        stack.ss_flags = 0;
        ::sigaltstack(&stack, nullptr);
    }
    for (FatalSignal& entry : s_signals) {
        struct sigaction action;
        std::memset(&action, 0, sizeof action);
        action.sa_handler = fatal_signal_handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_NODEFER | SA_ONSTACK;
        if (::sigaction(entry.signal, &action, &entry.previous) != 0)
            return raise_os_error(errno);
    }
    s_enabled = true;
    return none_value();
}

Result<Value> faulthandler_disable(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("disable", nargs, kwnames, 0, 0));
    if (!s_enabled)
        return bool_value(false);
    for (FatalSignal& entry : s_signals)
        ::sigaction(entry.signal, &entry.previous, nullptr);
    s_enabled = false;
    s_file = Value();
    return bool_value(true);
}

Result<Value> faulthandler_is_enabled(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("is_enabled", nargs, kwnames, 0, 0));
    return bool_value(s_enabled);
}

// register(): a signal of the user's dumps the tracebacks and, with chain, goes on to the previous handler.
struct UserSignal {
    bool enabled = false;
    int fd = 2;
    bool all_threads = true;
    bool chain = false;
    Value file;
    struct sigaction previous {};
};
UserSignal s_user_signals[NSIG];

void user_signal_handler(int signal)
{
    UserSignal& user = s_user_signals[signal];
    if (!user.enabled)
        return;
    int saved_errno = errno;
    dump_traceback_to(user.fd, user.all_threads, calling_thread());
    if (user.chain) {
        // As CPython: the previous handler gets the signal, then this one is put back.
        struct sigaction mine;
        ::sigaction(signal, &user.previous, &mine);
        ::raise(signal);
        ::sigaction(signal, &mine, nullptr);
    }
    errno = saved_errno;
}

Result<int> user_signal_number(Val value)
{
    int64_t signum = TRY(int_as_int64(TRY(number_index(value))));
    for (const FatalSignal& fatal : s_signals) {
        if (fatal.signal == signum)
            return raise(&g_exc_RuntimeError, "signal {} cannot be registered, use enable() instead", signum);
    }
    if (signum < 1 || signum >= NSIG)
        return raise(&g_exc_ValueError, "signal number out of range");
    return int(signum);
}

Result<Value> faulthandler_register(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("register", args, nargs, kwnames, { "signum", "file", "all_threads", "chain" }, 1, out));
    int signum = TRY(user_signal_number(out[0]));
    Value keep;
    int fd = TRY(file_arg(out[1], keep));
    UserSignal& user = s_user_signals[signum];
    bool all_threads = out[2] ? TRY(is_truthy(out[2])) : true;
    bool chain = out[3] ? TRY(is_truthy(out[3])) : false;
    {
        struct sigaction action;
        std::memset(&action, 0, sizeof action);
        action.sa_handler = user_signal_handler;
        sigemptyset(&action.sa_mask);
        // With chain, the signal raised for the previous handler must get through at once (SA_NODEFER), as
        // in CPython; without, interrupted system calls restart.
        action.sa_flags = SA_ONSTACK | (chain ? SA_NODEFER : SA_RESTART);
        if (::sigaction(signum, &action, user.enabled ? nullptr : &user.previous) != 0)
            return raise_os_error(errno);
    }
    user.fd = fd;
    user.all_threads = all_threads;
    user.chain = chain;
    user.file = std::move(keep);
    user.enabled = true;
    return none_value();
}

Result<Value> faulthandler_unregister(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("unregister", nargs, kwnames, 1, 1));
    int signum = TRY(user_signal_number(args[0]));
    UserSignal& user = s_user_signals[signum];
    if (!user.enabled)
        return bool_value(false);
    user.enabled = false;
    ::sigaction(signum, &user.previous, nullptr);
    user.file = Value();
    return bool_value(true);
}

// dump_traceback_later(): a watchdog thread waits for the timeout (or cancellation) and dumps every thread.
struct Watchdog {
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    bool cancelled = false;
    Value file;
};
Watchdog* s_watchdog = nullptr;

void cancel_watchdog()
{
    if (!s_watchdog)
        return;
    {
        std::lock_guard lock(s_watchdog->mutex);
        s_watchdog->cancelled = true;
    }
    s_watchdog->wake.notify_all();
    s_watchdog->thread.join();
    delete s_watchdog;
    s_watchdog = nullptr;
}

void watchdog_run(Watchdog* watchdog, int64_t timeout_us, bool repeat, int fd, bool exit)
{
    int64_t seconds = timeout_us / 1000000, us = timeout_us % 1000000;
    char header[100];
    if (us)
        snprintf(header, sizeof header, "Timeout (%lld:%02lld:%02lld.%06lld)!\n", (long long)(seconds / 3600), (long long)(seconds / 60 % 60), (long long)(seconds % 60), (long long)us);
    else
        snprintf(header, sizeof header, "Timeout (%lld:%02lld:%02lld)!\n", (long long)(seconds / 3600), (long long)(seconds / 60 % 60), (long long)(seconds % 60));
    std::unique_lock lock(watchdog->mutex);
    do {
        if (watchdog->wake.wait_for(lock, std::chrono::microseconds(timeout_us), [&] { return watchdog->cancelled; }))
            return;
        write_text(fd, header);
        dump_traceback_to(fd, true, nullptr);
        if (exit)
            ::_exit(1);
    } while (repeat);
}

Result<Value> faulthandler_dump_traceback_later(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("dump_traceback_later", args, nargs, kwnames, { "timeout", "repeat", "file", "exit" }, 1, out));
    double timeout = TRY(float_as_double(out[0]));
    if (std::isnan(timeout))
        return raise(&g_exc_ValueError, "Invalid value NaN (not a number)");
    if (!(std::fabs(timeout) * 1e9 < 9.2e18))  // CPython keeps times in int64 nanoseconds
        return raise(&g_exc_OverflowError, "timestamp out of range for platform time_t");
    int64_t timeout_us = int64_t(timeout * 1e6);
    if (timeout_us <= 0)
        return raise(&g_exc_ValueError, "timeout must be greater than 0");
    bool repeat = out[1] ? TRY(is_truthy(out[1])) : false;
    Value keep;
    int fd = TRY(file_arg(out[2], keep));
    bool exit = out[3] ? TRY(is_truthy(out[3])) : false;
    {
        GilRelease unlocked;  // the old watchdog may be dumping this thread's frames
        cancel_watchdog();
    }
    s_watchdog = new Watchdog();
    s_watchdog->file = std::move(keep);
    s_watchdog->thread = std::thread(watchdog_run, s_watchdog, timeout_us, repeat, fd, exit);
    return none_value();
}

Result<Value> faulthandler_cancel_dump_traceback_later(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("cancel_dump_traceback_later", nargs, kwnames, 0, 0));
    GilRelease unlocked;
    cancel_watchdog();
    return none_value();
}

// Test helpers CPython's own tests use: provoke a fatal error.
Result<Value> faulthandler__sigsegv(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_sigsegv", nargs, kwnames, 0, 1));
    ::raise(SIGSEGV);
    return none_value();
}

Result<Value> faulthandler__sigabrt(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_sigabrt", nargs, kwnames, 0, 0));
    ::abort();
}

Result<Value> faulthandler__sigfpe(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_sigfpe", nargs, kwnames, 0, 0));
    ::raise(SIGFPE);
    return none_value();
}

const MethodDef s_faulthandler_functions[] = {
    { "dump_traceback", faulthandler_dump_traceback, METHOD_STATIC, "Dump the traceback of the current thread into file." },
    { "enable", faulthandler_enable, METHOD_STATIC, "Enable the fault handler." },
    { "disable", faulthandler_disable, METHOD_STATIC, "Disable the fault handler." },
    { "is_enabled", faulthandler_is_enabled, METHOD_STATIC, "Check if the handler is enabled." },
    { "register", faulthandler_register, METHOD_STATIC, "Register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file." },
    { "unregister", faulthandler_unregister, METHOD_STATIC, "Unregister the handler of the signal 'signum' registered by register()." },
    { "dump_traceback_later", faulthandler_dump_traceback_later, METHOD_STATIC, "Dump the traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe." },
    { "cancel_dump_traceback_later", faulthandler_cancel_dump_traceback_later, METHOD_STATIC, "Cancel the previous call to dump_traceback_later()." },
    { "_sigsegv", faulthandler__sigsegv, METHOD_STATIC, "Raise a SIGSEGV signal." },
    { "_sigabrt", faulthandler__sigabrt, METHOD_STATIC, "Raise a SIGABRT signal." },
    { "_sigfpe", faulthandler__sigfpe, METHOD_STATIC, "Raise a SIGFPE signal." },
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> faulthandler_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("faulthandler"));
    module_add_functions(module.get(), s_faulthandler_functions);
    return module;
}

}  // namespace ginger
