// The posix module: the operating system calls that lib/os.py re-exports (files and directories, stat,
// the environment, file descriptors, process ids). Errors are CPython's OSError subclasses, built by
// raise_os_error from errno and the path argument as the caller gave it.
// TODO: dir_fd/follow_symlinks variants, scandir,
// bytes keys in environ (CPython's posix.environ has bytes keys; ours has str keys, as os.environ).
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/signals.h"
#include "vm/thread_state.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/random.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <csignal>
#include <unistd.h>

extern char** environ;

namespace ginger {

namespace {

TypeObject g_stat_result_type;

// A path argument: its bytes for the system call, and whether it was given as bytes (so that listdir
// and readlink answer in the same kind).
struct PathArg {
    std::string path;
    bool is_bytes = false;
};

// Converts a str, bytes or os.PathLike argument, as CPython's path_converter does. `function` and
// `argument` name it in the TypeError; `kinds` lists the accepted types for its message.
Result<PathArg> path_arg(Val v, const char* function, const char* argument,
                         const char* kinds = "string, bytes or os.PathLike")
{
    PathArg out;
    if (is_str(v)) [[likely]] {
        out.path = std::string(v.as<StrObject>()->view());
    } else if (is_bytes(v)) {
        out.path = std::string(v.as<BytesObject>()->view());
        out.is_bytes = true;
    } else {
        Value result = TRY(call_special(v, str_intern("__fspath__"), {}));
        if (!result)
            return raise(&g_exc_TypeError, "{}: {} should be {}, not {}", function, argument, kinds,
                         v.type()->type_name());
        if (is_str(result)) {
            out.path = std::string(result.as<StrObject>()->view());
        } else if (is_bytes(result)) {
            out.path = std::string(result.as<BytesObject>()->view());
            out.is_bytes = true;
        } else {
            return raise(&g_exc_TypeError, "expected {}.__fspath__() to return str or bytes, not {}",
                         v.type()->type_name(), result.type()->type_name());
        }
    }
    if (out.path.find('\0') != std::string::npos)
        return raise(&g_exc_ValueError, "{}: embedded null character in {}", function, argument);
    return out;
}

// An OSError naming two paths: "[Errno 2] No such file or directory: 'a' -> 'b'". Built by calling
// OSError(errno, strerror, filename, None, filename2), which picks the subclass from errno.
Error raise_os_error2(int errno_value, Val filename, Val filename2)
{
    Ref<StrObject> message = str_from_utf8(::strerror(errno_value));
    Result<Value> exception = call(Val(&g_exc_OSError), { Val::small_int(errno_value), Val(message.get()), filename,
                                                           none(), filename2 });
    if (exception.is_error())
        return Error {};
    return raise_value(exception.value());
}

Value name_value(std::string_view name, bool as_bytes)
{
    if (as_bytes)
        return Value(bytes_from(name));
    return Value(str_from_utf8(name));
}

Result<int> int_arg(Val v)
{
    if (!is_int(v)) {
        if (is_float(v))
            return raise(&g_exc_TypeError, "'float' object cannot be interpreted as an integer");
        Value index = TRY(number_index(v));
        return int(TRY(int_as_int64(index)));
    }
    return int(TRY(int_as_int64(v)));
}

// ---- stat_result --------------------------------------------------------------------------------

// os.stat_result: a 10-tuple (times as whole seconds) whose hidden fields, stored after the visible
// ones as in time.struct_time, are the float times, the nanosecond times, st_blksize, st_blocks, st_rdev.
constexpr int64_t STAT_VISIBLE = 10;
constexpr int64_t STAT_ALL = 19;
const char* const s_stat_fields[] = { "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid",
                                      "st_gid",  "st_size", "st_atime", "st_mtime", "st_ctime" };

Result<Value> stat_result_from(const Val* items, int64_t count)
{
    Val all[STAT_ALL];
    for (int64_t i = 0; i < STAT_ALL; ++i)
        all[i] = i < count ? items[i] : none();
    Ref<TupleObject> source = tuple_from(all, STAT_ALL);
    Val argument(source.get());
    Value result = TRY(g_tuple_type.new_instance(&g_stat_result_type, &argument, 1, nullptr));
    result.as<TupleObject>()->size = STAT_VISIBLE;
    return result;
}

void stat_result_destroy(Object* object)
{
    auto* tuple = static_cast<TupleObject*>(object);
    for (int64_t i = STAT_VISIBLE; i < STAT_ALL; ++i)
        tuple->items[i] = Value();
    g_tuple_type.destroy(object);
}

template<int I>
Result<Value> stat_result_field(Val self)
{
    return Value::borrow(self.as<TupleObject>()->items[I].get());
}

Result<Value> stat_result_repr(Val self)
{
    auto* tuple = self.as<TupleObject>();
    std::string text = "os.stat_result(";
    for (int64_t i = 0; i < STAT_VISIBLE; ++i) {
        if (i)
            text += ", ";
        text += s_stat_fields[i];
        text += '=';
        text += TRY(repr_utf8(tuple->item(i)));
    }
    text += ')';
    return Value(str_from_utf8(text));
}

Result<Value> stat_result_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "stat_result() takes no keyword arguments");
    if (nargs != 1)
        return raise(&g_exc_TypeError, "stat_result() takes at most 2 arguments ({} given)", nargs);
    Ref<TupleObject> items = TRY(sequence_tuple(args[0]));
    if (items->size < STAT_VISIBLE)
        return raise(&g_exc_TypeError, "os.stat_result() takes an at least 10-sequence ({}-sequence given)",
                     items->size);
    if (items->size > STAT_ALL)
        return raise(&g_exc_TypeError, "os.stat_result() takes an at most 19-sequence ({}-sequence given)",
                     items->size);
    return stat_result_from(items->data(), items->size);
}

