// The _contextvars module (PEP 567): Context, ContextVar, Token and copy_context, with CPython 3.12's
// interface. A Context holds its variables in a dict of its own; copy() copies the dict, so a context
// copied earlier keeps the values it had (CPython shares an immutable HAMT instead). Each thread has its
// own current context (ThreadState::context), an empty one until the thread first uses it.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "vm/thread_state.h"

#include <cstdio>

namespace ginger {

namespace {

TypeObject g_context_type;
TypeObject g_context_var_type;
TypeObject g_token_type;
TypeObject g_token_missing_type;
Object g_token_missing = { IMMORTAL_REFCOUNT, &g_token_missing_type };

struct ContextObject : Object {
    Ref<DictObject> vars;  // ContextVar -> value
    bool entered;
};

struct ContextVarObject : Object {
    Value name;
    Value default_value;  // null: none
};

struct TokenObject : Object {
    Value context;
    Value var;
    Value old_value;  // &g_token_missing when the variable had no value
    bool used;
};

std::string address_text(const void* pointer)
{
    char text[32];
    snprintf(text, sizeof text, "%p", pointer);
    return text;
}

ContextObject* as_context(Val v) { return static_cast<ContextObject*>(v.object()); }
ContextVarObject* as_var(Val v) { return static_cast<ContextVarObject*>(v.object()); }
TokenObject* as_token(Val v) { return static_cast<TokenObject*>(v.object()); }

Ref<ContextObject> context_make()
{
    auto* context = static_cast<ContextObject*>(alloc_object(&g_context_type));
    if (!context)
        out_of_memory();
    new (&context->vars) Ref<DictObject>(dict_new());
    context->entered = false;
    return Ref<ContextObject>::adopt(context);
}

// The thread's current context, made on first use.
ContextObject* current_context()
{
    ThreadState* ts = g_thread;
    if (!ts->context)
        ts->context = Value(context_make());
    return as_context(ts->context.get());
}

Result<void> check_var_key(Val key)
{
    if (key.type() != &g_context_var_type)
        return raise(&g_exc_TypeError, "a ContextVar key was expected, got {}", TRY(repr_utf8(key)));
    return {};
}

// ---- Context --------------------------------------------------------------------------------------

Result<Value> context_new(TypeObject*, const Val*, size_t nargs, TupleObject* kwnames)
{
    if (nargs || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "Context() does not accept any arguments");
    return Value(context_make());
}

Result<Value> context_run(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs < 2)
        return raise(&g_exc_TypeError, "run() missing 1 required positional argument");
    Val self = args[0];
    ContextObject* context = as_context(self);
    if (context->entered)
        return raise(&g_exc_RuntimeError, "cannot enter context: {} is already entered", TRY(repr_utf8(self)));
    ThreadState* ts = g_thread;
    current_context();
    Value previous = std::move(ts->context);
    ts->context = Value::borrow(self);
    context->entered = true;
    auto result = call(args[1], args + 2, nargs - 2, kwnames);
    context->entered = false;
    ts->context = std::move(previous);
    return result;
}

Result<Value> context_copy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("copy", nargs - 1, kwnames, 0, 0));
    Ref<ContextObject> copy = context_make();
    copy->vars = dict_copy(as_context(args[0])->vars.get());
    return Value(std::move(copy));
}

Result<Value> context_getitem(Val self, Val key)
{
    TRY(check_var_key(key));
    Val value = TRY(dict_get(as_context(self)->vars.get(), key));
    if (!value)
        return raise_with_args(&g_exc_KeyError, { key });
    return Value::borrow(value);
}

Result<Value> context_get(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("get", nargs - 1, kwnames, 1, 2));
    TRY(check_var_key(args[1]));
    Val value = TRY(dict_get(as_context(args[0])->vars.get(), args[1]));
    if (value)
        return Value::borrow(value);
    return nargs == 3 ? Value::borrow(args[2]) : none_value();
}

Result<bool> context_contains(Val self, Val key)
{
    TRY(check_var_key(key));
    return bool(TRY(dict_get(as_context(self)->vars.get(), key)));
}

Result<int64_t> context_len(Val self) { return as_context(self)->vars->used; }

