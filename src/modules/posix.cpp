// The posix module: the operating system calls that lib/os.py re-exports (files and directories, stat,
// the environment, file descriptors, process ids). Errors are CPython's OSError subclasses, built by
// raise_os_error from errno and the path argument as the caller gave it.
// Process calls (fork, exec*, wait, ids, groups, priorities), descriptor flags, sysconf, uname/times/statvfs
// (struct sequences) are here too; os.register_at_fork lives in lib/os.py.
// TODO: dir_fd and follow_symlinks beyond chmod, utime and chown (stat, open and others ignore dir_fd), scandir of an fd,
// confstr/pathconf, posix_spawn,
// statvfs_result's hidden f_fsid, bytes keys in environ (CPython's posix.environ has bytes keys; ours has str keys, as os.environ).
#include "modules/codecs.h"
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
#include "objects/set.h"
#include "objects/structseq.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/gil.h"
#include "vm/signals.h"
#include "vm/thread_state.h"
#include "vm/warnings.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <climits>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <dlfcn.h>
#include <sched.h>
#include <fcntl.h>
#include <string>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/ioctl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <csignal>
#include <unistd.h>
#include <vector>

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
// A str path in the file system encoding: UTF-8, with lone surrogates U+DC80..U+DCFF standing for the
// undecodable bytes (surrogateescape, as os.fsencode). Their UTF-8 form starts with 0xED.
Result<std::string> fs_encode(StrObject* s)
{
    std::string_view text = s->view();
    if (text.find('\xED') == std::string_view::npos) [[likely]]
        return std::string(text);
    return codecs::encode_text(s, "utf-8", "surrogateescape");
}