const GetSetDef s_stat_result_getsets[] = {
    { "st_mode", stat_result_field<0>, nullptr, "protection bits" },
    { "st_ino", stat_result_field<1>, nullptr, "inode" },
    { "st_dev", stat_result_field<2>, nullptr, "device" },
    { "st_nlink", stat_result_field<3>, nullptr, "number of hard links" },
    { "st_uid", stat_result_field<4>, nullptr, "user ID of owner" },
    { "st_gid", stat_result_field<5>, nullptr, "group ID of owner" },
    { "st_size", stat_result_field<6>, nullptr, "total size, in bytes" },
    { "st_atime", stat_result_field<10>, nullptr, "time of last access" },
    { "st_mtime", stat_result_field<11>, nullptr, "time of last modification" },
    { "st_ctime", stat_result_field<12>, nullptr, "time of last change" },
    { "st_atime_ns", stat_result_field<13>, nullptr, "time of last access in nanoseconds" },
    { "st_mtime_ns", stat_result_field<14>, nullptr, "time of last modification in nanoseconds" },
    { "st_ctime_ns", stat_result_field<15>, nullptr, "time of last change in nanoseconds" },
    { "st_blksize", stat_result_field<16>, nullptr, "blocksize for filesystem I/O" },
    { "st_blocks", stat_result_field<17>, nullptr, "number of blocks allocated" },
    { "st_rdev", stat_result_field<18>, nullptr, "device type (if inode device)" },
    { nullptr, nullptr, nullptr, nullptr },
};

