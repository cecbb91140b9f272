// open() and the file objects it returns: text files (str, universal newlines, UTF-8) and binary
// files (bytes), over C stdio. A first cut of _io: FileIO/Buffered*/TextIOWrapper layering is not
// there yet; the objects answer to the common methods and the context-manager protocol.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"

#include <cerrno>
#include <cstdio>
#include <new>
#include <string>

namespace ginger {

TypeObject g_text_file_type, g_binary_file_type;

struct FileObject : Object {
    FILE* file;          // null once closed
    Value name;
    Value mode;
    bool binary;
    bool readable;
    bool writable;
};

static void file_destroy(Object* object)
{
    auto* f = static_cast<FileObject*>(object);
    if (f->file)
        fclose(f->file);
    f->~FileObject();
}

static Result<FileObject*> open_file(Val self)
{
    auto* f = self.as<FileObject>();
    if (!f->file)
        return raise(&g_exc_ValueError, "I/O operation on closed file.");
    return f;
}

// Text read as UTF-8 with universal newlines (\r\n and \r become \n), as open()'s defaults do.
static Ref<StrObject> decode_text(std::string& data)
{
    std::string out;
    out.reserve(data.size());
    for (size_t i = 0; i < data.size(); ++i) {
        if (data[i] == '\r') {
            out.push_back('\n');
            if (i + 1 < data.size() && data[i + 1] == '\n')
                ++i;
        } else {
            out.push_back(data[i]);
        }
    }
    return str_from_utf8(out);
}

static Result<Value> wrap_read(FileObject* f, std::string& data)
{
    if (f->binary)
        return Value(bytes_from(data));
    return Value(decode_text(data));
}

static Result<Value> file_read(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("read", args + 1, nargs - 1, kwnames, { "size" }, 0, out));
    FileObject* f = TRY(open_file(args[0]));
    if (!f->readable)
        return raise(&g_exc_OSError, "not readable");
    int64_t size = -1;
    if (out[0] && !is_none(out[0]))
        size = TRY(index_as_ssize(out[0]));
    std::string data;
    char buffer[65536];
    while (size < 0 || int64_t(data.size()) < size) {
        size_t want = size < 0 ? sizeof buffer : std::min(sizeof buffer, size_t(size) - data.size());
        size_t n = fread(buffer, 1, want, f->file);
        if (n == 0)
            break;
        data.append(buffer, n);
    }
    return wrap_read(f, data);
}

static Result<Value> read_line(FileObject* f)
{
    std::string line;
    int c;
    while ((c = fgetc(f->file)) != EOF) {
        if (!f->binary && c == '\r') {
            int next = fgetc(f->file);
            if (next != '\n' && next != EOF)
                ungetc(next, f->file);
            line.push_back('\n');
            break;
        }
        line.push_back(char(c));
        if (c == '\n')
            break;
    }
    return wrap_read(f, line);
}

static Result<Value> file_readline(const Val* args, size_t nargs, TupleObject* kwnames)
{
    FileObject* f = TRY(open_file(args[0]));
    if (!f->readable)
        return raise(&g_exc_OSError, "not readable");
    return read_line(f);
}

static Result<Value> file_readlines(const Val* args, size_t nargs, TupleObject* kwnames)
{
    FileObject* f = TRY(open_file(args[0]));
    Ref<ListObject> lines = list_new();
    while (true) {
        Value line = TRY(read_line(f));
        if (TRY(object_len(line)) == 0)
            break;
        list_append(lines.get(), std::move(line));
    }
    return Value(std::move(lines));
}

static Result<Value> file_iternext(Val self)
{
    FileObject* f = TRY(open_file(self));
    Value line = TRY(read_line(f));
    if (TRY(object_len(line)) == 0)
        return Value();
    return line;
}

static Result<Value> file_write(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("write", nargs - 1, kwnames, 1, 1));
    FileObject* f = TRY(open_file(args[0]));
    if (!f->writable)
        return raise(&g_exc_OSError, "not writable");
    std::string_view data;
    int64_t count;
    if (f->binary) {
        if (!bytes_like_view(args[1], data))
            return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", args[1].type()->type_name());
        count = int64_t(data.size());
    } else {
        if (!is_str(args[1]))
            return raise(&g_exc_TypeError, "write() argument must be str, not {}", args[1].type()->type_name());
        data = args[1].as<StrObject>()->view();
        count = args[1].as<StrObject>()->length;
    }
    if (fwrite(data.data(), 1, data.size(), f->file) != data.size())
        return raise_os_error(errno);
    return int_from_int64(count);
}

