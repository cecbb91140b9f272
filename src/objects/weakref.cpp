// weakref.ref (ReferenceType), weakref.proxy (ProxyType, CallableProxyType) and the _weakref module.
//
// Each weakly referenced object has a doubly linked list of its references in a side table (see weakref.h).
// The list keeps CPython's order: the shared plain ref (no callback, exact type) first, then the shared plain
// proxy, then the others newest first; callbacks run in list order when the object dies.
#include "objects/weakref.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"

#include <cstdio>
#include <new>
#include <string>
#include <unordered_map>

namespace ginger {

TypeObject g_weakref_type, g_weakproxy_type, g_weakcallableproxy_type;
size_t g_weakref_referents = 0;

namespace {

struct WeakRefObject : Object {
    Object* referent;      // borrowed; null once the object is dead
    Value callback;
    int64_t hash;          // -1 until computed (a ref keeps its hash after the object dies)
    WeakRefObject* prev;
    WeakRefObject* next;
};

std::unordered_map<Object*, WeakRefObject*>& lists()
{
    static auto* table = new std::unordered_map<Object*, WeakRefObject*>;
    return *table;
}

bool is_proxy(Val v) { return v.is_object() && (v.type() == &g_weakproxy_type || v.type() == &g_weakcallableproxy_type); }
bool is_plain(WeakRefObject* ref, TypeObject* type) { return ref->type == type && !ref->callback; }

void unlink(WeakRefObject* ref)
{
    auto& table = lists();
    auto it = table.find(ref->referent);
    if (ref->prev)
        ref->prev->next = ref->next;
    else if (ref->next)
        it->second = ref->next;
    else {
        table.erase(it);
        --g_weakref_referents;
    }
    if (ref->next)
        ref->next->prev = ref->prev;
    ref->prev = ref->next = nullptr;
    ref->referent = nullptr;
}

void link_after(WeakRefObject* ref, WeakRefObject* prev, WeakRefObject*& head)
{
    ref->prev = prev;
    ref->next = prev ? prev->next : head;
    if (ref->next)
        ref->next->prev = ref;
    if (prev)
        prev->next = ref;
    else
        head = ref;
}

void weakref_destroy(Object* object)
{
    auto* ref = static_cast<WeakRefObject*>(object);
    if (ref->referent)
        unlink(ref);
    ref->callback.~Value();
}

void weakref_traverse(Object* object, VisitFn visit, void* context)
{
    auto* ref = static_cast<WeakRefObject*>(object);
    visit_val(ref->callback.get(), visit, context);
}

void weakref_clear(Object* object)
{
    auto* ref = static_cast<WeakRefObject*>(object);
    if (ref->referent)
        unlink(ref);
    ref->callback = nullptr;
}

Result<void> check_weakrefable(Val object)
{
    if (!object.is_object() || !object.type()->has_flag(TYPE_WEAKREFABLE))
        return raise(&g_exc_TypeError, "cannot create weak reference to '{}' object", object.type()->type_name());
    return {};
}

// Finds or creates a reference of `type` to `object`. A plain ref or proxy (no callback, exact type) is
// shared, as CPython shares it.
Result<Value> new_reference(TypeObject* type, Val object, Val callback)
{
    TRY(check_weakrefable(object));
    if (callback && is_none(callback))
        callback = Val();
    auto& table = lists();
    auto it = table.find(object.object());
    WeakRefObject* head = it == table.end() ? nullptr : it->second;
    bool proxy = type == &g_weakproxy_type || type == &g_weakcallableproxy_type;
    WeakRefObject* plain_ref = head && is_plain(head, &g_weakref_type) ? head : nullptr;
    WeakRefObject* after_ref = plain_ref ? plain_ref->next : head;
    WeakRefObject* plain_proxy = after_ref && !after_ref->callback && is_proxy(Val(after_ref)) ? after_ref : nullptr;
    if (!callback) {
        if (type == &g_weakref_type && plain_ref)
            return Value::borrow(Val(plain_ref));
        if (proxy && plain_proxy)
            return Value::borrow(Val(plain_proxy));
    }
    auto* ref = static_cast<WeakRefObject*>(alloc_object(type));
    ref->referent = object.object();
    new (&ref->callback) Value(callback ? Value::borrow(callback) : Value());
    ref->hash = -1;
    ref->prev = ref->next = nullptr;
    if (!head)
        ++g_weakref_referents;
    WeakRefObject*& list_head = table[object.object()];
    if (!callback && type == &g_weakref_type)
        link_after(ref, nullptr, list_head);
    else if (!callback && proxy)
        link_after(ref, plain_ref, list_head);
    else
        link_after(ref, plain_proxy ? plain_proxy : plain_ref, list_head);
    return Value::adopt(Val(ref));
}

// Takes every reference to `object` off its list; they are dead from now on.
std::vector<WeakRefObject*> detach_all(Object* object)
{
    std::vector<WeakRefObject*> refs;
    auto& table = lists();
    auto it = table.find(object);
    if (it == table.end())
        return refs;
    for (WeakRefObject* ref = it->second; ref; ref = ref->next)
        refs.push_back(ref);
    table.erase(it);
    --g_weakref_referents;
    for (WeakRefObject* ref : refs) {
        ref->referent = nullptr;
        ref->prev = ref->next = nullptr;
    }
    return refs;
}

void run_callback(WeakRefObject* ref)
{
    Value callback = std::move(ref->callback);
    if (!callback)
        return;
    auto result = call(callback.get(), { Val(ref) });
    if (result.is_error()) {
        Value error = fetch_error();
        auto text = repr_utf8(callback.get());
        fprintf(stderr, "Exception ignored in: %s\n", text.is_error() ? "<callback>" : text.value().c_str());
        if (text.is_error())
            clear_error();
        print_exception(error.get());
    }
}

// ---- ReferenceType --------------------------------------------------------------------------------------

Result<Value> weakref_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "ref() takes no keyword arguments");
    if (nargs < 1)
        return raise(&g_exc_TypeError, "__new__ expected at least 1 argument, got 0");
    if (nargs > 2)
        return raise(&g_exc_TypeError, "__new__ expected at most 2 arguments, got {}", int64_t(nargs));
    return new_reference(type, args[0], nargs > 1 ? args[1] : Val());
}

