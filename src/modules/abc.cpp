// _abc: the native core of lib/abc.py (CPython's Modules/_abc.c interface). Each ABC keeps an _abc_data in
// its _abc_impl attribute: the registry of virtual subclasses and the positive and negative caches of
// issubclass() answers, as sets of weak references. A global counter, bumped by every register(), makes
// all negative caches stale at once (get_cache_token() returns it).
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/container_util.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "objects/weakref.h"

namespace ginger {

Ref<ModuleObject> weakref_module_create();  // objects/weakref.cpp: readies the weakref types

namespace {

TypeObject g_abc_data_type;

int64_t s_abc_invalidation_counter = 0;

// Invariants: the sets are created with the object and hold weak references only.
struct AbcDataObject : Object {
    Ref<SetObject> registry;
    Ref<SetObject> cache;
    Ref<SetObject> negative_cache;
    int64_t negative_cache_version;
};

Result<Value> abc_data_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* data = static_cast<AbcDataObject*>(alloc_object(type));
    if (!data)
        return raise_memory_error();
    new (&data->registry) Ref<SetObject>(set_new());
    new (&data->cache) Ref<SetObject>(set_new());
    new (&data->negative_cache) Ref<SetObject>(set_new());
    data->negative_cache_version = s_abc_invalidation_counter;
    return Value::adopt(Val(data));
}

void abc_data_destroy(Object* object)
{
    auto* data = static_cast<AbcDataObject*>(object);
    data->registry.~Ref<SetObject>();
    data->cache.~Ref<SetObject>();
    data->negative_cache.~Ref<SetObject>();
}

void abc_data_traverse(Object* object, VisitFn visit, void* context)
{
    auto* data = static_cast<AbcDataObject*>(object);
    for (SetObject* set : { data->registry.get(), data->cache.get(), data->negative_cache.get() }) {
        if (set)
            visit(set, context);
    }
}

// The _abc_data of a class, from its _abc_impl attribute (the caller keeps `impl` alive while it uses it).
Result<AbcDataObject*> check_impl(const Value& impl)
{
    if (impl.type() != &g_abc_data_type)
        return raise(&g_exc_TypeError, "_abc_impl is set to a wrong type");
    return impl.as<AbcDataObject>();
}

// A weak reference to obj, or null (no error) when obj cannot be weakly referenced.
Result<Value> weak_ref_to(Val obj)
{
    auto ref = call(Val(&g_weakref_type), { obj });
    if (ref.is_error()) {
        if (error_matches(&g_exc_TypeError)) {
            clear_error();
            return Value();
        }
        return Error {};
    }
    return ref.release_value();
}

Result<bool> in_weak_set(SetObject* set, Val obj)
{
    if (set->used == 0)
        return false;
    Value ref = TRY(weak_ref_to(obj));
    if (!ref)
        return false;
    return set_contains(set, ref);
}

Result<void> add_to_weak_set(SetObject* set, Val obj)
{
    Value ref = TRY(weak_ref_to(obj));
    if (!ref)
        return raise(&g_exc_TypeError, "cannot create weak reference to '{}' object", obj.type()->type_name());
    return set_add(set, ref);
}

void clear_set(SetObject* set)
{
    auto result = call_method(Val(set), str_intern("clear"), {});
    if (result.is_error())
        clear_error();
}

Result<bool> is_abstract(Val value)
{
    Value flag = TRY(get_attr_maybe(value, str_intern("__isabstractmethod__")));
    if (!flag)
        return false;
    return is_truthy(flag);
}

// cls.__abstractmethods__ = the names in its namespace that are abstract, and those of its bases' abstract
// methods that are still abstract here (CPython's compute_abstract_methods).
Result<void> compute_abstract_methods(Val cls)
{
    Ref<SetObject> abstracts = set_new();
    Value ns = TRY(get_attr(cls, str_intern("__dict__")));
    Value items = TRY(call_method(ns, str_intern("items"), {}));
    Value iterator = TRY(get_iter(items));
    while (true) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            break;
        if (!is_tuple(item) || item.as<TupleObject>()->size != 2)
            return raise(&g_exc_TypeError, "items() returned item which is not a 2-tuple");
        if (TRY(is_abstract(item.as<TupleObject>()->items[1])))
            TRY(set_add(abstracts.get(), item.as<TupleObject>()->items[0]));
    }
    Value bases = TRY(get_attr(cls, str_intern("__bases__")));
    if (!is_tuple(bases))
        return raise(&g_exc_TypeError, "__bases__ is not tuple");
    Ref<TupleObject> base_tuple(bases.as<TupleObject>());
    for (int64_t i = 0; i < base_tuple->size; ++i) {
        Value base_abstracts = TRY(get_attr_maybe(base_tuple->items[i], str_intern("__abstractmethods__")));
        if (!base_abstracts)
            continue;
        Value names = TRY(get_iter(base_abstracts));
        while (true) {
            Value name = TRY(iter_next(names));
            if (!name)
                break;
            if (!is_str(name))
                return raise(&g_exc_TypeError, "attribute name must be string, not '{}'", name.type()->type_name());
            Value value = TRY(get_attr_maybe(cls, name.as<StrObject>()));
            if (value && TRY(is_abstract(value)))
                TRY(set_add(abstracts.get(), name));
        }
    }
    Value frozen = TRY(call(Val(&g_frozenset_type), { Val(abstracts.get()) }));
    return set_attr(cls, str_intern("__abstractmethods__"), frozen);
}

