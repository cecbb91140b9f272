// _io.TextIOWrapper (str over a buffered binary stream: encoding, errors, newline translation, line
// buffering, tell/seek cookies) and _io.IncrementalNewlineDecoder. A chunk's newlines are handled on its
// bytes (CR and LF are single bytes in every codec here), then it is decoded into a str that lines and
// reads are cut from. tell() builds CPython's cookies by replaying the chunk's bytes (see textio_tell).
#include "modules/codecs.h"
#include "modules/io_internal.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "support/utf8.h"

#include <cstdio>
#include <langinfo.h>
#include <cstring>
#include <new>
#include <string>

namespace ginger {

TypeObject g_textiowrapper_type, g_newline_decoder_type;

bool io_lookup_codec(std::string_view name, TextCodec& codec)
{
    std::string normal;
    for (char c : name)
        normal.push_back((c == '-' || c == ' ') ? '_' : (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c);
    for (std::string_view alias : { "utf_8", "utf8", "u8", "utf", "cp65001" }) {
        if (normal == alias) {
            codec = TextCodec::Utf8;
            return true;
        }
    }
    for (std::string_view alias : { "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "cp367", "iso646_us" }) {
        if (normal == alias) {
            codec = TextCodec::Ascii;
            return true;
        }
    }
    for (std::string_view alias : { "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100" }) {
        if (normal == alias) {
            codec = TextCodec::Latin1;
            return true;
        }
    }
    return false;
}

namespace {

const char* codec_name(TextCodec codec) { return codec == TextCodec::Utf8 ? "utf-8" : codec == TextCodec::Ascii ? "ascii" : "latin-1"; }

TextIOObject* as_textio(Val v) { return static_cast<TextIOObject*>(v.object()); }

// The index of the first `c` in s[start:], or -1.
int64_t find_char(StrObject* s, int64_t start, uint32_t c)
{
    if (start >= s->length)
        return -1;
    if (s->kind == 1) {
        if (c > 0xFF)
            return -1;
        const void* hit = memchr(s->data + start, int(c), size_t(s->length - start));
        return hit ? static_cast<const unsigned char*>(hit) - s->data : -1;
    }
    for (int64_t i = start; i < s->length; ++i) {
        if (s->at(i) == c)
            return i;
    }
    return -1;
}

Result<TextIOObject*> valid_textio(Val self)
{
    TextIOObject* t = as_textio(self);
    if (!t->ok) {
        if (t->detached)
            return raise(&g_exc_ValueError, "underlying buffer has been detached");
        return raise(&g_exc_ValueError, "I/O operation on uninitialized object");
    }
    return t;
}

BufferedObject* fast_buffer(TextIOObject* t)
{
    Val buffer = t->buffer;
    TypeObject* type = buffer.type();
    if (type != &g_buffered_writer_type && type != &g_buffered_random_type && type != &g_buffered_reader_type)
        return nullptr;
    auto* b = static_cast<BufferedObject*>(buffer.object());
    return b->ok ? b : nullptr;
}

Result<bool> buffer_closed(TextIOObject* t)
{
    if (BufferedObject* b = fast_buffer(t)) {
        if (b->raw_is_fileio)
            return static_cast<FileIOObject*>(b->raw.object())->fd < 0;
    }
    return io_is_closed(t->buffer);
}

Result<TextIOObject*> open_textio(Val self)
{
    TextIOObject* t = TRY(valid_textio(self));
    if (TRY(buffer_closed(t)))
        return raise_closed_file();
    return t;
}

// Dropped without close(): close it (which flushes), as CPython's finalizer does. (Classes written in
// Python get the same from _IOBase.__del__.)
void textio_finalize(Object* object)
{
    auto* t = static_cast<TextIOObject*>(object);
    if (!t->ok || !t->buffer)
        return;
    auto closed = buffer_closed(t);
    if (!closed.is_error() && closed.value())
        return;
    if (closed.is_error())
        clear_error();
    io_dealloc_warn(t->buffer.get(), Val(object));
    // CPython 3.12 compat: errors while closing a dropped stream are silenced (reported only in its dev mode).
    auto result = call_method(Val(object), io_name("close"), {});
    if (result.is_error())
        clear_error();
}

void textio_destroy(Object* object)
{
    auto* t = static_cast<TextIOObject*>(object);
    t->buffer.~Value();
    t->encoding.~Ref<StrObject>();
    t->errors.~Ref<StrObject>();
    t->newline.~Value();
    t->decoder.~Value();
    t->encoder.~Value();
    t->writenl.~basic_string();
    t->readnl.~basic_string();
    t->decoded.~Ref<StrObject>();
    t->undecoded.~basic_string();
    t->snapshot_bytes.~basic_string();
    t->pending_bytes.~basic_string();
    t->dict.~Ref<DictObject>();
}

void textio_traverse(Object* object, VisitFn visit, void* context)
{
    auto* t = static_cast<TextIOObject*>(object);
    visit_val(t->buffer.get(), visit, context);
    visit_val(t->decoder.get(), visit, context);
    visit_val(t->encoder.get(), visit, context);
    if (t->dict)
        visit(t->dict.get(), context);
}

void textio_clear(Object* object)
{
    auto* t = static_cast<TextIOObject*>(object);
    t->ok = false;
    t->buffer = Value();
    t->decoder = Value();
    t->encoder = Value();
    t->dict = nullptr;
}

Result<Value> textio_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* t = static_cast<TextIOObject*>(alloc_object(type));
    if (!t)
        return raise_memory_error();
    new (&t->writenl) std::string();
    new (&t->readnl) std::string();
    new (&t->undecoded) std::string();
    new (&t->snapshot_bytes) std::string();
    new (&t->pending_bytes) std::string();
    t->chunk_size = IO_DEFAULT_BUFFER_SIZE;
    return Value::adopt(Val(t));
}

// CPython converts the encoding and errors arguments to C strings: a lone surrogate raises UnicodeEncodeError,
// and (where `nul_is_error`) an embedded NUL raises ValueError.
Result<void> check_c_string(Val v, bool nul_is_error)
{
    if (!v || !is_str(v))
        return {};
    StrObject* s = v.as<StrObject>();
    if (!s->ascii)
        TRY(encode_str(s, "utf-8", "strict"));
    if (nul_is_error && find_char(s, 0, 0) >= 0)
        return raise(&g_exc_ValueError, "embedded null character");
    return {};
}

Result<void> check_optional_str(Val v, const char* what)
{
    if (v && !is_none(v) && !is_str(v))
        return raise(&g_exc_TypeError, "TextIOWrapper() argument '{}' must be str or None, not {}", what, v.type()->type_name());
    return {};
}

Result<void> set_newline(TextIOObject* t, Val newline)
{
    std::string nl;
    if (newline && !is_none(newline)) {
        nl = std::string(newline.as<StrObject>()->view());
        if (!(nl.empty() || nl == "\n" || nl == "\r" || nl == "\r\n"))
            return raise(&g_exc_ValueError, "illegal newline value: {}", std::string(newline.as<StrObject>()->view()));
    }
    bool is_default = !newline || is_none(newline);
    t->newline = is_default ? none_value() : Value::borrow(newline);
    t->readuniversal = is_default || nl.empty();
    t->readtranslate = is_default;
    t->readnl = nl;
    t->writetranslate = is_default || !nl.empty();
    t->writenl = is_default ? std::string("\n") : nl;
    if (t->writenl == "\n")
        t->writenl.clear();
    return {};
}

void update_fast_writer(TextIOObject* t)
{
    t->fast_writer = t->codec == TextCodec::Utf8 && t->writenl.empty() && fast_buffer(t) != nullptr;
}

Result<bool> buffer_can(TextIOObject* t, const char* what)
{
    Value answer = TRY(call_method(t->buffer, io_name(what), {}));
    return is_truthy(answer);
}

// Sets the codec (t->buffer must be set): a native one, or the incremental decoder and encoder of any
// other text codec, created only for a readable/writable buffer as CPython does. A new encoder on a
// seekable stream not at its start is told that the start (where a BOM goes) is behind it: setstate(0).
Result<void> set_encoding(TextIOObject* t, Val encoding, Val errors)
{
    Ref<StrObject> name;
    if (!encoding || is_none(encoding)) {
        name = Ref<StrObject>(str_intern("UTF-8"));
    } else {
        name = Ref<StrObject>(encoding.as<StrObject>());
        if (name->view() == "locale") {
            // The locale's encoding, as locale.getencoding() (nl_langinfo(CODESET)).
            const char* codeset = nl_langinfo(CODESET);
            name = str_from_utf8(codeset && *codeset ? codeset : "UTF-8");
        }
    }
    Ref<StrObject> errors_name = (!errors || is_none(errors)) ? Ref<StrObject>(str_intern("strict")) : Ref<StrObject>(errors.as<StrObject>());
    TextCodec codec;
    if (io_lookup_codec(name->view(), codec)) {
        t->codec = codec;
        t->decoder = Value();
        t->encoder = Value();
        BufferedObject* b = fast_buffer(t);
        t->writable = b ? b->kind != BufferedKind::Reader : TRY(buffer_can(t, "writable"));
    } else {
        // As CPython's C string: reconfigure(encoding='locale\0') looks up 'locale'.
        std::string_view lookup_name = name->view().substr(0, name->view().find('\0'));
        Value info = TRY(codecs::lookup_text_encoding(lookup_name, "codecs.open()"));
        Value decoder, encoder;
        if (TRY(buffer_can(t, "readable"))) {
            Value factory = TRY(get_attr(info, io_name("incrementaldecoder")));
            decoder = TRY(call(factory, { Val(errors_name.get()) }));
        }
        if (TRY(buffer_can(t, "writable"))) {
            Value factory = TRY(get_attr(info, io_name("incrementalencoder")));
            encoder = TRY(call(factory, { Val(errors_name.get()) }));
            bool no_bom;
            if (TRY(buffer_can(t, "seekable"))) {
                Value position = TRY(call_method(t->buffer, io_name("tell"), {}));
                no_bom = !TRY(rich_compare_bool(position, Val::small_int(0), CompareOp::Eq));
            } else {
                // CPython 3.12 compat: its own encoders for utf-16 and utf-32 write no BOM on a stream that is
                // not seekable (it does not know it is at the start); codecs written in Python (utf-8-sig) do.
                Value codec_name = TRY(get_attr(info, io_name("name")));
                std::string_view name_text = is_str(codec_name) ? codec_name.as<StrObject>()->view() : std::string_view();
                no_bom = name_text == "utf-16" || name_text == "utf-32";
            }
            if (no_bom) {
                Value zero = Value::small_int(0);
                TRY(call_method(encoder, io_name("setstate"), { zero }));
            }
        }
        t->codec = TextCodec::Other;
        t->writable = bool(encoder);
        t->decoder = std::move(decoder);
        t->encoder = std::move(encoder);
    }
    t->encoding = std::move(name);
    t->errors = std::move(errors_name);
    return {};
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)
Result<void> textio_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[6];
    TRY(bind_args("TextIOWrapper", args, nargs, kwnames, { "buffer", "encoding", "errors", "newline", "line_buffering", "write_through" }, 1, out));
    TextIOObject* t = as_textio(self);
    t->ok = false;
    t->detached = false;
    TRY(check_optional_str(out[1], "encoding"));
    TRY(check_optional_str(out[2], "errors"));
    TRY(check_optional_str(out[3], "newline"));
    TRY(check_c_string(out[1], true));
    TRY(check_c_string(out[2], true));
    TRY(set_newline(t, out[3]));
    t->buffer = Value::borrow(out[0]);
    TRY(set_encoding(t, out[1], out[2]));
    t->line_buffering = out[4] ? TRY(is_truthy(out[4])) : false;
    t->write_through = out[5] ? TRY(is_truthy(out[5])) : false;
    t->has_read1 = fast_buffer(t) != nullptr || TRY(get_attr_maybe(out[0], io_name("read1")));
    t->decoded = nullptr;
    t->decoded_pos = 0;
    t->undecoded.clear();
    t->pendingcr = false;
    t->seennl = 0;
    t->has_snapshot = false;
    t->snapshot_bytes.clear();
    t->pending_bytes.clear();
    t->telling_disabled = false;
    t->ok = true;
    update_fast_writer(t);
    return {};
}

// ---- decoding ----

// The length of a UTF-8 sequence from its lead byte (1 for invalid leads: the decoder reports them).
size_t utf8_sequence_length(unsigned char c)
{
    if (c < 0xC0)
        return 1;
    if (c < 0xE0)
        return 2;
    if (c < 0xF0)
        return 3;
    if (c < 0xF8)
        return 4;
    return 1;
}

// How many bytes at the end of `data` start an incomplete UTF-8 sequence.
size_t incomplete_tail(std::string_view data)
{
    size_t n = data.size();
    for (size_t back = 1; back <= 3 && back <= n; ++back) {
        auto c = static_cast<unsigned char>(data[n - back]);
        if ((c & 0xC0) == 0x80)
            continue;
        size_t need = utf8_sequence_length(c);
        return need > back ? back : 0;
    }
    return 0;
}

// Newline handling of decoded text: the held-back "\r", counting, translation (IncrementalNewlineDecoder).
void process_newlines(TextIOObject* t, std::string& text, bool final)
{
    if (!t->readuniversal)
        return;
    if (t->pendingcr && (!text.empty() || final)) {
        text.insert(text.begin(), '\r');
        t->pendingcr = false;
    }
    if (!final && !text.empty() && text.back() == '\r') {
        text.pop_back();
        t->pendingcr = true;
    }
    if (text.find('\r') == std::string::npos) {
        if (text.find('\n') != std::string::npos)
            t->seennl |= SEEN_LF;
        return;
    }
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                t->seennl |= SEEN_CRLF;
                if (t->readtranslate) {
                    out.push_back('\n');
                } else {
                    out.push_back('\r');
                    out.push_back('\n');
                }
                ++i;
                continue;
            } else {
                t->seennl |= SEEN_CR;
                if (t->readtranslate) {
                    out.push_back('\n');
                    continue;
                }
            }
        } else if (c == '\n') {
            t->seennl |= SEEN_LF;
        }
        out.push_back(c);
    }
    if (t->readtranslate)
        text = std::move(out);
}