// keys(), values() and items() as lists (CPython returns views of its own types; a list iterates the same).
enum class Part { Keys, Values, Items };
Result<Value> context_list(Val self, Part part)
{
    Ref<ListObject> list = list_new();
    DictObject* vars = as_context(self)->vars.get();
    Val key, value;
    for (int64_t position = 0; dict_next(vars, position, key, value);) {
        if (part == Part::Keys)
            list_append(list.get(), Value::borrow(key));
        else if (part == Part::Values)
            list_append(list.get(), Value::borrow(value));
        else
            list_append(list.get(), Value(tuple_of({ key, value })));
    }
    return Value(std::move(list));
}

Result<Value> context_keys(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("keys", nargs - 1, kwnames, 0, 0));
    return context_list(args[0], Part::Keys);
}

Result<Value> context_values(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("values", nargs - 1, kwnames, 0, 0));
    return context_list(args[0], Part::Values);
}

Result<Value> context_items(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("items", nargs - 1, kwnames, 0, 0));
    return context_list(args[0], Part::Items);
}

Result<Value> context_iter(Val self)
{
    Value keys = TRY(context_list(self, Part::Keys));
    return get_iter(keys.get());
}

Result<Value> context_richcompare(Val self, Val other, CompareOp op)
{
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || other.type() != &g_context_type)
        return Value::borrow(not_implemented());
    return rich_compare(Val(as_context(self)->vars.get()), Val(as_context(other)->vars.get()), op);
}

void context_destroy(Object* object) { static_cast<ContextObject*>(object)->vars.~Ref<DictObject>(); }

void context_traverse(Object* object, VisitFn visit, void* context)
{
    if (DictObject* vars = static_cast<ContextObject*>(object)->vars.get())
        visit(vars, context);
}

void context_clear(Object* object) { static_cast<ContextObject*>(object)->vars = dict_new(); }

const MethodDef s_context_methods[] = {
    { "run", context_run, METHOD_INSTANCE, "Run callable(*args, **kwargs) in this context." },
    { "copy", context_copy, METHOD_INSTANCE, "Return a shallow copy of the context object." },
    { "get", context_get, METHOD_INSTANCE, "Return the value for `key` if `key` has the value in the context object." },
    { "keys", context_keys, METHOD_INSTANCE, "Return a list of all variables in the context object." },
    { "values", context_values, METHOD_INSTANCE, "Return a list of all variables' values in the context object." },
    { "items", context_items, METHOD_INSTANCE, "Return all variables and their values in the context object." },
    {},
};

// ---- ContextVar -----------------------------------------------------------------------------------

Result<Value> context_var_new(TypeObject*, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1)
        return raise(&g_exc_TypeError, "ContextVar() takes {} 1 positional argument ({} given)", nargs ? "at most" : "exactly",
                     int64_t(nargs));
    Val out[2] = { args[0], Val() };
    TRY(bind_args("ContextVar", args + 1, 0, kwnames, { "default" }, 0, out + 1));
    if (!is_str(out[0]))
        return raise(&g_exc_TypeError, "context variable name must be a str");
    auto* var = static_cast<ContextVarObject*>(alloc_object(&g_context_var_type));
    if (!var)
        return raise_memory_error();
    Value result = Value::adopt(Val(var));
    new (&var->name) Value(Value::borrow(out[0]));
    new (&var->default_value) Value(out[1] ? Value::borrow(out[1]) : Value());
    return result;
}

Result<Value> context_var_get(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "get() takes no keyword arguments");
    if (nargs > 2)
        return raise(&g_exc_TypeError, "get expected at most 1 argument, got {}", int64_t(nargs - 1));
    ContextVarObject* var = as_var(args[0]);
    if (Val value = TRY(dict_get(current_context()->vars.get(), args[0])))
        return Value::borrow(value);
    if (nargs == 2)
        return Value::borrow(args[1]);
    if (var->default_value)
        return var->default_value;
    return raise_with_args(&g_exc_LookupError, { args[0] });
}

