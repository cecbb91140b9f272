// zlib: CPython 3.12's zlib module over the system zlib (Debian's zlib1g): one-shot compress/decompress,
// the streaming Compress and Decompress objects (flush, copy, unused_data, unconsumed_tail, eof), crc32,
// adler32 and the constants, with CPython's zlib.error messages ("Error -3 while decompressing data: ...").
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"

#include <climits>
#include <cstring>
#include <new>
#include <string>
#include <zlib.h>

namespace ginger {

namespace {

constexpr int DEF_BUF_SIZE = 16 * 1024;
constexpr size_t CHUNK = 64 * 1024;  // zlib's counters are 32-bit: feed it at most this much at a time

TypeObject s_error_type, s_compress_type, s_decompress_type, s_zlib_decompressor_type;

// Invariant: `initialised` is true between a successful deflateInit2/inflateInit2 and the matching End;
// zlib's own calls on a stream that was ended fail with Z_STREAM_ERROR rather than crash.
struct ZlibObject : Object {
    z_stream zst;
    bool initialised;
    bool eof;
    bool has_zdict;
    bool needs_input;              // _ZlibDecompressor: true when it has no input left to decompress
    std::string unused_data;       // Decompress: bytes after the end of the stream
    std::string unconsumed_tail;   // Decompress: input held back by max_length; _ZlibDecompressor: its input buffer
    std::string zdict;
};

// Compress and Decompress objects come only from compressobj() and decompressobj(), as in CPython.
Result<Value> zlib_no_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    return raise(&g_exc_TypeError, "cannot create '{}' instances", type->type_name());
}

void zlib_destroy(Object* object)
{
    auto* z = static_cast<ZlibObject*>(object);
    if (z->initialised) {
        if (object->type == &s_compress_type)
            deflateEnd(&z->zst);
        else
            inflateEnd(&z->zst);
    }
    z->unused_data.~basic_string();
    z->unconsumed_tail.~basic_string();
    z->zdict.~basic_string();
}

ZlibObject* new_zlib_object(TypeObject* type, Value& keep)
{
    auto* z = static_cast<ZlibObject*>(alloc_object(type));
    keep = Value::adopt(Val(z));
    new (&z->unused_data) std::string();
    new (&z->unconsumed_tail) std::string();
    new (&z->zdict) std::string();
    return z;
}

// zlib.error with CPython's wording: "Error <code> <while ...>: <zlib's message or a stock one>".
Error zlib_error(const z_stream& zst, int err, std::string_view while_doing)
{
    const char* message = zst.msg;
    if (err == Z_VERSION_ERROR)
        message = "library version mismatch";
    if (!message) {
        switch (err) {
        case Z_BUF_ERROR: message = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: message = "inconsistent stream state"; break;
        case Z_DATA_ERROR: message = "invalid input data"; break;
        }
    }
    if (!message)
        return raise(&s_error_type, "Error {} {}", int64_t(err), while_doing);
    return raise(&s_error_type, "Error {} {}: {}", int64_t(err), while_doing, message);
}

Result<std::string_view> data_argument(Val v)
{
    std::string_view view;
    if (!bytes_like_view(v, view))
        return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", v.type()->type_name());
    return view;
}

Result<int> int_argument(Val v, int fallback)
{
    if (!v)
        return fallback;
    int64_t n = TRY(index_as_ssize(v));
    if (n > INT_MAX)
        return raise(&g_exc_OverflowError, "signed integer is greater than maximum");
    if (n < INT_MIN)
        return raise(&g_exc_OverflowError, "signed integer is less than minimum");
    return int(n);
}

void set_input(z_stream& zst, std::string_view& rest)
{
    size_t take = std::min(rest.size(), CHUNK);
    zst.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(rest.data()));
    zst.avail_in = uInt(take);
    rest.remove_prefix(take);
}

