// The codecs written in C++ and the error handling they share: each codec finds a stretch of input it
// cannot convert and hands it to `encode_error`/`decode_error`, which apply the built-in handlers inline
// and call a registered handler with a UnicodeEncodeError/UnicodeDecodeError otherwise, as CPython does.
#include "modules/codecs.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "support/unicode_names.h"
#include "support/utf8.h"
#include "support/ascii.h"

#include <cctype>
#include <cstdio>
#include <functional>

namespace ginger::codecs {

namespace {

ErrorMode mode_of(std::string_view errors)
{
    static const std::pair<std::string_view, ErrorMode> s_modes[] = {
        { "strict", ErrorMode::Strict },
        { "ignore", ErrorMode::Ignore },
        { "replace", ErrorMode::Replace },
        { "backslashreplace", ErrorMode::BackslashReplace },
        { "xmlcharrefreplace", ErrorMode::XmlCharRefReplace },
        { "namereplace", ErrorMode::NameReplace },
        { "surrogateescape", ErrorMode::SurrogateEscape },
        { "surrogatepass", ErrorMode::SurrogatePass },
    };
    for (auto& [name, mode] : s_modes)
        if (name == errors)
            return mode;
    return ErrorMode::Custom;
}

Value small(int64_t v) { return int_from_int64(v); }

}  // namespace

Errors::Errors(std::string_view errors) : name(errors), mode(mode_of(errors)) { }

// ---- shared by the codecs and the handler functions of the _codecs module ----

std::string escape_code_point(uint32_t c)
{
    char text[16];
    snprintf(text, sizeof text, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", unsigned(c));
    return text;
}

// "\N{LATIN SMALL LETTER A}" for namereplace, or the backslash escape of a code point without a name.
std::string name_escape(uint32_t c)
{
    std::string name;
    if (unicode_name_of(c, name))
        return "\\N{" + name + "}";
    return escape_code_point(c);
}

Result<Value> make_encode_error(const char* encoding, StrObject* s, int64_t start, int64_t end, const char* reason)
{
    Ref<StrObject> name = str_from_utf8(encoding), why = str_from_utf8(reason);
    Value a = small(start), b = small(end);
    return call(Val(&g_exc_UnicodeEncodeError), { Val(name.get()), Val(s), a.get(), b.get(), Val(why.get()) });
}

Result<Value> make_decode_error(const char* encoding, Val object, std::string_view data, int64_t start, int64_t end, const char* reason)
{
    Ref<StrObject> name = str_from_utf8(encoding), why = str_from_utf8(reason);
    Value bytes = object && object.type() == &g_bytes_type ? Value::borrow(object) : Value(bytes_from(data));
    Value a = small(start), b = small(end);
    return call(Val(&g_exc_UnicodeDecodeError), { Val(name.get()), bytes.get(), a.get(), b.get(), Val(why.get()) });
}

namespace {

Error raise_made(Result<Value> made)
{
    if (made.is_error())
        return Error {};
    return raise_value(made.release_value());
}

// Calls the registered handler `errors` with `exception`; returns its replacement and the position to
// resume at (negative positions count from the end), checking the result's shape as CPython does.
Result<Value> call_handler(std::string_view errors, Val exception, int64_t length, int64_t& position, bool encoding)
{
    Ref<StrObject> name = str_from_utf8(errors);
    Value handler = TRY(lookup_error(name.get()));
    Value result = TRY(call(handler, { exception }));
    const char* shape = encoding ? "encoding error handler must return (str/bytes, int) tuple" : "decoding error handler must return (str, int) tuple";
    if (!is_tuple(result) || result.as<TupleObject>()->size != 2)
        return raise(&g_exc_TypeError, shape);
    Val replacement = result.as<TupleObject>()->item(0);
    Val where = result.as<TupleObject>()->item(1);
    if (!(is_str(replacement) || (encoding && is_bytes(replacement))))
        return raise(&g_exc_TypeError, shape);
    if (!is_int(where) && !where.type()->index)
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", where.type()->type_name());
    int64_t pos = TRY(index_as_ssize(where));
    if (length < 0) {
        // Decoding: the handler may have replaced exc.object; the position is in the object it left.
        Value object = TRY(get_attr_str(exception, "object"));
        std::string_view data;
        if (!is_bytes(object) || !bytes_like_view(object, data))
            return raise(&g_exc_TypeError, "object attribute must be bytes");
        length = int64_t(data.size());
    }
    int64_t resolved = pos < 0 ? length + pos : pos;
    if (resolved < 0 || resolved > length)
        return raise(&g_exc_IndexError, "position {} from error handler out of bounds", resolved);
    position = resolved;
    return Value::borrow(replacement);
}

// One encoder's view of the error handling: how it writes a replacement character.
struct Encoder {
    const char* encoding;
    StrObject* input;
    const Errors& errors;
    std::string& out;
    int unit = 1;  // bytes per code unit: a bytes replacement must be whole units
    // Appends a replacement character; false if the codec cannot write it.
    std::function<Result<bool>(uint32_t)> put;
    // surrogatepass: appends a surrogate in this codec's form; null when the codec has none.
    std::function<void(uint32_t)> put_surrogate;
    // False when the codec leaves surrogateescape/surrogatepass to the registered handler functions (charmap),
    // which see the whole stretch.
    bool inline_surrogate_handlers = true;
};

Error encode_fail(Encoder& e, int64_t start, int64_t end, const char* reason)
{
    return raise_made(make_encode_error(e.encoding, e.input, start, end, reason));
}

// Handles the characters input[start, end) that the codec cannot encode; returns where to resume.
Result<int64_t> encode_error(Encoder& e, int64_t start, int64_t end, const char* reason)
{
    StrObject* s = e.input;
    auto put_ascii = [&](std::string_view text) -> Result<bool> {
        for (char c : text)
            if (!TRY(e.put(uint32_t(static_cast<unsigned char>(c)))))
                return false;
        return true;
    };
    switch (e.errors.mode) {
    case ErrorMode::Strict:
        return encode_fail(e, start, end, reason);
    case ErrorMode::Ignore:
        return end;
    case ErrorMode::Replace:
    case ErrorMode::BackslashReplace:
    case ErrorMode::XmlCharRefReplace:
    case ErrorMode::NameReplace:
        for (int64_t i = start; i < end; ++i) {
            uint32_t c = s->at(i);
            std::string text = e.errors.mode == ErrorMode::Replace            ? std::string("?")
                               : e.errors.mode == ErrorMode::BackslashReplace ? escape_code_point(c)
                               : e.errors.mode == ErrorMode::NameReplace      ? name_escape(c)
                                                                              : "&#" + std::to_string(c) + ";";
            if (!TRY(put_ascii(text)))
                return encode_fail(e, start, end, reason);
        }
        return end;
    case ErrorMode::SurrogateEscape:
    case ErrorMode::SurrogatePass:
        if (!e.inline_surrogate_handlers)
            break;
        for (int64_t i = start; i < end; ++i) {
            uint32_t c = s->at(i);
            if (e.errors.mode == ErrorMode::SurrogateEscape && c >= 0xDC80 && c <= 0xDCFF && e.unit == 1)
                e.out += char(c - 0xDC00);
            else if (e.errors.mode == ErrorMode::SurrogatePass && e.put_surrogate && utf8::is_surrogate(c))
                e.put_surrogate(c);
            else
                return encode_fail(e, i, end, reason);
        }
        return end;
    case ErrorMode::Custom:
        break;
    }
    Value exception = TRY(make_encode_error(e.encoding, s, start, end, reason));
    int64_t position = 0;
    Value replacement = TRY(call_handler(e.errors.name, exception, s->length, position, true));
    if (is_bytes(replacement)) {
        std::string_view bytes = replacement.as<BytesObject>()->view();
        if (bytes.size() % size_t(e.unit) != 0)
            return encode_fail(e, start, end, reason);
        e.out += bytes;
    } else {
        auto* text = replacement.as<StrObject>();
        for (int64_t i = 0; i < text->length; ++i)
            if (!TRY(e.put(text->at(i))))
                return encode_fail(e, start, end, reason);
    }
    return position;
}

struct Decoder {
    const char* encoding;
    Val object;
    std::string_view data;
    const Errors& errors;
    std::u32string& out;
    // surrogatepass: the surrogate encoded at data[start] and its length in bytes (0 if none).
    std::function<size_t(size_t, uint32_t&)> take_surrogate;
    // The decoder's own views of its input, which an error handler replacing exc.object switches to the
    // new object (CPython's decoders go on in it); null where the decoder cannot switch.
    std::string_view* input_data = nullptr;
    const unsigned char** input_bytes = nullptr;
    size_t* input_size = nullptr;
    Value replaced;  // the handler's new input, kept alive while it is decoded

    void track(std::string_view* data, const unsigned char** bytes, size_t* size)
    {
        input_data = data;
        input_bytes = bytes;
        input_size = size;
    }
};

Error decode_fail(Decoder& d, size_t start, size_t end, const char* reason)
{
    return raise_made(make_decode_error(d.encoding, d.object, d.data, int64_t(start), int64_t(end), reason));
}

// Handles the undecodable bytes data[start, end); returns where to resume.
Result<size_t> decode_error(Decoder& d, size_t start, size_t end, const char* reason)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(d.data.data());
    switch (d.errors.mode) {
    case ErrorMode::Strict:
        return decode_fail(d, start, end, reason);
    case ErrorMode::Ignore:
        return end;
    case ErrorMode::Replace:
        d.out += char32_t(0xFFFD);
        return end;
    case ErrorMode::BackslashReplace:
        for (size_t i = start; i < end; ++i)
            for (char c : escape_code_point(bytes[i]))
                d.out += char32_t(c);
        return end;
    case ErrorMode::SurrogateEscape: {
        size_t consumed = 0;
        while (consumed < 4 && start + consumed < end && bytes[start + consumed] >= 128) {
            d.out += char32_t(0xDC00 + bytes[start + consumed]);
            ++consumed;
        }
        if (consumed == 0)
            return decode_fail(d, start, end, reason);
        return start + consumed;
    }
    case ErrorMode::SurrogatePass: {
        uint32_t c = 0;
        size_t length = d.take_surrogate ? d.take_surrogate(start, c) : 0;
        if (length == 0)
            return decode_fail(d, start, end, reason);
        d.out += char32_t(c);
        return start + length;
    }
    default:
        break;
    }
    Value exception = TRY(make_decode_error(d.encoding, d.object, d.data, int64_t(start), int64_t(end), reason));
    Value input = TRY(get_attr_str(exception.get(), "object"));
    int64_t position = 0;
    Value replacement = TRY(call_handler(d.errors.name, exception, -1, position, false));
    // A handler may replace exc.object: decoding goes on in the new object, as CPython's does.
    Value after = TRY(get_attr_str(exception.get(), "object"));
    if (!after.get().is(input.get())) {
        if (!d.input_data && !d.input_bytes)
            return raise(&g_exc_NotImplementedError, "a decoding error handler that replaces exc.object is not supported by Ginger's {} decoder yet", d.encoding);
        std::string_view data;
        bytes_like_view(after, data);
        d.replaced = std::move(after);
        d.object = d.replaced.get();
        d.data = data;
        if (d.input_data)
            *d.input_data = data;
        if (d.input_bytes)
            *d.input_bytes = reinterpret_cast<const unsigned char*>(data.data());
        if (d.input_size)
            *d.input_size = data.size();
    }
    auto* text = replacement.as<StrObject>();
    for (int64_t i = 0; i < text->length; ++i)
        d.out += char32_t(text->at(i));
    return size_t(position);
}

// The end of the run of characters from `start` that `bad` rejects.
template<class Bad>
int64_t run_end(StrObject* s, int64_t start, Bad bad)
{
    int64_t end = start + 1;
    while (end < s->length && bad(s->at(end)))
        ++end;
    return end;
}

void put_unit16(std::string& out, uint32_t unit, bool big)
{
    if (big) {
        out += char(unit >> 8);
        out += char(unit & 0xFF);
    } else {
        out += char(unit & 0xFF);
        out += char(unit >> 8);
    }
}

void put_unit32(std::string& out, uint32_t unit, bool big)
{
    for (int i = 0; i < 4; ++i)
        out += char(big ? (unit >> (24 - 8 * i)) & 0xFF : (unit >> (8 * i)) & 0xFF);
}

}  // namespace

// ---- utf-8, ascii, latin-1 ----

Result<void> utf8_encode(StrObject* s, const Errors& errors, std::string& out)
{
    if (s->ascii) {
        out.append(reinterpret_cast<const char*>(s->data), size_t(s->length));
        return {};
    }
    Encoder e { "utf-8", s, errors, out };
    // CPython 3.12 compat: a handler's replacement text must be ASCII.
    e.put = [&](uint32_t c) -> Result<bool> {
        if (c >= 0x80)
            return false;
        out += char(c);
        return true;
    };
    e.put_surrogate = [&](uint32_t c) { utf8::append(out, c); };
    for (int64_t i = 0; i < s->length;) {
        uint32_t c = s->at(i);
        if (!utf8::is_surrogate(c)) {
            utf8::append(out, c);
            ++i;
            continue;
        }
        i = TRY(encode_error(e, i, run_end(s, i, utf8::is_surrogate), "surrogates not allowed"));
    }
    return {};
}

Result<void> latin1_encode(StrObject* s, uint32_t limit, const Errors& errors, std::string& out)
{
    if (s->ascii || (limit == 0x100 && s->kind == 1)) {
        out.append(reinterpret_cast<const char*>(s->data), size_t(s->length));
        return {};
    }
    Encoder e { limit == 0x80 ? "ascii" : "latin-1", s, errors, out };
    e.put = [&](uint32_t c) -> Result<bool> {
        if (c >= limit)
            return false;
        out += char(c);
        return true;
    };
    auto bad = [limit](uint32_t c) { return c >= limit; };
    const char* reason = limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)";
    for (int64_t i = 0; i < s->length;) {
        uint32_t c = s->at(i);
        if (c < limit) {
            out += char(c);
            ++i;
            continue;
        }
        i = TRY(encode_error(e, i, run_end(s, i, bad), reason));
    }
    return {};
}

