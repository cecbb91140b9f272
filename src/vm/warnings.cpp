// The warnings core, as CPython's C `_warnings` behaves: the filter list, the default action and the
// "once" registry live here (shared by every `_warnings` module object and by lib/warnings.py, which
// imports them); while lib/warnings.py is imported, its `filters`, `defaultaction`, `onceregistry` and
// `_showwarnmsg` are the ones used. Without it, a warning is written to sys.stderr directly.
#include "vm/warnings.h"

#include "import/import.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "parse/tokenizer.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

namespace ginger {

namespace {

struct WarningsState {
    Value filters;         // list of (action, message, category, module, lineno)
    Value once_registry;   // dict
    Value default_action;  // str
    int64_t version = 0;   // bumped by _filters_mutated(): a __warningregistry__ of another version is stale
};
WarningsState* s_state = nullptr;

Value default_filter(const char* action, TypeObject* category, const char* module)
{
    return tuple_of({ Val(str_intern(action)), Val(&g_none), Val(category), module ? Val(str_intern(module)) : Val(&g_none),
                      Val::small_int(0) });
}

// The state, made on first use with the default filters of a release build.
WarningsState& state()
{
    if (!s_state) {
        s_state = new WarningsState;
        Ref<ListObject> filters = list_new();
        list_append(filters.get(), default_filter("default", &g_exc_DeprecationWarning, "__main__"));
        list_append(filters.get(), default_filter("ignore", &g_exc_DeprecationWarning, nullptr));
        list_append(filters.get(), default_filter("ignore", &g_exc_PendingDeprecationWarning, nullptr));
        list_append(filters.get(), default_filter("ignore", &g_exc_ImportWarning, nullptr));
        list_append(filters.get(), default_filter("ignore", &g_exc_ResourceWarning, nullptr));
        s_state->filters = std::move(filters);
        s_state->once_registry = dict_new();
        s_state->default_action = Value::borrow(Val(str_intern("default")));
    }
    return *s_state;
}

// An attribute of lib/warnings.py, or null (no error) if the module or the attribute is missing. With
// try_import the module is imported first (an ImportError only means it is not there).
Result<Value> warnings_attr(std::string_view name, bool try_import)
{
    Value module;
    if (try_import) {
        auto imported = import_module("warnings");
        if (imported.is_error()) {
            if (!error_matches(&g_exc_ImportError))
                return Error {};
            clear_error();
            return Value();
        }
        module = imported.release_value();
    } else {
        Val found = import_lookup_module(str_intern("warnings"));
        if (!found)
            return Value();
        module = Value::borrow(found);
    }
    return get_attr_maybe(module.get(), str_intern(name));
}

std::string type_name_of(Val v)
{
    return std::string(v.type()->type_name());
}

// A filter's message or module part against the text: None matches anything, a plain str (the
// built-in defaults) must be equal, anything else is a compiled pattern whose match() decides.
Result<bool> filter_matches(Val pattern, Val text)
{
    if (is_none(pattern))
        return true;
    if (is_str_exact(pattern)) {
        if (!is_str(text))
            return raise(&g_exc_TypeError, "Can't compare str and {}", type_name_of(text));
        return str_equal(pattern.as<StrObject>(), text.as<StrObject>());
    }
    Value result = TRY(call_method(pattern, str_intern("match"), { text }));
    return is_truthy(result.get());
}

// The action of the first filter matching, and that filter (None for the default action).
Result<std::pair<Value, Value>> get_filter(Val category, Val text, int64_t lineno, Val module)
{
    WarningsState& st = state();
    Value filters = TRY(warnings_attr("filters", false));
    if (filters)
        st.filters = filters;
    if (!st.filters || !is_list(st.filters.get()))
        return raise(&g_exc_ValueError, "_warnings.filters must be a list");
    Value list = st.filters;  // a filter's match() may replace warnings.filters
    auto* items = list.as<ListObject>();
    for (int64_t i = 0; i < items->size; ++i) {
        Value item = Value::borrow(items->item(i));
        if (!is_tuple(item.get()) || item.as<TupleObject>()->size != 5)
            return raise(&g_exc_ValueError, "_warnings.filters item {} isn't a 5-tuple", i);
        auto* filter = item.as<TupleObject>();
        Val action = filter->item(0);
        if (!is_str(action))
            return raise(&g_exc_TypeError, "action must be a string, not '{}'", type_name_of(action));
        bool good_message = TRY(filter_matches(filter->item(1), text));
        bool good_module = TRY(filter_matches(filter->item(3), module));
        bool good_category = TRY(issubclass(category, filter->item(2)));
        int64_t line = TRY(index_as_ssize(filter->item(4)));
        if (good_message && good_category && good_module && (line == 0 || line == lineno))
            return std::pair { Value::borrow(action), std::move(item) };
    }
    Value action = TRY(warnings_attr("defaultaction", false));
    if (action) {
        if (!is_str(action.get()))
            return raise(&g_exc_TypeError, "_warnings.defaultaction must be a string, not '{}'", type_name_of(action.get()));
        st.default_action = action;
    }
    return std::pair { st.default_action, none_value() };
}

Result<Value> get_once_registry()
{
    WarningsState& st = state();
    Value registry = TRY(warnings_attr("onceregistry", false));
    if (!registry)
        return st.once_registry;
    if (!is_dict(registry.get()))
        return raise(&g_exc_TypeError, "_warnings.onceregistry must be a dict, not '{}'", type_name_of(registry.get()));
    st.once_registry = registry;
    return registry;
}

// Whether `key` was warned about in `registry` (cleared first if its "version" is stale); records it
// when should_set.
Result<bool> already_warned(DictObject* registry, Val key, bool should_set)
{
    int64_t version = state().version;
    StrObject* version_key = str_intern("version");
    Val recorded = dict_get_str(registry, version_key);
    bool current = recorded && recorded.type() == &g_int_type;
    if (current) {
        auto number = int_as_int64(recorded);
        if (number.is_error())
            clear_error();
        current = !number.is_error() && number.value() == version;
    }
    if (!current) {
        dict_clear(registry);
        Value number = int_from_int64(version);
        dict_set_str(registry, version_key, number.get());
    } else {
        Val seen = TRY(dict_get(registry, key));
        if (seen && TRY(is_truthy(seen)))
            return true;
    }
    if (should_set)
        TRY(dict_set(registry, key, Val(g_true)));
    return false;
}

Result<bool> update_registry(DictObject* registry, Val text, Val category)
{
    Ref<TupleObject> key = tuple_of({ text, category });
    return already_warned(registry, Val(key.get()), true);
}

// The module name a filename stands for: the name without ".py", "<unknown>" for an empty one.
Value normalize_module(StrObject* filename)
{
    std::string_view name = filename->view();
    if (name.empty())
        return Value::borrow(Val(str_intern("<unknown>")));
    if (name.ends_with(".py"))
        return str_substring(filename, 0, filename->length - 3);
    return Value::borrow(Val(filename));
}

// The bytes of the file, opened as given or else found along sys.path by its last component (as
// CPython's _Py_DisplaySourceLine looks for it); false if it cannot be read.
bool read_source_file(std::string_view filename, std::string& data)
{
    std::ifstream file { std::string(filename), std::ios::binary };
    if (!file) {
        size_t slash = filename.rfind('/');
        std::string tail(slash == std::string_view::npos ? filename : filename.substr(slash + 1));
        Val sys = import_lookup_module(str_intern("sys"));
        auto path = sys ? get_attr_maybe(sys, str_intern("path")) : Result<Value>(Value());
        if (path.is_error()) {
            clear_error();
            return false;
        }
        if (!path.value() || !is_list(path.value().get()))
            return false;
        auto* entries = path.value().as<ListObject>();
        for (int64_t i = 0; i < entries->size && !file; ++i) {
            Val entry = entries->item(i);
            if (!is_str(entry))
                continue;
            file.clear();
            file.open(std::string(entry.as<StrObject>()->view()) + "/" + tail, std::ios::binary);
        }
        if (!file)
            return false;
    }
    data.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    return true;
}

// Line `lineno` of the file, decoded by its coding declaration (UTF-8 without one), without its
// indentation and newline; empty if it cannot be had.
std::string file_source_line(std::string_view filename, int64_t lineno)
{
    std::string data;
    if (lineno < 1 || filename.empty() || !read_source_file(filename, data))
        return {};
    size_t start = 0;
    for (int64_t i = 1; i < lineno; ++i) {
        start = data.find('\n', start);
        if (start == std::string::npos)
            return {};
        ++start;
    }
    if (start >= data.size())
        return {};
    size_t end = data.find('\n', start);
    std::string line = data.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    std::optional<std::string> cookie = parse::coding_cookie(data);
    std::string encoding = cookie ? parse::normal_encoding_name(*cookie) : "utf-8";
    Ref<BytesObject> raw = bytes_from(line);
    auto decoded = call_method(Val(raw.get()), str_intern("decode"), { Val(str_from_utf8(encoding).get()) });
    if (decoded.is_error() || !is_str(decoded.value().get())) {
        clear_error();
        return {};
    }
    line = std::string(decoded.value().as<StrObject>()->view());
    size_t first = line.find_first_not_of(" \t\f");
    return first == std::string::npos ? std::string() : line.substr(first);
}

// Writes the warning to sys.stderr in CPython's format; failures are ignored (CPython's show_warning).
// A source line obtained from module_globals is never written, as in CPython 3.12.
void show_warning(Val filename, int64_t lineno, Val text, Val category, bool have_source_line)
{
    Value saved = error_occurred() ? fetch_error() : Value();
    auto write = [&]() -> Result<void> {
        Value name = TRY(get_attr(category, str_intern("__name__")));
        Val sys = import_lookup_module(str_intern("sys"));
        Value file = sys ? TRY(get_attr_maybe(sys, str_intern("stderr"))) : Value();
        if (!file) {
            fprintf(stderr, "lost sys.stderr\n");
            return {};
        }
        std::string out = TRY(str_utf8(filename)) + ":" + std::to_string(lineno) + ": " + TRY(str_utf8(name.get())) + ": "
            + TRY(str_utf8(text)) + "\n";
        if (!have_source_line && is_str(filename)) {
            std::string line = file_source_line(filename.as<StrObject>()->view(), lineno);
            if (!line.empty())
                out += "  " + line + "\n";
        }
        TRY(call_method(file.get(), str_intern("write"), { Val(str_from_utf8(out).get()) }));
        return {};
    };
    if (write().is_error())
        clear_error();
    if (saved)
        restore_error(std::move(saved));
}

// Shows the warning through warnings._showwarnmsg(WarningMessage(...)) if lib/warnings.py is there
// (imported for it when the warning has a source object), else natively.
Result<void> call_show_warning(Val category, Val text, Val message, Val filename, int64_t lineno, bool have_source_line,
                               Val source)
{
    Value show = TRY(warnings_attr("_showwarnmsg", bool(source)));
    if (!show) {
        show_warning(filename, lineno, text, category, have_source_line);
        return {};
    }
    if (!is_callable(show.get()))
        return raise(&g_exc_TypeError, "warnings._showwarnmsg() must be set to a callable");
    Value message_class = TRY(warnings_attr("WarningMessage", false));
    if (!message_class)
        return raise(&g_exc_RuntimeError, "unable to get warnings.WarningMessage");
    Value line = int_from_int64(lineno);
    // Without a source, CPython's argument list ends before it: WarningMessage gets six arguments.
    Val args[] = { message, category, filename, line.get(), Val(&g_none), Val(&g_none), source };
    Value record = TRY(call(message_class.get(), args, source ? 7 : 6));
    TRY(call(show.get(), { record.get() }));
    return {};
}

// CPython's warn_explicit(): module null means "from the filename"; registry null or None means none;
// source null or None means none.
Result<void> warn_explicit_impl(Val category, Val message, Val filename, int64_t lineno, Val module, Val registry,
                                bool have_source_line, Val source)
{
    if (module && is_none(module))
        return {};  // a warning late at shutdown, when the module names are gone
    if (registry && !is_none(registry) && !is_dict(registry))
        return raise(&g_exc_TypeError, "'registry' must be a dict or None");
    DictObject* registry_dict = registry && !is_none(registry) ? registry.as<DictObject>() : nullptr;
    Value module_name = module ? Value::borrow(module) : normalize_module(filename.as<StrObject>());

    Value text, instance;
    if (TRY(isinstance(message, Val(&g_exc_Warning)))) {
        text = TRY(object_str(message));
        category = Val(message.type());
        instance = Value::borrow(message);
    } else {
        text = Value::borrow(message);
        instance = TRY(call(category, { message }));
    }
    if (source && is_none(source))
        source = Val();
    Value line = int_from_int64(lineno);
    Ref<TupleObject> key = tuple_of({ text.get(), category, line.get() });

    if (registry_dict && TRY(already_warned(registry_dict, Val(key.get()), false)))
        return {};
    auto [action_value, item] = TRY(get_filter(category, text.get(), lineno, module_name.get()));
    std::string_view action = action_value.as<StrObject>()->view();
    if (action == "error")
        return raise_value(instance.get());
    if (action == "ignore")
        return {};
    bool shown_before = false;
    if (action != "always") {
        if (registry_dict)
            TRY(dict_set(registry_dict, Val(key.get()), Val(g_true)));
        if (action == "once") {
            Value once = registry_dict ? Value::borrow(Val(registry_dict)) : TRY(get_once_registry());
            shown_before = TRY(update_registry(once.as<DictObject>(), text.get(), category));
        } else if (action == "module") {
            if (registry_dict)
                shown_before = TRY(update_registry(registry_dict, text.get(), category));
        } else if (action != "default") {
            std::string action_repr = TRY(repr_utf8(action_value.get()));
            std::string item_repr = TRY(repr_utf8(item.get()));
            return raise(&g_exc_RuntimeError, "Unrecognized action ({}) in warnings.filters:\n {}", action_repr, item_repr);
        }
    }
    if (shown_before)
        return {};
    return call_show_warning(category, text.get(), instance.get(), filename, lineno, have_source_line, source);
}

int64_t frame_line(vm::Frame* frame)
{
    CodeObject* code = frame->code;
    int32_t lasti = frame->lasti();
    int line = lasti >= 0 ? code->line_at(size_t(lasti)) : -1;
    if (line < 0) {
        // An instruction without a line of its own: ask the frame object, as f_lineno does.
        Value object = vm::frame_object_for(frame);
        auto number = get_attr(object.get(), str_intern("f_lineno"));
        if (!number.is_error() && is_int(number.value().get())) {
            auto value = int_as_int64(number.value().get());
            if (!value.is_error())
                return value.value();
        }
        clear_error();
        return code->firstlineno;
    }
    return line;
}

bool is_internal_filename(std::string_view filename)
{
    return filename.find("importlib") != std::string_view::npos && filename.find("_bootstrap") != std::string_view::npos;
}

// Whether the filename starts with one of the prefixes. As CPython's PyUnicode_Tailmatch(filename, prefix,
// 0, -1, -1) does, the last character of the filename is not looked at: a prefix equal to the whole
// filename does not match it.
bool is_filename_to_skip(std::string_view filename, TupleObject* prefixes)
{
    if (!prefixes)
        return false;
    if (!filename.empty()) {
        size_t last = filename.size() - 1;
        while (last > 0 && (static_cast<unsigned char>(filename[last]) & 0xC0) == 0x80)
            --last;
        filename = filename.substr(0, last);
    }
    for (int64_t i = 0; i < prefixes->size; ++i) {
        if (filename.starts_with(prefixes->item(i).as<StrObject>()->view()))
            return true;
    }
    return false;
}

vm::Frame* next_external_frame(vm::Frame* frame, TupleObject* prefixes)
{
    do {
        frame = frame->previous;
    } while (frame && (is_internal_filename(frame->code->filename->view()) || is_filename_to_skip(frame->code->filename->view(), prefixes)));
    return frame;
}

struct Context {
    Value filename;
    int64_t lineno = 1;
    Value module;
    Value registry;
};

// Where a warn() at this stack level is attributed: stacklevel 1 is the running Python frame. Past
// it, import machinery frames and those under skip_file_prefixes do not count (CPython's setup_context).
Result<Context> setup_context(int64_t stacklevel, TupleObject* prefixes)
{
    if (prefixes) {
        for (int64_t i = 0; i < prefixes->size; ++i) {
            if (!is_str(prefixes->item(i)))
                return raise(&g_exc_TypeError, "Found non-str '{}' in skip_file_prefixes.", type_name_of(prefixes->item(i)));
        }
    }
    vm::Frame* frame = g_thread->frame;
    if (stacklevel <= 0 || (frame && is_internal_filename(frame->code->filename->view()))) {
        while (--stacklevel > 0 && frame)
            frame = frame->previous;
    } else {
        while (--stacklevel > 0 && frame)
            frame = next_external_frame(frame, prefixes);
    }
    Context context;
    DictObject* globals;
    Ref<DictObject> scratch;  // globals when there is no usable sys module to take them from
    if (!frame) {
        Val sys = import_lookup_module(str_intern("sys"));
        if (sys && sys.type() == &g_module_type) {
            globals = sys.as<ModuleObject>()->dict.get();
        } else {
            scratch = dict_new();
            globals = scratch.get();
        }
        context.filename = Value::borrow(Val(str_intern("sys")));
        context.lineno = 1;
    } else {
        globals = frame->globals;
        context.filename = Value::borrow(Val(frame->code->filename));
        context.lineno = frame_line(frame);
    }
    StrObject* registry_name = str_intern("__warningregistry__");
    if (Val registry = dict_get_str(globals, registry_name)) {
        context.registry = Value::borrow(registry);
    } else {
        context.registry = dict_new();
        dict_set_str(globals, registry_name, context.registry.get());
    }
    Val name = dict_get_str(globals, str_intern("__name__"));
    if (name && (is_none(name) || is_str(name)))
        context.module = Value::borrow(name);
    else
        context.module = Value::borrow(Val(str_intern("<string>")));
    return context;
}

Result<void> do_warn(Val message, Val category, int64_t stacklevel, Val source, TupleObject* prefixes)
{
    Context context = TRY(setup_context(stacklevel, prefixes));
    return warn_explicit_impl(category, message, context.filename.get(), context.lineno, context.module.get(),
                              context.registry.get(), false, source);
}

// ---- the _warnings module ----

Result<Value> warnings_warn(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs > 4)
        return raise(&g_exc_TypeError, "warn() takes at most 4 positional arguments ({} given)", int64_t(nargs));
    Val out[5] = {};
    TRY(bind_args("warn", args, nargs, kwnames, { "message", "category", "stacklevel", "source", "skip_file_prefixes" }, 1, out));
    Val message = out[0];
    Val category = out[1];
    int64_t stacklevel = out[2] ? TRY(index_as_ssize(out[2])) : 1;
    TupleObject* prefixes = nullptr;
    if (out[4]) {
        if (!is_tuple(out[4]))
            return raise(&g_exc_TypeError, "warn() argument 'skip_file_prefixes' must be tuple, not {}", type_name_of(out[4]));
        prefixes = out[4].as<TupleObject>();
    }
    if (TRY(isinstance(message, Val(&g_exc_Warning))))
        category = Val(message.type());
    else if (!category || is_none(category))
        category = Val(&g_exc_UserWarning);
    auto subclass = issubclass(category, Val(&g_exc_Warning));
    if (subclass.is_error() || !subclass.value()) {
        if (subclass.is_error())
            clear_error();
        return raise(&g_exc_TypeError, "category must be a Warning subclass, not '{}'", type_name_of(category));
    }
    if (prefixes) {
        if (prefixes->size > 0)
            stacklevel = std::max<int64_t>(stacklevel, 2);
        else
            prefixes = nullptr;
    }
    TRY(do_warn(message, category, stacklevel, out[3], prefixes));
    return none_value();
}

// Line `lineno` of the source module_globals' loader gives (CPython's get_source_line): null without
// an error when there is no loader, no get_source or no source; an error from the loader (or a line
// number past the end: IndexError) propagates.
Result<Value> source_line_from_globals(DictObject* globals, int64_t lineno)
{
    Val spec = dict_get_str(globals, str_intern("__spec__"));
    Value loader;
    if (spec && !is_none(spec))
        loader = TRY(get_attr_maybe(spec, str_intern("loader")));
    if (!loader || is_none(loader.get())) {
        Val plain = dict_get_str(globals, str_intern("__loader__"));
        if (!plain || is_none(plain))
            return Value();
        loader = Value::borrow(plain);
    }
    Val name = dict_get_str(globals, str_intern("__name__"));
    if (!name)
        return Value();
    Value get_source = TRY(get_attr_maybe(loader.get(), str_intern("get_source")));
    if (!get_source)
        return Value();
    Value source = TRY(call(get_source.get(), { name }));
    if (is_none(source.get()))
        return Value();
    Value lines = TRY(call_method(source.get(), str_intern("splitlines"), {}));
    if (!is_list(lines.get()))
        return Value();
    auto* list = lines.as<ListObject>();
    if (lineno - 1 < 0 || lineno - 1 >= list->size)
        return raise(&g_exc_IndexError, "list index out of range");
    return Value::borrow(list->item(lineno - 1));
}

Result<Value> warnings_warn_explicit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[8] = {};
    TRY(bind_args("warn_explicit", args, nargs, kwnames,
                  { "message", "category", "filename", "lineno", "module", "registry", "module_globals", "source" }, 4, out));
    if (!is_str(out[2]))
        return raise(&g_exc_TypeError, "warn_explicit() argument 'filename' must be str, not {}", type_name_of(out[2]));
    int64_t lineno = TRY(index_as_ssize(out[3]));
    if (lineno < INT32_MIN || lineno > INT32_MAX)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    Val module_globals = out[6];
    bool have_source_line = false;
    if (module_globals && !is_none(module_globals)) {
        if (!is_dict(module_globals))
            return raise(&g_exc_TypeError, "module_globals must be a dict, not '{}'", type_name_of(module_globals));
        have_source_line = bool(TRY(source_line_from_globals(module_globals.as<DictObject>(), lineno)));
    }
    TRY(warn_explicit_impl(out[1], out[0], out[2], lineno, out[4], out[5], have_source_line, out[7]));
    return none_value();
}

