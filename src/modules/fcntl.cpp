// The fcntl module: fcntl(), ioctl(), flock() and lockf() on file descriptors (ints or objects with a
// fileno() method), with the Linux constants CPython 3.12 exports.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "vm/gil.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <string>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace ginger {

namespace {

// The buffer size CPython gives a bytes or str argument of fcntl() and ioctl().
constexpr size_t ARG_BUFFER = 1024;


Result<int64_t> c_int(Val v)
{
    if (!is_int(v)) {
        if (v.type() == &g_str_type)
            return raise(&g_exc_TypeError, "'str' object cannot be interpreted as an integer");
        Value index = TRY(number_index(v));
        return int_as_int64(index);
    }
    return int_as_int64(v);
}

Result<Value> fcntl_fcntl(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("fcntl", nargs, kwnames, 2, 3));
    int fd = TRY(file_descriptor_arg(args[0]));
    int command = int(TRY(c_int(args[1])));
    if (nargs == 3 && (is_bytes(args[2]) || is_bytearray(args[2]) || is_str(args[2]))) {
        std::string_view data;
        if (is_str(args[2]))
            data = args[2].as<StrObject>()->view();
        else
            bytes_like_view(args[2], data);
        if (data.size() > ARG_BUFFER)
            return raise(&g_exc_ValueError, "fcntl string arg too long");
        char buffer[ARG_BUFFER];
        std::memcpy(buffer, data.data(), data.size());
        int result;
        do {
            result = ::fcntl(fd, command, buffer);
        } while (result < 0 && errno == EINTR);
        if (result < 0)
            return raise_os_error(errno);
        return Value(bytes_from(std::string_view(buffer, data.size())));
    }
    long argument = nargs == 3 ? long(TRY(c_int(args[2]))) : 0;
    int result;
    do {
        result = ::fcntl(fd, command, argument);
    } while (result < 0 && errno == EINTR);
    if (result < 0)
        return raise_os_error(errno);
    return Value::small_int(result);
}

Result<Value> fcntl_ioctl(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("ioctl", nargs, kwnames, 2, 4));
    int fd = TRY(file_descriptor_arg(args[0]));
    unsigned long request = (unsigned long)(TRY(c_int(args[1])));
    bool mutate = nargs == 4 ? TRY(is_truthy(args[3])) : true;
    if (nargs >= 3 && is_bytearray(args[2]) && mutate) {
        auto* array = args[2].as<ByteArrayObject>();
        int result;
        if (size_t(array->size) <= ARG_BUFFER) {
            // As CPython: a small buffer is copied into one of at least 1024 bytes, then copied back.
            char buffer[ARG_BUFFER + 1] = {};
            std::memcpy(buffer, array->data, size_t(array->size));
            result = ::ioctl(fd, request, buffer);
            if (result >= 0)
                std::memcpy(array->data, buffer, size_t(array->size));
        } else {
            result = ::ioctl(fd, request, array->data);
        }
        if (result < 0)
            return raise_os_error(errno);
        return Value::small_int(result);
    }
    if (nargs >= 3 && (is_bytes(args[2]) || is_bytearray(args[2]) || is_str(args[2]))) {
        std::string_view data;
        if (is_str(args[2]))
            data = args[2].as<StrObject>()->view();
        else
            bytes_like_view(args[2], data);
        if (data.size() > ARG_BUFFER)
            return raise(&g_exc_ValueError, "ioctl string arg too long");
        char buffer[ARG_BUFFER + 1] = {};
        std::memcpy(buffer, data.data(), data.size());
        if (::ioctl(fd, request, buffer) < 0)
            return raise_os_error(errno);
        return Value(bytes_from(std::string_view(buffer, data.size())));
    }
    long argument = nargs >= 3 ? long(TRY(c_int(args[2]))) : 0;
    int result = ::ioctl(fd, request, argument);
    if (result < 0)
        return raise_os_error(errno);
    return Value::small_int(result);
}