Result<PathArg> path_arg(Val v, const char* function, const char* argument,
                         const char* kinds = "string, bytes or os.PathLike")
{
    PathArg out;
    if (is_str(v)) [[likely]] {
        out.path = TRY(fs_encode(v.as<StrObject>()));
    } else if (is_bytes(v)) {
        out.path = std::string(v.as<BytesObject>()->view());
        out.is_bytes = true;
    } else {
        Value result = TRY(call_special(v, str_intern("__fspath__"), {}));
        if (!result)
            return raise(&g_exc_TypeError, "{}: {} should be {}, not {}", function, argument, kinds,
                         v.type()->type_name());
        if (is_str(result)) {
            out.path = TRY(fs_encode(result.as<StrObject>()));
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

// The filename an OSError shows for a path argument: what its __fspath__() returns (a str, not the
// PosixPath), as CPython's path_converter keeps.
Value error_filename(Val v)
{
    if (!v || is_str(v) || is_bytes(v) || is_int(v))
        return Value::borrow(v);
    Result<Value> path = call_special(v, str_intern("__fspath__"), {});
    if (path.is_error()) {
        clear_error();
        return Value::borrow(v);
    }
    return path.value() ? std::move(path.value()) : Value::borrow(v);
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

// OSError(errno) naming a path argument (errno is read by the caller, before __fspath__ may run).
Error raise_path_error(int errno_value, Val path)
{
    Value filename = error_filename(path);
    return raise_os_error(errno_value, filename.get());
}

Error raise_path_error2(int errno_value, Val path, Val path2)
{
    Value filename = error_filename(path);
    Value filename2 = error_filename(path2);
    return raise_os_error2(errno_value, filename.get(), filename2.get());
}

// An environment string as os.fsdecode() makes it: UTF-8, undecodable bytes as lone surrogates.
Ref<StrObject> environ_decode(std::string_view text)
{
    std::u32string points;
    if (codecs::utf8_decode(Val(), text, codecs::Errors("surrogateescape"), true, points).is_error()) {
        clear_error();
        return str_from_utf8(text);
    }
    return str_from_codepoints(reinterpret_cast<const uint32_t*>(points.data()), points.size());
}

Value name_value(std::string_view name, bool as_bytes)
{
    if (as_bytes)
        return Value(bytes_from(name));
    for (char c : name) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            // os.fsdecode: bytes that are not UTF-8 become lone surrogates (surrogateescape).
            Result<Value> text = codecs::decode_text(name, "utf-8", "surrogateescape");
            if (!text.is_error())
                return std::move(text.value());
            clear_error();
            break;
        }
    }
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

// The names of the hidden fields (items STAT_VISIBLE and up), as __reduce__ and the constructor's dict use them.
const char* const s_stat_hidden_fields[] = { "st_atime",    "st_mtime",   "st_ctime",  "st_atime_ns", "st_mtime_ns",
                                             "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev" };

// stat_result(sequence, dict=None), as CPython: hidden fields beyond the sequence come from dict, and
// float times left None take the integer ones.
Result<Value> stat_result_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    bool has_sequence = nargs > 0;
    for (int64_t i = 0; kwnames && i < kwnames->size; ++i)
        has_sequence |= kwnames->item(i).as<StrObject>()->view() == "sequence";
    if (!has_sequence)
        return raise(&g_exc_TypeError, "structseq() missing required argument 'sequence' (pos 1)");
    Val bound[2];
    TRY(bind_args("structseq", args, nargs, kwnames, { "sequence", "dict" }, 1, bound));
    Val extra = bound[1];
    if (extra && !is_dict(extra))
        return raise(&g_exc_TypeError, "os.stat_result() takes a dict as second arg, if any");
    Ref<TupleObject> items = TRY(sequence_tuple(bound[0]));
    if (items->size < STAT_VISIBLE)
        return raise(&g_exc_TypeError, "os.stat_result() takes an at least 10-sequence ({}-sequence given)",
                     items->size);
    if (items->size > STAT_ALL)
        return raise(&g_exc_TypeError, "os.stat_result() takes an at most 19-sequence ({}-sequence given)",
                     items->size);
    Value all[STAT_ALL];
    for (int64_t i = 0; i < STAT_ALL; ++i) {
        Val found;
        if (i < items->size)
            found = items->item(i);
        else if (extra)
            found = TRY(dict_get(extra.as<DictObject>(), Val(str_intern(s_stat_hidden_fields[i - STAT_VISIBLE]))));
        all[i] = Value::borrow(found ? found : none());
    }
    for (int64_t i = 7; i <= 9; ++i) {
        if (is_none(all[i + 3]))
            all[i + 3] = all[i];
    }
    return stat_result_from(reinterpret_cast<const Val*>(all), STAT_ALL);
}

// Pickling: (stat_result, (the 10 visible items, {hidden field name: value})).
Result<Value> stat_result_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    return structseq_reduce_value(args[0], STAT_VISIBLE, STAT_ALL, s_stat_hidden_fields);
}

const MethodDef s_stat_result_methods[] = {
    { "__reduce__", stat_result_reduce, METHOD_INSTANCE, nullptr },
    {},
};

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
        return raise_path_error(errno, out[0]);
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
        return raise_path_error(errno, out[0]);
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

// A dir_fd argument: None (or absent) is the current directory.
Result<int> dir_fd_arg(Val v)
{
    if (!v || is_none(v))
        return AT_FDCWD;
    if (!is_int(v) && !v.type()->index)
        return raise(&g_exc_TypeError, "argument should be integer or None, not {}", v.type()->type_name());
    return int_arg(v);
}

// utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True): times in seconds (int or float)
// or ns in nanoseconds; neither means now. path may be an open file descriptor.
Result<Value> posix_utime(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs > 2)
        return raise(&g_exc_TypeError, "utime() takes at most 2 positional arguments ({} given)", int64_t(nargs));
    Val out[5];
    TRY(bind_args("utime", args, nargs, kwnames, { "path", "times", "ns", "dir_fd", "follow_symlinks" }, 1, out));
    int fd = -1;
    PathArg path;
    if (is_int(out[0]))
        fd = TRY(int_arg(out[0]));
    else
        path = TRY(path_arg(out[0], "utime", "path", "string, bytes, os.PathLike or integer"));
    int dir_fd = TRY(dir_fd_arg(out[3]));
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
    if (fd >= 0 || is_int(out[0])) {
        if (dir_fd != AT_FDCWD)
            return raise(&g_exc_ValueError, "utime: can't specify dir_fd without matching path");
        if (!follow)
            return raise(&g_exc_ValueError, "utime: cannot use fd and follow_symlinks together");
        if (futimens(fd, spec) != 0)
            return raise_os_error(errno);
        return none_value();
    }
    if (utimensat(dir_fd, path.path.c_str(), spec, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0)
        return raise_os_error(errno);  // CPython names no file here
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
        return raise_path_error(errno, out[0]);
    return none_value();
}

// chmod(path, mode, *, dir_fd=None, follow_symlinks=True): path may be an open file descriptor. Linux cannot
// change a symlink's own mode: follow_symlinks=False on one raises NotImplementedError, as in CPython.
Result<Value> posix_chmod(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs > 2)
        return raise(&g_exc_TypeError, "chmod() takes exactly 2 positional arguments ({} given)", int64_t(nargs));
    Val out[4];
    TRY(bind_args("chmod", args, nargs, kwnames, { "path", "mode", "dir_fd", "follow_symlinks" }, 2, out));
    bool follow = out[3] ? TRY(is_truthy(out[3])) : true;
    if (is_int(out[0])) {
        int fd = TRY(int_arg(out[0]));
        int mode = TRY(int_arg(out[1]));
        if (::fchmod(fd, mode_t(mode)) != 0)
            return raise_path_error(errno, out[0]);
        return none_value();
    }
    PathArg path = TRY(path_arg(out[0], "chmod", "path", "string, bytes, os.PathLike or integer"));
    int mode = TRY(int_arg(out[1]));
    int dir_fd = TRY(dir_fd_arg(out[2]));
    if (dir_fd == AT_FDCWD && follow) {
        if (::chmod(path.path.c_str(), mode_t(mode)) != 0)
            return raise_path_error(errno, out[0]);
        return none_value();
    }
    if (::fchmodat(dir_fd, path.path.c_str(), mode_t(mode), follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0) {
        if (!follow && (errno == ENOTSUP || errno == EOPNOTSUPP)) {
            if (dir_fd != AT_FDCWD)
                return raise(&g_exc_ValueError, "chmod: cannot use dir_fd and follow_symlinks together");
            return raise(&g_exc_NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
        }
        return raise_path_error(errno, out[0]);
    }
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
        return raise_path_error2(errno, out[0], out[1]);
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
        return raise_path_error2(errno, out[0], out[1]);
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
        return raise_path_error(errno, out[0]);
    return name_value(std::string_view(buffer.data(), size_t(length)), path.is_bytes);
}

// listdir, and os.scandir's _scandir: `with_types` makes each item (name, d_type, d_ino) as readdir gave them,
// so that a DirEntry knows its type and inode without a stat, as CPython's does.
Result<Value> list_directory(const char* function, const Val* args, size_t nargs, TupleObject* kwnames, bool with_types)
{
    Val out[1];
    TRY(bind_args(function, args, nargs, kwnames, { "path" }, 0, out));
    PathArg path;
    path.path = ".";
    Val filename = out[0];
    if (out[0] && !is_none(out[0]))
        path = TRY(path_arg(out[0], function, "path", "string, bytes, os.PathLike, integer or None"));
    else
        filename = Val();
    DIR* dir = ::opendir(path.path.c_str());
    if (!dir)
        return raise_path_error(errno, filename ? filename : Val(str_intern(".")));
    Ref<ListObject> names = list_new();
    while (true) {
        errno = 0;  // (decoding a name may import a codec, which may leave errno set)
        dirent* entry = ::readdir(dir);
        if (!entry)
            break;
        const char* name = entry->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
            continue;
        Value item = name_value(name, path.is_bytes);
        if (with_types) {
            Value type = Value::small_int(entry->d_type);
            Value inode = int_from_int64(int64_t(entry->d_ino));
            item = Value(tuple_of({ item.get(), type.get(), inode.get() }));
        }
        list_append(names.get(), item);
    }
    int error = errno;
    ::closedir(dir);
    if (error != 0)
        return raise_path_error(error, filename);
    return Value(std::move(names));
}

Result<Value> posix_listdir(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return list_directory("listdir", args, nargs, kwnames, false);
}

Result<Value> posix__scandir(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return list_directory("scandir", args, nargs, kwnames, true);
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

// A putenv/unsetenv argument: str, bytes or os.PathLike (as os.fsencode takes it), without NUL characters.
Result<std::string> env_text(Val v)
{
    Value path = Value::borrow(v);
    if (!is_str(v) && !is_bytes(v))
        path = TRY(posix_fspath(&v, 1, nullptr));
    std::string text(is_str(path) ? path.as<StrObject>()->view() : path.as<BytesObject>()->view());
    if (text.find('\0') != std::string::npos)
        return raise(&g_exc_ValueError, "embedded null byte");
    return text;
}

// putenv(name, value): '=' in the name is a ValueError; what setenv refuses (an empty name) an OSError.
Result<Value> posix_putenv(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("putenv", nargs, kwnames, 2, 2));
    std::string name = TRY(env_text(args[0]));
    std::string value = TRY(env_text(args[1]));
    if (name.find('=') != std::string::npos)
        return raise(&g_exc_ValueError, "illegal environment variable name");
    if (::setenv(name.c_str(), value.c_str(), 1) != 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> posix_unsetenv(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("unsetenv", nargs, kwnames, 1, 1));
    std::string name = TRY(env_text(args[0]));
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

// PEP 475: a system call interrupted by a signal runs the Python handlers, then is retried unless one raised.
Result<void> after_eintr()
{
    if (g_interrupt_pending)
        return run_pending_signals();
    return {};
}

Result<Value> posix_open(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("open", args, nargs, kwnames, { "path", "flags", "mode", "dir_fd" }, 2, out));
    PathArg path = TRY(path_arg(out[0], "open", "path"));
    int flags = TRY(int_arg(out[1]));
    int mode = out[2] ? TRY(int_arg(out[2])) : 0777;
    int fd;
    while ((fd = ::open(path.path.c_str(), flags | O_CLOEXEC, mode)) < 0 && errno == EINTR)
        TRY(after_eintr());
    if (fd < 0)
        return raise_path_error(errno, out[0]);
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
    while (true) {
        {
            GilRelease unlocked;
            got = ::read(fd, buffer.data(), buffer.size());
        }
        if (got >= 0 || errno != EINTR)
            break;
        TRY(after_eintr());
    }
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
    while (true) {
        {
            GilRelease unlocked;  // data_buffer holds an export: a bytearray cannot be resized meanwhile
            written = ::write(fd, data.data(), data.size());
        }
        if (written >= 0 || errno != EINTR)
            break;
        TRY(after_eintr());
    }
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
    while ((result = blocking_call([&] { return ::waitpid(pid, &status, options); })) < 0 && errno == EINTR) {
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

// ---- more process and descriptor calls ----------------------------------------------------------

TypeObject* g_uname_result_type = nullptr;
TypeObject* g_times_result_type = nullptr;


Result<Value> none_or_os_error(int result)
{
    if (result != 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> posix_uname(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("uname", nargs, kwnames, 0, 0));
    struct utsname names;
    if (::uname(&names) != 0)
        return raise_os_error(errno);
    Ref<StrObject> fields[] = { str_from_utf8(names.sysname), str_from_utf8(names.nodename),
                                str_from_utf8(names.release), str_from_utf8(names.version),
                                str_from_utf8(names.machine) };
    return structseq_new(g_uname_result_type, { Val(fields[0].get()), Val(fields[1].get()), Val(fields[2].get()),
                                                Val(fields[3].get()), Val(fields[4].get()) });
}

Result<Value> posix_times(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("times", nargs, kwnames, 0, 0));
    struct tms t;
    clock_t elapsed = ::times(&t);
    if (elapsed == clock_t(-1))
        return raise_os_error(errno);
    double ticks = double(::sysconf(_SC_CLK_TCK));
    Value items[] = { float_from_double(double(t.tms_utime) / ticks), float_from_double(double(t.tms_stime) / ticks),
                      float_from_double(double(t.tms_cutime) / ticks), float_from_double(double(t.tms_cstime) / ticks),
                      float_from_double(double(elapsed) / ticks) };
    return structseq_new(g_times_result_type, { items[0], items[1], items[2], items[3], items[4] });
}

Result<Value> posix_getloadavg(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getloadavg", nargs, kwnames, 0, 0));
    double loads[3];
    if (::getloadavg(loads, 3) != 3)
        return raise(&g_exc_OSError, "Load averages are unobtainable");
    Value items[] = { float_from_double(loads[0]), float_from_double(loads[1]), float_from_double(loads[2]) };
    return Value(tuple_of({ items[0], items[1], items[2] }));
}

Result<Value> posix_getpgrp(const Val*, size_t nargs, TupleObject* kwnames) { return id_function<::getpgrp>("getpgrp", nargs, kwnames); }

Result<Value> posix_setsid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setsid", nargs, kwnames, 0, 0));
    if (::setsid() < 0)
        return raise_os_error(errno);
    return none_value();
}

Result<Value> posix_getsid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getsid", nargs, kwnames, 1, 1));
    pid_t result = ::getsid(TRY(int_arg(args[0])));
    if (result < 0)
        return raise_os_error(errno);
    return Value::small_int(result);
}

Result<Value> posix_getpgid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getpgid", nargs, kwnames, 1, 1));
    pid_t result = ::getpgid(TRY(int_arg(args[0])));
    if (result < 0)
        return raise_os_error(errno);
    return Value::small_int(result);
}

Result<Value> posix_setpgid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setpgid", nargs, kwnames, 2, 2));
    int pid = TRY(int_arg(args[0]));
    int group = TRY(int_arg(args[1]));
    return none_or_os_error(::setpgid(pid, group));
}

Result<Value> posix_getgroups(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getgroups", nargs, kwnames, 0, 0));
    int count = ::getgroups(0, nullptr);
    if (count < 0)
        return raise_os_error(errno);
    std::vector<gid_t> groups(size_t(count) + 1);
    count = ::getgroups(int(groups.size()), groups.data());
    if (count < 0)
        return raise_os_error(errno);
    Ref<ListObject> result = list_new(count);
    for (int i = 0; i < count; ++i)
        list_append(result.get(), int_from_int64(int64_t(groups[size_t(i)])));
    return Value(std::move(result));
}

Result<Value> posix_killpg(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("killpg", nargs, kwnames, 2, 2));
    int group = TRY(int_arg(args[0]));
    int sig = TRY(int_arg(args[1]));
    if (::killpg(group, sig) != 0)
        return raise_os_error(errno);
    if (g_interrupt_pending)
        TRY(run_pending_signals());
    return none_value();
}