// ref.__init__ accepts what __new__ accepted (subclasses such as weakref.KeyedRef call it with super()).
Result<void> weakref_init(Val, const Val*, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "ref() takes no keyword arguments");
    if (nargs > 2)
        return raise(&g_exc_TypeError, "__init__ expected at most 2 arguments, got {}", int64_t(nargs));
    return {};
}

Result<Value> weakref_call(Val self, const Val*, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "weakref() takes no keyword arguments");
    if (nargs)
        return raise(&g_exc_TypeError, "weakref expected 0 arguments, got {}", int64_t(nargs));
    Object* referent = self.as<WeakRefObject>()->referent;
    return referent ? Value::borrow(Val(referent)) : none_value();
}

Result<int64_t> weakref_hash(Val self)
{
    auto* ref = self.as<WeakRefObject>();
    if (ref->hash != -1)
        return ref->hash;
    if (!ref->referent)
        return raise(&g_exc_TypeError, "weak object has gone away");
    ref->hash = TRY(object_hash(Val(ref->referent)));
    return ref->hash;
}

Result<Value> weakref_richcompare(Val a, Val b, CompareOp op)
{
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_instance(b, &g_weakref_type))
        return Value::borrow(not_implemented());
    Object* x = a.as<WeakRefObject>()->referent;
    Object* y = b.as<WeakRefObject>()->referent;
    if (x && y) {
        // Keep both alive: the comparison may run Python code that drops the last other reference.
        Value hold_x = Value::borrow(Val(x)), hold_y = Value::borrow(Val(y));
        return rich_compare(hold_x.get(), hold_y.get(), op);
    }
    bool same = a.is(b);
    return bool_value(op == CompareOp::Eq ? same : !same);
}

std::string address(const void* p)
{
    char buffer[32];
    snprintf(buffer, sizeof buffer, "%p", p);
    return buffer;
}

