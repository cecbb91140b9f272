// _io.FileIO: raw, unbuffered binary I/O on a file descriptor (open/read/write/lseek/ftruncate/close).
#include "modules/codecs.h"
#include "modules/io_internal.h"
#include "vm/warnings.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "vm/gil.h"
#include "vm/signals.h"
#include "vm/thread_state.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ginger {

TypeObject g_fileio_type;

// A system call interrupted by a signal runs the signal's Python handler, then is retried unless the handler
// raised (PEP 475); for Ctrl-C that is the KeyboardInterrupt of the default handler.
static Result<void> check_interrupt()
{
    if (g_interrupt_pending)
        return run_pending_signals();
    return {};
}

Result<int64_t> fileio_read_into(FileIOObject* f, char* data, size_t size)
{
    while (true) {
        ssize_t n;
        {
            GilRelease unlocked;
            n = ::read(f->fd, data, size);
        }
        if (n >= 0)
            return int64_t(n);
        if (errno == EINTR) {
            TRY(check_interrupt());
            continue;
        }
        if (errno == EAGAIN)
            return int64_t(-1);
        return raise_os_error(errno);
    }
}

Result<int64_t> fileio_write_raw(FileIOObject* f, const char* data, size_t size)
{
    while (true) {
        ssize_t n;
        {
            GilRelease unlocked;
            n = ::write(f->fd, data, size);
        }
        if (n >= 0)
            return int64_t(n);
        if (errno == EINTR) {
            TRY(check_interrupt());
            continue;
        }
        if (errno == EAGAIN)
            return int64_t(-1);
        return raise_os_error(errno);
    }
}

Result<int64_t> fileio_seek_raw(FileIOObject* f, int64_t offset, int whence)
{
    off_t result = ::lseek(f->fd, off_t(offset), whence);
    if (result < 0)
        return raise_os_error(errno);
    return int64_t(result);
}

namespace {

FileIOObject* as_fileio(Val v) { return static_cast<FileIOObject*>(v.object()); }

Result<FileIOObject*> open_fileio(Val self)
{
    FileIOObject* f = as_fileio(self);
    if (f->fd < 0)
        return raise_closed_raw();
    return f;
}

Result<FileIOObject*> readable_fileio(Val self)
{
    FileIOObject* f = TRY(open_fileio(self));
    if (!f->readable)
        return raise_unsupported("File not open for reading");
    return f;
}

Result<FileIOObject*> writable_fileio(Val self)
{
    FileIOObject* f = TRY(open_fileio(self));
    if (!f->writable)
        return raise_unsupported("File not open for writing");
    return f;
}

const char* mode_string(FileIOObject* f)
{
    if (f->created)
        return f->readable ? "xb+" : "xb";
    if (f->appending)
        return f->readable ? "ab+" : "ab";
    if (f->readable)
        return f->writable ? "rb+" : "rb";
    return "wb";
}

void fileio_destroy(Object* object)
{
    auto* f = static_cast<FileIOObject*>(object);
    if (f->fd >= 0 && f->closefd)
        ::close(f->fd);
    f->fd = -1;
    f->dict.~Ref<DictObject>();
}

Result<Value> fileio_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* f = static_cast<FileIOObject*>(alloc_object(type));
    if (!f)
        return raise_memory_error();
    f->fd = -1;
    f->seekable = -1;
    f->closefd = true;
    f->blksize = IO_DEFAULT_BUFFER_SIZE;
    return Value::adopt(Val(f));
}

Result<void> fileio_open(FileIOObject* f, Val file, std::string_view mode, bool closefd, Val opener);

// FileIO(file, mode='r', closefd=True, opener=None)
Result<void> fileio_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("FileIO", args, nargs, kwnames, { "file", "mode", "closefd", "opener" }, 1, out));
    FileIOObject* f = as_fileio(self);
    if (f->fd >= 0) {
        if (f->closefd)
            ::close(f->fd);
        f->fd = -1;
    }
    std::string_view mode = "r";
    if (out[1]) {
        if (!is_str(out[1]))
            return raise(&g_exc_TypeError, "FileIO() argument 'mode' must be str, not {}", out[1].type()->type_name());
        mode = out[1].as<StrObject>()->view();
    }
    bool closefd = out[2] ? TRY(is_truthy(out[2])) : true;
    Val opener = out[3] && !is_none(out[3]) ? out[3] : Val();

    return fileio_open(f, out[0], mode, closefd, opener);
}