Result<Value> abc_init(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("_abc_init", nargs, kwnames));
    Val cls = args[0];
    TRY(compute_abstract_methods(cls));
    Value data = TRY(abc_data_new(&g_abc_data_type, nullptr, 0, nullptr));
    TRY(set_attr(cls, str_intern("_abc_impl"), data));
    if (is_instance(cls, &g_type_type)) {
        // collections.abc's Sequence and Mapping: __abc_tpflags__ sets what `match` accepts, then goes.
        auto* type = cls.as<TypeObject>();
        StrObject* name = str_intern("__abc_tpflags__");
        if (Val flags = dict_get_str(type->dict.get(), name)) {
            if (is_int(flags)) {
                Val call_args[2] = { cls, flags };
                TRY(ginger_collection_flags(call_args, 2));
            }
            TRY(dict_delete(type->dict.get(), Val(name)));
            type_modified(type);
        }
    }
    return none_value();
}

Result<Value> abc_register(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("_abc_register", kwnames));
    TRY(expect_arg_range("_abc_register", nargs, 2, 2));
    Val cls = args[0], subclass = args[1];
    if (!is_instance(subclass, &g_type_type))
        return raise(&g_exc_TypeError, "Can only register classes");
    if (TRY(issubclass(subclass, cls)))
        return Value::borrow(subclass);  // Already a subclass.
    if (TRY(issubclass(cls, subclass)))
        return raise(&g_exc_RuntimeError, "Refusing to create an inheritance cycle");
    Value impl_value = TRY(get_attr(cls, str_intern("_abc_impl")));
    AbcDataObject* impl = TRY(check_impl(impl_value));
    TRY(add_to_weak_set(impl->registry.get(), subclass));
    ++s_abc_invalidation_counter;
    if (is_instance(cls, &g_type_type)) {
        Value flags = TRY(ginger_collection_flags(&cls, 1));
        if (!(flags.get().is_small_int() && flags.get().small_int_value() == 0)) {
            Value registered = bool_value(true);
            Val call_args[3] = { subclass, flags, registered };
            TRY(ginger_collection_flags(call_args, 3));
        }
    }
    return Value::borrow(subclass);
}

Result<Value> abc_subclasscheck_impl(Val cls, Val subclass);

