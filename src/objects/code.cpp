// The code object type and its Python-visible attributes.
#include "objects/code.h"
#include "compile/marshal.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/singletons.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"

#include <cstdio>
#include <new>

namespace ginger {

TypeObject g_code_type;

Ref<CodeObject> code_new()
{
    Object* memory = alloc_object(&g_code_type);
    int64_t refcount = memory->refcount;
    auto* code = new (memory) CodeObject();
    code->refcount = refcount;
    code->type = &g_code_type;
    return Ref<CodeObject>::adopt(code);
}

static void code_destroy(Object* object) { static_cast<CodeObject*>(object)->~CodeObject(); }

static Result<Value> code_repr(Val self)
{
    auto* code = self.as<CodeObject>();
    char address[32];
    snprintf(address, sizeof address, "%p", static_cast<void*>(code));
    return Value(str_from_utf8("<code object " + std::string(code->name->view()) + " at " + address + ", file \"" +
                               std::string(code->filename->view()) + "\", line " + std::to_string(code->firstlineno) + ">"));
}

static Ref<TupleObject> names_of_kind(CodeObject* code, int begin, int end)
{
    Ref<TupleObject> t = tuple_new(end - begin);
    for (int i = begin; i < end; ++i)
        t->items[i - begin] = Value(code->localsplus_names->items[i]);
    return t;
}

static Result<Value> code_get_name(Val self) { return Value(Ref<StrObject>(self.as<CodeObject>()->name)); }
static Result<Value> code_get_qualname(Val self) { return Value(Ref<StrObject>(self.as<CodeObject>()->qualname)); }
static Result<Value> code_get_filename(Val self) { return Value(Ref<StrObject>(self.as<CodeObject>()->filename)); }
static Result<Value> code_get_firstlineno(Val self) { return int_from_int64(self.as<CodeObject>()->firstlineno); }
static Result<Value> code_get_argcount(Val self) { return int_from_int64(self.as<CodeObject>()->argcount); }
static Result<Value> code_get_posonlyargcount(Val self) { return int_from_int64(self.as<CodeObject>()->posonlyargcount); }
static Result<Value> code_get_kwonlyargcount(Val self) { return int_from_int64(self.as<CodeObject>()->kwonlyargcount); }
static Result<Value> code_get_nlocals(Val self) { return int_from_int64(self.as<CodeObject>()->nlocals); }
static Result<Value> code_get_stacksize(Val self) { return int_from_int64(self.as<CodeObject>()->stacksize); }
static Result<Value> code_get_flags(Val self) { return int_from_int64(self.as<CodeObject>()->flags); }
static Result<Value> code_get_consts(Val self) { return Value(Ref<TupleObject>(self.as<CodeObject>()->consts)); }
static Result<Value> code_get_names(Val self) { return Value(Ref<TupleObject>(self.as<CodeObject>()->names)); }
static Result<Value> code_get_varnames(Val self)
{
    auto* code = self.as<CodeObject>();
    return Value(names_of_kind(code, 0, code->nlocals));
}
static Result<Value> code_get_cellvars(Val self)
{
    // Cell variables: arguments that are cells, then the other cells.
    auto* code = self.as<CodeObject>();
    Ref<ListObject> names = list_new();
    for (int i = 0; i < code->nlocals + code->ncells; ++i) {
        if (code->localsplus_kinds[size_t(i)] & LOCAL_CELL)
            list_append(names.get(), Value(code->localsplus_names->items[i]));
    }
    return Value(tuple_from(names->data(), names->size));
}
static Result<Value> code_get_freevars(Val self)
{
    auto* code = self.as<CodeObject>();
    int start = code->nlocals + code->ncells;
    return Value(names_of_kind(code, start, start + code->nfrees));
}

// Instruction offsets seen from Python are byte offsets into co_code, where each instruction is one 4-byte word.
// co_positions() yields one entry per 2-byte unit, as CPython's does, so code written for CPython that indexes
// it with lasti // 2 (the traceback module does) finds the right instruction.
constexpr int64_t BYTES_PER_WORD = 4;

static Result<Value> code_get_code(Val self)
{
    auto* code = self.as<CodeObject>();
    std::string bytes;
    bytes.reserve(code->code.size() * 4);
    for (uint32_t word : code->code) {
        for (int i = 0; i < 4; ++i)
            bytes.push_back(char(word >> (8 * i)));
    }
    return Value(bytes_from(bytes));
}

// Ginger's own encodings of the line and exception tables (not CPython's): 4 int32 per word, 5 per entry.
static Result<Value> code_get_linetable(Val self)
{
    auto* code = self.as<CodeObject>();
    return Value(bytes_from(reinterpret_cast<const char*>(code->positions.data()), code->positions.size() * sizeof(Position)));
}
static Result<Value> code_get_exceptiontable(Val self)
{
    auto* code = self.as<CodeObject>();
    std::string bytes;
    for (const ExceptionTableEntry& e : code->exception_table) {
        for (uint32_t field : { e.start, e.end, e.target, e.depth, uint32_t(e.push_lasti) }) {
            for (int i = 0; i < 4; ++i)
                bytes.push_back(char(field >> (8 * i)));
        }
    }
    return Value(bytes_from(bytes));
}

static Value line_or_none(int32_t line) { return line < 0 ? none_value() : int_from_int64(line); }

static Result<Value> code_co_lines(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("co_lines", nargs - 1, kwnames, 0, 0));
    auto* code = args[0].as<CodeObject>();
    Ref<ListObject> ranges = list_new();
    size_t start = 0;
    for (size_t i = 1; i <= code->positions.size(); ++i) {
        if (i < code->positions.size() && code->positions[i].line == code->positions[start].line)
            continue;
        list_append(ranges.get(), Value(tuple_of({ int_from_int64(int64_t(start) * BYTES_PER_WORD).get(),
                                                   int_from_int64(int64_t(i) * BYTES_PER_WORD).get(),
                                                   line_or_none(code->positions[start].line).get() })));
        start = i;
    }
    return get_iter(Val(ranges.get()));
}