// Runs `step` (one deflate/inflate call) with room for at most `limit` more bytes (0 = no limit), appending
// the output to `out`. Returns the last zlib status.
template<class Step>
int run_with_output(z_stream& zst, std::string& out, size_t limit, Step step)
{
    unsigned char buffer[CHUNK];
    size_t room = limit ? std::min(CHUNK, limit - out.size()) : CHUNK;
    zst.next_out = buffer;
    zst.avail_out = uInt(room);
    int err = step();
    out.append(reinterpret_cast<char*>(buffer), room - zst.avail_out);
    return err;
}

// compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)
Result<Value> zlib_compress(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("compress", args, nargs, kwnames, { "data", "level", "wbits" }, 1, out, 1));
    std::string_view data = TRY(data_argument(out[0]));
    int level = TRY(int_argument(out[1], Z_DEFAULT_COMPRESSION));
    int wbits = TRY(int_argument(out[2], MAX_WBITS));
    z_stream zst {};
    int err = deflateInit2(&zst, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR)
        return raise(&g_exc_MemoryError, "Out of memory while compressing data");
    if (err == Z_STREAM_ERROR)
        return raise(&s_error_type, "Bad compression level");
    if (err != Z_OK) {
        deflateEnd(&zst);
        return zlib_error(zst, err, "while compressing data");
    }
    std::string result;
    std::string_view rest = data;
    do {
        set_input(zst, rest);
        int flush = rest.empty() ? Z_FINISH : Z_NO_FLUSH;
        do {
            err = run_with_output(zst, result, 0, [&] { return deflate(&zst, flush); });
            if (err == Z_STREAM_ERROR) {
                deflateEnd(&zst);
                return zlib_error(zst, err, "while compressing data");
            }
        } while (zst.avail_out == 0);
    } while (!rest.empty());
    deflateEnd(&zst);
    return Value(bytes_from(result));
}

// decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)
Result<Value> zlib_decompress(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("decompress", args, nargs, kwnames, { "data", "wbits", "bufsize" }, 1, out, 1));
    std::string_view data = TRY(data_argument(out[0]));
    int wbits = TRY(int_argument(out[1], MAX_WBITS));
    if (out[2] && TRY(index_as_ssize(out[2])) < 0)
        return raise(&g_exc_ValueError, "bufsize must be non-negative");
    z_stream zst {};
    int err = inflateInit2(&zst, wbits);
    if (err == Z_MEM_ERROR)
        return raise(&g_exc_MemoryError, "Out of memory while decompressing data");
    if (err != Z_OK) {
        inflateEnd(&zst);
        return zlib_error(zst, err, "while preparing to decompress data");
    }
    std::string result;
    std::string_view rest = data;
    do {
        set_input(zst, rest);
        int flush = rest.empty() ? Z_FINISH : Z_NO_FLUSH;
        do {
            err = run_with_output(zst, result, 0, [&] { return inflate(&zst, flush); });
            if (err == Z_MEM_ERROR) {
                inflateEnd(&zst);
                return raise(&g_exc_MemoryError, "Out of memory while decompressing data");
            }
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                inflateEnd(&zst);
                return zlib_error(zst, err, "while decompressing data");
            }
        } while (zst.avail_out == 0);
    } while (err != Z_STREAM_END && !rest.empty());
    if (err != Z_STREAM_END) {
        inflateEnd(&zst);
        return zlib_error(zst, err, "while decompressing data");
    }
    inflateEnd(&zst);
    return Value(bytes_from(result));
}

Result<bool> zdict_argument(Val v, std::string& out)
{
    if (!v || is_none(v))
        return false;
    std::string_view view;
    if (!bytes_like_view(v, view))
        return raise(&g_exc_TypeError, "zdict argument must support the buffer protocol");
    out.assign(view);
    return true;
}

// compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None)
Result<Value> zlib_compressobj(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[6];
    TRY(bind_args("compressobj", args, nargs, kwnames, { "level", "method", "wbits", "memLevel", "strategy", "zdict" }, 0, out));
    int level = TRY(int_argument(out[0], Z_DEFAULT_COMPRESSION));
    int method = TRY(int_argument(out[1], Z_DEFLATED));
    int wbits = TRY(int_argument(out[2], MAX_WBITS));
    int mem_level = TRY(int_argument(out[3], 8));
    int strategy = TRY(int_argument(out[4], Z_DEFAULT_STRATEGY));
    std::string zdict;
    bool has_zdict = false;
    if (out[5] && !is_none(out[5])) {
        std::string_view view;
        if (!bytes_like_view(out[5], view))
            return raise(&g_exc_TypeError, "a bytes-like object is required, not '{}'", out[5].type()->type_name());
        zdict.assign(view);
        has_zdict = true;
    }
    Value object;
    ZlibObject* z = new_zlib_object(&s_compress_type, object);
    int err = deflateInit2(&z->zst, level, method, wbits, mem_level, strategy);
    if (err == Z_MEM_ERROR)
        return raise(&g_exc_MemoryError, "Can't allocate memory for compression object");
    if (err == Z_STREAM_ERROR)
        return raise(&g_exc_ValueError, "Invalid initialization option");
    if (err != Z_OK)
        return zlib_error(z->zst, err, "while creating compression object");
    z->initialised = true;
    if (has_zdict) {
        err = deflateSetDictionary(&z->zst, reinterpret_cast<const Bytef*>(zdict.data()), uInt(zdict.size()));
        if (err != Z_OK)
            return raise(&g_exc_ValueError, "Invalid dictionary");
    }
    return object;
}

Result<void> set_inflate_zdict(ZlibObject* z)
{
    int err = inflateSetDictionary(&z->zst, reinterpret_cast<const Bytef*>(z->zdict.data()), uInt(z->zdict.size()));
    if (err != Z_OK)
        return zlib_error(z->zst, err, "while setting zdict");
    return {};
}

// decompressobj(wbits=MAX_WBITS, zdict=b'')
Result<Value> zlib_decompressobj(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("decompressobj", args, nargs, kwnames, { "wbits", "zdict" }, 0, out));
    int wbits = TRY(int_argument(out[0], MAX_WBITS));
    Value object;
    ZlibObject* z = new_zlib_object(&s_decompress_type, object);
    z->has_zdict = TRY(zdict_argument(out[1], z->zdict));
    int err = inflateInit2(&z->zst, wbits);
    if (err == Z_MEM_ERROR)
        return raise(&g_exc_MemoryError, "Can't allocate memory for decompression object");
    if (err == Z_STREAM_ERROR)
        return raise(&g_exc_ValueError, "Invalid initialization option");
    if (err != Z_OK)
        return zlib_error(z->zst, err, "while creating decompression object");
    z->initialised = true;
    // A raw stream has no header asking for the dictionary: it is set at once.
    if (z->has_zdict && wbits < 0)
        TRY(set_inflate_zdict(z));
    return object;
}

// Compress.compress(data, /)
Result<Value> compress_compress(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("compress", nargs - 1, kwnames, 1, 1));
    auto* z = args[0].as<ZlibObject>();
    std::string_view data = TRY(data_argument(args[1]));
    std::string result;
    std::string_view rest = data;
    do {
        set_input(z->zst, rest);
        do {
            int err = run_with_output(z->zst, result, 0, [&] { return deflate(&z->zst, Z_NO_FLUSH); });
            if (err == Z_STREAM_ERROR)
                return zlib_error(z->zst, err, "while compressing data");
        } while (z->zst.avail_out == 0);
    } while (!rest.empty());
    return Value(bytes_from(result));
}

// Compress.flush(mode=Z_FINISH, /)
Result<Value> compress_flush(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("flush", nargs - 1, kwnames, 0, 1));
    auto* z = args[0].as<ZlibObject>();
    int mode = TRY(int_argument(nargs > 1 ? args[1] : Val(), Z_FINISH));
    if (mode == Z_NO_FLUSH)
        return Value(bytes_from(std::string_view()));
    std::string result;
    z->zst.avail_in = 0;
    int err;
    do {
        err = run_with_output(z->zst, result, 0, [&] { return deflate(&z->zst, mode); });
        if (err == Z_STREAM_ERROR)
            return zlib_error(z->zst, err, "while flushing");
    } while (z->zst.avail_out == 0);
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        err = deflateEnd(&z->zst);
        z->initialised = false;
        if (err != Z_OK)
            return zlib_error(z->zst, err, "while finishing compression");
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        return zlib_error(z->zst, err, "while flushing");
    }
    return Value(bytes_from(result));
}

