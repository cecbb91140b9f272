// Printing uncaught exceptions as CPython does: the chain of causes and contexts, each traceback
// entry with its source line and, as in CPython 3.12, carets under the failing expression.
#include "import/import.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/structseq.h"
#include "parse/parser.h"
#include "support/arena.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ginger {

// ---- printing ----

static std::string source_line(std::string_view filename, int line)
{
    static std::map<std::string, std::vector<std::string>, std::less<>> s_cache;
    auto it = s_cache.find(filename);
    if (it == s_cache.end()) {
        std::vector<std::string> lines;
        std::ifstream file { std::string(filename) };
        std::string text;
        while (std::getline(file, text))
            lines.push_back(text);
        it = s_cache.emplace(std::string(filename), std::move(lines)).first;
    }
    if (line < 1 || size_t(line) > it->second.size())
        return {};
    return it->second[size_t(line - 1)];
}

static size_t character_count(std::string_view text, size_t bytes)
{
    size_t n = 0;
    for (size_t i = 0; i < bytes && i < text.size(); ++i)
        n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return n;
}

// Where the '^' go inside a failing expression's source segment (in characters): the operator of
// a binary operation, or the brackets of a subscript; '~' marks the rest. CPython 3.12 re-parses
// the segment the same way (traceback._extract_caret_anchors_from_line_segment).
static std::optional<std::pair<size_t, size_t>> caret_anchors(const std::string& segment)
{
    Arena arena;
    parse::ParseResult parsed = parse::parse(segment, parse::Mode::Exec, arena);
    if (parsed.error || !parsed.module)
        return std::nullopt;
    auto* module = parsed.module->as<ast::Module>();
    if (!module || module->body.size() != 1)
        return std::nullopt;
    auto* statement = module->body[0]->as<ast::ExprStmt>();
    if (!statement)
        return std::nullopt;
    auto normalize = [&](size_t bytes) { return character_count(segment, bytes); };
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    if (auto* binop = statement->value->as<ast::BinOp>()) {
        size_t operator_start = size_t(binop->left->end_col_offset);
        size_t operator_end = size_t(binop->right->col_offset);
        if (operator_end < operator_start || operator_end > segment.size())
            return std::nullopt;
        std::string operator_text = segment.substr(operator_start, operator_end - operator_start);
        size_t offset = 0;
        while (offset < operator_text.size() && is_space(operator_text[offset]))
            ++offset;
        size_t left = operator_start + offset;
        size_t right = left + 1;
        if (offset + 1 < operator_text.size() && !is_space(operator_text[offset + 1]))
            ++right;
        while (left < segment.size() && (is_space(segment[left]) || segment[left] == ')' || segment[left] == '#')) {
            ++left;
            ++right;
        }
        return std::make_pair(normalize(left), normalize(right));
    }
    if (auto* subscript = statement->value->as<ast::Subscript>()) {
        size_t left = normalize(size_t(subscript->value->end_col_offset));
        size_t right = normalize(size_t(subscript->slice->end_col_offset) + 1);
        while (left < segment.size() && (is_space(segment[left]) || segment[left] != '['))
            ++left;
        while (right < segment.size() && (is_space(segment[right]) || segment[right] != ']'))
            ++right;
        if (right < segment.size())
            ++right;
        return std::make_pair(left, right);
    }
    return std::nullopt;
}

// An attribute, or null when it is missing or its lookup fails (printing a report never raises).
static Value attribute_or_null(Val object, const char* name)
{
    auto found = get_attr_maybe(object, str_intern(name));
    if (found.is_error()) {
        clear_error();
        return Value();
    }
    return found.release_value();
}

// ---- "Did you mean" (CPython's Python/suggestions.c): the closest name by an edit distance ----

static constexpr size_t max_candidate_items = 750;
static constexpr size_t max_string_size = 40;
static constexpr size_t move_cost = 2;
static constexpr size_t case_cost = 1;

// Changing a letter's case costs less than any other substitution.
static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return move_cost;
    if (a == b)
        return 0;
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; };
    return lower(a) == lower(b) ? case_cost : move_cost;
}

