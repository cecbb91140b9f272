// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair: buffering over a raw stream.
// When the raw stream is an exact FileIO its descriptor is used directly; otherwise its readinto(),
// write(), seek() and tell() are called, so raw streams written in Python work.
#include "modules/io_internal.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "vm/gil.h"
#include "vm/signals.h"
#include "vm/thread_state.h"

#include <cstdio>
#include <cstring>
#include <new>
#include <sys/stat.h>
#include <unistd.h>

namespace ginger {

TypeObject g_buffered_reader_type, g_buffered_writer_type, g_buffered_random_type, g_buffered_rwpair_type;

static BufferedObject* s_live_writers = nullptr;

static void link_live(BufferedObject* b)
{
    if (b->prev_live || s_live_writers == b)
        return;
    b->next_live = s_live_writers;
    if (s_live_writers)
        s_live_writers->prev_live = b;
    s_live_writers = b;
}

static void unlink_live(BufferedObject* b)
{
    if (b->prev_live)
        b->prev_live->next_live = b->next_live;
    else if (s_live_writers == b)
        s_live_writers = b->next_live;
    else
        return;
    if (b->next_live)
        b->next_live->prev_live = b->prev_live;
    b->next_live = b->prev_live = nullptr;
}

namespace {

BufferedObject* as_buffered(Val v) { return static_cast<BufferedObject*>(v.object()); }

Result<BufferedObject*> valid_buffered(Val self)
{
    BufferedObject* b = as_buffered(self);
    if (!b->ok) {
        if (b->detached)
            return raise(&g_exc_ValueError, "raw stream has been detached");
        return raise(&g_exc_ValueError, "I/O operation on uninitialized object");
    }
    return b;
}

Result<bool> raw_closed(BufferedObject* b)
{
    if (b->raw_is_fileio)
        return static_cast<FileIOObject*>(b->raw.object())->fd < 0;
    return io_is_closed(b->raw);
}

// A buffered object that is initialised, attached and open; `what` names the operation in the error.
Result<BufferedObject*> open_buffered(Val self, const char* what)
{
    BufferedObject* b = TRY(valid_buffered(self));
    if (TRY(raw_closed(b))) {
        if (what)
            return raise(&g_exc_ValueError, "{} of closed file", what);
        return raise_closed_file();
    }
    return b;
}

// Reads up to `size` bytes from raw into `out` (appended). Returns the count, 0 at EOF, -1 if it would block.
Result<int64_t> raw_read(BufferedObject* b, std::string& out, size_t size)
{
    // A huge read() goes to raw in pieces; each piece is allocated up front.
    size = std::min<size_t>(size, size_t(1) << 26);
    if (b->raw_is_fileio && g_threads_started) {
        // The read waits without the GIL, and another thread may use this object meanwhile (and move `out`,
        // which is often the read buffer): it reads into a buffer of its own.
        std::string chunk(size, '\0');
        int64_t n = TRY(fileio_read_into(static_cast<FileIOObject*>(b->raw.object()), chunk.data(), size));
        if (n > 0)
            out.append(chunk.data(), size_t(n));
        return n;
    }
    if (b->raw_is_fileio) {
        size_t old = out.size();
        out.resize(old + size);
        auto n = fileio_read_into(static_cast<FileIOObject*>(b->raw.object()), out.data() + old, size);
        if (n.is_error()) {
            out.resize(old);
            return Error {};
        }
        out.resize(old + size_t(std::max<int64_t>(0, n.value())));
        return n.value();
    }
    Value size_value = int_from_int64(int64_t(size));
    Value array = TRY(call(Val(&g_bytearray_type), { size_value }));
    Value result = TRY(call_method(b->raw, io_name("readinto"), { array }));
    if (is_none(result))
        return int64_t(-1);
    auto length = index_as_ssize(result);
    if (length.is_error()) {
        // As CPython: OSError("raw readinto() failed") from the conversion's error.
        Value cause = fetch_error();
        (void)raise(&g_exc_OSError, "raw readinto() failed");
        Value error = fetch_error();
        if (is_exception_instance(error)) {
            auto* e = static_cast<BaseExceptionObject*>(error.get().object());
            e->cause = cause;
            e->context = std::move(cause);
            e->suppress_context = true;
        }
        restore_error(std::move(error));
        return Error {};
    }
    int64_t n = length.value();
    if (n < 0 || size_t(n) > size)
        return raise(&g_exc_OSError, "raw readinto() returned invalid length {} (should have been between 0 and {})", n, int64_t(size));
    out.append(array.as<ByteArrayObject>()->view().substr(0, size_t(n)));
    return n;
}

Result<void> raw_write_all(BufferedObject* b, std::string_view data)
{
    // The write waits without the GIL: with other threads about, it writes from a copy of its own, since the
    // caller's bytes may be a buffer another thread can change meanwhile.
    std::string copy;
    if (b->raw_is_fileio && g_threads_started) {
        copy.assign(data);
        data = copy;
    }
    while (!data.empty()) {
        int64_t n;
        if (b->raw_is_fileio) {
            n = TRY(fileio_write_raw(static_cast<FileIOObject*>(b->raw.object()), data.data(), data.size()));
        } else {
            Value chunk(bytes_from(data));
            Value result = TRY(call_method(b->raw, NAME_OF(write), { chunk }));
            if (is_none(result))
                n = -1;
            else
                n = TRY(index_as_ssize(result));
            if (n > int64_t(data.size()) || n < -1)
                return raise(&g_exc_OSError, "raw write() returned invalid length {} (should have been between 0 and {})", n, int64_t(data.size()));
        }
        if (n < 0)
            return raise(&g_exc_BlockingIOError, "write could not complete without blocking");
        data.remove_prefix(size_t(n));
        // A signal cuts a blocking write short without an error (EINTR comes only when nothing was
        // written): its handler runs before the next write, which could otherwise block forever.
        if (!data.empty() && g_interrupt_pending)
            TRY(run_pending_signals());
    }
    return {};
}

Result<int64_t> raw_seek(BufferedObject* b, int64_t offset, int whence)
{
    if (b->raw_is_fileio)
        return fileio_seek_raw(static_cast<FileIOObject*>(b->raw.object()), offset, whence);
    Value offset_value = int_from_int64(offset);
    Value result = TRY(call_method(b->raw, io_name("seek"), { offset_value, Val::small_int(whence) }));
    int64_t position = TRY(index_as_ssize(result));
    if (position < 0)
        return raise(&g_exc_OSError, "Raw stream returned invalid position {}", position);
    return position;
}

size_t unread(BufferedObject* b) { return b->rbuf.size() - b->rpos; }

void drop_read_buffer(BufferedObject* b)
{
    b->rbuf.clear();
    b->rpos = 0;
}

// Before reading: pass pending writes to raw.
Result<void> flush_writes(BufferedObject* b)
{
    if (b->wbuf.empty())
        return {};
    std::string pending;
    pending.swap(b->wbuf);
    auto result = raw_write_all(b, pending);
    if (result.is_error())
        return Error {};
    return {};
}

// Before writing or seeking: give back the read-ahead by moving raw to the logical position.
Result<void> rewind_reads(BufferedObject* b)
{
    size_t ahead = unread(b);
    drop_read_buffer(b);
    if (ahead)
        TRY(raw_seek(b, -int64_t(ahead), SEEK_CUR));
    return {};
}

// Fills the read buffer with one raw read (when it is empty). Returns what raw_read returned.
Result<int64_t> fill(BufferedObject* b)
{
    TRY(flush_writes(b));
    if (b->rpos > 0 && b->rpos == b->rbuf.size())
        drop_read_buffer(b);
    return raw_read(b, b->rbuf, size_t(b->buffer_size));
}

Value take(BufferedObject* b, size_t n)
{
    Value result(bytes_from(std::string_view(b->rbuf).substr(b->rpos, n)));
    b->rpos += n;
    if (b->rpos == b->rbuf.size())
        drop_read_buffer(b);
    return result;
}

Result<Value> read_all(BufferedObject* b)
{
    std::string data = b->rbuf.substr(b->rpos);
    drop_read_buffer(b);
    TRY(flush_writes(b));
    if (b->raw_is_fileio) {
        // Size the result from the file's size, as FileIO.readall does.
        struct stat st;
        auto* fileio = static_cast<FileIOObject*>(b->raw.object());
        int fd = fileio->fd;
        if (fstat(fd, &st) == 0 && st.st_size > 0) {
            off_t pos = ::lseek(fd, 0, SEEK_CUR);
            if (pos >= 0 && st.st_size > pos) {
                // A regular file: read straight into the result when it has the expected size.
                size_t expected = size_t(st.st_size - pos);
                if (data.empty() && int64_t(expected) < memory_limit()) {
                    Ref<BytesObject> result = bytes_new_uninitialized(int64_t(expected));
                    auto* out = reinterpret_cast<char*>(result->data);
                    size_t got = 0;
                    while (got < expected) {
                        int64_t n = TRY(fileio_read_into(fileio, out + got, expected - got));
                        if (n <= 0)
                            break;
                        got += size_t(n);
                    }
                    char probe;
                    if (got == expected && TRY(fileio_read_into(fileio, &probe, 1)) == 0)
                        return Value(std::move(result));
                    data.assign(out, got);
                    if (got == expected)
                        data.push_back(probe);
                } else {
                    data.reserve(data.size() + expected + 1);
                }
            }
        }
        while (true) {
            size_t chunk = std::max<size_t>(data.capacity() - data.size(), size_t(std::max<int64_t>(b->buffer_size, 65536)));
            int64_t n = TRY(raw_read(b, data, chunk));
            if (n <= 0) {
                if (n < 0 && data.empty())
                    return none_value();
                break;
            }
        }
        return Value(bytes_from(data));
    }
    Value readall = TRY(get_attr_maybe(b->raw, io_name("readall")));
    if (readall) {
        Value rest = TRY(call(readall, {}));
        if (is_none(rest))
            return data.empty() ? rest : Value(bytes_from(data));
        std::string_view view;
        if (!bytes_like_view(rest, view))
            return raise(&g_exc_TypeError, "readall() should return bytes");
        data.append(view);
        return Value(bytes_from(data));
    }
    while (true) {
        int64_t n = TRY(raw_read(b, data, size_t(b->buffer_size)));
        if (n <= 0)
            break;
    }
    return Value(bytes_from(data));
}

Result<Value> read_n(BufferedObject* b, int64_t size)
{
    if (size < 0)
        return read_all(b);
    if (unread(b) >= size_t(size))
        return take(b, size_t(size));
    if (size >= memory_limit())
        return raise_memory_error();
    std::string data = b->rbuf.substr(b->rpos);
    drop_read_buffer(b);
    TRY(flush_writes(b));
    while (data.size() < size_t(size)) {
        size_t want = size_t(size) - data.size();
        if (want >= size_t(b->buffer_size)) {
            int64_t n = TRY(raw_read(b, data, want));
            if (n <= 0) {
                if (n < 0 && data.empty())
                    return none_value();
                break;
            }
            continue;
        }
        int64_t n = TRY(fill(b));
        if (n <= 0) {
            if (n < 0 && data.empty())
                return none_value();
            break;
        }
        size_t part = std::min(want, unread(b));
        data.append(b->rbuf, b->rpos, part);
        b->rpos += part;
    }
    if (b->rpos == b->rbuf.size())
        drop_read_buffer(b);
    return Value(bytes_from(data));
}

Result<Value> read_line(BufferedObject* b, int64_t limit)
{
    std::string line;
    while (limit < 0 || int64_t(line.size()) < limit) {
        if (unread(b) == 0) {
            int64_t n = TRY(fill(b));
            if (n <= 0)
                break;
        }
        const char* start = b->rbuf.data() + b->rpos;
        size_t available = unread(b);
        if (limit >= 0)
            available = std::min(available, size_t(limit) - line.size());
        const void* newline = memchr(start, '\n', available);
        size_t n = newline ? size_t(static_cast<const char*>(newline) - start) + 1 : available;
        if (line.empty() && newline) {
            return take(b, n);
        }
        line.append(start, n);
        b->rpos += n;
        if (newline)
            break;
    }
    if (b->rpos == b->rbuf.size())
        drop_read_buffer(b);
    return Value(bytes_from(line));
}

Result<int64_t> logical_tell(BufferedObject* b)
{
    int64_t position = TRY(raw_seek(b, 0, SEEK_CUR));
    return position - int64_t(unread(b)) + int64_t(b->wbuf.size());
}

// Dropped without close(): flush and close, as CPython's finalizer does.
// (Classes written in Python get the same from _IOBase.__del__.)
void buffered_finalize(Object* object)
{
    auto* b = static_cast<BufferedObject*>(object);
    if (!b->ok || !b->raw)
        return;
    auto closed = raw_closed(b);
    if (!closed.is_error() && closed.value())
        return;
    if (closed.is_error())
        clear_error();
    io_dealloc_warn(Val(object), Val(object));
    // CPython 3.12 compat: errors while closing a dropped stream are silenced (reported only in its dev mode).
    auto result = call_method(Val(object), io_name("close"), {});
    if (result.is_error())
        clear_error();
}

void buffered_destroy(Object* object)
{
    auto* b = static_cast<BufferedObject*>(object);
    unlink_live(b);
    b->raw.~Value();
    b->rbuf.~basic_string();
    b->wbuf.~basic_string();
    b->dict.~Ref<DictObject>();
}

void buffered_traverse(Object* object, VisitFn visit, void* context)
{
    auto* b = static_cast<BufferedObject*>(object);
    visit_val(b->raw.get(), visit, context);
    if (b->dict)
        visit(b->dict.get(), context);
}

void buffered_clear(Object* object)
{
    auto* b = static_cast<BufferedObject*>(object);
    b->ok = false;
    b->raw = Value();
    b->dict = nullptr;
}

Result<Value> buffered_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* b = static_cast<BufferedObject*>(alloc_object(type));
    if (!b)
        return raise_memory_error();
    new (&b->rbuf) std::string();
    new (&b->wbuf) std::string();
    if (is_subtype(type, &g_buffered_random_type))
        b->kind = BufferedKind::Random;
    else if (is_subtype(type, &g_buffered_writer_type))
        b->kind = BufferedKind::Writer;
    else
        b->kind = BufferedKind::Reader;
    return Value::adopt(Val(b));
}

Result<void> buffered_setup(BufferedObject* b, Val raw, Val size_arg)
{
    b->ok = false;
    b->detached = false;
    if (b->kind != BufferedKind::Writer)
        TRY(io_check_readable(raw));
    if (b->kind != BufferedKind::Reader)
        TRY(io_check_writable(raw));
    if (b->kind == BufferedKind::Random)
        TRY(io_check_seekable(raw));
    int64_t size = IO_DEFAULT_BUFFER_SIZE;
    if (size_arg) {
        size = TRY(index_as_ssize(size_arg));
        if (size <= 0)
            return raise(&g_exc_ValueError, "buffer size must be strictly positive");
    }
    b->raw = Value::borrow(raw);
    b->raw_is_fileio = raw.type() == &g_fileio_type;
    b->buffer_size = size;
    drop_read_buffer(b);
    b->wbuf.clear();
    b->ok = true;
    if (b->kind != BufferedKind::Reader)
        link_live(b);
    return {};
}

Result<void> buffered_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    BufferedObject* b = as_buffered(self);
    const char* name = b->kind == BufferedKind::Reader ? "BufferedReader" : b->kind == BufferedKind::Writer ? "BufferedWriter" : "BufferedRandom";
    Val out[2];
    TRY(bind_args(name, args, nargs, kwnames, { "raw", "buffer_size" }, 1, out));
    return buffered_setup(b, out[0], out[1]);
}

