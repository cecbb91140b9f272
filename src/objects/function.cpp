// Functions, bound methods, cells, native callables and the descriptor types (staticmethod,
// classmethod, property, method and getset descriptors, slot wrappers).
#include "objects/function.h"
#include "objects/args.h"
#include "objects/module.h"
#include "objects/gc.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "import/import.h"
#include "objects/tuple.h"
#include "vm/interpreter.h"

#include <cstdio>
#include <new>
#include <vector>

namespace ginger {

TypeObject g_function_type, g_method_type, g_cell_type, g_builtin_function_type, g_method_descriptor_type,
    g_classmethod_descriptor_type, g_getset_descriptor_type, g_slot_wrapper_type, g_method_wrapper_type,
    g_staticmethod_type, g_classmethod_type, g_property_type;

// A bound slot wrapper: (1).__add__.
struct MethodWrapperObject : Object {
    Value self;
    Value wrapper;  // the SlotWrapperObject
};

// ---- function ----

Ref<FunctionObject> function_new(Ref<CodeObject> code, Ref<DictObject> globals)
{
    auto* f = static_cast<FunctionObject*>(alloc_object(&g_function_type));
    new (&f->code) Ref<CodeObject>(std::move(code));
    new (&f->globals) Ref<DictObject>(std::move(globals));
    new (&f->builtins) Ref<DictObject>();
    new (&f->name) Ref<StrObject>(f->code->name);
    new (&f->qualname) Ref<StrObject>(f->code->qualname);
    new (&f->module) Value();
    new (&f->doc) Value(none_value());
    new (&f->defaults) Ref<TupleObject>();
    new (&f->kwdefaults) Ref<DictObject>();
    new (&f->closure) Ref<TupleObject>();
    new (&f->dict) Ref<DictObject>();
    new (&f->annotations) Value();
    new (&f->type_params) Ref<TupleObject>();
    if (f->globals) {
        if (Val module = dict_get_str(f->globals.get(), NAME_OF(__name__)))
            f->module = Value::borrow(module);
    }
    return Ref<FunctionObject>::adopt(f);
}

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None), with CPython 3.12's checks.
static Result<Value> function_new_slot(TypeObject*, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val a[5];
    TRY(bind_args("function", args, nargs, kwnames, { "code", "globals", "name", "argdefs", "closure" }, 2, a));
    if (a[0].type() != &g_code_type)
        return raise(&g_exc_TypeError, "function() argument 'code' must be code, not {}", a[0].type()->type_name());
    if (!is_dict(a[1]))
        return raise(&g_exc_TypeError, "function() argument 'globals' must be dict, not {}", a[1].type()->type_name());
    Val name = a[2] && !is_none(a[2]) ? a[2] : Val();
    Val defaults = a[3] && !is_none(a[3]) ? a[3] : Val();
    Val closure = a[4] && !is_none(a[4]) ? a[4] : Val();
    if (name && !is_str(name))
        return raise(&g_exc_TypeError, "arg 3 (name) must be None or string");
    if (defaults && !is_tuple(defaults))
        return raise(&g_exc_TypeError, "arg 4 (defaults) must be None or tuple");
    auto* code = a[0].as<CodeObject>();
    int64_t nfree = code->nfrees;
    if (closure && !is_tuple(closure))
        return raise(&g_exc_TypeError, "arg 5 (closure) must be None or tuple");
    if (nfree > 0 && !closure)
        return raise(&g_exc_TypeError, "arg 5 (closure) must be tuple");
    int64_t nclosure = closure ? closure.as<TupleObject>()->size : 0;
    if (nfree != nclosure)
        return raise(&g_exc_ValueError, "{} requires closure of length {}, not {}", Val(code->name.get()), nfree, nclosure);
    for (int64_t i = 0; i < nclosure; ++i) {
        Val cell = closure.as<TupleObject>()->items[i];
        if (cell.type() != &g_cell_type)
            return raise(&g_exc_TypeError, "arg 5 (closure) expected cell, found {}", cell.type()->type_name());
    }
    auto* globals = a[1].as<DictObject>();
    Ref<FunctionObject> f = function_new(Ref<CodeObject>(code), Ref<DictObject>(globals));
    // The builtins come from globals['__builtins__'] (a module or a dict), else the interpreter's.
    Val builtins = dict_get_str(globals, NAME_OF(__builtins__));
    if (builtins && builtins.type() == &g_module_type)
        f->builtins = Ref<DictObject>(builtins.as<ModuleObject>()->dict);
    else if (builtins && is_dict(builtins))
        f->builtins = Ref<DictObject>(builtins.as<DictObject>());
    else
        f->builtins = Ref<DictObject>(vm::default_builtins());
    if (name)
        f->name = Ref<StrObject>(name.as<StrObject>());
    if (defaults)
        f->defaults = Ref<TupleObject>(defaults.as<TupleObject>());
    if (closure)
        f->closure = Ref<TupleObject>(closure.as<TupleObject>());
    if ((code->flags & CO_HAS_DOCSTRING) && code->consts && code->consts->size > 0)
        f->doc = Value::borrow(code->consts->items[0]);
    return Value(std::move(f));
}

static void function_destroy(Object* object)
{
    static_cast<FunctionObject*>(object)->~FunctionObject();
}

static void function_traverse(Object* object, VisitFn visit, void* context)
{
    auto* f = static_cast<FunctionObject*>(object);
    if (f->globals)
        visit(f->globals.get(), context);
    if (f->defaults)
        visit(f->defaults.get(), context);
    if (f->kwdefaults)
        visit(f->kwdefaults.get(), context);
    if (f->closure)
        visit(f->closure.get(), context);
    if (f->dict)
        visit(f->dict.get(), context);
    if (f->type_params)
        visit(f->type_params.get(), context);
    for (Val v : { f->module.get(), f->doc.get(), f->annotations.get() }) {
        visit_val(v, visit, context);
    }
}

static Result<Value> function_repr(Val self)
{
    auto* f = self.as<FunctionObject>();
    char address[32];
    snprintf(address, sizeof address, "%p", static_cast<void*>(f));
    return Value(str_from_utf8("<function " + std::string(f->qualname->view()) + " at " + address + ">"));
}

Result<Value> function_descr_get(Val self, Val instance, TypeObject*)
{
    if (!instance)
        return Value::borrow(self);
    return method_new(self, instance);
}