Result<Value> abc_instancecheck(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("_abc_instancecheck", kwnames));
    TRY(expect_arg_range("_abc_instancecheck", nargs, 2, 2));
    Val cls = args[0], instance = args[1];
    Value impl_value = TRY(get_attr(cls, str_intern("_abc_impl")));
    AbcDataObject* impl = TRY(check_impl(impl_value));
    Value subclass = TRY(get_attr(instance, str_intern("__class__")));
    // Inline cache check.
    if (TRY(in_weak_set(impl->cache.get(), subclass)))
        return bool_value(true);
    Val subtype = Val(instance.type());
    StrObject* check = str_intern("__subclasscheck__");
    if (subtype.is(subclass)) {
        if (impl->negative_cache_version == s_abc_invalidation_counter && TRY(in_weak_set(impl->negative_cache.get(), subclass)))
            return bool_value(false);
        // Fall back to the subclass check.
        return call_method(cls, check, { subclass });
    }
    Value result = TRY(call_method(cls, check, { subclass }));
    if (TRY(is_truthy(result)))
        return result;
    return call_method(cls, check, { subtype });
}

Result<Value> abc_subclasscheck(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(reject_keywords("_abc_subclasscheck", kwnames));
    TRY(expect_arg_range("_abc_subclasscheck", nargs, 2, 2));
    return abc_subclasscheck_impl(args[0], args[1]);
}

Result<Value> abc_subclasscheck_impl(Val cls, Val subclass)
{
    if (!is_instance(subclass, &g_type_type))
        return raise(&g_exc_TypeError, "issubclass() arg 1 must be a class");
    Value impl_value = TRY(get_attr(cls, str_intern("_abc_impl")));
    AbcDataObject* impl = TRY(check_impl(impl_value));
    Ref<SetObject> cache = impl->cache, negative = impl->negative_cache, registry = impl->registry;
    // 1. Check the cache.
    if (TRY(in_weak_set(cache.get(), subclass)))
        return bool_value(true);
    // 2. Check the negative cache; it may have to be invalidated.
    if (impl->negative_cache_version < s_abc_invalidation_counter) {
        clear_set(negative.get());
        impl->negative_cache_version = s_abc_invalidation_counter;
    } else if (TRY(in_weak_set(negative.get(), subclass))) {
        return bool_value(false);
    }
    // 3. The subclass hook.
    Value ok = TRY(call_method(cls, str_intern("__subclasshook__"), { subclass }));
    if (ok.get().is(Val(g_true))) {
        TRY(add_to_weak_set(cache.get(), subclass));
        return ok;
    }
    if (ok.get().is(Val(g_false))) {
        TRY(add_to_weak_set(negative.get(), subclass));
        return ok;
    }
    if (!ok.get().is(not_implemented()))
        return raise(&g_exc_AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
    // 4. A direct subclass.
    Value mro = TRY(get_attr(subclass, str_intern("__mro__")));
    if (is_tuple(mro)) {
        auto* items = mro.as<TupleObject>();
        for (int64_t i = 0; i < items->size; ++i) {
            if (items->items[i].get().is(cls)) {
                TRY(add_to_weak_set(cache.get(), subclass));
                return bool_value(true);
            }
        }
    }
    // 5. A subclass of a registered class (the registry may change while we look).
    std::vector<Value> registered;
    int64_t position = 0;
    Val ref;
    while (set_next(registry.get(), position, ref))
        registered.push_back(Value::borrow(ref));
    for (const Value& weak : registered) {
        Value target = TRY(call(weak, nullptr, 0));
        if (target.get().is(Val(&g_none)))
            continue;
        if (TRY(issubclass(subclass, target))) {
            TRY(add_to_weak_set(cache.get(), subclass));
            return bool_value(true);
        }
    }
    // 6. A subclass of a subclass (recursive).
    Value subclasses = TRY(call_method(cls, str_intern("__subclasses__"), {}));
    if (!is_list(subclasses))
        return raise(&g_exc_TypeError, "__subclasses__() must return a list");
    Ref<ListObject> list(subclasses.as<ListObject>());
    for (int64_t i = 0; i < list->size; ++i) {
        Value scls = Value::borrow(list->item(i));
        if (TRY(issubclass(subclass, scls))) {
            TRY(add_to_weak_set(cache.get(), subclass));
            return bool_value(true);
        }
    }
    // 7. No luck: remember it.
    TRY(add_to_weak_set(negative.get(), subclass));
    return bool_value(false);
}

Result<Value> abc_get_cache_token(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_no_args("get_cache_token", nargs, kwnames));
    return int_from_int64(s_abc_invalidation_counter);
}