Result<Value> buffered_read(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("read", nargs - 1, kwnames, 0, 1));
    int64_t size = TRY(io_size_arg(nargs > 1 ? args[1] : Val()));
    if (size < -1)
        return raise(&g_exc_ValueError, "read length must be non-negative or -1");
    BufferedObject* b = TRY(open_buffered(args[0], "read"));
    return read_n(b, size);
}

Result<Value> buffered_read1(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("read1", nargs - 1, kwnames, 0, 1));
    int64_t size = TRY(io_size_arg(nargs > 1 ? args[1] : Val()));
    BufferedObject* b = TRY(open_buffered(args[0], "read"));
    if (size < 0)
        size = b->buffer_size;
    if (size == 0)
        return Value(bytes_from(std::string_view()));
    if (unread(b) == 0) {
        TRY(flush_writes(b));
        drop_read_buffer(b);
        int64_t n = TRY(raw_read(b, b->rbuf, size_t(std::max(size, b->buffer_size))));
        if (n < 0)
            return none_value();
    }
    return take(b, std::min(unread(b), size_t(size)));
}

Result<Value> buffered_peek(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("peek", nargs - 1, kwnames, 0, 1));
    BufferedObject* b = TRY(open_buffered(args[0], "peek"));
    if (unread(b) == 0) {
        drop_read_buffer(b);
        TRY(fill(b));
    }
    return Value(bytes_from(std::string_view(b->rbuf).substr(b->rpos)));
}