Result<size_t> utf8_decode(Val object, std::string_view data, const Errors& errors, bool final, std::u32string& out)
{
    Decoder d { "utf-8", object, data, errors, out };
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    size_t size = data.size();
    d.track(nullptr, &bytes, &size);
    d.take_surrogate = [&](size_t start, uint32_t& c) -> size_t {
        if (start + 3 > size || bytes[start] != 0xED || (bytes[start + 1] & 0xC0) != 0x80 || (bytes[start + 2] & 0xC0) != 0x80)
            return 0;
        c = 0xD000 | ((bytes[start + 1] & 0x3F) << 6) | (bytes[start + 2] & 0x3F);
        return utf8::is_surrogate(c) ? 3 : 0;
    };
    for (size_t i = 0; i < size;) {
        unsigned char c = bytes[i];
        if (c < 0x80) {
            out += char32_t(c);
            ++i;
            continue;
        }
        // The sequence's length and the range its second byte must lie in (no overlongs, surrogates or > U+10FFFF).
        size_t need = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        }
        const char* reason = "invalid start byte";
        size_t span = 1;
        if (need != 0) {
            while (span <= need && i + span < size) {
                unsigned char next = bytes[i + span];
                if (span == 1 ? (next < low || next > high) : (next & 0xC0) != 0x80)
                    break;
                ++span;
            }
            if (span == need + 1) {
                auto decoded = utf8::decode(bytes + i, span, utf8::Surrogates::Reject);
                out += char32_t(decoded.code_point);
                i += span;
                continue;
            }
            if (i + span == size) {
                if (!final)
                    return i;
                reason = "unexpected end of data";
            } else if (!final && c == 0xED && i + 2 == size && bytes[i + 1] >= 0xA0 && bytes[i + 1] <= 0xBF) {
                return i;  // CPython 3.12 compat: the start of an encoded surrogate waits for more input
            } else {
                reason = "invalid continuation byte";
            }
        }
        i = TRY(decode_error(d, i, i + span, reason));
    }
    return size;
}

