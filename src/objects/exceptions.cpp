// The exception hierarchy, raising and fetching the current exception, tracebacks and their printing.
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "vm/frame_object.h"
#include "vm/thread_state.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <new>
#include <set>
#include <string>
#include <vector>

namespace ginger {

#define EXC(name, base) TypeObject g_exc_##name;
#include "objects/exceptions.def"
#undef EXC
TypeObject g_traceback_type;

std::string format_message(std::string_view format, std::initializer_list<FormatArg> args)
{
    std::string out;
    auto arg = args.begin();
    for (size_t i = 0; i < format.size(); ++i) {
        char c = format[i];
        if (c == '{' && i + 1 < format.size() && format[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        if (c == '}' && i + 1 < format.size() && format[i + 1] == '}') {
            out += '}';
            ++i;
            continue;
        }
        if (c != '{') {
            out += c;
            continue;
        }
        size_t close = format.find('}', i);
        std::string_view spec = format.substr(i + 1, close - i - 1);
        i = close;
        if (arg == args.end())
            continue;
        const FormatArg& a = *arg++;
        switch (a.kind) {
        case FormatArg::Kind::Text:
            out += a.text;
            break;
        case FormatArg::Kind::Int:
            out += std::to_string(a.number);
            break;
        case FormatArg::Kind::Object: {
            auto text = spec == "!r" ? repr_utf8(a.object) : str_utf8(a.object);
            if (text.is_error()) {
                clear_error();
                out += "<unprintable object>";
            } else {
                out += text.release_value();
            }
            break;
        }
        }
    }
    return out;
}

bool error_occurred() { return !g_thread->current_exception.is_null(); }

bool error_matches(TypeObject* type)
{
    Val current = g_thread->current_exception;
    return current && is_subtype(current.type(), type);
}

Value fetch_error() { return std::move(g_thread->current_exception); }
void restore_error(Value exception) { g_thread->current_exception = std::move(exception); }
void clear_error() { g_thread->current_exception = nullptr; }

Result<Value> exception_new(TypeObject* type, const Val* args, size_t nargs)
{
    return call(Val(type), args, nargs);
}

static void set_current(Value exception)
{
    // Raising while handling another exception chains them (__context__), as `raise` in an except block does.
    Val handled = g_thread->handled_exception;
    if (handled && !handled.is(exception) && is_exception_instance(exception) && is_exception_instance(handled)) {
        // As CPython: a link of the handled exception's chain that leads back to the new one is cut, so no
        // new cycle appears; a cycle already there (e.__context__ = e) is detected (Floyd's slow pointer)
        // instead of walked forever.
        Val walk = handled;
        Val slow = handled;
        bool move_slow = false;
        while (Val context = walk.as<BaseExceptionObject>()->context.get()) {
            if (context.is(exception)) {
                walk.as<BaseExceptionObject>()->context = Value();
                break;
            }
            walk = context;
            if (walk.is(slow) || !is_exception_instance(walk))
                break;
            if (move_slow)
                slow = slow.as<BaseExceptionObject>()->context.get();
            move_slow = !move_slow;
        }
        exception.as<BaseExceptionObject>()->context = Value::borrow(handled);
    }
    g_thread->current_exception = std::move(exception);
}

Error raise_with_args(TypeObject* type, std::initializer_list<Val> args)
{
    auto created = call(Val(type), args);
    if (created.is_error())
        return Error {};
    set_current(created.release_value());
    return Error {};
}

Error raise(TypeObject* type, std::string_view message)
{
    Ref<StrObject> text = str_from_utf8(message);
    return raise_with_args(type, { Val(text.get()) });
}

Error raise_format(TypeObject* type, std::string_view format, std::initializer_list<FormatArg> args)
{
    return raise(type, std::string_view(format_message(format, args)));
}

Error raise_value(Val exception)
{
    if (is_exception_class(exception))
        return raise_with_args(exception.as<TypeObject>(), {});
    if (!is_exception_instance(exception))
        return raise(&g_exc_TypeError, "exceptions must derive from BaseException");
    set_current(Value::borrow(exception));
    return Error {};
}

Error restore_exception(Val exception)
{
    g_thread->current_exception = Value::borrow(exception);
    return Error {};
}

Error raise_memory_error()
{
    static BaseExceptionObject* s_memory_error = nullptr;
    if (!s_memory_error) {
        auto created = call(Val(&g_exc_MemoryError), {});
        if (created.is_error())
            return Error {};
        s_memory_error = created.release_value().release().as<BaseExceptionObject>();
        s_memory_error->refcount = IMMORTAL_REFCOUNT;
    }
    s_memory_error->traceback = nullptr;
    g_thread->current_exception = Value::borrow(Val(s_memory_error));
    return Error {};
}

Error raise_key_error(Val key) { return raise_with_args(&g_exc_KeyError, { key }); }

Error raise_stop_iteration(Val value)
{
    if (!value)
        return raise_with_args(&g_exc_StopIteration, {});
    return raise_with_args(&g_exc_StopIteration, { value });
}

Error attribute_error_context(Val object, StrObject* name)
{
    Val exc = g_thread->current_exception;
    if (!exc || !is_exception_instance(exc) || !is_subtype(exc.type(), &g_exc_AttributeError))
        return Error {};
    auto* e = exc.as<BaseExceptionObject>();
    if (!e->dict)
        e->dict = dict_new();
    Val known_name = dict_get_str(e->dict.get(), str_intern("name"));
    Val known_obj = dict_get_str(e->dict.get(), str_intern("obj"));
    if ((known_name && !is_none(known_name)) || (known_obj && !is_none(known_obj)))
        return Error {};  // already told (or raised with name=/obj=)
    dict_set_str(e->dict.get(), str_intern("name"), Val(name));
    dict_set_str(e->dict.get(), str_intern("obj"), object);
    return Error {};
}

Error with_attribute_error_context(Error, Val object, StrObject* name) { return attribute_error_context(object, name); }

Error raise_attribute_error(Val object, StrObject* name)
{
    if (object.is_object() && object.type()->has_flag(TYPE_TYPE_SUBCLASS)) {
        auto* type = object.as<TypeObject>();
        return with_attribute_error_context(
            raise(&g_exc_AttributeError, "type object '{}' has no attribute '{}'", type->type_name(), name), object, name);
    }
    return with_attribute_error_context(
        raise(&g_exc_AttributeError, "'{}' object has no attribute '{}'", object.type()->type_name(), name), object, name);
}

static TypeObject* os_error_subclass(int errno_value)
{
    switch (errno_value) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS: return &g_exc_BlockingIOError;
    case ECHILD: return &g_exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return &g_exc_BrokenPipeError;
    case ECONNABORTED: return &g_exc_ConnectionAbortedError;
    case ECONNREFUSED: return &g_exc_ConnectionRefusedError;
    case ECONNRESET: return &g_exc_ConnectionResetError;
    case EEXIST: return &g_exc_FileExistsError;
    case ENOENT: return &g_exc_FileNotFoundError;
    case EINTR: return &g_exc_InterruptedError;
    case EISDIR: return &g_exc_IsADirectoryError;
    case ENOTDIR: return &g_exc_NotADirectoryError;
    case EACCES:
    case EPERM: return &g_exc_PermissionError;
    case ESRCH: return &g_exc_ProcessLookupError;
    case ETIMEDOUT: return &g_exc_TimeoutError;
    default: return &g_exc_OSError;
    }
}

Error raise_os_error(int errno_value, Val filename)
{
    Value code = int_from_int64(errno_value);
    Ref<StrObject> message = str_from_utf8(strerror(errno_value));
    if (filename)
        return raise_with_args(&g_exc_OSError, { code, Val(message.get()), filename });
    return raise_with_args(&g_exc_OSError, { code, Val(message.get()) });
}

// ---- traceback objects ----

static void traceback_destroy(Object* object) { static_cast<TracebackObject*>(object)->~TracebackObject(); }
static void traceback_traverse(Object* object, VisitFn visit, void* context)
{
    auto* tb = static_cast<TracebackObject*>(object);
    if (tb->next)
        visit(tb->next.object(), context);
    if (tb->frame)
        visit(tb->frame.object(), context);
}

static void traceback_clear(Object* object)
{
    auto* tb = static_cast<TracebackObject*>(object);
    tb->next = nullptr;
    tb->frame = nullptr;
}

void traceback_add(Val exception, CodeObject* code, int32_t lasti, Val frame_object)
{
    if (!is_exception_instance(exception))
        return;
    auto* e = exception.as<BaseExceptionObject>();
    auto* tb = static_cast<TracebackObject*>(alloc_object(&g_traceback_type));
    new (&tb->next) Value(std::move(e->traceback));
    new (&tb->code) Ref<CodeObject>(code);
    new (&tb->frame) Value(frame_object ? Value::borrow(frame_object) : Value());
    tb->lasti = lasti;
    tb->lineno = code->line_at(size_t(lasti));
    tb->given_lasti = -1;
    e->traceback = Value::adopt(Val(tb));
}

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno), as CPython allows (frames made up for tracebacks).
static Result<Value> traceback_new(TypeObject*, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val a[4];
    TRY(bind_args("TracebackType", args, nargs, kwnames, { "tb_next", "tb_frame", "tb_lasti", "tb_lineno" }, 4, a));
    if (!is_none(a[0]) && a[0].type() != &g_traceback_type)
        return raise(&g_exc_TypeError, "expected traceback object or None, got '{}'", a[0].type()->type_name());
    if (a[1].type() != &vm::g_frame_type)
        return raise(&g_exc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not {}", a[1].type()->type_name());
    int64_t lasti = TRY(index_as_ssize(a[2]));
    int64_t lineno = TRY(index_as_ssize(a[3]));
    if (lasti < INT32_MIN || lasti > INT32_MAX || lineno < INT32_MIN || lineno > INT32_MAX)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    auto* tb = static_cast<TracebackObject*>(alloc_object(&g_traceback_type));
    new (&tb->next) Value(is_none(a[0]) ? Value() : Value::borrow(a[0]));
    new (&tb->code) Ref<CodeObject>(a[1].as<vm::FrameObject>()->code);
    new (&tb->frame) Value(Value::borrow(a[1]));
    tb->lasti = lasti >= 0 ? int32_t(lasti / 4) : -1;
    tb->lineno = int32_t(lineno);
    tb->given_lasti = int32_t(lasti);
    return Value::adopt(Val(tb));
}

Value exception_traceback(Val exception)
{
    if (!is_exception_instance(exception))
        return Value();
    return exception.as<BaseExceptionObject>()->traceback;
}

static Result<Value> traceback_get_next(Val self)
{
    auto& next = self.as<TracebackObject>()->next;
    return next ? Value(next) : none_value();
}
// tb_next can be replaced (CPython allows it, e.g. to hide frames), by None or a traceback that does not lead back.
static Result<void> traceback_set_next(Val self, Val value)
{
    if (!value)
        return raise(&g_exc_TypeError, "can't delete tb_next attribute");
    if (is_none(value)) {
        self.as<TracebackObject>()->next = Value();
        return {};
    }
    if (value.type() != self.type())
        return raise(&g_exc_TypeError, "expected traceback object or None, got '{}'", value.type()->type_name());
    for (Val cursor = value; cursor; cursor = cursor.as<TracebackObject>()->next.get()) {
        if (cursor.is(self))
            return raise(&g_exc_ValueError, "traceback loop detected");
    }
    self.as<TracebackObject>()->next = Value::borrow(value);
    return {};
}
static Result<Value> traceback_get_lineno(Val self) { return int_from_int64(self.as<TracebackObject>()->lineno); }
static Result<Value> traceback_get_frame(Val self)
{
    auto& frame = self.as<TracebackObject>()->frame;
    return frame ? Value(frame) : none_value();
}
static Result<Value> traceback_get_lasti(Val self)
{
    auto* tb = self.as<TracebackObject>();
    return int_from_int64(tb->given_lasti >= 0 || tb->lasti < 0 ? tb->given_lasti : tb->lasti * 4);
}
// traceback.__dir__: just the four tb_ attributes, as CPython lists them.
static Result<Value> traceback_dir(const Val*, size_t, TupleObject*)
{
    Val names[] = { Val(str_intern("tb_frame")), Val(str_intern("tb_next")), Val(str_intern("tb_lasti")), Val(str_intern("tb_lineno")) };
    return Value(list_from(names, 4));
}
static const MethodDef s_traceback_methods[] = {
    { "__dir__", traceback_dir, METHOD_INSTANCE, "Return the list of the traceback's attributes." },
    {},
};
static const GetSetDef s_traceback_getsets[] = {
    { "tb_next", traceback_get_next, traceback_set_next, nullptr },
    { "tb_lineno", traceback_get_lineno, nullptr, nullptr },
    { "tb_lasti", traceback_get_lasti, readonly_member_set, nullptr },
    { "tb_frame", traceback_get_frame, readonly_member_set, nullptr },
    {},
};

// ---- BaseException and friends ----

static BaseExceptionObject* as_exception(Val v) { return v.as<BaseExceptionObject>(); }

static void exception_destroy(Object* object) { static_cast<BaseExceptionObject*>(object)->~BaseExceptionObject(); }
static void exception_traverse(Object* object, VisitFn visit, void* context)
{
    auto* e = static_cast<BaseExceptionObject*>(object);
    if (e->dict)
        visit(e->dict.get(), context);
    if (e->args)
        visit(e->args.get(), context);
    for (Val v : { e->traceback.get(), e->cause.get(), e->context.get(), e->notes.get() }) {
        visit_val(v, visit, context);
    }
}

static void exception_clear(Object* object)
{
    auto* e = static_cast<BaseExceptionObject*>(object);
    e->dict = nullptr;
    e->traceback = nullptr;
    e->cause = nullptr;
    e->context = nullptr;
    e->notes = nullptr;
}

static Result<Value> exception_new_slot(TypeObject* type, const Val* args, size_t nargs, TupleObject*)
{
    Object* memory = alloc_object(type);
    if (!memory)
        return raise_memory_error();
    auto* e = static_cast<BaseExceptionObject*>(memory);
    new (&e->dict) Ref<DictObject>();
    new (&e->args) Ref<TupleObject>(tuple_from(args, int64_t(nargs)));
    new (&e->traceback) Value();
    new (&e->cause) Value();
    new (&e->context) Value();
    new (&e->notes) Value();
    e->suppress_context = false;
    return Value::adopt(Val(e));
}

static Result<void> exception_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size && self.type()->init == exception_init)
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", self.type()->type_name());
    as_exception(self)->args = tuple_from(args, int64_t(nargs));
    return {};
}

