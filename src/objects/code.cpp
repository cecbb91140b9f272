// The code object type and its Python-visible attributes.
#include "objects/code.h"
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

static const GetSetDef s_code_getsets[] = {
    { "co_name", code_get_name, nullptr, nullptr },
    { "co_qualname", code_get_qualname, nullptr, nullptr },
    { "co_filename", code_get_filename, nullptr, nullptr },
    { "co_firstlineno", code_get_firstlineno, nullptr, nullptr },
    { "co_argcount", code_get_argcount, nullptr, nullptr },
    { "co_posonlyargcount", code_get_posonlyargcount, nullptr, nullptr },
    { "co_kwonlyargcount", code_get_kwonlyargcount, nullptr, nullptr },
    { "co_nlocals", code_get_nlocals, nullptr, nullptr },
    { "co_stacksize", code_get_stacksize, nullptr, nullptr },
    { "co_flags", code_get_flags, nullptr, nullptr },
    { "co_consts", code_get_consts, nullptr, nullptr },
    { "co_names", code_get_names, nullptr, nullptr },
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
}

}  // namespace ginger