Result<Value> fcntl_flock(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("flock", nargs, kwnames, 2, 2));
    int fd = TRY(file_descriptor_arg(args[0]));
    int operation = int(TRY(c_int(args[1])));
    int result;
    do {
        result = blocking_call([&] { return ::flock(fd, operation); });
    } while (result < 0 && errno == EINTR);
    if (result < 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> fcntl_lockf(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("lockf", nargs, kwnames, 2, 5));
    int fd = TRY(file_descriptor_arg(args[0]));
    int command = int(TRY(c_int(args[1])));
    int64_t length = nargs > 2 ? TRY(c_int(args[2])) : 0;
    int64_t start = nargs > 3 ? TRY(c_int(args[3])) : 0;
    int whence = nargs > 4 ? int(TRY(c_int(args[4]))) : 0;
    struct flock lock;
    std::memset(&lock, 0, sizeof lock);
    if (command == LOCK_UN)
        lock.l_type = F_UNLCK;
    else if (command & LOCK_SH)
        lock.l_type = F_RDLCK;
    else if (command & LOCK_EX)
        lock.l_type = F_WRLCK;
    else
        return raise(&g_exc_ValueError, "unrecognized lockf argument");
    lock.l_start = off_t(start);
    lock.l_len = off_t(length);
    lock.l_whence = short(whence);
    int result;
    do {
        result = ::fcntl(fd, (command & LOCK_NB) ? F_SETLK : F_SETLKW, &lock);
    } while (result < 0 && errno == EINTR);
    if (result < 0)
        return raise_os_error(errno);
    return none_value();
}

const MethodDef s_fcntl_functions[] = {
    { "fcntl", fcntl_fcntl, METHOD_STATIC, "Perform the operation `cmd` on file descriptor fd." },
    { "ioctl", fcntl_ioctl, METHOD_STATIC, "Perform the operation `request` on file descriptor `fd`." },
    { "flock", fcntl_flock, METHOD_STATIC, "Perform the lock operation `operation` on file descriptor `fd`." },
    { "lockf", fcntl_lockf, METHOD_STATIC, "A wrapper around the fcntl() locking calls." },
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> fcntl_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("fcntl"));
    module_add_functions(module.get(), s_fcntl_functions);
    const std::pair<const char*, int64_t> constants[] = {
        { "DN_ACCESS", DN_ACCESS }, { "DN_ATTRIB", DN_ATTRIB }, { "DN_CREATE", DN_CREATE },
        { "DN_DELETE", DN_DELETE }, { "DN_MODIFY", DN_MODIFY }, { "DN_MULTISHOT", DN_MULTISHOT },
        { "DN_RENAME", DN_RENAME }, { "FASYNC", FASYNC }, { "FD_CLOEXEC", FD_CLOEXEC },
        { "FICLONE", FICLONE }, { "FICLONERANGE", FICLONERANGE }, { "F_ADD_SEALS", F_ADD_SEALS },
        { "F_DUPFD", F_DUPFD }, { "F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC }, { "F_EXLCK", 4 },
        { "F_GETFD", F_GETFD }, { "F_GETFL", F_GETFL }, { "F_GETLEASE", F_GETLEASE }, { "F_GETLK", F_GETLK },
        { "F_GETLK64", F_GETLK64 }, { "F_GETOWN", F_GETOWN }, { "F_GETPIPE_SZ", F_GETPIPE_SZ },
        { "F_GETSIG", F_GETSIG }, { "F_GET_SEALS", F_GET_SEALS }, { "F_NOTIFY", F_NOTIFY },
        { "F_OFD_GETLK", F_OFD_GETLK }, { "F_OFD_SETLK", F_OFD_SETLK }, { "F_OFD_SETLKW", F_OFD_SETLKW },
        { "F_RDLCK", F_RDLCK }, { "F_SEAL_GROW", F_SEAL_GROW }, { "F_SEAL_SEAL", F_SEAL_SEAL },
        { "F_SEAL_SHRINK", F_SEAL_SHRINK }, { "F_SEAL_WRITE", F_SEAL_WRITE }, { "F_SETFD", F_SETFD },
        { "F_SETFL", F_SETFL }, { "F_SETLEASE", F_SETLEASE }, { "F_SETLK", F_SETLK }, { "F_SETLK64", F_SETLK64 },
        { "F_SETLKW", F_SETLKW }, { "F_SETLKW64", F_SETLKW64 }, { "F_SETOWN", F_SETOWN },
        { "F_SETPIPE_SZ", F_SETPIPE_SZ }, { "F_SETSIG", F_SETSIG }, { "F_SHLCK", 8 }, { "F_UNLCK", F_UNLCK },
        { "F_WRLCK", F_WRLCK }, { "LOCK_EX", LOCK_EX }, { "LOCK_MAND", 32 }, { "LOCK_NB", LOCK_NB },
        { "LOCK_READ", 64 }, { "LOCK_RW", 192 }, { "LOCK_SH", LOCK_SH }, { "LOCK_UN", LOCK_UN },
        { "LOCK_WRITE", 128 },
    };
    for (const auto& [name, value] : constants)
        module_set(module.get(), name, Val::small_int(value));
    return module;
}

}  // namespace ginger