Result<Value> buffered_readline(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("readline", nargs - 1, kwnames, 0, 1));
    int64_t limit = TRY(io_size_arg(nargs > 1 ? args[1] : Val()));
    BufferedObject* b = TRY(open_buffered(args[0], "readline"));
    return read_line(b, limit);
}

Result<Value> buffered_readinto_common(const Val* args, size_t nargs, TupleObject* kwnames, bool one)
{
    TRY(check_positional(one ? "readinto1" : "readinto", nargs - 1, kwnames, 1, 1));
    BufferedObject* b = TRY(open_buffered(args[0], "readinto"));
    Buffer target;
    TRY(get_writable_buffer(args[1], target, "readinto() argument"));
    Value data;
    if (one) {
        // CPython's readinto1: the buffered bytes, then at most one raw read (straight into the target when
        // what remains exceeds the buffer size, else through the buffer only if nothing was copied yet).
        unsigned char* out = target.info.data;
        size_t length = size_t(target.info.length), written = std::min(unread(b), length);
        memcpy(out, b->rbuf.data() + b->rpos, written);
        b->rpos += written;
        if (written == length)
            return int_from_int64(int64_t(written));
        drop_read_buffer(b);
        TRY(flush_writes(b));
        size_t remaining = length - written;
        if (int64_t(remaining) > b->buffer_size) {
            std::string direct;
            int64_t n = TRY(raw_read(b, direct, remaining));
            if (n < 0)
                return written ? int_from_int64(int64_t(written)) : none_value();
            memcpy(out + written, direct.data(), direct.size());
            written += direct.size();
        } else if (written == 0) {
            int64_t n = TRY(fill(b));
            if (n < 0)
                return none_value();
            size_t part = std::min(unread(b), remaining);
            memcpy(out, b->rbuf.data() + b->rpos, part);
            b->rpos += part;
            written = part;
        }
        return int_from_int64(int64_t(written));
    } else {
        data = TRY(read_n(b, target.info.length));
    }
    if (is_none(data))
        return data;
    std::string_view view = data.as<BytesObject>()->view();
    std::copy(view.begin(), view.end(), target.info.data);
    return int_from_int64(int64_t(view.size()));
}

