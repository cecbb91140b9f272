// The `_sre` module with CPython 3.12's interface: compile() builds a Pattern from the code list that
// re._compiler emits, and Pattern, Match, SRE_Scanner and SRE_Template behave as CPython's, so that
// CPython's own pure-Python `re` package runs on top of it. The matching itself is in sre_engine.cpp.
#include "modules/modules.h"
#include "modules/sre_engine.h"
#include "import/import.h"
#include "objects/args.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/tuple.h"
#include "vm/signals.h"
#include "vm/thread_state.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <new>
#include <string>
#include <vector>

namespace ginger {

namespace {

using sre::Code;

TypeObject g_pattern_type, g_match_type, g_scanner_type, g_template_type;

constexpr int64_t FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8, FLAG_DOTALL = 16, FLAG_UNICODE = 32,
                  FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256;

struct PatternObject : Object {
    Value pattern;              // the source (str, bytes or None)
    int64_t flags;
    int64_t groups;
    int isbytes;                // 1 bytes, 0 str, -1 either (pattern None)
    Ref<DictObject> groupindex;
    Ref<TupleObject> indexgroup;
    std::vector<Code> code;
    size_t mark_slots;          // marks the engine needs: the highest MARK index + 1
};

struct MatchObject : Object {
    Value string;
    Ref<PatternObject> pattern;
    int64_t pos, endpos;
    int64_t lastindex;          // -1 for None
    int64_t groups;             // the pattern's groups + 1 (group 0 is the whole match)
    std::vector<int64_t> marks;  // 2 per group, -1 when the group did not take part
};

// A subject's characters for the duration of a match: str and bytes are immutable and kept alive by
// the caller; a bytearray is copied so that Python code run meanwhile (a sub() callback) cannot move it.
struct Subject {
    const void* data = nullptr;
    int kind = 1;
    int64_t length = 0;
    bool isbytes = false;
    std::vector<unsigned char> copy;
};

struct ScannerObject : Object {
    Ref<PatternObject> pattern;
    Value string;
    Buffer* held;  // a bytearray (or other exporter) subject stays exported, so unresizable, while the scanner lives
    Subject* subject;
    sre::State* state;
    bool exhausted;
};

struct TemplateObject : Object {
    Value literal;               // the first literal (str or bytes)
    std::vector<int64_t> indices;  // group of each chunk
    std::vector<Value> literals;   // literal after each group, null when empty
};

template<class T>
T* construct(TypeObject* type)
{
    Object* memory = alloc_object(type);
    if (!memory)
        return nullptr;
    int64_t refcount = memory->refcount;
    auto* object = new (memory) T();
    object->refcount = refcount;
    object->type = type;
    return object;
}

// ---------------------------------------------------------------------------------------------------
// Subjects

Result<void> get_subject(Val string, Subject& out)
{
    if (is_str(string)) {
        auto* s = string.as<StrObject>();
        out.data = s->data;
        out.kind = s->kind;
        out.length = s->length;
        out.isbytes = false;
        return {};
    }
    if (is_bytes(string)) {
        auto* b = string.as<BytesObject>();
        out.data = b->data;
        out.kind = 1;
        out.length = b->size;
        out.isbytes = true;
        return {};
    }
    if (is_bytearray(string)) {
        auto* b = string.as<ByteArrayObject>();
        out.copy.assign(b->data, b->data + b->size);
        out.data = out.copy.data();
        out.kind = 1;
        out.length = b->size;
        out.isbytes = true;
        return {};
    }
    if (supports_buffer(string)) {  // memoryview, array, ...: a copy, as for bytearray
        Buffer buffer;
        TRY(get_buffer(string, buffer));
        std::string bytes = buffer_to_contiguous(buffer.info);
        out.copy.assign(bytes.begin(), bytes.end());
        out.data = out.copy.data();
        out.kind = 1;
        out.length = int64_t(out.copy.size());
        out.isbytes = true;
        return {};
    }
    return raise(&g_exc_TypeError, "expected string or bytes-like object, got '{}'", string.type()->type_name());
}

Result<void> check_kind(PatternObject* pattern, const Subject& subject)
{
    if (subject.isbytes && pattern->isbytes == 0)
        return raise(&g_exc_TypeError, "cannot use a string pattern on a bytes-like object");
    if (!subject.isbytes && pattern->isbytes > 0)
        return raise(&g_exc_TypeError, "cannot use a bytes pattern on a string-like object");
    return {};
}

void state_init(sre::State& state, PatternObject* pattern, const Subject& subject, int64_t pos, int64_t endpos)
{
    state.data = subject.data;
    state.kind = subject.kind;
    state.length = subject.length;
    pos = std::clamp<int64_t>(pos, 0, subject.length);
    endpos = std::clamp<int64_t>(endpos, 0, subject.length);
    state.pos = pos;
    state.endpos = endpos;
    state.start = pos;
    state.ptr = pos;
    state.match_all = false;
    state.must_advance = false;
    state.marks.assign(pattern->mark_slots, -1);
    state.reset();
}

// A slice [start, end) of the subject as the subject's kind of string (bytes for any bytes-like).
Value slice_of(Val string, const Subject& subject, int64_t start, int64_t end)
{
    if (!subject.isbytes)
        return Value(str_substring(string.as<StrObject>(), start, end));
    if (is_instance_exact(string, &g_bytes_type) && start == 0 && end == subject.length)
        return Value::borrow(string);
    return Value(bytes_from(reinterpret_cast<const char*>(subject.data) + start, size_t(end - start)));
}

Value empty_of(const Subject& subject)
{
    if (subject.isbytes)
        return Value(bytes_from(std::string_view()));
    return Value(str_empty());
}

Error raise_status(sre::Status status)
{
    if (status == sre::Status::Interrupted) {
        // A signal arrived during a long match: its handler runs now. The engine cannot resume the match
        // after a handler that returns normally, so that case is a clear error instead of a wrong answer.
        if (run_pending_signals().is_error())
            return Error {};
        return raise(&g_exc_RuntimeError, "regular expression matching was interrupted by a signal whose handler returned");
    }
    if (status == sre::Status::OutOfMemory)
        return raise_memory_error();
    return raise(&g_exc_RuntimeError, "internal error in regular expression engine");
}

// Runs a match or search; true on a match.
Result<bool> run(sre::State& state, PatternObject* pattern, bool search)
{
    sre::Status status = search ? sre::search(state, pattern->code) : sre::match(state, pattern->code);
    if (status == sre::Status::Success)
        return true;
    if (status == sre::Status::Failure)
        return false;
    return raise_status(status);
}

// state_getslice: group `group` (1-based) of the state, None or the empty string when unset.
Result<Value> state_group(const sre::State& state, Val string, const Subject& subject, int64_t group, bool empty)
{
    int64_t index = (group - 1) * 2;
    if (index >= state.lastmark || state.marks[index] < 0 || state.marks[index + 1] < 0) {
        if (empty)
            return empty_of(subject);
        return none_value();
    }
    int64_t i = state.marks[index], j = state.marks[index + 1];
    if (i > j)
        return raise(&g_exc_SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
    return slice_of(string, subject, i, j);
}

Result<Value> new_match(PatternObject* pattern, Val string, const sre::State& state)
{
    auto* match = construct<MatchObject>(&g_match_type);
    if (!match)
        return raise_memory_error();
    Value owner = Value::adopt(Val(match));
    match->string = Value::borrow(string);
    match->pattern = Ref<PatternObject>(pattern);
    match->pos = state.pos;
    match->endpos = state.endpos;
    match->lastindex = state.lastindex;
    match->groups = pattern->groups + 1;
    match->marks.assign(size_t(match->groups) * 2, -1);
    match->marks[0] = state.start;
    match->marks[1] = state.ptr;
    for (int64_t i = 0, j = 0; i < pattern->groups; ++i, j += 2) {
        if (j + 1 <= state.lastmark && state.marks[j] >= 0 && state.marks[j + 1] >= 0) {
            match->marks[j + 2] = state.marks[j];
            match->marks[j + 3] = state.marks[j + 1];
            if (match->marks[j + 2] > match->marks[j + 3])
                return raise(&g_exc_SystemError,
                             "The span of capturing group is wrong, please report a bug for the re module.");
        }
    }
    return owner;
}

// ---------------------------------------------------------------------------------------------------
// Match

MatchObject* as_match(Val v) { return v.as<MatchObject>(); }

bool has_index(Val v) { return is_int(v) || v.type()->index || type_lookup(v.type(), NAME_OF(__index__)); }

Result<int64_t> group_index(MatchObject* match, Val index)
{
    int64_t i = -1;
    if (has_index(index)) {
        Value number = TRY(number_index(index));
        if (!int_to_int64(number, i))
            i = -1;
    } else if (match->pattern->groupindex) {
        Val found = TRY(dict_get(match->pattern->groupindex.get(), index));
        if (found && is_int(found) && !int_to_int64(found, i))
            i = -1;
    }
    if (i < 0 || i >= match->groups)
        return raise(&g_exc_IndexError, "no such group");
    return i;
}

Result<Value> match_group_value(MatchObject* match, int64_t index, Val fallback)
{
    if (match->marks[2 * index] < 0)
        return Value::borrow(fallback);
    Subject subject;
    TRY(get_subject(match->string, subject));
    int64_t i = std::min(match->marks[2 * index], subject.length);
    int64_t j = std::min(match->marks[2 * index + 1], subject.length);
    return slice_of(match->string, subject, i, j);
}

Result<Value> match_group(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "group() takes no keyword arguments");
    MatchObject* match = as_match(args[0]);
    if (nargs == 1)
        return match_group_value(match, 0, none());
    if (nargs == 2)
        return match_group_value(match, TRY(group_index(match, args[1])), none());
    Ref<TupleObject> result = tuple_new(int64_t(nargs - 1));
    for (size_t k = 1; k < nargs; ++k)
        result->items[k - 1] = TRY(match_group_value(match, TRY(group_index(match, args[k])), none()));
    return Value(std::move(result));
}

Result<Value> match_getitem(Val self, Val key)
{
    MatchObject* match = as_match(self);
    return match_group_value(match, TRY(group_index(match, key)), none());
}

Result<Value> match_groups(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1] = {};
    TRY(bind_args("groups", args + 1, nargs - 1, kwnames, { "default" }, 0, out));
    Val fallback = out[0] ? out[0] : none();
    MatchObject* match = as_match(args[0]);
    Ref<TupleObject> result = tuple_new(match->groups - 1);
    for (int64_t i = 1; i < match->groups; ++i)
        result->items[i - 1] = TRY(match_group_value(match, i, fallback));
    return Value(std::move(result));
}

Result<Value> match_groupdict(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1] = {};
    TRY(bind_args("groupdict", args + 1, nargs - 1, kwnames, { "default" }, 0, out));
    Val fallback = out[0] ? out[0] : none();
    MatchObject* match = as_match(args[0]);
    Ref<DictObject> result = dict_new();
    if (!match->pattern->groupindex)
        return Value(std::move(result));
    DictObject* groupindex = match->pattern->groupindex.get();
    Val key, value;
    for (int64_t position = 0; dict_next(groupindex, position, key, value);) {
        Value k = Value::borrow(key);
        Value item = TRY(match_group_value(match, TRY(group_index(match, k)), fallback));
        TRY(dict_set(result.get(), k, item));
    }
    return Value(std::move(result));
}

