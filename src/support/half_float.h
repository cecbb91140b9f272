// IEEE 754 binary16 conversions for the 'e' format of struct and memoryview.
#pragma once

#include <cmath>
#include <cstdint>

namespace ginger {

// x as binary16, rounded half to even; false when x is finite but too large (OverflowError for the caller).
inline bool double_to_half(double x, uint16_t& out)
{
    uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    if (std::isnan(x)) {
        out = uint16_t(sign | 0x7e00);
        return true;
    }
    if (std::isinf(x)) {
        out = uint16_t(sign | 0x7c00);
        return true;
    }
    double magnitude = std::fabs(x);
    if (magnitude == 0) {
        out = sign;
        return true;
    }
    if (magnitude < std::ldexp(1.0, -14)) {
        // Subnormal: a multiple of 2^-24 (rounding may reach the smallest normal, 0x0400).
        out = uint16_t(sign | uint16_t(std::nearbyint(magnitude * std::ldexp(1.0, 24))));
        return true;
    }
    int exponent;
    double fraction = std::frexp(magnitude, &exponent);  // magnitude = fraction * 2^exponent, 0.5 <= fraction < 1
    exponent -= 1;
    double mantissa = std::nearbyint((fraction * 2 - 1) * 1024);
    if (mantissa == 1024) {
        mantissa = 0;
        exponent += 1;
    }
    if (exponent > 15)
        return false;
    out = uint16_t(sign | uint16_t((exponent + 15) << 10) | uint16_t(mantissa));
    return true;
}

inline double half_to_double(uint16_t bits)
{
    bool negative = bits & 0x8000;
    int exponent = (bits >> 10) & 0x1f;
    int fraction = bits & 0x3ff;
    double value;
    if (exponent == 0x1f)
        value = fraction == 0 ? HUGE_VAL : std::nan("");
    else if (exponent == 0)
        value = std::ldexp(double(fraction), -24);
    else
        value = std::ldexp(1.0 + double(fraction) / 1024.0, exponent - 15);
    return negative ? -value : value;
}

}  // namespace ginger