Result<size_t> ascii_decode(Val object, std::string_view data, const Errors& errors, std::u32string& out)
{
    Decoder d { "ascii", object, data, errors, out };
    d.track(&data, nullptr, nullptr);
    for (size_t i = 0; i < data.size();) {
        auto c = static_cast<unsigned char>(data[i]);
        if (c < 0x80) {
            out += char32_t(c);
            ++i;
            continue;
        }
        i = TRY(decode_error(d, i, i + 1, "ordinal not in range(128)"));
    }
    return data.size();
}

// ---- utf-16 and utf-32 ----

Result<void> utf16_encode(StrObject* s, int byteorder, const Errors& errors, std::string& out)
{
    bool big = byteorder == 1;
    if (byteorder == 0)
        put_unit16(out, 0xFEFF, false);
    Encoder e { byteorder == 0 ? "utf-16" : big ? "utf-16-be" : "utf-16-le", s, errors, out, 2 };
    e.put = [&](uint32_t c) -> Result<bool> {
        if (c >= 0x80)
            return false;
        put_unit16(out, c, big);
        return true;
    };
    e.put_surrogate = [&](uint32_t c) { put_unit16(out, c, big); };
    for (int64_t i = 0; i < s->length;) {
        uint32_t c = s->at(i);
        if (utf8::is_surrogate(c)) {
            i = TRY(encode_error(e, i, i + 1, "surrogates not allowed"));
            continue;
        }
        if (c >= 0x10000) {
            put_unit16(out, 0xD800 + ((c - 0x10000) >> 10), big);
            put_unit16(out, 0xDC00 + ((c - 0x10000) & 0x3FF), big);
        } else {
            put_unit16(out, c, big);
        }
        ++i;
    }
    return {};
}

