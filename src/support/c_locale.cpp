#include "support/c_locale.h"

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <locale.h>

namespace ginger {

namespace {

locale_t c_locale()
{
    static locale_t s_c = newlocale(LC_ALL_MASK, "C", locale_t(0));
    return s_c;
}

}  // namespace

double strtod_c(const char* text, char** end)
{
    return strtod_l(text, end, c_locale());
}

int snprintf_double_c(char* buffer, size_t size, const char* format, int precision, double value)
{
    // The thread uses the C locale for the call only (uselocale is per thread and cheap).
    locale_t previous = uselocale(c_locale());
    int length = snprintf(buffer, size, format, precision, value);
    uselocale(previous);
    return length;
}

}  // namespace ginger