// Decodes bytes (newlines already handled: CR and LF bytes are CR and LF in every codec here) to a str.
Result<Ref<StrObject>> decode_to_str(TextIOObject* t, std::string_view data)
{
    if (data.empty())
        return str_empty();
    if (utf8::ascii_prefix_length(data.data(), data.size()) == data.size())
        return str_from_ascii(data);
    Value text = TRY(decode_bytes(data, codec_name(t->codec), t->errors->view()));
    return Ref<StrObject>(text.as<StrObject>());
}

// TextCodec::Other: the codec decoder's output through the newline layer (CPython's
// IncrementalNewlineDecoder over the codec's decoder).
Result<Ref<StrObject>> decode_generic(TextIOObject* t, Val bytes, bool final)
{
    Value final_value = bool_value(final);
    Value output = TRY(call_method(t->decoder, io_name("decode"), { bytes, final_value }));
    if (!is_str(output))
        return raise(&g_exc_TypeError, "decoder should return a string result, not '{}'", output.type()->type_name());
    StrObject* s = output.as<StrObject>();
    if (!t->readuniversal || (!t->pendingcr && find_char(s, 0, '\r') < 0)) {
        if (t->readuniversal && find_char(s, 0, '\n') >= 0)
            t->seennl |= SEEN_LF;
        return Ref<StrObject>(s);
    }
    std::string text(s->view());
    process_newlines(t, text, final);
    return str_from_utf8(text);
}

// TextCodec::Other: the codec decoder's getstate() as (buffered bytes, flags), the flags shifted and
// joined with the held-back "\r" in universal-newline mode (the IncrementalNewlineDecoder's state).
Result<int64_t> decoder_state(TextIOObject* t, bool pendingcr, std::string& buffered)
{
    Value state = TRY(call_method(t->decoder, io_name("getstate"), {}));
    if (!is_tuple(state) || state.as<TupleObject>()->size != 2)
        return raise(&g_exc_TypeError, "illegal decoder state");
    Val buffer = state.as<TupleObject>()->item(0);
    std::string_view data;
    if (!is_bytes(buffer) || !bytes_like_view(buffer, data))
        return raise(&g_exc_TypeError, "illegal decoder state: the first item should be a bytes object, not '{}'", buffer.type()->type_name());
    buffered.assign(data);
    int64_t flags = TRY(index_as_ssize(state.as<TupleObject>()->item(1)));
    if (t->readuniversal)
        flags = (flags << 1) | (pendingcr ? 1 : 0);
    return flags;
}

