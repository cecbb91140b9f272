// _io's abstract bases: _IOBase (closing, iteration, readline/readlines/writelines, the context manager),
// _RawIOBase (read and readall on top of readinto), _BufferedIOBase and _TextIOBase. Their methods call
// the subclass's methods through the attribute protocol, so classes written in Python work on top of them.
#include "modules/io_internal.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/container_util.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"

namespace ginger {

TypeObject g_iobase_type, g_rawiobase_type, g_bufferediobase_type, g_textiobase_type;

StrObject* io_name(const char* text) { return str_intern(text); }

static Ref<TypeObject> s_unsupported;

TypeObject* io_unsupported_type()
{
    if (!s_unsupported) {
        Ref<DictObject> ns = dict_new();
        dict_set_str(ns.get(), NAME_OF(__module__), Val(str_intern("io")));
        Ref<TupleObject> bases = tuple_of({ Val(&g_exc_OSError), Val(&g_exc_ValueError) });
        Value type = MUST(call(Val(&g_type_type), { Val(str_intern("UnsupportedOperation")), Val(bases.get()), Val(ns.get()) }));
        s_unsupported = Ref<TypeObject>(type.as<TypeObject>());
    }
    return s_unsupported.get();
}

Error raise_unsupported(std::string_view message) { return raise(io_unsupported_type(), message); }
Error raise_closed_file() { return raise(&g_exc_ValueError, "I/O operation on closed file."); }
Error raise_closed_raw() { return raise(&g_exc_ValueError, "I/O operation on closed file"); }

Result<bool> io_is_closed(Val self)
{
    Value closed = TRY(get_attr(self, io_name("closed")));
    return is_truthy(closed);
}

Result<void> io_check_closed(Val self)
{
    if (TRY(io_is_closed(self)))
        return raise_closed_file();
    return {};
}

static Result<void> check_capability(Val self, const char* method, const char* message)
{
    Value answer = TRY(call_method(self, io_name(method), {}));
    if (!is_true(answer)) {
        if (is_false(answer))
            return raise_unsupported(message);
        return raise(&g_exc_TypeError, "{}() should return a bool", method);
    }
    return {};
}

Result<void> io_check_readable(Val self) { return check_capability(self, "readable", "File or stream is not readable."); }
Result<void> io_check_writable(Val self) { return check_capability(self, "writable", "File or stream is not writable."); }
Result<void> io_check_seekable(Val self) { return check_capability(self, "seekable", "File or stream is not seekable."); }

Result<int64_t> io_size_arg(Val v)
{
    if (!v || is_none(v))
        return -1;
    if (!v.type()->index && !is_int(v))
        return raise(&g_exc_TypeError, "argument should be integer or None, not '{}'", v.type()->type_name());
    return index_as_ssize(v);
}

Value newlines_value(int seen)
{
    switch (seen) {
    case SEEN_CR: return Value(str_intern("\r"));
    case SEEN_LF: return Value(str_intern("\n"));
    case SEEN_CRLF: return Value(str_intern("\r\n"));
    case SEEN_CR | SEEN_LF: return Value(tuple_of({ Val(str_intern("\r")), Val(str_intern("\n")) }));
    case SEEN_CR | SEEN_CRLF: return Value(tuple_of({ Val(str_intern("\r")), Val(str_intern("\r\n")) }));
    case SEEN_LF | SEEN_CRLF: return Value(tuple_of({ Val(str_intern("\n")), Val(str_intern("\r\n")) }));
    case SEEN_CR | SEEN_LF | SEEN_CRLF:
        return Value(tuple_of({ Val(str_intern("\r")), Val(str_intern("\n")), Val(str_intern("\r\n")) }));
    default: return none_value();
    }
}

namespace {

void iobase_destroy(Object* object)
{
    auto* io = static_cast<IOObject*>(object);
    io->dict.~Ref<DictObject>();
}

void iobase_traverse(Object* object, VisitFn visit, void* context)
{
    auto* io = static_cast<IOObject*>(object);
    if (io->dict)
        visit(io->dict.get(), context);
}

}  // namespace

Error raise_with_context(Value earlier)
{
    Value current = fetch_error();
    if (earlier && is_exception_instance(current) && current.get().object() != earlier.get().object())
        static_cast<BaseExceptionObject*>(current.get().object())->context = std::move(earlier);
    restore_error(std::move(current));
    return Error {};
}

void iobase_clear(Object* object) { static_cast<IOObject*>(object)->dict = nullptr; }

Result<void> io_check_one_arg(const char* qualname, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", qualname);
    if (nargs != 2)
        return raise(&g_exc_TypeError, "{}() takes exactly one argument ({} given)", qualname, int64_t(nargs) - 1);
    return {};
}

Value io_state_dict(IOObject* io)
{
    if (!io->dict)
        return none_value();
    return Value(dict_copy(io->dict.get()));
}

// As CPython: an existing instance dict is updated, otherwise the given dict becomes it.
Result<void> io_restore_dict(IOObject* io, Val dict, const char* which)
{
    if (is_none(dict))
        return {};
    if (!is_dict(dict))
        return raise(&g_exc_TypeError, "{} item of state should be a dict, got a {}", which, dict.type()->type_name());
    if (io->dict)
        return dict_update(io->dict.get(), dict);
    io->dict = Ref<DictObject>(dict.as<DictObject>());
    return {};
}

namespace {

Result<Value> iobase_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    Object* object = alloc_object(type);
    if (!object)
        return raise_memory_error();
    return Value::adopt(Val(object));
}

Result<Value> iobase_seek(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("seek", nargs - 1, kwnames, 1, 2));
    return raise_unsupported("seek");
}
Result<Value> iobase_truncate(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("truncate", nargs - 1, kwnames, 0, 1));
    return raise_unsupported("truncate");
}
Result<Value> iobase_fileno(const Val*, size_t, TupleObject*) { return raise_unsupported("fileno"); }