Result<int64_t> optional_group(const char* name, MatchObject* match, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional(name, nargs, kwnames, 0, 1));
    if (nargs == 0)
        return 0;
    return group_index(match, args[0]);
}

Result<Value> match_start(const Val* args, size_t nargs, TupleObject* kwnames)
{
    MatchObject* match = as_match(args[0]);
    int64_t i = TRY(optional_group("start", match, args + 1, nargs - 1, kwnames));
    return int_from_int64(match->marks[2 * i]);
}

Result<Value> match_end(const Val* args, size_t nargs, TupleObject* kwnames)
{
    MatchObject* match = as_match(args[0]);
    int64_t i = TRY(optional_group("end", match, args + 1, nargs - 1, kwnames));
    return int_from_int64(match->marks[2 * i + 1]);
}

Value span_tuple(MatchObject* match, int64_t i)
{
    return Value(tuple_of({ Val::small_int(match->marks[2 * i]), Val::small_int(match->marks[2 * i + 1]) }));
}

Result<Value> match_span(const Val* args, size_t nargs, TupleObject* kwnames)
{
    MatchObject* match = as_match(args[0]);
    int64_t i = TRY(optional_group("span", match, args + 1, nargs - 1, kwnames));
    return span_tuple(match, i);
}

Result<Value> compile_template(PatternObject* pattern, Val repl);
Result<Value> expand_template(TemplateObject* templ, MatchObject* match);