// Sets the codec decoder to a cookie's state: reset() at the start of the stream (where a utf-16 decoder
// still expects its BOM), else setstate((b"", flags)), as CPython's _textiowrapper_decoder_setstate.
Result<void> decoder_set_state(TextIOObject* t, int64_t start_pos, int64_t flags)
{
    if (start_pos == 0 && flags == 0) {
        TRY(call_method(t->decoder, io_name("reset"), {}));
        return {};
    }
    Value inner_flags = int_from_int64(t->readuniversal ? (int64_t(int32_t(flags)) >> 1) : int64_t(int32_t(flags)));
    Value state(tuple_of({ Val(bytes_from(std::string_view()).get()), inner_flags }));
    TRY(call_method(t->decoder, io_name("setstate"), { state }));
    return {};
}

// TextCodec::Other: the encoder told where it is, as CPython's _textiowrapper_encoder_reset: at the start
// of the stream it is reset (a BOM comes next), elsewhere setstate(0) (no BOM).
Result<void> encoder_reset(TextIOObject* t, bool start_of_stream)
{
    if (!t->encoder)
        return {};
    if (start_of_stream) {
        TRY(call_method(t->encoder, io_name("reset"), {}));
    } else {
        Value zero = Value::small_int(0);
        TRY(call_method(t->encoder, io_name("setstate"), { zero }));
    }
    return {};
}

int64_t pending_chars(TextIOObject* t) { return t->decoded ? t->decoded->length - t->decoded_pos : 0; }

void drop_decoded(TextIOObject* t)
{
    t->decoded = nullptr;
    t->decoded_pos = 0;
    t->has_snapshot = false;
    t->snapshot_bytes.clear();
}

Result<bool> check_readable(TextIOObject* t)
{
    if (BufferedObject* b = fast_buffer(t)) {
        if (b->kind == BufferedKind::Writer)
            return raise_unsupported("not readable");
        return true;
    }
    Value readable = TRY(call_method(t->buffer, io_name("readable"), {}));
    if (!TRY(is_truthy(readable)))
        return raise_unsupported("not readable");
    return true;
}

// Replaces `decoded` with the next chunk's text. Returns false at EOF (with the final text processed).
// The snapshot records where that text came from, for tell(); as CPython, it is left as it was while next()
// has disabled tell().
Result<bool> read_chunk(TextIOObject* t, int64_t size_hint = 0)
{
    bool pendingcr_before = t->pendingcr;
    bool telling = !t->telling_disabled;
    std::string dec_buffer;
    int64_t dec_flags = 0;
    if (t->codec == TextCodec::Other) {
        if (!t->decoder)
            return raise_unsupported("not readable");
        if (telling)
            dec_flags = TRY(decoder_state(t, pendingcr_before, dec_buffer));
    }
    // As CPython: read(n) asks for enough bytes for the characters it still wants.
    if (size_hint > 0)
        size_hint = int64_t(std::max(t->b2cratio, 1.0) * double(size_hint));
    Value size = int_from_int64(std::max(t->chunk_size, size_hint));
    const char* read_name = t->has_read1 ? "read1" : "read";
    Value chunk = TRY(call_method(t->buffer, io_name(read_name), { size }));
    std::string_view bytes;
    if (!bytes_like_view(chunk, bytes)) {
        if (is_none(chunk))
            bytes = {};
        else
            return raise(&g_exc_TypeError, "underlying {}() should have returned a bytes-like object, not '{}'", read_name, chunk.type()->type_name());
    }
    bool eof = bytes.empty();
    if (t->codec == TextCodec::Other) {
        Value chunk_bytes = is_bytes(chunk) ? std::move(chunk) : Value(bytes_from(bytes));
        t->decoded = TRY(decode_generic(t, chunk_bytes, eof));
        t->decoded_pos = 0;
        if (telling) {
            t->has_snapshot = true;
            t->snapshot_flags = dec_flags;
            t->snapshot_bytes = std::move(dec_buffer);
            t->snapshot_bytes.append(bytes);
        }
        int64_t length = t->decoded->length;
        t->b2cratio = length > 0 ? double(bytes.size()) / double(length) : 0.0;
        return !eof || length > 0;
    }
    std::string input = t->undecoded;
    input.append(bytes);
    size_t keep = (!eof && t->codec == TextCodec::Utf8) ? incomplete_tail(input) : 0;
    t->undecoded.assign(input, input.size() - keep, keep);
    input.resize(input.size() - keep);
    if (telling) {
        t->has_snapshot = true;
        t->snapshot_flags = t->readuniversal && pendingcr_before ? 1 : 0;
        t->snapshot_bytes.assign(input);
        t->snapshot_bytes.append(t->undecoded);
    }
    process_newlines(t, input, eof);
    t->decoded = TRY(decode_to_str(t, input));
    t->decoded_pos = 0;
    t->b2cratio = t->decoded->length > 0 ? double(bytes.size()) / double(t->decoded->length) : 0.0;
    return !eof || t->decoded->length > 0;
}

// Passes the text written so far to a buffer that is not one of ours (kept until a chunk is full, a flush,
// a read, tell() or seek()). Data the buffer refuses is lost, as in CPython.
Result<void> write_pending(TextIOObject* t)
{
    if (t->pending_bytes.empty())
        return {};
    Value bytes(bytes_from(t->pending_bytes));
    t->pending_bytes.clear();
    TRY(call_method(t->buffer, NAME_OF(write), { bytes }));
    return {};
}

Result<Value> flush_textio(TextIOObject* t)
{
    TRY(write_pending(t));
    if (BufferedObject* b = fast_buffer(t)) {
        if (b->raw_is_fileio && static_cast<FileIOObject*>(b->raw.object())->fd < 0)
            return raise_closed_file();
        TRY(buffered_flush_native(b));
        return none_value();
    }
    return call_method(t->buffer, NAME_OF(flush), {});
}

Result<Value> textio_read(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("read", nargs - 1, kwnames, 0, 1));
    TextIOObject* t = TRY(open_textio(args[0]));
    int64_t size = TRY(io_size_arg(nargs > 1 ? args[1] : Val()));
    TRY(check_readable(t));
    if (BufferedObject* b = fast_buffer(t); b && !b->wbuf.empty())
        TRY(buffered_flush_native(b));
    TRY(write_pending(t));
    if (size < 0) {
        Ref<StrObject> pending;
        if (pending_chars(t) > 0)
            pending = str_substring(t->decoded.get(), t->decoded_pos, t->decoded->length);
        Value rest = TRY(call_method(t->buffer, io_name("read"), {}));
        std::string_view bytes;
        if (!is_none(rest) && !bytes_like_view(rest, bytes))
            return raise(&g_exc_TypeError, "can't concat {} to bytes", rest.type()->type_name());
        std::string input = t->undecoded;
        t->undecoded.clear();
        Ref<StrObject> more;
        if (t->codec == TextCodec::Other) {
            if (!t->decoder)
                return raise_unsupported("not readable");
            more = TRY(decode_generic(t, rest, true));
        } else if (input.empty() && !t->pendingcr && (!t->readuniversal || memchr(bytes.data(), '\r', bytes.size()) == nullptr)) {
            // The whole rest in one decode: no state to merge and no "\r" to translate.
            if (t->readuniversal && memchr(bytes.data(), '\n', bytes.size()))
                t->seennl |= SEEN_LF;
            more = TRY(decode_to_str(t, bytes));
        } else {
            input.append(bytes);
            process_newlines(t, input, true);
            more = TRY(decode_to_str(t, input));
        }
        drop_decoded(t);
        if (pending)
            return Value(str_concat(pending.get(), more.get()));
        return Value(std::move(more));
    }
    StrBuilder builder;
    Ref<StrObject> single;
    int64_t remaining = size;
    while (remaining > 0) {
        if (pending_chars(t) == 0) {
            if (!TRY(read_chunk(t, remaining)))
                break;
            continue;
        }
        int64_t n = std::min(remaining, pending_chars(t));
        Ref<StrObject> piece = str_substring(t->decoded.get(), t->decoded_pos, t->decoded_pos + n);
        t->decoded_pos += n;
        remaining -= n;
        if (!single && builder.size() == 0) {
            single = std::move(piece);
            continue;
        }
        if (single) {
            builder.append(single.get());
            single = nullptr;
        }
        builder.append(piece.get());
    }
    if (single)
        return Value(std::move(single));
    if (builder.size() == 0)
        return Value(str_empty());
    return Value(builder.build());
}

