// UTF-8 <-> code points (see utf8.h).
#include "support/utf8.h"

#include <cstring>

namespace ginger::utf8 {

size_t encode(uint32_t c, char* out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

void append(std::string& out, uint32_t c)
{
    char buffer[4];
    out.append(buffer, encode(c, buffer));
}

Decoded decode(const unsigned char* s, size_t size, Surrogates surrogates)
{
    unsigned char b0 = s[0];
    if (b0 < 0x80)
        return { b0, 1 };
    if (b0 < 0xC2)  // a stray continuation byte, or an overlong 2-byte lead
        return { 0, 0 };
    if (b0 < 0xE0) {
        if (size < 2 || !is_continuation(s[1]))
            return { 0, 0 };
        return { (uint32_t(b0 & 0x1F) << 6) | (s[1] & 0x3F), 2 };
    }
    if (b0 < 0xF0) {
        if (size < 3)
            return { 0, 0 };
        unsigned char b1 = s[1];
        unsigned char low = b0 == 0xE0 ? 0xA0 : 0x80;  // E0 80..9F would be overlong
        unsigned char high = (b0 == 0xED && surrogates == Surrogates::Reject) ? 0x9F : 0xBF;
        if (b1 < low || b1 > high || !is_continuation(s[2]))
            return { 0, 0 };
        return { (uint32_t(b0 & 0x0F) << 12) | (uint32_t(b1 & 0x3F) << 6) | (s[2] & 0x3F), 3 };
    }
    if (b0 > 0xF4 || size < 4)
        return { 0, 0 };
    unsigned char b1 = s[1];
    unsigned char low = b0 == 0xF0 ? 0x90 : 0x80;   // F0 80..8F would be overlong
    unsigned char high = b0 == 0xF4 ? 0x8F : 0xBF;  // F4 90.. is above U+10FFFF
    if (b1 < low || b1 > high || !is_continuation(s[2]) || !is_continuation(s[3]))
        return { 0, 0 };
    return { (uint32_t(b0 & 0x07) << 18) | (uint32_t(b1 & 0x3F) << 12) | (uint32_t(s[2] & 0x3F) << 6) | (s[3] & 0x3F), 4 };
}

size_t ascii_prefix_length(const char* text, size_t size)
{
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t word;
        memcpy(&word, text + i, 8);
        if (word & 0x8080808080808080ull)
            break;
    }
    while (i < size && !(static_cast<unsigned char>(text[i]) & 0x80))
        ++i;
    return i;
}

Validation validate(std::string_view text, Surrogates surrogates)
{
    auto* s = reinterpret_cast<const unsigned char*>(text.data());
    size_t size = text.size();
    size_t i = ascii_prefix_length(text.data(), size);
    size_t count = i;
    uint32_t max = 0;
    if (i > 0)
        max = 0x7F;  // an upper bound is enough for the prefix: the exact maximum is only needed above ASCII
    while (i < size) {
        if (s[i] < 0x80) {
            ++i;
            ++count;
            continue;
        }
        Decoded d = decode(s + i, size - i, surrogates);
        if (d.length == 0)
            return { false, i, count, max };
        if (d.code_point > max)
            max = d.code_point;
        i += d.length;
        ++count;
    }
    return { true, size, count, max };
}

size_t count_code_points(std::string_view text)
{
    auto* s = reinterpret_cast<const unsigned char*>(text.data());
    size_t size = text.size();
    size_t count = 0;
    for (size_t i = 0; i < size;) {
        if (s[i] < 0x80) {
            ++i;
        } else {
            Decoded d = decode(s + i, size - i, Surrogates::Allow);
            i += d.length ? d.length : 1;
        }
        ++count;
    }
    return count;
}

std::u32string decode_all(std::string_view text, Surrogates surrogates)
{
    std::u32string out;
    out.reserve(text.size());
    auto* s = reinterpret_cast<const unsigned char*>(text.data());
    size_t size = text.size();
    for (size_t i = 0; i < size;) {
        if (s[i] < 0x80) {
            out.push_back(s[i++]);
            continue;
        }
        Decoded d = decode(s + i, size - i, surrogates);
        if (d.length == 0) {
            out.push_back(REPLACEMENT_CHARACTER);
            ++i;
        } else {
            out.push_back(d.code_point);
            i += d.length;
        }
    }
    return out;
}

std::string encode_all(const char32_t* points, size_t count)
{
    std::string out;
    out.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        uint32_t c = points[i];
        append(out, c > MAX_CODE_POINT ? REPLACEMENT_CHARACTER : c);
    }
    return out;
}

}  // namespace ginger::utf8