Result<Value> match_expand(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1] = {};
    TRY(bind_args("expand", args + 1, nargs - 1, kwnames, { "template" }, 1, out));
    MatchObject* match = as_match(args[0]);
    Value templ = TRY(compile_template(match->pattern.get(), out[0]));
    if (templ.type() != &g_template_type)
        return raise(&g_exc_TypeError, "invalid template");
    return expand_template(templ.as<TemplateObject>(), match);
}

Result<Value> return_self(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__copy__", nargs - 1, kwnames, 0, 0));
    return Value::borrow(args[0]);
}

Result<Value> return_self_deepcopy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__deepcopy__", nargs - 1, kwnames, 1, 1));
    return Value::borrow(args[0]);
}

Result<Value> class_getitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__class_getitem__", nargs - 1, kwnames, 1, 1));
    return generic_alias_new(args[0], args[1]);
}

Result<Value> match_lastindex(Val self)
{
    MatchObject* match = as_match(self);
    if (match->lastindex < 0)
        return none_value();
    return int_from_int64(match->lastindex);
}

Result<Value> match_lastgroup(Val self)
{
    MatchObject* match = as_match(self);
    TupleObject* indexgroup = match->pattern->indexgroup.get();
    if (indexgroup && match->lastindex >= 0 && match->lastindex < indexgroup->size)
        return Value::borrow(indexgroup->item(match->lastindex));
    return none_value();
}

Result<Value> match_regs(Val self)
{
    MatchObject* match = as_match(self);
    Ref<TupleObject> regs = tuple_new(match->groups);
    for (int64_t i = 0; i < match->groups; ++i)
        regs->items[i] = span_tuple(match, i);
    return Value(std::move(regs));
}

Result<Value> match_pos(Val self) { return int_from_int64(as_match(self)->pos); }
Result<Value> match_endpos(Val self) { return int_from_int64(as_match(self)->endpos); }
Result<Value> match_re(Val self) { return Value(as_match(self)->pattern); }
Result<Value> match_string(Val self) { return as_match(self)->string; }

// repr() truncated to `limit` code points, as CPython's "%.<limit>R".
Result<std::string> truncated_repr(Val v, int64_t limit)
{
    Ref<StrObject> text = TRY(repr_str(v));
    if (text->length > limit)
        text = str_substring(text.get(), 0, limit);
    return std::string(text->view());
}

Result<Value> match_repr(Val self)
{
    MatchObject* match = as_match(self);
    Value group0 = TRY(match_group_value(match, 0, none()));
    std::string text = "<re.Match object; span=(" + std::to_string(match->marks[0]) + ", "
                       + std::to_string(match->marks[1]) + "), match=" + TRY(truncated_repr(group0, 50)) + ">";
    return Value(str_from_utf8(text));
}

void match_destroy(Object* object) { static_cast<MatchObject*>(object)->~MatchObject(); }

void match_traverse(Object* object, VisitFn visit, void* context)
{
    auto* match = static_cast<MatchObject*>(object);
    visit_val(match->string.get(), visit, context);
    if (match->pattern)
        visit(match->pattern.get(), context);
}

// Only the subject can lead back to the match (a str subclass instance's attributes); the pattern
// never refers to its matches, so it stays and the methods never see a null pattern.
void match_clear(Object* object)
{
    auto* match = static_cast<MatchObject*>(object);
    match->string = Value::borrow(none());
}

const MethodDef s_match_methods[] = {
    { "group", match_group, METHOD_INSTANCE, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match." },
    { "start", match_start, METHOD_INSTANCE, "Return index of the start of the substring matched by group." },
    { "end", match_end, METHOD_INSTANCE, "Return index of the end of the substring matched by group." },
    { "span", match_span, METHOD_INSTANCE, "For match object m, return the 2-tuple (m.start(group), m.end(group))." },
    { "groups", match_groups, METHOD_INSTANCE, "Return a tuple containing all the subgroups of the match, from 1." },
    { "groupdict", match_groupdict, METHOD_INSTANCE, "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name." },
    { "expand", match_expand, METHOD_INSTANCE, "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method." },
    { "__copy__", return_self, METHOD_INSTANCE, nullptr },
    { "__deepcopy__", return_self_deepcopy, METHOD_INSTANCE, nullptr },
    { "__class_getitem__", class_getitem, METHOD_CLASS, "See PEP 585" },
    {},
};

const GetSetDef s_match_getsets[] = {
    { "lastindex", match_lastindex, nullptr, "The integer index of the last matched capturing group." },
    { "lastgroup", match_lastgroup, nullptr, "The name of the last matched capturing group." },
    { "regs", match_regs, nullptr, nullptr },
    { "pos", match_pos, nullptr, "The index into the string at which the RE engine started looking for a match." },
    { "endpos", match_endpos, nullptr, "The index into the string beyond which the RE engine will not go." },
    { "re", match_re, nullptr, "The regular expression object." },
    { "string", match_string, nullptr, "The string passed to match() or search()." },
    {},
};

// ---------------------------------------------------------------------------------------------------
// Templates (the replacement strings of sub() and Match.expand())

// _sre.template(pattern, template): template is [literal, group, literal, ..., literal].
Result<Value> sre_template(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("template", nargs, kwnames, 2, 2));
    Val list = args[1];
    if (!is_list(list))
        return raise(&g_exc_TypeError, "template() argument 2 must be list, not {}", list.type()->type_name());
    auto* items = list.as<ListObject>();
    int64_t n = items->size;
    if ((n & 1) == 0 || n < 1)
        return raise(&g_exc_TypeError, "invalid template");
    auto* templ = construct<TemplateObject>(&g_template_type);
    if (!templ)
        return raise_memory_error();
    Value owner = Value::adopt(Val(templ));
    templ->literal = Value::borrow(items->item(0));
    for (int64_t i = 0; i < n / 2; ++i) {
        Val index_value = items->item(2 * i + 1);
        int64_t index = TRY(index_as_ssize(index_value));
        if (index < 0)
            return raise(&g_exc_TypeError, "invalid template");
        // The list may have changed size while __index__ ran.
        if (2 * i + 2 >= items->size)
            return raise(&g_exc_TypeError, "invalid template");
        Val literal = items->item(2 * i + 2);
        bool empty = (is_str(literal) && literal.as<StrObject>()->length == 0)
                     || (is_bytes(literal) && literal.as<BytesObject>()->size == 0);
        templ->indices.push_back(index);
        templ->literals.push_back(empty ? Value() : Value::borrow(literal));
    }
    return owner;
}

