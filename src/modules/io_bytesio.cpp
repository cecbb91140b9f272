// _io.BytesIO: a binary stream over an in-memory buffer.
#include "modules/io_internal.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <cstring>
#include <new>

namespace ginger {

TypeObject g_bytesio_type;

namespace {

TypeObject g_bytesio_buffer_type;

// _io._BytesIOBuffer: the exporter behind getbuffer(); it counts the BytesIO's exports.
struct BytesIOBufferObject : Object {
    Value source;  // the BytesIO
};

BytesIOObject* as_bytesio(Val v) { return static_cast<BytesIOObject*>(v.object()); }

Result<BytesIOObject*> open_bytesio(Val self)
{
    BytesIOObject* b = as_bytesio(self);
    if (b->closed)
        return raise_closed_file();
    return b;
}

void bytesio_destroy(Object* object)
{
    auto* b = static_cast<BytesIOObject*>(object);
    b->buffer.~basic_string();
    b->dict.~Ref<DictObject>();
}

Result<Value> bytesio_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* b = static_cast<BytesIOObject*>(alloc_object(type));
    if (!b)
        return raise_memory_error();
    new (&b->buffer) std::string();
    return Value::adopt(Val(b));
}

// BytesIO(initial_bytes=b'')
Result<void> bytesio_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("BytesIO", args, nargs, kwnames, { "initial_bytes" }, 0, out));
    BytesIOObject* b = as_bytesio(self);
    TRY(check_resizable(b->exports));
    b->buffer.clear();
    b->pos = 0;
    if (out[0] && !is_none(out[0])) {
        Buffer data_buffer;
        TRY(get_contiguous_buffer(out[0], data_buffer));
        std::string_view data = data_buffer.bytes();
        b->buffer.assign(data);
    }
    return {};
}

// The bytes from pos up to `size` (all if negative), advancing pos.
Value take(BytesIOObject* b, int64_t size)
{
    int64_t length = int64_t(b->buffer.size());
    int64_t available = std::max<int64_t>(0, length - b->pos);
    if (size < 0 || size > available)
        size = available;
    if (size == length && b->pos == 0) {
        b->pos = length;
        return Value(bytes_from(b->buffer));
    }
    Value result(bytes_from(std::string_view(b->buffer).substr(size_t(std::min(b->pos, length)), size_t(size))));
    b->pos += size;
    return result;
}

int64_t line_length(BytesIOObject* b, int64_t limit)
{
    int64_t length = int64_t(b->buffer.size());
    if (b->pos >= length)
        return 0;
    const char* start = b->buffer.data() + b->pos;
    int64_t available = length - b->pos;
    const void* newline = memchr(start, '\n', size_t(available));
    int64_t n = newline ? static_cast<const char*>(newline) - start + 1 : available;
    if (limit >= 0 && n > limit)
        n = limit;
    return n;
}

Result<Value> bytesio_read(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("read", nargs - 1, kwnames, 0, 1));
    BytesIOObject* b = TRY(open_bytesio(args[0]));
    int64_t size = TRY(io_size_arg(nargs > 1 ? args[1] : Val()));
    return take(b, size);
}

Result<Value> bytesio_readline(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("readline", nargs - 1, kwnames, 0, 1));
    BytesIOObject* b = TRY(open_bytesio(args[0]));
    int64_t size = TRY(io_size_arg(nargs > 1 ? args[1] : Val()));
    return take(b, line_length(b, size));
}

Result<Value> bytesio_readlines(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("readlines", nargs - 1, kwnames, 0, 1));
    BytesIOObject* b = TRY(open_bytesio(args[0]));
    int64_t hint = TRY(io_size_arg(nargs > 1 ? args[1] : Val()));
    Ref<ListObject> lines = list_new();
    int64_t total = 0;
    while (int64_t n = line_length(b, -1)) {
        list_append(lines.get(), take(b, n));
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    return Value(std::move(lines));
}