Result<Value> stat_result_of(const struct stat& st)
{
    Value values[STAT_ALL] = {
        int_from_int64(st.st_mode),
        int_from_uint64(st.st_ino),
        int_from_uint64(st.st_dev),
        int_from_int64(int64_t(st.st_nlink)),
        int_from_int64(st.st_uid),
        int_from_int64(st.st_gid),
        int_from_int64(st.st_size),
        int_from_int64(st.st_atim.tv_sec),
        int_from_int64(st.st_mtim.tv_sec),
        int_from_int64(st.st_ctim.tv_sec),
        float_from_double(double(st.st_atim.tv_sec) + double(st.st_atim.tv_nsec) * 1e-9),
        float_from_double(double(st.st_mtim.tv_sec) + double(st.st_mtim.tv_nsec) * 1e-9),
        float_from_double(double(st.st_ctim.tv_sec) + double(st.st_ctim.tv_nsec) * 1e-9),
        int_from_int64(int64_t(st.st_atim.tv_sec) * 1000000000 + st.st_atim.tv_nsec),
        int_from_int64(int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec),
        int_from_int64(int64_t(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec),
        int_from_int64(st.st_blksize),
        int_from_int64(st.st_blocks),
        int_from_uint64(st.st_rdev),
    };
    Val items[STAT_ALL];
    for (int64_t i = 0; i < STAT_ALL; ++i)
        items[i] = values[i];
    return stat_result_from(items, STAT_ALL);
}

// stat and lstat: a path (str, bytes, os.PathLike) or, for stat, an open file descriptor.
Result<Value> do_stat(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, bool follow)
{
    Val out[3];
    TRY(bind_args(name, args, nargs, kwnames, { "path", "dir_fd", "follow_symlinks" }, 1, out));
    if (out[2]) {
        bool truth = TRY(is_truthy(out[2]));
        follow = follow && truth;
    }
    struct stat st;
    if (follow && is_int(out[0])) {
        int fd = TRY(int_arg(out[0]));
        if (fstat(fd, &st) != 0)
            return raise_os_error(errno);
        return stat_result_of(st);
    }
    PathArg path = TRY(path_arg(out[0], name, "path",
                                follow ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike"));
    int rc = follow ? ::stat(path.path.c_str(), &st) : ::lstat(path.path.c_str(), &st);
    if (rc != 0)
        return raise_os_error(errno, out[0]);
    return stat_result_of(st);
}

Result<Value> posix_stat(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return do_stat("stat", args, nargs, kwnames, true);
}

Result<Value> posix_lstat(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return do_stat("lstat", args, nargs, kwnames, false);
}

Result<Value> posix_fstat(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("fstat", args, nargs, kwnames, { "fd" }, 1, out));
    int fd = TRY(int_arg(out[0]));
    struct stat st;
    if (fstat(fd, &st) != 0)
        return raise_os_error(errno);
    return stat_result_of(st);
}

// ---- paths and directories ----------------------------------------------------------------------

Result<Value> posix_getcwd(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getcwd", nargs, kwnames, 0, 0));
    char buffer[4096];
    if (!::getcwd(buffer, sizeof buffer))
        return raise_os_error(errno);
    return Value(str_from_utf8(buffer));
}

Result<Value> posix_getcwdb(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getcwdb", nargs, kwnames, 0, 0));
    char buffer[4096];
    if (!::getcwd(buffer, sizeof buffer))
        return raise_os_error(errno);
    return Value(bytes_from(std::string_view(buffer)));
}

// The common shape of the one-path calls that return None: chdir, rmdir, unlink, remove.
template<int (*CALL)(const char*)>
Result<Value> one_path(const char* name, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args(name, args, nargs, kwnames, { "path", "dir_fd" }, 1, out));
    PathArg path = TRY(path_arg(out[0], name, "path"));
    if (CALL(path.path.c_str()) != 0)
        return raise_os_error(errno, out[0]);
    return none_value();
}

int c_chdir(const char* p) { return ::chdir(p); }
int c_rmdir(const char* p) { return ::rmdir(p); }
int c_unlink(const char* p) { return ::unlink(p); }

Result<Value> posix_chdir(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return one_path<c_chdir>("chdir", args, nargs, kwnames);
}

Result<Value> posix_rmdir(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return one_path<c_rmdir>("rmdir", args, nargs, kwnames);
}

Result<Value> posix_unlink(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return one_path<c_unlink>("unlink", args, nargs, kwnames);
}

// get_terminal_size(fd=1) -> (columns, lines) of the terminal on fd; OSError if it is not a terminal.
// lib/os.py wraps the pair in os.terminal_size.
Result<Value> posix__get_terminal_size(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("get_terminal_size", nargs, kwnames, 0, 1));
    int64_t fd = nargs ? TRY(int_as_int64(args[0])) : 1;
    struct winsize size {};
    if (ioctl(int(fd), TIOCGWINSZ, &size) != 0)
        return raise_os_error(errno);
    return Value(tuple_of({ Val::small_int(size.ws_col), Val::small_int(size.ws_row) }));
}

// utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True): times in seconds (int or float)
// or ns in nanoseconds; neither means now.
Result<Value> posix_utime(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[5];
    TRY(bind_args("utime", args, nargs, kwnames, { "path", "times", "ns", "dir_fd", "follow_symlinks" }, 1, out, 2));
    PathArg path = TRY(path_arg(out[0], "utime", "path"));
    bool has_times = out[1] && !is_none(out[1]);
    bool has_ns = out[2] && !is_none(out[2]);
    if (has_times && has_ns)
        return raise(&g_exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    timespec spec[2];
    if (has_times) {
        if (!is_tuple(out[1]) || out[1].as<TupleObject>()->size != 2)
            return raise(&g_exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        for (int i = 0; i < 2; ++i) {
            double seconds = 0;
            if (!TRY(to_double(out[1].as<TupleObject>()->item(i), seconds)))
                return raise(&g_exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
            double whole = std::floor(seconds);
            spec[i].tv_sec = time_t(whole);
            spec[i].tv_nsec = long((seconds - whole) * 1e9);
        }
    } else if (has_ns) {
        if (!is_tuple(out[2]) || out[2].as<TupleObject>()->size != 2)
            return raise(&g_exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; ++i) {
            Val item = out[2].as<TupleObject>()->item(i);
            if (!is_int(item))
                return raise(&g_exc_TypeError, "utime: 'ns' must be a tuple of two ints");
            int64_t ns = TRY(int_as_int64(item));
            spec[i].tv_sec = time_t(ns / 1000000000);
            spec[i].tv_nsec = long(ns % 1000000000);
            if (spec[i].tv_nsec < 0) {
                spec[i].tv_nsec += 1000000000;
                --spec[i].tv_sec;
            }
        }
    } else {
        spec[0].tv_nsec = spec[1].tv_nsec = UTIME_NOW;
        spec[0].tv_sec = spec[1].tv_sec = 0;
    }
    bool follow = !out[4] || TRY(is_truthy(out[4]));
    if (utimensat(AT_FDCWD, path.path.c_str(), spec, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0)
        return raise_os_error(errno, out[0]);
    return none_value();
}

Result<Value> posix_remove(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return one_path<c_unlink>("remove", args, nargs, kwnames);
}

Result<Value> posix_mkdir(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("mkdir", args, nargs, kwnames, { "path", "mode", "dir_fd" }, 1, out));
    PathArg path = TRY(path_arg(out[0], "mkdir", "path"));
    int mode = out[1] ? TRY(int_arg(out[1])) : 0777;
    if (::mkdir(path.path.c_str(), mode_t(mode)) != 0)
        return raise_os_error(errno, out[0]);
    return none_value();
}

Result<Value> posix_chmod(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("chmod", args, nargs, kwnames, { "path", "mode", "dir_fd", "follow_symlinks" }, 2, out));
    PathArg path = TRY(path_arg(out[0], "chmod", "path"));
    int mode = TRY(int_arg(out[1]));
    if (::chmod(path.path.c_str(), mode_t(mode)) != 0)
        return raise_os_error(errno, out[0]);
    return none_value();
}

// rename, replace, symlink and link: two paths.
template<int (*CALL)(const char*, const char*)>
Result<Value> two_paths(const char* name, const char* first, const char* second, const Val* args, size_t nargs,
                        TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args(name, args, nargs, kwnames, { first, second, "src_dir_fd", "dst_dir_fd" }, 2, out));
    PathArg a = TRY(path_arg(out[0], name, first));
    PathArg b = TRY(path_arg(out[1], name, second));
    if (CALL(a.path.c_str(), b.path.c_str()) != 0)
        return raise_os_error2(errno, out[0], out[1]);
    return none_value();
}

int c_rename(const char* a, const char* b) { return ::rename(a, b); }
int c_link(const char* a, const char* b) { return ::link(a, b); }

Result<Value> posix_rename(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return two_paths<c_rename>("rename", "src", "dst", args, nargs, kwnames);
}

Result<Value> posix_replace(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return two_paths<c_rename>("replace", "src", "dst", args, nargs, kwnames);
}

// symlink(src, dst, target_is_directory=False, *, dir_fd=None): target_is_directory matters on
// Windows only; dir_fd is not supported (like the other dir_fd parameters here).
Result<Value> posix_symlink(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("symlink", args, nargs, kwnames, { "src", "dst", "target_is_directory", "dir_fd" }, 2, out));
    PathArg a = TRY(path_arg(out[0], "symlink", "src"));
    PathArg b = TRY(path_arg(out[1], "symlink", "dst"));
    if (::symlink(a.path.c_str(), b.path.c_str()) != 0)
        return raise_os_error2(errno, out[0], out[1]);
    return none_value();
}

Result<Value> posix_link(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return two_paths<c_link>("link", "src", "dst", args, nargs, kwnames);
}

Result<Value> posix_readlink(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("readlink", args, nargs, kwnames, { "path", "dir_fd" }, 1, out));
    PathArg path = TRY(path_arg(out[0], "readlink", "path"));
    std::string buffer(4096, '\0');
    ssize_t length = ::readlink(path.path.c_str(), buffer.data(), buffer.size());
    if (length < 0)
        return raise_os_error(errno, out[0]);
    return name_value(std::string_view(buffer.data(), size_t(length)), path.is_bytes);
}

