// The runtime's way into lib/warnings.py, with a plain stderr fallback when it cannot be imported.
#include "vm/warnings.h"

#include "import/import.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

#include <cstdio>
#include <string>

namespace ginger {

// Where CPython would attribute a stacklevel-1 warning: the running Python frame.
static std::pair<std::string, int> current_location()
{
    vm::Frame* frame = g_thread->frame;
    if (!frame)
        return { "sys", 1 };
    CodeObject* code = frame->code;
    int line = code->firstlineno;
    int32_t lasti = frame->lasti();
    if (lasti >= 0 && size_t(lasti) < code->positions.size() && code->positions[size_t(lasti)].line > 0)
        line = code->positions[size_t(lasti)].line;
    return { std::string(code->filename->view()), line };
}

static void write_fallback(TypeObject* category, std::string_view message, const std::string& filename, int lineno)
{
    io_flush_std_streams();
    fprintf(stderr, "%s:%d: %s: %.*s\n", filename.c_str(), lineno, category->name, int(message.size()), message.data());
    fflush(stderr);
}

// lib/warnings.py's function `name`, or null (without an exception set) if it cannot be had.
static Value warnings_function(const char* name)
{
    auto module = import_module("warnings");
    if (module.is_error()) {
        clear_error();
        return {};
    }
    auto function = get_attr(module.value(), str_intern(name));
    if (function.is_error()) {
        clear_error();
        return {};
    }
    return function.release_value();
}

Result<void> warn(TypeObject* category, std::string_view message, int stacklevel)
{
    Value function = warnings_function("warn");
    if (!function) {
        auto [filename, lineno] = current_location();
        write_fallback(category, message, filename, lineno);
        return {};
    }
    Value text = str_from_utf8(message);
    TRY(call(function, { text.get(), Val(category), Val::small_int(stacklevel) }));
    return {};
}

Result<void> warn_explicit(TypeObject* category, std::string_view message, std::string_view filename, int lineno)
{
    Value function = warnings_function("warn_explicit");
    if (!function) {
        write_fallback(category, message, std::string(filename), lineno);
        return {};
    }
    Value text = str_from_utf8(message);
    Value file = str_from_utf8(filename);
    TRY(call(function, { text.get(), Val(category), file.get(), Val::small_int(lineno) }));
    return {};
}

void warn_unawaited_coroutine(Val coroutine)
{
    Value saved = error_occurred() ? fetch_error() : Value();
    Value function = warnings_function("_warn_unawaited_coroutine");
    Result<void> warned = {};
    if (function) {
        auto result = call(function, { coroutine });
        if (result.is_error())
            warned = Error {};
    } else {
        auto qualname = get_attr(coroutine, str_intern("__qualname__"));
        if (qualname.is_error()) {
            clear_error();
        } else {
            auto text = str_utf8(qualname.value());
            if (text.is_error())
                clear_error();
            else
                warned = warn(&g_exc_RuntimeWarning, "coroutine '" + text.value() + "' was never awaited", 1);
        }
    }
    if (warned.is_error())
        write_unraisable("in", coroutine);
    if (saved)
        restore_error(std::move(saved));
}

}  // namespace ginger