Result<Value> zlib_copy(const Val* args, size_t nargs, TupleObject* kwnames, const char* name)
{
    TRY(check_positional(name, nargs - 1, kwnames, 0, name[0] == '_' && name[2] == 'd' ? 1 : 0));
    auto* z = args[0].as<ZlibObject>();
    bool compressing = args[0].type() == &s_compress_type;
    if (!z->initialised)
        return raise(&g_exc_ValueError, "Inconsistent stream state");
    Value object;
    ZlibObject* copy = new_zlib_object(args[0].type(), object);
    int err = compressing ? deflateCopy(&copy->zst, &z->zst) : inflateCopy(&copy->zst, &z->zst);
    if (err == Z_STREAM_ERROR)
        return raise(&g_exc_ValueError, "Inconsistent stream state");
    if (err == Z_MEM_ERROR)
        return raise(&g_exc_MemoryError, "Can't allocate memory for {} object", compressing ? "compression" : "decompression");
    if (err != Z_OK)
        return zlib_error(z->zst, err, compressing ? "while copying compression object" : "while copying decompression object");
    copy->initialised = true;
    copy->eof = z->eof;
    copy->has_zdict = z->has_zdict;
    copy->unused_data = z->unused_data;
    copy->unconsumed_tail = z->unconsumed_tail;
    copy->zdict = z->zdict;
    return object;
}

Result<Value> zlibobject_copy(const Val* args, size_t nargs, TupleObject* kwnames) { return zlib_copy(args, nargs, kwnames, "copy"); }
Result<Value> zlibobject_copy_dunder(const Val* args, size_t nargs, TupleObject* kwnames) { return zlib_copy(args, nargs, kwnames, "__copy__"); }
Result<Value> zlibobject_deepcopy(const Val* args, size_t nargs, TupleObject* kwnames) { return zlib_copy(args, nargs, kwnames, "__deepcopy__"); }

// After inflate: input left after the end of the stream goes to unused_data; input not consumed because
// the output was limited goes to unconsumed_tail (CPython's save_unconsumed_input).
// CPython 3.12 compat: at the end of the stream a non-empty unconsumed_tail is replaced by the leftover
// input rather than cleared, so those bytes then show in both attributes.
void save_unconsumed_input(ZlibObject* z, std::string_view remaining, int err)
{
    if (err == Z_STREAM_END) {
        z->unused_data.append(remaining);
        if (!z->unconsumed_tail.empty())
            z->unconsumed_tail.assign(remaining);
        return;
    }
    z->unconsumed_tail.assign(remaining);
}

// Feeds `data` to inflate with `flush`, producing at most `limit` bytes (0 = no limit). Returns the last status.
Result<int> inflate_into(ZlibObject* z, std::string_view data, size_t limit, int flush, std::string& result)
{
    std::string_view rest = data;
    int err = Z_OK;
    // Input still inside zlib's window of the current chunk, then the rest.
    do {
        set_input(z->zst, rest);
        do {
            if (limit && result.size() >= limit)
                goto done;
            err = run_with_output(z->zst, result, limit, [&] { return inflate(&z->zst, flush); });
            if (err == Z_NEED_DICT && z->has_zdict) {
                TRY(set_inflate_zdict(z));
                continue;
            }
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END)
                goto done;
        } while (z->zst.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && !rest.empty());
done:
    size_t left = z->zst.avail_in + rest.size();
    save_unconsumed_input(z, data.substr(data.size() - left), err);
    return err;
}