Result<Value> bytesio_readinto(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("readinto", nargs - 1, kwnames, 1, 1));
    BytesIOObject* b = TRY(open_bytesio(args[0]));
    Buffer target;
    TRY(get_writable_buffer(args[1], target, "readinto() argument"));
    int64_t available = std::max<int64_t>(0, int64_t(b->buffer.size()) - b->pos);
    int64_t n = std::min(available, target.info.length);
    if (n > 0)
        memmove(target.info.data, b->buffer.data() + b->pos, size_t(n));
    b->pos += n;
    return int_from_int64(n);
}

Result<Value> bytesio_write(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("write", nargs - 1, kwnames, 1, 1));
    BytesIOObject* b = TRY(open_bytesio(args[0]));
    TRY(check_resizable(b->exports));
    Buffer source;
    TRY(get_contiguous_buffer(args[1], source));
    std::string_view data = source.bytes();
    if (data.empty())
        return Value::small_int(0);
    size_t pos = size_t(b->pos);
    if (b->pos > memory_limit() - int64_t(data.size()))
        return raise_memory_error();
    if (pos == b->buffer.size()) {
        b->buffer.append(data);
    } else {
        if (pos + data.size() > b->buffer.size())
            b->buffer.resize(pos + data.size(), '\0');
        memcpy(b->buffer.data() + pos, data.data(), data.size());
    }
    b->pos += int64_t(data.size());
    return int_from_int64(int64_t(data.size()));
}

Result<Value> bytesio_writelines(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("writelines", nargs - 1, kwnames, 1, 1));
    TRY(open_bytesio(args[0]));
    Value iterator = TRY(get_iter(args[1]));
    while (true) {
        Value line = TRY(iter_next(iterator));
        if (!line)
            break;
        Val call_args[2] = { args[0], line };
        TRY(bytesio_write(call_args, 2, nullptr));
    }
    return none_value();
}

Result<Value> bytesio_seek(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("seek", nargs - 1, kwnames, 1, 2));
    BytesIOObject* b = TRY(open_bytesio(args[0]));
    int64_t pos = TRY(index_as_ssize(args[1]));
    int64_t whence = nargs > 2 ? TRY(index_as_ssize(args[2])) : 0;
    if (whence < 0 || whence > 2)
        return raise(&g_exc_ValueError, "invalid whence ({}, should be 0, 1 or 2)", whence);
    if (pos < 0 && whence == 0)
        return raise(&g_exc_ValueError, "negative seek value {}", pos);
    if (whence == 1)
        pos += b->pos;
    else if (whence == 2)
        pos += int64_t(b->buffer.size());
    b->pos = std::max<int64_t>(0, pos);
    return int_from_int64(b->pos);
}

Result<Value> bytesio_tell(const Val* args, size_t, TupleObject*) { return int_from_int64(TRY(open_bytesio(args[0]))->pos); }

Result<Value> bytesio_truncate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("truncate", nargs - 1, kwnames, 0, 1));
    BytesIOObject* b = TRY(open_bytesio(args[0]));
    TRY(check_resizable(b->exports));
    int64_t size = b->pos;
    if (nargs > 1 && !is_none(args[1])) {
        size = TRY(index_as_ssize(args[1]));
        if (size < 0)
            return raise(&g_exc_ValueError, "negative size value {}", size);
    }
    if (size < int64_t(b->buffer.size()))
        b->buffer.resize(size_t(size));
    return int_from_int64(size);
}

Result<Value> bytesio_getvalue(const Val* args, size_t, TupleObject*)
{
    BytesIOObject* b = TRY(open_bytesio(args[0]));
    return Value(bytes_from(b->buffer));
}

// __getstate__(): (value, position, copy of the instance dict or None).
Result<Value> bytesio_getstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__getstate__", nargs - 1, kwnames, 0, 0));
    BytesIOObject* b = TRY(open_bytesio(args[0]));
    Value value(bytes_from(b->buffer));
    Value pos = int_from_int64(b->pos);
    return Value(tuple_of({ value.get(), pos.get(), io_state_dict(b).get() }));
}

