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
#include "parse/parser.h"
#include "support/arena.h"

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

static void write_err(std::string_view text)
{
    fwrite(text.data(), 1, text.size(), stderr);
}

static void print_traceback_entries(Val traceback)
{
    write_err("Traceback (most recent call last):\n");
    for (Val tb = traceback; tb && tb.type() == &g_traceback_type; tb = tb.as<TracebackObject>()->next) {
        auto* entry = tb.as<TracebackObject>();
        CodeObject* code = entry->code.get();
        std::string filename(code->filename->view());
        std::string text = "  File \"" + filename + "\", line " + std::to_string(entry->lineno) + ", in " + std::string(code->name->view()) + "\n";
        write_err(text);
        std::string line = source_line(filename, entry->lineno);
        size_t first = line.find_first_not_of(" \t\f");
        if (first == std::string::npos)
            continue;
        size_t last = line.find_last_not_of(" \t\f\r\n");
        std::string stripped = line.substr(first, last - first + 1);
        write_err("    " + stripped + "\n");
        // Carets under the failing expression (CPython 3.12's rules, see caret_anchors()).
        if (entry->lasti >= 0 && size_t(entry->lasti) < code->positions.size()) {
            const Position& p = code->positions[size_t(entry->lasti)];
            if (p.line == entry->lineno && p.col >= 0 && p.end_col >= 0 && size_t(p.col) <= line.size()) {
                auto chars = [&](size_t bytes) { return character_count(line, std::min(bytes, line.size())); };
                size_t stripped_chars = chars(first);
                size_t stripped_length = chars(last + 1) - stripped_chars;
                size_t start_offset = chars(size_t(p.col));
                size_t end_offset;
                std::optional<std::pair<size_t, size_t>> anchors;
                if (p.end_line == p.line) {
                    end_offset = chars(size_t(p.end_col));
                    if (size_t(p.end_col) > size_t(p.col))
                        anchors = caret_anchors(line.substr(size_t(p.col), size_t(p.end_col) - size_t(p.col)));
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
                    write_err(carets + "\n");
                }
            }
        }
    }
}

static void print_exception_only(Val exception)
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
            int64_t line = 0;
            int_to_int64(lineno, line);
            write_err("  File \"" + std::string(filename.as<StrObject>()->view()) + "\", line " + std::to_string(line) + "\n");
            if (text && is_str(text)) {
                std::string t(text.as<StrObject>()->view());
                while (!t.empty() && (t.back() == '\n' || t.back() == '\r'))
                    t.pop_back();
                size_t lead = t.find_first_not_of(" \t\f");
                if (lead == std::string::npos)
                    lead = t.size();
                // Columns in characters (offset is 1-based).
                std::u32string chars;
                for (size_t i = 0; i < t.size(); ++i) {
                    if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80)
                        chars.push_back(U'x');
                }
                size_t lead_chars = 0;
                for (size_t i = 0; i < lead; ++i)
                    lead_chars += (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80;
                write_err("    " + t.substr(lead) + "\n");
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
                    int64_t max_width = int64_t(chars.size()) - int64_t(lead_chars) - col;
                    if (width > max_width && max_width > 0)
                        width = max_width;
                    if (width < 1)
                        width = 1;
                    write_err("    " + std::string(size_t(col), ' ') + std::string(size_t(width), '^') + "\n");
                }
            }
        }
        Val msg = field("msg");
        std::string message = msg && is_str(msg) ? std::string(msg.as<StrObject>()->view()) : "";
        write_err(name + ": " + message + "\n");
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
    if (message.empty())
        write_err(name + "\n");
    else
        write_err(name + ": " + message + "\n");
    if (is_exception_instance(exception)) {
        Val notes = exception.as<BaseExceptionObject>()->notes;
        if (notes && is_list(notes)) {
            auto* list = notes.as<ListObject>();
            for (int64_t i = 0; i < list->size; ++i) {
                auto note = str_utf8(list->item(i));
                if (!note.is_error())
                    write_err(note.release_value() + "\n");
                else
                    clear_error();
            }
        }
    }
}

// Prints through lib/traceback.py, to sys.stderr as CPython's default hooks do, so that exception
// groups, "Did you mean" suggestions and repeated-frame summaries come out as in CPython and the
// two printers cannot disagree. False (nothing printed, no exception set) when that is not possible:
// traceback cannot be imported, sys.stderr is missing, or printing fails (also while printing).
static bool print_exception_with_library(Val exception)
{
    static bool s_active = false;
    if (s_active || !is_exception_instance(exception))
        return false;
    s_active = true;
    bool printed = false;
    Val sys = import_lookup_module(str_intern("sys"));
    Val stderr_stream = sys && sys.type() == &g_module_type ? dict_get_str(sys.as<ModuleObject>()->dict.get(), str_intern("stderr")) : Val();
    if (stderr_stream && !is_none(stderr_stream)) {
        Value saved = fetch_error();
        auto module = import_module("traceback");
        if (!module.is_error()) {
            auto result = call_method(module.value(), str_intern("_print_uncaught"), { exception });
            if (!result.is_error()) {
                // Written: a stream that cannot flush must not get a second copy from the C++ printer.
                printed = true;
                if (call_method(stderr_stream, str_intern("flush"), {}).is_error())
                    clear_error();
            }
        }
        if (!printed)
            clear_error();
        if (saved)
            restore_error(std::move(saved));
    }
    s_active = false;
    return printed;
}

void print_exception(Val exception)
{
    io_flush_std_streams();
    if (print_exception_with_library(exception))
        return;
    // Walk the chain first (causes and contexts are printed before the exception they led to).
    std::vector<std::pair<Val, int>> chain;  // exception, how it links to the next one (0 none, 1 cause, 2 context)
    std::set<uintptr_t> seen;
    Val current = exception;
    int link = 0;
    while (current && is_exception_instance(current) && !seen.count(current.bits())) {
        seen.insert(current.bits());
        chain.push_back({ current, link });
        auto* e = current.as<BaseExceptionObject>();
        if (e->cause && !is_none(e->cause)) {
            current = e->cause;
            link = 1;
        } else if (e->context && !e->suppress_context) {
            current = e->context;
            link = 2;
        } else {
            break;
        }
    }
    if (chain.empty())
        chain.push_back({ exception, 0 });
    for (size_t i = chain.size(); i-- > 0;) {
        Val e = chain[i].first;
        Value tb = exception_traceback(e);
        if (tb)
            print_traceback_entries(tb);
        print_exception_only(e);
        if (i > 0) {
            if (chain[i].second == 1)
                write_err("\nThe above exception was the direct cause of the following exception:\n\n");
            else
                write_err("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    fflush(stderr);
}

void write_unraisable(std::string_view where, Val object)
{
    Value exception = fetch_error();
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
    if (text.empty())
        fprintf(stderr, "Exception ignored %.*s:\n", int(where.size()), where.data());
    else
        fprintf(stderr, "Exception ignored %.*s: %s\n", int(where.size()), where.data(), text.c_str());
    print_exception(exception);
}

}  // namespace ginger