// Where the line starting at `start` ends (after its terminator), or -1 if it does not end in s.
int64_t find_line_end(TextIOObject* t, StrObject* s, int64_t start)
{
    if (t->readtranslate || (!t->readuniversal && t->readnl == "\n")) {
        int64_t i = find_char(s, start, '\n');
        return i < 0 ? -1 : i + 1;
    }
    if (t->readuniversal) {
        for (int64_t i = start; i < s->length; ++i) {
            uint32_t c = s->at(i);
            if (c == '\n')
                return i + 1;
            if (c == '\r') {
                // A "\r" ending the chunk is a whole newline: the decoder holds back a final "\r"
                // until it knows what follows, so one that is not held was not followed by "\n".
                if (i + 1 < s->length && s->at(i + 1) == '\n')
                    return i + 2;
                return i + 1;
            }
        }
        return -1;
    }
    for (int64_t i = find_char(s, start, '\r'); i >= 0; i = find_char(s, i + 1, '\r')) {
        if (t->readnl == "\r")
            return i + 1;
        if (i + 1 >= s->length)
            return -1;
        if (s->at(i + 1) == '\n')
            return i + 2;
    }
    return -1;
}

Result<Value> read_line(TextIOObject* t, int64_t limit)
{
    if (BufferedObject* b = fast_buffer(t); b && !b->wbuf.empty())
        TRY(buffered_flush_native(b));
    TRY(write_pending(t));
    // The common case: the whole line is in the decoded chunk.
    if (pending_chars(t) > 0) {
        int64_t end = find_line_end(t, t->decoded.get(), t->decoded_pos);
        if (end >= 0 && (limit < 0 || end - t->decoded_pos <= limit)) {
            Value line(str_substring(t->decoded.get(), t->decoded_pos, end));
            t->decoded_pos = end;
            return line;
        }
    }
    StrBuilder builder;
    uint32_t last = 0;
    while (true) {
        if (pending_chars(t) > 0) {
            StrObject* s = t->decoded.get();
            int64_t end;
            // A "\r\n" terminator split between the previous chunk and this one.
            if (last == '\r' && !t->readuniversal && t->readnl == "\r\n" && s->at(t->decoded_pos) == '\n')
                end = t->decoded_pos + 1;
            else
                end = find_line_end(t, s, t->decoded_pos);
            int64_t stop = end >= 0 ? end : s->length;
            if (limit >= 0 && int64_t(builder.size()) + (stop - t->decoded_pos) >= limit) {
                stop = t->decoded_pos + (limit - int64_t(builder.size()));
                end = stop;
            }
            if (stop > t->decoded_pos) {
                Ref<StrObject> piece = str_substring(s, t->decoded_pos, stop);
                builder.append(piece.get());
                last = s->at(stop - 1);
            }
            t->decoded_pos = stop;
            if (end >= 0)
                break;
        }
        if (!TRY(read_chunk(t)))
            break;
    }
    if (builder.size() == 0)
        return Value(str_empty());
    return Value(builder.build());
}

Result<Value> textio_readline(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("readline", args + 1, nargs - 1, kwnames, { "size" }, 0, out, 1));
    TextIOObject* t = TRY(open_textio(args[0]));
    int64_t limit = out[0] ? TRY(index_as_ssize(out[0])) : -1;
    TRY(check_readable(t));
    return read_line(t, limit);
}

Result<Value> textio_iternext(Val self)
{
    if (self.type()->has_flag(TYPE_HEAP)) {
        Value line = TRY(call_method(self, io_name("readline"), {}));
        if (!is_str(line))
            return raise(&g_exc_OSError, "readline() should have returned a str object, not '{}'", line.type()->type_name());
        if (line.as<StrObject>()->length == 0)
            return Value();
        return line;
    }
    TextIOObject* t = TRY(open_textio(self));
    TRY(check_readable(t));
    t->telling_disabled = true;
    Value line = TRY(read_line(t, -1));
    if (line.as<StrObject>()->length == 0) {
        t->telling_disabled = false;
        t->has_snapshot = false;
        t->snapshot_bytes.clear();
        return Value();
    }
    return line;
}

// Encodes and passes a str to the buffer; the core of write() and print()'s fast path.
Result<void> write_str(TextIOObject* t, StrObject* s)
{
    bool has_newline = false;
    std::string_view utf8 = s->view();
    if (t->line_buffering)
        has_newline = utf8.find_first_of("\n\r") != std::string_view::npos;
    if (!t->writable)
        return raise_unsupported("not writable");
    if (t->decoded || t->has_snapshot || t->pendingcr) {
        drop_decoded(t);
        t->pendingcr = false;
        t->undecoded.clear();
    }
    t->seennl = 0;  // CPython 3.12 compat: a write resets the decoder, which forgets the newlines seen
    Ref<StrObject> translated;
    if (!t->writenl.empty() && t->writetranslate && utf8.find('\n') != std::string_view::npos) {
        std::string text;
        text.reserve(utf8.size() + 16);
        for (char c : utf8) {
            if (c == '\n')
                text += t->writenl;
            else
                text.push_back(c);
        }
        translated = str_from_utf8(text);
        s = translated.get();
    }
    std::string encoded;
    std::string_view data;
    Value encoder_output;
    if (t->codec == TextCodec::Other) {
        encoder_output = TRY(call_method(t->encoder, io_name("encode"), { Val(s) }));
        if (!is_bytes(encoder_output) || !bytes_like_view(encoder_output, data))
            return raise(&g_exc_TypeError, "encoder should return a bytes object, not '{}'", encoder_output.type()->type_name());
        if (t->decoder)
            TRY(call_method(t->decoder, io_name("reset"), {}));
    } else if (s->ascii) {
        data = s->view();
    } else {
        encoded = TRY(encode_str(s, codec_name(t->codec), t->errors->view()));
        data = encoded;
    }
    if (BufferedObject* b = fast_buffer(t)) {
        if (b->raw_is_fileio && static_cast<FileIOObject*>(b->raw.object())->fd < 0)
            return raise(&g_exc_ValueError, "write to closed file");
        if (b->kind == BufferedKind::Reader)
            return raise_unsupported("not writable");
        TRY(buffered_write_bytes(b, data));
        if (has_newline)
            TRY(buffered_flush_native(b));
        return {};
    }
    // Other buffers get the encoded text in pieces of up to _CHUNK_SIZE bytes, as CPython's pending bytes.
    if (int64_t(t->pending_bytes.size() + data.size()) > t->chunk_size)
        TRY(write_pending(t));
    t->pending_bytes.append(data);
    if (int64_t(t->pending_bytes.size()) >= t->chunk_size || has_newline || t->write_through)
        TRY(write_pending(t));
    if (has_newline)
        TRY(call_method(t->buffer, NAME_OF(flush), {}));
    return {};
}

Result<Value> textio_write(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("write", nargs - 1, kwnames, 1, 1));
    TextIOObject* t = TRY(valid_textio(args[0]));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "write() argument must be str, not {}", args[1].type()->type_name());
    if (TRY(buffer_closed(t)))
        return raise_closed_file();
    TRY(write_str(t, args[1].as<StrObject>()));
    return int_from_int64(args[1].as<StrObject>()->length);
}

Result<Value> textio_flush(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("flush", nargs - 1, kwnames, 0, 0));
    TextIOObject* t = TRY(open_textio(args[0]));
    t->telling_disabled = false;  // as CPython: flush() re-enables tell() after next()
    return flush_textio(t);
}

Result<Value> textio_close(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("close", nargs - 1, kwnames, 0, 0));
    TextIOObject* t = TRY(valid_textio(args[0]));
    if (TRY(buffer_closed(t)))
        return none_value();
    auto flushed = call_method(args[0], NAME_OF(flush), {});
    Value flush_error;
    if (flushed.is_error())
        flush_error = fetch_error();
    t->iobase_closed = true;
    auto closed = call_method(t->buffer, io_name("close"), {});
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