// __setstate__(state): a tuple of at least 3 items, as __getstate__ makes.
Result<Value> bytesio_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(io_check_one_arg("BytesIO.__setstate__", nargs, kwnames));
    Val state = args[1];
    if (!is_tuple(state) || state.as<TupleObject>()->size < 3)
        return raise(&g_exc_TypeError, "{}.__setstate__ argument should be 3-tuple, got {}", args[0].type()->type_name(),
                     state.type()->type_name());
    auto* items = state.as<TupleObject>();
    BytesIOObject* b = as_bytesio(args[0]);
    TRY(check_resizable(b->exports));
    b->buffer.clear();
    b->pos = 0;
    Val write_args[2] = { args[0], items->item(0) };
    TRY(bytesio_write(write_args, 2, nullptr));
    Val position = items->item(1);
    if (!is_int(position))
        return raise(&g_exc_TypeError, "second item of state must be an integer, not {}", position.type()->type_name());
    int64_t pos = TRY(index_as_ssize(position));
    if (pos < 0)
        return raise(&g_exc_ValueError, "position value cannot be negative");
    b->pos = pos;
    TRY(io_restore_dict(b, items->item(2), "third"));
    return none_value();
}

Result<Value> bytesio_getbuffer(const Val* args, size_t, TupleObject*)
{
    TRY(open_bytesio(args[0]));
    auto* exporter = static_cast<BytesIOBufferObject*>(alloc_object(&g_bytesio_buffer_type));
    if (!exporter)
        return raise_memory_error();
    new (&exporter->source) Value(Value::borrow(args[0]));
    Value owner = Value::adopt(Val(exporter));
    return memoryview_from_object(owner);
}

Result<void> bytesio_buffer_get(Val self, BufferInfo& info, int)
{
    BytesIOObject* b = as_bytesio(self.as<BytesIOBufferObject>()->source);
    static char s_empty = 0;
    info = BufferInfo();
    info.data = reinterpret_cast<unsigned char*>(b->buffer.empty() ? &s_empty : b->buffer.data());
    info.length = int64_t(b->buffer.size());
    info.readonly = false;
    ++b->exports;
    return {};
}

void bytesio_buffer_release(Val self) { --as_bytesio(self.as<BytesIOBufferObject>()->source)->exports; }

const BufferProcs s_bytesio_buffer = { bytesio_buffer_get, bytesio_buffer_release };

void bytesio_buffer_destroy(Object* object) { static_cast<BytesIOBufferObject*>(object)->source.~Value(); }

void bytesio_buffer_traverse(Object* object, VisitFn visit, void* context)
{
    visit_val(static_cast<BytesIOBufferObject*>(object)->source, visit, context);
}

Result<Value> bytesio_close(const Val* args, size_t, TupleObject*)
{
    BytesIOObject* b = as_bytesio(args[0]);
    TRY(check_resizable(b->exports));
    b->closed = true;
    b->iobase_closed = true;
    std::string().swap(b->buffer);
    return none_value();
}

Result<Value> bytesio_true(const Val* args, size_t, TupleObject*)
{
    TRY(open_bytesio(args[0]));
    return bool_value(true);
}
Result<Value> bytesio_false(const Val* args, size_t, TupleObject*)
{
    TRY(open_bytesio(args[0]));
    return bool_value(false);
}
Result<Value> bytesio_flush(const Val* args, size_t, TupleObject*)
{
    TRY(open_bytesio(args[0]));
    return none_value();
}
Result<Value> bytesio_get_closed(Val self) { return bool_value(as_bytesio(self)->closed); }

Result<Value> bytesio_iter(Val self)
{
    TRY(open_bytesio(self));
    return Value::borrow(self);
}