Result<void> utf32_encode(StrObject* s, int byteorder, const Errors& errors, std::string& out)
{
    bool big = byteorder == 1;
    if (byteorder == 0)
        put_unit32(out, 0xFEFF, false);
    Encoder e { byteorder == 0 ? "utf-32" : big ? "utf-32-be" : "utf-32-le", s, errors, out, 4 };
    e.put = [&](uint32_t c) -> Result<bool> {
        if (c >= 0x80)
            return false;
        put_unit32(out, c, big);
        return true;
    };
    e.put_surrogate = [&](uint32_t c) { put_unit32(out, c, big); };
    for (int64_t i = 0; i < s->length;) {
        uint32_t c = s->at(i);
        if (utf8::is_surrogate(c)) {
            i = TRY(encode_error(e, i, i + 1, "surrogates not allowed"));
            continue;
        }
        put_unit32(out, c, big);
        ++i;
    }
    return {};
}

Result<size_t> utf16_decode(Val object, std::string_view data, const Errors& errors, int& byteorder, bool final, std::u32string& out)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    size_t size = data.size(), i = 0;
    int order = byteorder;
    if (order == 0) {
        if (size >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
            order = -1;
            i = 2;
        } else if (size >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) {
            order = 1;
            i = 2;
        }
    }
    byteorder = order;
    bool big = order == 1;
    auto unit = [&](size_t at) -> uint32_t { return big ? (bytes[at] << 8) | bytes[at + 1] : bytes[at] | (bytes[at + 1] << 8); };
    Decoder d { big ? "utf-16-be" : "utf-16-le", object, data, errors, out };
    d.track(nullptr, &bytes, &size);
    d.take_surrogate = [&](size_t start, uint32_t& c) -> size_t {
        if (start + 2 > size)
            return 0;
        c = unit(start);
        return utf8::is_surrogate(c) ? 2 : 0;
    };
    while (i < size) {
        if (size - i < 2) {
            if (!final)
                return i;
            i = TRY(decode_error(d, i, size, "truncated data"));
            continue;
        }
        uint32_t u = unit(i);
        if (!utf8::is_surrogate(u)) {
            out += char32_t(u);
            i += 2;
            continue;
        }
        if (u >= 0xDC00) {
            i = TRY(decode_error(d, i, i + 2, "illegal encoding"));
            continue;
        }
        if (size - i < 4) {
            if (!final)
                return i;
            i = TRY(decode_error(d, i, size, "unexpected end of data"));
            continue;
        }
        uint32_t low = unit(i + 2);
        if (low >= 0xDC00 && low <= 0xDFFF) {
            out += char32_t(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
            i += 4;
            continue;
        }
        i = TRY(decode_error(d, i, i + 2, "illegal UTF-16 surrogate"));
    }
    return size;
}