Result<Value> posix_nice(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("nice", nargs, kwnames, 1, 1));
    int increment = TRY(int_arg(args[0]));
    errno = 0;
    int result = ::nice(increment);
    if (result == -1 && errno != 0)
        return raise_os_error(errno);
    return Value::small_int(result);
}

// uid and gid arguments: -1 means "leave unchanged".
Result<Value> do_chown(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, bool follow_default)
{
    Val out[5];
    TRY(bind_args(name, args, nargs, kwnames, { "path", "uid", "gid", "dir_fd", "follow_symlinks" }, 3, out));
    if (out[3] && !is_none(out[3]))
        return raise(&g_exc_NotImplementedError, "{}: dir_fd unavailable on this platform", name);
    bool follow = follow_default;
    if (out[4])
        follow = TRY(is_truthy(out[4]));
    uid_t uid = uid_t(TRY(int_as_int64(TRY(number_index(out[1])))));
    gid_t gid = gid_t(TRY(int_as_int64(TRY(number_index(out[2])))));
    if (is_int(out[0])) {
        int fd = TRY(int_arg(out[0]));
        if (::fchown(fd, uid, gid) != 0)
            return raise_os_error(errno);
        return none_value();
    }
    PathArg path = TRY(path_arg(out[0], name, "path", "string, bytes, os.PathLike or integer"));
    int result = follow ? ::chown(path.path.c_str(), uid, gid) : ::lchown(path.path.c_str(), uid, gid);
    if (result != 0)
        return raise_path_error(errno, out[0]);
    return none_value();
}

Result<Value> posix_chown(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return do_chown("chown", args, nargs, kwnames, true);
}

Result<Value> posix_lchown(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("lchown", args, nargs, kwnames, { "path", "uid", "gid" }, 3, out));
    PathArg path = TRY(path_arg(out[0], "lchown", "path", "string, bytes or os.PathLike"));
    uid_t uid = uid_t(TRY(int_as_int64(TRY(number_index(out[1])))));
    gid_t gid = gid_t(TRY(int_as_int64(TRY(number_index(out[2])))));
    if (::lchown(path.path.c_str(), uid, gid) != 0)
        return raise_path_error(errno, out[0]);
    return none_value();
}