Result<Value> buffered_readinto(const Val* args, size_t nargs, TupleObject* kwnames) { return buffered_readinto_common(args, nargs, kwnames, false); }
Result<Value> buffered_readinto1(const Val* args, size_t nargs, TupleObject* kwnames) { return buffered_readinto_common(args, nargs, kwnames, true); }

Result<Value> buffered_write(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("write", nargs - 1, kwnames, 1, 1));
    BufferedObject* b = TRY(valid_buffered(args[0]));
    Buffer data_buffer;
    TRY(get_contiguous_buffer(args[1], data_buffer));
    std::string_view data = data_buffer.bytes();
    if (TRY(raw_closed(b)))
        return raise(&g_exc_ValueError, "write to closed file");
    TRY(buffered_write_bytes(b, data));
    return int_from_int64(int64_t(data.size()));
}

Result<Value> buffered_flush(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("flush", nargs - 1, kwnames, 0, 0));
    BufferedObject* b = TRY(valid_buffered(args[0]));
    if (TRY(raw_closed(b)))
        return raise(&g_exc_ValueError, "flush of closed file");
    TRY(buffered_flush_native(b));
    return none_value();
}

Result<Value> buffered_seek(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("seek", nargs - 1, kwnames, 1, 2));
    BufferedObject* b = TRY(valid_buffered(args[0]));
    if (!is_int(args[1]) && !args[1].type()->index)
        return raise(&g_exc_TypeError, "an integer is required");
    int64_t target = TRY(index_as_ssize(args[1]));
    int64_t whence = nargs > 2 ? TRY(index_as_ssize(args[2])) : 0;
    if (whence < 0 || whence > 4)
        return raise(&g_exc_ValueError, "whence value {} unsupported", whence);
    if (TRY(raw_closed(b)))
        return raise(&g_exc_ValueError, "seek of closed file");
    TRY(io_check_seekable(b->raw));
    // A seek within the read buffer just moves in it.
    if ((whence == 0 || whence == 1) && b->wbuf.empty() && !b->rbuf.empty()) {
        int64_t current = TRY(raw_seek(b, 0, SEEK_CUR));
        int64_t buffer_start = current - int64_t(b->rbuf.size());
        int64_t wanted = whence == 0 ? target : current - int64_t(unread(b)) + target;
        if (wanted >= buffer_start && wanted <= current) {
            b->rpos = size_t(wanted - buffer_start);
            return int_from_int64(wanted);
        }
    }
    TRY(flush_writes(b));
    if (whence == 1)
        target -= int64_t(unread(b));
    drop_read_buffer(b);
    return int_from_int64(TRY(raw_seek(b, target, int(whence))));
}