Result<Value> referent_description(const char* kind, Val self)
{
    Object* referent = self.as<WeakRefObject>()->referent;
    std::string text = std::string("<") + kind + " at " + address(self.object());
    if (!referent)
        return Value(str_from_utf8(text + "; dead>"));
    Value hold = Value::borrow(Val(referent));
    text += "; to '" + std::string(referent->type->type_name()) + "' at " + address(referent);
    if (std::string_view(kind) == "weakref") {
        Value name = TRY(get_attr_maybe(hold.get(), NAME_OF(__name__)));
        if (name && is_str(name))
            text += " (" + std::string(name.as<StrObject>()->view()) + ")";
    }
    return Value(str_from_utf8(text + ">"));
}

Result<Value> weakref_repr(Val self) { return referent_description("weakref", self); }

Result<Value> weakref_get_callback(Val self)
{
    const Value& callback = self.as<WeakRefObject>()->callback;
    return callback ? Value::borrow(callback.get()) : none_value();
}

Result<Value> class_getitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__class_getitem__", nargs - 1, kwnames, 1, 1));
    return generic_alias_new(args[0], args[1]);
}

const GetSetDef s_weakref_getsets[] = {
    { "__callback__", weakref_get_callback, nullptr, nullptr },
    {},
};

const MethodDef s_weakref_methods[] = {
    { "__class_getitem__", class_getitem, METHOD_CLASS, "See PEP 585" },
    {},
};

// ---- ProxyType and CallableProxyType ---------------------------------------------------------------------

Result<Value> live_referent(Val proxy)
{
    Object* referent = proxy.as<WeakRefObject>()->referent;
    if (!referent)
        return raise(&g_exc_ReferenceError, "weakly-referenced object no longer exists");
    return Value::borrow(Val(referent));
}

// A proxy operand stands for its object; anything else for itself.
Result<Value> unwrap(Val v) { return is_proxy(v) ? live_referent(v) : Value::borrow(v); }

Result<Value> proxy_getattr(Val self, StrObject* name)
{
    Value object = TRY(live_referent(self));
    return get_attr(object.get(), name);
}

Result<void> proxy_setattr(Val self, StrObject* name, Val value)
{
    Value object = TRY(live_referent(self));
    return value ? set_attr(object.get(), name, value) : del_attr(object.get(), name);
}

Result<Value> proxy_repr(Val self) { return referent_description("weakproxy", self); }
Result<Value> proxy_str(Val self) { return object_str(TRY(live_referent(self)).get()); }
Result<int64_t> proxy_hash(Val self) { return raise(&g_exc_TypeError, "unhashable type: '{}'", self.type()->type_name()); }
Result<bool> proxy_bool(Val self) { return is_truthy(TRY(live_referent(self)).get()); }
Result<int64_t> proxy_len(Val self) { return object_len(TRY(live_referent(self)).get()); }
Result<Value> proxy_iter(Val self) { return get_iter(TRY(live_referent(self)).get()); }
Result<Value> proxy_iternext(Val self)
{
    Value object = TRY(live_referent(self));
    if (!object.type()->iternext)
        return raise(&g_exc_TypeError, "Weakref proxy referenced a non-iterator '{}' object", object.type()->type_name());
    return object.type()->iternext(object.get());
}
Result<Value> proxy_getitem(Val self, Val key) { return get_item(TRY(live_referent(self)).get(), key); }
Result<void> proxy_setitem(Val self, Val key, Val value)
{
    Value object = TRY(live_referent(self));
    return value ? set_item(object.get(), key, value) : del_item(object.get(), key);
}
Result<bool> proxy_contains(Val self, Val item) { return contains(TRY(live_referent(self)).get(), item); }
Result<Value> proxy_richcompare(Val a, Val b, CompareOp op)
{
    Value x = TRY(unwrap(a)), y = TRY(unwrap(b));
    return rich_compare(x.get(), y.get(), op);
}
Result<Value> proxy_call(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Value object = TRY(live_referent(self));
    return call(object.get(), args, nargs, kwnames);
}
Result<Value> proxy_negative(Val self) { return unary_negative(TRY(live_referent(self)).get()); }
Result<Value> proxy_positive(Val self) { return unary_positive(TRY(live_referent(self)).get()); }
Result<Value> proxy_invert(Val self) { return unary_invert(TRY(live_referent(self)).get()); }
Result<Value> proxy_absolute(Val self) { return number_absolute(TRY(live_referent(self)).get()); }
Result<Value> proxy_index(Val self) { return number_index(TRY(live_referent(self)).get()); }