Result<Value> posix_fchown(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("fchown", args, nargs, kwnames, { "fd", "uid", "gid" }, 3, out));
    int fd = TRY(int_arg(out[0]));
    uid_t uid = uid_t(TRY(int_as_int64(TRY(number_index(out[1])))));
    gid_t gid = gid_t(TRY(int_as_int64(TRY(number_index(out[2])))));
    return none_or_os_error(::fchown(fd, uid, gid));
}

Result<Value> posix_fchmod(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("fchmod", args, nargs, kwnames, { "fd", "mode" }, 2, out));
    int fd = TRY(int_arg(out[0]));
    int mode = TRY(int_arg(out[1]));
    return none_or_os_error(::fchmod(fd, mode_t(mode)));
}

Result<Value> posix_fchdir(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("fchdir", args, nargs, kwnames, { "fd" }, 1, out));
    int fd = TRY(file_descriptor_arg(out[0]));
    return none_or_os_error(::fchdir(fd));
}

Result<Value> posix_truncate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("truncate", args, nargs, kwnames, { "path", "length" }, 2, out));
    int64_t length = TRY(int_as_int64(TRY(number_index(out[1]))));
    if (is_int(out[0])) {
        int fd = TRY(int_arg(out[0]));
        return none_or_os_error(::ftruncate(fd, off_t(length)));
    }
    PathArg path = TRY(path_arg(out[0], "truncate", "path", "string, bytes, os.PathLike or integer"));
    if (::truncate(path.path.c_str(), off_t(length)) != 0)
        return raise_path_error(errno, out[0]);
    return none_value();
}

Result<Value> posix_ftruncate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("ftruncate", nargs, kwnames, 2, 2));
    int fd = TRY(int_arg(args[0]));
    int64_t length = TRY(int_as_int64(TRY(number_index(args[1]))));
    return none_or_os_error(::ftruncate(fd, off_t(length)));
}

Result<Value> posix_fsync(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("fsync", args, nargs, kwnames, { "fd" }, 1, out));
    int fd = TRY(file_descriptor_arg(out[0]));
    return none_or_os_error(::fsync(fd));
}

Result<Value> posix_fdatasync(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("fdatasync", args, nargs, kwnames, { "fd" }, 1, out));
    int fd = TRY(file_descriptor_arg(out[0]));
    return none_or_os_error(::fdatasync(fd));
}

Result<Value> posix_sync(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("sync", nargs, kwnames, 0, 0));
    ::sync();
    return none_value();
}

Result<Value> posix_dup2(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("dup2", args, nargs, kwnames, { "fd", "fd2", "inheritable" }, 2, out));
    int fd = TRY(int_arg(out[0]));
    int fd2 = TRY(int_arg(out[1]));
    bool inheritable = out[2] ? TRY(is_truthy(out[2])) : true;
    int result = inheritable ? ::dup2(fd, fd2) : ::dup3(fd, fd2, O_CLOEXEC);
    if (result < 0)
        return raise_os_error(errno);
    return Value::small_int(result);
}

Result<Value> posix_pipe2(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("pipe2", nargs, kwnames, 1, 1));
    int flags = TRY(int_arg(args[0]));
    int fds[2];
    if (::pipe2(fds, flags) != 0)
        return raise_os_error(errno);
    return Value(tuple_of({ Val::small_int(fds[0]), Val::small_int(fds[1]) }));
}

TypeObject* g_statvfs_result_type = nullptr;

Result<Value> statvfs_result_of(const struct statvfs& st)
{
    auto n = [](uint64_t value) { return int_from_int64(int64_t(value)); };
    Value items[] = { n(st.f_bsize), n(st.f_frsize), n(st.f_blocks), n(st.f_bfree), n(st.f_bavail),
                      n(st.f_files), n(st.f_ffree), n(st.f_favail), n(st.f_flag), n(st.f_namemax) };
    return structseq_new(g_statvfs_result_type, { items[0], items[1], items[2], items[3], items[4], items[5],
                                                  items[6], items[7], items[8], items[9] });
}

Result<Value> posix_statvfs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("statvfs", args, nargs, kwnames, { "path" }, 1, out));
    struct statvfs st;
    if (is_int(out[0])) {
        int fd = TRY(int_arg(out[0]));
        if (::fstatvfs(fd, &st) != 0)
            return raise_os_error(errno);
        return statvfs_result_of(st);
    }
    PathArg path = TRY(path_arg(out[0], "statvfs", "path", "string, bytes, os.PathLike or integer"));
    if (::statvfs(path.path.c_str(), &st) != 0)
        return raise_path_error(errno, out[0]);
    return statvfs_result_of(st);
}

Result<Value> posix_fstatvfs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("fstatvfs", nargs, kwnames, 1, 1));
    int fd = TRY(int_arg(args[0]));
    struct statvfs st;
    if (::fstatvfs(fd, &st) != 0)
        return raise_os_error(errno);
    return statvfs_result_of(st);
}

// setuid() and friends: one id argument, None on success.
template<int (*CALL)(unsigned)>
Result<Value> set_id(const char* name, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional(name, nargs, kwnames, 1, 1));
    int64_t id = TRY(int_as_int64(TRY(number_index(args[0]))));
    const char* kind = std::string_view(name).find("uid") != std::string_view::npos ? "uid" : "gid";
    if (id < -1)
        return raise(&g_exc_OverflowError, "{} is less than minimum", kind);
    if (id > int64_t(0xffffffffLL))
        return raise(&g_exc_OverflowError, "{} is greater than maximum", kind);
    return none_or_os_error(CALL(unsigned(id)));
}

int call_setuid(unsigned id) { return ::setuid(uid_t(id)); }
int call_setgid(unsigned id) { return ::setgid(gid_t(id)); }
int call_seteuid(unsigned id) { return ::seteuid(uid_t(id)); }
int call_setegid(unsigned id) { return ::setegid(gid_t(id)); }
Result<Value> posix_setuid(const Val* args, size_t nargs, TupleObject* kwnames) { return set_id<call_setuid>("setuid", args, nargs, kwnames); }
Result<Value> posix_setgid(const Val* args, size_t nargs, TupleObject* kwnames) { return set_id<call_setgid>("setgid", args, nargs, kwnames); }
Result<Value> posix_seteuid(const Val* args, size_t nargs, TupleObject* kwnames) { return set_id<call_seteuid>("seteuid", args, nargs, kwnames); }
Result<Value> posix_setegid(const Val* args, size_t nargs, TupleObject* kwnames) { return set_id<call_setegid>("setegid", args, nargs, kwnames); }

// A uid or gid argument: -1 (leave unchanged) up to 2**32 - 1.
Result<unsigned> id_arg(Val v, const char* kind)
{
    int64_t id = TRY(int_as_int64(TRY(number_index(v))));
    if (id < -1)
        return raise(&g_exc_OverflowError, "{} is less than minimum", kind);
    if (id > int64_t(0xffffffffLL))
        return raise(&g_exc_OverflowError, "{} is greater than maximum", kind);
    return unsigned(id);
}

