// UTF-8 decoding and encoding, shared by the tokenizer, I/O and str. Python strings may hold lone
// surrogates (U+D800..U+DFFF); they travel between components as "WTF-8" (the 3-byte form UTF-8
// would give them), which strict UTF-8 rejects. Depends on nothing outside the standard library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ginger::utf8 {

inline constexpr uint32_t MAX_CODE_POINT = 0x10FFFF;
inline constexpr uint32_t REPLACEMENT_CHARACTER = 0xFFFD;

enum class Surrogates : uint8_t { Reject, Allow };

inline bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }
inline bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Bytes of the encoding of c (1..4); c must be <= MAX_CODE_POINT.
inline size_t encoded_length(uint32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

// Writes the (WTF-8 for surrogates) encoding of c to out, which has room for 4 bytes; returns its length.
size_t encode(uint32_t c, char* out);
void append(std::string& out, uint32_t c);

// One decoded code point: `length` bytes were read, 0 if the bytes at the position are not valid.
struct Decoded {
    uint32_t code_point;
    uint32_t length;
};
// Decodes the code point starting at text[0] (size > 0). Rejects overlong forms, values above
// U+10FFFF, truncated sequences and (unless allowed) encoded surrogates.
Decoded decode(const unsigned char* text, size_t size, Surrogates surrogates = Surrogates::Reject);

// The offset of the first byte >= 0x80, or size if all are ASCII (word-at-a-time).
size_t ascii_prefix_length(const char* text, size_t size);
inline bool is_ascii(std::string_view text) { return ascii_prefix_length(text.data(), text.size()) == text.size(); }

// What a validation pass learned about a byte string.
struct Validation {
    bool valid;
    size_t error_offset;      // offset of the first invalid sequence (valid == false), else size
    size_t code_points;       // code points before error_offset
    uint32_t max_code_point;  // largest code point before error_offset (0 for empty input)
};
Validation validate(std::string_view text, Surrogates surrogates = Surrogates::Reject);

// The number of code points, counting each invalid byte as one (what decoding with replacement gives).
size_t count_code_points(std::string_view text);

// Decodes into 32-bit code points; each invalid byte becomes U+FFFD.
std::u32string decode_all(std::string_view text, Surrogates surrogates = Surrogates::Allow);
// Encodes code points (surrogates WTF-8-encoded); code points above U+10FFFF become U+FFFD.
std::string encode_all(const char32_t* points, size_t count);

}  // namespace ginger::utf8