// "".join(pieces) or b"".join(pieces), with join's errors for items of the wrong type.
Result<Value> join_pieces(ListObject* pieces, bool as_str)
{
    int64_t count = pieces->size;
    if (!as_str) {
        std::string out;
        for (int64_t i = 0; i < count; ++i) {
            std::string_view view;
            if (!bytes_like_view(pieces->item(i), view))
                return raise(&g_exc_TypeError, "sequence item {}: expected a bytes-like object, {} found", i,
                             pieces->item(i).type()->type_name());
            out += view;
        }
        return Value(bytes_from(out));
    }
    int64_t length = 0;
    uint32_t max_char = 0;
    for (int64_t i = 0; i < count; ++i) {
        Val item = pieces->item(i);
        if (!is_str(item))
            return raise(&g_exc_TypeError, "sequence item {}: expected str instance, {} found", i, item.type()->type_name());
        auto* piece = item.as<StrObject>();
        length += piece->length;
        // The narrowest-kind invariant: a wider piece holds a character that needs its width.
        uint32_t needs = piece->kind == 4 ? 0x10FFFF : piece->kind == 2 ? 0xFFFF : piece->ascii ? 0x7F : 0xFF;
        if (piece->length)
            max_char = std::max(max_char, needs);
    }
    if (count == 1 && is_str_exact(pieces->item(0)))
        return Value::borrow(pieces->item(0));
    Ref<StrObject> result = str_new_uninitialized(length, max_char);
    int64_t at = 0;
    for (int64_t i = 0; i < count; ++i) {
        auto* piece = pieces->item(i).as<StrObject>();
        if (piece->kind == result->kind) {
            memcpy(result->data + at * result->kind, piece->data, size_t(piece->length) * piece->kind);
        } else {
            for (int64_t j = 0; j < piece->length; ++j)
                str_set(result.get(), at + j, piece->at(j));
        }
        at += piece->length;
    }
    return Value(std::move(result));
}

Result<Value> expand_template(TemplateObject* templ, MatchObject* match)
{
    if (templ->indices.empty())
        return templ->literal;
    Ref<ListObject> pieces = list_new();
    if (!is_none(templ->literal))
        list_append(pieces.get(), templ->literal);
    for (size_t i = 0; i < templ->indices.size(); ++i) {
        int64_t index = templ->indices[i];
        if (index >= match->groups)
            return raise(&g_exc_IndexError, "no such group");
        Value item = TRY(match_group_value(match, index, none()));
        if (!is_none(item))
            list_append(pieces.get(), std::move(item));
        if (templ->literals[i])
            list_append(pieces.get(), templ->literals[i]);
    }
    return join_pieces(pieces.get(), is_str(templ->literal));
}

// re._compile_template(pattern, repl), which parses the template and calls _sre.template().
Result<Value> compile_template(PatternObject* pattern, Val repl)
{
    Value re = TRY(import_module("re"));
    Value function = TRY(get_attr_str(re, "_compile_template"));
    return call(function, { Val(pattern), repl });
}

void template_destroy(Object* object) { static_cast<TemplateObject*>(object)->~TemplateObject(); }

void template_traverse(Object* object, VisitFn visit, void* context)
{
    auto* templ = static_cast<TemplateObject*>(object);
    visit_val(templ->literal.get(), visit, context);
    for (const Value& v : templ->literals) {
        visit_val(v.get(), visit, context);
    }
}

void template_clear(Object* object)
{
    auto* templ = static_cast<TemplateObject*>(object);
    templ->literal = Value::borrow(none());
    templ->literals.clear();
    templ->indices.clear();
}

// ---------------------------------------------------------------------------------------------------
// Pattern

PatternObject* as_pattern(Val v) { return v.as<PatternObject>(); }

struct StringArgs {
    Val string;
    int64_t pos = 0;
    int64_t endpos = INT64_MAX;
};

Result<StringArgs> string_pos_args(const char* name, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3] = {};
    TRY(bind_args(name, args + 1, nargs - 1, kwnames, { "string", "pos", "endpos" }, 1, out));
    StringArgs result;
    result.string = out[0];
    if (out[1])
        result.pos = TRY(index_as_ssize(out[1]));
    if (out[2])
        result.endpos = TRY(index_as_ssize(out[2]));
    return result;
}