Result<Value> posix_setreuid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setreuid", nargs, kwnames, 2, 2));
    unsigned real = TRY(id_arg(args[0], "uid"));
    unsigned effective = TRY(id_arg(args[1], "uid"));
    return none_or_os_error(::setreuid(uid_t(real), uid_t(effective)));
}

Result<Value> posix_setregid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setregid", nargs, kwnames, 2, 2));
    unsigned real = TRY(id_arg(args[0], "gid"));
    unsigned effective = TRY(id_arg(args[1], "gid"));
    return none_or_os_error(::setregid(gid_t(real), gid_t(effective)));
}

Result<Value> posix_setgroups(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setgroups", nargs, kwnames, 1, 1));
    if (!type_lookup(args[0].type(), str_intern("__getitem__")))
        return raise(&g_exc_TypeError, "setgroups argument must be a sequence");
    Ref<TupleObject> items = TRY(sequence_tuple(args[0]));
    std::vector<gid_t> groups;
    for (int64_t i = 0; i < items->size; ++i) {
        if (!is_int(items->item(i)))
            return raise(&g_exc_TypeError, "groups must be integers");
        groups.push_back(gid_t(TRY(id_arg(items->item(i), "gid"))));
    }
    return none_or_os_error(::setgroups(groups.size(), groups.data()));
}

Result<Value> posix_getresuid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getresuid", nargs, kwnames, 0, 0));
    uid_t real, effective, saved;
    if (::getresuid(&real, &effective, &saved) != 0)
        return raise_os_error(errno);
    Value items[] = { int_from_int64(real), int_from_int64(effective), int_from_int64(saved) };
    return Value(tuple_of({ items[0], items[1], items[2] }));
}

Result<Value> posix_getresgid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getresgid", nargs, kwnames, 0, 0));
    gid_t real, effective, saved;
    if (::getresgid(&real, &effective, &saved) != 0)
        return raise_os_error(errno);
    Value items[] = { int_from_int64(real), int_from_int64(effective), int_from_int64(saved) };
    return Value(tuple_of({ items[0], items[1], items[2] }));
}

Result<Value> posix_setpgrp(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setpgrp", nargs, kwnames, 0, 0));
    return none_or_os_error(::setpgid(0, 0));
}

Result<Value> posix_getpriority(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getpriority", nargs, kwnames, 2, 2));
    int which = TRY(int_arg(args[0]));
    int who = TRY(int_arg(args[1]));
    errno = 0;
    int result = ::getpriority(__priority_which_t(which), id_t(who));
    if (result == -1 && errno != 0)
        return raise_os_error(errno);
    return Value::small_int(result);
}

Result<Value> posix_setpriority(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setpriority", nargs, kwnames, 3, 3));
    int which = TRY(int_arg(args[0]));
    int who = TRY(int_arg(args[1]));
    int priority = TRY(int_arg(args[2]));
    return none_or_os_error(::setpriority(__priority_which_t(which), id_t(who), priority));
}

Result<Value> posix_sched_get_priority_min(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("sched_get_priority_min", args, nargs, kwnames, { "policy" }, 1, out));
    int result = ::sched_get_priority_min(TRY(int_arg(out[0])));
    if (result < 0)
        return raise_os_error(errno);
    return Value::small_int(result);
}

Result<Value> posix_sched_get_priority_max(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("sched_get_priority_max", args, nargs, kwnames, { "policy" }, 1, out));
    int result = ::sched_get_priority_max(TRY(int_arg(out[0])));
    if (result < 0)
        return raise_os_error(errno);
    return Value::small_int(result);
}

Result<Value> posix_openpty(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("openpty", nargs, kwnames, 0, 0));
    int master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0)
        return raise_os_error(errno);
    const char* name = nullptr;
    if (::grantpt(master) != 0 || ::unlockpt(master) != 0 || !(name = ::ptsname(master))) {
        int error = errno;
        ::close(master);
        return raise_os_error(error);
    }
    int slave = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave < 0) {
        int error = errno;
        ::close(master);
        return raise_os_error(error);
    }
    return Value(tuple_of({ Val::small_int(master), Val::small_int(slave) }));
}

// login_tty(fd): makes fd the controlling terminal and the standard streams of the calling process (a new
// session), as pty.fork's child does after os.fork when there is no os.forkpty.
Result<Value> posix_login_tty(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("login_tty", nargs, kwnames, 1, 1));
    int fd = TRY(int_arg(args[0]));
    ::setsid();
    if (::ioctl(fd, TIOCSCTTY, 0) < 0)
        return raise_os_error(errno);
    for (int target = 0; target < 3; ++target) {
        if (::dup2(fd, target) < 0)
            return raise_os_error(errno);
    }
    if (fd > 2)
        ::close(fd);
    return none_value();
}

Result<Value> posix_closerange(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("closerange", nargs, kwnames, 2, 2));
    int low = TRY(int_arg(args[0]));
    int high = TRY(int_arg(args[1]));
    for (int fd = low < 0 ? 0 : low; fd < high; ++fd)
        ::close(fd);
    return none_value();
}

Result<Value> posix_ttyname(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("ttyname", nargs, kwnames, 1, 1));
    int fd = TRY(int_arg(args[0]));
    char buffer[4096];
    int error = ::ttyname_r(fd, buffer, sizeof buffer);
    if (error != 0)
        return raise_os_error(error);
    return Value(str_from_utf8(buffer));
}

Result<Value> posix_device_encoding(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("device_encoding", args, nargs, kwnames, { "fd" }, 1, out));
    int fd = TRY(int_arg(out[0]));
    if (!::isatty(fd))
        return none_value();
    return Value(str_from_utf8("UTF-8"));  // Ginger runs in UTF-8 mode
}

Result<Value> posix_get_inheritable(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("get_inheritable", nargs, kwnames, 1, 1));
    int fd = TRY(int_arg(args[0]));
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0)
        return raise_os_error(errno);
    return bool_value(!(flags & FD_CLOEXEC));
}

Result<Value> posix_set_inheritable(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("set_inheritable", nargs, kwnames, 2, 2));
    int fd = TRY(int_arg(args[0]));
    bool inheritable = TRY(int_arg(args[1])) != 0;
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0)
        return raise_os_error(errno);
    flags = inheritable ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
    return none_or_os_error(::fcntl(fd, F_SETFD, flags) < 0 ? -1 : 0);
}

Result<Value> posix_get_blocking(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("get_blocking", nargs, kwnames, 1, 1));
    int fd = TRY(int_arg(args[0]));
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0)
        return raise_os_error(errno);
    return bool_value(!(flags & O_NONBLOCK));
}

Result<Value> posix_set_blocking(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("set_blocking", nargs, kwnames, 2, 2));
    int fd = TRY(int_arg(args[0]));
    bool blocking = TRY(int_arg(args[1])) != 0;
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0)
        return raise_os_error(errno);
    flags = blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
    return none_or_os_error(::fcntl(fd, F_SETFL, flags) < 0 ? -1 : 0);
}