Result<Value> buffered_tell(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tell", nargs - 1, kwnames, 0, 0));
    BufferedObject* b = TRY(valid_buffered(args[0]));
    if (TRY(raw_closed(b)))
        return raise_closed_raw();
    int64_t position = TRY(logical_tell(b));
    return int_from_int64(std::max<int64_t>(0, position));
}

Result<Value> buffered_truncate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("truncate", nargs - 1, kwnames, 0, 1));
    BufferedObject* b = TRY(open_buffered(args[0], "truncate"));
    if (b->kind == BufferedKind::Reader)
        return raise_unsupported("truncate");  // as CPython: a reader never truncates, whatever its raw stream
    TRY(io_check_writable(b->raw));
    TRY(flush_writes(b));
    Value position;
    if (nargs > 1 && !is_none(args[1]))
        position = Value::borrow(args[1]);
    else
        position = int_from_int64(TRY(logical_tell(b)));
    TRY(rewind_reads(b));
    return call_method(b->raw, io_name("truncate"), { position });
}

Result<Value> buffered_close(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("close", nargs - 1, kwnames, 0, 0));
    BufferedObject* b = TRY(valid_buffered(args[0]));
    if (TRY(raw_closed(b)))
        return none_value();
    unlink_live(b);
    // Through the attribute, as CPython: an instance's or subclass's flush() is the one called.
    auto flushed = call_method(args[0], NAME_OF(flush), {});
    Value flush_error;
    if (flushed.is_error())
        flush_error = fetch_error();
    drop_read_buffer(b);
    b->iobase_closed = true;
    auto closed = call_method(b->raw, io_name("close"), {});
    if (closed.is_error()) {
        // The flush error becomes the context of the close error, as in CPython.
        if (flush_error)
            return raise_with_context(std::move(flush_error));
        return Error {};
    }
    if (flush_error) {
        restore_error(std::move(flush_error));
        return Error {};
    }
    return none_value();
}