Result<Value> pattern_match_kind(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, bool search,
                                 bool match_all)
{
    PatternObject* pattern = as_pattern(args[0]);
    StringArgs a = TRY(string_pos_args(name, args, nargs, kwnames));
    Subject subject;
    TRY(get_subject(a.string, subject));
    TRY(check_kind(pattern, subject));
    sre::State state;
    state_init(state, pattern, subject, a.pos, a.endpos);
    state.match_all = match_all;
    if (!TRY(run(state, pattern, search)))
        return none_value();
    return new_match(pattern, a.string, state);
}

Result<Value> pattern_match(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return pattern_match_kind("match", args, nargs, kwnames, false, false);
}

Result<Value> pattern_fullmatch(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return pattern_match_kind("fullmatch", args, nargs, kwnames, false, true);
}

Result<Value> pattern_search(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return pattern_match_kind("search", args, nargs, kwnames, true, false);
}

Result<Value> pattern_findall(const Val* args, size_t nargs, TupleObject* kwnames)
{
    PatternObject* pattern = as_pattern(args[0]);
    StringArgs a = TRY(string_pos_args("findall", args, nargs, kwnames));
    Subject subject;
    TRY(get_subject(a.string, subject));
    TRY(check_kind(pattern, subject));
    sre::State state;
    state_init(state, pattern, subject, a.pos, a.endpos);
    Ref<ListObject> list = list_new();
    while (state.start <= state.endpos) {
        state.reset();
        state.ptr = state.start;
        if (!TRY(run(state, pattern, true)))
            break;
        Value item;
        if (pattern->groups == 0) {
            item = slice_of(a.string, subject, state.start, state.ptr);
        } else if (pattern->groups == 1) {
            item = TRY(state_group(state, a.string, subject, 1, true));
        } else {
            Ref<TupleObject> tuple = tuple_new(pattern->groups);
            for (int64_t i = 0; i < pattern->groups; ++i)
                tuple->items[i] = TRY(state_group(state, a.string, subject, i + 1, true));
            item = Value(std::move(tuple));
        }
        list_append(list.get(), std::move(item));
        state.must_advance = state.ptr == state.start;
        state.start = state.ptr;
    }
    return Value(std::move(list));
}

Result<Value> new_scanner(PatternObject* pattern, Val string, int64_t pos, int64_t endpos)
{
    auto* scanner = construct<ScannerObject>(&g_scanner_type);
    if (!scanner)
        return raise_memory_error();
    Value owner = Value::adopt(Val(scanner));
    scanner->pattern = Ref<PatternObject>(pattern);
    scanner->string = Value::borrow(string);
    if (!is_str(string) && !is_bytes(string) && supports_buffer(string)) {
        scanner->held = new Buffer();
        TRY(get_buffer(string, *scanner->held));
    }
    scanner->subject = new Subject();
    scanner->state = new sre::State();
    TRY(get_subject(string, *scanner->subject));
    TRY(check_kind(pattern, *scanner->subject));
    state_init(*scanner->state, pattern, *scanner->subject, pos, endpos);
    return owner;
}

Result<Value> pattern_scanner(const Val* args, size_t nargs, TupleObject* kwnames)
{
    StringArgs a = TRY(string_pos_args("scanner", args, nargs, kwnames));
    return new_scanner(as_pattern(args[0]), a.string, a.pos, a.endpos);
}

Result<Value> pattern_finditer(const Val* args, size_t nargs, TupleObject* kwnames)
{
    StringArgs a = TRY(string_pos_args("finditer", args, nargs, kwnames));
    Value scanner = TRY(new_scanner(as_pattern(args[0]), a.string, a.pos, a.endpos));
    Value search = TRY(get_attr_str(scanner, "search"));
    return callable_iter_new(search, none());
}

Result<Value> pattern_split(const Val* args, size_t nargs, TupleObject* kwnames)
{
    PatternObject* pattern = as_pattern(args[0]);
    Val out[2] = {};
    TRY(bind_args("split", args + 1, nargs - 1, kwnames, { "string", "maxsplit" }, 1, out));
    int64_t maxsplit = out[1] ? TRY(index_as_ssize(out[1])) : 0;
    Val string = out[0];
    Subject subject;
    TRY(get_subject(string, subject));
    TRY(check_kind(pattern, subject));
    sre::State state;
    state_init(state, pattern, subject, 0, INT64_MAX);
    Ref<ListObject> list = list_new();
    int64_t n = 0;
    int64_t last = state.start;
    while (!maxsplit || n < maxsplit) {
        state.reset();
        state.ptr = state.start;
        if (!TRY(run(state, pattern, true)))
            break;
        list_append(list.get(), slice_of(string, subject, last, state.start));
        for (int64_t i = 0; i < pattern->groups; ++i)
            list_append(list.get(), TRY(state_group(state, string, subject, i + 1, false)));
        n += 1;
        state.must_advance = state.ptr == state.start;
        last = state.start = state.ptr;
    }
    list_append(list.get(), slice_of(string, subject, last, state.endpos));
    return Value(std::move(list));
}

bool contains_backslash(Val v)
{
    if (is_str(v)) {
        auto* s = v.as<StrObject>();
        for (int64_t i = 0; i < s->length; ++i) {
            if (s->at(i) == '\\')
                return true;
        }
        return false;
    }
    std::string_view view;
    if (bytes_like_view(v, view))
        return view.find('\\') != std::string_view::npos;
    return true;  // not a string: let the template parser report it
}