Result<Value> bytesio_iternext(Val self)
{
    if (self.type() != &g_bytesio_type) {
        Value line = TRY(call_method(self, io_name("readline"), {}));
        if (TRY(object_len(line)) == 0)
            return Value();
        return line;
    }
    BytesIOObject* b = TRY(open_bytesio(self));
    int64_t n = line_length(b, -1);
    if (n == 0)
        return Value();
    return take(b, n);
}

const MethodDef s_bytesio_methods[] = {
    { "read", bytesio_read, METHOD_INSTANCE, "Read at most size bytes, returned as a bytes object." },
    { "read1", bytesio_read, METHOD_INSTANCE, "Read at most size bytes, returned as a bytes object." },
    { "readline", bytesio_readline, METHOD_INSTANCE, "Next line from the file, as a bytes object." },
    { "readlines", bytesio_readlines, METHOD_INSTANCE, "List of bytes objects, each a line from the file." },
    { "readinto", bytesio_readinto, METHOD_INSTANCE, "Read bytes into buffer." },
    { "write", bytesio_write, METHOD_INSTANCE, "Write bytes to file." },
    { "writelines", bytesio_writelines, METHOD_INSTANCE, "Write lines to the file." },
    { "seek", bytesio_seek, METHOD_INSTANCE, "Change stream position." },
    { "tell", bytesio_tell, METHOD_INSTANCE, "Current file position, an integer." },
    { "truncate", bytesio_truncate, METHOD_INSTANCE, "Truncate the file to at most size bytes." },
    { "getvalue", bytesio_getvalue, METHOD_INSTANCE, "Retrieve the entire contents of the BytesIO object." },
    { "__getstate__", bytesio_getstate, METHOD_INSTANCE, nullptr },
    { "__setstate__", bytesio_setstate, METHOD_INSTANCE, nullptr },
    { "getbuffer", bytesio_getbuffer, METHOD_INSTANCE, "Get a read-write view over the contents of the BytesIO object." },
    { "close", bytesio_close, METHOD_INSTANCE, "Disable all I/O operations." },
    { "readable", bytesio_true, METHOD_INSTANCE, "Returns True if the IO object can be read." },
    { "writable", bytesio_true, METHOD_INSTANCE, "Returns True if the IO object can be written." },
    { "seekable", bytesio_true, METHOD_INSTANCE, "Returns True if the IO object can be seeked." },
    { "isatty", bytesio_false, METHOD_INSTANCE, "Always returns False." },
    { "flush", bytesio_flush, METHOD_INSTANCE, "Does nothing." },
    {},
};

const GetSetDef s_bytesio_getsets[] = {
    { "closed", bytesio_get_closed, nullptr, "True if the file is closed." },
    {},
};

}  // namespace

void init_bytesio_type()
{
    type_init_static(g_bytesio_type, "_io.BytesIO", sizeof(BytesIOObject), &g_bufferediobase_type, TYPE_BASETYPE | TYPE_GC);
    g_bytesio_type.new_instance = bytesio_new;
    type_init_static(g_bytesio_buffer_type, "_io._BytesIOBuffer", sizeof(BytesIOBufferObject), &g_object_type, TYPE_GC);
    g_bytesio_buffer_type.destroy = bytesio_buffer_destroy;
    g_bytesio_buffer_type.traverse = bytesio_buffer_traverse;
    g_bytesio_buffer_type.buffer = &s_bytesio_buffer;
    g_bytesio_type.init = bytesio_init;
    g_bytesio_type.destroy = bytesio_destroy;
    g_bytesio_type.clear = iobase_clear;
    g_bytesio_type.iter = bytesio_iter;
    g_bytesio_type.iternext = bytesio_iternext;
    g_bytesio_type.methods = s_bytesio_methods;
    g_bytesio_type.getsets = s_bytesio_getsets;
    g_bytesio_type.doc = "Buffered I/O implementation using an in-memory bytes buffer.";
    type_ready(g_bytesio_type);
    type_ready(g_bytesio_buffer_type);
}

}  // namespace ginger