static Result<Value> exception_str(Val self)
{
    TupleObject* args = as_exception(self)->args.get();
    if (!args || args->size == 0)
        return Value(str_empty());
    if (args->size == 1)
        return object_str(args->item(0));
    return object_str(Val(args));
}

static Result<Value> exception_repr(Val self)
{
    TupleObject* args = as_exception(self)->args.get();
    std::string name(self.type()->type_name());
    if (self.type()->has_flag(TYPE_HEAP))
        name = self.type()->heap_name;
    if (!args || args->size == 0)
        return Value(str_from_utf8(name + "()"));
    if (args->size == 1)
        return Value(str_from_utf8(name + "(" + TRY(repr_utf8(args->item(0))) + ")"));
    return Value(str_from_utf8(name + TRY(repr_utf8(Val(args)))));
}

static Result<Value> exception_get_args(Val self)
{
    auto& args = as_exception(self)->args;
    return args ? Value(Ref<TupleObject>(args)) : Value(tuple_empty());
}
static Result<void> exception_set_args(Val self, Val value)
{
    if (!value)
        return raise(&g_exc_TypeError, "args may not be deleted");
    as_exception(self)->args = TRY(sequence_tuple(value));
    return {};
}
static Result<Value> exception_get_traceback(Val self)
{
    auto& tb = as_exception(self)->traceback;
    return tb ? Value(tb) : none_value();
}
static Result<void> exception_set_traceback(Val self, Val value)
{
    if (!value)
        return raise(&g_exc_TypeError, "__traceback__ may not be deleted");
    if (!is_none(value) && value.type() != &g_traceback_type)
        return raise(&g_exc_TypeError, "__traceback__ must be a traceback or None");
    as_exception(self)->traceback = is_none(value) ? Value() : Value::borrow(value);
    return {};
}
static Result<Value> exception_get_cause(Val self)
{
    auto& v = as_exception(self)->cause;
    return v ? Value(v) : none_value();
}
static Result<void> exception_set_cause(Val self, Val value)
{
    if (!value)
        return raise(&g_exc_TypeError, "__cause__ may not be deleted");
    if (!is_none(value) && !is_exception_instance(value))
        return raise(&g_exc_TypeError, "exception cause must be None or derive from BaseException");
    as_exception(self)->cause = Value::borrow(value);
    as_exception(self)->suppress_context = true;
    return {};
}
static Result<Value> exception_get_context(Val self)
{
    auto& v = as_exception(self)->context;
    return v ? Value(v) : none_value();
}
static Result<void> exception_set_context(Val self, Val value)
{
    if (!value)
        return raise(&g_exc_TypeError, "__context__ may not be deleted");
    if (!is_none(value) && !is_exception_instance(value))
        return raise(&g_exc_TypeError, "exception context must be None or derive from BaseException");
    as_exception(self)->context = is_none(value) ? Value() : Value::borrow(value);
    return {};
}
static Result<Value> exception_get_suppress(Val self) { return bool_value(as_exception(self)->suppress_context); }
static Result<void> exception_set_suppress(Val self, Val value)
{
    if (!value)
        return raise(&g_exc_TypeError, "can't delete numeric/char attribute");
    as_exception(self)->suppress_context = value && TRY(is_truthy(value));
    return {};
}
static Result<Value> exception_get_dict(Val self)
{
    auto* e = as_exception(self);
    if (!e->dict)
        e->dict = dict_new();
    return Value(Ref<DictObject>(e->dict));
}