static Result<Value> function_get_name(Val self) { return Value(Ref<StrObject>(self.as<FunctionObject>()->name)); }
static Result<void> function_set_name(Val self, Val value)
{
    if (!value || !is_str(value))
        return raise(&g_exc_TypeError, "__name__ must be set to a string object");
    self.as<FunctionObject>()->name = Ref<StrObject>(value.as<StrObject>());
    return {};
}
static Result<Value> function_get_qualname(Val self) { return Value(Ref<StrObject>(self.as<FunctionObject>()->qualname)); }
static Result<void> function_set_qualname(Val self, Val value)
{
    if (!value || !is_str(value))
        return raise(&g_exc_TypeError, "__qualname__ must be set to a string object");
    self.as<FunctionObject>()->qualname = Ref<StrObject>(value.as<StrObject>());
    return {};
}
static Result<Value> function_get_code(Val self) { return Value(Ref<CodeObject>(self.as<FunctionObject>()->code)); }
// The VM reads a function's code at each call (nothing caches it), so it may be replaced.
static Result<void> function_set_code(Val self, Val value)
{
    auto* function = self.as<FunctionObject>();
    if (!value || value.type() != &g_code_type)
        return raise(&g_exc_TypeError, "__code__ must be set to a code object");
    auto* code = value.as<CodeObject>();
    int64_t closure_size = function->closure ? function->closure->size : 0;
    if (code->nfrees != closure_size)
        return raise(&g_exc_ValueError, "{}() requires a code object with {} free vars, not {}", std::string(function->name->view()),
                     closure_size, int64_t(code->nfrees));
    function->code = Ref<CodeObject>(code);
    return {};
}
static Result<Value> function_get_globals(Val self) { return Value(Ref<DictObject>(self.as<FunctionObject>()->globals)); }
static Result<Value> function_get_defaults(Val self)
{
    auto& d = self.as<FunctionObject>()->defaults;
    return d ? Value(Ref<TupleObject>(d)) : none_value();
}
static Result<void> function_set_defaults(Val self, Val value)
{
    if (!value || is_none(value)) {
        self.as<FunctionObject>()->defaults = nullptr;
        return {};
    }
    if (!is_tuple(value))
        return raise(&g_exc_TypeError, "__defaults__ must be set to a tuple object");
    self.as<FunctionObject>()->defaults = Ref<TupleObject>(value.as<TupleObject>());
    return {};
}
static Result<Value> function_get_kwdefaults(Val self)
{
    auto& d = self.as<FunctionObject>()->kwdefaults;
    return d ? Value(Ref<DictObject>(d)) : none_value();
}
static Result<void> function_set_kwdefaults(Val self, Val value)
{
    if (!value || is_none(value)) {
        self.as<FunctionObject>()->kwdefaults = nullptr;
        return {};
    }
    if (!is_dict(value))
        return raise(&g_exc_TypeError, "__kwdefaults__ must be set to a dict object");
    self.as<FunctionObject>()->kwdefaults = Ref<DictObject>(value.as<DictObject>());
    return {};
}
static Result<Value> function_get_closure(Val self)
{
    auto& c = self.as<FunctionObject>()->closure;
    return c ? Value(Ref<TupleObject>(c)) : none_value();
}
static Result<Value> function_get_doc(Val self) { return self.as<FunctionObject>()->doc ? Value(self.as<FunctionObject>()->doc) : none_value(); }
static Result<void> function_set_doc(Val self, Val value)
{
    self.as<FunctionObject>()->doc = value ? Value::borrow(value) : none_value();
    return {};
}
static Result<Value> function_get_module(Val self) { return self.as<FunctionObject>()->module ? Value(self.as<FunctionObject>()->module) : none_value(); }
static Result<void> function_set_module(Val self, Val value)
{
    self.as<FunctionObject>()->module = value ? Value::borrow(value) : none_value();
    return {};
}
static Result<Value> function_get_type_params(Val self)
{
    auto* f = self.as<FunctionObject>();
    return f->type_params ? Value(Ref<TupleObject>(f->type_params)) : Value::borrow(Val(tuple_empty()));
}
static Result<void> function_set_type_params(Val self, Val value)
{
    if (!value || !is_tuple(value))
        return raise(&g_exc_TypeError, "__type_params__ must be set to a tuple");
    self.as<FunctionObject>()->type_params = Ref<TupleObject>(value.as<TupleObject>());
    return {};
}
static Result<Value> function_get_annotations(Val self)
{
    auto* f = self.as<FunctionObject>();
    if (!f->annotations)
        f->annotations = Value(dict_new());
    return Value(f->annotations);
}
static Result<void> function_set_annotations(Val self, Val value)
{
    self.as<FunctionObject>()->annotations = value ? Value::borrow(value) : Value();
    return {};
}
static Result<Value> function_get_dict(Val self)
{
    auto* f = self.as<FunctionObject>();
    if (!f->dict)
        f->dict = dict_new();
    return Value(Ref<DictObject>(f->dict));
}

static Result<void> function_set_dict(Val self, Val value)
{
    if (!value)
        return raise(&g_exc_TypeError, "cannot delete __dict__");
    if (!is_dict(value))
        return raise(&g_exc_TypeError, "__dict__ must be set to a dictionary, not a '{}'", value.type()->type_name());
    self.as<FunctionObject>()->dict = Ref<DictObject>(value.as<DictObject>());
    return {};
}

static const GetSetDef s_function_getsets[] = {
    { "__name__", function_get_name, function_set_name, nullptr },
    { "__qualname__", function_get_qualname, function_set_qualname, nullptr },
    { "__code__", function_get_code, function_set_code, nullptr },
    { "__globals__", function_get_globals, nullptr, nullptr },
    { "__defaults__", function_get_defaults, function_set_defaults, nullptr },
    { "__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults, nullptr },
    { "__closure__", function_get_closure, nullptr, nullptr },
    { "__doc__", function_get_doc, function_set_doc, nullptr },
    { "__module__", function_get_module, function_set_module, nullptr },
    { "__annotations__", function_get_annotations, function_set_annotations, nullptr },
    { "__type_params__", function_get_type_params, function_set_type_params, nullptr },
    { "__dict__", function_get_dict, function_set_dict, nullptr },
    {},
};

// ---- bound methods ----

Value method_new(Val function, Val self)
{
    auto* m = static_cast<MethodObject*>(alloc_object(&g_method_type));
    new (&m->function) Value(Value::borrow(function));
    new (&m->self) Value(Value::borrow(self));
    return Value::adopt(Val(m));
}

static void method_destroy(Object* object) { static_cast<MethodObject*>(object)->~MethodObject(); }
static void method_traverse(Object* object, VisitFn visit, void* context)
{
    auto* m = static_cast<MethodObject*>(object);
    visit_val(m->function.get(), visit, context);
    visit_val(m->self.get(), visit, context);
}

static Result<Value> method_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* m = callable.as<MethodObject>();
    return call_with_self(m->function, m->self, args, nargs, kwnames);
}

static Result<Value> method_repr(Val self)
{
    auto* m = self.as<MethodObject>();
    Value name = TRY(get_attr_maybe(m->function, NAME_OF(__qualname__)));
    if (!name)
        name = TRY(get_attr_maybe(m->function, NAME_OF(__name__)));
    std::string text = "<bound method " + (name && is_str(name) ? std::string(name.as<StrObject>()->view()) : "?") + " of " + TRY(repr_utf8(m->self)) + ">";
    return Value(str_from_utf8(text));
}

static Result<int64_t> method_hash(Val self)
{
    auto* m = self.as<MethodObject>();
    int64_t a = TRY(object_hash(m->self));
    int64_t b = TRY(object_hash(m->function));
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static Result<Value> method_richcompare(Val self, Val other, CompareOp op)
{
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || other.type() != &g_method_type)
        return Value::borrow(not_implemented());
    auto* a = self.as<MethodObject>();
    auto* b = other.as<MethodObject>();
    bool equal = a->self.get().is(b->self) && TRY(object_equal(a->function, b->function));
    return bool_value(op == CompareOp::Eq ? equal : !equal);
}

// Bound natives ([].append, (1).__add__, A.__init_subclass__) are equal when bound to the same object (identity)
// with the same native function, as in CPython.
static int64_t bound_native_hash(Val self, const void* function)
{
    int64_t h = int64_t((self.bits() >> 4) ^ (reinterpret_cast<uintptr_t>(function) >> 4));
    return h == -1 ? -2 : h;
}

static Result<int64_t> builtin_function_hash(Val self)
{
    auto* f = self.as<BuiltinFunctionObject>();
    return bound_native_hash(f->self, f->def);
}

static Result<Value> builtin_function_richcompare(Val self, Val other, CompareOp op)
{
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || other.type() != &g_builtin_function_type)
        return Value::borrow(not_implemented());
    auto* a = self.as<BuiltinFunctionObject>();
    auto* b = other.as<BuiltinFunctionObject>();
    bool equal = a->def == b->def && a->self.get().is(b->self);
    return bool_value(op == CompareOp::Eq ? equal : !equal);
}