static Result<Value> code_co_positions(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("co_positions", nargs - 1, kwnames, 0, 0));
    auto* code = args[0].as<CodeObject>();
    Ref<ListObject> positions = list_new(int64_t(code->positions.size()) * 2);
    for (const Position& p : code->positions) {
        Value column = p.col < 0 ? none_value() : int_from_int64(p.col);
        Value end_column = p.end_col < 0 ? none_value() : int_from_int64(p.end_col);
        Ref<TupleObject> entry = tuple_of({ line_or_none(p.line).get(), line_or_none(p.end_line).get(), column.get(), end_column.get() });
        list_append(positions.get(), Value::borrow(Val(entry.get())));
        list_append(positions.get(), Value(std::move(entry)));
    }
    return get_iter(Val(positions.get()));
}

// code.replace(**changes): a copy with some attributes replaced. Ginger supports what does not change the
// layout of the frame (names, constants, flags, line numbers); other changes raise ValueError.
static Result<Value> code_replace(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs > 1)
        return raise(&g_exc_TypeError, "replace() takes no positional arguments");
    auto* original = args[0].as<CodeObject>();
    Ref<CodeObject> copy = code_new();
    CodeObject* c = copy.get();
    c->code = original->code;
    c->positions = original->positions;
    c->exception_table = original->exception_table;
    c->consts = original->consts;
    c->names = original->names;
    c->localsplus_names = original->localsplus_names;
    c->localsplus_kinds = original->localsplus_kinds;
    c->name = original->name;
    c->qualname = original->qualname;
    c->filename = original->filename;
    c->argcount = original->argcount;
    c->posonlyargcount = original->posonlyargcount;
    c->kwonlyargcount = original->kwonlyargcount;
    c->nlocals = original->nlocals;
    c->ncells = original->ncells;
    c->nfrees = original->nfrees;
    c->stacksize = original->stacksize;
    c->firstlineno = original->firstlineno;
    c->flags = original->flags;
    for (int64_t i = 0; kwnames && i < kwnames->size; ++i) {
        std::string_view key = kwnames->item(i).as<StrObject>()->view();
        Val value = args[nargs + size_t(i)];
        auto need_str = [&]() -> Result<StrObject*> {
            if (!is_str(value))
                return raise(&g_exc_TypeError, "replace() argument '{}' must be str, not {}", key, value.type()->type_name());
            return value.as<StrObject>();
        };
        auto need_tuple = [&]() -> Result<TupleObject*> {
            if (!is_tuple(value))
                return raise(&g_exc_TypeError, "replace() argument '{}' must be tuple, not {}", key, value.type()->type_name());
            return value.as<TupleObject>();
        };
        if (key == "co_name") {
            c->name = Ref<StrObject>(TRY(need_str()));
        } else if (key == "co_qualname") {
            c->qualname = Ref<StrObject>(TRY(need_str()));
        } else if (key == "co_filename") {
            c->filename = Ref<StrObject>(TRY(need_str()));
        } else if (key == "co_firstlineno") {
            int64_t line = TRY(int_as_int64(value));
            int64_t shift = line - original->firstlineno;
            c->firstlineno = int32_t(line);
            for (Position& p : c->positions) {
                if (p.line >= 0)
                    p.line += int32_t(shift);
                if (p.end_line >= 0)
                    p.end_line += int32_t(shift);
            }
        } else if (key == "co_flags") {
            c->flags = uint32_t(TRY(int_as_int64(value)));
        } else if (key == "co_consts") {
            c->consts = Ref<TupleObject>(TRY(need_tuple()));
        } else if (key == "co_names") {
            c->names = Ref<TupleObject>(TRY(need_tuple()));
        } else if (key == "co_varnames" || key == "co_cellvars" || key == "co_freevars") {
            TupleObject* names = TRY(need_tuple());
            Value current = TRY(get_attr(args[0], str_intern(key)));
            if (names->size != current.as<TupleObject>()->size)
                return raise(&g_exc_ValueError, "Ginger cannot change the number of {} of a code object", key);
            int start = key == "co_varnames" ? 0 : key == "co_freevars" ? c->nlocals + c->ncells : -1;
            if (start < 0)
                continue;  // cell names stay (the slots are shared with arguments)
            Ref<TupleObject> all = tuple_new(c->localsplus_names->size);
            for (int64_t k = 0; k < all->size; ++k)
                all->items[k] = Value::borrow(c->localsplus_names->item(k));
            for (int64_t k = 0; k < names->size; ++k)
                all->items[start + k] = Value::borrow(names->item(k));
            c->localsplus_names = std::move(all);
        } else {
            return raise(&g_exc_ValueError, "Ginger's code.replace() cannot change {} yet", key);
        }
    }
    std::string why;
    if (!compile::verify_code(c, why))
        return raise(&g_exc_ValueError, "code.replace() made an invalid code object: {}", why);
    return Value(std::move(copy));
}