// Opens `file` (a path or a descriptor) with a FileIO mode, as CPython's FileIO.__init__ does.
Result<void> fileio_open(FileIOObject* f, Val file, std::string_view mode, bool closefd, Val opener)
{
    if (is_float(file))
        return raise(&g_exc_TypeError, "integer argument expected, got float");
    int fd = -1;
    std::string path;
    Value path_object;
    if (is_int(file)) {
        int64_t value = 0;
        if (!int_to_int64(file, value) || value > INT32_MAX || value < INT32_MIN)
            return raise(&g_exc_OverflowError, "signed integer is greater than maximum");
        fd = int(value);
        if (fd < 0)
            return raise(&g_exc_ValueError, "negative file descriptor");
    } else {
        Value name = Value::borrow(file);
        if (!is_str(name) && !is_bytes(name)) {
            Value fspath = TRY(call_special(file, str_intern("__fspath__"), {}));
            if (!fspath)
                return raise(&g_exc_TypeError, "expected str, bytes or os.PathLike object, not {}", file.type()->type_name());
            if (!is_str(fspath) && !is_bytes(fspath))
                return raise(&g_exc_TypeError, "expected {}.__fspath__() to return str or bytes, not {}", file.type()->type_name(), fspath.type()->type_name());
            name = std::move(fspath);
        }
        std::string_view view;
        if (is_str(name))
            view = name.as<StrObject>()->view();
        else
            view = name.as<BytesObject>()->view();
        if (view.find('\0') != std::string_view::npos)
            return raise(&g_exc_ValueError, "embedded null byte");
        path = std::string(view);
        if (is_str(name) && view.find('\xED') != std::string_view::npos)  // lone surrogates: surrogateescape
            path = TRY(codecs::encode_text(name.as<StrObject>(), "utf-8", "surrogateescape"));
        path_object = std::move(name);
    }

    bool readable = false, writable = false, appending = false, created = false, plus = false;
    int kinds = 0;
    int flags = 0;
    for (char c : mode) {
        switch (c) {
        case 'x':
            ++kinds;
            created = writable = true;
            flags |= O_EXCL | O_CREAT;
            break;
        case 'r':
            ++kinds;
            readable = true;
            break;
        case 'w':
            ++kinds;
            writable = true;
            flags |= O_CREAT | O_TRUNC;
            break;
        case 'a':
            ++kinds;
            writable = appending = true;
            flags |= O_APPEND | O_CREAT;
            break;
        case 'b': break;
        case '+':
            if (plus)
                return raise(&g_exc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
            readable = writable = plus = true;
            break;
        default: return raise(&g_exc_ValueError, "invalid mode: {}", std::string(mode));
        }
    }
    if (kinds != 1)
        return raise(&g_exc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    if (readable && writable)
        flags |= O_RDWR;
    else if (readable)
        flags |= O_RDONLY;
    else
        flags |= O_WRONLY;
    flags |= O_CLOEXEC;

    if (fd >= 0) {
        f->closefd = closefd;
    } else {
        f->closefd = true;
        if (!closefd)
            return raise(&g_exc_ValueError, "Cannot use closefd=False with file name");
        if (opener) {
            Value flag_value = int_from_int64(flags);
            Value result = TRY(call(opener, { file, flag_value }));
            if (!is_int(result))
                return raise(&g_exc_TypeError, "expected integer from opener");
            int64_t value = TRY(int_as_int64(result));
            if (value < 0)
                return raise(&g_exc_ValueError, "opener returned {}", value);
            fd = int(value);
        } else {
            do {
                fd = ::open(path.c_str(), flags, 0666);
            } while (fd < 0 && errno == EINTR);
            if (fd < 0)
                return raise_os_error(errno, file);
        }
    }
    f->fd = fd;
    f->readable = readable;
    f->writable = writable;
    f->appending = appending;
    f->created = created;
    f->seekable = -1;
    struct stat st;
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            if (f->closefd)
                ::close(fd);
            f->fd = -1;
            return raise_os_error(EISDIR, file);
        }
        if (st.st_blksize > 1)
            f->blksize = st.st_blksize;
    } else if (errno == EBADF) {
        f->fd = -1;
        return raise_os_error(errno);
    }
    TRY(set_attr(Val(f), io_name("name"), file));
    if (appending)
        ::lseek(fd, 0, SEEK_END);
    return {};
}