static Result<Value> exception_with_traceback(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("with_traceback", nargs - 1, kwnames, 1, 1));
    TRY(exception_set_traceback(args[0], args[1]));
    return Value::borrow(args[0]);
}
static Result<Value> exception_add_note(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("add_note", nargs - 1, kwnames, 1, 1));
    if (!is_str(args[1]))
        return raise(&g_exc_TypeError, "note must be a str, not '{}'", args[1].type()->type_name());
    auto* e = as_exception(args[0]);
    if (!e->notes)
        e->notes = Value(list_new());
    if (!is_list(e->notes))
        return raise(&g_exc_TypeError, "Cannot add note: __notes__ is not a list");
    list_append(e->notes.as<ListObject>(), Value::borrow(args[1]));
    return none_value();
}
static Result<Value> exception_get_notes(Val self)
{
    auto& notes = as_exception(self)->notes;
    if (!notes)
        return raise(&g_exc_AttributeError, "'{}' object has no attribute '__notes__'", self.type()->type_name());
    return Value(notes);
}
static Result<void> exception_set_notes(Val self, Val value)
{
    if (!value && !as_exception(self)->notes)
        return raise(&g_exc_AttributeError, "'{}' object has no attribute '__notes__'", self.type()->type_name());
    as_exception(self)->notes = value ? Value::borrow(value) : Value();
    return {};
}