static const MethodDef s_code_methods[] = {
    { "co_lines", code_co_lines, METHOD_INSTANCE, "Return an iterator of (start, end, line) ranges of co_code bytes." },
    { "co_positions", code_co_positions, METHOD_INSTANCE, "Return an iterator of (line, end_line, column, end_column) per code unit." },
    { "replace", code_replace, METHOD_INSTANCE, "Return a copy of the code object with new values for the specified fields." },
    {},
};

static const GetSetDef s_code_getsets[] = {
    { "co_code", code_get_code, nullptr, nullptr },
    { "co_linetable", code_get_linetable, readonly_member_set, nullptr },
    { "co_exceptiontable", code_get_exceptiontable, readonly_member_set, nullptr },
    { "co_name", code_get_name, readonly_member_set, nullptr },
    { "co_qualname", code_get_qualname, readonly_member_set, nullptr },
    { "co_filename", code_get_filename, readonly_member_set, nullptr },
    { "co_firstlineno", code_get_firstlineno, readonly_member_set, nullptr },
    { "co_argcount", code_get_argcount, readonly_member_set, nullptr },
    { "co_posonlyargcount", code_get_posonlyargcount, readonly_member_set, nullptr },
    { "co_kwonlyargcount", code_get_kwonlyargcount, readonly_member_set, nullptr },
    { "co_nlocals", code_get_nlocals, readonly_member_set, nullptr },
    { "co_stacksize", code_get_stacksize, readonly_member_set, nullptr },
    { "co_flags", code_get_flags, readonly_member_set, nullptr },
    { "co_consts", code_get_consts, readonly_member_set, nullptr },
    { "co_names", code_get_names, readonly_member_set, nullptr },
    { "co_varnames", code_get_varnames, nullptr, nullptr },
    { "co_cellvars", code_get_cellvars, nullptr, nullptr },
    { "co_freevars", code_get_freevars, nullptr, nullptr },
    {},
};

void init_code_type()
{
    type_init_static(g_code_type, "code", sizeof(CodeObject), &g_object_type, TYPE_WEAKREFABLE);
    g_code_type.destroy = code_destroy;
    g_code_type.repr = code_repr;
    g_code_type.getsets = s_code_getsets;
    g_code_type.methods = s_code_methods;
}

}  // namespace ginger