Result<Value> pattern_subx(PatternObject* pattern, Val repl, Val string, int64_t count, bool with_count)
{
    enum class Kind { Literal, Template, Callable } kind;
    Value filter;
    if (is_callable(repl)) {
        kind = Kind::Callable;
        filter = Value::borrow(repl);
    } else if (!contains_backslash(repl)) {
        kind = Kind::Literal;
        filter = Value::borrow(repl);
    } else {
        filter = TRY(compile_template(pattern, repl));
        if (filter.type() != &g_template_type)
            return raise(&g_exc_TypeError, "invalid template");
        auto* templ = filter.as<TemplateObject>();
        if (templ->indices.empty()) {
            kind = Kind::Literal;
            filter = templ->literal;
        } else {
            kind = Kind::Template;
        }
    }
    Subject subject;
    TRY(get_subject(string, subject));
    TRY(check_kind(pattern, subject));
    sre::State state;
    state_init(state, pattern, subject, 0, INT64_MAX);
    Ref<ListObject> list = list_new();
    int64_t n = 0, i = 0;
    while (!count || n < count) {
        state.reset();
        state.ptr = state.start;
        if (!TRY(run(state, pattern, true)))
            break;
        int64_t b = state.start, e = state.ptr;
        if (i < b)
            list_append(list.get(), slice_of(string, subject, i, b));
        Value item;
        if (kind == Kind::Literal) {
            item = filter;
        } else {
            Value match = TRY(new_match(pattern, string, state));
            if (kind == Kind::Template)
                item = TRY(expand_template(filter.as<TemplateObject>(), match.as<MatchObject>()));
            else
                item = TRY(call(filter, { Val(match) }));
        }
        if (!is_none(item))
            list_append(list.get(), std::move(item));
        i = e;
        n += 1;
        state.must_advance = state.ptr == state.start;
        state.start = state.ptr;
    }
    if (i < state.endpos)
        list_append(list.get(), slice_of(string, subject, i, state.endpos));
    Value joined = TRY(join_pieces(list.get(), !subject.isbytes));
    if (with_count)
        return Value(tuple_of({ joined.get(), Val::small_int(n) }));
    return joined;
}

Result<Value> pattern_sub_kind(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, bool with_count)
{
    Val out[3] = {};
    TRY(bind_args(name, args + 1, nargs - 1, kwnames, { "repl", "string", "count" }, 2, out));
    int64_t count = out[2] ? TRY(index_as_ssize(out[2])) : 0;
    return pattern_subx(as_pattern(args[0]), out[0], out[1], count, with_count);
}

Result<Value> pattern_sub(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return pattern_sub_kind("sub", args, nargs, kwnames, false);
}

Result<Value> pattern_subn(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return pattern_sub_kind("subn", args, nargs, kwnames, true);
}

Result<Value> pattern_pattern(Val self) { return as_pattern(self)->pattern; }
Result<Value> pattern_flags(Val self) { return int_from_int64(as_pattern(self)->flags); }
Result<Value> pattern_groups(Val self) { return int_from_int64(as_pattern(self)->groups); }
Result<Value> pattern_groupindex(Val self)
{
    // CPython returns a read-only mappingproxy; Ginger has none, so a copy keeps the pattern's own safe.
    PatternObject* pattern = as_pattern(self);
    if (!pattern->groupindex)
        return Value(dict_new());
    return Value(dict_copy(pattern->groupindex.get()));
}

Result<Value> pattern_repr(Val self)
{
    PatternObject* pattern = as_pattern(self);
    static const struct {
        const char* name;
        int64_t value;
    } flag_names[] = {
        { "re.IGNORECASE", FLAG_IGNORECASE }, { "re.LOCALE", FLAG_LOCALE }, { "re.MULTILINE", FLAG_MULTILINE },
        { "re.DOTALL", FLAG_DOTALL }, { "re.UNICODE", FLAG_UNICODE }, { "re.VERBOSE", FLAG_VERBOSE },
        { "re.DEBUG", FLAG_DEBUG }, { "re.ASCII", FLAG_ASCII },
    };
    int64_t flags = pattern->flags;
    // re.UNICODE is the default for str patterns: not shown.
    if (pattern->isbytes == 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE)
        flags &= ~FLAG_UNICODE;
    std::string text = "re.compile(" + TRY(truncated_repr(pattern->pattern, 200));
    if (flags) {
        text += ", ";
        bool first = true;
        for (const auto& flag : flag_names) {
            if (flags & flag.value) {
                if (!first)
                    text += '|';
                text += flag.name;
                first = false;
                flags &= ~flag.value;
            }
        }
        if (flags) {
            if (!first)
                text += '|';
            char buffer[32];
            snprintf(buffer, sizeof buffer, "0x%x", unsigned(flags));
            text += buffer;
        }
    }
    text += ')';
    return Value(str_from_utf8(text));
}

Result<Value> pattern_richcompare(Val a, Val b, CompareOp op)
{
    if (a.type() != &g_pattern_type || b.type() != &g_pattern_type || (op != CompareOp::Eq && op != CompareOp::Ne))
        return Value::borrow(not_implemented());
    bool equal;
    if (a.is(b)) {
        equal = true;
    } else {
        PatternObject* x = as_pattern(a);
        PatternObject* y = as_pattern(b);
        equal = x->flags == y->flags && x->isbytes == y->isbytes && x->code == y->code;
        if (equal)
            equal = TRY(rich_compare_bool(x->pattern, y->pattern, CompareOp::Eq));
    }
    return bool_value(op == CompareOp::Eq ? equal : !equal);
}

Result<int64_t> pattern_hash(Val self)
{
    PatternObject* pattern = as_pattern(self);
    int64_t hash = TRY(object_hash(pattern->pattern));
    uint64_t code_hash = 14695981039346656037ull;
    for (Code c : pattern->code) {
        code_hash ^= c;
        code_hash *= 1099511628211ull;
    }
    hash ^= int64_t(code_hash);
    hash ^= pattern->flags;
    hash ^= pattern->isbytes;
    hash ^= int64_t(pattern->code.size());
    if (hash == -1)
        hash = -2;
    return hash;
}

void pattern_destroy(Object* object) { static_cast<PatternObject*>(object)->~PatternObject(); }

void pattern_traverse(Object* object, VisitFn visit, void* context)
{
    auto* pattern = static_cast<PatternObject*>(object);
    visit_val(pattern->pattern.get(), visit, context);
    if (pattern->groupindex)
        visit(pattern->groupindex.get(), context);
    if (pattern->indexgroup)
        visit(pattern->indexgroup.get(), context);
}

