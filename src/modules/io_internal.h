// The _io module's shared declarations: the object layouts of its classes (each implemented in its own
// io_*.cpp file) and the helpers they share. The layering is CPython's: TextIOWrapper over a
// Buffered{Reader,Writer,Random} over FileIO, with the abstract bases _IOBase, _RawIOBase,
// _BufferedIOBase and _TextIOBase holding the generic methods that call a subclass's read/write.
#pragma once

#include "modules/io_fast.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/str.h"

#include <string>

namespace ginger {

inline constexpr int64_t IO_DEFAULT_BUFFER_SIZE = 8192;

// Every _io object: an instance __dict__ (CPython's io objects have one) and _IOBase's own closed flag,
// which is what `closed` reports for Python subclasses of the abstract bases.
struct IOObject : Object {
    Ref<DictObject> dict;
    bool iobase_closed;
};

struct FileIOObject : IOObject {
    int fd;  // -1 once closed
    bool readable, writable, appending, created, closefd;
    int8_t seekable;  // -1 unknown
    int64_t blksize;
};

struct BytesIOObject : IOObject {
    std::string buffer;
    int64_t pos;
    bool closed;
    int64_t exports;  // getbuffer() views alive: buffer must not change size (BufferError)
};

struct StringIOObject : IOObject {
    std::u32string buffer;
    int64_t pos;  // may lie beyond the end: writing there pads with NULs
    bool ok, closed;
    bool readuniversal, readtranslate, pendingcr;
    int seennl;
    std::u32string readnl, writenl;  // writenl empty: no translation on write
};

enum class BufferedKind : uint8_t { Reader, Writer, Random };

struct BufferedObject : IOObject {
    Value raw;
    std::string rbuf;  // read-ahead data; rbuf[rpos:] not yet consumed
    size_t rpos;
    std::string wbuf;  // written data not yet passed to raw
    int64_t buffer_size;
    BufferedKind kind;
    bool ok, detached, raw_is_fileio;
    BufferedObject* next_live;  // the list of live writers flushed at exit
    BufferedObject* prev_live;
};

struct RWPairObject : IOObject {
    Value reader, writer;
};

// Utf8, Ascii and Latin1 are decoded and encoded natively; Other goes through the codec's incremental
// decoder and encoder (codecs.getincrementaldecoder(encoding)(errors)), as every codec does in CPython.
enum class TextCodec : uint8_t { Utf8, Ascii, Latin1, Other };

struct TextIOObject : IOObject {
    Value buffer;
    Ref<StrObject> encoding, errors;
    Value newline;  // the constructor's argument (None or str)
    // TextCodec::Other: the codec's incremental decoder (null if the buffer is not readable) and encoder
    // (null if not writable). The newline layer stays native (readuniversal, pendingcr, seennl).
    Value decoder, encoder;
    TextCodec codec;
    bool writable;   // the buffer was writable when the codec was set (CPython makes no encoder otherwise)
    bool has_read1;  // chunks are read with buffer.read1() if it has one, else with read()
    bool ok, detached, line_buffering, write_through;
    bool readuniversal, readtranslate, writetranslate, pendingcr;
    bool telling_disabled;  // set by next(), as CPython's "telling position disabled by next() call"
    bool fast_writer;   // buffer is an exact BufferedWriter/BufferedRandom and the codec's strict UTF-8 without translation
    int seennl;
    std::string writenl;  // "" for none
    std::string readnl;
    Ref<StrObject> decoded;  // the decoded chunk (newlines translated); decoded[decoded_pos:] not yet returned
    int64_t decoded_pos;     // in code points
    std::string undecoded;  // the tail of an incomplete multi-byte sequence
    std::string pending_bytes;  // encoded text not yet passed to a buffer that is not an exact Buffered* (then written directly)
    // The snapshot tell() starts from (CPython's): the decoder's flags before the chunk behind `decoded`
    // (1: a "\r" was held back) and the bytes fed to it from there (an incomplete sequence carried over,
    // then the chunk). b2cratio is the chunk's bytes per decoded character.
    // With TextCodec::Other the flags are the codec decoder's getstate() flags shifted left once (CPython's
    // IncrementalNewlineDecoder state) in universal-newline mode, and its buffered bytes start snapshot_bytes.
    bool has_snapshot;
    int64_t snapshot_flags;
    std::string snapshot_bytes;
    double b2cratio;
    int64_t chunk_size;
};

struct NewlineDecoderObject : Object {
    Value decoder;  // None or an object with decode(input, final)
    Value errors;
    bool translate, pendingcr;
    int seennl;
};

extern TypeObject g_iobase_type, g_rawiobase_type, g_bufferediobase_type, g_textiobase_type;
extern TypeObject g_fileio_type, g_bytesio_type, g_stringio_type;
extern TypeObject g_buffered_reader_type, g_buffered_writer_type, g_buffered_random_type, g_buffered_rwpair_type;
extern TypeObject g_textiowrapper_type, g_newline_decoder_type;

// io.UnsupportedOperation (a subclass of OSError and ValueError), created on first use.
TypeObject* io_unsupported_type();
Error raise_unsupported(std::string_view message);
Error raise_closed_file();  // ValueError: I/O operation on closed file.
Error raise_closed_raw();   // the same without the period, as FileIO and StringIO say it

// Calls self.closed / self.flush() etc. through the attribute protocol, so that subclasses are honoured.
Result<bool> io_is_closed(Val self);
Result<void> io_check_closed(Val self);
Result<void> io_check_readable(Val self);
Result<void> io_check_writable(Val self);
Result<void> io_check_seekable(Val self);
StrObject* io_name(const char* text);  // an interned identifier

// The generic IOBase.readline, for subclasses with only read().
Result<Value> iobase_readline_generic(Val self, int64_t limit);
// Parses a size argument as CPython's _Py_convert_optional_to_ssize_t does: None or an index.
Result<int64_t> io_size_arg(Val v);

// Shared by open() and sys's standard streams.
Result<Value> fileio_create(Val file, std::string_view mode, bool closefd, Val opener);
Result<Value> buffered_create(TypeObject* type, Val raw, int64_t buffer_size);
Result<Value> textio_create(Val buffer, Val encoding, Val errors, Val newline, bool line_buffering, bool write_through);

// CPython's _dealloc_warn chain: a stream dropped while open (`source`, the outermost object) gets the
// ResourceWarning "unclosed file <repr>" from the FileIO at the bottom of `stream`. Never fails.
void io_dealloc_warn(Val stream, Val source);
Result<Value> io_dealloc_warn_method(const Val* args, size_t nargs, TupleObject* kwnames);  // _dealloc_warn(source)

// FileIO's native operations, used by the buffered classes when raw is an exact FileIO.
Result<int64_t> fileio_read_into(FileIOObject* f, char* data, size_t size);  // -1: would block
Result<int64_t> fileio_write_raw(FileIOObject* f, const char* data, size_t size);
Result<int64_t> fileio_seek_raw(FileIOObject* f, int64_t offset, int whence);

// The buffered writer's native write and flush (for TextIOWrapper's fast path and exit).
Result<void> buffered_write_bytes(BufferedObject* b, std::string_view data);
Result<void> buffered_flush_native(BufferedObject* b);
void io_flush_all_buffers();

// The codecs TextIOWrapper knows natively; false for others.
bool io_lookup_codec(std::string_view name, TextCodec& codec);

// Newline-seen flags, as IncrementalNewlineDecoder counts them.
inline constexpr int SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4;
Value newlines_value(int seen);

// The exception being raised gets `earlier` (a flush error before a close error) as its __context__, as
// CPython's _PyErr_ChainExceptions1; returns the Error to propagate.
Error raise_with_context(Value earlier);

void iobase_clear(Object* object);  // drops the instance dict (the collector's clear slot)

// Pickling support shared by BytesIO and StringIO: the __setstate__ argument check (METH_O), the instance dict
// as a state item (a copy, or None without one) and its restoring (`which`: "third"/"fourth" for the message).
Result<void> io_check_one_arg(const char* qualname, size_t nargs, TupleObject* kwnames);
Value io_state_dict(IOObject* io);
Result<void> io_restore_dict(IOObject* io, Val dict, const char* which);

void init_io_base_types();
void init_fileio_type();
void init_bytesio_type();
void init_stringio_type();
void init_buffered_types();
void init_textio_types();


}  // namespace ginger