Result<Value> textio_detach(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("detach", nargs - 1, kwnames, 0, 0));
    TextIOObject* t = TRY(valid_textio(args[0]));
    TRY(call_method(args[0], NAME_OF(flush), {}));
    Value buffer = std::move(t->buffer);
    t->ok = false;
    t->detached = true;
    t->fast_writer = false;
    return buffer;
}

Result<int64_t> buffer_tell(TextIOObject* t)
{
    Value position = TRY(call_method(t->buffer, io_name("tell"), {}));
    return index_as_ssize(position);
}

// The decoder tell() replays, feeding the snapshot's bytes: the codec (natively, which buffers an
// incomplete UTF-8 sequence; or the codec's own incremental decoder, whose state tell() saves and
// restores) under the newline decoder (which holds back a final "\r"). It counts characters only.
struct ReplayDecoder {
    TextIOObject* t;
    bool pendingcr = false;
    bool counting = false;  // after a reset, the newlines it passes are counted again (as CPython's)
    std::string pending;    // native codecs: the incomplete sequence held

    // CPython 3.12 compat: setting the state of the start of the stream resets the decoder, which
    // forgets the newline kinds seen so far; tell() does that, and then counts what it replays.
    Result<void> set_state(int64_t start_pos, int64_t flags)
    {
        if (start_pos == 0 && flags == 0 && t->readuniversal) {
            t->seennl = 0;
            counting = true;
        }
        pendingcr = t->readuniversal && (flags & 1);
        pending.clear();
        if (t->codec == TextCodec::Other)
            TRY(decoder_set_state(t, start_pos, flags));
        return {};
    }

    // The bytes the decoder holds and its flags (its getstate()).
    Result<size_t> state(int64_t& flags)
    {
        if (t->codec != TextCodec::Other) {
            flags = pendingcr ? 1 : 0;
            return pending.size();
        }
        flags = TRY(decoder_state(t, pendingcr, pending));
        return pending.size();
    }

    Result<int64_t> decode(std::string_view bytes, bool final)
    {
        std::string text;
        int64_t chars = 0;
        if (t->codec == TextCodec::Other) {
            Value input(bytes_from(bytes));
            Value final_value = bool_value(final);
            Value output = TRY(call_method(t->decoder, io_name("decode"), { input, final_value }));
            if (!is_str(output))
                return raise(&g_exc_TypeError, "decoder should return a string result, not '{}'", output.type()->type_name());
            chars = output.as<StrObject>()->length;
            if (t->readuniversal)
                text = output.as<StrObject>()->view();
        } else {
            text = pending;
            text.append(bytes);
            size_t keep = (!final && t->codec == TextCodec::Utf8) ? incomplete_tail(text) : 0;
            pending.assign(text, text.size() - keep, keep);
            text.resize(text.size() - keep);
            if (t->codec == TextCodec::Utf8) {
                for (char c : text)
                    chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
            } else {
                chars = int64_t(text.size());
            }
        }
        if (!t->readuniversal)
            return chars;
        if (pendingcr && (chars > 0 || final)) {
            text.insert(text.begin(), '\r');
            ++chars;
            pendingcr = false;
        }
        if (!final && !text.empty() && text.back() == '\r') {
            text.pop_back();
            --chars;
            pendingcr = true;
        }
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                if (t->readtranslate)
                    --chars;
                if (counting)
                    t->seennl |= SEEN_CRLF;
                ++i;
            } else if (counting && text[i] == '\r') {
                t->seennl |= SEEN_CR;
            } else if (counting && text[i] == '\n') {
                t->seennl |= SEEN_LF;
            }
        }
        return chars;
    }
};

// CPython's cookie: the start position in the low 64 bits, then the decoder flags, the bytes to feed and
// the characters to skip (32 bits each) and a need-EOF byte, packed as its C struct is in memory.
struct Cookie {
    int64_t start_pos = 0;
    uint32_t dec_flags = 0, bytes_to_feed = 0, chars_to_skip = 0;
    uint8_t need_eof = 0;
};

Result<Value> build_cookie(const Cookie& cookie)
{
    if (!cookie.dec_flags && !cookie.bytes_to_feed && !cookie.chars_to_skip && !cookie.need_eof)
        return int_from_int64(cookie.start_pos);
    char hex[64];
    snprintf(hex, sizeof hex, "%02x%08x%08x%08x%016llx", unsigned(cookie.need_eof), unsigned(cookie.chars_to_skip), unsigned(cookie.bytes_to_feed),
             unsigned(cookie.dec_flags), static_cast<unsigned long long>(cookie.start_pos));
    return int_from_string(hex, 16);
}

Result<Cookie> parse_cookie(Val value)
{
    Cookie cookie;
    int64_t small;
    if (int_to_int64(value, small)) {
        cookie.start_pos = small;
        return cookie;
    }
    std::string hex = int_to_base(value, 16).substr(2);
    if (hex.size() > 42)
        return raise(&g_exc_OverflowError, "int too big to convert");
    hex.insert(0, 42 - hex.size(), '0');
    auto field = [&](size_t from, size_t digits) { return std::stoull(hex.substr(from, digits), nullptr, 16); };
    cookie.need_eof = uint8_t(field(0, 2));
    cookie.chars_to_skip = uint32_t(field(2, 8));
    cookie.bytes_to_feed = uint32_t(field(10, 8));
    cookie.dec_flags = uint32_t(field(18, 8));
    uint64_t start = field(26, 16);
    if (start > uint64_t(INT64_MAX))
        return raise(&g_exc_OverflowError, "int too big to convert");
    cookie.start_pos = int64_t(start);
    return cookie;
}

// The search of tell(): from the snapshot's start, the nearest point before the current position where the
// decoder holds no bytes, and the way from there (bytes to feed, characters to skip).
Result<Value> replay_cookie(TextIOObject* t, Cookie cookie, int64_t chars_to_skip)
{
    std::string_view input = t->snapshot_bytes;
    ReplayDecoder decoder { t };
    int64_t flags = 0;
    // A first guess from the chunk's bytes per character, stepping back until the decoder is clean.
    int64_t skip_bytes = int64_t(t->b2cratio * double(chars_to_skip));
    int64_t skip_back = 1;
    while (skip_bytes > 0) {
        TRY(decoder.set_state(cookie.start_pos, int32_t(cookie.dec_flags)));
        int64_t decoded = TRY(decoder.decode(input.substr(0, size_t(std::min<int64_t>(skip_bytes, int64_t(input.size())))), false));
        if (decoded <= chars_to_skip) {
            size_t held = TRY(decoder.state(flags));
            if (held == 0) {
                cookie.dec_flags = uint32_t(flags);
                chars_to_skip -= decoded;
                break;
            }
            skip_bytes -= int64_t(held);
            skip_back = 1;
        } else {
            skip_bytes -= skip_back;
            skip_back *= 2;
        }
    }
    if (skip_bytes <= 0) {
        skip_bytes = 0;
        TRY(decoder.set_state(cookie.start_pos, int32_t(cookie.dec_flags)));
    }
    skip_bytes = std::min<int64_t>(skip_bytes, int64_t(input.size()));
    cookie.start_pos += skip_bytes;
    cookie.chars_to_skip = uint32_t(chars_to_skip);
    if (chars_to_skip == 0)
        return build_cookie(cookie);

    // Then one byte at a time, noting each safe start point, until the characters are reached.
    int64_t chars_decoded = 0;
    size_t i = size_t(skip_bytes);
    for (; i < input.size(); ++i) {
        chars_decoded += TRY(decoder.decode(input.substr(i, 1), false));
        cookie.bytes_to_feed += 1;
        size_t held = TRY(decoder.state(flags));
        if (held == 0 && chars_decoded <= chars_to_skip) {
            cookie.start_pos += cookie.bytes_to_feed;
            chars_to_skip -= chars_decoded;
            cookie.dec_flags = uint32_t(flags);
            cookie.bytes_to_feed = 0;
            chars_decoded = 0;
        }
        if (chars_decoded >= chars_to_skip)
            break;
    }
    if (i >= input.size()) {
        // The end of the input: what the decoder still holds comes out at EOF.
        chars_decoded += TRY(decoder.decode(std::string_view(), true));
        cookie.need_eof = 1;
        if (chars_decoded < chars_to_skip)
            return raise(&g_exc_OSError, "can't reconstruct logical file position");
    }
    cookie.chars_to_skip = uint32_t(chars_to_skip);
    return build_cookie(cookie);
}