// The attributes Ginger keeps in the instance dict of some built-in exceptions, which CPython keeps in fields
// (and so does not pickle as state).
struct ExceptionFields {
    TypeObject* type;
    std::initializer_list<const char*> names;
};

// BaseException.__reduce__: (type, args), plus the instance dict once one exists (as CPython does), without the
// built-in fields; OSError rebuilds its fields from args, ImportError and AttributeError add theirs as CPython's do.
static Result<Value> exception_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    Val self = args[0];
    auto* e = as_exception(self);
    Value exc_args = TRY(exception_get_args(self));
    static const ExceptionFields fields[] = {
        { &g_exc_OSError, { "errno", "strerror", "filename", "filename2", "characters_written" } },
        { &g_exc_ImportError, { "name", "path", "name_from", "msg" } },
        { &g_exc_AttributeError, { "name", "obj" } },
        { &g_exc_NameError, { "name" } },
        { &g_exc_StopIteration, { "value" } },
        { &g_exc_SystemExit, { "code" } },
        { &g_exc_SyntaxError, { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                                "print_file_and_line" } },
        { &g_exc_BaseExceptionGroup, { "message", "exceptions" } },
    };
    const ExceptionFields* own = nullptr;
    for (const auto& entry : fields) {
        if (is_instance(self, entry.type)) {
            own = &entry;
            break;
        }
    }
    if (!own) {
        if (e->dict)
            return Value(tuple_of({ Val(self.type()), exc_args.get(), Val(e->dict.get()) }));
        return Value(tuple_of({ Val(self.type()), exc_args.get() }));
    }
    Ref<DictObject> state = e->dict ? dict_copy(e->dict.get()) : dict_new();
    auto field = [&](const char* name) -> Val {
        Val v = dict_get_str(state.get(), str_intern(name));
        return v && !is_none(v) ? v : Val();
    };
    Value name = Value::borrow(field("name")), path = Value::borrow(field("path"));
    if (own->type == &g_exc_OSError) {
        Val filename = field("filename"), filename2 = field("filename2");
        auto* pair = exc_args.as<TupleObject>();
        if (filename && pair->size == 2) {
            if (filename2)
                exc_args = Value(tuple_of({ pair->item(0), pair->item(1), filename, none_value().get(), filename2 }));
            else
                exc_args = Value(tuple_of({ pair->item(0), pair->item(1), filename }));
        }
    }
    for (const char* field_name : own->names)
        TRY(dict_delete(state.get(), Val(str_intern(field_name))));
    if (own->type == &g_exc_ImportError) {
        if (name)
            TRY(dict_set(state.get(), Val(str_intern("name")), name.get()));
        if (path)
            TRY(dict_set(state.get(), Val(str_intern("path")), path.get()));
    } else if (own->type == &g_exc_AttributeError) {
        if (name)
            TRY(dict_set(state.get(), Val(str_intern("name")), name.get()));
        TRY(dict_set(state.get(), Val(str_intern("args")), exc_args.get()));
    }
    if (state->used > 0)
        return Value(tuple_of({ Val(self.type()), exc_args.get(), Val(state.get()) }));
    return Value(tuple_of({ Val(self.type()), exc_args.get() }));
}
static Result<Value> exception_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__setstate__", nargs - 1, kwnames, 1, 1));
    Val state = args[1];
    if (is_none(state))
        return none_value();
    if (!is_dict(state))
        return raise(&g_exc_TypeError, "state is not a dictionary");
    Val key, value;
    for (int64_t i = 0; dict_next(state.as<DictObject>(), i, key, value);) {
        if (!is_str(key))
            return raise(&g_exc_TypeError, "attribute name must be string, not '{}'", key.type()->type_name());
        TRY(set_attr(args[0], key.as<StrObject>(), value));
    }
    return none_value();
}

static const MethodDef s_exception_methods[] = {
    { "__reduce__", exception_reduce, METHOD_INSTANCE, nullptr },
    { "__setstate__", exception_setstate, METHOD_INSTANCE, nullptr },
    { "with_traceback", exception_with_traceback, METHOD_INSTANCE, "Set self.__traceback__ to tb and return self." },
    { "add_note", exception_add_note, METHOD_INSTANCE, "Add a note to the exception" },
    {},
};
static const GetSetDef s_exception_getsets[] = {
    { "args", exception_get_args, exception_set_args, nullptr },
    { "__traceback__", exception_get_traceback, exception_set_traceback, nullptr },
    { "__cause__", exception_get_cause, exception_set_cause, nullptr },
    { "__context__", exception_get_context, exception_set_context, nullptr },
    { "__suppress_context__", exception_get_suppress, exception_set_suppress, nullptr },
    { "__dict__", exception_get_dict, nullptr, nullptr },
    { "__notes__", exception_get_notes, exception_set_notes, nullptr },
    {},
};

// Subclass attributes are kept in the instance dict, set by the subclass's __init__.
static void set_field(Val self, const char* name, Val value)
{
    auto* e = as_exception(self);
    if (!e->dict)
        e->dict = dict_new();
    dict_set_str(e->dict.get(), str_intern(name), value ? value : none());
}