Result<Value> fileio_read(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("read", nargs - 1, kwnames, 0, 1));
    FileIOObject* f = TRY(readable_fileio(args[0]));
    int64_t size = TRY(io_size_arg(nargs > 1 ? args[1] : Val()));
    if (size < 0)
        return call_method(args[0], io_name("readall"), {});
    if (size >= memory_limit())
        return raise_memory_error();
    Ref<BytesObject> result = bytes_new_uninitialized(size);
    int64_t n = TRY(fileio_read_into(f, reinterpret_cast<char*>(result->data), size_t(size)));
    if (n < 0)
        return none_value();
    if (n == size)
        return Value(std::move(result));
    return Value(bytes_from(std::string_view(reinterpret_cast<const char*>(result->data), size_t(n))));
}

Result<Value> fileio_readall(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("readall", nargs - 1, kwnames, 0, 0));
    FileIOObject* f = TRY(open_fileio(args[0]));
    std::string data;
    size_t chunk = 8192;
    struct stat st;
    if (fstat(f->fd, &st) == 0 && st.st_size > 0) {
        off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
        if (pos >= 0 && st.st_size >= pos)
            chunk = size_t(st.st_size - pos) + 1;
    }
    while (true) {
        size_t old = data.size();
        data.resize(old + chunk);
        int64_t n = TRY(fileio_read_into(f, data.data() + old, chunk));
        if (n < 0) {
            data.resize(old);
            if (data.empty())
                return none_value();
            break;
        }
        data.resize(old + size_t(n));
        if (n == 0)
            break;
        chunk = std::max<size_t>(8192, data.size() / 4);
    }
    return Value(bytes_from(data));
}

Result<Value> fileio_readinto(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("readinto", nargs - 1, kwnames, 1, 1));
    FileIOObject* f = TRY(readable_fileio(args[0]));
    Buffer target;
    TRY(get_writable_buffer(args[1], target, "readinto() argument"));
    int64_t n = TRY(fileio_read_into(f, reinterpret_cast<char*>(target.info.data), size_t(target.info.length)));
    if (n < 0)
        return none_value();
    return int_from_int64(n);
}

Result<Value> fileio_write(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("write", nargs - 1, kwnames, 1, 1));
    FileIOObject* f = TRY(writable_fileio(args[0]));
    Buffer data_buffer;
    TRY(get_contiguous_buffer(args[1], data_buffer));
    std::string_view data = data_buffer.bytes();
    int64_t n = TRY(fileio_write_raw(f, data.data(), data.size()));
    if (n < 0)
        return none_value();
    return int_from_int64(n);
}

Result<Value> fileio_seek(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("seek", nargs - 1, kwnames, 1, 2));
    FileIOObject* f = TRY(open_fileio(args[0]));
    if (is_float(args[1]))
        return raise(&g_exc_TypeError, "an integer is required");
    int64_t offset = TRY(index_as_ssize(args[1]));
    int64_t whence = nargs > 2 ? TRY(index_as_ssize(args[2])) : 0;
    return int_from_int64(TRY(fileio_seek_raw(f, offset, int(whence))));
}

Result<Value> fileio_tell(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tell", nargs - 1, kwnames, 0, 0));
    FileIOObject* f = TRY(open_fileio(args[0]));
    return int_from_int64(TRY(fileio_seek_raw(f, 0, SEEK_CUR)));
}