void pattern_clear(Object* object)
{
    auto* pattern = static_cast<PatternObject*>(object);
    pattern->pattern = Value::borrow(none());
    pattern->groupindex = nullptr;
    pattern->indexgroup = nullptr;
}

const MethodDef s_pattern_methods[] = {
    { "match", pattern_match, METHOD_INSTANCE, "Matches zero or more characters at the beginning of the string." },
    { "fullmatch", pattern_fullmatch, METHOD_INSTANCE, "Matches against all of the string." },
    { "search", pattern_search, METHOD_INSTANCE, "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches." },
    { "sub", pattern_sub, METHOD_INSTANCE, "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl." },
    { "subn", pattern_subn, METHOD_INSTANCE, "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl." },
    { "findall", pattern_findall, METHOD_INSTANCE, "Return a list of all non-overlapping matches of pattern in string." },
    { "split", pattern_split, METHOD_INSTANCE, "Split string by the occurrences of pattern." },
    { "finditer", pattern_finditer, METHOD_INSTANCE, "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object." },
    { "scanner", pattern_scanner, METHOD_INSTANCE, nullptr },
    { "__copy__", return_self, METHOD_INSTANCE, nullptr },
    { "__deepcopy__", return_self_deepcopy, METHOD_INSTANCE, nullptr },
    { "__class_getitem__", class_getitem, METHOD_CLASS, "See PEP 585" },
    {},
};

const GetSetDef s_pattern_getsets[] = {
    { "pattern", pattern_pattern, nullptr, "The pattern string from which the RE object was compiled." },
    { "flags", pattern_flags, nullptr, "The regex matching flags." },
    { "groups", pattern_groups, nullptr, "The number of capturing groups in the pattern." },
    { "groupindex", pattern_groupindex, nullptr, "A dictionary mapping group names to group numbers." },
    {},
};

// ---------------------------------------------------------------------------------------------------
// Scanner

Result<Value> scanner_next(const Val* args, size_t nargs, TupleObject* kwnames, bool search)
{
    TRY(check_positional(search ? "search" : "match", nargs - 1, kwnames, 0, 0));
    auto* scanner = args[0].as<ScannerObject>();
    if (scanner->exhausted)
        return none_value();
    sre::State& state = *scanner->state;
    state.reset();
    state.ptr = state.start;
    PatternObject* pattern = scanner->pattern.get();
    bool found = TRY(run(state, pattern, search));
    if (!found) {
        scanner->exhausted = true;
        return none_value();
    }
    Value match = TRY(new_match(pattern, scanner->string, state));
    state.must_advance = state.ptr == state.start;
    state.start = state.ptr;
    return match;
}

Result<Value> scanner_match(const Val* args, size_t nargs, TupleObject* kwnames) { return scanner_next(args, nargs, kwnames, false); }
Result<Value> scanner_search(const Val* args, size_t nargs, TupleObject* kwnames) { return scanner_next(args, nargs, kwnames, true); }
Result<Value> scanner_pattern(Val self) { return Value(self.as<ScannerObject>()->pattern); }

void scanner_destroy(Object* object)
{
    auto* scanner = static_cast<ScannerObject*>(object);
    delete scanner->state;
    delete scanner->subject;
    delete scanner->held;
    scanner->~ScannerObject();
}

void scanner_traverse(Object* object, VisitFn visit, void* context)
{
    auto* scanner = static_cast<ScannerObject*>(object);
    visit_val(scanner->string.get(), visit, context);
    if (scanner->held)
        buffer_traverse(*scanner->held, visit, context);
    if (scanner->pattern)
        visit(scanner->pattern.get(), context);
}

void scanner_clear(Object* object)
{
    auto* scanner = static_cast<ScannerObject*>(object);
    scanner->exhausted = true;  // its state points into the subject
    if (scanner->held)
        scanner->held->release();
    scanner->string = Value::borrow(none());
}

const MethodDef s_scanner_methods[] = {
    { "match", scanner_match, METHOD_INSTANCE, nullptr },
    { "search", scanner_search, METHOD_INSTANCE, nullptr },
    {},
};

const GetSetDef s_scanner_getsets[] = {
    { "pattern", scanner_pattern, nullptr, nullptr },
    {},
};

// ---------------------------------------------------------------------------------------------------
// Module functions

Result<Value> sre_compile(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[6] = {};
    TRY(bind_args("compile", args, nargs, kwnames, { "pattern", "flags", "code", "groups", "groupindex", "indexgroup" },
                  6, out));
    Val source = out[0];
    if (!is_int(out[1]))
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", out[1].type()->type_name());
    int64_t flags;
    if (!int_to_int64(out[1], flags) || flags < INT_MIN || flags > INT_MAX)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    if (!is_list(out[2]))
        return raise(&g_exc_TypeError, "compile() argument 'code' must be list, not {}", out[2].type()->type_name());
    int64_t groups = TRY(index_as_ssize(out[3]));
    if (!is_dict(out[4]))
        return raise(&g_exc_TypeError, "compile() argument 'groupindex' must be dict, not {}", out[4].type()->type_name());
    if (!is_tuple(out[5]))
        return raise(&g_exc_TypeError, "compile() argument 'indexgroup' must be tuple, not {}", out[5].type()->type_name());

    auto* pattern = construct<PatternObject>(&g_pattern_type);
    if (!pattern)
        return raise_memory_error();
    Value owner = Value::adopt(Val(pattern));
    pattern->pattern = Value::borrow(source);
    pattern->flags = flags;
    pattern->groups = groups;
    auto* list = out[2].as<ListObject>();
    pattern->code.reserve(size_t(list->size));
    for (int64_t i = 0; i < list->size; ++i) {
        Val item = list->item(i);
        if (!is_int(item))
            return raise(&g_exc_TypeError, "an integer is required");
        int64_t value;
        if (int_sign(item) < 0)
            return raise(&g_exc_OverflowError, "can't convert negative value to unsigned int");
        if (!int_to_int64(item, value) || value > int64_t(sre::MAXREPEAT))
            return raise(&g_exc_OverflowError, "regular expression code size limit exceeded");
        pattern->code.push_back(Code(value));
    }
    if (is_none(source)) {
        pattern->isbytes = -1;
    } else {
        Subject subject;
        TRY(get_subject(source, subject));
        pattern->isbytes = subject.isbytes ? 1 : 0;
    }
    pattern->groupindex = Ref<DictObject>(out[4].as<DictObject>());
    pattern->indexgroup = Ref<TupleObject>(out[5].as<TupleObject>());
    if (groups < 0 || groups > sre::MAXGROUPS || !sre::validate(pattern->code, groups))
        return raise(&g_exc_RuntimeError, "invalid SRE code");
    // The engine needs room for the highest MARK; compute it by walking the validated code is costly,
    // so bound it by the group count, which the validator already checked every MARK against.
    size_t highest = 1;
    for (size_t i = 0; i + 1 < pattern->code.size(); ++i) {
        if (pattern->code[i] == sre::OP_MARK && pattern->code[i + 1] <= size_t(2 * groups + 1))
            highest = std::max<size_t>(highest, pattern->code[i + 1]);
    }
    pattern->mark_slots = std::min<size_t>(size_t(2 * groups + 2), highest + 2);
    return owner;
}