Result<Value> context_var_set(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("set", nargs - 1, kwnames, 1, 1));
    ContextObject* context = current_context();
    Val old = TRY(dict_get(context->vars.get(), args[0]));
    auto* token = static_cast<TokenObject*>(alloc_object(&g_token_type));
    if (!token)
        return raise_memory_error();
    Value result = Value::adopt(Val(token));
    new (&token->context) Value(Value::borrow(Val(context)));
    new (&token->var) Value(Value::borrow(args[0]));
    new (&token->old_value) Value(Value::borrow(old ? old : Val(&g_token_missing)));
    token->used = false;
    TRY(dict_set(context->vars.get(), args[0], args[1]));
    return result;
}

Result<Value> context_var_reset(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("reset", nargs - 1, kwnames, 1, 1));
    Val token_value = args[1];
    if (token_value.type() != &g_token_type)
        return raise(&g_exc_TypeError, "expected an instance of Token, got {}", TRY(repr_utf8(token_value)));
    TokenObject* token = as_token(token_value);
    if (token->used)
        return raise(&g_exc_RuntimeError, "{} has already been used once", TRY(repr_utf8(token_value)));
    if (!token->var.get().is(args[0]))
        return raise(&g_exc_ValueError, "{} was created by a different ContextVar", TRY(repr_utf8(token_value)));
    ContextObject* context = current_context();
    if (!token->context.get().is(Val(context)))
        return raise(&g_exc_ValueError, "{} was created in a different Context", TRY(repr_utf8(token_value)));
    token->used = true;
    if (token->old_value.get().is(Val(&g_token_missing)))
        TRY(dict_delete(context->vars.get(), args[0]));
    else
        TRY(dict_set(context->vars.get(), args[0], token->old_value.get()));
    return none_value();
}

Result<Value> class_getitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__class_getitem__", nargs - 1, kwnames, 1, 1));
    return generic_alias_new(args[0], args[1]);
}

Result<Value> context_var_repr(Val self)
{
    ContextVarObject* var = as_var(self);
    std::string text = "<ContextVar name=" + TRY(repr_utf8(var->name.get()));
    if (var->default_value)
        text += " default=" + TRY(repr_utf8(var->default_value.get()));
    return Value(str_from_utf8(text + " at " + address_text(var) + ">"));
}

Result<Value> context_var_name(Val self) { return as_var(self)->name; }

Result<int64_t> identity_hash(Val self) { return int64_t(reinterpret_cast<uintptr_t>(self.object()) >> 4); }

void context_var_destroy(Object* object)
{
    auto* var = static_cast<ContextVarObject*>(object);
    var->name.~Value();
    var->default_value.~Value();
}

void context_var_traverse(Object* object, VisitFn visit, void* context)
{
    auto* var = static_cast<ContextVarObject*>(object);
    visit_val(var->name.get(), visit, context);
    visit_val(var->default_value.get(), visit, context);
}

void context_var_clear(Object* object)
{
    auto* var = static_cast<ContextVarObject*>(object);
    var->default_value = Value();
}

const MethodDef s_context_var_methods[] = {
    { "get", context_var_get, METHOD_INSTANCE, "Return a value for the context variable for the current context." },
    { "set", context_var_set, METHOD_INSTANCE, "Call to set a new value for the context variable in the current context." },
    { "reset", context_var_reset, METHOD_INSTANCE, "Reset the context variable." },
    { "__class_getitem__", class_getitem, METHOD_CLASS, "See PEP 585" },
    {},
};

const GetSetDef s_context_var_getsets[] = {
    { "name", context_var_name, nullptr, nullptr },
    {},
};

// ---- Token ----------------------------------------------------------------------------------------

Result<Value> token_new(TypeObject*, const Val*, size_t, TupleObject*)
{
    return raise(&g_exc_RuntimeError, "Tokens can only be created by ContextVars");
}

Result<Value> token_repr(Val self)
{
    TokenObject* token = as_token(self);
    std::string text = std::string("<Token") + (token->used ? " used" : "") + " var=" + TRY(repr_utf8(token->var.get()));
    return Value(str_from_utf8(text + " at " + address_text(token) + ">"));
}

Result<Value> token_var(Val self) { return as_token(self)->var; }
Result<Value> token_old_value(Val self) { return as_token(self)->old_value; }