template<int OP>
Result<Value> proxy_binary(Val a, Val b)
{
    Value x = TRY(unwrap(a)), y = TRY(unwrap(b));
    return binary_op(x.get(), y.get(), BinaryOp(OP));
}

// In place on a proxy: the operation applies to the object, and the result replaces the proxy in the
// variable (as CPython's proxy does).
template<int OP>
Result<Value> proxy_inplace(Val a, Val b)
{
    Value x = TRY(unwrap(a)), y = TRY(unwrap(b));
    return inplace_op(x.get(), y.get(), BinaryOp(OP));
}

template<int... OPS>
void fill_binary_slots(TypeObject& type, std::integer_sequence<int, OPS...>)
{
    ((type.binary[OPS] = proxy_binary<OPS>), ...);
    ((type.inplace[OPS] = proxy_inplace<OPS>), ...);
}

Result<Value> proxy_bytes(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__bytes__", nargs - 1, kwnames, 0, 0));
    Value object = TRY(live_referent(args[0]));
    return call_method(object.get(), str_intern("__bytes__"), {});
}

Result<Value> proxy_reversed(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reversed__", nargs - 1, kwnames, 0, 0));
    Value object = TRY(live_referent(args[0]));
    return call_method(object.get(), str_intern("__reversed__"), {});
}

const MethodDef s_proxy_methods[] = {
    { "__bytes__", proxy_bytes, METHOD_INSTANCE, nullptr },
    { "__reversed__", proxy_reversed, METHOD_INSTANCE, nullptr },
    {},
};

void init_proxy_type(TypeObject& type, const char* name)
{
    type_init_static(type, name, sizeof(WeakRefObject), &g_object_type, TYPE_GC);
    type.destroy = weakref_destroy;
    type.traverse = weakref_traverse;
    type.clear = weakref_clear;
    type.getattr = proxy_getattr;
    type.setattr = proxy_setattr;
    type.repr = proxy_repr;
    type.str = proxy_str;
    type.hash = proxy_hash;
    type.to_bool = proxy_bool;
    type.len = proxy_len;
    type.iter = proxy_iter;
    type.iternext = proxy_iternext;
    type.getitem = proxy_getitem;
    type.setitem = proxy_setitem;
    type.contains = proxy_contains;
    type.richcompare = proxy_richcompare;
    type.negative = proxy_negative;
    type.positive = proxy_positive;
    type.invert = proxy_invert;
    type.absolute = proxy_absolute;
    type.index = proxy_index;
    type.methods = s_proxy_methods;
    fill_binary_slots(type, std::make_integer_sequence<int, BINARY_OP_COUNT>());
}


// ---- the _weakref module ---------------------------------------------------------------------------------

Result<Value> module_getweakrefcount(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_weakref.getweakrefcount", nargs, kwnames, 1, 1));
    int64_t count = 0;
    if (args[0].is_object()) {
        auto it = lists().find(args[0].object());
        for (WeakRefObject* ref = it == lists().end() ? nullptr : it->second; ref; ref = ref->next)
            ++count;
    }
    return Value::borrow(Val::small_int(count));
}

Result<Value> module_getweakrefs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_weakref.getweakrefs", nargs, kwnames, 1, 1));
    Ref<ListObject> result = list_new();
    if (args[0].is_object()) {
        auto it = lists().find(args[0].object());
        for (WeakRefObject* ref = it == lists().end() ? nullptr : it->second; ref; ref = ref->next)
            list_append(result.get(), Value::borrow(Val(ref)));
    }
    return Value(std::move(result));
}

Result<Value> module_proxy(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("proxy", nargs, kwnames, 1, 2));
    TRY(check_weakrefable(args[0]));
    TypeObject* type = is_callable(args[0]) ? &g_weakcallableproxy_type : &g_weakproxy_type;
    return new_reference(type, args[0], nargs > 1 ? args[1] : Val());
}