Result<Value> posix_listdir(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("listdir", args, nargs, kwnames, { "path" }, 0, out));
    PathArg path;
    path.path = ".";
    Val filename = out[0];
    if (out[0] && !is_none(out[0]))
        path = TRY(path_arg(out[0], "listdir", "path", "string, bytes, os.PathLike, integer or None"));
    else
        filename = Val();
    DIR* dir = ::opendir(path.path.c_str());
    if (!dir)
        return raise_os_error(errno, filename ? filename : Val(str_intern(".")));
    Ref<ListObject> names = list_new();
    errno = 0;
    while (dirent* entry = ::readdir(dir)) {
        const char* name = entry->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
            continue;
        list_append(names.get(), name_value(name, path.is_bytes));
    }
    int error = errno;
    ::closedir(dir);
    if (error != 0)
        return raise_os_error(error, filename);
    return Value(std::move(names));
}

Result<Value> posix_access(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[5];
    TRY(bind_args("access", args, nargs, kwnames, { "path", "mode", "dir_fd", "effective_ids", "follow_symlinks" }, 2,
                  out));
    PathArg path = TRY(path_arg(out[0], "access", "path"));
    int mode = TRY(int_arg(out[1]));
    return bool_value(::access(path.path.c_str(), mode) == 0);
}

Result<Value> posix_fspath(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("fspath", args, nargs, kwnames, { "path" }, 1, out));
    Val v = out[0];
    if (is_str(v) || is_bytes(v))
        return Value::borrow(v);
    Value result = TRY(call_special(v, str_intern("__fspath__"), {}));
    if (!result)
        return raise(&g_exc_TypeError, "expected str, bytes or os.PathLike object, not {}", v.type()->type_name());
    if (!is_str(result) && !is_bytes(result))
        return raise(&g_exc_TypeError, "expected {}.__fspath__() to return str or bytes, not {}", v.type()->type_name(),
                     result.type()->type_name());
    return result;
}

// ---- environment and process --------------------------------------------------------------------

Result<std::string> env_text(Val v, const char* what)
{
    if (is_str(v))
        return std::string(v.as<StrObject>()->view());
    if (is_bytes(v))
        return std::string(v.as<BytesObject>()->view());
    return raise(&g_exc_TypeError, "str expected, not {}", v.type()->type_name());
}

Result<Value> posix_putenv(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("putenv", nargs, kwnames, 2, 2));
    std::string name = TRY(env_text(args[0], "name"));
    std::string value = TRY(env_text(args[1], "value"));
    if (name.empty() || name.find('=') != std::string::npos)
        return raise(&g_exc_ValueError, "illegal environment variable name");
    if (name.find('\0') != std::string::npos || value.find('\0') != std::string::npos)
        return raise(&g_exc_ValueError, "embedded null byte");
    if (::setenv(name.c_str(), value.c_str(), 1) != 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> posix_unsetenv(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("unsetenv", nargs, kwnames, 1, 1));
    std::string name = TRY(env_text(args[0], "name"));
    if (name.empty() || name.find('=') != std::string::npos)
        return raise(&g_exc_ValueError, "illegal environment variable name");
    if (::unsetenv(name.c_str()) != 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> posix_strerror(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("strerror", nargs, kwnames, 1, 1));
    int code = TRY(int_arg(args[0]));
    return Value(str_from_utf8(::strerror(code)));
}

Result<Value> posix_urandom(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("urandom", nargs, kwnames, 1, 1));
    int64_t size = TRY(int_arg(args[0]));
    if (size < 0)
        return raise(&g_exc_ValueError, "negative argument not allowed");
    Ref<BytesObject> result = bytes_new_uninitialized(size);
    int64_t done = 0;
    while (done < size) {
        ssize_t got = ::getrandom(result->data + done, size_t(size - done), 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return raise_os_error(errno);
        }
        done += got;
    }
    return Value(std::move(result));
}

template<auto CALL>
Result<Value> id_function(const char* name, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional(name, nargs, kwnames, 0, 0));
    return int_from_int64(int64_t(CALL()));
}