Result<size_t> utf32_decode(Val object, std::string_view data, const Errors& errors, int& byteorder, bool final, std::u32string& out)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    size_t size = data.size(), i = 0;
    int order = byteorder;
    if (order == 0 && size >= 4) {
        if (bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            order = -1;
            i = 4;
        } else if (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF) {
            order = 1;
            i = 4;
        }
    }
    byteorder = order;
    bool big = order == 1;
    auto unit = [&](size_t at) -> uint32_t {
        return big ? (uint32_t(bytes[at]) << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]
                   : bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (uint32_t(bytes[at + 3]) << 24);
    };
    Decoder d { big ? "utf-32-be" : "utf-32-le", object, data, errors, out };
    d.track(nullptr, &bytes, &size);
    d.take_surrogate = [&](size_t start, uint32_t& c) -> size_t {
        if (start + 4 > size)
            return 0;
        c = unit(start);
        return utf8::is_surrogate(c) ? 4 : 0;
    };
    while (i < size) {
        if (size - i < 4) {
            if (!final)
                return i;
            i = TRY(decode_error(d, i, size, "truncated data"));
            continue;
        }
        uint32_t u = unit(i);
        if (u > 0x10FFFF) {
            i = TRY(decode_error(d, i, i + 4, "code point not in range(0x110000)"));
        } else if (utf8::is_surrogate(u)) {
            i = TRY(decode_error(d, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"));
        } else {
            out += char32_t(u);
            i += 4;
        }
    }
    return size;
}

// ---- unicode_escape and raw_unicode_escape ----

Result<void> unicode_escape_encode(StrObject* s, bool raw, std::string& out)
{
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (raw) {
            if (c < 0x100)
                out += char(c);
            else
                out += escape_code_point(c);
        } else if (c == '\\') {
            out += "\\\\";
        } else if (c >= 0x20 && c < 0x7F) {
            out += char(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else {
            out += escape_code_point(c);
        }
    }
    return {};
}

Result<size_t> unicode_escape_decode(Val object, std::string_view data, const Errors& errors, bool raw, bool final, std::u32string& out,
                                     int64_t* first_invalid)
{
    Decoder d { raw ? "rawunicodeescape" : "unicodeescape", object, data, errors, out };
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    size_t size = data.size();
    size_t s = 0;
    while (s < size) {
        unsigned char c = bytes[s];
        if (c != '\\') {
            out += char32_t(c);
            ++s;
            continue;
        }
        size_t start = s++;
        const char* message = "\\ at end of string";
        bool incomplete = false;
        if (s >= size) {
            if (raw) {
                if (!final)
                    return start;
                out += U'\\';
                continue;
            }
            incomplete = true;
        } else {
            c = bytes[s++];
            int count = 0;
            if (raw) {
                if (c == 'u' || c == 'U') {
                    count = c == 'u' ? 4 : 8;
                    message = c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                } else {
                    out += U'\\';
                    out += char32_t(c);
                    continue;
                }
            } else {
                switch (c) {
                case '\n': continue;
                case '\\': case '\'': case '"': out += char32_t(c); continue;
                case 'b': out += U'\b'; continue;
                case 'f': out += U'\f'; continue;
                case 't': out += U'\t'; continue;
                case 'n': out += U'\n'; continue;
                case 'r': out += U'\r'; continue;
                case 'v': out += U'\v'; continue;
                case 'a': out += U'\a'; continue;
                case 'x': count = 2; message = "truncated \\xXX escape"; break;
                case 'u': count = 4; message = "truncated \\uXXXX escape"; break;
                case 'U': count = 8; message = "truncated \\UXXXXXXXX escape"; break;
                case 'N': {
                    message = "malformed \\N character escape";
                    if (s >= size) {
                        incomplete = true;
                        break;
                    }
                    if (bytes[s] != '{')
                        break;
                    size_t name_start = ++s;
                    while (s < size && bytes[s] != '}')
                        ++s;
                    if (s >= size) {
                        incomplete = true;
                        break;
                    }
                    size_t name_length = s - name_start;
                    if (name_length == 0)
                        break;
                    ++s;
                    message = "unknown Unicode character name";
                    uint32_t point;
                    if (unicode_lookup_name(data.substr(name_start, name_length), point)) {
                        out += char32_t(point);
                        continue;
                    }
                    break;
                }
                default:
                    if (c >= '0' && c <= '7') {
                        uint32_t value = c - '0';
                        for (int k = 0; k < 2 && s < size && bytes[s] >= '0' && bytes[s] <= '7'; ++k)
                            value = value * 8 + (bytes[s++] - '0');
                        if (value > 0377 && first_invalid && *first_invalid < 0)
                            *first_invalid = value;
                        out += char32_t(value);
                        continue;
                    }
                    if (first_invalid && *first_invalid < 0)
                        *first_invalid = c;
                    out += U'\\';
                    out += char32_t(c);
                    continue;
                }
            }
            if (count > 0) {
                uint32_t value = 0;
                bool bad = false;
                for (; count; ++s, --count) {
                    if (s >= size) {
                        incomplete = true;
                        break;
                    }
                    int digit = hex_digit_value(bytes[s]);
                    if (digit < 0) {
                        bad = true;
                        break;
                    }
                    value = value * 16 + uint32_t(digit);
                }
                if (!incomplete && !bad) {
                    if (value <= 0x10FFFF) {
                        out += char32_t(value);
                        continue;
                    }
                    message = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
                }
            }
        }
        if (incomplete && !final)
            return start;
        s = TRY(decode_error(d, start, s, message));
    }
    return size;
}

// ---- utf-7 (RFC 2152) ----

namespace {

// Characters written as themselves: RFC 2152's sets D and O and the white space \t \n \r and space
// (CPython writes set O directly too); '+', '\\', '~', DEL and the other controls go into base 64.
bool utf7_direct(uint32_t c)
{
    if (c >= 128)
        return false;
    if (c == '\t' || c == '\n' || c == '\r')
        return true;
    return c >= ' ' && c != '+' && c != '\\' && c != '~' && c != 0x7F;
}

bool is_base64_char(uint32_t c) { return c < 128 && (std::isalnum(int(c)) || c == '+' || c == '/'); }

int base64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '+' ? 62 : 63;
}

}  // namespace

Result<void> utf7_encode(StrObject* s, std::string& out)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    bool shifted = false;
    int bits = 0;        // bits waiting in `buffer`
    uint64_t buffer = 0;
    auto push_unit = [&](uint32_t unit) {
        buffer = (buffer << 16) | unit;
        bits += 16;
        while (bits >= 6) {
            out += alphabet[(buffer >> (bits - 6)) & 0x3F];
            bits -= 6;
        }
        buffer &= (uint64_t(1) << bits) - 1;
    };
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (shifted && utf7_direct(c)) {
            if (bits > 0) {
                out += alphabet[(buffer << (6 - bits)) & 0x3F];
                buffer = 0;
                bits = 0;
            }
            shifted = false;
            // A character that could be read as base 64 (or '-') needs the explicit end of the shift.
            if (is_base64_char(c) || c == '-')
                out += '-';
            out += char(c);
            continue;
        }
        if (!shifted) {
            if (c == '+') {
                out += "+-";
                continue;
            }
            if (utf7_direct(c)) {
                out += char(c);
                continue;
            }
            out += '+';
            shifted = true;
        }
        if (c >= 0x10000) {
            push_unit(0xD800 + ((c - 0x10000) >> 10));
            push_unit(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            push_unit(c);
        }
    }
    if (bits > 0)
        out += alphabet[(buffer << (6 - bits)) & 0x3F];
    if (shifted)
        out += '-';
    return {};
}