Result<Value> buffered_detach(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("detach", nargs - 1, kwnames, 0, 0));
    BufferedObject* b = TRY(valid_buffered(args[0]));
    TRY(buffered_flush_native(b));
    unlink_live(b);
    Value raw = std::move(b->raw);
    b->ok = false;
    b->detached = true;
    return raw;
}

Result<Value> delegate(const Val* args, const char* name)
{
    BufferedObject* b = TRY(valid_buffered(args[0]));
    return call_method(b->raw, io_name(name), {});
}

Result<Value> buffered_fileno(const Val* args, size_t, TupleObject*) { return delegate(args, "fileno"); }
Result<Value> buffered_isatty(const Val* args, size_t, TupleObject*) { return delegate(args, "isatty"); }
Result<Value> buffered_seekable(const Val* args, size_t, TupleObject*) { return delegate(args, "seekable"); }
Result<Value> buffered_readable(const Val* args, size_t, TupleObject*) { return delegate(args, "readable"); }
Result<Value> buffered_writable(const Val* args, size_t, TupleObject*) { return delegate(args, "writable"); }

Result<Value> buffered_get_raw(Val self)
{
    BufferedObject* b = as_buffered(self);
    if (b->detached)
        return none_value();
    return Value(TRY(valid_buffered(self))->raw);
}
Result<Value> buffered_get_closed(Val self)
{
    BufferedObject* b = TRY(valid_buffered(self));
    return get_attr(b->raw, io_name("closed"));
}
Result<Value> buffered_get_name(Val self) { return get_attr(TRY(valid_buffered(self))->raw, io_name("name")); }
Result<Value> buffered_get_mode(Val self) { return get_attr(TRY(valid_buffered(self))->raw, io_name("mode")); }

Result<Value> buffered_repr(Val self)
{
    std::string text = "<" + std::string(self.type()->type_name());
    auto name = get_attr(self, io_name("name"));
    if (name.is_error()) {
        if (!error_matches(&g_exc_Exception))
            return Error {};
        clear_error();
    } else {
        text += " name=" + TRY(repr_utf8(name.value()));
    }
    return Value(str_from_utf8(text + ">"));
}

Result<Value> buffered_iternext(Val self)
{
    if (self.type()->has_flag(TYPE_HEAP)) {
        Value line = TRY(call_method(self, io_name("readline"), {}));
        if (TRY(object_len(line)) == 0)
            return Value();
        return line;
    }
    BufferedObject* b = TRY(open_buffered(self, "readline"));
    Value line = TRY(read_line(b, -1));
    if (line.as<BytesObject>()->size == 0)
        return Value();
    return line;
}

#define BUFFERED_COMMON_METHODS                                                                  \
    { "close", buffered_close, METHOD_INSTANCE, nullptr },                                    \
        { "_dealloc_warn", io_dealloc_warn_method, METHOD_INSTANCE, nullptr },                \
        { "detach", buffered_detach, METHOD_INSTANCE, nullptr },                              \
        { "seek", buffered_seek, METHOD_INSTANCE, nullptr },                                  \
        { "tell", buffered_tell, METHOD_INSTANCE, nullptr },                                  \
        { "truncate", buffered_truncate, METHOD_INSTANCE, nullptr },                          \
        { "fileno", buffered_fileno, METHOD_INSTANCE, nullptr },                              \
        { "isatty", buffered_isatty, METHOD_INSTANCE, nullptr },                              \
        { "seekable", buffered_seekable, METHOD_INSTANCE, nullptr }