static Result<void> stop_iteration_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(exception_init(self, args, nargs, nullptr));
    set_field(self, "value", nargs ? args[0] : none());
    return {};
}
static Result<void> system_exit_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(exception_init(self, args, nargs, nullptr));
    if (nargs == 0)
        set_field(self, "code", none());
    else if (nargs == 1)
        set_field(self, "code", args[0]);
    else
        set_field(self, "code", as_exception(self)->args.get());
    return {};
}
static Result<Value> key_error_str(Val self)
{
    TupleObject* args = as_exception(self)->args.get();
    if (args && args->size == 1)
        return object_repr(args->item(0));
    return exception_str(self);
}
static Result<void> named_error_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(exception_init(self, args, nargs, nullptr));
    Val name, obj;
    for (int64_t i = 0; kwnames && i < kwnames->size; ++i) {
        std::string_view key = kwnames->item(i).as<StrObject>()->view();
        if (key == "name")
            name = args[nargs + size_t(i)];
        else if (key == "obj" && is_subtype(self.type(), &g_exc_AttributeError))
            obj = args[nargs + size_t(i)];
        else
            return raise(&g_exc_TypeError, "'{}' is an invalid keyword argument for {}()", key, self.type()->type_name());
    }
    set_field(self, "name", name);
    if (is_subtype(self.type(), &g_exc_AttributeError))
        set_field(self, "obj", obj);
    return {};
}
static Result<void> import_error_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(exception_init(self, args, nargs, nullptr));
    Val name, path, name_from;
    for (int64_t i = 0; kwnames && i < kwnames->size; ++i) {
        std::string_view key = kwnames->item(i).as<StrObject>()->view();
        if (key == "name")
            name = args[nargs + size_t(i)];
        else if (key == "path")
            path = args[nargs + size_t(i)];
        else if (key == "name_from")
            name_from = args[nargs + size_t(i)];
        else
            return raise(&g_exc_TypeError, "'{}' is an invalid keyword argument for {}()", key, self.type()->type_name());
    }
    set_field(self, "name", name);
    set_field(self, "path", path);
    set_field(self, "name_from", name_from);
    set_field(self, "msg", nargs == 1 ? args[0] : none());  // only a single argument is the message
    return {};
}
static Result<Value> import_error_str(Val self)
{
    auto* e = as_exception(self);
    if (e->dict) {
        Val msg = dict_get_str(e->dict.get(), str_intern("msg"));
        if (msg && !is_none(msg))
            return object_str(msg);
    }
    return exception_str(self);
}

static Result<Value> os_error_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    // OSError(errno, ...) picks the subclass for the errno, as CPython does.
    if (type == &g_exc_OSError && nargs >= 2 && is_int(args[0])) {
        int64_t code = 0;
        if (int_to_int64(args[0], code))
            type = os_error_subclass(int(code));
    }
    return exception_new_slot(type, args, nargs, kwnames);
}
static Result<void> os_error_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs >= 2 && nargs <= 5) {
        TRY(exception_init(self, args, nargs, nullptr));
        set_field(self, "errno", args[0]);
        set_field(self, "strerror", args[1]);
        set_field(self, "filename", none());
        set_field(self, "filename2", none());
        Val filename = nargs >= 3 ? args[2] : Val();
        if (filename && !is_none(filename)) {
            // BlockingIOError's third argument, when a number, is characters_written instead of a file name.
            bool number = is_int(filename) || filename.type()->index || is_float(filename);
            if (is_subtype(self.type(), &g_exc_BlockingIOError) && number) {
                set_field(self, "characters_written", Val(int_from_int64(TRY(index_as_ssize(filename))).get()));
            } else {
                set_field(self, "filename", filename);
                if (nargs >= 5)
                    set_field(self, "filename2", args[4]);
                // With a file name, args keeps only (errno, strerror), like CPython.
                as_exception(self)->args = tuple_from(args, 2);
            }
        }
    } else {
        TRY(exception_init(self, args, nargs, nullptr));
        set_field(self, "errno", none());
        set_field(self, "strerror", none());
        set_field(self, "filename", none());
        set_field(self, "filename2", none());
    }
    return {};
}
static Result<Value> os_error_str(Val self)
{
    auto* e = as_exception(self);
    auto field = [&](const char* key) -> Val { return e->dict ? dict_get_str(e->dict.get(), str_intern(key)) : Val(); };
    Val errno_value = field("errno");
    Val strerror_value = field("strerror");
    Val filename = field("filename");
    Val filename2 = field("filename2");
    if (errno_value && !is_none(errno_value) && strerror_value && !is_none(strerror_value)) {
        std::string text = "[Errno " + TRY(str_utf8(errno_value)) + "] " + TRY(str_utf8(strerror_value));
        if (filename && !is_none(filename)) {
            text += ": " + TRY(repr_utf8(filename));
            if (filename2 && !is_none(filename2))
                text += " -> " + TRY(repr_utf8(filename2));
        }
        return Value(str_from_utf8(text));
    }
    return exception_str(self);
}