Result<Value> iobase_tell(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tell", nargs - 1, kwnames, 0, 0));
    return call_method(args[0], io_name("seek"), { Val::small_int(0), Val::small_int(1) });
}

Result<Value> iobase_flush(const Val* args, size_t, TupleObject*)
{
    TRY(io_check_closed(args[0]));
    return none_value();
}

Result<Value> iobase_close(const Val* args, size_t, TupleObject*)
{
    auto* io = static_cast<IOObject*>(args[0].object());
    if (io->iobase_closed)
        return none_value();
    auto flushed = call_method(args[0], NAME_OF(flush), {});
    io->iobase_closed = true;
    if (flushed.is_error())
        return Error {};
    return none_value();
}

Result<Value> iobase_get_closed(Val self) { return bool_value(static_cast<IOObject*>(self.object())->iobase_closed); }

Result<Value> iobase_false(const Val*, size_t, TupleObject*) { return bool_value(false); }

Result<Value> iobase_isatty(const Val* args, size_t, TupleObject*)
{
    TRY(io_check_closed(args[0]));
    return bool_value(false);
}

Result<Value> iobase_check_closed_method(const Val* args, size_t, TupleObject*)
{
    TRY(io_check_closed(args[0]));
    return none_value();
}
Result<Value> iobase_check_readable_method(const Val* args, size_t, TupleObject*)
{
    TRY(io_check_readable(args[0]));
    return none_value();
}
Result<Value> iobase_check_writable_method(const Val* args, size_t, TupleObject*)
{
    TRY(io_check_writable(args[0]));
    return none_value();
}
Result<Value> iobase_check_seekable_method(const Val* args, size_t, TupleObject*)
{
    TRY(io_check_seekable(args[0]));
    return none_value();
}

Result<Value> iobase_enter(const Val* args, size_t, TupleObject*)
{
    TRY(io_check_closed(args[0]));
    return Value::borrow(args[0]);
}

Result<Value> iobase_exit(const Val* args, size_t, TupleObject*) { return call_method(args[0], io_name("close"), {}); }

// __del__ for classes written in Python: close() (which flushes). CPython 3.12 compat: errors are
// silenced, as its finalizer does outside dev mode.
Result<Value> iobase_del(const Val* args, size_t, TupleObject*)
{
    auto closed = io_is_closed(args[0]);
    if (closed.is_error() || closed.value()) {
        if (closed.is_error())
            clear_error();
        return none_value();
    }
    io_dealloc_warn(args[0], args[0]);
    auto result = call_method(args[0], io_name("close"), {});
    if (result.is_error())
        clear_error();
    return none_value();
}

Result<Value> iobase_iter(Val self)
{
    TRY(io_check_closed(self));
    return Value::borrow(self);
}

Result<Value> iobase_iternext(Val self)
{
    Value line = TRY(call_method(self, io_name("readline"), {}));
    if (TRY(object_len(line)) == 0)
        return Value();
    return line;
}