Result<Value> abc_get_dump(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("_get_dump", nargs, kwnames));
    Value impl_value = TRY(get_attr(args[0], str_intern("_abc_impl")));
    AbcDataObject* impl = TRY(check_impl(impl_value));
    Value registry = TRY(call(Val(&g_set_type), { Val(impl->registry.get()) }));
    Value cache = TRY(call(Val(&g_set_type), { Val(impl->cache.get()) }));
    Value negative = TRY(call(Val(&g_set_type), { Val(impl->negative_cache.get()) }));
    Value version = int_from_int64(impl->negative_cache_version);
    return tuple_of({ registry, cache, negative, version });
}

Result<Value> abc_reset_registry(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("_reset_registry", nargs, kwnames));
    Value impl_value = TRY(get_attr(args[0], str_intern("_abc_impl")));
    AbcDataObject* impl = TRY(check_impl(impl_value));
    clear_set(impl->registry.get());
    return none_value();
}

Result<Value> abc_reset_caches(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg("_reset_caches", nargs, kwnames));
    Value impl_value = TRY(get_attr(args[0], str_intern("_abc_impl")));
    AbcDataObject* impl = TRY(check_impl(impl_value));
    clear_set(impl->cache.get());
    clear_set(impl->negative_cache.get());
    return none_value();
}

const MethodDef s_abc_functions[] = {
    { "get_cache_token", abc_get_cache_token, METHOD_STATIC, "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every call to register() on any ABC." },
    { "_abc_init", abc_init, METHOD_STATIC, "Internal ABC helper for class set-up. Should be never used outside abc module." },
    { "_reset_registry", abc_reset_registry, METHOD_STATIC, "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py" },
    { "_reset_caches", abc_reset_caches, METHOD_STATIC, "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py" },
    { "_get_dump", abc_get_dump, METHOD_STATIC, "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of registry, of both caches, and\nnegative cache version. Don't call this function directly,\ninstead use ABC._dump_registry() for a nice repr." },
    { "_abc_register", abc_register, METHOD_STATIC, "Internal ABC helper for subclasss registration. Should be never used outside abc module." },
    { "_abc_instancecheck", abc_instancecheck, METHOD_STATIC, "Internal ABC helper for instance checks. Should be never used outside abc module." },
    { "_abc_subclasscheck", abc_subclasscheck, METHOD_STATIC, "Internal ABC helper for subclasss checks. Should be never used outside abc module." },
    {},
};

}  // namespace

Ref<ModuleObject> abc_module_create()
{
    if (!g_abc_data_type.has_flag(TYPE_READY)) {
        weakref_module_create();  // the registry and caches hold weak references
        type_init_static(g_abc_data_type, "_abc._abc_data", sizeof(AbcDataObject), &g_object_type, TYPE_GC);
        g_abc_data_type.new_instance = abc_data_new;
        g_abc_data_type.destroy = abc_data_destroy;
        g_abc_data_type.traverse = abc_data_traverse;
        g_abc_data_type.doc = "Internal state held by ABC machinery.";
        type_ready(g_abc_data_type);
    }
    Ref<ModuleObject> module = module_new(str_intern("_abc"));
    module_add_functions(module.get(), s_abc_functions);
    module_set(module.get(), "__doc__", Val(str_intern("Module contains faster C implementation of abc.ABCMeta")));
    return module;
}

}  // namespace ginger