// The weighted Levenshtein distance between two UTF-8 names, or max_cost + 1 once it is known to be larger.
static size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost)
{
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty())
        return (a.size() + b.size()) * move_cost;
    if (a.size() > max_string_size || b.size() > max_string_size)
        return max_cost + 1;
    if (b.size() < a.size())
        std::swap(a, b);
    if ((b.size() - a.size()) * move_cost > max_cost)
        return max_cost + 1;
    // One row of the matrix, updated in place: row[i] is the cost from b[:j] to a[:i+1].
    size_t row[max_string_size];
    for (size_t i = 0; i < a.size(); ++i)
        row[i] = (i + 1) * move_cost;
    size_t result = 0;
    for (size_t j = 0; j < b.size(); ++j) {
        size_t distance = result = j * move_cost;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < a.size(); ++i) {
            size_t substitute = distance + substitution_cost(b[j], a[i]);
            distance = row[i];
            result = std::min(std::min(result, distance) + move_cost, substitute);
            row[i] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

// The candidate closest to `name` (none if too far, if there are too many candidates, or if one is not a str).
static std::optional<std::string> closest_name(Val candidates, std::string_view name)
{
    auto iterator = get_iter(candidates);
    if (iterator.is_error())
        return std::nullopt;
    std::vector<Value> items;
    while (true) {
        auto item = iter_next(iterator.value().get());
        if (item.is_error())
            return std::nullopt;
        if (!item.value())
            break;
        items.push_back(item.release_value());
    }
    if (items.size() >= max_candidate_items)
        return std::nullopt;
    std::optional<std::string> best;
    size_t best_distance = SIZE_MAX;
    for (Value& item : items) {
        if (!is_str(item))
            return std::nullopt;
        std::string_view candidate = item.as<StrObject>()->view();
        if (candidate == name)
            continue;
        // No more than a third of the characters involved may change; never worse than the best so far.
        size_t max_distance = std::min((name.size() + candidate.size() + 3) * move_cost / 6, best_distance - 1);
        size_t distance = levenshtein(name, candidate, max_distance);
        if (distance > max_distance)
            continue;
        if (!best || distance < best_distance) {
            best = std::string(candidate);
            best_distance = distance;
        }
    }
    return best;
}

static std::optional<std::string> suggest_from_dir(Val object, std::string_view name)
{
    Val builtins = import_lookup_builtins();
    Value dir = builtins ? attribute_or_null(builtins, "dir") : Value();
    if (!dir)
        return std::nullopt;
    auto listing = call(dir.get(), { object });
    if (listing.is_error())
        return std::nullopt;
    return closest_name(listing.value().get(), name);
}

// NameError: the local variable names of the innermost frame, then `self.name`, then globals, then builtins.
static std::optional<std::string> suggest_for_name_error(Val exception, std::string_view name)
{
    Value tb = exception_traceback(exception);
    if (!tb || tb.type() != &g_traceback_type)
        return std::nullopt;
    Val last = tb.get();
    while (Val next = last.as<TracebackObject>()->next.get()) {
        if (next.type() != &g_traceback_type)
            break;
        last = next;
    }
    Val frame = last.as<TracebackObject>()->frame.get();
    if (!frame)
        return std::nullopt;
    Value varnames = attribute_or_null(Val(last.as<TracebackObject>()->code.get()), "co_varnames");
    if (!varnames)
        return std::nullopt;
    bool has_self = false;
    for (int64_t i = 0; is_tuple(varnames) && i < varnames.as<TupleObject>()->size; ++i) {
        Val v = varnames.as<TupleObject>()->item(i);
        has_self |= is_str(v) && v.as<StrObject>()->view() == "self";
    }
    if (has_self) {
        Value locals = attribute_or_null(frame, "f_locals");
        if (!locals || !is_dict(locals))
            return std::nullopt;
        Val self = dict_get_str(locals.as<DictObject>(), str_intern("self"));
        if (!self)
            return std::nullopt;
        if (attribute_or_null(self, std::string(name).c_str()))
            return "self." + std::string(name);
    }
    if (auto found = closest_name(varnames.get(), name))
        return found;
    for (const char* where : { "f_globals", "f_builtins" }) {
        Value namespace_ = attribute_or_null(frame, where);
        if (!namespace_)
            return std::nullopt;
        if (auto found = closest_name(namespace_.get(), name))
            return found;
    }
    return std::nullopt;
}

static bool is_stdlib_module_name(std::string_view name)
{
    Val sys = import_lookup_module(str_intern("sys"));
    Value names = sys ? attribute_or_null(sys, "stdlib_module_names") : Value();
    if (!names)
        return false;
    auto found = contains(names.get(), Val(str_from_utf8(name).get()));
    if (found.is_error()) {
        clear_error();
        return false;
    }
    return found.value();
}

// What CPython appends to the message of an AttributeError, NameError or ImportError (exactly those types).
static std::string suggestion_text(Val exception)
{
    TypeObject* type = exception.type();
    if (type != &g_exc_AttributeError && type != &g_exc_NameError && type != &g_exc_ImportError)
        return {};
    auto* e = exception.as<BaseExceptionObject>();
    auto field = [&](const char* key) -> Val { return e->dict ? dict_get_str(e->dict.get(), str_intern(key)) : Val(); };
    Val name = field(type == &g_exc_ImportError ? "name_from" : "name");
    if (!name || !is_str_exact(name))
        return {};
    std::string_view wrong = name.as<StrObject>()->view();
    std::optional<std::string> suggestion;
    Value saved = fetch_error();
    if (type == &g_exc_AttributeError) {
        if (Val obj = field("obj"))
            suggestion = suggest_from_dir(obj, wrong);
    } else if (type == &g_exc_ImportError) {
        Val module_name = field("name");
        Val module = module_name && is_str(module_name) ? import_lookup_module(module_name.as<StrObject>()) : Val();
        if (module)
            suggestion = suggest_from_dir(module, wrong);
    } else {
        suggestion = suggest_for_name_error(exception, wrong);
    }
    clear_error();
    std::string text;
    auto quoted = [](const std::string& s) { return str_repr_utf8(str_from_utf8(s).get()); };
    if (suggestion)
        text = ". Did you mean: " + quoted(*suggestion) + "?";
    if (type == &g_exc_NameError && is_stdlib_module_name(wrong))
        text += (suggestion ? " Or did you forget to import " : ". Did you forget to import ") + quoted(std::string(wrong)) + "?";
    if (saved)
        restore_exception(saved.get());
    return text;
}

// The text of one report, as CPython's PyErr_Display builds it: exception groups nest their members
// in boxes, each line of a member prefixed with an indent and the margin "| ".
struct ExceptionPrinter {
    std::string out;
    int group_depth = 0;       // 0 outside any exception group
    bool need_close = false;   // the last member of a group still owes its closing line
    int recursion = 0;         // chained and nested exceptions followed so far (bounded: never a C++ stack overflow)
    std::set<uintptr_t> seen;  // exceptions already printed (chains may loop)
    static constexpr int max_group_width = 15;
    static constexpr int max_group_depth = 10;
    static constexpr int max_recursion = 900;

    std::string indent() const { return std::string(size_t(2 * group_depth), ' '); }
    std::string margin() const { return group_depth ? "| " : ""; }
    void line(std::string_view text) { out += indent() + margin(); out += text; }

    void traceback_entries(Val traceback, bool is_group);
    void exception_only(Val exception);
    void notes(Val exception);
    void single(Val exception);
    void group(Val exception);
    void chained(Val exception, const char* message);
    void recursive(Val exception);
};

// Lines that repeat more than this many times in a row (deep recursion) are summarised, as CPython does.
static constexpr int recursive_cutoff = 3;

static void print_line_repeated(std::string& out, int count)
{
    count -= recursive_cutoff;
    out += "  [Previous line repeated " + std::to_string(count) + " more time" + (count > 1 ? "s" : "") + "]\n";
}

void ExceptionPrinter::traceback_entries(Val traceback, bool is_group)
{
    // sys.tracebacklimit: how many of the innermost entries are shown; 0 or less shows none.
    int64_t limit = 1000;
    if (Val sys = import_lookup_module(str_intern("sys"))) {
        Value setting = attribute_or_null(sys, "tracebacklimit");
        if (setting && is_int(setting) && !int_to_int64(setting, limit))
            limit = int64_t(1) << 62;
        if (setting && is_int(setting) && limit <= 0)
            return;
    }
    out += indent() + (is_group && group_depth == 1 ? "+ " : margin());
    out += is_group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n";
    int64_t depth = 0;
    for (Val tb = traceback; tb && tb.type() == &g_traceback_type; tb = tb.as<TracebackObject>()->next)
        ++depth;
    Val tb = traceback;
    for (; tb && depth > limit; --depth)
        tb = tb.as<TracebackObject>()->next;
    std::string last_file, last_name;
    int last_line = -1;
    int count = 0;
    for (; tb && tb.type() == &g_traceback_type; tb = tb.as<TracebackObject>()->next) {
        auto* entry = tb.as<TracebackObject>();
        CodeObject* code = entry->code.get();
        std::string filename(code->filename->view());
        std::string name(code->name->view());
        if (last_line == -1 || filename != last_file || entry->lineno != last_line || name != last_name) {
            if (count > recursive_cutoff)
                print_line_repeated(out, count);
            last_file = filename;
            last_line = entry->lineno;
            last_name = name;
            count = 0;
        }
        if (++count > recursive_cutoff)
            continue;
        line("  File \"" + filename + "\", line " + std::to_string(entry->lineno) + ", in " + name + "\n");
        std::string source = source_line(filename, entry->lineno);
        size_t first = source.find_first_not_of(" \t\f");
        if (first == std::string::npos)
            continue;
        size_t last = source.find_last_not_of(" \t\f\r\n");
        line("    " + source.substr(first, last - first + 1) + "\n");
        // Carets under the failing expression (CPython 3.12's rules, see caret_anchors()).
        if (entry->lasti < 0 || size_t(entry->lasti) >= code->positions.size())
            continue;
        const Position& p = code->positions[size_t(entry->lasti)];
        if (p.line != entry->lineno || p.col < 0 || p.end_col < 0 || size_t(p.col) > source.size())
            continue;
        auto chars = [&](size_t bytes) { return character_count(source, std::min(bytes, source.size())); };
        size_t stripped_chars = chars(first);
        size_t stripped_length = chars(last + 1) - stripped_chars;
        size_t start_offset = chars(size_t(p.col));
        size_t end_offset;
        std::optional<std::pair<size_t, size_t>> anchors;
        if (p.end_line == p.line) {
            end_offset = chars(size_t(p.end_col));
            if (size_t(p.end_col) > size_t(p.col))
                anchors = caret_anchors(source.substr(size_t(p.col), size_t(p.end_col) - size_t(p.col)));
        } else {
            end_offset = stripped_chars + stripped_length;
        }
        if (end_offset > start_offset && start_offset >= stripped_chars &&
            (end_offset - start_offset < stripped_length || (anchors && anchors->second > anchors->first))) {
            std::string carets = "    " + std::string(start_offset - stripped_chars, ' ');
            size_t width = end_offset - start_offset;
            if (anchors) {
                carets += std::string(std::min(anchors->first, width), '~');
                carets += std::string(std::min(anchors->second, width) - std::min(anchors->first, width), '^');
                carets += std::string(width - std::min(anchors->second, width), '~');
            } else {
                carets += std::string(width, '^');
            }
            line(carets + "\n");
        }
    }
    if (count > recursive_cutoff)
        print_line_repeated(out, count);
}

void ExceptionPrinter::exception_only(Val exception)
{
    TypeObject* type = exception.type();
    std::string name;
    if (type->has_flag(TYPE_HEAP)) {
        Val module = dict_get_str(type->dict.get(), NAME_OF(__module__));
        if (module && is_str(module)) {
            std::string_view m = module.as<StrObject>()->view();
            if (m != "builtins" && m != "__main__")
                name = std::string(m) + ".";
        }
        name += type->qualname;
    } else {
        name = type->name;
    }
    if (is_subtype(type, &g_exc_SyntaxError) && is_exception_instance(exception)) {
        auto* e = exception.as<BaseExceptionObject>();
        auto field = [&](const char* key) -> Val { return e->dict ? dict_get_str(e->dict.get(), str_intern(key)) : Val(); };
        Val filename = field("filename");
        Val lineno = field("lineno");
        Val text = field("text");
        Val offset = field("offset");
        Val end_offset = field("end_offset");
        if (filename && is_str(filename) && lineno && is_int(lineno)) {
            int64_t number = 0;
            int_to_int64(lineno, number);
            line("  File \"" + std::string(filename.as<StrObject>()->view()) + "\", line " + std::to_string(number) + "\n");
            if (text && is_str(text)) {
                std::string t(text.as<StrObject>()->view());
                while (!t.empty() && (t.back() == '\n' || t.back() == '\r'))
                    t.pop_back();
                size_t lead = t.find_first_not_of(" \t\f");
                if (lead == std::string::npos)
                    lead = t.size();
                // Columns in characters (offset is 1-based).
                size_t total_chars = character_count(t, t.size());
                size_t lead_chars = character_count(t, lead);
                line("    " + t.substr(lead) + "\n");
                int64_t off = 0, end_off = 0;
                if (offset && is_int(offset) && int_to_int64(offset, off) && off >= 1) {
                    if (!(end_offset && is_int(end_offset) && int_to_int64(end_offset, end_off)))
                        end_off = off + 1;
                    if (end_off <= off)
                        end_off = off + 1;
                    int64_t col = off - 1 - int64_t(lead_chars);
                    if (col < 0)
                        col = 0;
                    int64_t width = end_off - off;
                    int64_t max_width = int64_t(total_chars) - int64_t(lead_chars) - col;
                    if (width > max_width && max_width > 0)
                        width = max_width;
                    if (width < 1)
                        width = 1;
                    line("    " + std::string(size_t(col), ' ') + std::string(size_t(width), '^') + "\n");
                }
            }
        }
        Val msg = field("msg");
        std::string message = msg && is_str(msg) ? std::string(msg.as<StrObject>()->view()) : "";
        line(name + ": " + message + "\n");
        return;
    }
    auto text = str_utf8(exception);
    std::string message;
    if (text.is_error()) {
        clear_error();
        message = "<exception str() failed>";
    } else {
        message = text.release_value();
    }
    line((message.empty() ? name : name + ": " + message) + suggestion_text(exception) + "\n");
}

// __notes__: each note's lines under the message; anything but a sequence of notes shows as its repr.
void ExceptionPrinter::notes(Val exception)
{
    auto found = get_attr_maybe(exception, str_intern("__notes__"));
    if (found.is_error()) {
        clear_error();
        return;
    }
    Value notes = found.release_value();
    if (!notes)
        return;
    auto write_note = [&](Val note) {
        auto text = is_str(note) ? Result<std::string>(std::string(note.as<StrObject>()->view())) : str_utf8(note);
        if (text.is_error()) {
            clear_error();
            line("<note str() failed>\n");
            return;
        }
        std::string_view rest = text.value();
        do {
            size_t end = rest.find('\n');
            end = end == std::string_view::npos ? rest.size() : end + 1;
            line(rest.substr(0, end));
            rest.remove_prefix(end);
        } while (!rest.empty());
        out += "\n";
    };
    if (is_list(notes) || is_tuple(notes)) {
        auto items = is_list(notes) ? notes.as<ListObject>()->items : notes.as<TupleObject>()->items;
        int64_t size = is_list(notes) ? notes.as<ListObject>()->size : notes.as<TupleObject>()->size;
        for (int64_t i = 0; i < size; ++i)
            write_note(items[i]);
        return;
    }
    auto text = repr_utf8(notes.get());
    if (text.is_error()) {
        clear_error();
        line("<__notes__ repr() failed>\n");
        return;
    }
    line(text.value() + "\n");
}

void ExceptionPrinter::single(Val exception)
{
    if (Value tb = exception_traceback(exception))
        traceback_entries(tb, is_exception_group(exception));
    exception_only(exception);
    if (is_exception_instance(exception))
        notes(exception);
}

void ExceptionPrinter::group(Val exception)
{
    if (group_depth > max_group_depth) {
        line("... (max_group_depth is " + std::to_string(max_group_depth) + ")\n");
        return;
    }
    bool top = group_depth == 0;
    if (top)
        group_depth = 1;
    single(exception);
    auto* e = exception.as<BaseExceptionObject>();
    Val members = e->dict ? dict_get_str(e->dict.get(), str_intern("exceptions")) : Val();
    int64_t count = members && is_tuple(members) ? members.as<TupleObject>()->size : 0;
    int64_t shown = count <= max_group_width ? count : max_group_width + 1;
    need_close = false;
    for (int64_t i = 0; i < shown; ++i) {
        bool last = i == shown - 1;
        if (last)
            need_close = true;  // unless a nested group closes the box itself
        bool truncated = i >= max_group_width;
        out += indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? std::string("...") : std::to_string(i + 1)) +
               " ----------------\n";
        ++group_depth;
        if (!truncated) {
            recursive(members.as<TupleObject>()->item(i));
        } else {
            int64_t remaining = count - max_group_width;
            line("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
        }
        if (last && need_close) {
            out += indent() + "+------------------------------------\n";
            need_close = false;
        }
        --group_depth;
    }
    if (top)
        group_depth = 0;
}

void ExceptionPrinter::chained(Val exception, const char* message)
{
    bool saved_need_close = need_close;
    recursive(exception);
    need_close = saved_need_close;
    line("\n");
    line(message);
    line("\n");
}

void ExceptionPrinter::recursive(Val exception)
{
    if (++recursion > max_recursion) {
        line("... (exception chain too long to print)\n");
        --recursion;
        return;
    }
    // The cause or context is printed first (once: a chain may loop back).
    seen.insert(exception.bits());
    if (is_exception_instance(exception)) {
        auto* e = exception.as<BaseExceptionObject>();
        if (e->cause && !is_none(e->cause)) {
            if (!seen.count(e->cause.get().bits()))
                chained(e->cause, "The above exception was the direct cause of the following exception:\n");
        } else if (e->context && !e->suppress_context && !seen.count(e->context.get().bits())) {
            chained(e->context, "During handling of the above exception, another exception occurred:\n");
        }
    }
    if (is_exception_group(exception))
        group(exception);
    else
        single(exception);
    --recursion;
}

// Writes a report to sys.stderr as CPython does (so that redirecting sys.stderr captures it), or to the
// process's stderr when there is no usable sys.stderr.
void write_to_sys_stderr(const std::string& text)
{
    if (Val sys = import_lookup_module(str_intern("sys"))) {
        Value file = attribute_or_null(sys, "stderr");
        if (file && !is_none(file)) {
            Value saved = fetch_error();
            bool written = !call_method(file.get(), str_intern("write"), { Val(str_from_utf8(text).get()) }).is_error();
            if (written)
                written = !call_method(file.get(), str_intern("flush"), {}).is_error();
            clear_error();
            if (saved)
                restore_exception(saved.get());
            if (written)
                return;
        }
    }
    fwrite(text.data(), 1, text.size(), stderr);
    fflush(stderr);
}

void print_exception(Val exception)
{
    io_flush_std_streams();
    ExceptionPrinter printer;
    printer.recursive(exception);
    write_to_sys_stderr(printer.out);
}

// sys.unraisablehook when a program replaced it (sys.__unraisablehook__ is printed natively below): it gets
// CPython's UnraisableHookArgs, whose err_msg is None for the plain "Exception ignored in". True if it ran.
static bool call_unraisable_hook(std::string_view where, Val object, Val exception)
{
    Val sys = import_lookup_module(str_intern("sys"));
    if (!sys || sys.type() != &g_module_type)
        return false;
    DictObject* dict = sys.as<ModuleObject>()->dict.get();
    Val hook = dict_get_str(dict, str_intern("unraisablehook"));
    Val original = dict_get_str(dict, str_intern("__unraisablehook__"));
    if (!hook || is_none(hook) || (original && hook.is(original)))
        return false;
    static TypeObject* s_args_type = structseq_new_type("UnraisableHookArgs", { "exc_type", "exc_value", "exc_traceback", "err_msg", "object" });
    Value message = where == "in" ? none_value() : Value(str_from_utf8("Exception ignored " + std::string(where)));
    Value traceback = none_value();
    if (exception && is_exception_instance(exception)) {
        auto found = get_attr(exception, str_intern("__traceback__"));
        if (found.is_error())
            clear_error();
        else
            traceback = found.release_value();
    }
    Val type = exception ? Val(exception.type()) : none();
    auto args = structseq_new(s_args_type, { type, exception ? exception : none(), traceback.get(), message.get(), object ? object : none() });
    if (args.is_error()) {
        clear_error();
        return false;
    }
    auto result = call(hook, { args.value().get() });
    if (result.is_error()) {
        Value hook_error = fetch_error();
        auto hook_repr = repr_utf8(hook);
        if (hook_repr.is_error())
            clear_error();
        write_to_sys_stderr("Exception ignored in sys.unraisablehook: " + (hook_repr.is_error() ? std::string("<hook>") : hook_repr.value()) + "\n");
        print_exception(hook_error);
    }
    return true;
}

void write_unraisable(std::string_view where, Val object)
{
    Value exception = fetch_error();
    // An exception raised by native code (a finalizer's warning, say) has no traceback yet: as CPython's,
    // the report shows the Python frame running when it happened.
    if (is_exception_instance(exception) && !exception.as<BaseExceptionObject>()->traceback && g_thread) {
        if (vm::Frame* frame = g_thread->frame; frame && frame->lasti() >= 0)
            traceback_add(exception.get(), frame->code, frame->lasti(), vm::frame_object_for(frame).get());
    }
    if (call_unraisable_hook(where, object, exception.get()))
        return;
    std::string text;
    if (object) {
        auto repr = repr_utf8(object);
        if (repr.is_error()) {
            clear_error();
            text = "<object repr() failed>";
        } else {
            text = repr.release_value();
        }
    }
    fflush(stdout);
    write_to_sys_stderr("Exception ignored " + std::string(where) + (text.empty() ? ":\n" : ": " + text + "\n"));
    print_exception(exception);
}

}  // namespace ginger
