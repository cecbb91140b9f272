// _io.StringIO: a text stream over an in-memory buffer of code points. Newlines are handled as CPython's
// StringIO does: with newline=None, "\r\n" and "\r" become "\n" when written; with newline="" lines end at
// any of them; "\r" and "\r\n" replace "\n" on writing.
#include "modules/io_internal.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <new>

namespace ginger {

TypeObject g_stringio_type;

namespace {

StringIOObject* as_stringio(Val v) { return static_cast<StringIOObject*>(v.object()); }

Result<StringIOObject*> open_stringio(Val self)
{
    StringIOObject* s = as_stringio(self);
    if (!s->ok)
        return raise(&g_exc_ValueError, "I/O operation on uninitialized object");
    if (s->closed)
        return raise_closed_raw();
    return s;
}

void stringio_destroy(Object* object)
{
    auto* s = static_cast<StringIOObject*>(object);
    s->buffer.~basic_string();
    s->readnl.~basic_string();
    s->writenl.~basic_string();
    s->dict.~Ref<DictObject>();
}

Result<Value> stringio_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* s = static_cast<StringIOObject*>(alloc_object(type));
    if (!s)
        return raise_memory_error();
    new (&s->buffer) std::u32string();
    new (&s->readnl) std::u32string();
    new (&s->writenl) std::u32string();
    return Value::adopt(Val(s));
}

std::u32string code_points(StrObject* s)
{
    std::u32string out;
    out.resize(size_t(s->length));
    if (s->kind == 1) {
        for (int64_t i = 0; i < s->length; ++i)
            out[size_t(i)] = s->data[i];
    } else {
        for (int64_t i = 0; i < s->length; ++i)
            out[size_t(i)] = s->at(i);
    }
    return out;
}

Value make_str(const char32_t* data, size_t length)
{
    return Value(str_from_codepoints(reinterpret_cast<const uint32_t*>(data), length));
}

// Writes a str at the position; returns the length of the original str.
Result<int64_t> write_text(StringIOObject* s, StrObject* text)
{
    int64_t original_length = text->length;
    if (original_length == 0)
        return int64_t(0);
    if (s->pos > memory_limit() / int64_t(sizeof(char32_t)) - original_length)
        return raise_memory_error();
    // The common case: appending without newline handling, straight from the str's storage.
    if (!s->readuniversal && s->writenl.empty() && size_t(s->pos) == s->buffer.size()) {
        size_t old_size = s->buffer.size();
        s->buffer.resize(old_size + size_t(original_length));
        char32_t* out = s->buffer.data() + old_size;
        if (text->kind == 1) {
            for (int64_t i = 0; i < original_length; ++i)
                out[i] = text->data[i];
        } else {
            for (int64_t i = 0; i < original_length; ++i)
                out[i] = text->at(i);
        }
        s->pos += original_length;
        return original_length;
    }
    std::u32string data = code_points(text);
    if (s->readuniversal) {
        // The newline decoder with final=True: count the kinds seen, translate if asked.
        std::u32string out;
        if (s->readtranslate)
            out.reserve(data.size());
        for (size_t i = 0; i < data.size(); ++i) {
            char32_t c = data[i];
            if (c == U'\r') {
                if (i + 1 < data.size() && data[i + 1] == U'\n') {
                    s->seennl |= SEEN_CRLF;
                    if (s->readtranslate)
                        out.push_back(U'\n');
                    ++i;
                    continue;
                } else {
                    s->seennl |= SEEN_CR;
                    if (s->readtranslate) {
                        out.push_back(U'\n');
                        continue;
                    }
                }
            } else if (c == U'\n') {
                s->seennl |= SEEN_LF;
            }
            if (s->readtranslate)
                out.push_back(c);
        }
        if (s->readtranslate)
            data = std::move(out);
    }
    if (!s->writenl.empty()) {
        std::u32string out;
        for (char32_t c : data) {
            if (c == U'\n')
                out += s->writenl;
            else
                out.push_back(c);
        }
        data = std::move(out);
    }
    size_t pos = size_t(s->pos);
    if (s->pos > memory_limit() / int64_t(sizeof(char32_t)) - int64_t(data.size()))
        return raise_memory_error();
    if (pos > s->buffer.size())
        s->buffer.resize(pos, U'\0');
    if (pos == s->buffer.size()) {
        s->buffer += data;
    } else {
        if (pos + data.size() > s->buffer.size())
            s->buffer.resize(pos + data.size());
        std::copy(data.begin(), data.end(), s->buffer.begin() + ptrdiff_t(pos));
    }
    s->pos = int64_t(pos + data.size());
    return original_length;
}

// StringIO(initial_value='', newline='\n')
Result<void> stringio_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("StringIO", args, nargs, kwnames, { "initial_value", "newline" }, 0, out));
    StringIOObject* s = as_stringio(self);
    Val newline = out[1] ? out[1] : Val(str_intern("\n"));
    std::string_view nl;
    if (!is_none(newline)) {
        if (!is_str(newline))
            return raise(&g_exc_TypeError, "newline must be str or None, not {}", newline.type()->type_name());
        nl = newline.as<StrObject>()->view();
        if (!(nl.empty() || nl == "\n" || nl == "\r" || nl == "\r\n"))
            return raise(&g_exc_ValueError, "illegal newline value: {!r}", newline);
    }
    Val initial = out[0];
    if (initial && !is_none(initial) && !is_str(initial))
        return raise(&g_exc_TypeError, "initial_value must be str or None, not {}", initial.type()->type_name());
    s->ok = false;
    s->closed = false;
    s->buffer.clear();
    s->pos = 0;
    s->seennl = 0;
    s->pendingcr = false;
    s->readuniversal = is_none(newline) || nl.empty();
    s->readtranslate = is_none(newline);
    s->readnl.clear();
    s->writenl.clear();
    if (!is_none(newline)) {
        for (char c : nl)
            s->readnl.push_back(char32_t(c));
        if (!nl.empty() && nl[0] == '\r')
            s->writenl = s->readnl;
    }
    s->ok = true;
    if (initial && !is_none(initial)) {
        TRY(write_text(s, initial.as<StrObject>()));
        s->pos = 0;
    }
    return {};
}