static Result<int64_t> method_wrapper_hash(Val self)
{
    auto* w = self.as<MethodWrapperObject>();
    return bound_native_hash(w->self, w->wrapper.get().object());
}

static Result<Value> method_wrapper_richcompare(Val self, Val other, CompareOp op)
{
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || other.type() != &g_method_wrapper_type)
        return Value::borrow(not_implemented());
    auto* a = self.as<MethodWrapperObject>();
    auto* b = other.as<MethodWrapperObject>();
    bool equal = a->wrapper.get().is(b->wrapper) && a->self.get().is(b->self);
    return bool_value(op == CompareOp::Eq ? equal : !equal);
}

static Result<Value> method_getattr(Val self, StrObject* name)
{
    Value found = TRY(generic_getattr_maybe(self, name));
    if (found)
        return found;
    return get_attr(self.as<MethodObject>()->function, name);
}

// types.MethodType(function, instance)
static Result<Value> method_new_slot(TypeObject*, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("method", nargs, kwnames, 2, 2));
    if (!is_callable(args[0]))
        return raise(&g_exc_TypeError, "first argument must be callable");
    if (is_none(args[1]))
        return raise(&g_exc_TypeError, "instance must not be None");
    return method_new(args[0], args[1]);
}

static Result<Value> method_get_self(Val self) { return Value(self.as<MethodObject>()->self); }
static Result<Value> method_get_func(Val self) { return Value(self.as<MethodObject>()->function); }
// A bound method's __doc__ is its function's (the method type's own None would hide it).
static Result<Value> method_get_doc(Val self) { return get_attr(self.as<MethodObject>()->function, NAME_OF(__doc__)); }
static const GetSetDef s_method_getsets[] = {
    { "__self__", method_get_self, nullptr, nullptr },
    { "__func__", method_get_func, nullptr, nullptr },
    { "__doc__", method_get_doc, nullptr, nullptr },
    {},
};

// ---- cells ----

Ref<CellObject> cell_new(Value contents)
{
    auto* cell = static_cast<CellObject*>(alloc_object(&g_cell_type));
    new (&cell->contents) Value(std::move(contents));
    return Ref<CellObject>::adopt(cell);
}
// cell([contents]): types.CellType, empty without an argument.
static Result<Value> cell_new_slot(TypeObject*, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "cell() takes no keyword arguments");
    if (nargs > 1)
        return raise(&g_exc_TypeError, "cell expected at most 1 argument, got {}", int64_t(nargs));
    return Value(cell_new(nargs ? Value::borrow(args[0]) : Value()));
}

static Result<Value> cell_repr(Val self)
{
    char text[128];
    Val contents = self.as<CellObject>()->contents;
    if (!contents)
        snprintf(text, sizeof text, "<cell at %p: empty>", static_cast<void*>(self.object()));
    else
        snprintf(text, sizeof text, "<cell at %p: %.80s object at %p>", static_cast<void*>(self.object()),
                 std::string(contents.type()->type_name()).c_str(), contents.is_object() ? static_cast<void*>(contents.object()) : reinterpret_cast<void*>(contents.bits()));
    return Value(str_from_utf8(text));
}

static void cell_destroy(Object* object) { static_cast<CellObject*>(object)->~CellObject(); }
static void cell_traverse(Object* object, VisitFn visit, void* context)
{
    Val v = static_cast<CellObject*>(object)->contents;
    visit_val(v, visit, context);
}
static Result<Value> cell_get_contents(Val self)
{
    auto* cell = self.as<CellObject>();
    if (!cell->contents)
        return raise(&g_exc_ValueError, "Cell is empty");
    return Value(cell->contents);
}
static Result<void> cell_set_contents(Val self, Val value)
{
    self.as<CellObject>()->contents = value ? Value::borrow(value) : Value();
    return {};
}
static const GetSetDef s_cell_getsets[] = {
    { "cell_contents", cell_get_contents, cell_set_contents, nullptr },
    {},
};

// ---- native functions and methods ----

Value builtin_function_new(const MethodDef* def, Val self, Val module)
{
    auto* f = static_cast<BuiltinFunctionObject*>(alloc_object(&g_builtin_function_type));
    f->def = def;
    new (&f->self) Value(Value::borrow(self));
    new (&f->module) Value(Value::borrow(module));
    return Value::adopt(Val(f));
}

static void builtin_function_destroy(Object* object) { static_cast<BuiltinFunctionObject*>(object)->~BuiltinFunctionObject(); }
static void builtin_function_traverse(Object* object, VisitFn visit, void* context)
{
    auto* f = static_cast<BuiltinFunctionObject*>(object);
    visit_val(f->self.get(), visit, context);
}

static Result<Value> builtin_function_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* f = callable.as<BuiltinFunctionObject>();
    if (!f->self || f->def->flags & METHOD_STATIC)
        return f->def->function(args, nargs, kwnames);
    // Methods get self as args[0]; module functions get the module.
    size_t total = nargs + (kwnames ? size_t(kwnames->size) : 0);
    Val small[16];
    std::vector<Val> large;
    Val* buffer = small;
    if (total + 1 > 16) {
        large.resize(total + 1);
        buffer = large.data();
    }
    buffer[0] = f->self;
    std::copy(args, args + total, buffer + 1);
    return f->def->function(buffer, nargs + 1, kwnames);
}

static Result<Value> builtin_function_repr(Val self)
{
    auto* f = self.as<BuiltinFunctionObject>();
    if (!f->self || f->self.type() == &g_module_type)
        return Value(str_from_utf8(std::string("<built-in function ") + f->def->name + ">"));
    char address[32];
    snprintf(address, sizeof address, "%p", static_cast<void*>(f->self.object()));
    return Value(str_from_utf8(std::string("<built-in method ") + f->def->name + " of " + std::string(f->self.type()->type_name()) + " object at " + address + ">"));
}

static Result<Value> builtin_function_get_name(Val self) { return Value(str_intern(self.as<BuiltinFunctionObject>()->def->name)); }
// A static type's tp_name may carry its module ("collections.deque"): its qualname is the last part.
static std::string type_qualname(TypeObject* type)
{
    if (!type->qualname.empty())
        return type->qualname;
    std::string_view name = type->type_name();
    if (!type->has_flag(TYPE_HEAP)) {
        if (size_t dot = name.rfind('.'); dot != std::string_view::npos)
            name = name.substr(dot + 1);
    }
    return std::string(name);
}
// CPython: "type.name" for a method bound to an object (or to a class, for class methods), else the name.
static Result<Value> builtin_function_get_qualname(Val self)
{
    auto* f = self.as<BuiltinFunctionObject>();
    if (!f->self || f->self.type() == &g_module_type)
        return Value(str_intern(f->def->name));
    TypeObject* type = f->self.type()->has_flag(TYPE_TYPE_SUBCLASS) ? f->self.as<TypeObject>() : f->self.type();
    return Value(str_from_utf8(type_qualname(type) + "." + f->def->name));
}
static Result<Value> descriptor_get_qualname(Val self)
{
    auto* d = self.as<MethodDescriptorObject>();
    return Value(str_from_utf8(type_qualname(d->owner) + "." + d->def->name));
}
static Result<Value> builtin_function_get_self(Val self)
{
    // A module's functions are bound to the module (len.__self__ is builtins); a type's static methods to nothing.
    auto* f = self.as<BuiltinFunctionObject>();
    if (f->self && (!(f->def->flags & METHOD_STATIC) || f->self.type() == &g_module_type))
        return Value(f->self);
    return none_value();
}
SplitDoc split_doc(std::string_view name, const char* doc)
{
    if (!doc)
        return {};
    std::string_view text(doc);
    std::string_view prefix = name;
    size_t end = text.find(")\n--\n\n");
    if (!text.starts_with(prefix) || text.size() <= prefix.size() || text[prefix.size()] != '(' || end == std::string_view::npos)
        return { {}, text };
    return { text.substr(prefix.size(), end + 1 - prefix.size()), text.substr(end + 6) };
}
static Value doc_value(const char* name, const char* doc)
{
    SplitDoc split = split_doc(name, doc);
    if (!doc || (!split.signature.empty() && split.body.empty()))
        return none_value();
    return Value(str_from_utf8(split.body));
}
static Value text_signature_value(const char* name, const char* doc)
{
    SplitDoc split = split_doc(name, doc);
    return split.signature.empty() ? none_value() : Value(str_from_utf8(split.signature));
}