static Result<Value> file_writelines(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("writelines", nargs - 1, kwnames, 1, 1));
    Value iterator = TRY(get_iter(args[1]));
    while (true) {
        Value line = TRY(iter_next(iterator));
        if (!line)
            break;
        Val call_args[2] = { args[0], line };
        TRY(file_write(call_args, 2, nullptr));
    }
    return none_value();
}

static Result<Value> file_close(const Val* args, size_t, TupleObject*)
{
    auto* f = args[0].as<FileObject>();
    if (f->file) {
        int result = fclose(f->file);
        f->file = nullptr;
        if (result != 0)
            return raise_os_error(errno);
    }
    return none_value();
}

static Result<Value> file_flush(const Val* args, size_t, TupleObject*)
{
    FileObject* f = TRY(open_file(args[0]));
    fflush(f->file);
    return none_value();
}

static Result<Value> file_fileno(const Val* args, size_t, TupleObject*)
{
    FileObject* f = TRY(open_file(args[0]));
    return int_from_int64(fileno(f->file));
}

static Result<Value> file_tell(const Val* args, size_t, TupleObject*)
{
    FileObject* f = TRY(open_file(args[0]));
    return int_from_int64(int64_t(ftell(f->file)));
}

static Result<Value> file_seek(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("seek", nargs - 1, kwnames, 1, 2));
    FileObject* f = TRY(open_file(args[0]));
    int64_t offset = TRY(index_as_ssize(args[1]));
    int64_t whence = nargs > 2 ? TRY(index_as_ssize(args[2])) : 0;
    if (fseek(f->file, long(offset), int(whence)) != 0)
        return raise_os_error(errno);
    return int_from_int64(int64_t(ftell(f->file)));
}

static Result<Value> file_enter(const Val* args, size_t, TupleObject*)
{
    TRY(open_file(args[0]));
    return Value::borrow(args[0]);
}

static Result<Value> file_exit(const Val* args, size_t, TupleObject*)
{
    TRY(file_close(args, 1, nullptr));
    return none_value();
}

static Result<Value> file_readable(const Val* args, size_t, TupleObject*) { return bool_value(TRY(open_file(args[0]))->readable); }
static Result<Value> file_writable(const Val* args, size_t, TupleObject*) { return bool_value(TRY(open_file(args[0]))->writable); }
static Result<Value> file_iter(Val self)
{
    TRY(open_file(self));
    return Value::borrow(self);
}
static Result<Value> file_get_closed(Val self) { return bool_value(self.as<FileObject>()->file == nullptr); }
static Result<Value> file_get_name(Val self) { return Value(self.as<FileObject>()->name); }
static Result<Value> file_get_mode(Val self) { return Value(self.as<FileObject>()->mode); }
static Result<Value> file_get_encoding(Val) { return Value(str_intern("UTF-8")); }

static Result<Value> file_repr(Val self)
{
    auto* f = self.as<FileObject>();
    std::string text = f->binary ? "<_io.BufferedReader" : "<_io.TextIOWrapper";
    if (f->binary && f->writable)
        text = "<_io.BufferedWriter";
    text += " name=" + TRY(repr_utf8(f->name));
    if (!f->binary)
        text += " mode=" + TRY(repr_utf8(f->mode)) + " encoding='UTF-8'";
    return Value(str_from_utf8(text + ">"));
}