// Decompress.decompress(data, /, max_length=0)
Result<Value> decompress_decompress(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("decompress", args + 1, nargs - 1, kwnames, { "data", "max_length" }, 1, out, 1));
    auto* z = args[0].as<ZlibObject>();
    std::string_view data = TRY(data_argument(out[0]));
    int64_t max_length = out[1] ? TRY(index_as_ssize(out[1])) : 0;
    if (max_length < 0)
        return raise(&g_exc_ValueError, "max_length must be non-negative");
    std::string input(data);  // the view may alias unconsumed_tail, which inflate_into rewrites
    std::string result;
    int err = TRY(inflate_into(z, input, size_t(max_length), Z_SYNC_FLUSH, result));
    if (err == Z_STREAM_END)
        z->eof = true;
    else if (err != Z_OK && err != Z_BUF_ERROR)
        return zlib_error(z->zst, err, "while decompressing data");
    return Value(bytes_from(result));
}

// Decompress.flush(length=DEF_BUF_SIZE, /)
Result<Value> decompress_flush(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("flush", nargs - 1, kwnames, 0, 1));
    auto* z = args[0].as<ZlibObject>();
    if (nargs > 1 && TRY(index_as_ssize(args[1])) <= 0)
        return raise(&g_exc_ValueError, "length must be greater than zero");
    std::string input = z->unconsumed_tail;
    std::string result;
    int err = TRY(inflate_into(z, input, 0, Z_FINISH, result));
    if (err == Z_STREAM_END) {
        z->eof = true;
        if (z->initialised) {
            z->initialised = false;
            err = inflateEnd(&z->zst);
            if (err != Z_OK)
                return zlib_error(z->zst, err, "while finishing decompression");
        }
    }
    return Value(bytes_from(result));
}

Result<Value> decompress_unused_data(Val self) { return Value(bytes_from(self.as<ZlibObject>()->unused_data)); }
Result<Value> decompress_unconsumed_tail(Val self) { return Value(bytes_from(self.as<ZlibObject>()->unconsumed_tail)); }
Result<Value> decompress_eof(Val self) { return bool_value(self.as<ZlibObject>()->eof); }

// _ZlibDecompressor(wbits=15, zdict=b''): the one-stream decompressor with the bz2/lzma interface that
// gzip uses in CPython 3.12: decompress(data, max_length=-1), eof, unused_data, needs_input.
Result<Value> zlib_decompressor_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("_ZlibDecompressor", args, nargs, kwnames, { "wbits", "zdict" }, 0, out));
    int wbits = TRY(int_argument(out[0], MAX_WBITS));
    Value object;
    ZlibObject* z = new_zlib_object(type, object);
    z->has_zdict = TRY(zdict_argument(out[1], z->zdict));
    z->needs_input = true;
    int err = inflateInit2(&z->zst, wbits);
    if (err == Z_MEM_ERROR)
        return raise(&g_exc_MemoryError, "Can't allocate memory for decompression object");
    if (err == Z_STREAM_ERROR)
        return raise(&g_exc_ValueError, "Invalid initialization option");
    if (err != Z_OK)
        return zlib_error(z->zst, err, "while creating decompression object");
    z->initialised = true;
    if (z->has_zdict && wbits < 0)
        TRY(set_inflate_zdict(z));
    return object;
}

Result<Value> zlib_decompressor_decompress(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("decompress", args + 1, nargs - 1, kwnames, { "data", "max_length" }, 1, out));
    auto* z = args[0].as<ZlibObject>();
    std::string_view data = TRY(data_argument(out[0]));
    int64_t max_length = out[1] ? TRY(index_as_ssize(out[1])) : -1;
    if (z->eof)
        return raise(&g_exc_EOFError, "End of stream already reached");
    std::string input = z->unconsumed_tail;
    input.append(data);
    std::string result;
    std::string_view rest = input;
    int err = Z_OK;
    size_t limit = max_length < 0 ? 0 : size_t(max_length);
    if (max_length != 0) {
        do {
            set_input(z->zst, rest);
            do {
                if (limit && result.size() >= limit)
                    goto done;
                err = run_with_output(z->zst, result, limit, [&] { return inflate(&z->zst, Z_SYNC_FLUSH); });
                if (err == Z_NEED_DICT && z->has_zdict) {
                    TRY(set_inflate_zdict(z));
                    continue;
                }
                if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END)
                    return zlib_error(z->zst, err, "while decompressing data");
            } while ((z->zst.avail_out == 0 || err == Z_NEED_DICT) && err != Z_STREAM_END);
        } while (err != Z_STREAM_END && !rest.empty());
    } else {
        set_input(z->zst, rest);
    }