Result<Value> fileio_truncate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("truncate", nargs - 1, kwnames, 0, 1));
    FileIOObject* f = TRY(writable_fileio(args[0]));
    int64_t size;
    if (nargs > 1 && !is_none(args[1]))
        size = TRY(index_as_ssize(args[1]));
    else
        size = TRY(fileio_seek_raw(f, 0, SEEK_CUR));
    if (::ftruncate(f->fd, off_t(size)) != 0)
        return raise_os_error(errno);
    return int_from_int64(size);
}

Result<Value> fileio_close(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("close", nargs - 1, kwnames, 0, 0));
    FileIOObject* f = as_fileio(args[0]);
    if (f->fd < 0) {
        f->iobase_closed = true;
        return none_value();
    }
    // As CPython (IOBase.close): flush() through the attribute first; its error is raised after the close.
    auto flushed = call_method(args[0], NAME_OF(flush), {});
    Value flush_error;
    if (flushed.is_error())
        flush_error = fetch_error();
    f->iobase_closed = true;
    int fd = f->fd;
    f->fd = -1;
    if (f->closefd && ::close(fd) != 0) {
        Error error = raise_os_error(errno);
        return flush_error ? raise_with_context(std::move(flush_error)) : error;
    }
    if (flush_error) {
        restore_error(std::move(flush_error));
        return Error {};
    }
    return none_value();
}

// Dropped while open: the ResourceWarning (the file is closed by destroy).
void fileio_finalize(Object* object)
{
    auto* f = static_cast<FileIOObject*>(object);
    if (f->fd >= 0 && f->closefd)
        warn_resource(Val(object), "unclosed file", Val(object));
}

Result<Value> fileio_seekable(const Val* args, size_t, TupleObject*)
{
    FileIOObject* f = TRY(open_fileio(args[0]));
    if (f->seekable < 0)
        f->seekable = ::lseek(f->fd, 0, SEEK_CUR) >= 0 ? 1 : 0;
    return bool_value(f->seekable == 1);
}

Result<Value> fileio_readable(const Val* args, size_t, TupleObject*) { return bool_value(TRY(open_fileio(args[0]))->readable); }
Result<Value> fileio_writable(const Val* args, size_t, TupleObject*) { return bool_value(TRY(open_fileio(args[0]))->writable); }
Result<Value> fileio_fileno(const Val* args, size_t, TupleObject*) { return int_from_int64(TRY(open_fileio(args[0]))->fd); }
Result<Value> fileio_isatty(const Val* args, size_t, TupleObject*) { return bool_value(::isatty(TRY(open_fileio(args[0]))->fd)); }
Result<Value> fileio_get_closed(Val self) { return bool_value(as_fileio(self)->fd < 0); }
Result<Value> fileio_get_closefd(Val self) { return bool_value(as_fileio(self)->closefd); }
Result<Value> fileio_get_mode(Val self) { return Value(str_intern(mode_string(as_fileio(self)))); }
Result<Value> fileio_get_blksize(Val self) { return int_from_int64(as_fileio(self)->blksize); }

Result<Value> fileio_repr(Val self)
{
    FileIOObject* f = as_fileio(self);
    std::string text = "<_io.FileIO";  // CPython 3.12 compat: also for subclasses
    if (f->fd < 0)
        return Value(str_from_utf8(text + " [closed]>"));
    Value name = TRY(get_attr_maybe(self, io_name("name")));
    if (name)
        text += " name=" + TRY(repr_utf8(name));
    else
        text += " fd=" + std::to_string(f->fd);
    text += std::string(" mode='") + mode_string(f) + "' closefd=" + (f->closefd ? "True" : "False") + ">";
    return Value(str_from_utf8(text));
}