#define BUFFERED_READ_METHODS                                                      \
    { "readable", buffered_readable, METHOD_INSTANCE, nullptr },                \
        { "read", buffered_read, METHOD_INSTANCE, nullptr },                    \
        { "read1", buffered_read1, METHOD_INSTANCE, nullptr },                  \
        { "peek", buffered_peek, METHOD_INSTANCE, nullptr },                    \
        { "readline", buffered_readline, METHOD_INSTANCE, nullptr },            \
        { "readinto", buffered_readinto, METHOD_INSTANCE, nullptr },            \
        { "readinto1", buffered_readinto1, METHOD_INSTANCE, nullptr }

const MethodDef s_reader_methods[] = { BUFFERED_COMMON_METHODS, BUFFERED_READ_METHODS, {} };
#define BUFFERED_WRITE_METHODS                                              \
    { "writable", buffered_writable, METHOD_INSTANCE, nullptr },         \
        { "write", buffered_write, METHOD_INSTANCE, nullptr },           \
        { "flush", buffered_flush, METHOD_INSTANCE, nullptr }

const MethodDef s_writer_methods[] = { BUFFERED_COMMON_METHODS, BUFFERED_WRITE_METHODS, {} };
const MethodDef s_random_methods[] = { BUFFERED_COMMON_METHODS, BUFFERED_READ_METHODS, BUFFERED_WRITE_METHODS, {} };

const GetSetDef s_buffered_getsets[] = {
    { "raw", buffered_get_raw, nullptr, nullptr },
    { "closed", buffered_get_closed, nullptr, nullptr },
    { "name", buffered_get_name, nullptr, nullptr },
    { "mode", buffered_get_mode, nullptr, nullptr },
    {},
};

// BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE)
RWPairObject* as_pair(Val v) { return static_cast<RWPairObject*>(v.object()); }

void rwpair_destroy(Object* object)
{
    auto* p = static_cast<RWPairObject*>(object);
    p->reader.~Value();
    p->writer.~Value();
    p->dict.~Ref<DictObject>();
}

void rwpair_traverse(Object* object, VisitFn visit, void* context)
{
    auto* p = static_cast<RWPairObject*>(object);
    for (Val v : { p->reader.get(), p->writer.get() }) {
        visit_val(v, visit, context);
    }
    if (p->dict)
        visit(p->dict.get(), context);
}

void rwpair_clear(Object* object)
{
    auto* p = static_cast<RWPairObject*>(object);
    p->reader = Value();
    p->writer = Value();
    p->dict = nullptr;
}

Result<void> rwpair_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("BufferedRWPair", nargs, kwnames, 2, 3));
    TRY(io_check_readable(args[0]));
    TRY(io_check_writable(args[1]));
    Val size = nargs > 2 ? args[2] : Val();
    RWPairObject* p = as_pair(self);
    Value reader = TRY(buffered_new(&g_buffered_reader_type, nullptr, 0, nullptr));
    TRY(buffered_setup(as_buffered(reader), args[0], size));
    Value writer = TRY(buffered_new(&g_buffered_writer_type, nullptr, 0, nullptr));
    TRY(buffered_setup(as_buffered(writer), args[1], size));
    p->reader = std::move(reader);
    p->writer = std::move(writer);
    return {};
}

Result<Value> pair_forward(const Val* args, size_t nargs, TupleObject* kwnames, bool to_writer, const char* name)
{
    RWPairObject* p = as_pair(args[0]);
    Val target = to_writer ? p->writer.get() : p->reader.get();
    if (!target)
        return raise(&g_exc_ValueError, "I/O operation on uninitialized object");
    Value method = TRY(get_attr(target, io_name(name)));
    return call(method, args + 1, nargs - 1, kwnames);
}