Result<Value> posix_getpid(const Val*, size_t nargs, TupleObject* kwnames) { return id_function<::getpid>("getpid", nargs, kwnames); }
Result<Value> posix_getppid(const Val*, size_t nargs, TupleObject* kwnames) { return id_function<::getppid>("getppid", nargs, kwnames); }
Result<Value> posix_getuid(const Val*, size_t nargs, TupleObject* kwnames) { return id_function<::getuid>("getuid", nargs, kwnames); }
Result<Value> posix_geteuid(const Val*, size_t nargs, TupleObject* kwnames) { return id_function<::geteuid>("geteuid", nargs, kwnames); }
Result<Value> posix_getgid(const Val*, size_t nargs, TupleObject* kwnames) { return id_function<::getgid>("getgid", nargs, kwnames); }
Result<Value> posix_getegid(const Val*, size_t nargs, TupleObject* kwnames) { return id_function<::getegid>("getegid", nargs, kwnames); }

Result<Value> posix_umask(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("umask", nargs, kwnames, 1, 1));
    int mask = TRY(int_arg(args[0]));
    return Value::small_int(int64_t(::umask(mode_t(mask))));
}

Result<Value> posix_cpu_count(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("cpu_count", nargs, kwnames, 0, 0));
    long count = ::sysconf(_SC_NPROCESSORS_ONLN);
    if (count < 1)
        return none_value();
    return Value::small_int(count);
}

Result<Value> posix__exit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("_exit", args, nargs, kwnames, { "status" }, 1, out));
    int status = TRY(int_arg(out[0]));
    ::_exit(status);
}

// ---- file descriptors ---------------------------------------------------------------------------

Result<Value> posix_open(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("open", args, nargs, kwnames, { "path", "flags", "mode", "dir_fd" }, 2, out));
    PathArg path = TRY(path_arg(out[0], "open", "path"));
    int flags = TRY(int_arg(out[1]));
    int mode = out[2] ? TRY(int_arg(out[2])) : 0777;
    int fd;
    do {
        fd = ::open(path.path.c_str(), flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return raise_os_error(errno, out[0]);
    return Value::small_int(fd);
}

Result<Value> posix_close(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("close", args, nargs, kwnames, { "fd" }, 1, out));
    int fd = TRY(int_arg(out[0]));
    if (::close(fd) != 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> posix_read(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("read", nargs, kwnames, 2, 2));
    int fd = TRY(int_arg(args[0]));
    int64_t size = TRY(int_arg(args[1]));
    if (size < 0) {
        errno = EINVAL;
        return raise_os_error(errno);
    }
    std::string buffer(size_t(size), '\0');
    ssize_t got;
    do {
        got = ::read(fd, buffer.data(), buffer.size());
    } while (got < 0 && errno == EINTR);
    if (got < 0)
        return raise_os_error(errno);
    return Value(bytes_from(std::string_view(buffer.data(), size_t(got))));
}

Result<Value> posix_write(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("write", nargs, kwnames, 2, 2));
    int fd = TRY(int_arg(args[0]));
    Buffer data_buffer;
    TRY(get_contiguous_buffer(args[1], data_buffer));
    std::string_view data = data_buffer.bytes();
    ssize_t written;
    do {
        written = ::write(fd, data.data(), data.size());
    } while (written < 0 && errno == EINTR);
    if (written < 0)
        return raise_os_error(errno);
    return Value::small_int(written);
}

Result<Value> posix_lseek(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("lseek", nargs, kwnames, 3, 3));
    int fd = TRY(int_arg(args[0]));
    int64_t position = TRY(int_as_int64(TRY(number_index(args[1]))));
    int how = TRY(int_arg(args[2]));
    off_t result = ::lseek(fd, off_t(position), how);
    if (result < 0)
        return raise_os_error(errno);
    return int_from_int64(result);
}

Result<Value> posix_pipe(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("pipe", nargs, kwnames, 0, 0));
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return raise_os_error(errno);
    return Value(tuple_of({ Val::small_int(fds[0]), Val::small_int(fds[1]) }));
}

Result<Value> posix_dup(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("dup", nargs, kwnames, 1, 1));
    int fd = TRY(int_arg(args[0]));
    int result = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (result < 0)
        return raise_os_error(errno);
    return Value::small_int(result);
}

Result<Value> posix_isatty(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("isatty", nargs, kwnames, 1, 1));
    int fd = TRY(int_arg(args[0]));
    return bool_value(::isatty(fd) != 0);
}