Result<Value> iobase_readline(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("readline", args + 1, nargs - 1, kwnames, { "size" }, 0, out, 1));
    int64_t limit = TRY(io_size_arg(out[0]));
    return iobase_readline_generic(args[0], limit);
}

Result<Value> iobase_readlines(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("readlines", args + 1, nargs - 1, kwnames, { "hint" }, 0, out, 1));
    int64_t hint = TRY(io_size_arg(out[0]));
    Ref<ListObject> lines = list_new();
    Value iterator = TRY(get_iter(args[0]));
    int64_t total = 0;
    while (true) {
        Value line = TRY(iter_next(iterator));
        if (!line)
            break;
        int64_t length = hint > 0 ? TRY(object_len(line)) : 0;
        list_append(lines.get(), std::move(line));
        total += length;
        if (hint > 0 && total >= hint)
            break;
    }
    return Value(std::move(lines));
}

Result<Value> iobase_writelines(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("writelines", nargs - 1, kwnames, 1, 1));
    TRY(io_check_closed(args[0]));
    Value iterator = TRY(get_iter(args[1]));
    while (true) {
        Value line = TRY(iter_next(iterator));
        if (!line)
            break;
        TRY(call_method(args[0], NAME_OF(write), { line }));
    }
    return none_value();
}

Result<Value> iobase_get_dict(Val self)
{
    auto* io = static_cast<IOObject*>(self.object());
    if (!io->dict)
        io->dict = dict_new();
    return Value(io->dict);
}

const MethodDef s_iobase_methods[] = {
    { "seek", iobase_seek, METHOD_INSTANCE, "Change the stream position to the given byte offset." },
    { "tell", iobase_tell, METHOD_INSTANCE, "Return current stream position." },
    { "truncate", iobase_truncate, METHOD_INSTANCE, "Truncate file to size bytes." },
    { "flush", iobase_flush, METHOD_INSTANCE, "Flush write buffers, if applicable." },
    { "close", iobase_close, METHOD_INSTANCE, "Flush and close the IO object." },
    { "seekable", iobase_false, METHOD_INSTANCE, "Return whether object supports random access." },
    { "readable", iobase_false, METHOD_INSTANCE, "Return whether object was opened for reading." },
    { "writable", iobase_false, METHOD_INSTANCE, "Return whether object was opened for writing." },
    { "_checkClosed", iobase_check_closed_method, METHOD_INSTANCE, nullptr },
    { "_checkReadable", iobase_check_readable_method, METHOD_INSTANCE, nullptr },
    { "_checkWritable", iobase_check_writable_method, METHOD_INSTANCE, nullptr },
    { "_checkSeekable", iobase_check_seekable_method, METHOD_INSTANCE, nullptr },
    { "fileno", iobase_fileno, METHOD_INSTANCE, "Return underlying file descriptor if one exists." },
    { "isatty", iobase_isatty, METHOD_INSTANCE, "Return whether this is an 'interactive' stream." },
    { "__enter__", iobase_enter, METHOD_INSTANCE, nullptr },
    { "__exit__", iobase_exit, METHOD_INSTANCE, nullptr },
    { "__del__", iobase_del, METHOD_INSTANCE, nullptr },
    { "readline", iobase_readline, METHOD_INSTANCE, "Read and return a line from the stream." },
    { "readlines", iobase_readlines, METHOD_INSTANCE, "Return a list of lines from the stream." },
    { "writelines", iobase_writelines, METHOD_INSTANCE, "Write a list of lines to stream." },
    {},
};

const GetSetDef s_iobase_getsets[] = {
    { "closed", iobase_get_closed, nullptr, nullptr },
    { "__dict__", iobase_get_dict, nullptr, nullptr },
    {},
};

// _RawIOBase.read(size=-1): readinto() a bytearray of that size.
Result<Value> rawiobase_read(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("read", args + 1, nargs - 1, kwnames, { "size" }, 0, out, 1));
    int64_t size = TRY(io_size_arg(out[0]));
    if (size < 0)
        return call_method(args[0], io_name("readall"), {});
    Value size_value = int_from_int64(size);
    Value buffer = TRY(call(Val(&g_bytearray_type), { size_value }));
    Value n = TRY(call_method(args[0], io_name("readinto"), { buffer }));
    if (is_none(n))
        return n;
    int64_t count = TRY(index_as_ssize(n));
    std::string_view data;
    bytes_like_view(buffer, data);
    if (count < 0 || size_t(count) > data.size())
        return raise(&g_exc_ValueError, "readinto returned {} outside buffer size {}", count, int64_t(data.size()));
    return Value(bytes_from(data.substr(0, size_t(count))));
}