Result<size_t> utf7_decode(Val object, std::string_view data, const Errors& errors, bool final, std::u32string& out)
{
    Decoder d { "utf7", object, data, errors, out };
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    size_t size = data.size(), s = 0;
    bool shifted = false;
    size_t shift_start = 0;     // where the current shift sequence's '+' is
    size_t shift_output = 0;    // the output length when it began
    int bits = 0;
    uint32_t buffer = 0;
    uint32_t pending_high = 0;  // a high surrogate waiting for its low half
    while (s < size) {
        unsigned char c = bytes[s];
        const char* message = nullptr;
        size_t error_start = s;
        if (shifted) {
            if (is_base64_char(c)) {
                buffer = (buffer << 6) | uint32_t(base64_value(c));
                bits += 6;
                ++s;
                if (bits >= 16) {
                    uint32_t unit = (buffer >> (bits - 16)) & 0xFFFF;
                    bits -= 16;
                    buffer &= (uint32_t(1) << bits) - 1;
                    if (pending_high) {
                        if (unit >= 0xDC00 && unit <= 0xDFFF) {
                            out += char32_t(0x10000 + ((pending_high - 0xD800) << 10) + (unit - 0xDC00));
                            pending_high = 0;
                            continue;
                        }
                        out += char32_t(pending_high);
                        pending_high = 0;
                    }
                    if (unit >= 0xD800 && unit <= 0xDBFF)
                        pending_high = unit;
                    else
                        out += char32_t(unit);
                }
                continue;
            }
            // The end of the base-64 section.
            shifted = false;
            error_start = shift_start;
            if (bits >= 6) {
                ++s;
                message = "partial character in shift sequence";
            } else if (bits > 0 && buffer != 0) {
                ++s;
                message = "non-zero padding bits in shift sequence";
            } else {
                if (pending_high && c <= 127 && c != '+')
                    out += char32_t(pending_high);
                pending_high = 0;
                if (c == '-')
                    ++s;
                continue;
            }
        } else if (c == '+') {
            error_start = s++;
            if (s < size && bytes[s] == '-') {
                ++s;
                out += U'+';
                continue;
            }
            if (s < size && !is_base64_char(bytes[s])) {
                ++s;
                message = "ill-formed sequence";
            } else {
                shifted = true;
                shift_start = error_start;
                shift_output = out.size();
                pending_high = 0;
                bits = 0;
                buffer = 0;
                continue;
            }
        } else if (c <= 127) {
            out += char32_t(c);
            ++s;
            continue;
        } else {
            ++s;
            message = "unexpected special character";
        }
        s = TRY(decode_error(d, error_start, s, message));
    }
    if (shifted && !final) {
        // Give back the unfinished shift sequence: it is decoded again with what follows.
        out.resize(shift_output);
        return shift_start;
    }
    if (shifted && (pending_high || bits >= 6 || (bits > 0 && buffer != 0)))
        TRY(decode_error(d, shift_start, size, "unterminated shift sequence"));
    return size;
}