Result<Value> posix_waitpid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("waitpid", nargs, kwnames, 2, 2));
    int pid = TRY(int_arg(args[0]));
    int options = TRY(int_arg(args[1]));
    int status = 0;
    pid_t result;
    while ((result = ::waitpid(pid, &status, options)) < 0 && errno == EINTR) {
        if (g_interrupt_pending)
            TRY(run_pending_signals());
    }
    if (result < 0)
        return raise_os_error(errno);
    return Value(tuple_of({ Val::small_int(result), Val::small_int(status) }));
}

Result<Value> posix_kill(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("kill", nargs, kwnames, 2, 2));
    int pid = TRY(int_arg(args[0]));
    int sig = TRY(int_arg(args[1]));
    if (::kill(pid, sig) != 0)
        return raise_os_error(errno);
    // A signal sent to this process arrives before kill() returns: its handler runs now, as in CPython (so
    // `try: os.kill(os.getpid(), SIGINT) except KeyboardInterrupt` catches it).
    if (g_interrupt_pending)
        TRY(run_pending_signals());
    return none_value();
}

Result<Value> posix_waitstatus_to_exitcode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("waitstatus_to_exitcode", args, nargs, kwnames, { "status" }, 1, out));
    int status = TRY(int_arg(out[0]));
    if (WIFEXITED(status))
        return Value::small_int(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return Value::small_int(-WTERMSIG(status));
    return raise(&g_exc_ValueError, "invalid wait status: {}", status);
}