static Result<void> syntax_error_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(exception_init(self, args, nargs, nullptr));
    set_field(self, "msg", nargs >= 1 ? args[0] : none());
    Val details[6] = {};
    if (nargs == 2) {  // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
        Ref<TupleObject> info = TRY(sequence_tuple(args[1]));
        if (info->size < 4)
            return raise(&g_exc_TypeError, "function takes at least 4 arguments ({} given)", info->size);
        if (info->size > 6)
            return raise(&g_exc_TypeError, "function takes at most 6 arguments ({} given)", info->size);
        for (int64_t i = 0; i < info->size; ++i)
            details[i] = info->item(i);
        if (details[4] && !details[5])
            return raise(&g_exc_TypeError, "end_offset must be provided when end_lineno is provided");
        const char* names[] = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };
        for (int i = 0; i < 6; ++i)
            set_field(self, names[i], details[i]);
    } else {
        for (const char* name : { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" })
            set_field(self, name, none());
    }
    set_field(self, "print_file_and_line", none());
    return {};
}
static Result<Value> syntax_error_str(Val self)
{
    auto* e = as_exception(self);
    auto field = [&](const char* key) -> Val { return e->dict ? dict_get_str(e->dict.get(), str_intern(key)) : Val(); };
    Val msg = field("msg");
    Val filename = field("filename");
    Val lineno = field("lineno");
    std::string text = TRY(str_utf8(msg ? msg : none()));  // str(None) for a SyntaxError without a message
    bool has_file = filename && is_str(filename);
    bool has_line = lineno && is_int(lineno);
    if (has_file || has_line) {
        std::string file;
        if (has_file) {
            std::string_view f = filename.as<StrObject>()->view();
            size_t slash = f.rfind('/');
            file = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
        }
        if (has_file && has_line)
            text += " (" + file + ", line " + TRY(str_utf8(lineno)) + ")";
        else if (has_file)
            text += " (" + file + ")";
        else
            text += " (line " + TRY(str_utf8(lineno)) + ")";
    }
    return Value(str_from_utf8(text));
}

// ---- UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError ----

// Their attributes are fields, as CPython's members: not in the instance dict, writable, None (0) until set.
struct UnicodeErrorObject : BaseExceptionObject {
    Value encoding;
    Value object;
    Value reason;
    int64_t start;
    int64_t end;
};

static UnicodeErrorObject* as_unicode_error(Val v) { return v.as<UnicodeErrorObject>(); }

static void unicode_error_destroy(Object* object) { static_cast<UnicodeErrorObject*>(object)->~UnicodeErrorObject(); }
static void unicode_error_traverse(Object* object, VisitFn visit, void* context)
{
    exception_traverse(object, visit, context);
    auto* e = static_cast<UnicodeErrorObject*>(object);
    for (Val v : { e->encoding.get(), e->object.get(), e->reason.get() }) {
        visit_val(v, visit, context);
    }
}
static void unicode_error_clear(Object* object)
{
    exception_clear(object);
    auto* e = static_cast<UnicodeErrorObject*>(object);
    e->encoding = nullptr;
    e->object = nullptr;
    e->reason = nullptr;
}

static Result<void> unicode_error_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames, int kind)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", self.type()->type_name());
    TRY(exception_init(self, args, nargs, nullptr));
    size_t expected = kind == 2 ? 4 : 5;
    if (nargs != expected)
        return raise(&g_exc_TypeError, "function takes exactly {} arguments ({} given)", int64_t(expected), int64_t(nargs));
    size_t i = 0;
    Value encoding;
    if (kind != 2) {
        if (!is_str(args[0]))
            return raise(&g_exc_TypeError, "argument 1 must be str, not {}", args[0].type()->type_name());
        encoding = Value::borrow(args[i++]);
    }
    Value object = Value::borrow(args[i]);
    size_t object_index = i++;
    if (kind != 1 && !is_str(args[object_index]))
        return raise(&g_exc_TypeError, "argument {} must be str, not {}", int64_t(object_index + 1), args[object_index].type()->type_name());
    int64_t start = TRY(index_as_ssize(args[i++]));
    int64_t end = TRY(index_as_ssize(args[i++]));
    if (!is_str(args[i]))
        return raise(&g_exc_TypeError, "argument {} must be str, not {}", int64_t(i + 1), args[i].type()->type_name());
    if (kind == 1) {
        // UnicodeDecodeError's object is any bytes-like object, kept as bytes (converted after the argument parse).
        Buffer data_buffer;
        TRY(get_contiguous_buffer(args[object_index], data_buffer));
        object = Value(bytes_from(data_buffer.bytes()));
    }
    auto* e = as_unicode_error(self);
    e->encoding = std::move(encoding);
    e->object = std::move(object);
    e->start = start;
    e->end = end;
    e->reason = Value::borrow(args[i]);
    return {};
}
static Result<void> unicode_encode_error_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return unicode_error_init(self, args, nargs, kwnames, 0);
}
static Result<void> unicode_decode_error_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return unicode_error_init(self, args, nargs, kwnames, 1);
}
static Result<void> unicode_translate_error_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return unicode_error_init(self, args, nargs, kwnames, 2);
}

static Result<Value> object_or_none(const Value& v) { return v ? Value(v) : none_value(); }
static Result<Value> unicode_error_get_encoding(Val self) { return object_or_none(as_unicode_error(self)->encoding); }
static Result<Value> unicode_error_get_object(Val self) { return object_or_none(as_unicode_error(self)->object); }
static Result<Value> unicode_error_get_reason(Val self) { return object_or_none(as_unicode_error(self)->reason); }
static Result<Value> unicode_error_get_start(Val self) { return int_from_int64(as_unicode_error(self)->start); }
static Result<Value> unicode_error_get_end(Val self) { return int_from_int64(as_unicode_error(self)->end); }
static Result<void> unicode_error_set_encoding(Val self, Val value)
{
    as_unicode_error(self)->encoding = value ? Value::borrow(value) : Value();
    return {};
}
static Result<void> unicode_error_set_object(Val self, Val value)
{
    as_unicode_error(self)->object = value ? Value::borrow(value) : Value();
    return {};
}
static Result<void> unicode_error_set_reason(Val self, Val value)
{
    as_unicode_error(self)->reason = value ? Value::borrow(value) : Value();
    return {};
}
static Result<int64_t> unicode_error_position(Val value)
{
    if (!value)
        return raise(&g_exc_TypeError, "can't delete numeric/char attribute");
    if (!is_int(value) && !value.type()->index)
        return raise(&g_exc_TypeError, "an integer is required");
    return index_as_ssize(value);
}
static Result<void> unicode_error_set_start(Val self, Val value)
{
    as_unicode_error(self)->start = TRY(unicode_error_position(value));
    return {};
}
static Result<void> unicode_error_set_end(Val self, Val value)
{
    as_unicode_error(self)->end = TRY(unicode_error_position(value));
    return {};
}
static const GetSetDef s_unicode_error_getsets[] = {
    { "encoding", unicode_error_get_encoding, unicode_error_set_encoding, "exception encoding" },
    { "object", unicode_error_get_object, unicode_error_set_object, "exception object" },
    { "start", unicode_error_get_start, unicode_error_set_start, "exception start" },
    { "end", unicode_error_get_end, unicode_error_set_end, "exception end" },
    { "reason", unicode_error_get_reason, unicode_error_set_reason, "exception reason" },
    {},
};