// sysconf names (the common ones; CPython's table is longer).
const std::pair<const char*, int> s_sysconf_names[] = {
    { "SC_ARG_MAX", _SC_ARG_MAX },           { "SC_CHILD_MAX", _SC_CHILD_MAX },
    { "SC_CLK_TCK", _SC_CLK_TCK },           { "SC_NGROUPS_MAX", _SC_NGROUPS_MAX },
    { "SC_OPEN_MAX", _SC_OPEN_MAX },         { "SC_PAGESIZE", _SC_PAGESIZE },
    { "SC_PAGE_SIZE", _SC_PAGE_SIZE },       { "SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF },
    { "SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN }, { "SC_PHYS_PAGES", _SC_PHYS_PAGES },
    { "SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES }, { "SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX },
    { "SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX }, { "SC_LINE_MAX", _SC_LINE_MAX },
    { "SC_IOV_MAX", _SC_IOV_MAX },           { "SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX },
    { "SC_VERSION", _SC_VERSION },           { "SC_JOB_CONTROL", _SC_JOB_CONTROL },
    { "SC_SAVED_IDS", _SC_SAVED_IDS },       { "SC_STREAM_MAX", _SC_STREAM_MAX },
    { "SC_TZNAME_MAX", _SC_TZNAME_MAX },     { "SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX },
    { "SC_THREAD_STACK_MIN", _SC_THREAD_STACK_MIN }, { "SC_GETPW_R_SIZE_MAX", _SC_GETPW_R_SIZE_MAX },
    { "SC_GETGR_R_SIZE_MAX", _SC_GETGR_R_SIZE_MAX }, { "SC_RTSIG_MAX", _SC_RTSIG_MAX },
};

Result<Value> posix_sysconf(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("sysconf", nargs, kwnames, 1, 1));
    int name = 0;
    if (is_str(args[0])) {
        std::string_view text = args[0].as<StrObject>()->view();
        bool found = false;
        for (const auto& [key, value] : s_sysconf_names) {
            if (text == key) {
                name = value;
                found = true;
            }
        }
        if (!found)
            return raise(&g_exc_ValueError, "unrecognized configuration name");
    } else if (is_int(args[0])) {
        name = TRY(int_arg(args[0]));
    } else {
        return raise(&g_exc_TypeError, "configuration names must be strings or integers");
    }
    errno = 0;
    long result = ::sysconf(name);
    if (result == -1 && errno != 0)
        return raise_os_error(errno);
    return int_from_int64(result);
}

Result<Value> posix_fork(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("fork", nargs, kwnames, 0, 0));
    if (g_exiting)  // atexit callbacks and later
        return raise(&g_exc_RuntimeError, "can't fork at interpreter shutdown");
    size_t threads = all_thread_states().size();
    pid_t pid = ::fork();
    if (pid < 0)
        return raise_os_error(errno);
    if (pid == 0) {
        threads_after_fork();
    } else if (threads > 1) {
        std::string message = "This process (pid=" + std::to_string(getpid()) +
                              ") is multi-threaded, use of fork() may lead to deadlocks in the child.";
        TRY(warn(&g_exc_DeprecationWarning, message));
    }
    return Value::small_int(pid);
}

Result<Value> posix_wait(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("wait", nargs, kwnames, 0, 0));
    int status = 0;
    pid_t result;
    while ((result = blocking_call([&] { return ::wait(&status); })) < 0 && errno == EINTR) {
        if (g_interrupt_pending)
            TRY(run_pending_signals());
    }
    if (result < 0)
        return raise_os_error(errno);
    return Value(tuple_of({ Val::small_int(result), Val::small_int(status) }));
}

// The argument vector of execv/execve: a non-empty tuple or list of paths.
Result<std::vector<std::string>> exec_argv(const char* name, Val v)
{
    if (!is_list(v) && !is_tuple(v))
        return raise(&g_exc_TypeError, "{}() arg 2 must be a tuple or list", name);
    Ref<TupleObject> items = TRY(sequence_tuple(v));
    if (items->size < 1)
        return raise(&g_exc_ValueError, "{}() arg 2 must not be empty", name);
    std::vector<std::string> out;
    for (int64_t i = 0; i < items->size; ++i) {
        PathArg item = TRY(path_arg(items->item(i), name, "args"));
        out.push_back(std::move(item.path));
    }
    if (out[0].empty())
        return raise(&g_exc_ValueError, "{}() arg 2 first element cannot be empty", name);
    return out;
}

Result<Value> do_exec(const char* name, Val path_value, Val argv_value, Val env_value)
{
    PathArg path = TRY(path_arg(path_value, name, "path"));
    std::vector<std::string> argv = TRY(exec_argv(name, argv_value));
    std::vector<char*> argv_pointers;
    for (std::string& item : argv)
        argv_pointers.push_back(item.data());
    argv_pointers.push_back(nullptr);
    if (!env_value) {
        ::execv(path.path.c_str(), argv_pointers.data());
        return raise_os_error(errno);
    }
    Value keys = TRY(call_method(env_value, str_intern("keys"), {}));
    Ref<TupleObject> key_items = TRY(sequence_tuple(keys));
    std::vector<std::string> env;
    for (int64_t i = 0; i < key_items->size; ++i) {
        Val key = key_items->item(i);
        Value value = TRY(get_item(env_value, key));
        PathArg key_text = TRY(path_arg(key, name, "environment key"));
        PathArg value_text = TRY(path_arg(value, name, "environment value"));
        if (key_text.path.empty() || key_text.path.find('=') != std::string::npos)
            return raise(&g_exc_ValueError, "illegal environment variable name");
        env.push_back(key_text.path + "=" + value_text.path);
    }
    std::vector<char*> env_pointers;
    for (std::string& item : env)
        env_pointers.push_back(item.data());
    env_pointers.push_back(nullptr);
    ::execve(path.path.c_str(), argv_pointers.data(), env_pointers.data());
    return raise_os_error(errno);
}

Result<Value> posix_execv(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("execv", nargs, kwnames, 2, 2));
    return do_exec("execv", args[0], args[1], Val());
}

Result<Value> posix_execve(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("execve", args, nargs, kwnames, { "path", "argv", "env" }, 3, out));
    return do_exec("execve", out[0], out[1], out[2]);
}

Result<Value> posix_abort(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("abort", nargs, kwnames, 0, 0));
    ::abort();
}

Result<Value> posix_getlogin(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getlogin", nargs, kwnames, 0, 0));
    errno = 0;
    const char* name = ::getlogin();
    if (!name)
        return raise_os_error(errno ? errno : ENOENT);
    return Value(str_from_utf8(name));
}

Result<Value> posix_ctermid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("ctermid", nargs, kwnames, 0, 0));
    char buffer[L_ctermid];
    return Value(str_from_utf8(::ctermid(buffer)));
}

Result<Value> posix_sched_yield(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("sched_yield", nargs, kwnames, 0, 0));
    return none_or_os_error(::sched_yield());
}