Result<Value> warnings_filters_mutated(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_filters_mutated", nargs, kwnames, 0, 0));
    ++state().version;
    return none_value();
}

const MethodDef s_warnings_functions[] = {
    { "warn", warnings_warn, METHOD_STATIC, "Issue a warning, or maybe ignore it or raise an exception." },
    { "warn_explicit", warnings_warn_explicit, METHOD_STATIC, "Issue a warning, or maybe ignore it or raise an exception." },
    { "_filters_mutated", warnings_filters_mutated, METHOD_STATIC, nullptr },
    {},
};

}  // namespace

Ref<ModuleObject> warnings_module_create()
{
    WarningsState& st = state();
    Ref<ModuleObject> module = module_new(str_intern("_warnings"));
    module_add_functions(module.get(), s_warnings_functions);
    module_set(module.get(), "__doc__", Val(str_intern("_warnings provides basic warning filtering support.\n"
                                                       "It is a helper module to speed up interpreter start-up.")));
    module_set(module.get(), "filters", st.filters.get());
    module_set(module.get(), "_onceregistry", st.once_registry.get());
    module_set(module.get(), "_defaultaction", st.default_action.get());
    return module;
}

Result<void> warn(TypeObject* category, std::string_view message, int stacklevel)
{
    Value text = str_from_utf8(message);
    return do_warn(text.get(), Val(category), stacklevel, Val(), nullptr);
}