// CPython's messages: one character (or byte) when end == start + 1 and start is inside the object.
static Result<Value> unicode_error_str(Val self)
{
    auto* e = as_unicode_error(self);
    Val object = e->object;
    if (!object)
        return Value(str_empty());
    std::string reason = TRY(str_utf8(e->reason ? e->reason.get() : none()));
    int64_t start = e->start, end = e->end;
    bool decode = is_subtype(self.type(), &g_exc_UnicodeDecodeError);
    bool translate = is_subtype(self.type(), &g_exc_UnicodeTranslateError);
    std::string prefix = translate ? "can't translate"
                                   : "'" + TRY(str_utf8(e->encoding ? e->encoding.get() : none())) + "' codec can't " + (decode ? "decode" : "encode");
    char buffer[32];
    if (decode) {
        std::string_view data;
        bytes_like_view(object, data);
        if (start >= 0 && start < int64_t(data.size()) && end == start + 1) {
            snprintf(buffer, sizeof buffer, "0x%02x", unsigned(static_cast<unsigned char>(data[size_t(start)])));
            return Value(str_from_utf8(prefix + " byte " + buffer + " in position " + std::to_string(start) + ": " + reason));
        }
        return Value(str_from_utf8(prefix + " bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1) + ": " + reason));
    }
    if (is_str(object) && start >= 0 && start < object.as<StrObject>()->length && end == start + 1) {
        uint32_t c = object.as<StrObject>()->at(start);
        snprintf(buffer, sizeof buffer, c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x", unsigned(c));
        return Value(str_from_utf8(prefix + " character '" + buffer + "' in position " + std::to_string(start) + ": " + reason));
    }
    return Value(str_from_utf8(prefix + " characters in position " + std::to_string(start) + "-" + std::to_string(end - 1) + ": " + reason));
}

// ---- BaseExceptionGroup and ExceptionGroup ----

static Val group_field(Val group, const char* name)
{
    auto* e = as_exception(group);
    return e->dict ? dict_get_str(e->dict.get(), str_intern(name)) : Val();
}

bool is_exception_group(Val v) { return v.is_object() && is_subtype(v.type(), &g_exc_BaseExceptionGroup); }

static Result<Value> exception_group_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", type->type_name());
    if (nargs != 2)
        return raise(&g_exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", int64_t(nargs));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "argument 1 must be str, not {}", args[0].type()->type_name());
    if (!is_list(args[1]) && !is_tuple(args[1]))
        return raise(&g_exc_TypeError, "second argument (exceptions) must be a sequence");
    Ref<TupleObject> exceptions = TRY(sequence_tuple(args[1]));
    if (exceptions->size == 0)
        return raise(&g_exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool all_exceptions = true;
    for (int64_t i = 0; i < exceptions->size; ++i) {
        Val item = exceptions->item(i);
        if (!is_exception_instance(item))
            return raise(&g_exc_ValueError, "Item {} of second argument (exceptions) is not an exception", i);
        all_exceptions &= is_instance(item, &g_exc_Exception);
    }
    if (type == &g_exc_BaseExceptionGroup) {
        if (all_exceptions)
            type = &g_exc_ExceptionGroup;
    } else if (type == &g_exc_ExceptionGroup) {
        if (!all_exceptions)
            return raise(&g_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (!all_exceptions && !is_subtype(type, &g_exc_Exception)) {
        // A user subclass of BaseExceptionGroup may hold any exceptions.
    } else if (!all_exceptions) {
        return raise(&g_exc_TypeError, "Cannot nest BaseExceptions in '{}'", type->type_name());
    }
    Value group = TRY(exception_new_slot(type, args, nargs, nullptr));
    set_field(group, "message", args[0]);
    set_field(group, "exceptions", Val(exceptions.get()));
    return group;
}

static Result<void> exception_group_init(Val self, const Val* args, size_t nargs, TupleObject*)
{
    as_exception(self)->args = tuple_from(args, int64_t(nargs));
    return {};
}

static Result<Value> exception_group_str(Val self)
{
    Val message = group_field(self, "message");
    Val exceptions = group_field(self, "exceptions");
    int64_t count = exceptions && is_tuple(exceptions) ? exceptions.as<TupleObject>()->size : 0;
    std::string text = message && is_str(message) ? std::string(message.as<StrObject>()->view()) : "";
    text += " (" + std::to_string(count) + " sub-exception" + (count == 1 ? "" : "s") + ")";
    return Value(str_from_utf8(text));
}

static Result<Value> exception_group_derive(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("derive", nargs - 1, kwnames, 1, 1));
    Val message = group_field(args[0], "message");
    return call(Val(&g_exc_BaseExceptionGroup), { message ? message : Val(str_empty().get()), args[1] });
}

// Whether `exception` satisfies a split()/subgroup() condition: a type, a tuple of types, or a predicate.
static Result<bool> group_condition_matches(Val condition, Val exception)
{
    if (is_exception_class(condition) || is_tuple(condition))
        return isinstance(exception, condition);
    Value result = TRY(call(condition, { exception }));
    return is_truthy(result);
}

static Result<Value> derive_and_copy(Val group, std::vector<Value>& items)
{
    Ref<ListObject> list = list_new();
    for (Value& v : items)
        list_append(list.get(), std::move(v));
    Value derived = TRY(call_method(group, str_intern("derive"), { Val(list.get()) }));
    if (!is_exception_group(derived))
        return raise(&g_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    auto* source = as_exception(group);
    auto* target = as_exception(derived);
    target->traceback = source->traceback;
    target->cause = source->cause;
    target->context = source->context;
    // The parts get their own copies of a notes list, as in CPython (notes that are no sequence are not copied).
    if (source->notes && (is_list(source->notes) || is_tuple(source->notes))) {
        Ref<ListObject> copy = list_new();
        Val notes = source->notes;
        int64_t size = is_list(notes) ? notes.as<ListObject>()->size : notes.as<TupleObject>()->size;
        for (int64_t i = 0; i < size; ++i)
            list_append(copy.get(), Value::borrow(is_list(notes) ? notes.as<ListObject>()->item(i) : notes.as<TupleObject>()->item(i)));
        target->notes = Value(std::move(copy));
    }
    return derived;
}

// Exception groups can nest as deep as memory allows; walking them stops with RecursionError first.
static Error group_too_deep() { return raise(&g_exc_RecursionError, "maximum recursion depth exceeded"); }

static Result<void> collect_leaf_ids(Val exception, std::set<uintptr_t>& ids)
{
    NativeDepthGuard depth;
    if (depth.too_deep(C_RECURSION_LIMIT))
        return group_too_deep();
    if (!is_exception_group(exception)) {
        ids.insert(exception.bits());
        return {};
    }
    auto* items = group_field(exception, "exceptions").as<TupleObject>();
    for (int64_t i = 0; i < items->size; ++i)
        TRY(collect_leaf_ids(items->item(i), ids));
    return {};
}

static Result<Value> project(Val exception, const std::set<uintptr_t>& ids)
{
    NativeDepthGuard depth;
    if (depth.too_deep(C_RECURSION_LIMIT))
        return group_too_deep();
    if (!is_exception_group(exception))
        return ids.count(exception.bits()) ? Value::borrow(exception) : Value();
    std::vector<Value> matched;
    auto* items = group_field(exception, "exceptions").as<TupleObject>();
    for (int64_t i = 0; i < items->size; ++i) {
        Value part = TRY(project(items->item(i), ids));
        if (part)
            matched.push_back(std::move(part));
    }
    if (matched.empty())
        return Value();
    return derive_and_copy(exception, matched);
}

// The part of `group` made of the leaf exceptions found in `keep` (CPython's exception_group_projection):
// what is re-raised from except* clauses, put back in the shape of the original group. Null if nothing.
Result<Value> exception_group_projection(Val group, const std::vector<Val>& keep)
{
    std::set<uintptr_t> ids;
    for (Val e : keep)
        TRY(collect_leaf_ids(e, ids));
    return project(group, ids);
}

// Splits `group` into the exceptions that match `condition` and the rest (either may be null).
Result<void> exception_group_split(Val group, Val condition, Value& match, Value& rest)
{
    NativeDepthGuard depth;
    if (depth.too_deep(C_RECURSION_LIMIT))
        return group_too_deep();
    if (TRY(group_condition_matches(condition, group))) {
        match = Value::borrow(group);
        rest = Value();
        return {};
    }
    if (!is_exception_group(group)) {
        match = Value();
        rest = Value::borrow(group);
        return {};
    }
    std::vector<Value> matched, remaining;
    Val exceptions = group_field(group, "exceptions");
    auto* items = exceptions.as<TupleObject>();
    for (int64_t i = 0; i < items->size; ++i) {
        Value m, r;
        TRY(exception_group_split(items->item(i), condition, m, r));
        if (m)
            matched.push_back(std::move(m));
        if (r)
            remaining.push_back(std::move(r));
    }
    match = matched.empty() ? Value() : TRY(derive_and_copy(group, matched));
    rest = remaining.empty() ? Value() : TRY(derive_and_copy(group, remaining));
    return {};
}

static Result<Value> exception_group_split_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("split", nargs - 1, kwnames, 1, 1));
    Value match, rest;
    TRY(exception_group_split(args[0], args[1], match, rest));
    return Value(tuple_of({ match ? match.get() : none(), rest ? rest.get() : none() }));
}

static Result<Value> exception_group_subgroup(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("subgroup", nargs - 1, kwnames, 1, 1));
    Value match, rest;
    TRY(exception_group_split(args[0], args[1], match, rest));
    return match ? match : none_value();
}

// message and exceptions are read-only, as CPython's members are.
static Result<Value> exception_group_get_message(Val self) { return Value::borrow(group_field(self, "message")); }
static Result<Value> exception_group_get_exceptions(Val self) { return Value::borrow(group_field(self, "exceptions")); }
static const GetSetDef s_exception_group_getsets[] = {
    { "message", exception_group_get_message, nullptr, nullptr },
    { "exceptions", exception_group_get_exceptions, nullptr, nullptr },
    {},
};

static const MethodDef s_exception_group_methods[] = {
    { "derive", exception_group_derive, METHOD_INSTANCE, nullptr },
    { "split", exception_group_split_method, METHOD_INSTANCE, nullptr },
    { "subgroup", exception_group_subgroup, METHOD_INSTANCE, nullptr },
    {},
};

// ExceptionGroup derives from both BaseExceptionGroup and Exception: its MRO is set by hand once the
// static types are ready (static types otherwise have a single base).
void finish_exception_group_type()
{
    TypeObject& group = g_exc_ExceptionGroup;
    group.bases = tuple_of({ Val(&g_exc_BaseExceptionGroup), Val(&g_exc_Exception) });
    group.mro = tuple_of({ Val(&group), Val(&g_exc_BaseExceptionGroup), Val(&g_exc_Exception), Val(&g_exc_BaseException), Val(&g_object_type) });
    g_exc_Exception.subclasses.push_back(&group);
    type_modified(&group);
}

void init_exception_types()
{
    auto make = [](TypeObject& type, const char* name, TypeObject* base) {
        type_init_static(type, name, sizeof(BaseExceptionObject), base, TYPE_BASETYPE | TYPE_GC | TYPE_EXCEPTION_SUBCLASS);
    };
#define EXC(name, base) make(g_exc_##name, #name, (std::string_view(#base) == "object" ? &g_object_type : &g_exc_##base));
#define g_exc_object g_object_type
#include "objects/exceptions.def"
#undef g_exc_object
#undef EXC
    TypeObject& base = g_exc_BaseException;
    base.new_instance = exception_new_slot;
    base.init = exception_init;
    base.destroy = exception_destroy;
    base.traverse = exception_traverse;
    base.clear = exception_clear;
    base.repr = exception_repr;
    base.str = exception_str;
    base.methods = s_exception_methods;
    base.getsets = s_exception_getsets;
    base.dict_offset = offsetof(BaseExceptionObject, dict);
    g_exc_StopIteration.init = stop_iteration_init;
    g_exc_SystemExit.init = system_exit_init;
    g_exc_KeyError.str = key_error_str;
    g_exc_NameError.init = named_error_init;
    g_exc_AttributeError.init = named_error_init;
    g_exc_ImportError.init = import_error_init;
    g_exc_ImportError.str = import_error_str;
    g_exc_OSError.new_instance = os_error_new;
    g_exc_OSError.init = os_error_init;
    g_exc_OSError.str = os_error_str;
    g_exc_SyntaxError.init = syntax_error_init;
    g_exc_BaseExceptionGroup.new_instance = exception_group_new;
    g_exc_BaseExceptionGroup.init = exception_group_init;
    g_exc_BaseExceptionGroup.str = exception_group_str;
    g_exc_BaseExceptionGroup.methods = s_exception_group_methods;
    g_exc_BaseExceptionGroup.getsets = s_exception_group_getsets;
    g_exc_SyntaxError.str = syntax_error_str;
    g_exc_UnicodeEncodeError.init = unicode_encode_error_init;
    g_exc_UnicodeDecodeError.init = unicode_decode_error_init;
    g_exc_UnicodeTranslateError.init = unicode_translate_error_init;
    for (TypeObject* type : { &g_exc_UnicodeEncodeError, &g_exc_UnicodeDecodeError, &g_exc_UnicodeTranslateError }) {
        type->basic_size = sizeof(UnicodeErrorObject);
        type->str = unicode_error_str;
        type->destroy = unicode_error_destroy;
        type->traverse = unicode_error_traverse;
        type->clear = unicode_error_clear;
        type->getsets = s_unicode_error_getsets;
    }

    type_init_static(g_traceback_type, "traceback", sizeof(TracebackObject), &g_object_type, TYPE_GC);
    g_traceback_type.destroy = traceback_destroy;
    g_traceback_type.traverse = traceback_traverse;
    g_traceback_type.clear = traceback_clear;
    g_traceback_type.getsets = s_traceback_getsets;
    g_traceback_type.methods = s_traceback_methods;
    g_traceback_type.new_instance = traceback_new;
}

}  // namespace ginger