Result<Value> rawiobase_readall(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("readall", nargs - 1, kwnames, 0, 0));
    std::string result;
    Value chunk_size = int_from_int64(IO_DEFAULT_BUFFER_SIZE);
    while (true) {
        Value data = TRY(call_method(args[0], io_name("read"), { chunk_size }));
        if (is_none(data)) {
            if (result.empty())
                return data;
            break;
        }
        std::string_view view;
        if (!bytes_like_view(data, view))
            return raise(&g_exc_TypeError, "read() should return bytes");
        if (view.empty())
            break;
        result.append(view);
    }
    return Value(bytes_from(result));
}

Result<Value> not_implemented_method(const Val*, size_t, TupleObject*) { return raise(&g_exc_NotImplementedError, ""); }

const MethodDef s_rawiobase_methods[] = {
    { "read", rawiobase_read, METHOD_INSTANCE, nullptr },
    { "readall", rawiobase_readall, METHOD_INSTANCE, "Read until EOF, using multiple read() call." },
    { "readinto", not_implemented_method, METHOD_INSTANCE, nullptr },
    { "write", not_implemented_method, METHOD_INSTANCE, nullptr },
    {},
};

Result<Value> bufferediobase_read(const Val*, size_t, TupleObject*) { return raise_unsupported("read"); }
Result<Value> bufferediobase_read1(const Val*, size_t, TupleObject*) { return raise_unsupported("read1"); }
Result<Value> bufferediobase_write(const Val*, size_t, TupleObject*) { return raise_unsupported("write"); }
Result<Value> bufferediobase_detach(const Val*, size_t, TupleObject*) { return raise_unsupported("detach"); }

// readinto(b) on top of read(len(b)) (or read1).
Result<Value> readinto_generic(const Val* args, size_t nargs, TupleObject* kwnames, const char* reader)
{
    TRY(check_positional("readinto", nargs - 1, kwnames, 1, 1));
    Val target = args[1];
    Buffer buffer;
    TRY(get_writable_buffer(target, buffer, "readinto() argument"));
    Value size = int_from_int64(buffer.info.length);
    Value data = TRY(call_method(args[0], io_name(reader), { size }));
    std::string_view view;
    if (!bytes_like_view(data, view))
        return raise(&g_exc_TypeError, "read() should return bytes");
    if (int64_t(view.size()) > buffer.info.length)
        return raise(&g_exc_ValueError, "read() returned too much data: {} bytes requested, {} returned", buffer.info.length, int64_t(view.size()));
    std::copy(view.begin(), view.end(), buffer.info.data);
    return int_from_int64(int64_t(view.size()));
}

Result<Value> bufferediobase_readinto(const Val* args, size_t nargs, TupleObject* kwnames) { return readinto_generic(args, nargs, kwnames, "read"); }
Result<Value> bufferediobase_readinto1(const Val* args, size_t nargs, TupleObject* kwnames) { return readinto_generic(args, nargs, kwnames, "read1"); }

const MethodDef s_bufferediobase_methods[] = {
    { "detach", bufferediobase_detach, METHOD_INSTANCE, "Disconnect this buffer from its underlying raw stream and return it." },
    { "read", bufferediobase_read, METHOD_INSTANCE, "Read and return up to n bytes." },
    { "read1", bufferediobase_read1, METHOD_INSTANCE, "Read and return up to size bytes, with at most one read() call to the underlying raw stream." },
    { "readinto", bufferediobase_readinto, METHOD_INSTANCE, nullptr },
    { "readinto1", bufferediobase_readinto1, METHOD_INSTANCE, nullptr },
    { "write", bufferediobase_write, METHOD_INSTANCE, "Write buffer b to the IO stream." },
    {},
};

Result<Value> textiobase_detach(const Val*, size_t, TupleObject*) { return raise_unsupported("detach"); }
Result<Value> textiobase_read(const Val*, size_t, TupleObject*) { return raise_unsupported("read"); }
Result<Value> textiobase_readline(const Val*, size_t, TupleObject*) { return raise_unsupported("readline"); }
Result<Value> textiobase_write(const Val*, size_t, TupleObject*) { return raise_unsupported("write"); }
Result<Value> textiobase_none(Val) { return none_value(); }