static Result<Value> builtin_function_get_doc(Val self)
{
    const MethodDef* def = self.as<BuiltinFunctionObject>()->def;
    return doc_value(def->name, def->doc);
}
static Result<Value> builtin_function_get_text_signature(Val self)
{
    const MethodDef* def = self.as<BuiltinFunctionObject>()->def;
    return text_signature_value(def->name, def->doc);
}
// The name of the module a module-level function belongs to (CPython's m_module), else None.
static Result<Value> builtin_function_get_module(Val self)
{
    auto* f = self.as<BuiltinFunctionObject>();
    if (!f->module)
        return none_value();
    Value name = TRY(get_attr_maybe(f->module, NAME_OF(__name__)));
    if (!name)
        return none_value();
    return name;
}
static const GetSetDef s_builtin_function_getsets[] = {
    { "__name__", builtin_function_get_name, nullptr, nullptr },
    { "__qualname__", builtin_function_get_qualname, nullptr, nullptr },
    { "__module__", builtin_function_get_module, nullptr, nullptr },
    { "__self__", builtin_function_get_self, nullptr, nullptr },
    { "__doc__", builtin_function_get_doc, nullptr, nullptr },
    { "__text_signature__", builtin_function_get_text_signature, nullptr, nullptr },
    {},
};

static Result<void> check_descriptor_self(MethodDescriptorObject* d, Val self)
{
    if (!is_instance(self, d->owner))
        return raise(&g_exc_TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", d->def->name, d->owner->type_name(), self.type()->type_name());
    return {};
}

static Result<Value> method_descriptor_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* d = callable.as<MethodDescriptorObject>();
    if (nargs < 1)
        return raise(&g_exc_TypeError, "unbound method {}.{}() needs an argument", d->owner->type_name(), d->def->name);
    TRY(check_descriptor_self(d, args[0]));
    return d->def->function(args, nargs, kwnames);
}

static Result<Value> method_descriptor_get(Val self, Val instance, TypeObject*)
{
    auto* d = self.as<MethodDescriptorObject>();
    if (!instance)
        return Value::borrow(self);
    TRY(check_descriptor_self(d, instance));
    return builtin_function_new(d->def, instance, Val());
}

static Result<Value> method_descriptor_repr(Val self)
{
    auto* d = self.as<MethodDescriptorObject>();
    return Value(str_from_utf8(std::string("<method '") + d->def->name + "' of '" + std::string(d->owner->type_name()) + "' objects>"));
}

static Result<Value> classmethod_descriptor_get(Val self, Val instance, TypeObject* owner)
{
    auto* d = self.as<MethodDescriptorObject>();
    if (!owner)
        owner = instance.type();
    return builtin_function_new(d->def, Val(owner), Val());
}

static Result<Value> classmethod_descriptor_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* d = callable.as<MethodDescriptorObject>();
    return d->def->function(args, nargs, kwnames);
}

static Result<Value> descriptor_get_name(Val self) { return Value(str_intern(self.as<MethodDescriptorObject>()->def->name)); }
static Result<Value> descriptor_get_doc(Val self)
{
    const MethodDef* def = self.as<MethodDescriptorObject>()->def;
    return doc_value(def->name, def->doc);
}
static Result<Value> descriptor_get_text_signature(Val self)
{
    const MethodDef* def = self.as<MethodDescriptorObject>()->def;
    return text_signature_value(def->name, def->doc);
}
static Result<Value> descriptor_get_objclass(Val self) { return Value::borrow(Val(self.as<MethodDescriptorObject>()->owner)); }
static const GetSetDef s_method_descriptor_getsets[] = {
    { "__name__", descriptor_get_name, nullptr, nullptr },
    { "__qualname__", descriptor_get_qualname, nullptr, nullptr },
    { "__doc__", descriptor_get_doc, nullptr, nullptr },
    { "__text_signature__", descriptor_get_text_signature, nullptr, nullptr },
    { "__objclass__", descriptor_get_objclass, nullptr, nullptr },
    {},
};

static Result<Value> getset_get(Val self, Val instance, TypeObject*)
{
    auto* d = self.as<GetSetDescriptorObject>();
    if (!instance)
        return Value::borrow(self);
    if (!is_instance(instance, d->owner))
        return raise(&g_exc_TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", d->def->name, d->owner->type_name(), instance.type()->type_name());
    return d->def->get(instance);
}

static Result<void> getset_set(Val self, Val instance, Val value)
{
    auto* d = self.as<GetSetDescriptorObject>();
    if (!d->def->set) {
        if (!value)
            return raise(&g_exc_AttributeError, "attribute '{}' of '{}' objects is not writable", d->def->name, d->owner->type_name());
        return raise(&g_exc_AttributeError, "attribute '{}' of '{}' objects is not writable", d->def->name, d->owner->type_name());
    }
    return d->def->set(instance, value);
}

static Result<Value> getset_repr(Val self)
{
    auto* d = self.as<GetSetDescriptorObject>();
    return Value(str_from_utf8(std::string("<attribute '") + d->def->name + "' of '" + std::string(d->owner->type_name()) + "' objects>"));
}

static Result<Value> getset_get_name(Val self) { return Value(str_from_utf8(self.as<GetSetDescriptorObject>()->def->name)); }
static Result<Value> getset_get_qualname(Val self)
{
    auto* d = self.as<GetSetDescriptorObject>();
    return Value(str_from_utf8(type_qualname(d->owner) + "." + d->def->name));
}
static Result<Value> getset_get_objclass(Val self) { return Value::borrow(Val(self.as<GetSetDescriptorObject>()->owner)); }
static Result<Value> getset_get_doc(Val self)
{
    const char* doc = self.as<GetSetDescriptorObject>()->def->doc;
    return doc ? Value(str_from_utf8(doc)) : none_value();
}
static const GetSetDef s_getset_descriptor_getsets[] = {
    { "__name__", getset_get_name, nullptr, nullptr },
    { "__qualname__", getset_get_qualname, nullptr, nullptr },
    { "__objclass__", getset_get_objclass, nullptr, nullptr },
    { "__doc__", getset_get_doc, nullptr, nullptr },
    {},
};

// ---- slot wrappers and their bound form ----

static Result<Value> slot_wrapper_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* w = callable.as<SlotWrapperObject>();
    if (nargs < 1)
        return raise(&g_exc_TypeError, "descriptor '{}' of '{}' object needs an argument", w->name, w->owner->type_name());
    if (!is_instance(args[0], w->owner))
        return raise(&g_exc_TypeError, "descriptor '{}' requires a '{}' object but received a '{}'", w->name, w->owner->type_name(), args[0].type()->type_name());
    if (kwnames && kwnames->size && w->wrapper != nullptr && w->name != NAME_OF(__init__) && w->name != NAME_OF(__call__))
        return raise(&g_exc_TypeError, "wrapper {}() takes no keyword arguments", w->name);
    return w->wrapper(args[0], args + 1, nargs - 1, kwnames, w->slot);
}