// tell(), as CPython computes it: from the snapshot, find the nearest point before the current position
// where the decoder holds no bytes, and describe the way from there.
Result<Value> textio_tell(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tell", nargs - 1, kwnames, 0, 0));
    TextIOObject* t = TRY(open_textio(args[0]));
    Value seekable = TRY(call_method(t->buffer, io_name("seekable"), {}));
    if (!TRY(is_truthy(seekable)))
        return raise_unsupported("underlying stream is not seekable");
    if (t->telling_disabled)
        return raise(&g_exc_OSError, "telling position disabled by next() call");
    TRY(flush_textio(t));
    int64_t position = TRY(buffer_tell(t));
    if (!t->has_snapshot)
        return int_from_int64(position);
    std::string_view input = t->snapshot_bytes;
    Cookie cookie;
    cookie.start_pos = position - int64_t(input.size());
    cookie.dec_flags = uint32_t(t->snapshot_flags);
    int64_t chars_to_skip = t->decoded ? t->decoded_pos : 0;
    if (chars_to_skip == 0)
        return build_cookie(cookie);

    if (t->codec != TextCodec::Other)
        return replay_cookie(t, cookie, chars_to_skip);
    // The codec's decoder is used for the replay: its state is restored afterwards, errors included.
    Value saved_state = TRY(call_method(t->decoder, io_name("getstate"), {}));
    auto result = replay_cookie(t, cookie, chars_to_skip);
    Value error;
    if (result.is_error())
        error = fetch_error();
    auto restored = call_method(t->decoder, io_name("setstate"), { saved_state });
    if (error) {
        if (restored.is_error())
            clear_error();
        restore_error(std::move(error));
        return Error {};
    }
    if (restored.is_error())
        return Error {};
    return result;
}

Result<Value> textio_seek(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("seek", nargs - 1, kwnames, 1, 2));
    TextIOObject* t = TRY(open_textio(args[0]));
    int64_t whence = nargs > 2 ? TRY(index_as_ssize(args[2])) : 0;
    Value seekable = TRY(call_method(t->buffer, io_name("seekable"), {}));
    if (!TRY(is_truthy(seekable)))
        return raise_unsupported("underlying stream is not seekable");
    Val cookie = args[1];
    if (whence == 1 || whence == 2) {
        if (!TRY(rich_compare_bool(cookie, Val::small_int(0), CompareOp::Eq)))
            return raise_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    } else if (whence != 0) {
        return raise(&g_exc_ValueError, "invalid whence ({}, should be 0, 1 or 2)", whence);
    }
    if (whence == 1) {
        Value here = TRY(textio_tell(args, 1, nullptr));
        Val seek_args[2] = { args[0], here };
        return textio_seek(seek_args, 2, nullptr);
    }
    TRY(flush_textio(t));
    t->telling_disabled = false;
    drop_decoded(t);
    t->undecoded.clear();
    t->pendingcr = false;
    if (whence == 2) {
        t->seennl = 0;  // the decoder is reset
        if (t->codec == TextCodec::Other && t->decoder)
            TRY(call_method(t->decoder, io_name("reset"), {}));
        Value zero = Value::small_int(0);
        Value end = TRY(call_method(t->buffer, io_name("seek"), { zero, Val::small_int(2) }));
        if (t->codec == TextCodec::Other && t->encoder)
            TRY(encoder_reset(t, TRY(rich_compare_bool(end, Val::small_int(0), CompareOp::Eq))));
        return end;
    }
    // As CPython: compared with 0, then converted with int().
    if (TRY(rich_compare_bool(cookie, Val::small_int(0), CompareOp::Lt)))
        return raise(&g_exc_ValueError, "negative seek position {}", TRY(repr_utf8(cookie)));
    Value cookie_int = is_int(cookie) ? Value::borrow(cookie) : TRY(call(Val(&g_int_type), { cookie }));
    Cookie parsed = TRY(parse_cookie(cookie_int));
    Value start = int_from_int64(parsed.start_pos);
    TRY(call_method(t->buffer, io_name("seek"), { start }));
    // The decoder as it was at the safe start point (reset at the very start, which forgets the newlines
    // seen, as CPython's does), then, as read_chunk does, the bytes to feed.
    if (parsed.start_pos == 0 && parsed.dec_flags == 0)
        t->seennl = 0;
    t->pendingcr = t->readuniversal && (parsed.dec_flags & 1);
    bool generic = t->codec == TextCodec::Other;
    if (generic && t->decoder)
        TRY(decoder_set_state(t, parsed.start_pos, int32_t(parsed.dec_flags)));
    t->has_snapshot = true;
    t->snapshot_flags = generic ? int64_t(int32_t(parsed.dec_flags)) : (t->pendingcr ? 1 : 0);
    t->snapshot_bytes.clear();
    if (parsed.chars_to_skip) {
        Value count = int_from_int64(parsed.bytes_to_feed);
        Value chunk = TRY(call_method(t->buffer, io_name("read"), { count }));
        std::string_view bytes;
        if (!bytes_like_view(chunk, bytes))
            return raise(&g_exc_TypeError, "underlying read() should have returned a bytes object, not '{}'", chunk.type()->type_name());
        bool final = parsed.need_eof;
        std::string input(bytes);
        t->snapshot_bytes = input;
        if (generic) {
            if (!t->decoder)
                return raise_unsupported("not readable");
            t->decoded = TRY(decode_generic(t, chunk, final));
            if (t->decoded->length < int64_t(parsed.chars_to_skip))
                return raise(&g_exc_OSError, "can't restore logical file position");
            t->decoded_pos = int64_t(parsed.chars_to_skip);
            TRY(encoder_reset(t, parsed.start_pos == 0 && parsed.dec_flags == 0));
            return Value::borrow(cookie);
        }
        size_t keep = (!final && t->codec == TextCodec::Utf8) ? incomplete_tail(input) : 0;
        t->undecoded.assign(input, input.size() - keep, keep);
        input.resize(input.size() - keep);
        process_newlines(t, input, final);
        t->decoded = TRY(decode_to_str(t, input));
        if (t->decoded->length < int64_t(parsed.chars_to_skip))
            return raise(&g_exc_OSError, "can't restore logical file position");
        t->decoded_pos = int64_t(parsed.chars_to_skip);
    }
    if (generic)
        TRY(encoder_reset(t, parsed.start_pos == 0 && parsed.dec_flags == 0));
    return Value::borrow(cookie);
}

Result<Value> textio_truncate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("truncate", nargs - 1, kwnames, 0, 1));
    TextIOObject* t = TRY(open_textio(args[0]));
    TRY(call_method(args[0], NAME_OF(flush), {}));
    Value position = nargs > 1 ? Value::borrow(args[1]) : none_value();
    return call_method(t->buffer, io_name("truncate"), { position });
}

Result<Value> forward(const Val* args, const char* name)
{
    TextIOObject* t = TRY(valid_textio(args[0]));
    return call_method(t->buffer, io_name(name), {});
}

Result<Value> textio_fileno(const Val* args, size_t, TupleObject*) { return forward(args, "fileno"); }
Result<Value> textio_isatty(const Val* args, size_t, TupleObject*) { return forward(args, "isatty"); }
Result<Value> textio_seekable(const Val* args, size_t, TupleObject*) { return forward(args, "seekable"); }
Result<Value> textio_readable(const Val* args, size_t, TupleObject*) { return forward(args, "readable"); }
Result<Value> textio_writable(const Val* args, size_t, TupleObject*) { return forward(args, "writable"); }