const MethodDef s_textiobase_methods[] = {
    { "detach", textiobase_detach, METHOD_INSTANCE, "Separate the underlying buffer from the TextIOBase and return it." },
    { "read", textiobase_read, METHOD_INSTANCE, "Read at most size characters from stream." },
    { "readline", textiobase_readline, METHOD_INSTANCE, "Read until newline or EOF." },
    { "write", textiobase_write, METHOD_INSTANCE, "Write string s to stream." },
    {},
};

const GetSetDef s_textiobase_getsets[] = {
    { "encoding", textiobase_none, nullptr, "Encoding of the text stream." },
    { "newlines", textiobase_none, nullptr, "Line endings translated so far." },
    { "errors", textiobase_none, nullptr, "The error setting of the decoder or encoder." },
    {},
};

}  // namespace

// readline() for a stream with only read(): one byte (or character) at a time, as CPython's _IOBase does
// when there is no peek().
Result<Value> iobase_readline_generic(Val self, int64_t limit)
{
    Value peek = TRY(get_attr_maybe(self, io_name("peek")));
    std::string result;
    Value one = Value::small_int(1);
    while (limit < 0 || int64_t(result.size()) < limit) {
        int64_t want = 1;
        if (peek) {
            Value ahead = TRY(call(peek, { one }));
            std::string_view view;
            if (!bytes_like_view(ahead, view))
                return raise(&g_exc_OSError, "peek() should have returned a bytes object, not '{}'", ahead.type()->type_name());
            if (!view.empty()) {
                size_t end = view.find('\n');
                want = end == std::string_view::npos ? int64_t(view.size()) : int64_t(end + 1);
                if (limit >= 0)
                    want = std::min(want, limit - int64_t(result.size()));
            }
        }
        Value chunk_size = int_from_int64(want);
        Value data = TRY(call_method(self, io_name("read"), { chunk_size }));
        if (is_none(data))
            break;
        std::string_view view;
        if (!bytes_like_view(data, view))
            return raise(&g_exc_OSError, "read() should have returned a bytes object, not '{}'", data.type()->type_name());
        if (view.empty())
            break;
        result.append(view);
        if (result.back() == '\n')
            break;
    }
    return Value(bytes_from(result));
}

void init_io_base_types()
{
    type_init_static(g_iobase_type, "_io._IOBase", sizeof(IOObject), &g_object_type, TYPE_BASETYPE | TYPE_GC | TYPE_WEAKREFABLE);
    g_iobase_type.dict_offset = offsetof(IOObject, dict);
    g_iobase_type.new_instance = iobase_new;
    g_iobase_type.destroy = iobase_destroy;
    g_iobase_type.traverse = iobase_traverse;
    g_iobase_type.clear = iobase_clear;
    g_iobase_type.iter = iobase_iter;
    g_iobase_type.iternext = iobase_iternext;
    g_iobase_type.methods = s_iobase_methods;
    g_iobase_type.getsets = s_iobase_getsets;
    g_iobase_type.doc = "The abstract base class for all I/O classes.";

    type_init_static(g_rawiobase_type, "_io._RawIOBase", sizeof(IOObject), &g_iobase_type, TYPE_BASETYPE | TYPE_GC);
    g_rawiobase_type.methods = s_rawiobase_methods;
    g_rawiobase_type.doc = "Base class for raw binary I/O.";
    type_init_static(g_bufferediobase_type, "_io._BufferedIOBase", sizeof(IOObject), &g_iobase_type, TYPE_BASETYPE | TYPE_GC);
    g_bufferediobase_type.methods = s_bufferediobase_methods;
    g_bufferediobase_type.doc = "Base class for buffered IO objects.";
    type_init_static(g_textiobase_type, "_io._TextIOBase", sizeof(IOObject), &g_iobase_type, TYPE_BASETYPE | TYPE_GC);
    g_textiobase_type.methods = s_textiobase_methods;
    g_textiobase_type.getsets = s_textiobase_getsets;
    g_textiobase_type.doc = "Base class for text I/O.";
    // The cycle collector's clear slot is not inherited: every class holding only a dict shares this one.
    for (TypeObject* type : { &g_iobase_type, &g_rawiobase_type, &g_bufferediobase_type, &g_textiobase_type }) {
        type->clear = iobase_clear;
        type_ready(*type);
    }
}

}  // namespace ginger