static Result<Value> slot_wrapper_get(Val self, Val instance, TypeObject*)
{
    if (!instance)
        return Value::borrow(self);
    auto* w = self.as<SlotWrapperObject>();
    if (!is_instance(instance, w->owner))
        return raise(&g_exc_TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", w->name, w->owner->type_name(), instance.type()->type_name());
    auto* bound = static_cast<MethodWrapperObject*>(alloc_object(&g_method_wrapper_type));
    new (&bound->self) Value(Value::borrow(instance));
    new (&bound->wrapper) Value(Value::borrow(self));
    return Value::adopt(Val(bound));
}

static Result<Value> slot_wrapper_repr(Val self)
{
    auto* w = self.as<SlotWrapperObject>();
    return Value(str_from_utf8("<slot wrapper '" + std::string(w->name->view()) + "' of '" + std::string(w->owner->type_name()) + "' objects>"));
}
static Result<Value> slot_wrapper_get_name(Val self) { return Value(Ref<StrObject>(self.as<SlotWrapperObject>()->name)); }
static Result<Value> slot_wrapper_get_objclass(Val self) { return Value::borrow(Val(self.as<SlotWrapperObject>()->owner)); }
static Result<Value> slot_wrapper_get_qualname(Val self)
{
    auto* w = self.as<SlotWrapperObject>();
    return Value(str_from_utf8(type_qualname(w->owner) + "." + std::string(w->name->view())));
}
// The signature inspect.signature() reads (CPython's slot table gives each dunder one).
static const char* slot_text_signature(std::string_view name)
{
    static const std::pair<std::string_view, const char*> signatures[] = {
        { "__init__", "($self, /, *args, **kwargs)" }, { "__call__", "($self, /, *args, **kwargs)" },
        { "__new__", "($type, *args, **kwargs)" }, { "__getattribute__", "($self, name, /)" },
        { "__getattr__", "($self, name, /)" }, { "__setattr__", "($self, name, value, /)" },
        { "__delattr__", "($self, name, /)" }, { "__get__", "($self, instance, owner=None, /)" },
        { "__set__", "($self, instance, value, /)" }, { "__delete__", "($self, instance, /)" },
        { "__setitem__", "($self, key, value, /)" }, { "__delitem__", "($self, key, /)" },
        { "__getitem__", "($self, key, /)" }, { "__contains__", "($self, key, /)" }, { "__pow__", "($self, value, mod=None, /)" },
        { "__rpow__", "($self, value, mod=None, /)" },
    };
    for (auto& [dunder, signature] : signatures) {
        if (dunder == name)
            return signature;
    }
    static const std::string_view unary[] = { "__repr__", "__str__", "__hash__", "__len__", "__iter__", "__next__", "__bool__",
                                              "__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__",
                                              "__await__", "__aiter__", "__anext__", "__del__" };
    for (std::string_view u : unary) {
        if (u == name)
            return "($self, /)";
    }
    return "($self, value, /)";  // the binary operators and comparisons
}
static Result<Value> slot_wrapper_get_text_signature(Val self)
{
    return Value(str_intern(slot_text_signature(self.as<SlotWrapperObject>()->name->view())));
}

// The docstring of a slot wrapper (what help() shows for list.__len__ or iter(x).__next__), as CPython's.
static Value slot_doc(std::string_view name)
{
    static const std::pair<std::string_view, std::string_view> docs[] = {
        { "__repr__", "Return repr(self)." }, { "__str__", "Return str(self)." }, { "__hash__", "Return hash(self)." },
        { "__len__", "Return len(self)." }, { "__iter__", "Implement iter(self)." }, { "__next__", "Implement next(self)." },
        { "__bool__", "True if self else False" }, { "__call__", "Call self as a function." },
        { "__getattribute__", "Return getattr(self, name)." }, { "__setattr__", "Implement setattr(self, name, value)." },
        { "__delattr__", "Implement delattr(self, name)." }, { "__getitem__", "Return self[key]." },
        { "__setitem__", "Set self[key] to value." }, { "__delitem__", "Delete self[key]." },
        { "__contains__", "Return bool(key in self)." }, { "__neg__", "-self" }, { "__pos__", "+self" },
        { "__abs__", "abs(self)" }, { "__invert__", "~self" }, { "__int__", "int(self)" }, { "__float__", "float(self)" },
        { "__index__", "Return self converted to an integer, if self is suitable for use as an index into a list." },
        { "__init__", "Initialize self.  See help(type(self)) for accurate signature." },
        { "__get__", "Return an attribute of instance, which is of type owner." },
        { "__set__", "Set an attribute of instance to value." }, { "__delete__", "Delete an attribute of instance." },
        { "__divmod__", "Return divmod(self, value)." }, { "__rdivmod__", "Return divmod(value, self)." },
        { "__pow__", "Return pow(self, value, mod)." }, { "__rpow__", "Return pow(value, self, mod)." },
        { "__iadd__", "Implement self+=value." }, { "__imul__", "Implement self*=value." },
        { "__await__", "Return an iterator to be used in await expression." },
        { "__aiter__", "Return an awaitable, that resolves in asynchronous iterator." },
        { "__anext__", "Return a value or raise StopAsyncIteration." },
    };
    for (auto& [dunder, doc] : docs) {
        if (dunder == name)
            return Value(str_from_utf8(doc));
    }
    // The operators: self+value, value+self (reflected), self+=value (in place), self==value.
    static const std::pair<std::string_view, std::string_view> operators[] = {
        { "add", "+" }, { "sub", "-" }, { "mul", "*" }, { "matmul", "@" }, { "truediv", "/" }, { "floordiv", "//" },
        { "mod", "%" }, { "lshift", "<<" }, { "rshift", ">>" }, { "and", "&" }, { "or", "|" }, { "xor", "^" },
        { "lt", "<" }, { "le", "<=" }, { "eq", "==" }, { "ne", "!=" }, { "gt", ">" }, { "ge", ">=" },
    };
    if (name.size() > 4 && name.starts_with("__") && name.ends_with("__")) {
        std::string_view core = name.substr(2, name.size() - 4);
        for (auto& [op, symbol] : operators) {
            if (core == op)
                return Value(str_from_utf8("Return self" + std::string(symbol) + "value."));
            if (core.size() == op.size() + 1 && core.substr(1) == op && core[0] == 'r')
                return Value(str_from_utf8("Return value" + std::string(symbol) + "self."));
            if (core.size() == op.size() + 1 && core.substr(1) == op && core[0] == 'i')
                return Value(str_from_utf8("Return self" + std::string(symbol) + "=value."));
        }
    }
    return none_value();
}
static Result<Value> slot_wrapper_get_doc(Val self) { return slot_doc(self.as<SlotWrapperObject>()->name->view()); }

static const GetSetDef s_slot_wrapper_getsets[] = {
    { "__text_signature__", slot_wrapper_get_text_signature, nullptr, nullptr },
    { "__doc__", slot_wrapper_get_doc, nullptr, nullptr },
    { "__name__", slot_wrapper_get_name, nullptr, nullptr },
    { "__qualname__", slot_wrapper_get_qualname, nullptr, nullptr },
    { "__objclass__", slot_wrapper_get_objclass, nullptr, nullptr },
    {},
};

static void method_wrapper_destroy(Object* object) { static_cast<MethodWrapperObject*>(object)->~MethodWrapperObject(); }
static Result<Value> method_wrapper_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* bound = callable.as<MethodWrapperObject>();
    auto* w = bound->wrapper.as<SlotWrapperObject>();
    if (kwnames && kwnames->size && w->name != NAME_OF(__init__) && w->name != NAME_OF(__call__))
        return raise(&g_exc_TypeError, "wrapper {}() takes no keyword arguments", w->name);
    return w->wrapper(bound->self, args, nargs, kwnames, w->slot);
}
static Result<Value> method_wrapper_repr(Val self)
{
    auto* bound = self.as<MethodWrapperObject>();
    auto* w = bound->wrapper.as<SlotWrapperObject>();
    char address[32];
    snprintf(address, sizeof address, "%p", static_cast<void*>(bound->self.object()));
    return Value(str_from_utf8("<method-wrapper '" + std::string(w->name->view()) + "' of " + std::string(bound->self.type()->type_name()) + " object at " + address + ">"));
}