// reconfigure(*, encoding=None, errors=None, newline=Ellipsis, line_buffering=None, write_through=None)
Result<Value> textio_reconfigure(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs > 1)
        return raise(&g_exc_TypeError, "reconfigure() takes no positional arguments");
    Val out[5];
    TRY(bind_args("reconfigure", args + 1, 0, kwnames, { "encoding", "errors", "newline", "line_buffering", "write_through" }, 0, out));
    TextIOObject* t = TRY(valid_textio(args[0]));
    Val encoding = out[0] && !is_none(out[0]) ? out[0] : Val();
    Val errors = out[1] && !is_none(out[1]) ? out[1] : Val();
    bool newline_given = out[2] && !out[2].is(Val(&g_ellipsis));
    if (encoding && !is_str(encoding))
        return raise(&g_exc_TypeError, "reconfigure() argument 'encoding' must be str or None, not {}", encoding.type()->type_name());
    if (errors && !is_str(errors))
        return raise(&g_exc_TypeError, "reconfigure() argument 'errors' must be str or None, not {}", errors.type()->type_name());
    if (newline_given && !is_none(out[2]) && !is_str(out[2]))
        return raise(&g_exc_TypeError, "reconfigure() argument 'newline' must be str or None, not {}", out[2].type()->type_name());
    TRY(check_c_string(encoding, false));
    TRY(check_c_string(errors, false));
    if ((encoding || errors || newline_given) && t->decoded)
        return raise_unsupported("It is not possible to set the encoding or newline of stream after the first read");
    if (newline_given) {
        std::string_view nl = is_none(out[2]) ? std::string_view() : out[2].as<StrObject>()->view();
        if (!is_none(out[2]) && !(nl.empty() || nl == "\n" || nl == "\r" || nl == "\r\n"))
            return raise(&g_exc_ValueError, "illegal newline value: {}", std::string(nl));
    }
    // CPython 3.12 compat: the flags are converted as C longs (with __index__, not __bool__), before anything changes.
    bool line_buffering = t->line_buffering, write_through = t->write_through;
    for (auto [value, flag] : { std::pair { out[3], &line_buffering }, std::pair { out[4], &write_through } }) {
        if (!value || is_none(value))
            continue;
        Value number = TRY(number_index(value));
        int64_t n;
        if (!int_to_int64(number, n))
            return raise(&g_exc_OverflowError, "Python int too large to convert to C long");
        *flag = n != 0;
    }
    TRY(call_method(args[0], NAME_OF(flush), {}));
    if (newline_given)
        TRY(set_newline(t, out[2]));
    // As CPython, a new newline mode makes a new decoder and encoder too (for a non-native codec).
    if (encoding || errors || (newline_given && t->codec == TextCodec::Other)) {
        Val new_encoding = encoding ? encoding : Val(t->encoding.get());
        Val new_errors = errors ? errors : (encoding ? Val() : Val(t->errors.get()));
        TRY(set_encoding(t, new_encoding, new_errors));
    }
    t->line_buffering = line_buffering;
    t->write_through = write_through;
    update_fast_writer(t);
    return none_value();
}

Result<Value> textio_get_encoding(Val self)
{
    TextIOObject* t = as_textio(self);
    if (!t->encoding)
        return raise(&g_exc_ValueError, "I/O operation on uninitialized object");
    return Value(t->encoding);
}
Result<Value> textio_get_errors(Val self)
{
    TextIOObject* t = as_textio(self);
    if (!t->errors)
        return raise(&g_exc_ValueError, "I/O operation on uninitialized object");
    return Value(t->errors);
}
// Plain members in CPython: readable after detach() too.
Result<Value> textio_get_line_buffering(Val self) { return bool_value(as_textio(self)->line_buffering); }
Result<Value> textio_get_write_through(Val self) { return bool_value(as_textio(self)->write_through); }
Result<Value> textio_get_buffer(Val self)
{
    TextIOObject* t = as_textio(self);
    if (t->detached)
        return none_value();
    return Value(TRY(valid_textio(self))->buffer);
}
Result<Value> textio_get_closed(Val self) { return get_attr(TRY(valid_textio(self))->buffer, io_name("closed")); }
Result<Value> textio_get_name(Val self) { return get_attr(TRY(valid_textio(self))->buffer, io_name("name")); }
Result<Value> textio_get_newlines(Val self)
{
    TextIOObject* t = TRY(valid_textio(self));
    if (!t->readuniversal)
        return none_value();
    return newlines_value(t->seennl);
}
Result<Value> textio_get_chunk_size(Val self) { return int_from_int64(TRY(valid_textio(self))->chunk_size); }
Result<void> textio_set_chunk_size(Val self, Val value)
{
    TextIOObject* t = TRY(valid_textio(self));
    if (!value)
        return raise(&g_exc_AttributeError, "cannot delete attribute");
    int64_t n = TRY(index_as_ssize(value));
    if (n <= 0)
        return raise(&g_exc_ValueError, "a strictly positive integer is required");
    t->chunk_size = n;
    return {};
}

Result<Value> textio_repr(Val self)
{
    // CPython 3.12 compat: subclasses are shown as _io.TextIOWrapper too.
    std::string text = "<_io.TextIOWrapper";
    TextIOObject* t = as_textio(self);
    if (!t->ok && !t->detached)
        return raise(&g_exc_ValueError, "I/O operation on uninitialized object");
    for (const char* attribute : { "name", "mode" }) {
        auto value = get_attr(self, io_name(attribute));
        if (value.is_error()) {
            // As CPython: a missing attribute is left out, and so is a name a detached stream cannot give.
            if (!error_matches(&g_exc_AttributeError) && !(attribute[0] == 'n' && error_matches(&g_exc_ValueError)))
                return Error {};
            clear_error();
            continue;
        }
        text += std::string(" ") + attribute + "=" + TRY(repr_utf8(value.value()));
    }
    if (t->encoding)
        text += " encoding=" + str_repr_utf8(t->encoding.get());
    return Value(str_from_utf8(text + ">"));
}

const MethodDef s_textio_methods[] = {
    { "read", textio_read, METHOD_INSTANCE, nullptr },
    { "readline", textio_readline, METHOD_INSTANCE, nullptr },
    { "write", textio_write, METHOD_INSTANCE, nullptr },
    { "flush", textio_flush, METHOD_INSTANCE, nullptr },
    { "close", textio_close, METHOD_INSTANCE, nullptr },
    { "detach", textio_detach, METHOD_INSTANCE, nullptr },
    { "tell", textio_tell, METHOD_INSTANCE, nullptr },
    { "seek", textio_seek, METHOD_INSTANCE, nullptr },
    { "truncate", textio_truncate, METHOD_INSTANCE, nullptr },
    { "fileno", textio_fileno, METHOD_INSTANCE, nullptr },
    { "isatty", textio_isatty, METHOD_INSTANCE, nullptr },
    { "seekable", textio_seekable, METHOD_INSTANCE, nullptr },
    { "readable", textio_readable, METHOD_INSTANCE, nullptr },
    { "writable", textio_writable, METHOD_INSTANCE, nullptr },
    { "reconfigure", textio_reconfigure, METHOD_INSTANCE, "Reconfigure the text stream with new parameters." },
    {},
};

const GetSetDef s_textio_getsets[] = {
    { "encoding", textio_get_encoding, nullptr, nullptr },
    { "errors", textio_get_errors, nullptr, nullptr },
    { "line_buffering", textio_get_line_buffering, nullptr, nullptr },
    { "write_through", textio_get_write_through, nullptr, nullptr },
    { "buffer", textio_get_buffer, nullptr, nullptr },
    { "closed", textio_get_closed, nullptr, nullptr },
    { "name", textio_get_name, nullptr, nullptr },
    { "newlines", textio_get_newlines, nullptr, nullptr },
    { "_CHUNK_SIZE", textio_get_chunk_size, textio_set_chunk_size, nullptr },
    {},
};

// ---- IncrementalNewlineDecoder(decoder, translate, errors='strict') ----

NewlineDecoderObject* as_decoder(Val v) { return static_cast<NewlineDecoderObject*>(v.object()); }

void decoder_destroy(Object* object)
{
    auto* d = static_cast<NewlineDecoderObject*>(object);
    d->decoder.~Value();
    d->errors.~Value();
}

void decoder_traverse(Object* object, VisitFn visit, void* context)
{
    auto* d = static_cast<NewlineDecoderObject*>(object);
    visit_val(d->decoder.get(), visit, context);
}

void decoder_clear(Object* object) { static_cast<NewlineDecoderObject*>(object)->decoder = Value(); }

Result<Value> decoder_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    Object* object = alloc_object(type);
    if (!object)
        return raise_memory_error();
    return Value::adopt(Val(object));
}

