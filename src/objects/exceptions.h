// Exception objects, tracebacks, and raising: the current exception lives in the thread state.
#pragma once

#include "objects/str.h"
#include "objects/tuple.h"

#include <initializer_list>
#include <string>

namespace ginger {

struct CodeObject;
struct DictObject;

struct BaseExceptionObject : Object {
    Ref<DictObject> dict;
    Ref<TupleObject> args;
    Value traceback;
    Value cause;
    Value context;
    Value notes;
    bool suppress_context;
};

struct TracebackObject : Object {
    Value next;                // the next (inner) traceback entry, or null
    Ref<CodeObject> code;
    Value frame;               // the frame object (tb_frame)
    int32_t lasti;             // the instruction that raised
    int32_t lineno;
    int32_t given_lasti;       // tb_lasti as given to types.TracebackType(...), else -1
};

#define EXC(name, base) extern TypeObject g_exc_##name;
#include "objects/exceptions.def"
#undef EXC
extern TypeObject g_traceback_type;

inline bool is_exception_instance(Val v) { return v.is_object() && v.type()->has_flag(TYPE_EXCEPTION_SUBCLASS); }
inline bool is_exception_class(Val v)
{
    return v.is_object() && v.type()->has_flag(TYPE_TYPE_SUBCLASS) && v.as<TypeObject>()->has_flag(TYPE_EXCEPTION_SUBCLASS);
}

// Arguments of raise(): text, numbers, or a Python value shown with str() ("{}") or repr() ("{!r}").
struct FormatArg {
    enum class Kind { Text, Int, Object } kind;
    std::string_view text;
    int64_t number = 0;
    Val object;
    FormatArg(std::string_view s) : kind(Kind::Text), text(s) { }
    FormatArg(const char* s) : kind(Kind::Text), text(s) { }
    FormatArg(const std::string& s) : kind(Kind::Text), text(s) { }
    FormatArg(int64_t n) : kind(Kind::Int), number(n) { }
    FormatArg(int n) : kind(Kind::Int), number(n) { }
    FormatArg(size_t n) : kind(Kind::Int), number(int64_t(n)) { }
    FormatArg(Val v) : kind(Kind::Object), object(v) { }
    FormatArg(StrObject* s) : kind(Kind::Object), object(Val(s)) { }
};
// Formats "{}" and "{!r}" placeholders. Used for exception messages.
std::string format_message(std::string_view format, std::initializer_list<FormatArg> args);

Error raise(TypeObject* type, std::string_view message);
Error raise_format(TypeObject* type, std::string_view format, std::initializer_list<FormatArg> args);
template<class... Args>
Error raise(TypeObject* type, std::string_view format, const Args&... args)
{
    return raise_format(type, format, { FormatArg(args)... });
}
// raise with an exception instance or class (instantiated with no arguments).
Error raise_value(Val exception);
// Makes an exception instance the current one as it is, without chaining it to the handled one.
Error restore_exception(Val exception);
Error raise_with_args(TypeObject* type, std::initializer_list<Val> args);
Error raise_memory_error();
Error raise_key_error(Val key);
Error raise_stop_iteration(Val value);
Error raise_os_error(int errno_value, Val filename = Val());
Error raise_attribute_error(Val object, StrObject* name);
// Records name and obj on the AttributeError being raised (unless it has them), as CPython's getattr does: the
// "Did you mean" suggestions of tracebacks read them.
Error attribute_error_context(Val object, StrObject* name);
// The same for an error just raised: with_attribute_error_context(raise(...), object, name).
Error with_attribute_error_context(Error e, Val object, StrObject* name);

// The current (being raised) exception.
bool error_occurred();
bool error_matches(TypeObject* type);  // the current exception is an instance of type
Value fetch_error();                   // takes it out of the thread state
void restore_error(Value exception);
void clear_error();

Result<Value> exception_new(TypeObject* type, const Val* args, size_t nargs);
// Appends a traceback entry for the frame that is unwinding.
void traceback_add(Val exception, CodeObject* code, int32_t lasti, Val frame_object = Val());
Value exception_traceback(Val exception);

// Exception groups (PEP 654): split a group by a condition (an exception type, a tuple of them or a
// predicate) into the matching part and the rest; either may come back null.
bool is_exception_group(Val v);
Result<void> exception_group_split(Val group, Val condition, Value& match, Value& rest);
Result<Value> exception_group_projection(Val group, const std::vector<Val>& keep);
void finish_exception_group_type();

// Prints "Traceback (most recent call last): ..." and the message, as CPython does.
void print_exception(Val exception);
// Writes text to sys.stderr (flushed), or to the C stderr when that fails or there is none.
void write_to_sys_stderr(const std::string& text);
// Reports an exception that has nowhere to go (CPython's _PyErr_WriteUnraisableMsg): "Exception ignored
// <where>: <repr(object)>", then the traceback, on stderr. Takes the exception being raised.
void write_unraisable(std::string_view where, Val object);

}  // namespace ginger
