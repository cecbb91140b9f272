// The C library's number conversions in the "C" locale whatever setlocale() has chosen: Python's float syntax
// and its %-formatting of floats never follow LC_NUMERIC (only the locale module and format type 'n' do).
#pragma once

#include <cstddef>

namespace ginger {

double strtod_c(const char* text, char** end);
// snprintf for a format holding one '*' precision and one double.
int snprintf_double_c(char* buffer, size_t size, const char* format, int precision, double value);

}  // namespace ginger