// ---- charmap ----

Result<void> charmap_encode(StrObject* s, Val mapping, const Errors& errors, std::string& out)
{
    if (!mapping || is_none(mapping))
        return latin1_encode(s, 0x100, errors, out);
    // The bytes for c, appended to out; false if the mapping has none.
    auto put = [&](uint32_t c) -> Result<bool> {
        Value key = int_from_int64(c);
        Value item;
        if (is_dict(mapping) && mapping.type() == &g_dict_type) {
            Val found = TRY(dict_get(mapping.as<DictObject>(), key));
            if (!found)
                return false;
            item = Value::borrow(found);
        } else {
            auto got = get_item(mapping, key);
            if (got.is_error()) {
                if (!error_matches(&g_exc_LookupError))
                    return Error {};
                clear_error();
                return false;
            }
            item = got.release_value();
        }
        if (is_none(item))
            return false;
        if (is_int(item)) {
            int64_t value = 0;
            if (!int_to_int64(item, value) || value < 0 || value > 255)
                return raise(&g_exc_TypeError, "character mapping must be in range(256)");
            out += char(value);
            return true;
        }
        if (is_bytes(item)) {
            out += item.as<BytesObject>()->view();
            return true;
        }
        return raise(&g_exc_TypeError, "character mapping must return integer, bytes or None, not {}", item.type()->type_name());
    };
    Encoder e { "charmap", s, errors, out };
    e.put = put;
    e.inline_surrogate_handlers = false;
    for (int64_t i = 0; i < s->length;) {
        if (TRY(put(s->at(i)))) {
            ++i;
            continue;
        }
        int64_t end = i + 1;
        while (end < s->length) {
            size_t mark = out.size();
            bool ok = TRY(put(s->at(end)));
            out.resize(mark);
            if (ok)
                break;
            ++end;
        }
        i = TRY(encode_error(e, i, end, "character maps to <undefined>"));
    }
    return {};
}