Result<uint32_t> character_argument(const char* name, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional(name, nargs, kwnames, 1, 1));
    if (!is_int(args[0]))
        return raise(&g_exc_TypeError, "'{}' object cannot be interpreted as an integer", args[0].type()->type_name());
    int64_t value;
    if (!int_to_int64(args[0], value) || value < INT_MIN || value > INT_MAX)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    return uint32_t(value);
}

Result<Value> sre_getcodesize(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getcodesize", nargs, kwnames, 0, 0));
    return Value::small_int(sizeof(Code));
}

Result<Value> sre_ascii_iscased(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return bool_value(sre::ascii_iscased(TRY(character_argument("ascii_iscased", args, nargs, kwnames))));
}

Result<Value> sre_unicode_iscased(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return bool_value(sre::unicode_iscased(TRY(character_argument("unicode_iscased", args, nargs, kwnames))));
}

Result<Value> sre_ascii_tolower(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return int_from_int64(sre::lower_ascii(TRY(character_argument("ascii_tolower", args, nargs, kwnames))));
}

Result<Value> sre_unicode_tolower(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return int_from_int64(sre::lower_unicode(TRY(character_argument("unicode_tolower", args, nargs, kwnames))));
}

const MethodDef s_sre_functions[] = {
    { "compile", sre_compile, METHOD_STATIC, nullptr },
    { "template", sre_template, METHOD_STATIC, "template\n  A list containing interleaved literal strings (str or bytes) and group\n  indices (int), as returned by re._parser.parse_template():\n      [literal1, group1, literal2, ..., literalN]." },
    { "getcodesize", sre_getcodesize, METHOD_STATIC, nullptr },
    { "ascii_iscased", sre_ascii_iscased, METHOD_STATIC, nullptr },
    { "unicode_iscased", sre_unicode_iscased, METHOD_STATIC, nullptr },
    { "ascii_tolower", sre_ascii_tolower, METHOD_STATIC, nullptr },
    { "unicode_tolower", sre_unicode_tolower, METHOD_STATIC, nullptr },
    { nullptr, nullptr, 0, nullptr },
};

void init_types()
{
    if (g_pattern_type.has_flag(TYPE_READY))
        return;
    type_init_static(g_pattern_type, "re.Pattern", sizeof(PatternObject), &g_object_type, TYPE_GC);
    g_pattern_type.destroy = pattern_destroy;
    g_pattern_type.traverse = pattern_traverse;
    g_pattern_type.clear = pattern_clear;
    g_pattern_type.repr = pattern_repr;
    g_pattern_type.richcompare = pattern_richcompare;
    g_pattern_type.hash = pattern_hash;
    g_pattern_type.methods = s_pattern_methods;
    g_pattern_type.getsets = s_pattern_getsets;
    g_pattern_type.doc = "Compiled regular expression object.";
    type_ready(g_pattern_type);

    type_init_static(g_match_type, "re.Match", sizeof(MatchObject), &g_object_type, TYPE_GC);
    g_match_type.destroy = match_destroy;
    g_match_type.traverse = match_traverse;
    g_match_type.clear = match_clear;
    g_match_type.repr = match_repr;
    g_match_type.getitem = match_getitem;
    g_match_type.methods = s_match_methods;
    g_match_type.getsets = s_match_getsets;
    g_match_type.doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.";
    type_ready(g_match_type);

    type_init_static(g_scanner_type, "_sre.SRE_Scanner", sizeof(ScannerObject), &g_object_type, TYPE_GC);
    g_scanner_type.destroy = scanner_destroy;
    g_scanner_type.traverse = scanner_traverse;
    g_scanner_type.clear = scanner_clear;
    g_scanner_type.methods = s_scanner_methods;
    g_scanner_type.getsets = s_scanner_getsets;
    type_ready(g_scanner_type);

    type_init_static(g_template_type, "_sre.SRE_Template", sizeof(TemplateObject), &g_object_type, TYPE_GC);
    g_template_type.destroy = template_destroy;
    g_template_type.traverse = template_traverse;
    g_template_type.clear = template_clear;
    type_ready(g_template_type);
}

}  // namespace

Ref<ModuleObject> sre_module_create()
{
    init_types();
    Ref<ModuleObject> module = module_new(str_intern("_sre"));
    module_add_functions(module.get(), s_sre_functions);
    module_set(module.get(), "MAGIC", Val::small_int(sre::MAGIC));
    module_set(module.get(), "CODESIZE", Val::small_int(sizeof(Code)));
    module_set(module.get(), "MAXREPEAT", Val::small_int(sre::MAXREPEAT));
    module_set(module.get(), "MAXGROUPS", Val::small_int(sre::MAXGROUPS));
    module_set(module.get(), "copyright", Val(str_from_utf8(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ").get()));
    return module;
}

}  // namespace ginger