const MethodDef s_fileio_methods[] = {
    { "read", fileio_read, METHOD_INSTANCE, "Read at most size bytes, returned as bytes." },
    { "readall", fileio_readall, METHOD_INSTANCE, "Read all data from the file, returned as bytes." },
    { "readinto", fileio_readinto, METHOD_INSTANCE, "Same as RawIOBase.readinto()." },
    { "write", fileio_write, METHOD_INSTANCE, "Write buffer b to file, return number of bytes written." },
    { "seek", fileio_seek, METHOD_INSTANCE, "Move to new file position and return the file position." },
    { "tell", fileio_tell, METHOD_INSTANCE, "Current file position." },
    { "truncate", fileio_truncate, METHOD_INSTANCE, "Truncate the file to at most size bytes and return the truncated size." },
    { "close", fileio_close, METHOD_INSTANCE, "Close the file." },
    { "_dealloc_warn", io_dealloc_warn_method, METHOD_INSTANCE, nullptr },
    { "seekable", fileio_seekable, METHOD_INSTANCE, "True if file supports random-access." },
    { "readable", fileio_readable, METHOD_INSTANCE, "True if file was opened in a read mode." },
    { "writable", fileio_writable, METHOD_INSTANCE, "True if file was opened in a write mode." },
    { "fileno", fileio_fileno, METHOD_INSTANCE, "Return the underlying file descriptor (an integer)." },
    { "isatty", fileio_isatty, METHOD_INSTANCE, "True if the file is connected to a TTY device." },
    {},
};

const GetSetDef s_fileio_getsets[] = {
    { "closed", fileio_get_closed, nullptr, "True if the file is closed" },
    { "closefd", fileio_get_closefd, nullptr, "True if the file descriptor will be closed by close()." },
    { "mode", fileio_get_mode, nullptr, "String giving the file mode" },
    { "_blksize", fileio_get_blksize, nullptr, nullptr },
    {},
};

}  // namespace

void io_dealloc_warn(Val stream, Val source)
{
    TypeObject* type = stream.type();
    if (is_subtype(type, &g_fileio_type)) {
        auto* f = as_fileio(stream);
        if (f->fd >= 0 && f->closefd)
            warn_resource(source, "unclosed file", stream);
        return;
    }
    if (is_subtype(type, &g_buffered_reader_type) || is_subtype(type, &g_buffered_writer_type) ||
        is_subtype(type, &g_buffered_random_type)) {
        auto* b = static_cast<BufferedObject*>(stream.object());
        if (b->ok && b->raw)
            io_dealloc_warn(b->raw.get(), source);
        return;
    }
    if (is_subtype(type, &g_textiowrapper_type)) {
        auto* t = static_cast<TextIOObject*>(stream.object());
        if (t->ok && t->buffer)
            io_dealloc_warn(t->buffer.get(), source);
        return;
    }
    Value saved = error_occurred() ? fetch_error() : Value();
    if (call_method(stream, str_intern("_dealloc_warn"), { source }).is_error())
        clear_error();
    if (saved)
        restore_error(std::move(saved));
}

Result<Value> io_dealloc_warn_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_dealloc_warn", nargs - 1, kwnames, 1, 1));
    io_dealloc_warn(args[0], args[1]);
    return none_value();
}

Result<Value> fileio_create(Val file, std::string_view mode, bool closefd, Val opener)
{
    Value self = TRY(fileio_new(&g_fileio_type, nullptr, 0, nullptr));
    TRY(fileio_open(as_fileio(self), file, mode, closefd, opener));
    return self;
}

void init_fileio_type()
{
    type_init_static(g_fileio_type, "_io.FileIO", sizeof(FileIOObject), &g_rawiobase_type, TYPE_BASETYPE | TYPE_GC);
    g_fileio_type.new_instance = fileio_new;
    g_fileio_type.init = fileio_init;
    g_fileio_type.destroy = fileio_destroy;
    g_fileio_type.finalize = fileio_finalize;
    g_fileio_type.clear = iobase_clear;
    g_fileio_type.repr = fileio_repr;
    g_fileio_type.methods = s_fileio_methods;
    g_fileio_type.getsets = s_fileio_getsets;
    g_fileio_type.doc = "Open a file.";
    type_ready(g_fileio_type);
}

}  // namespace ginger