// The length of the line starting at pos, newline included, at most `limit` if non-negative.
size_t line_length(StringIOObject* s, int64_t limit)
{
    size_t start = size_t(s->pos);
    size_t end = s->buffer.size();
    if (start >= end)
        return 0;
    if (limit >= 0 && start + size_t(limit) < end)
        end = start + size_t(limit);
    const char32_t* data = s->buffer.data();
    size_t i = start;
    if (s->readtranslate || (!s->readuniversal && s->readnl == U"\n")) {
        while (i < end && data[i] != U'\n')
            ++i;
        return i < end ? i + 1 - start : end - start;
    }
    if (s->readuniversal) {
        while (i < end && data[i] != U'\n' && data[i] != U'\r')
            ++i;
        if (i == end)
            return end - start;
        if (data[i] == U'\r' && i + 1 < end && data[i + 1] == U'\n')
            return i + 2 - start;
        return i + 1 - start;
    }
    const std::u32string& nl = s->readnl;
    while (i < end) {
        if (data[i] == nl[0] && i + nl.size() <= end && std::u32string_view(data + i, nl.size()) == nl)
            return i + nl.size() - start;
        ++i;
    }
    return end - start;
}

Value take(StringIOObject* s, size_t n)
{
    size_t start = size_t(s->pos);
    s->pos += int64_t(n);
    return make_str(s->buffer.data() + start, n);
}

Result<Value> stringio_read(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("read", nargs - 1, kwnames, 0, 1));
    StringIOObject* s = TRY(open_stringio(args[0]));
    int64_t size = TRY(io_size_arg(nargs > 1 ? args[1] : Val()));
    int64_t available = std::max<int64_t>(0, int64_t(s->buffer.size()) - s->pos);
    if (size < 0 || size > available)
        size = available;
    if (size == 0)
        return Value(str_empty());
    return take(s, size_t(size));
}