// The wait-status macros: WIFEXITED(status) and friends.
#define WAIT_MACRO(NAME, kind)                                                      \
    Result<Value> posix_##NAME(const Val* args, size_t nargs, TupleObject* kwnames) \
    {                                                                               \
        Val out[1];                                                                 \
        TRY(bind_args(#NAME, args, nargs, kwnames, { "status" }, 1, out));          \
        int status = TRY(int_arg(out[0]));                                          \
        return kind(NAME(status));                                                  \
    }
Value small(int value) { return Value::small_int(value); }
WAIT_MACRO(WIFEXITED, bool_value)
WAIT_MACRO(WEXITSTATUS, small)
WAIT_MACRO(WIFSIGNALED, bool_value)
WAIT_MACRO(WTERMSIG, small)
WAIT_MACRO(WIFSTOPPED, bool_value)
WAIT_MACRO(WSTOPSIG, small)
#undef WAIT_MACRO

#define FUNCTION(name, doc) { #name, posix_##name, METHOD_STATIC, doc }

const MethodDef s_posix_functions[] = {
    FUNCTION(utime, "Set the access and modified time of path."),
    FUNCTION(_get_terminal_size, "Return the size of the terminal window as (columns, lines)."),
    FUNCTION(_exit, "Exit to the system with specified status, without normal exit processing."),
    FUNCTION(access, "Use the real uid/gid to test for access to a path."),
    FUNCTION(chdir, "Change the current working directory to the specified path."),
    FUNCTION(chmod, "Change the access permissions of a file."),
    FUNCTION(close, "Close a file descriptor."),
    FUNCTION(cpu_count, "Return the number of CPUs in the system; return None if indeterminable."),
    FUNCTION(dup, "Return a duplicate of a file descriptor."),
    FUNCTION(fspath, "Return the file system path representation of the object."),
    FUNCTION(fstat, "Perform a stat system call on the given file descriptor."),
    FUNCTION(getcwd, "Return a unicode string representing the current working directory."),
    FUNCTION(getcwdb, "Return a bytes string representing the current working directory."),
    FUNCTION(getegid, "Return the current process's effective group id."),
    FUNCTION(geteuid, "Return the current process's effective user id."),
    FUNCTION(getgid, "Return the current process's group id."),
    FUNCTION(getpid, "Return the current process id."),
    FUNCTION(getppid, "Return the parent's process id."),
    FUNCTION(getuid, "Return the current process's user id."),
    FUNCTION(isatty, "Return True if the fd is connected to a terminal."),
    FUNCTION(kill, "Kill a process with a signal."),
    FUNCTION(waitpid, "Wait for completion of a given child process."),
    FUNCTION(waitstatus_to_exitcode, "Convert a wait status to an exit code."),
    FUNCTION(WIFEXITED, "Return True if the process returning status exited via the exit() system call."),
    FUNCTION(WEXITSTATUS, "Return the process return code from status."),
    FUNCTION(WIFSIGNALED, "Return True if the process returning status was terminated by a signal."),
    FUNCTION(WTERMSIG, "Return the signal that terminated the process that provided the status value."),
    FUNCTION(WIFSTOPPED, "Return True if the process returning status was stopped."),
    FUNCTION(WSTOPSIG, "Return the signal that stopped the process that provided the status value."),
    FUNCTION(link, "Create a hard link to a file."),
    FUNCTION(listdir, "Return a list containing the names of the files in the directory."),
    FUNCTION(lseek, "Set the position of a file descriptor.  Return the new position."),
    FUNCTION(lstat, "Perform a stat system call on the given path, without following symbolic links."),
    FUNCTION(mkdir, "Create a directory."),
    FUNCTION(open, "Open a file for low level IO.  Returns a file descriptor (integer)."),
    FUNCTION(pipe, "Create a pipe."),
    FUNCTION(putenv, "Change or add an environment variable."),
    FUNCTION(read, "Read from a file descriptor.  Returns a bytes object."),
    FUNCTION(readlink, "Return a string representing the path to which the symbolic link points."),
    FUNCTION(remove, "Remove a file (same as unlink())."),
    FUNCTION(rename, "Rename a file or directory."),
    FUNCTION(replace, "Rename a file or directory, overwriting the destination."),
    FUNCTION(rmdir, "Remove a directory."),
    FUNCTION(stat, "Perform a stat system call on the given path."),
    FUNCTION(strerror, "Translate an error code to a message string."),
    FUNCTION(symlink, "Create a symbolic link pointing to src named dst."),
    FUNCTION(umask, "Set the current numeric umask and return the previous umask."),
    FUNCTION(unlink, "Remove a file (same as remove())."),
    FUNCTION(unsetenv, "Delete an environment variable."),
    FUNCTION(urandom, "Return a bytes object containing random bytes suitable for cryptographic use."),
    FUNCTION(write, "Write a bytes object to a file descriptor."),
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> posix_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("posix"));
    if (!g_stat_result_type.has_flag(TYPE_READY)) {
        type_init_static(g_stat_result_type, "os.stat_result", sizeof(TupleObject), &g_tuple_type, TYPE_GC);
        g_stat_result_type.destroy = stat_result_destroy;
        g_stat_result_type.repr = stat_result_repr;
        g_stat_result_type.new_instance = stat_result_new;
        g_stat_result_type.getsets = s_stat_result_getsets;
        g_stat_result_type.doc = "stat_result: Result from stat, fstat, or lstat.";
        type_ready(g_stat_result_type);
    }
    module_add_functions(module.get(), s_posix_functions);
    module_set(module.get(), "stat_result", Val(&g_stat_result_type));
    Ref<DictObject> env = dict_new();
    for (char** entry = ::environ; entry && *entry; ++entry) {
        std::string_view text(*entry);
        size_t equals = text.find('=', 1);
        if (equals == std::string_view::npos)
            continue;
        Ref<StrObject> key = str_from_utf8(text.substr(0, equals));
        Ref<StrObject> value = str_from_utf8(text.substr(equals + 1));
        if (!dict_get_str(env.get(), key.get()))  // the first of duplicated names wins, as in CPython
            dict_set_str(env.get(), key.get(), Val(value.get()));
    }
    module_set(module.get(), "environ", Val(env.get()));
    const std::pair<const char*, int64_t> constants[] = {
        { "F_OK", F_OK },         { "R_OK", R_OK },         { "W_OK", W_OK },         { "X_OK", X_OK },
        { "O_RDONLY", O_RDONLY }, { "O_WRONLY", O_WRONLY }, { "O_RDWR", O_RDWR },     { "O_APPEND", O_APPEND },
        { "O_CREAT", O_CREAT },   { "O_EXCL", O_EXCL },     { "O_TRUNC", O_TRUNC },   { "O_NONBLOCK", O_NONBLOCK },
        { "O_CLOEXEC", O_CLOEXEC }, { "O_DIRECTORY", O_DIRECTORY }, { "O_NOFOLLOW", O_NOFOLLOW },
        { "SEEK_SET", SEEK_SET }, { "SEEK_CUR", SEEK_CUR }, { "SEEK_END", SEEK_END },
        { "EX_OK", 0 },           { "WNOHANG", WNOHANG },   { "WUNTRACED", WUNTRACED },
    };
    for (const auto& [name, value] : constants)
        module_set(module.get(), name, Val::small_int(value));
    return module;
}

}  // namespace ginger