Result<void> decoder_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("IncrementalNewlineDecoder", args, nargs, kwnames, { "decoder", "translate", "errors" }, 2, out));
    NewlineDecoderObject* d = as_decoder(self);
    d->decoder = Value::borrow(out[0]);
    d->translate = TRY(is_truthy(out[1]));
    d->errors = out[2] ? Value::borrow(out[2]) : Value(str_intern("strict"));
    d->pendingcr = false;
    d->seennl = 0;
    return {};
}

Result<Value> decoder_decode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("decode", args + 1, nargs - 1, kwnames, { "input", "final" }, 1, out));
    NewlineDecoderObject* d = as_decoder(args[0]);
    if (!d->decoder && !d->errors)
        return raise(&g_exc_ValueError, "IncrementalNewlineDecoder.__init__() not called");
    bool final = out[1] ? TRY(is_truthy(out[1])) : false;
    Value output;
    if (d->decoder && !is_none(d->decoder)) {
        Value final_value = bool_value(final);
        output = TRY(call_method(d->decoder, io_name("decode"), { out[0], final_value }));
    } else {
        output = Value::borrow(out[0]);
    }
    if (!is_str(output))
        return raise(&g_exc_TypeError, "decoder should return a string result, not '{}'", output.type()->type_name());
    std::string text(output.as<StrObject>()->view());
    if (d->pendingcr && (!text.empty() || final)) {
        text.insert(text.begin(), '\r');
        d->pendingcr = false;
    }
    if (!final && !text.empty() && text.back() == '\r') {
        text.pop_back();
        d->pendingcr = true;
    }
    std::string translated;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                d->seennl |= SEEN_CRLF;
                ++i;
                translated += d->translate ? "\n" : "\r\n";
                continue;
            }
            d->seennl |= SEEN_CR;
            translated.push_back(d->translate ? '\n' : '\r');
            continue;
        }
        if (c == '\n')
            d->seennl |= SEEN_LF;
        translated.push_back(c);
    }
    return Value(str_from_utf8(translated));
}

Result<Value> decoder_getstate(const Val* args, size_t, TupleObject*)
{
    NewlineDecoderObject* d = as_decoder(args[0]);
    Value buffer(bytes_from(std::string_view()));
    int64_t flag = 0;
    if (d->decoder && !is_none(d->decoder)) {
        Value state = TRY(call_method(d->decoder, io_name("getstate"), {}));
        if (!is_tuple(state) || state.as<TupleObject>()->size != 2)
            return raise(&g_exc_TypeError, "illegal decoder state");
        buffer = Value::borrow(state.as<TupleObject>()->item(0));
        flag = TRY(index_as_ssize(state.as<TupleObject>()->item(1)));
    }
    flag <<= 1;
    if (d->pendingcr)
        flag |= 1;
    Value flag_value = int_from_int64(flag);
    return Value(tuple_of({ buffer, flag_value }));
}

Result<Value> decoder_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setstate", nargs - 1, kwnames, 1, 1));
    NewlineDecoderObject* d = as_decoder(args[0]);
    Val state = args[1];
    if (!is_tuple(state) || state.as<TupleObject>()->size != 2)
        return raise(&g_exc_TypeError, "state argument must be a tuple");
    int64_t flag = TRY(index_as_ssize(state.as<TupleObject>()->item(1)));
    d->pendingcr = flag & 1;
    if (d->decoder && !is_none(d->decoder)) {
        Value inner_flag = int_from_int64(flag >> 1);
        Value inner = Value(tuple_of({ state.as<TupleObject>()->item(0), inner_flag }));
        TRY(call_method(d->decoder, io_name("setstate"), { inner }));
    }
    return none_value();
}

Result<Value> decoder_reset(const Val* args, size_t, TupleObject*)
{
    NewlineDecoderObject* d = as_decoder(args[0]);
    d->seennl = 0;
    d->pendingcr = false;
    if (d->decoder && !is_none(d->decoder))
        TRY(call_method(d->decoder, io_name("reset"), {}));
    return none_value();
}

Result<Value> decoder_get_newlines(Val self) { return newlines_value(as_decoder(self)->seennl); }

const MethodDef s_decoder_methods[] = {
    { "decode", decoder_decode, METHOD_INSTANCE, nullptr },
    { "getstate", decoder_getstate, METHOD_INSTANCE, nullptr },
    { "setstate", decoder_setstate, METHOD_INSTANCE, nullptr },
    { "reset", decoder_reset, METHOD_INSTANCE, nullptr },
    {},
};

const GetSetDef s_decoder_getsets[] = {
    { "newlines", decoder_get_newlines, nullptr, nullptr },
    {},
};

}  // namespace

Result<Value> textio_create(Val buffer, Val encoding, Val errors, Val newline, bool line_buffering, bool write_through)
{
    Value self = TRY(textio_new(&g_textiowrapper_type, nullptr, 0, nullptr));
    Val args[6] = { buffer, encoding ? encoding : none(), errors ? errors : none(), newline ? newline : none(),
                    Val(line_buffering ? g_true : g_false), Val(write_through ? g_true : g_false) };
    TRY(textio_init(self, args, 6, nullptr));
    return self;
}

// print()'s fast path: writes a str to an exact TextIOWrapper without a method call. False if the
// stream needs the general path (a subclass, another buffer type, a translation).
Result<bool> textio_fast_write(Val file, StrObject* s)
{
    if (file.type() != &g_textiowrapper_type)
        return false;
    TextIOObject* t = as_textio(file);
    if (!t->ok || !t->fast_writer)
        return false;
    BufferedObject* b = static_cast<BufferedObject*>(t->buffer.object());
    if (!b->ok || !b->raw_is_fileio || static_cast<FileIOObject*>(b->raw.object())->fd < 0 || b->kind == BufferedKind::Reader)
        return false;
    TRY(write_str(t, s));
    return true;
}

// The same for ASCII text that print() formatted itself (numbers).
Result<bool> textio_fast_write_ascii(Val file, std::string_view text)
{
    if (file.type() != &g_textiowrapper_type)
        return false;
    TextIOObject* t = as_textio(file);
    if (!t->ok || !t->fast_writer)
        return false;
    BufferedObject* b = static_cast<BufferedObject*>(t->buffer.object());
    if (!b->ok || !b->raw_is_fileio || static_cast<FileIOObject*>(b->raw.object())->fd < 0 || b->kind == BufferedKind::Reader)
        return false;
    if (t->decoded || t->has_snapshot || t->pendingcr) {
        drop_decoded(t);
        t->pendingcr = false;
        t->undecoded.clear();
    }
    t->seennl = 0;
    TRY(buffered_write_bytes(b, text));
    if (t->line_buffering && text.find_first_of("\n\r") != std::string_view::npos)
        TRY(buffered_flush_native(b));
    return true;
}

void init_textio_types()
{
    type_init_static(g_textiowrapper_type, "_io.TextIOWrapper", sizeof(TextIOObject), &g_textiobase_type, TYPE_BASETYPE | TYPE_GC);
    g_textiowrapper_type.new_instance = textio_new;
    g_textiowrapper_type.init = textio_init;
    g_textiowrapper_type.destroy = textio_destroy;
    g_textiowrapper_type.finalize = textio_finalize;
    g_textiowrapper_type.traverse = textio_traverse;
    g_textiowrapper_type.clear = textio_clear;
    g_textiowrapper_type.repr = textio_repr;
    g_textiowrapper_type.iternext = textio_iternext;
    g_textiowrapper_type.methods = s_textio_methods;
    g_textiowrapper_type.getsets = s_textio_getsets;
    g_textiowrapper_type.doc = "Character and line based layer over a BufferedIOBase object, buffer.";
    type_ready(g_textiowrapper_type);

    type_init_static(g_newline_decoder_type, "_io.IncrementalNewlineDecoder", sizeof(NewlineDecoderObject), &g_object_type, TYPE_BASETYPE | TYPE_GC);
    g_newline_decoder_type.new_instance = decoder_new;
    g_newline_decoder_type.init = decoder_init;
    g_newline_decoder_type.destroy = decoder_destroy;
    g_newline_decoder_type.traverse = decoder_traverse;
    g_newline_decoder_type.clear = decoder_clear;
    g_newline_decoder_type.methods = s_decoder_methods;
    g_newline_decoder_type.getsets = s_decoder_getsets;
    g_newline_decoder_type.doc = "Codec used when reading a file in universal newlines mode.";
    type_ready(g_newline_decoder_type);
}

}  // namespace ginger