Result<Value> posix_sched_getaffinity(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("sched_getaffinity", nargs, kwnames, 1, 1));
    int pid = TRY(int_arg(args[0]));
    cpu_set_t set;
    CPU_ZERO(&set);
    if (::sched_getaffinity(pid, sizeof set, &set) != 0)
        return raise_os_error(errno);
    Ref<SetObject> result = set_new();
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &set))
            TRY(set_add(result.get(), Val::small_int(cpu)));
    }
    return Value(std::move(result));
}

Result<Value> posix_mkfifo(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("mkfifo", args, nargs, kwnames, { "path", "mode", "dir_fd" }, 1, out));
    PathArg path = TRY(path_arg(out[0], "mkfifo", "path", "string, bytes or os.PathLike"));
    int mode = out[1] ? TRY(int_arg(out[1])) : 0666;
    if (::mkfifo(path.path.c_str(), mode_t(mode)) != 0)
        return raise_os_error(errno);  // CPython names no file here
    return none_value();
}

// A device number argument (dev_t is unsigned), with CPython's errors.
Result<int64_t> device_arg(Val v)
{
    Value index = TRY(number_index(v));
    if (int_sign(index) < 0)
        return raise(&g_exc_OverflowError, "can't convert negative int to unsigned");
    if (int_bit_length(index) > 63)
        return raise(&g_exc_OverflowError, "int too big to convert");
    return int_as_int64(index);
}

Result<Value> posix_major(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("major", nargs, kwnames, 1, 1));
    int64_t device = TRY(device_arg(args[0]));
    return int_from_int64(int64_t(major(dev_t(device))));
}

Result<Value> posix_minor(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("minor", nargs, kwnames, 1, 1));
    int64_t device = TRY(device_arg(args[0]));
    return int_from_int64(int64_t(minor(dev_t(device))));
}

Result<Value> posix_makedev(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("makedev", nargs, kwnames, 2, 2));
    int64_t major_number = TRY(device_arg(args[0]));
    int64_t minor_number = TRY(device_arg(args[1]));
    return int_from_int64(int64_t(makedev(major_number, minor_number)));
}

