// Argument binding for native functions.
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/str.h"

#include <cstring>

namespace ginger {

Result<void> bind_args(std::string_view function_name, const Val* args, size_t nargs, TupleObject* kwnames,
                       std::initializer_list<const char*> names, size_t required, Val* out, size_t positional_only)
{
    size_t count = names.size();
    for (size_t i = 0; i < count; ++i)
        out[i] = Val();
    if (nargs > count) {
        if (count == 0)
            return raise(&g_exc_TypeError, "{}() takes no arguments ({} given)", function_name, int64_t(nargs));
        return raise(&g_exc_TypeError, "{}() takes at most {} argument{} ({} given)", function_name, int64_t(count), count == 1 ? "" : "s",
                     int64_t(nargs) + (kwnames ? kwnames->size : 0));
    }
    for (size_t i = 0; i < nargs; ++i)
        out[i] = args[i];
    if (kwnames) {
        for (int64_t k = 0; k < kwnames->size; ++k) {
            auto* key = kwnames->item(k).as<StrObject>();
            std::string_view key_text = key->view();
            size_t index = 0;
            bool found = false;
            for (const char* name : names) {
                if (index >= positional_only && key_text == name) {
                    found = true;
                    break;
                }
                ++index;
            }
            if (!found)
                return raise(&g_exc_TypeError, "'{}' is an invalid keyword argument for {}()", key_text, function_name);
            if (out[index])
                return raise(&g_exc_TypeError, "argument for {}() given by name ('{}') and position ({})", function_name, key_text, int64_t(index + 1));
            out[index] = args[nargs + size_t(k)];
        }
    }
    for (size_t i = 0; i < required; ++i) {
        if (!out[i]) {
            const char* name = names.begin()[i];
            // CPython's _PyArg_UnpackKeywords: a missing positional-only argument is counted, any other named.
            if (i < positional_only)
                return raise(&g_exc_TypeError, "{}() takes at least {} positional argument{} ({} given)", function_name, int64_t(required), required == 1 ? "" : "s", int64_t(nargs));
            return raise(&g_exc_TypeError, "{}() missing required argument '{}' (pos {})", function_name, name, int64_t(i + 1));
        }
    }
    return {};
}

Result<void> check_positional(std::string_view function_name, size_t nargs, TupleObject* kwnames, size_t min, size_t max)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", function_name);
    if (nargs >= min && nargs <= max)
        return {};
    if (min == max) {
        if (min == 0)
            return raise(&g_exc_TypeError, "{}() takes no arguments ({} given)", function_name, int64_t(nargs));
        if (min == 1)
            return raise(&g_exc_TypeError, "{}() takes exactly one argument ({} given)", function_name, int64_t(nargs));
        return raise(&g_exc_TypeError, "{} expected {} arguments, got {}", function_name, int64_t(min), int64_t(nargs));
    }
    if (nargs < min)
        return raise(&g_exc_TypeError, "{} expected at least {} argument{}, got {}", function_name, int64_t(min), min == 1 ? "" : "s", int64_t(nargs));
    return raise(&g_exc_TypeError, "{} expected at most {} argument{}, got {}", function_name, int64_t(max), max == 1 ? "" : "s", int64_t(nargs));
}

}  // namespace ginger