void token_destroy(Object* object)
{
    auto* token = static_cast<TokenObject*>(object);
    token->context.~Value();
    token->var.~Value();
    token->old_value.~Value();
}

void token_traverse(Object* object, VisitFn visit, void* context)
{
    auto* token = static_cast<TokenObject*>(object);
    visit_val(token->context.get(), visit, context);
    visit_val(token->var.get(), visit, context);
    visit_val(token->old_value.get(), visit, context);
}

void token_clear(Object* object)
{
    auto* token = static_cast<TokenObject*>(object);
    token->context = Value();
    token->old_value = Value::borrow(Val(&g_token_missing));
}

const MethodDef s_token_methods[] = {
    { "__class_getitem__", class_getitem, METHOD_CLASS, "See PEP 585" },
    {},
};

const GetSetDef s_token_getsets[] = {
    { "var", token_var, nullptr, nullptr },
    { "old_value", token_old_value, nullptr, nullptr },
    {},
};

Result<Value> token_missing_repr(Val) { return Value(str_intern("<Token.MISSING>")); }

Result<Value> copy_context(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("copy_context", nargs, kwnames, 0, 0));
    Ref<ContextObject> copy = context_make();
    copy->vars = dict_copy(current_context()->vars.get());
    return Value(std::move(copy));
}

const MethodDef s_functions[] = {
    { "copy_context", copy_context, METHOD_STATIC, "Return a copy of the current context." },
    {},
};

void init_types()
{
    type_init_static(g_context_type, "_contextvars.Context", sizeof(ContextObject), &g_object_type, TYPE_GC);
    g_context_type.new_instance = context_new;
    g_context_type.destroy = context_destroy;
    g_context_type.traverse = context_traverse;
    g_context_type.clear = context_clear;
    g_context_type.getitem = context_getitem;
    g_context_type.contains = context_contains;
    g_context_type.len = context_len;
    g_context_type.iter = context_iter;
    g_context_type.richcompare = context_richcompare;
    g_context_type.methods = s_context_methods;
    g_context_type.hash = hash_unhashable;
    type_ready(g_context_type);
    dict_set_str(g_context_type.dict.get(), NAME_OF(__hash__), none());

    type_init_static(g_context_var_type, "_contextvars.ContextVar", sizeof(ContextVarObject), &g_object_type, TYPE_GC);
    g_context_var_type.new_instance = context_var_new;
    g_context_var_type.destroy = context_var_destroy;
    g_context_var_type.traverse = context_var_traverse;
    g_context_var_type.clear = context_var_clear;
    g_context_var_type.repr = context_var_repr;
    g_context_var_type.hash = identity_hash;
    g_context_var_type.methods = s_context_var_methods;
    g_context_var_type.getsets = s_context_var_getsets;
    type_ready(g_context_var_type);

    type_init_static(g_token_type, "_contextvars.Token", sizeof(TokenObject), &g_object_type, TYPE_GC);
    g_token_type.new_instance = token_new;
    g_token_type.destroy = token_destroy;
    g_token_type.traverse = token_traverse;
    g_token_type.clear = token_clear;
    g_token_type.repr = token_repr;
    g_token_type.methods = s_token_methods;
    g_token_type.getsets = s_token_getsets;
    type_ready(g_token_type);
    dict_set_str(g_token_type.dict.get(), str_intern("MISSING"), Val(&g_token_missing));

    type_init_static(g_token_missing_type, "Token.MISSING", sizeof(Object), &g_object_type, 0);
    g_token_missing_type.repr = token_missing_repr;
    type_ready(g_token_missing_type);
}

}  // namespace

Ref<ModuleObject> contextvars_module_create()
{
    if (!g_context_type.has_flag(TYPE_READY))
        init_types();
    Ref<ModuleObject> module = module_new(str_intern("_contextvars"));
    module_add_functions(module.get(), s_functions);
    module_set(module.get(), "Context", Val(&g_context_type));
    module_set(module.get(), "ContextVar", Val(&g_context_var_type));
    module_set(module.get(), "Token", Val(&g_token_type));
    return module;
}

}  // namespace ginger
