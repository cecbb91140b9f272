// The _io module: open(), open_code(), text_encoding(), the classes (defined in io_*.cpp) and the standard
// streams sys.stdin/stdout/stderr, which are TextIOWrappers over buffered FileIOs as in CPython.
#include "modules/io_fast.h"
#include "modules/io_internal.h"
#include "import/import.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "vm/warnings.h"

#include <cstdio>
#include <unistd.h>

namespace ginger {

namespace {

Result<void> check_str_or_none(Val v, const char* what)
{
    if (v && !is_none(v) && !is_str(v))
        return raise(&g_exc_TypeError, "open() argument '{}' must be str or None, not {}", what, v.type()->type_name());
    return {};
}

// Closes a partly built stream when open() fails after creating it.
void close_quietly(Val stream)
{
    Value error = fetch_error();
    auto closed = call_method(stream, io_name("close"), {});
    if (closed.is_error())
        clear_error();
    restore_error(std::move(error));
}

}  // namespace

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
Result<Value> io_open(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs == 0 && !kwnames)
        return raise(&g_exc_TypeError, "open() missing required argument 'file' (pos 1)");
    Val out[8];
    TRY(bind_args("open", args, nargs, kwnames, { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" }, 1, out));
    Val file = out[0];
    Value path;  // os.fspath(file) for a path-like object: the stream's name is the path
    if (!is_int(file) && !is_str(file) && !is_bytes(file)) {
        path = TRY(call_special(file, str_intern("__fspath__"), {}));
        if (!path)
            return raise(&g_exc_TypeError, "expected str, bytes or os.PathLike object, not {}", file.type()->type_name());
        if (!is_str(path) && !is_bytes(path))
            return raise(&g_exc_TypeError, "expected {}.__fspath__() to return str or bytes, not {}", file.type()->type_name(), path.type()->type_name());
        file = path;
    }
    std::string_view mode = "r";
    if (out[1]) {
        if (!is_str(out[1]))
            return raise(&g_exc_TypeError, "open() argument 'mode' must be str, not {}", out[1].type()->type_name());
        mode = out[1].as<StrObject>()->view();
    }
    int64_t buffering = -1;
    if (out[2]) {
        if (is_float(out[2]))
            return raise(&g_exc_TypeError, "'float' object cannot be interpreted as an integer");
        buffering = TRY(index_as_ssize(out[2]));
    }
    TRY(check_str_or_none(out[3], "encoding"));
    TRY(check_str_or_none(out[4], "errors"));
    TRY(check_str_or_none(out[5], "newline"));
    Val encoding = out[3] && !is_none(out[3]) ? out[3] : Val();
    Val errors = out[4] && !is_none(out[4]) ? out[4] : Val();
    Val newline = out[5] && !is_none(out[5]) ? out[5] : Val();
    bool closefd = out[6] ? TRY(is_truthy(out[6])) : true;
    Val opener = out[7] && !is_none(out[7]) ? out[7] : Val();

    bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
    std::string seen;
    for (char c : mode) {
        if (seen.find(c) != std::string::npos || std::string_view("xrwa+tb").find(c) == std::string_view::npos)
            return raise(&g_exc_ValueError, "invalid mode: '{}'", std::string(mode));
        seen.push_back(c);
        switch (c) {
        case 'x': creating = true; break;
        case 'r': reading = true; break;
        case 'w': writing = true; break;
        case 'a': appending = true; break;
        case '+': updating = true; break;
        case 't': text = true; break;
        case 'b': binary = true; break;
        }
    }
    if (text && binary)
        return raise(&g_exc_ValueError, "can't have text and binary mode at once");
    if (int(creating) + int(reading) + int(writing) + int(appending) > 1)
        return raise(&g_exc_ValueError, "must have exactly one of create/read/write/append mode");
    if (!(creating || reading || writing || appending))
        return raise(&g_exc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    if (binary && encoding)
        return raise(&g_exc_ValueError, "binary mode doesn't take an encoding argument");
    if (binary && errors)
        return raise(&g_exc_ValueError, "binary mode doesn't take an errors argument");
    if (binary && newline)
        return raise(&g_exc_ValueError, "binary mode doesn't take a newline argument");
    if (newline) {
        std::string_view nl = newline.as<StrObject>()->view();
        if (!(nl.empty() || nl == "\n" || nl == "\r" || nl == "\r\n"))
            return raise(&g_exc_ValueError, "illegal newline value: {}", std::string(nl));
    }
    if (binary && buffering == 1)
        TRY(warn(&g_exc_RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used"));

    std::string raw_mode;
    if (creating)
        raw_mode += 'x';
    if (reading)
        raw_mode += 'r';
    if (writing)
        raw_mode += 'w';
    if (appending)
        raw_mode += 'a';
    if (updating)
        raw_mode += '+';
    Value raw = TRY(fileio_create(file, raw_mode, closefd, opener));
    auto* fileio = static_cast<FileIOObject*>(raw.object());

    bool line_buffering = false;
    if (buffering == 1 || (buffering < 0 && isatty(fileio->fd))) {
        buffering = -1;
        line_buffering = true;
    }
    if (buffering < 0)
        buffering = fileio->blksize > 1 ? fileio->blksize : IO_DEFAULT_BUFFER_SIZE;
    if (buffering == 0) {
        if (binary)
            return raw;
        auto closed = call_method(raw, io_name("close"), {});
        if (closed.is_error())
            clear_error();
        return raise(&g_exc_ValueError, "can't have unbuffered text I/O");
    }
    TypeObject* buffer_type = updating ? &g_buffered_random_type : (creating || writing || appending) ? &g_buffered_writer_type : &g_buffered_reader_type;
    auto buffer = buffered_create(buffer_type, raw, buffering);
    if (buffer.is_error()) {
        close_quietly(raw);
        return Error {};
    }
    if (binary)
        return buffer.release_value();
    Value buffer_value = buffer.release_value();
    auto wrapper = textio_create(buffer_value, encoding, errors, newline, line_buffering, false);
    if (wrapper.is_error()) {
        close_quietly(buffer_value);
        return Error {};
    }
    Value result = wrapper.release_value();
    TRY(set_attr(result, io_name("mode"), out[1] ? out[1] : Val(str_intern("r"))));
    return result;
}

namespace {

// open_code(path): open a file of code for reading, in binary mode.
Result<Value> io_open_code(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("open_code", args, nargs, kwnames, { "path" }, 1, out));
    if (!is_str(out[0]))
        return raise(&g_exc_TypeError, "open_code() argument 'path' must be str, not {}", out[0].type()->type_name());
    Val open_args[2] = { out[0], Val(str_intern("rb")) };
    return io_open(open_args, 2, nullptr);
}

// text_encoding(encoding, stacklevel=2): "locale" for None (UTF-8 mode is off), else the argument.
Result<Value> io_text_encoding(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("text_encoding", args, nargs, kwnames, { "encoding", "stacklevel" }, 1, out));
    if (is_none(out[0]))
        return Value(str_intern("locale"));
    return Value::borrow(out[0]);
}

const MethodDef s_io_functions[] = {
    { "open", io_open, METHOD_STATIC, "Open file and return a stream.  Raise OSError upon failure." },
    { "open_code", io_open_code, METHOD_STATIC, "Opens the provided file with the intent to import the contents." },
    { "text_encoding", io_text_encoding, METHOD_STATIC, "A helper function to choose the text encoding." },
    {},
};

TextIOObject* s_stdout = nullptr;  // the streams made at startup (kept alive by the runtime)
TextIOObject* s_stderr = nullptr;

// A standard stream, or None when its descriptor is not open (as CPython does for `prog <&-`).
Value make_std_stream(int fd, const char* name, bool write, const char* errors, bool line_buffering)
{
    bool unbuffered = write && g_io_unbuffered;
    auto opened = fileio_create(Val::small_int(fd), write ? "wb" : "rb", false, Val());
    if (opened.is_error()) {
        clear_error();
        return none_value();
    }
    Value raw = opened.release_value();
    MUST(set_attr(raw, io_name("name"), Val(str_intern(name))));
    auto* fileio = static_cast<FileIOObject*>(raw.object());
    int64_t size = fileio->blksize > 1 ? fileio->blksize : IO_DEFAULT_BUFFER_SIZE;
    Value buffer = unbuffered ? raw : MUST(buffered_create(write ? &g_buffered_writer_type : &g_buffered_reader_type, raw, size));
    Value stream = MUST(textio_create(buffer, Val(str_intern("utf-8")), Val(str_intern(errors)), Val(), line_buffering && !unbuffered, unbuffered));
    MUST(set_attr(stream, io_name("mode"), Val(str_intern(write ? "w" : "r"))));
    return stream;
}

}  // namespace

bool g_io_unbuffered = false;

Result<Value> builtin_open(const Val* args, size_t nargs, TupleObject* kwnames) { return io_open(args, nargs, kwnames); }

Ref<ModuleObject> io_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_io"));
    module_add_functions(module.get(), s_io_functions);
    // builtins.open is the same object as _io.open.
    if (Val builtins = import_lookup_module(str_intern("builtins"))) {
        if (Val open = dict_get_str(builtins.as<ModuleObject>()->dict.get(), str_intern("open")))
            module_set(module.get(), "open", open);
    }
    struct Entry {
        const char* name;
        TypeObject* type;
    };
    for (Entry entry : { Entry { "_IOBase", &g_iobase_type }, Entry { "_RawIOBase", &g_rawiobase_type },
                         Entry { "_BufferedIOBase", &g_bufferediobase_type }, Entry { "_TextIOBase", &g_textiobase_type },
                         Entry { "FileIO", &g_fileio_type }, Entry { "BytesIO", &g_bytesio_type }, Entry { "StringIO", &g_stringio_type },
                         Entry { "BufferedReader", &g_buffered_reader_type }, Entry { "BufferedWriter", &g_buffered_writer_type },
                         Entry { "BufferedRandom", &g_buffered_random_type }, Entry { "BufferedRWPair", &g_buffered_rwpair_type },
                         Entry { "TextIOWrapper", &g_textiowrapper_type }, Entry { "IncrementalNewlineDecoder", &g_newline_decoder_type } })
        module_set(module.get(), entry.name, Val(entry.type));
    module_set(module.get(), "DEFAULT_BUFFER_SIZE", Val::small_int(IO_DEFAULT_BUFFER_SIZE));
    module_set(module.get(), "UnsupportedOperation", Val(io_unsupported_type()));
    module_set(module.get(), "BlockingIOError", Val(&g_exc_BlockingIOError));
    return module;
}

void io_set_std_streams(ModuleObject* sys)
{
    Value out = make_std_stream(1, "<stdout>", true, "surrogateescape", isatty(1));
    Value err = make_std_stream(2, "<stderr>", true, "backslashreplace", true);
    Value in = make_std_stream(0, "<stdin>", false, "surrogateescape", isatty(0));
    s_stdout = is_none(out) ? nullptr : static_cast<TextIOObject*>(out.object());
    s_stderr = is_none(err) ? nullptr : static_cast<TextIOObject*>(err.object());
    if (s_stdout)
        incref(s_stdout);
    if (s_stderr)
        incref(s_stderr);
    module_set(sys, "stdout", out);
    module_set(sys, "__stdout__", out);
    module_set(sys, "stderr", err);
    module_set(sys, "__stderr__", err);
    module_set(sys, "stdin", in);
    module_set(sys, "__stdin__", in);
}

void io_flush_std_streams()
{
    for (TextIOObject* stream : { s_stdout, s_stderr }) {
        if (!stream || !stream->ok || stream->buffer.type() != &g_buffered_writer_type)
            continue;
        auto* buffer = static_cast<BufferedObject*>(stream->buffer.object());
        if (!buffer->ok || buffer->wbuf.empty())
            continue;
        if (buffer->raw_is_fileio && static_cast<FileIOObject*>(buffer->raw.object())->fd < 0)
            continue;
        auto result = buffered_flush_native(buffer);
        if (result.is_error())
            clear_error();
    }
    fflush(stdout);
    fflush(stderr);
}

bool io_finalize()
{
    // As CPython's flush_std_files: a failure to flush sys.stdout is reported, and the exit status becomes 120.
    bool flushed = true;
    if (s_stdout && s_stdout->ok && s_stdout->buffer.type() == &g_buffered_writer_type) {
        auto* buffer = static_cast<BufferedObject*>(s_stdout->buffer.object());
        if (buffer->ok && !buffer->wbuf.empty() && buffered_flush_native(buffer).is_error()) {
            write_unraisable("in", Val(s_stdout));
            flushed = false;
        }
    }
    io_flush_std_streams();
    io_flush_all_buffers();
    return flushed;
}

Result<void> io_write_stdout(std::string_view text)
{
    if (!s_stdout || !s_stdout->ok) {
        fwrite(text.data(), 1, text.size(), stdout);
        return {};
    }
    if (s_stdout->buffer.type() != &g_buffered_writer_type) {
        TRY(call_method(Val(s_stdout), NAME_OF(write), { Val(str_from_utf8(text).get()) }));
        return {};
    }
    auto* buffer = static_cast<BufferedObject*>(s_stdout->buffer.object());
    if (!buffer->ok) {
        fwrite(text.data(), 1, text.size(), stdout);
        return {};
    }
    TRY(buffered_write_bytes(buffer, text));
    if (s_stdout->line_buffering && text.find('\n') != std::string_view::npos)
        TRY(buffered_flush_native(buffer));
    return {};
}

void init_io_types()
{
    init_io_base_types();
    init_fileio_type();
    init_bytesio_type();
    init_stringio_type();
    init_buffered_types();
    init_textio_types();
}

}  // namespace ginger
