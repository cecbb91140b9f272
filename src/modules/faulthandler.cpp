// The faulthandler module: dump the Python traceback of the current thread explicitly
// (dump_traceback) or on a fatal signal (enable: SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL), in CPython's
// format. The dump writes with write(2) only and escapes non-ASCII text, so that it is usable from a
// signal handler; it runs on an alternate signal stack, so that a C++ stack overflow is reported too.
// Not done yet: dump_traceback_later, register (absent, so AttributeError), -X faulthandler.
#include "import/import.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/code.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

#include <csignal>
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

void dump_frames(int fd)
{
    int depth = 0;
    for (vm::Frame* frame = g_thread ? g_thread->frame : nullptr; frame; frame = frame->previous) {
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

void dump_traceback_to(int fd, bool all_threads)
{
    if (all_threads) {
        write_text(fd, "Current thread 0x");
        write_hex(fd, uint64_t(::pthread_self()), 16);
        write_text(fd, " (most recent call first):\n");
    } else {
        write_text(fd, "Stack (most recent call first):\n");
    }
    dump_frames(fd);
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
        dump_traceback_to(s_fd, s_all_threads);
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
    dump_traceback_to(fd, all_threads);
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
    if (!s_alt_stack) {
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