done:
    std::string left = input.substr(input.size() - (z->zst.avail_in + rest.size()));
    z->zst.avail_in = 0;
    if (err == Z_STREAM_END) {
        z->eof = true;
        z->needs_input = false;
        z->unused_data = left;
        z->unconsumed_tail.clear();
    } else if (left.empty()) {
        z->needs_input = true;
        z->unconsumed_tail.clear();
    } else {
        z->needs_input = false;
        z->unconsumed_tail = left;
    }
    return Value(bytes_from(result));
}

Result<Value> zlib_decompressor_needs_input(Val self) { return bool_value(self.as<ZlibObject>()->needs_input); }

const MethodDef s_zlib_decompressor_methods[] = {
    { "decompress", zlib_decompressor_decompress, METHOD_INSTANCE, "Decompress *data*, returning uncompressed data as bytes." },
    {},
};

const GetSetDef s_zlib_decompressor_getsets[] = {
    { "eof", decompress_eof, nullptr, nullptr },
    { "unused_data", decompress_unused_data, nullptr, nullptr },
    { "needs_input", zlib_decompressor_needs_input, nullptr, nullptr },
    {},
};

// crc32(data, value=0, /) and adler32(data, value=1, /): the start value is taken modulo 2**32, as C's unsigned int.
template<bool CRC>
Result<Value> zlib_checksum(const Val* args, size_t nargs, TupleObject* kwnames)
{
    const char* name = CRC ? "crc32" : "adler32";
    TRY(check_positional(name, nargs, kwnames, 1, 2));
    std::string_view data = TRY(data_argument(args[0]));
    uLong value = CRC ? 0 : 1;
    if (nargs > 1) {
        Value index = TRY(number_index(args[1]));
        Value masked = TRY(call_method(index.get(), str_intern("__and__"), { int_from_int64(0xffffffff).get() }));
        value = uLong(TRY(int_as_int64(masked.get())));
    }
    while (!data.empty()) {
        size_t take = std::min(data.size(), CHUNK);
        auto* p = reinterpret_cast<const Bytef*>(data.data());
        value = CRC ? crc32(value, p, uInt(take)) : adler32(value, p, uInt(take));
        data.remove_prefix(take);
    }
    return int_from_int64(int64_t(value & 0xffffffffu));
}

const MethodDef s_compress_methods[] = {
    { "compress", compress_compress, METHOD_INSTANCE, "Returns a bytes object containing compressed data." },
    { "flush", compress_flush, METHOD_INSTANCE, "Return a bytes object containing any remaining compressed data." },
    { "copy", zlibobject_copy, METHOD_INSTANCE, "Return a copy of the compression object." },
    { "__copy__", zlibobject_copy_dunder, METHOD_INSTANCE, nullptr },
    { "__deepcopy__", zlibobject_deepcopy, METHOD_INSTANCE, nullptr },
    {},
};

const MethodDef s_decompress_methods[] = {
    { "decompress", decompress_decompress, METHOD_INSTANCE, "Return a bytes object containing the decompressed version of the data." },
    { "flush", decompress_flush, METHOD_INSTANCE, "Return a bytes object containing any remaining decompressed data." },
    { "copy", zlibobject_copy, METHOD_INSTANCE, "Return a copy of the decompression object." },
    { "__copy__", zlibobject_copy_dunder, METHOD_INSTANCE, nullptr },
    { "__deepcopy__", zlibobject_deepcopy, METHOD_INSTANCE, nullptr },
    {},
};

const GetSetDef s_decompress_getsets[] = {
    { "unused_data", decompress_unused_data, nullptr, nullptr },
    { "unconsumed_tail", decompress_unconsumed_tail, nullptr, nullptr },
    { "eof", decompress_eof, nullptr, nullptr },
    {},
};