// ---- staticmethod, classmethod, property ----

static void staticmethod_destroy(Object* object) { static_cast<StaticMethodObject*>(object)->~StaticMethodObject(); }
static void staticmethod_traverse(Object* object, VisitFn visit, void* context)
{
    auto* sm = static_cast<StaticMethodObject*>(object);
    visit_val(sm->callable.get(), visit, context);
    if (sm->dict)
        visit(sm->dict.get(), context);
}
static Result<Value> staticmethod_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    const char* name = is_subtype(type, &g_staticmethod_type) ? "staticmethod" : "classmethod";
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", name);
    if (nargs != 1)
        return raise(&g_exc_TypeError, "{} expected 1 argument, got {}", name, int64_t(nargs));
    auto* sm = static_cast<StaticMethodObject*>(alloc_object(type));
    new (&sm->callable) Value(Value::borrow(args[0]));
    new (&sm->dict) Ref<DictObject>();
    return Value::adopt(Val(sm));
}
// As CPython (functools_wraps in funcobject.c): the wrapper takes the wrapped callable's __module__, __name__,
// __qualname__, __doc__ and __annotations__ into its own __dict__.
static Result<void> staticmethod_init(Val self, const Val*, size_t, TupleObject*)
{
    auto* sm = self.as<StaticMethodObject>();
    for (const char* name : { "__module__", "__name__", "__qualname__", "__doc__", "__annotations__" }) {
        Value value = TRY(get_attr_maybe(sm->callable, str_intern(name)));
        if (!value)
            continue;
        if (!sm->dict)
            sm->dict = dict_new();
        dict_set_str(sm->dict.get(), str_intern(name), value.get());
    }
    return {};
}
static Result<Value> staticmethod_get(Val self, Val, TypeObject*) { return Value(self.as<StaticMethodObject>()->callable); }
static Result<Value> staticmethod_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    return call(callable.as<StaticMethodObject>()->callable, args, nargs, kwnames);
}
static Result<Value> classmethod_get(Val self, Val instance, TypeObject* owner)
{
    if (!owner)
        owner = instance.type();
    // As CPython 3.12: what the classmethod wraps is bound through its own __get__ (classmethod of a
    // classmethod, of a property, ...); a plain callable becomes a method of the class.
    Val callable = self.as<ClassMethodObject>()->callable;
    if (DescrGetFn get = callable.type()->descr_get)
        return get(callable, Val(owner), owner);
    return method_new(callable, Val(owner));
}
static Result<Value> staticmethod_get_func(Val self) { return Value(self.as<StaticMethodObject>()->callable); }
static Result<Value> staticmethod_get_dict(Val self)
{
    auto* sm = self.as<StaticMethodObject>();
    if (!sm->dict)
        sm->dict = dict_new();
    return Value(Ref<DictObject>(sm->dict));
}
static Result<Value> staticmethod_get_wrapped_attr(Val self, StrObject* name)
{
    Value found = TRY(generic_getattr_maybe(self, name));
    if (found)
        return found;
    return raise_attribute_error(self, name);
}
// __isabstractmethod__ of a wrapper (staticmethod, classmethod, property): whether what it wraps is abstract.
static Result<Value> abstract_flag_of(std::initializer_list<Val> wrapped)
{
    for (Val v : wrapped) {
        if (!v || is_none(v))
            continue;
        Value flag = TRY(get_attr_maybe(v, str_intern("__isabstractmethod__")));
        if (flag && TRY(is_truthy(flag)))
            return bool_value(true);
    }
    return bool_value(false);
}
static Result<Value> staticmethod_get_isabstract(Val self) { return abstract_flag_of({ self.as<StaticMethodObject>()->callable.get() }); }

static const GetSetDef s_staticmethod_getsets[] = {
    { "__func__", staticmethod_get_func, nullptr, nullptr },
    { "__isabstractmethod__", staticmethod_get_isabstract, nullptr, nullptr },
    { "__wrapped__", staticmethod_get_func, nullptr, nullptr },
    { "__dict__", staticmethod_get_dict, nullptr, nullptr },
    {},
};

static void property_destroy(Object* object) { static_cast<PropertyObject*>(object)->~PropertyObject(); }
static void property_traverse(Object* object, VisitFn visit, void* context)
{
    auto* p = static_cast<PropertyObject*>(object);
    for (Val v : { p->fget.get(), p->fset.get(), p->fdel.get(), p->doc.get(), p->name.get() }) {
        visit_val(v, visit, context);
    }
}
static Result<Value> property_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* p = static_cast<PropertyObject*>(alloc_object(type));
    new (&p->fget) Value();
    new (&p->fset) Value();
    new (&p->fdel) Value();
    new (&p->doc) Value();
    new (&p->name) Value();
    return Value::adopt(Val(p));
}
static Result<void> property_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[4];
    TRY(bind_args("property", args, nargs, kwnames, { "fget", "fset", "fdel", "doc" }, 0, out));
    auto* p = self.as<PropertyObject>();
    auto take = [](Val v) { return v && !is_none(v) ? Value::borrow(v) : Value(); };
    p->fget = take(out[0]);
    p->fset = take(out[1]);
    p->fdel = take(out[2]);
    p->doc = take(out[3]);
    if (!p->doc && p->fget) {
        Value doc = TRY(get_attr_maybe(p->fget, NAME_OF(__doc__)));
        if (doc && !is_none(doc))
            p->doc = std::move(doc);
    }
    return {};
}
static Result<Value> property_get(Val self, Val instance, TypeObject*)
{
    auto* p = self.as<PropertyObject>();
    if (!instance)
        return Value::borrow(self);
    if (!p->fget) {
        if (p->name)
            return raise(&g_exc_AttributeError, "property {!r} of {!r} object has no getter", p->name.get(), str_from_utf8(instance.type()->type_name()).get());
        return raise(&g_exc_AttributeError, "property of {!r} object has no getter", str_from_utf8(instance.type()->type_name()).get());
    }
    return call(p->fget, { instance });
}
static Result<void> property_set(Val self, Val instance, Val value)
{
    auto* p = self.as<PropertyObject>();
    Val function = value ? p->fset.get() : p->fdel.get();
    if (!function) {
        Ref<StrObject> tname = str_from_utf8(instance.type()->type_name());
        if (p->name)
            return raise(&g_exc_AttributeError, value ? "property {!r} of {!r} object has no setter" : "property {!r} of {!r} object has no deleter", p->name.get(), tname.get());
        return raise(&g_exc_AttributeError, value ? "property of {!r} object has no setter" : "property of {!r} object has no deleter", tname.get());
    }
    if (value)
        TRY(call(function, { instance, value }));
    else
        TRY(call(function, { instance }));
    return {};
}
static Result<Value> property_copy_with(Val self, int which, Val function)
{
    auto* p = self.as<PropertyObject>();
    Val fget = which == 0 ? function : p->fget.get();
    Val fset = which == 1 ? function : p->fset.get();
    Val fdel = which == 2 ? function : p->fdel.get();
    Val none_or = none();
    Val args[4] = { fget ? fget : none_or, fset ? fset : none_or, fdel ? fdel : none_or, p->doc ? p->doc.get() : none_or };
    Value copy = TRY(call(Val(self.type()), args, 4));
    if (copy.type() == &g_property_type || is_instance(copy, &g_property_type))
        copy.as<PropertyObject>()->name = p->name;
    return copy;
}
static Result<Value> property_getter(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getter", nargs - 1, kwnames, 1, 1));
    return property_copy_with(args[0], 0, args[1]);
}
static Result<Value> property_setter(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setter", nargs - 1, kwnames, 1, 1));
    return property_copy_with(args[0], 1, args[1]);
}
static Result<Value> property_deleter(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("deleter", nargs - 1, kwnames, 1, 1));
    return property_copy_with(args[0], 2, args[1]);
}
static Result<Value> property_set_name(const Val* args, size_t nargs, TupleObject*)
{
    if (nargs != 3)
        return raise(&g_exc_TypeError, "__set_name__() takes 2 positional arguments but {} were given", int64_t(nargs - 1));
    args[0].as<PropertyObject>()->name = Value::borrow(args[2]);
    return none_value();
}
static Result<Value> property_get_fget(Val self) { auto& v = self.as<PropertyObject>()->fget; return v ? Value(v) : none_value(); }
static Result<Value> property_get_fset(Val self) { auto& v = self.as<PropertyObject>()->fset; return v ? Value(v) : none_value(); }
static Result<Value> property_get_fdel(Val self) { auto& v = self.as<PropertyObject>()->fdel; return v ? Value(v) : none_value(); }
static Result<Value> property_get_doc(Val self) { auto& v = self.as<PropertyObject>()->doc; return v ? Value(v) : none_value(); }
static const MethodDef s_property_methods[] = {
    { "getter", property_getter, METHOD_INSTANCE, "Descriptor to obtain a copy of the property with a different getter." },
    { "setter", property_setter, METHOD_INSTANCE, "Descriptor to obtain a copy of the property with a different setter." },
    { "deleter", property_deleter, METHOD_INSTANCE, "Descriptor to obtain a copy of the property with a different deleter." },
    { "__set_name__", property_set_name, METHOD_INSTANCE, "Method to set name of a property." },
    {},
};
static Result<Value> property_get_isabstract(Val self)
{
    auto* p = self.as<PropertyObject>();
    return abstract_flag_of({ p->fget.get(), p->fset.get(), p->fdel.get() });
}