#define PAIR_METHOD(name, to_writer)                                                   \
    Result<Value> rwpair_##name(const Val* args, size_t nargs, TupleObject* kwnames)   \
    {                                                                                  \
        return pair_forward(args, nargs, kwnames, to_writer, #name);                   \
    }
PAIR_METHOD(read, false)
PAIR_METHOD(peek, false)
PAIR_METHOD(read1, false)
PAIR_METHOD(readinto, false)
PAIR_METHOD(readinto1, false)
PAIR_METHOD(readable, false)
PAIR_METHOD(write, true)
PAIR_METHOD(flush, true)
PAIR_METHOD(writable, true)
#undef PAIR_METHOD

Result<Value> rwpair_isatty(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Value w = TRY(pair_forward(args, nargs, kwnames, true, "isatty"));
    if (TRY(is_truthy(w)))
        return w;
    return pair_forward(args, nargs, kwnames, false, "isatty");
}

Result<Value> rwpair_close(const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto closed_writer = pair_forward(args, nargs, kwnames, true, "close");
    Value error;
    if (closed_writer.is_error())
        error = fetch_error();
    auto closed_reader = pair_forward(args, nargs, kwnames, false, "close");
    if (closed_reader.is_error())
        return error ? raise_with_context(std::move(error)) : Error {};
    if (error) {
        restore_error(std::move(error));
        return Error {};
    }
    return none_value();
}

Result<Value> rwpair_get_closed(Val self)
{
    RWPairObject* p = as_pair(self);
    if (!p->writer)
        return raise(&g_exc_RuntimeError, "the BufferedRWPair object is being garbage-collected");
    return get_attr(p->writer, io_name("closed"));
}

const MethodDef s_rwpair_methods[] = {
    { "read", rwpair_read, METHOD_INSTANCE, nullptr },
    { "peek", rwpair_peek, METHOD_INSTANCE, nullptr },
    { "read1", rwpair_read1, METHOD_INSTANCE, nullptr },
    { "readinto", rwpair_readinto, METHOD_INSTANCE, nullptr },
    { "readinto1", rwpair_readinto1, METHOD_INSTANCE, nullptr },
    { "write", rwpair_write, METHOD_INSTANCE, nullptr },
    { "flush", rwpair_flush, METHOD_INSTANCE, nullptr },
    { "readable", rwpair_readable, METHOD_INSTANCE, nullptr },
    { "writable", rwpair_writable, METHOD_INSTANCE, nullptr },
    { "isatty", rwpair_isatty, METHOD_INSTANCE, nullptr },
    { "close", rwpair_close, METHOD_INSTANCE, nullptr },
    {},
};

const GetSetDef s_rwpair_getsets[] = {
    { "closed", rwpair_get_closed, nullptr, nullptr },
    {},
};

}  // namespace

Result<void> buffered_write_bytes(BufferedObject* b, std::string_view data)
{
    if (b->rpos < b->rbuf.size())
        TRY(rewind_reads(b));
    else
        drop_read_buffer(b);
    // As CPython: what fits joins the buffer; otherwise the buffer is flushed first, and data larger than
    // the buffer goes straight to raw.
    if (b->wbuf.size() + data.size() <= size_t(b->buffer_size)) {
        b->wbuf.append(data);
        return {};
    }
    TRY(flush_writes(b));
    if (data.size() > size_t(b->buffer_size))
        return raw_write_all(b, data);
    b->wbuf.append(data);
    return {};
}

Result<void> buffered_flush_native(BufferedObject* b)
{
    TRY(flush_writes(b));
    if (b->kind == BufferedKind::Random)
        TRY(rewind_reads(b));
    return {};
}

void io_flush_all_buffers()
{
    for (BufferedObject* b = s_live_writers; b; b = b->next_live) {
        if (b->wbuf.empty() || !b->ok)
            continue;
        auto result = flush_writes(b);
        if (result.is_error())
            clear_error();
    }
}

Result<Value> buffered_create(TypeObject* type, Val raw, int64_t buffer_size)
{
    Value self = TRY(buffered_new(type, nullptr, 0, nullptr));
    Value size = int_from_int64(buffer_size);
    TRY(buffered_setup(as_buffered(self), raw, size));
    return self;
}

void init_buffered_types()
{
    struct Spec {
        TypeObject* type;
        const char* name;
        const MethodDef* methods;
    };
    for (Spec spec : { Spec { &g_buffered_reader_type, "_io.BufferedReader", s_reader_methods },
                       Spec { &g_buffered_writer_type, "_io.BufferedWriter", s_writer_methods },
                       Spec { &g_buffered_random_type, "_io.BufferedRandom", s_random_methods } }) {
        TypeObject& type = *spec.type;
        type_init_static(type, spec.name, sizeof(BufferedObject), &g_bufferediobase_type, TYPE_BASETYPE | TYPE_GC);
        type.new_instance = buffered_new;
        type.init = buffered_init;
        type.destroy = buffered_destroy;
        type.finalize = buffered_finalize;
        type.traverse = buffered_traverse;
        type.clear = buffered_clear;
        type.repr = buffered_repr;
        type.iternext = buffered_iternext;
        type.methods = spec.methods;
        type.getsets = s_buffered_getsets;
        type_ready(type);
    }
    type_init_static(g_buffered_rwpair_type, "_io.BufferedRWPair", sizeof(RWPairObject), &g_bufferediobase_type, TYPE_BASETYPE | TYPE_GC);
    g_buffered_rwpair_type.init = rwpair_init;
    g_buffered_rwpair_type.destroy = rwpair_destroy;
    g_buffered_rwpair_type.traverse = rwpair_traverse;
    g_buffered_rwpair_type.clear = rwpair_clear;
    g_buffered_rwpair_type.methods = s_rwpair_methods;
    g_buffered_rwpair_type.getsets = s_rwpair_getsets;
    type_ready(g_buffered_rwpair_type);
}

}  // namespace ginger