Result<Value> stringio_readline(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("readline", nargs - 1, kwnames, 0, 1));
    StringIOObject* s = TRY(open_stringio(args[0]));
    int64_t limit = TRY(io_size_arg(nargs > 1 ? args[1] : Val()));
    size_t n = line_length(s, limit);
    if (n == 0)
        return Value(str_empty());
    return take(s, n);
}

Result<Value> stringio_write(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("write", nargs - 1, kwnames, 1, 1));
    StringIOObject* s = TRY(open_stringio(args[0]));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "string argument expected, got '{}'", args[1].type()->type_name());
    return int_from_int64(TRY(write_text(s, args[1].as<StrObject>())));
}

Result<Value> stringio_seek(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("seek", nargs - 1, kwnames, 1, 2));
    StringIOObject* s = TRY(open_stringio(args[0]));
    int64_t pos = TRY(index_as_ssize(args[1]));
    int64_t whence = nargs > 2 ? TRY(index_as_ssize(args[2])) : 0;
    if (whence != 0 && whence != 1 && whence != 2)
        return raise(&g_exc_ValueError, "Invalid whence ({}, should be 0, 1 or 2)", whence);
    if (pos < 0 && whence == 0)
        return raise(&g_exc_ValueError, "Negative seek position {}", pos);
    // CPython 3.12 compat: the message says "cur-relative" for whence=2 too.
    if (whence != 0 && pos != 0)
        return raise(&g_exc_OSError, "Can't do nonzero cur-relative seeks");
    if (whence == 1)
        pos = s->pos;
    else if (whence == 2)
        pos = int64_t(s->buffer.size());
    s->pos = pos;
    return int_from_int64(pos);
}

Result<Value> stringio_tell(const Val* args, size_t, TupleObject*) { return int_from_int64(TRY(open_stringio(args[0]))->pos); }

Result<Value> stringio_truncate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("truncate", nargs - 1, kwnames, 0, 1));
    StringIOObject* s = TRY(open_stringio(args[0]));
    int64_t size = s->pos;
    if (nargs > 1 && !is_none(args[1])) {
        size = TRY(index_as_ssize(args[1]));
        if (size < 0)
            return raise(&g_exc_ValueError, "Negative size value {}", size);
    }
    if (size < int64_t(s->buffer.size()))
        s->buffer.resize(size_t(size));
    return int_from_int64(size);
}

Result<Value> stringio_getvalue(const Val* args, size_t, TupleObject*)
{
    StringIOObject* s = TRY(open_stringio(args[0]));
    return make_str(s->buffer.data(), s->buffer.size());
}

// __getstate__(): (value, newline argument or None, position, copy of the instance dict or None).
Result<Value> stringio_getstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__getstate__", nargs - 1, kwnames, 0, 0));
    StringIOObject* s = TRY(open_stringio(args[0]));
    Value value = make_str(s->buffer.data(), s->buffer.size());
    Value newline = s->readtranslate ? none_value() : make_str(s->readnl.data(), s->readnl.size());
    Value pos = int_from_int64(s->pos);
    return Value(tuple_of({ value.get(), newline.get(), pos.get(), io_state_dict(s).get() }));
}

// __setstate__(state): __init__ with the first two items, then the buffer (already translated) as it is.
Result<Value> stringio_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(io_check_one_arg("StringIO.__setstate__", nargs, kwnames));
    StringIOObject* s = as_stringio(args[0]);
    if (s->closed)
        return raise_closed_raw();
    Val state = args[1];
    if (!is_tuple(state) || state.as<TupleObject>()->size < 4)
        return raise(&g_exc_TypeError, "{}.__setstate__ argument should be 4-tuple, got {}", args[0].type()->type_name(),
                     state.type()->type_name());
    auto* items = state.as<TupleObject>();
    Val init_args[3] = { args[0], items->item(0), items->item(1) };
    TRY(stringio_init(args[0], init_args + 1, 2, nullptr));
    Val value = items->item(0);
    if (is_str(value))
        s->buffer = code_points(value.as<StrObject>());
    else
        s->buffer.clear();
    Val position = items->item(2);
    if (!is_int(position))
        return raise(&g_exc_TypeError, "third item of state must be an integer, got {}", position.type()->type_name());
    int64_t pos = TRY(index_as_ssize(position));
    if (pos < 0)
        return raise(&g_exc_ValueError, "position value cannot be negative");
    s->pos = pos;
    TRY(io_restore_dict(s, items->item(3), "fourth"));
    return none_value();
}

