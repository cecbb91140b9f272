// The codec machinery behind str.encode, bytes.decode and the _codecs module: the codec search
// registry, the error-handler registry, and the codecs written in C++ (utf-8, ascii, latin-1,
// utf-16, utf-32, utf-7, unicode_escape, raw_unicode_escape, charmap).
#pragma once

#include "objects/str.h"

#include <string>
#include <string_view>

namespace ginger::codecs {

// How a codec reacts to bad input: the built-in handlers by name (handled inline, as CPython's codecs do
// even if a handler of that name was re-registered), or a handler registered with codecs.register_error.
enum class ErrorMode { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, NameReplace, SurrogateEscape, SurrogatePass, Custom };

struct Errors {
    std::string_view name;
    ErrorMode mode;
    explicit Errors(std::string_view errors);
};

// The encoders append to `out` and return nothing; the decoders append code points to `out` and return
// how many bytes they consumed (less than the input only when `final` is false and it ends in the middle
// of a sequence). Both raise UnicodeEncodeError/UnicodeDecodeError or what a handler raises.
// `object` is the Python object being decoded (for the exception's `object`), or null.
Result<void> utf8_encode(StrObject* s, const Errors& errors, std::string& out);
Result<void> latin1_encode(StrObject* s, uint32_t limit, const Errors& errors, std::string& out);  // limit 0x80: ascii
Result<void> utf16_encode(StrObject* s, int byteorder, const Errors& errors, std::string& out);  // -1 le, 0 bom+native, 1 be
Result<void> utf32_encode(StrObject* s, int byteorder, const Errors& errors, std::string& out);
Result<void> unicode_escape_encode(StrObject* s, bool raw, std::string& out);
Result<void> utf7_encode(StrObject* s, std::string& out);
Result<void> charmap_encode(StrObject* s, Val mapping, const Errors& errors, std::string& out);

Result<size_t> utf8_decode(Val object, std::string_view data, const Errors& errors, bool final, std::u32string& out);
Result<size_t> ascii_decode(Val object, std::string_view data, const Errors& errors, std::u32string& out);
// byteorder: in: -1 le, 1 be, 0 detect a BOM (native order without one); out: the order found (0 if undecided).
Result<size_t> utf16_decode(Val object, std::string_view data, const Errors& errors, int& byteorder, bool final, std::u32string& out);
Result<size_t> utf32_decode(Val object, std::string_view data, const Errors& errors, int& byteorder, bool final, std::u32string& out);
// first_invalid (if given, and still -1): set to the first unknown escape's character, or the value of an octal escape
// above 0o377 (CPython 3.12 warns about it).
Result<size_t> unicode_escape_decode(Val object, std::string_view data, const Errors& errors, bool raw, bool final, std::u32string& out,
                                     int64_t* first_invalid = nullptr);
// CPython 3.12's DeprecationWarning for the first invalid escape of a string that decoded (see above).
Result<void> warn_invalid_escape(int64_t first_invalid);
Result<size_t> utf7_decode(Val object, std::string_view data, const Errors& errors, bool final, std::u32string& out);
Result<size_t> charmap_decode(Val object, std::string_view data, const Errors& errors, Val mapping, std::u32string& out);

// The codec registry: codecs.lookup(encoding) (imports `encodings` first, as CPython's startup does).
Result<Value> lookup(StrObject* encoding);
Result<Value> lookup_error(StrObject* name);  // LookupError "unknown error handler name 'x'"
// lookup() refusing codecs marked as not text encodings ("'hex' is not a text encoding; use {alternative} ...").
Result<Value> lookup_text_encoding(std::string_view encoding, const char* alternative);

// str.encode / bytes.decode through the registry, for encodings without a built-in fast path; they check
// that the codec is a text encoding and that it returns bytes (str).
Result<std::string> encode_text(StrObject* s, std::string_view encoding, std::string_view errors);
Result<Value> decode_text(std::string_view data, std::string_view encoding, std::string_view errors);

// An encoding or error handler name as CPython's C string arguments take it: a lone surrogate raises
// UnicodeEncodeError, a NUL ValueError("embedded null character").
Result<void> check_c_string(std::string_view text);

// Adds CPython 3.12's note "encoding with 'NAME' codec failed" to the exception being raised.
void add_codec_note(const char* operation, std::string_view encoding);

// Shared with the error-handler functions of the _codecs module (codecs.cpp).
std::string escape_code_point(uint32_t c);  // \xhh, \uhhhh or \Uhhhhhhhh
std::string name_escape(uint32_t c);        // \N{NAME}, or the escape above
Result<Value> make_encode_error(const char* encoding, StrObject* s, int64_t start, int64_t end, const char* reason);
Result<Value> make_decode_error(const char* encoding, Val object, std::string_view data, int64_t start, int64_t end, const char* reason);

}  // namespace ginger::codecs