static const GetSetDef s_property_getsets[] = {
    { "fget", property_get_fget, nullptr, nullptr },
    { "__isabstractmethod__", property_get_isabstract, nullptr, nullptr },
    { "fset", property_get_fset, nullptr, nullptr },
    { "fdel", property_get_fdel, nullptr, nullptr },
    { "__doc__", property_get_doc, nullptr, nullptr },
    {},
};

namespace vm {
Result<Value> function_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames);  // vm/call.cpp
}

static void function_clear(Object* object)
{
    auto* f = static_cast<FunctionObject*>(object);
    f->defaults = nullptr;
    f->kwdefaults = nullptr;
    f->closure = nullptr;
    f->dict = nullptr;
    f->module = nullptr;
    f->doc = nullptr;
    f->annotations = nullptr;
    f->type_params = nullptr;
}
static void method_clear(Object* object)
{
    auto* m = static_cast<MethodObject*>(object);
    m->self = none_value();
}
static void cell_clear(Object* object) { static_cast<CellObject*>(object)->contents = nullptr; }
static void staticmethod_clear(Object* object)
{
    auto* sm = static_cast<StaticMethodObject*>(object);
    sm->callable = none_value();
    sm->dict = nullptr;
}
static void property_clear(Object* object)
{
    auto* p = static_cast<PropertyObject*>(object);
    p->fget = nullptr;
    p->fset = nullptr;
    p->fdel = nullptr;
    p->doc = nullptr;
}

// ---- pickling of the callable wrappers ----
// As CPython: a bound method, a method of an object, a method descriptor and a slot wrapper reduce to
// (getattr, (owner, name)); a builtin function of a module reduces to its name (pickle finds it again
// as a global of its module). Classmethod descriptors are left out: pickling dict.__dict__['fromkeys']
// fails with TypeError, as in CPython.

static Result<Value> reduce_as_getattr(Val owner, std::string_view name)
{
    Value getattr_function = TRY(get_attr(import_lookup_builtins(), str_intern("getattr")));
    Ref<TupleObject> arguments = tuple_new(2);
    arguments->items[0] = Value::borrow(owner);
    arguments->items[1] = Value(str_from_utf8(name));
    Ref<TupleObject> result = tuple_new(2);
    result->items[0] = std::move(getattr_function);
    result->items[1] = Value(std::move(arguments));
    return Value(std::move(result));
}

static Result<Value> method_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    auto* m = args[0].as<MethodObject>();
    Value name = TRY(get_attr(m->function.get(), str_intern("__name__")));
    if (!is_str(name))
        return raise(&g_exc_TypeError, "__name__ must be set to a string object");
    return reduce_as_getattr(m->self.get(), name.as<StrObject>()->view());
}

static Result<Value> builtin_function_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    auto* f = args[0].as<BuiltinFunctionObject>();
    if (!f->self || f->self.type() == &g_module_type)
        return Value(str_intern(f->def->name));
    return reduce_as_getattr(f->self.get(), f->def->name);
}

static Result<Value> method_descriptor_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    auto* d = args[0].as<MethodDescriptorObject>();
    return reduce_as_getattr(Val(d->owner), d->def->name);
}

static Result<Value> slot_wrapper_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    auto* w = args[0].as<SlotWrapperObject>();
    return reduce_as_getattr(Val(w->owner), w->name->view());
}

static Result<Value> method_wrapper_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    auto* bound = args[0].as<MethodWrapperObject>();
    return reduce_as_getattr(bound->self.get(), bound->wrapper.as<SlotWrapperObject>()->name->view());
}

static const MethodDef s_method_methods[] = { { "__reduce__", method_reduce, METHOD_INSTANCE, nullptr }, {} };
static const MethodDef s_builtin_function_methods[] = { { "__reduce__", builtin_function_reduce, METHOD_INSTANCE, nullptr }, {} };
static const MethodDef s_method_descriptor_methods[] = { { "__reduce__", method_descriptor_reduce, METHOD_INSTANCE, nullptr }, {} };
static const MethodDef s_slot_wrapper_methods[] = { { "__reduce__", slot_wrapper_reduce, METHOD_INSTANCE, nullptr }, {} };
static const MethodDef s_method_wrapper_methods[] = { { "__reduce__", method_wrapper_reduce, METHOD_INSTANCE, nullptr }, {} };
static Result<Value> method_wrapper_get_doc(Val self)
{
    return slot_doc(self.as<MethodWrapperObject>()->wrapper.as<SlotWrapperObject>()->name->view());
}
static Result<Value> method_wrapper_get_name(Val self)
{
    return Value(self.as<MethodWrapperObject>()->wrapper.as<SlotWrapperObject>()->name);
}
static Result<Value> method_wrapper_get_self(Val self) { return self.as<MethodWrapperObject>()->self; }
static Result<Value> method_wrapper_get_objclass(Val self)
{
    return Value::borrow(Val(self.as<MethodWrapperObject>()->wrapper.as<SlotWrapperObject>()->owner));
}
// As CPython's: the slot wrapper's own __qualname__ and __text_signature__.
static Result<Value> method_wrapper_get_qualname(Val self)
{
    return get_attr(self.as<MethodWrapperObject>()->wrapper.get(), str_intern("__qualname__"));
}
static Result<Value> method_wrapper_get_text_signature(Val self)
{
    return get_attr(self.as<MethodWrapperObject>()->wrapper.get(), str_intern("__text_signature__"));
}
static const GetSetDef s_method_wrapper_getsets[] = {
    { "__doc__", method_wrapper_get_doc, nullptr, nullptr },
    { "__name__", method_wrapper_get_name, nullptr, nullptr },
    { "__qualname__", method_wrapper_get_qualname, nullptr, nullptr },
    { "__objclass__", method_wrapper_get_objclass, nullptr, nullptr },
    { "__text_signature__", method_wrapper_get_text_signature, nullptr, nullptr },
    { "__self__", method_wrapper_get_self, nullptr, nullptr },
    {},
};