Result<Value> stringio_close(const Val* args, size_t, TupleObject*)
{
    StringIOObject* s = as_stringio(args[0]);
    s->closed = true;
    s->iobase_closed = true;
    std::u32string().swap(s->buffer);
    return none_value();
}

Result<Value> stringio_true(const Val* args, size_t, TupleObject*)
{
    TRY(open_stringio(args[0]));
    return bool_value(true);
}

Result<Value> stringio_get_closed(Val self)
{
    StringIOObject* s = as_stringio(self);
    if (!s->ok)
        return raise(&g_exc_ValueError, "I/O operation on uninitialized object");
    return bool_value(s->closed);
}
Result<Value> stringio_get_line_buffering(Val self)
{
    TRY(open_stringio(self));
    return bool_value(false);
}
Result<Value> stringio_get_newlines(Val self)
{
    StringIOObject* s = TRY(open_stringio(self));
    if (!s->readuniversal)
        return none_value();
    return newlines_value(s->seennl);
}

Result<Value> stringio_iternext(Val self)
{
    if (self.type() != &g_stringio_type) {
        Value line = TRY(call_method(self, io_name("readline"), {}));
        if (!is_str(line))
            return raise(&g_exc_OSError, "readline() should have returned a str object, not '{}'", line.type()->type_name());
        if (line.as<StrObject>()->length == 0)
            return Value();
        return line;
    }
    StringIOObject* s = TRY(open_stringio(self));
    size_t n = line_length(s, -1);
    if (n == 0)
        return Value();
    return take(s, n);
}

const MethodDef s_stringio_methods[] = {
    { "read", stringio_read, METHOD_INSTANCE, "Read at most size characters, returned as a string." },
    { "readline", stringio_readline, METHOD_INSTANCE, "Read until newline or EOF." },
    { "write", stringio_write, METHOD_INSTANCE, "Write string to file." },
    { "seek", stringio_seek, METHOD_INSTANCE, "Change stream position." },
    { "tell", stringio_tell, METHOD_INSTANCE, "Tell the current file position." },
    { "truncate", stringio_truncate, METHOD_INSTANCE, "Truncate size to pos." },
    { "getvalue", stringio_getvalue, METHOD_INSTANCE, "Retrieve the entire contents of the object." },
    { "__getstate__", stringio_getstate, METHOD_INSTANCE, nullptr },
    { "__setstate__", stringio_setstate, METHOD_INSTANCE, nullptr },
    { "close", stringio_close, METHOD_INSTANCE, "Close the IO object." },
    { "readable", stringio_true, METHOD_INSTANCE, "Returns True if the IO object can be read." },
    { "writable", stringio_true, METHOD_INSTANCE, "Returns True if the IO object can be written." },
    { "seekable", stringio_true, METHOD_INSTANCE, "Returns True if the IO object can be seeked." },
    {},
};

const GetSetDef s_stringio_getsets[] = {
    { "closed", stringio_get_closed, nullptr, nullptr },
    { "line_buffering", stringio_get_line_buffering, nullptr, nullptr },
    { "newlines", stringio_get_newlines, nullptr, nullptr },
    {},
};

}  // namespace

void init_stringio_type()
{
    type_init_static(g_stringio_type, "_io.StringIO", sizeof(StringIOObject), &g_textiobase_type, TYPE_BASETYPE | TYPE_GC);
    g_stringio_type.new_instance = stringio_new;
    g_stringio_type.init = stringio_init;
    g_stringio_type.destroy = stringio_destroy;
    g_stringio_type.clear = iobase_clear;
    g_stringio_type.iternext = stringio_iternext;
    g_stringio_type.methods = s_stringio_methods;
    g_stringio_type.getsets = s_stringio_getsets;
    g_stringio_type.doc = "Text I/O implementation using an in-memory buffer.";
    type_ready(g_stringio_type);
}

}  // namespace ginger