static const MethodDef s_file_methods[] = {
    { "read", file_read, METHOD_INSTANCE, nullptr },
    { "readline", file_readline, METHOD_INSTANCE, nullptr },
    { "readlines", file_readlines, METHOD_INSTANCE, nullptr },
    { "write", file_write, METHOD_INSTANCE, nullptr },
    { "writelines", file_writelines, METHOD_INSTANCE, nullptr },
    { "close", file_close, METHOD_INSTANCE, nullptr },
    { "flush", file_flush, METHOD_INSTANCE, nullptr },
    { "fileno", file_fileno, METHOD_INSTANCE, nullptr },
    { "tell", file_tell, METHOD_INSTANCE, nullptr },
    { "seek", file_seek, METHOD_INSTANCE, nullptr },
    { "readable", file_readable, METHOD_INSTANCE, nullptr },
    { "writable", file_writable, METHOD_INSTANCE, nullptr },
    { "__enter__", file_enter, METHOD_INSTANCE, nullptr },
    { "__exit__", file_exit, METHOD_INSTANCE, nullptr },
    {},
};
static const GetSetDef s_file_getsets[] = {
    { "closed", file_get_closed, nullptr, nullptr },
    { "name", file_get_name, nullptr, nullptr },
    { "mode", file_get_mode, nullptr, nullptr },
    {},
};
static const GetSetDef s_text_file_getsets[] = {
    { "closed", file_get_closed, nullptr, nullptr },
    { "name", file_get_name, nullptr, nullptr },
    { "mode", file_get_mode, nullptr, nullptr },
    { "encoding", file_get_encoding, nullptr, nullptr },
    {},
};

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)
Result<Value> builtin_open(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[7];
    TRY(bind_args("open", args, nargs, kwnames, { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd" }, 1, out));
    if (!is_str(out[0]))
        return raise(&g_exc_NotImplementedError, "open() of a file descriptor or a bytes path is not implemented yet");
    std::string mode = "r";
    if (out[1]) {
        if (!is_str(out[1]))
            return raise(&g_exc_TypeError, "open() argument 'mode' must be str, not {}", out[1].type()->type_name());
        mode = std::string(out[1].as<StrObject>()->view());
    }
    int kinds = 0;
    bool binary = false, text = false, plus = false;
    char kind = 0;
    for (char c : mode) {
        switch (c) {
        case 'r':
        case 'w':
        case 'a':
        case 'x':
            ++kinds;
            kind = c;
            break;
        case 'b': binary = true; break;
        case 't': text = true; break;
        case '+': plus = true; break;
        default: return raise(&g_exc_ValueError, "invalid mode: '{}'", mode);
        }
    }
    if (kinds != 1 || (binary && text))
        return raise(&g_exc_ValueError, kinds != 1 ? "must have exactly one of create/read/write/append mode" : "can't have text and binary mode at once");
    if (binary && out[3] && !is_none(out[3]))
        return raise(&g_exc_ValueError, "binary mode doesn't take an encoding argument");
    if (out[3] && !is_none(out[3])) {
        std::string encoding(TRY(str_utf8(out[3])));
        for (char& c : encoding)
            c = char(tolower(static_cast<unsigned char>(c)));
        if (encoding != "utf-8" && encoding != "utf8" && encoding != "ascii")
            return raise(&g_exc_NotImplementedError, "open() with encoding '{}' is not implemented yet", encoding);
    }
    std::string path(out[0].as<StrObject>()->view());
    std::string cmode;
    if (kind == 'x') {
        cmode = plus ? "wx+" : "wx";
    } else {
        cmode = std::string(1, kind) + (plus ? "+" : "");
    }
    cmode += "b";
    FILE* file = fopen(path.c_str(), cmode.c_str());
    if (!file)
        return raise_os_error(errno, out[0]);
    auto* f = static_cast<FileObject*>(alloc_object(binary ? &g_binary_file_type : &g_text_file_type));
    f->file = file;
    new (&f->name) Value(Value::borrow(out[0]));
    new (&f->mode) Value(Value(str_from_utf8(mode)));
    f->binary = binary;
    f->readable = kind == 'r' || plus;
    f->writable = kind != 'r' || plus;
    return Value::adopt(Val(f));
}

void init_io_types()
{
    for (TypeObject* type : { &g_text_file_type, &g_binary_file_type }) {
        type_init_static(*type, type == &g_text_file_type ? "_io.TextIOWrapper" : "_io.BufferedReader", sizeof(FileObject), &g_object_type, 0);
        type->destroy = file_destroy;
        type->repr = file_repr;
        type->iter = file_iter;
        type->iternext = file_iternext;
        type->methods = s_file_methods;
        type->getsets = type == &g_text_file_type ? s_text_file_getsets : s_file_getsets;
    }
}

}  // namespace ginger
