// Small ASCII character helpers shared by the parser, the number types and the codecs.
#pragma once

#include <cstdint>

namespace ginger {

// The value of a hexadecimal digit (0-9, a-f, A-F), or -1 for any other character.
inline int hex_digit_value(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return int(c - '0');
    if (c >= 'a' && c <= 'f')
        return int(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return int(c - 'A' + 10);
    return -1;
}

}  // namespace ginger
