// Module objects.
#include "objects/module.h"
#include "objects/args.h"
#include "objects/list.h"
#include "objects/function.h"
#include "objects/protocol.h"
#include "objects/runtime.h"

#include <new>

namespace ginger {

TypeObject g_module_type;
Result<Value> (*g_module_missing_attribute)(ModuleObject* module, StrObject* name) = nullptr;
Result<Value> (*g_module_repr_hook)(Val module) = nullptr;

Ref<ModuleObject> module_new(StrObject* name)
{
    auto* module = static_cast<ModuleObject*>(alloc_object(&g_module_type));
    new (&module->dict) Ref<DictObject>(dict_new());
    DictObject* dict = module->dict.get();
    dict_set_str(dict, NAME_OF(__name__), Val(name));
    dict_set_str(dict, NAME_OF(__doc__), none());
    dict_set_str(dict, NAME_OF(__package__), none());
    dict_set_str(dict, NAME_OF(__loader__), none());
    dict_set_str(dict, NAME_OF(__spec__), none());
    return Ref<ModuleObject>::adopt(module);
}

void module_add_functions(ModuleObject* module, const MethodDef* defs)
{
    for (const MethodDef* def = defs; def->name; ++def)
        dict_set_str(module->dict.get(), str_intern(def->name), builtin_function_new(def, Val(module), Val(module)));
}

static void module_destroy(Object* object) { static_cast<ModuleObject*>(object)->~ModuleObject(); }
static void module_traverse(Object* object, VisitFn visit, void* context)
{
    auto* module = static_cast<ModuleObject*>(object);
    if (module->dict)
        visit(module->dict.get(), context);
}

static void module_clear(Object* object)
{
    if (DictObject* dict = static_cast<ModuleObject*>(object)->dict.get())
        dict_clear(dict);
}

static Result<Value> module_new_slot(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* module = static_cast<ModuleObject*>(alloc_object(type));
    new (&module->dict) Ref<DictObject>(dict_new());
    return Value::adopt(Val(module));
}

static Result<void> module_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("module", args, nargs, kwnames, { "name", "doc" }, 1, out));
    if (!is_str(out[0]))
        return raise(&g_exc_TypeError, "module.__init__() argument 'name' must be str, not {}", out[0].type()->type_name());
    DictObject* dict = self.as<ModuleObject>()->dict.get();
    dict_set_str(dict, NAME_OF(__name__), out[0]);
    dict_set_str(dict, NAME_OF(__doc__), out[1] ? out[1] : none());
    dict_set_str(dict, NAME_OF(__package__), none());
    dict_set_str(dict, NAME_OF(__loader__), none());
    dict_set_str(dict, NAME_OF(__spec__), none());
    return {};
}

static Result<Value> module_getattr(Val self, StrObject* name)
{
    Value found = TRY(generic_getattr_maybe(self, name));
    if (found)
        return found;
    DictObject* dict = self.as<ModuleObject>()->dict.get();
    if (Val hook = dict_get_str(dict, NAME_OF(__getattr__)))
        return call(hook, { Val(name) });
    Val module_name = dict_get_str(dict, NAME_OF(__name__));
    if (module_name && is_str(module_name)) {
        // CPython 3.12 compat: a module still running its body says so.
        Val spec = dict_get_str(dict, NAME_OF(__spec__));
        if (spec && !is_none(spec)) {
            auto initializing = get_attr_maybe(spec, str_intern("_initializing"));
            bool partial = false;
            if (!initializing.is_error() && initializing.value()) {
                auto truth = is_truthy(initializing.value());
                partial = !truth.is_error() && truth.value();
            }
            if (initializing.is_error())
                clear_error();
            if (partial)
                return raise(&g_exc_AttributeError, "partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)",
                             module_name.as<StrObject>(), name);
        }
        if (g_module_missing_attribute) {
            Value made = TRY(g_module_missing_attribute(self.as<ModuleObject>(), name));
            if (made)
                return made;
        }
        return with_attribute_error_context(
            raise(&g_exc_AttributeError, "module '{}' has no attribute '{}'", module_name.as<StrObject>(), name), self, name);
    }
    return with_attribute_error_context(raise(&g_exc_AttributeError, "module has no attribute '{}'", name), self, name);
}

static Result<Value> module_repr(Val self)
{
    if (g_module_repr_hook) {
        Value text = TRY(g_module_repr_hook(self));
        if (text)
            return text;
    }
    DictObject* dict = self.as<ModuleObject>()->dict.get();
    Val name = dict_get_str(dict, NAME_OF(__name__));
    std::string text = "<module " + (name ? TRY(repr_utf8(name)) : std::string("'?'"));
    Val file = dict_get_str(dict, NAME_OF(__file__));
    if (file && is_str(file))
        text += " from " + TRY(repr_utf8(file)) + ">";
    else
        text += " (built-in)>";
    return Value(str_from_utf8(text));
}

static Result<Value> module_dir(const Val* args, size_t, TupleObject*)
{
    // CPython looks __dict__ up as an attribute, so a subclass can shadow it (and must keep it a dict).
    Value dict_value = TRY(get_attr(args[0], NAME_OF(__dict__)));
    if (!is_dict(dict_value))
        return raise(&g_exc_TypeError, "<module>.__dict__ is not a dictionary");
    DictObject* dict = dict_value.as<DictObject>();
    if (Val hook = dict_get_str(dict, str_intern("__dir__")))
        return call(hook, {});
    Value keys = TRY(call_method(Val(dict), NAME_OF(keys), {}));
    return list_from_iterable(keys);
}

static Result<Value> module_get_dict(Val self) { return Value(self.as<ModuleObject>()->dict); }
// A module's __annotations__ lives in its namespace, made empty on first use.
static Result<Value> module_get_annotations(Val self)
{
    DictObject* dict = self.as<ModuleObject>()->dict.get();
    if (Val annotations = dict_get_str(dict, NAME_OF(__annotations__)))
        return Value::borrow(annotations);
    Ref<DictObject> fresh = dict_new();
    dict_set_str(dict, NAME_OF(__annotations__), Val(fresh.get()));
    return Value(std::move(fresh));
}
static Result<void> module_set_annotations(Val self, Val value)
{
    DictObject* dict = self.as<ModuleObject>()->dict.get();
    if (value)
        dict_set_str(dict, NAME_OF(__annotations__), value);
    else if (!TRY(dict_delete(dict, Val(NAME_OF(__annotations__)))))
        return raise_with_args(&g_exc_AttributeError, { Val(NAME_OF(__annotations__)) });
    return {};
}
static const GetSetDef s_module_getsets[] = {
    { "__dict__", module_get_dict, nullptr, nullptr },
    { "__annotations__", module_get_annotations, module_set_annotations, nullptr },
    {},
};

static const MethodDef s_module_methods[] = {
    { "__dir__", module_dir, METHOD_INSTANCE, "Return the module's attributes." },
    {},
};

void init_module_type()
{
    type_init_static(g_module_type, "module", sizeof(ModuleObject), &g_object_type, TYPE_GC | TYPE_BASETYPE | TYPE_WEAKREFABLE);
    g_module_type.destroy = module_destroy;
    g_module_type.traverse = module_traverse;
    g_module_type.clear = module_clear;
    g_module_type.new_instance = module_new_slot;
    g_module_type.init = module_init;
    g_module_type.getattr = module_getattr;
    g_module_type.repr = module_repr;
    g_module_type.dict_offset = offsetof(ModuleObject, dict);
    g_module_type.methods = s_module_methods;
    g_module_type.getsets = s_module_getsets;
}

}  // namespace ginger