Result<Value> posix_system(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("system", args, nargs, kwnames, { "command" }, 1, out));
    PathArg command = TRY(path_arg(out[0], "system", "command"));
    return Value::small_int(blocking_call([&] { return ::system(command.path.c_str()); }));
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
WAIT_MACRO(WCOREDUMP, bool_value)
WAIT_MACRO(WIFCONTINUED, bool_value)
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
    FUNCTION(_scandir, "Internal: the entries of a directory as (name, d_type, d_ino) tuples."),
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
    FUNCTION(uname, "Return an object identifying the current operating system."),
    FUNCTION(times, "Return a collection containing process timing information."),
    FUNCTION(getloadavg, "Return average recent system load information."),
    FUNCTION(getpgrp, "Return the current process group id."),
    FUNCTION(setsid, "Call the system call setsid()."),
    FUNCTION(getsid, "Call the system call getsid(pid) and return the result."),
    FUNCTION(getpgid, "Call the system call getpgid(), and return the result."),
    FUNCTION(setpgid, "Call the system call setpgid(pid, pgrp)."),
    FUNCTION(getgroups, "Return list of supplemental group IDs for the process."),
    FUNCTION(killpg, "Kill a process group with a signal."),
    FUNCTION(nice, "Add increment to the priority of process and return the new priority."),
    FUNCTION(chown, "Change the owner and group id of path to the numeric uid and gid."),
    FUNCTION(lchown, "Change the owner and group id of path to the numeric uid and gid."),
    FUNCTION(fchown, "Change the owner and group id of the file specified by file descriptor."),
    FUNCTION(fchmod, "Change the access permissions of the file given by file descriptor fd."),
    FUNCTION(fchdir, "Change to the directory of the given file descriptor."),
    FUNCTION(truncate, "Truncate a file, specified by path, to a specific length."),
    FUNCTION(ftruncate, "Truncate a file, specified by file descriptor, to a specific length."),
    FUNCTION(fsync, "Force write of fd to disk."),
    FUNCTION(fdatasync, "Force write of fd to disk without forcing update of metadata."),
    FUNCTION(sync, "Force write of everything to disk."),
    FUNCTION(dup2, "Duplicate file descriptor."),
    FUNCTION(pipe2, "Create a pipe with flags set atomically."),
    FUNCTION(openpty, "Open a pseudo-terminal."),
    FUNCTION(login_tty, "Prepare the tty of which fd is a file descriptor for a new login session."),
    FUNCTION(setuid, "Set the current process's user id."),
    FUNCTION(setgid, "Set the current process's group id."),
    FUNCTION(seteuid, "Set the current process's effective user id."),
    FUNCTION(setegid, "Set the current process's effective group id."),
    FUNCTION(setreuid, "Set the current process's real and effective user ids."),
    FUNCTION(setregid, "Set the current process's real and effective group ids."),
    FUNCTION(setgroups, "Set the groups of the current process to list."),
    FUNCTION(getresuid, "Return a tuple of the current process's real, effective, and saved user ids."),
    FUNCTION(getresgid, "Return a tuple of the current process's real, effective, and saved group ids."),
    FUNCTION(setpgrp, "Make the current process the leader of its process group."),
    FUNCTION(getpriority, "Return program scheduling priority."),
    FUNCTION(setpriority, "Set program scheduling priority."),
    FUNCTION(sched_get_priority_min, "Get the minimum scheduling priority for policy."),
    FUNCTION(sched_get_priority_max, "Get the maximum scheduling priority for policy."),
    FUNCTION(statvfs, "Perform a statvfs system call on the given path."),
    FUNCTION(fstatvfs, "Perform an fstatvfs system call on the given fd."),
    FUNCTION(closerange, "Closes all file descriptors in [fd_low, fd_high), ignoring errors."),
    FUNCTION(ttyname, "Return the name of the terminal device connected to 'fd'."),
    FUNCTION(device_encoding, "Return a string describing the encoding of a terminal's file descriptor."),
    FUNCTION(get_inheritable, "Get the close-on-exe flag of the specified file descriptor."),
    FUNCTION(set_inheritable, "Set the inheritable flag of the specified file descriptor."),
    FUNCTION(get_blocking, "Get the blocking mode of the file descriptor."),
    FUNCTION(set_blocking, "Set the blocking mode of the specified file descriptor."),
    FUNCTION(sysconf, "Return an integer-valued system configuration variable."),
    FUNCTION(fork, "Fork a child process."),
    FUNCTION(wait, "Wait for completion of a child process."),
    FUNCTION(execv, "Execute an executable path with arguments, replacing current process."),
    FUNCTION(execve, "Execute an executable path with arguments, replacing current process."),
    FUNCTION(abort, "Abort the interpreter immediately."),
    FUNCTION(getlogin, "Return the actual login name."),
    FUNCTION(ctermid, "Return the name of the controlling terminal for this process."),
    FUNCTION(sched_yield, "Voluntarily relinquish the CPU."),
    FUNCTION(sched_getaffinity, "Return the affinity of the process identified by pid (or the current process if zero)."),
    FUNCTION(mkfifo, "Create a \"fifo\" (a POSIX named pipe)."),
    FUNCTION(major, "Extracts a device major number from a raw device number."),
    FUNCTION(minor, "Extracts a device minor number from a raw device number."),
    FUNCTION(makedev, "Composes a raw device number from the major and minor device numbers."),
    FUNCTION(system, "Execute the command in a subshell."),
    FUNCTION(WCOREDUMP, "Return True if the process returning status was dumped to a core file."),
    FUNCTION(WIFCONTINUED, "Return True if a particular process was continued from a job control stop."),
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
        g_stat_result_type.methods = s_stat_result_methods;
        g_stat_result_type.doc = "stat_result: Result from stat, fstat, or lstat.";
        type_ready(g_stat_result_type);
        DictObject* dict = g_stat_result_type.dict.get();
        dict_set_str(dict, str_intern("n_sequence_fields"), Val::small_int(STAT_VISIBLE));
        dict_set_str(dict, str_intern("n_fields"), Val::small_int(STAT_ALL));
        dict_set_str(dict, str_intern("n_unnamed_fields"), Val::small_int(3));  // the integer times
        Val names[7];
        for (int64_t i = 0; i < 7; ++i)
            names[i] = Val(str_intern(s_stat_fields[i]));
        dict_set_str(dict, str_intern("__match_args__"), Val(tuple_from(names, 7).get()));
    }
    if (!g_uname_result_type) {
        g_uname_result_type = structseq_new_type("posix.uname_result", { "sysname", "nodename", "release", "version", "machine" });
        g_times_result_type = structseq_new_type("posix.times_result", { "user", "system", "children_user",
                                                                        "children_system", "elapsed" });
    }
    module_add_functions(module.get(), s_posix_functions);
    if (!g_statvfs_result_type)
        g_statvfs_result_type = structseq_new_type("os.statvfs_result", { "f_bsize", "f_frsize", "f_blocks", "f_bfree",
                                                                         "f_bavail", "f_files", "f_ffree", "f_favail",
                                                                         "f_flag", "f_namemax" });
    module_set(module.get(), "statvfs_result", Val(g_statvfs_result_type));
    module_set(module.get(), "uname_result", Val(g_uname_result_type));
    module_set(module.get(), "times_result", Val(g_times_result_type));
    module_set(module.get(), "error", Val(&g_exc_OSError));
    Ref<DictObject> sysconf_names = dict_new();
    for (const auto& [name, value] : s_sysconf_names)
        dict_set_str(sysconf_names.get(), str_intern(name), Val::small_int(value));
    module_set(module.get(), "sysconf_names", Val(sysconf_names.get()));
    module_set(module.get(), "stat_result", Val(&g_stat_result_type));
    Ref<DictObject> env = dict_new();
    for (char** entry = ::environ; entry && *entry; ++entry) {
        std::string_view text(*entry);
        size_t equals = text.find('=', 1);
        if (equals == std::string_view::npos)
            continue;
        Ref<StrObject> key = environ_decode(text.substr(0, equals));
        Ref<StrObject> value = environ_decode(text.substr(equals + 1));
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
        { "WCONTINUED", WCONTINUED }, { "WEXITED", WEXITED }, { "WSTOPPED", WSTOPPED }, { "WNOWAIT", WNOWAIT },
        { "EX_USAGE", 64 }, { "EX_DATAERR", 65 }, { "EX_NOINPUT", 66 }, { "EX_NOUSER", 67 }, { "EX_NOHOST", 68 },
        { "EX_UNAVAILABLE", 69 }, { "EX_SOFTWARE", 70 }, { "EX_OSERR", 71 }, { "EX_OSFILE", 72 },
        { "EX_CANTCREAT", 73 }, { "EX_IOERR", 74 }, { "EX_TEMPFAIL", 75 }, { "EX_PROTOCOL", 76 },
        { "EX_NOPERM", 77 }, { "EX_CONFIG", 78 },
        { "O_ACCMODE", O_ACCMODE }, { "O_ASYNC", O_ASYNC }, { "O_DIRECT", O_DIRECT }, { "O_DSYNC", O_DSYNC },
        { "O_FSYNC", O_FSYNC }, { "O_LARGEFILE", O_LARGEFILE }, { "O_NDELAY", O_NDELAY }, { "O_NOATIME", O_NOATIME },
        { "O_NOCTTY", O_NOCTTY }, { "O_PATH", O_PATH }, { "O_RSYNC", O_RSYNC }, { "O_SYNC", O_SYNC },
        { "O_TMPFILE", O_TMPFILE }, { "SEEK_DATA", SEEK_DATA }, { "SEEK_HOLE", SEEK_HOLE },
        { "F_LOCK", F_LOCK }, { "F_TLOCK", F_TLOCK }, { "F_ULOCK", F_ULOCK }, { "F_TEST", F_TEST },
        { "PRIO_PROCESS", PRIO_PROCESS }, { "PRIO_PGRP", PRIO_PGRP }, { "PRIO_USER", PRIO_USER },
        { "NGROUPS_MAX", NGROUPS_MAX }, { "TMP_MAX", TMP_MAX },
        { "SCHED_OTHER", SCHED_OTHER }, { "SCHED_FIFO", SCHED_FIFO }, { "SCHED_RR", SCHED_RR },
        { "SCHED_BATCH", SCHED_BATCH }, { "SCHED_IDLE", SCHED_IDLE }, { "SCHED_RESET_ON_FORK", SCHED_RESET_ON_FORK },
        { "ST_RDONLY", ST_RDONLY }, { "ST_NOSUID", ST_NOSUID }, { "ST_NODEV", ST_NODEV },
        { "ST_NOEXEC", ST_NOEXEC }, { "ST_SYNCHRONOUS", ST_SYNCHRONOUS }, { "ST_MANDLOCK", ST_MANDLOCK },
        { "ST_WRITE", ST_WRITE }, { "ST_APPEND", ST_APPEND }, { "ST_NOATIME", ST_NOATIME },
        { "ST_NODIRATIME", ST_NODIRATIME }, { "ST_RELATIME", ST_RELATIME },
        { "RTLD_LAZY", RTLD_LAZY }, { "RTLD_NOW", RTLD_NOW }, { "RTLD_GLOBAL", RTLD_GLOBAL },
        { "RTLD_LOCAL", RTLD_LOCAL }, { "RTLD_NODELETE", RTLD_NODELETE }, { "RTLD_NOLOAD", RTLD_NOLOAD },
        { "RTLD_DEEPBIND", RTLD_DEEPBIND },
        { "P_PID", P_PID }, { "P_PGID", P_PGID }, { "P_ALL", P_ALL },
        { "CLD_EXITED", CLD_EXITED }, { "CLD_KILLED", CLD_KILLED }, { "CLD_DUMPED", CLD_DUMPED },
        { "CLD_TRAPPED", CLD_TRAPPED }, { "CLD_STOPPED", CLD_STOPPED }, { "CLD_CONTINUED", CLD_CONTINUED },
    };
    for (const auto& [name, value] : constants)
        module_set(module.get(), name, Val::small_int(value));
    return module;
}

}  // namespace ginger