Result<size_t> charmap_decode(Val object, std::string_view data, const Errors& errors, Val mapping, std::u32string& out)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    if (!mapping || is_none(mapping)) {
        for (size_t i = 0; i < data.size(); ++i)
            out += char32_t(bytes[i]);
        return data.size();
    }
    Decoder d { "charmap", object, data, errors, out };
    d.track(&data, &bytes, nullptr);
    const char* undefined = "character maps to <undefined>";
    for (size_t i = 0; i < data.size();) {
        unsigned char b = bytes[i];
        if (is_str(mapping)) {
            auto* table = mapping.as<StrObject>();
            uint32_t c = b < table->length ? table->at(b) : 0xFFFE;
            if (c == 0xFFFE) {
                i = TRY(decode_error(d, i, i + 1, undefined));
                continue;
            }
            out += char32_t(c);
            ++i;
            continue;
        }
        Value key = Value::small_int(b);
        auto got = get_item(mapping, key);
        if (got.is_error()) {
            if (!error_matches(&g_exc_LookupError))
                return Error {};
            clear_error();
            i = TRY(decode_error(d, i, i + 1, undefined));
            continue;
        }
        Value item = got.release_value();
        if (is_none(item)) {
            i = TRY(decode_error(d, i, i + 1, undefined));
            continue;
        }
        if (is_int(item)) {
            int64_t value = 0;
            if (!int_to_int64(item, value) || value < 0 || value > 0x10FFFF)
                return raise(&g_exc_TypeError, "character mapping must be in range(0x110000)");
            if (value == 0xFFFE) {
                i = TRY(decode_error(d, i, i + 1, undefined));
                continue;
            }
            out += char32_t(value);
        } else if (is_str(item)) {
            auto* text = item.as<StrObject>();
            if (text->length == 1 && text->at(0) == 0xFFFE) {
                i = TRY(decode_error(d, i, i + 1, undefined));
                continue;
            }
            for (int64_t k = 0; k < text->length; ++k)
                out += char32_t(text->at(k));
        } else {
            return raise(&g_exc_TypeError, "character mapping must return integer, None or str");
        }
        ++i;
    }
    return data.size();
}

}  // namespace ginger::codecs