void warn_resource(Val source, std::string_view what, Val owner)
{
    Value saved = error_occurred() ? fetch_error() : Value();
    auto text = repr_utf8(source);
    if (!text.is_error()) {
        Value message = str_from_utf8(std::string(what) + " " + text.value());
        if (do_warn(message.get(), Val(&g_exc_ResourceWarning), 1, source, nullptr).is_error()) {
            if (error_matches(&g_exc_Warning))
                write_unraisable("in", owner);
            else
                clear_error();
        }
    } else {
        clear_error();
    }
    if (saved)
        restore_error(std::move(saved));
}

Result<void> warn_explicit(TypeObject* category, std::string_view message, std::string_view filename, int lineno)
{
    Value text = str_from_utf8(message);
    Value file = str_from_utf8(filename);
    return warn_explicit_impl(Val(category), text.get(), file.get(), lineno, Val(), Val(), false, Val());
}

void warn_unawaited_coroutine(Val coroutine)
{
    Value saved = error_occurred() ? fetch_error() : Value();
    // Through warnings._warn_unawaited_coroutine() (importing the module), as CPython does; a failure
    // is reported, and unless the failure is the warning itself, it is issued natively instead.
    bool warned = false;
    auto function = warnings_attr("_warn_unawaited_coroutine", true);
    if (!function.is_error() && function.value()) {
        auto result = call(function.value().get(), { coroutine });
        warned = !result.is_error() || error_matches(&g_exc_RuntimeWarning);
    }
    if (error_occurred())
        write_unraisable("in", coroutine);
    if (!warned) {
        Result<void> issued = {};
        auto qualname = get_attr(coroutine, str_intern("__qualname__"));
        if (qualname.is_error()) {
            issued = Error {};
        } else {
            auto text = str_utf8(qualname.value().get());
            if (text.is_error()) {
                issued = Error {};
            } else {
                Value message = str_from_utf8("coroutine '" + text.value() + "' was never awaited");
                issued = do_warn(message.get(), Val(&g_exc_RuntimeWarning), 1, coroutine, nullptr);
            }
        }
        if (issued.is_error())
            write_unraisable("in", coroutine);
    }
    if (saved)
        restore_error(std::move(saved));
}

}  // namespace ginger