void init_function_types()
{
    type_init_static(g_function_type, "function", sizeof(FunctionObject), &g_object_type, TYPE_GC | TYPE_WEAKREFABLE);
    g_function_type.new_instance = function_new_slot;
    g_function_type.destroy = function_destroy;
    g_function_type.traverse = function_traverse;
    g_function_type.clear = function_clear;
    g_function_type.repr = function_repr;
    g_function_type.call = vm::function_call;
    g_function_type.descr_get = function_descr_get;
    g_function_type.getsets = s_function_getsets;
    g_function_type.dict_offset = offsetof(FunctionObject, dict);

    type_init_static(g_method_type, "method", sizeof(MethodObject), &g_object_type, TYPE_GC | TYPE_WEAKREFABLE);
    g_method_type.destroy = method_destroy;
    g_method_type.traverse = method_traverse;
    g_method_type.clear = method_clear;
    g_method_type.call = method_call;
    g_method_type.repr = method_repr;
    g_method_type.hash = method_hash;
    g_method_type.richcompare = method_richcompare;
    g_method_type.getattr = method_getattr;
    g_method_type.getsets = s_method_getsets;
    g_method_type.new_instance = method_new_slot;
    g_method_type.methods = s_method_methods;

    type_init_static(g_cell_type, "cell", sizeof(CellObject), &g_object_type, TYPE_GC);
    g_cell_type.new_instance = cell_new_slot;
    g_cell_type.destroy = cell_destroy;
    g_cell_type.traverse = cell_traverse;
    g_cell_type.clear = cell_clear;
    g_cell_type.getsets = s_cell_getsets;
    g_cell_type.repr = cell_repr;

    type_init_static(g_builtin_function_type, "builtin_function_or_method", sizeof(BuiltinFunctionObject), &g_object_type, TYPE_GC | TYPE_WEAKREFABLE);
    g_builtin_function_type.destroy = builtin_function_destroy;
    g_builtin_function_type.traverse = builtin_function_traverse;
    g_builtin_function_type.call = builtin_function_call;
    g_builtin_function_type.repr = builtin_function_repr;
    g_builtin_function_type.hash = builtin_function_hash;
    g_builtin_function_type.richcompare = builtin_function_richcompare;
    g_builtin_function_type.getsets = s_builtin_function_getsets;
    g_builtin_function_type.methods = s_builtin_function_methods;

    type_init_static(g_method_descriptor_type, "method_descriptor", sizeof(MethodDescriptorObject), &g_object_type, 0);
    g_method_descriptor_type.call = method_descriptor_call;
    g_method_descriptor_type.descr_get = method_descriptor_get;
    g_method_descriptor_type.repr = method_descriptor_repr;
    g_method_descriptor_type.getsets = s_method_descriptor_getsets;
    g_method_descriptor_type.methods = s_method_descriptor_methods;

    type_init_static(g_classmethod_descriptor_type, "classmethod_descriptor", sizeof(MethodDescriptorObject), &g_object_type, 0);
    g_classmethod_descriptor_type.call = classmethod_descriptor_call;
    g_classmethod_descriptor_type.descr_get = classmethod_descriptor_get;
    g_classmethod_descriptor_type.repr = method_descriptor_repr;
    g_classmethod_descriptor_type.getsets = s_method_descriptor_getsets;

    type_init_static(g_getset_descriptor_type, "getset_descriptor", sizeof(GetSetDescriptorObject), &g_object_type, 0);
    g_getset_descriptor_type.descr_get = getset_get;
    g_getset_descriptor_type.descr_set = getset_set;
    g_getset_descriptor_type.repr = getset_repr;
    g_getset_descriptor_type.getsets = s_getset_descriptor_getsets;

    type_init_static(g_slot_wrapper_type, "wrapper_descriptor", sizeof(SlotWrapperObject), &g_object_type, 0);
    g_slot_wrapper_type.call = slot_wrapper_call;
    g_slot_wrapper_type.descr_get = slot_wrapper_get;
    g_slot_wrapper_type.repr = slot_wrapper_repr;
    g_slot_wrapper_type.getsets = s_slot_wrapper_getsets;
    g_slot_wrapper_type.methods = s_slot_wrapper_methods;

    type_init_static(g_method_wrapper_type, "method-wrapper", sizeof(MethodWrapperObject), &g_object_type, 0);
    g_method_wrapper_type.destroy = method_wrapper_destroy;
    g_method_wrapper_type.call = method_wrapper_call;
    g_method_wrapper_type.repr = method_wrapper_repr;
    g_method_wrapper_type.hash = method_wrapper_hash;
    g_method_wrapper_type.richcompare = method_wrapper_richcompare;
    g_method_wrapper_type.methods = s_method_wrapper_methods;
    g_method_wrapper_type.getsets = s_method_wrapper_getsets;

    type_init_static(g_staticmethod_type, "staticmethod", sizeof(StaticMethodObject), &g_object_type, TYPE_GC | TYPE_BASETYPE);
    g_staticmethod_type.destroy = staticmethod_destroy;
    g_staticmethod_type.traverse = staticmethod_traverse;
    g_staticmethod_type.clear = staticmethod_clear;
    g_staticmethod_type.new_instance = staticmethod_new;
    g_staticmethod_type.init = staticmethod_init;
    g_staticmethod_type.descr_get = staticmethod_get;
    g_staticmethod_type.call = staticmethod_call;
    g_staticmethod_type.getattr = staticmethod_get_wrapped_attr;
    g_staticmethod_type.getsets = s_staticmethod_getsets;
    g_staticmethod_type.dict_offset = offsetof(StaticMethodObject, dict);

    type_init_static(g_classmethod_type, "classmethod", sizeof(ClassMethodObject), &g_object_type, TYPE_GC | TYPE_BASETYPE);
    g_classmethod_type.destroy = staticmethod_destroy;
    g_classmethod_type.traverse = staticmethod_traverse;
    g_classmethod_type.clear = staticmethod_clear;
    g_classmethod_type.new_instance = staticmethod_new;
    g_classmethod_type.init = staticmethod_init;
    g_classmethod_type.descr_get = classmethod_get;
    g_classmethod_type.getattr = staticmethod_get_wrapped_attr;
    g_classmethod_type.getsets = s_staticmethod_getsets;
    g_classmethod_type.dict_offset = offsetof(ClassMethodObject, dict);

    type_init_static(g_property_type, "property", sizeof(PropertyObject), &g_object_type, TYPE_GC | TYPE_BASETYPE);
    g_property_type.destroy = property_destroy;
    g_property_type.traverse = property_traverse;
    g_property_type.clear = property_clear;
    g_property_type.new_instance = property_new;
    g_property_type.init = property_init;
    g_property_type.descr_get = property_get;
    g_property_type.descr_set = property_set;
    g_property_type.methods = s_property_methods;
    g_property_type.getsets = s_property_getsets;
}

}  // namespace ginger