// Deletes dict[key] if its value is a dead weak reference (WeakValueDictionary's cleanup).
Result<Value> module_remove_dead_weakref(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_remove_dead_weakref", nargs, kwnames, 2, 2));
    if (!is_dict(args[0]))
        return raise(&g_exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not {}", args[0].type()->type_name());
    auto* dict = args[0].as<DictObject>();
    Val value = TRY(dict_get(dict, args[1]));
    if (value && is_instance(value, &g_weakref_type) && !value.as<WeakRefObject>()->referent)
        TRY(dict_delete(dict, args[1]));
    return none_value();
}

const MethodDef s_module_functions[] = {
    { "getweakrefcount", module_getweakrefcount, METHOD_STATIC, "Return the number of weak references to 'object'." },
    { "getweakrefs", module_getweakrefs, METHOD_STATIC, "Return a list of all weak reference objects pointing to 'object'." },
    { "proxy", module_proxy, METHOD_STATIC, "Create a proxy object that weakly references 'object'." },
    { "_remove_dead_weakref", module_remove_dead_weakref, METHOD_STATIC, "Atomically remove key from dict if it points to a dead weakref." },
    {},
};

}  // namespace

void init_weakref_types()
{
    if (g_weakref_type.has_flag(TYPE_READY))
        return;
    type_init_static(g_weakref_type, "weakref.ReferenceType", sizeof(WeakRefObject), &g_object_type, TYPE_BASETYPE | TYPE_GC);
    g_weakref_type.destroy = weakref_destroy;
    g_weakref_type.traverse = weakref_traverse;
    g_weakref_type.clear = weakref_clear;
    g_weakref_type.new_instance = weakref_new;
    g_weakref_type.init = weakref_init;
    g_weakref_type.call = weakref_call;
    g_weakref_type.hash = weakref_hash;
    g_weakref_type.richcompare = weakref_richcompare;
    g_weakref_type.repr = weakref_repr;
    g_weakref_type.getsets = s_weakref_getsets;
    g_weakref_type.methods = s_weakref_methods;
    type_ready(g_weakref_type);
    init_proxy_type(g_weakproxy_type, "weakref.ProxyType");
    type_ready(g_weakproxy_type);
    init_proxy_type(g_weakcallableproxy_type, "weakref.CallableProxyType");
    g_weakcallableproxy_type.call = proxy_call;
    type_ready(g_weakcallableproxy_type);
}

void weakref_make_dead(Object* object) { weakref_clear(object); }

void weakref_clear_referent(Object* object)
{
    std::vector<WeakRefObject*> refs = detach_all(object);
    bool any_callback = false;
    for (WeakRefObject* ref : refs)
        any_callback |= bool(ref->callback);
    if (!any_callback)
        return;
    // A dealloc can happen while an exception propagates: keep it aside while the callbacks run.
    Value pending = error_occurred() ? fetch_error() : Value();
    for (WeakRefObject* ref : refs)
        incref(ref);
    for (WeakRefObject* ref : refs) {
        run_callback(ref);
        decref(ref);
    }
    if (pending)
        restore_error(std::move(pending));
}

void weakref_detach(Object* object, bool (*reachable)(Object*), std::vector<Object*>& with_callbacks)
{
    for (WeakRefObject* ref : detach_all(object)) {
        if (ref->callback && reachable(ref)) {
            incref(ref);
            with_callbacks.push_back(ref);
        }
    }
}

void weakref_run_callbacks(std::vector<Object*>& refs)
{
    for (Object* ref : refs) {
        run_callback(static_cast<WeakRefObject*>(ref));
        decref(ref);
    }
    refs.clear();
}

Object* weakref_first(Object* object)
{
    auto it = lists().find(object);
    return it == lists().end() ? nullptr : it->second;
}

Ref<ModuleObject> weakref_module_create()
{
    init_weakref_types();
    Ref<ModuleObject> module = module_new(str_intern("_weakref"));
    module_add_functions(module.get(), s_module_functions);
    module_set(module.get(), "ref", Val(&g_weakref_type));
    module_set(module.get(), "ReferenceType", Val(&g_weakref_type));
    module_set(module.get(), "ProxyType", Val(&g_weakproxy_type));
    module_set(module.get(), "CallableProxyType", Val(&g_weakcallableproxy_type));
    return module;
}

}  // namespace ginger