const MethodDef s_functions[] = {
    { "compress", zlib_compress, METHOD_STATIC, "Returns a bytes object containing compressed data." },
    { "decompress", zlib_decompress, METHOD_STATIC, "Returns a bytes object containing the uncompressed data." },
    { "compressobj", zlib_compressobj, METHOD_STATIC, "Return a compressor object." },
    { "decompressobj", zlib_decompressobj, METHOD_STATIC, "Return a decompressor object." },
    { "crc32", zlib_checksum<true>, METHOD_STATIC, "Compute a CRC-32 checksum of data." },
    { "adler32", zlib_checksum<false>, METHOD_STATIC, "Compute an Adler-32 checksum of data." },
    {},
};

}  // namespace

Ref<ModuleObject> zlib_module_create()
{
    if (!s_error_type.has_flag(TYPE_READY)) {
        type_init_static(s_error_type, "zlib.error", sizeof(BaseExceptionObject), &g_exc_Exception,
                         TYPE_BASETYPE | TYPE_GC | TYPE_EXCEPTION_SUBCLASS);
        type_ready(s_error_type);
        TypeObject* types[2] = { &s_compress_type, &s_decompress_type };
        const char* names[2] = { "zlib.Compress", "zlib.Decompress" };
        for (int i = 0; i < 2; ++i) {
            type_init_static(*types[i], names[i], sizeof(ZlibObject), &g_object_type, 0);
            types[i]->destroy = zlib_destroy;
            types[i]->new_instance = zlib_no_new;
            types[i]->methods = i == 0 ? s_compress_methods : s_decompress_methods;
            types[i]->getsets = i == 0 ? nullptr : s_decompress_getsets;
            type_ready(*types[i]);
        }
        type_init_static(s_zlib_decompressor_type, "zlib._ZlibDecompressor", sizeof(ZlibObject), &g_object_type, 0);
        s_zlib_decompressor_type.destroy = zlib_destroy;
        s_zlib_decompressor_type.new_instance = zlib_decompressor_new;
        s_zlib_decompressor_type.methods = s_zlib_decompressor_methods;
        s_zlib_decompressor_type.getsets = s_zlib_decompressor_getsets;
        type_ready(s_zlib_decompressor_type);
    }
    Ref<ModuleObject> module = module_new(str_intern("zlib"));
    module_add_functions(module.get(), s_functions);
    module_set(module.get(), "error", Val(&s_error_type));
    module_set(module.get(), "_ZlibDecompressor", Val(&s_zlib_decompressor_type));
    const struct { const char* name; int value; } constants[] = {
        { "MAX_WBITS", MAX_WBITS }, { "DEFLATED", Z_DEFLATED }, { "DEF_MEM_LEVEL", 8 }, { "DEF_BUF_SIZE", DEF_BUF_SIZE },
        { "Z_NO_COMPRESSION", Z_NO_COMPRESSION }, { "Z_BEST_SPEED", Z_BEST_SPEED },
        { "Z_BEST_COMPRESSION", Z_BEST_COMPRESSION }, { "Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION },
        { "Z_FILTERED", Z_FILTERED }, { "Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY }, { "Z_RLE", Z_RLE }, { "Z_FIXED", Z_FIXED },
        { "Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY }, { "Z_NO_FLUSH", Z_NO_FLUSH }, { "Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH },
        { "Z_SYNC_FLUSH", Z_SYNC_FLUSH }, { "Z_FULL_FLUSH", Z_FULL_FLUSH }, { "Z_FINISH", Z_FINISH },
        { "Z_BLOCK", Z_BLOCK }, { "Z_TREES", Z_TREES },
    };
    for (const auto& c : constants)
        module_set(module.get(), c.name, int_from_int64(c.value).get());
    module_set(module.get(), "ZLIB_VERSION", Val(str_from_utf8(ZLIB_VERSION).get()));
    module_set(module.get(), "ZLIB_RUNTIME_VERSION", Val(str_from_utf8(zlibVersion()).get()));
    return module;
}

}  // namespace ginger
