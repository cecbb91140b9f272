// The type system: static type set-up, heap types from class statements, the MRO, attribute lookup
// with a global method cache, and the slot <-> dunder bridge in both directions.
#include "objects/type.h"
#include "objects/module.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/gc.h"
#include "objects/instance_dict.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "modules/codecs.h"
#include "vm/frame.h"
#include "vm/thread_state.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <new>
#include <unordered_map>

namespace ginger {

TypeObject::TypeObject() = default;
TypeObject::~TypeObject() = default;

TypeObject g_type_type;
TypeObject g_object_type;

void type_init_static(TypeObject& type, const char* name, size_t basic_size, TypeObject* base, uint32_t flags)
{
    new (&type) TypeObject();
    type.refcount = IMMORTAL_REFCOUNT;
    type.type = &g_type_type;
    type.name = name;
    type.basic_size = basic_size;
    type.base = base;
    type.flags = flags;
}

Result<TypeObject*> most_derived_metaclass(TypeObject* metatype, TupleObject* bases)
{
    TypeObject* winner = metatype;
    for (int64_t i = 0; i < bases->size; ++i) {
        TypeObject* t = bases->item(i).type();
        if (is_subtype(winner, t))
            continue;
        if (is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        return raise(&g_exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
    return winner;
}

bool is_subtype(TypeObject* type, TypeObject* base)
{
    if (type == base)
        return true;
    if (TupleObject* mro = type->mro.get()) {
        for (int64_t i = 0; i < mro->size; ++i) {
            if (mro->items[i].object() == base)
                return true;
        }
        return false;
    }
    for (TypeObject* t = type; t; t = t->base) {
        if (t == base)
            return true;
    }
    return false;
}

bool is_instance(Val v, TypeObject* type)
{
    return v.type() == type || is_subtype(v.type(), type);
}

// Version tags: inline caches and the method cache remember (version, name) -> result.
static uint32_t s_next_version = 1;

// A type has a version only if every type on its MRO has one: type_modified() stops at a type without a
// version, so a subclass holding one under a base without would keep a stale cache when the base changes.
uint32_t type_assign_version(TypeObject* type)
{
    if (type->version != 0 || s_next_version == 0 || type->has_flag(TYPE_CUSTOM_MRO))
        return type->version;
    if (TupleObject* mro = type->mro.get()) {
        for (int64_t i = 0; i < mro->size; ++i) {
            TypeObject* t = mro->items[i].as<TypeObject>();
            if (t != type && type_assign_version(t) == 0)
                return 0;
        }
    }
    type->version = s_next_version++;
    return type->version;
}

namespace {

struct MethodCacheEntry {
    uint32_t version;
    StrObject* name;
    Val value;
};
constexpr size_t METHOD_CACHE_SIZE = 4096;
MethodCacheEntry s_method_cache[METHOD_CACHE_SIZE];

size_t method_cache_index(uint32_t version, StrObject* name)
{
    return (version ^ (reinterpret_cast<uintptr_t>(name) >> 4)) & (METHOD_CACHE_SIZE - 1);
}

}  // namespace

void type_modified(TypeObject* type)
{
    if (type->version == 0)
        return;
    type->version = 0;
    for (TypeObject* sub : type->subclasses)
        type_modified(sub);
}

static Val type_lookup_uncached(TypeObject* type, StrObject* name)
{
    TupleObject* mro = type->mro.get();
    if (!mro)
        return type->dict ? dict_get_str(type->dict.get(), name) : Val();
    for (int64_t i = 0; i < mro->size; ++i) {
        TypeObject* t = mro->items[i].as<TypeObject>();
        if (Val v = dict_get_str(t->dict.get(), name))
            return v;
    }
    return Val();
}

Val type_lookup(TypeObject* type, StrObject* name)
{
    uint32_t version = type->version ? type->version : type_assign_version(type);
    if (version == 0 || !name->interned)
        return type_lookup_uncached(type, name);
    MethodCacheEntry& entry = s_method_cache[method_cache_index(version, name)];
    if (entry.version == version && entry.name == name)
        return entry.value;
    Val value = type_lookup_uncached(type, name);
    entry = { version, name, value };
    return value;
}

static std::unordered_map<Object*, Ref<DictObject>>& instance_dict_side_table()
{
    static auto* table = new std::unordered_map<Object*, Ref<DictObject>>();  // never destroyed
    return *table;
}

void instance_dict_side_table_erase(Object* object)
{
    auto& table = instance_dict_side_table();
    auto node = table.extract(object);  // the dict dies after the table is consistent again
}

Ref<DictObject>* instance_dict_slot(Val self)
{
    TypeObject* type = self.type();
    if (!type->dict_offset)
        return nullptr;
    if (type->dict_offset == DICT_OFFSET_SIDE_TABLE) [[unlikely]]
        return &instance_dict_side_table()[self.object()];  // element references survive rehashing
    return reinterpret_cast<Ref<DictObject>*>(reinterpret_cast<char*>(self.object()) + type->dict_offset);
}

static bool is_data_descriptor(Val v) { return v.type()->descr_set != nullptr; }

Result<Value> generic_getattr_maybe(Val self, StrObject* name)
{
    TypeObject* type = self.type();
    Val descriptor = type_lookup(type, name);
    DescrGetFn get = nullptr;
    if (descriptor) {
        get = descriptor.type()->descr_get;
        if (get && is_data_descriptor(descriptor))
            return get(descriptor, self, type);
    }
    if (type->dict_offset && self.is_object()) {
        if (DictObject* dict = instance_dict_slot(self)->get()) {
            if (Val v = dict_get_str(dict, name))
                return Value::borrow(v);
        }
    }
    if (get)
        return get(descriptor, self, type);
    if (descriptor)
        return Value::borrow(descriptor);
    return Value();
}

Result<Value> generic_getattr(Val self, StrObject* name)
{
    Value result = TRY(generic_getattr_maybe(self, name));
    if (!result)
        return raise_attribute_error(self, name);
    return result;
}

Result<void> generic_setattr(Val self, StrObject* name, Val value)
{
    TypeObject* type = self.type();
    Val descriptor = type_lookup(type, name);
    if (descriptor) {
        if (DescrSetFn set = descriptor.type()->descr_set)
            return set(descriptor, self, value);
    }
    if (!type->dict_offset || !self.is_object()) {
        if (descriptor)
            return raise(&g_exc_AttributeError, "'{}' object attribute '{}' is read-only", type->type_name(), name);
        return raise(&g_exc_AttributeError, "'{}' object has no attribute '{}'", type->type_name(), name);
    }
    Ref<DictObject>& dict = *instance_dict_slot(self);
    if (!value) {
        if (!dict || !TRY(dict_delete(dict.get(), Val(name))))
            return raise_attribute_error(self, name);
        return {};
    }
    if (!dict)
        dict = dict_new();
    dict_set_str(dict.get(), name, value);
    return {};
}

// ---- The slot table: which dunder feeds which slot. ----

namespace {

enum class SlotKind : uint8_t {
    Repr, Str, Hash, Call, Iter, IterNext, Len, Bool, GetItem, SetItem, DelItem, Contains, Init, New,
    Binary, RBinary, Inplace, Negative, Positive, Invert, Absolute, Int, Float, Index, Get, Set, Delete,
    Compare, GetAttribute, GetAttr, SetAttr, DelAttr,
};

struct SlotDef {
    const char* name;
    SlotKind kind;
    int op;  // BinaryOp or CompareOp
    StrObject* interned;
};

SlotDef s_slotdefs[] = {
    { "__repr__", SlotKind::Repr, 0, nullptr },
    { "__str__", SlotKind::Str, 0, nullptr },
    { "__hash__", SlotKind::Hash, 0, nullptr },
    { "__call__", SlotKind::Call, 0, nullptr },
    { "__iter__", SlotKind::Iter, 0, nullptr },
    { "__next__", SlotKind::IterNext, 0, nullptr },
    { "__len__", SlotKind::Len, 0, nullptr },
    { "__bool__", SlotKind::Bool, 0, nullptr },
    { "__getitem__", SlotKind::GetItem, 0, nullptr },
    { "__setitem__", SlotKind::SetItem, 0, nullptr },
    { "__delitem__", SlotKind::DelItem, 0, nullptr },
    { "__contains__", SlotKind::Contains, 0, nullptr },
    { "__init__", SlotKind::Init, 0, nullptr },
    { "__new__", SlotKind::New, 0, nullptr },
    { "__add__", SlotKind::Binary, int(BinaryOp::Add), nullptr },
    { "__radd__", SlotKind::RBinary, int(BinaryOp::Add), nullptr },
    { "__iadd__", SlotKind::Inplace, int(BinaryOp::Add), nullptr },
    { "__sub__", SlotKind::Binary, int(BinaryOp::Sub), nullptr },
    { "__rsub__", SlotKind::RBinary, int(BinaryOp::Sub), nullptr },
    { "__isub__", SlotKind::Inplace, int(BinaryOp::Sub), nullptr },
    { "__mul__", SlotKind::Binary, int(BinaryOp::Mul), nullptr },
    { "__rmul__", SlotKind::RBinary, int(BinaryOp::Mul), nullptr },
    { "__imul__", SlotKind::Inplace, int(BinaryOp::Mul), nullptr },
    { "__truediv__", SlotKind::Binary, int(BinaryOp::TrueDiv), nullptr },
    { "__rtruediv__", SlotKind::RBinary, int(BinaryOp::TrueDiv), nullptr },
    { "__itruediv__", SlotKind::Inplace, int(BinaryOp::TrueDiv), nullptr },
    { "__floordiv__", SlotKind::Binary, int(BinaryOp::FloorDiv), nullptr },
    { "__rfloordiv__", SlotKind::RBinary, int(BinaryOp::FloorDiv), nullptr },
    { "__ifloordiv__", SlotKind::Inplace, int(BinaryOp::FloorDiv), nullptr },
    { "__mod__", SlotKind::Binary, int(BinaryOp::Mod), nullptr },
    { "__rmod__", SlotKind::RBinary, int(BinaryOp::Mod), nullptr },
    { "__imod__", SlotKind::Inplace, int(BinaryOp::Mod), nullptr },
    { "__pow__", SlotKind::Binary, int(BinaryOp::Pow), nullptr },
    { "__rpow__", SlotKind::RBinary, int(BinaryOp::Pow), nullptr },
    { "__ipow__", SlotKind::Inplace, int(BinaryOp::Pow), nullptr },
    { "__lshift__", SlotKind::Binary, int(BinaryOp::LShift), nullptr },
    { "__rlshift__", SlotKind::RBinary, int(BinaryOp::LShift), nullptr },
    { "__ilshift__", SlotKind::Inplace, int(BinaryOp::LShift), nullptr },
    { "__rshift__", SlotKind::Binary, int(BinaryOp::RShift), nullptr },
    { "__rrshift__", SlotKind::RBinary, int(BinaryOp::RShift), nullptr },
    { "__irshift__", SlotKind::Inplace, int(BinaryOp::RShift), nullptr },
    { "__and__", SlotKind::Binary, int(BinaryOp::And), nullptr },
    { "__rand__", SlotKind::RBinary, int(BinaryOp::And), nullptr },
    { "__iand__", SlotKind::Inplace, int(BinaryOp::And), nullptr },
    { "__or__", SlotKind::Binary, int(BinaryOp::Or), nullptr },
    { "__ror__", SlotKind::RBinary, int(BinaryOp::Or), nullptr },
    { "__ior__", SlotKind::Inplace, int(BinaryOp::Or), nullptr },
    { "__xor__", SlotKind::Binary, int(BinaryOp::Xor), nullptr },
    { "__rxor__", SlotKind::RBinary, int(BinaryOp::Xor), nullptr },
    { "__ixor__", SlotKind::Inplace, int(BinaryOp::Xor), nullptr },
    { "__matmul__", SlotKind::Binary, int(BinaryOp::MatMul), nullptr },
    { "__rmatmul__", SlotKind::RBinary, int(BinaryOp::MatMul), nullptr },
    { "__imatmul__", SlotKind::Inplace, int(BinaryOp::MatMul), nullptr },
    { "__neg__", SlotKind::Negative, 0, nullptr },
    { "__pos__", SlotKind::Positive, 0, nullptr },
    { "__invert__", SlotKind::Invert, 0, nullptr },
    { "__abs__", SlotKind::Absolute, 0, nullptr },
    { "__int__", SlotKind::Int, 0, nullptr },
    { "__float__", SlotKind::Float, 0, nullptr },
    { "__index__", SlotKind::Index, 0, nullptr },
    { "__get__", SlotKind::Get, 0, nullptr },
    { "__set__", SlotKind::Set, 0, nullptr },
    { "__delete__", SlotKind::Delete, 0, nullptr },
    { "__lt__", SlotKind::Compare, int(CompareOp::Lt), nullptr },
    { "__le__", SlotKind::Compare, int(CompareOp::Le), nullptr },
    { "__eq__", SlotKind::Compare, int(CompareOp::Eq), nullptr },
    { "__ne__", SlotKind::Compare, int(CompareOp::Ne), nullptr },
    { "__gt__", SlotKind::Compare, int(CompareOp::Gt), nullptr },
    { "__ge__", SlotKind::Compare, int(CompareOp::Ge), nullptr },
    { "__getattribute__", SlotKind::GetAttribute, 0, nullptr },
    { "__getattr__", SlotKind::GetAttr, 0, nullptr },
    { "__setattr__", SlotKind::SetAttr, 0, nullptr },
    { "__delattr__", SlotKind::DelAttr, 0, nullptr },
};

const char* s_compare_names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
StrObject* s_compare_interned[6];
StrObject* s_binary_names[BINARY_OP_COUNT];
StrObject* s_rbinary_names[BINARY_OP_COUNT];
StrObject* s_inplace_names[BINARY_OP_COUNT];

void*& slot_address(TypeObject& type, const SlotDef& def)
{
    auto as_void = [](auto& field) -> void*& { return reinterpret_cast<void*&>(field); };
    switch (def.kind) {
    case SlotKind::Repr: return as_void(type.repr);
    case SlotKind::Str: return as_void(type.str);
    case SlotKind::Hash: return as_void(type.hash);
    case SlotKind::Call: return as_void(type.call);
    case SlotKind::Iter: return as_void(type.iter);
    case SlotKind::IterNext: return as_void(type.iternext);
    case SlotKind::Len: return as_void(type.len);
    case SlotKind::Bool: return as_void(type.to_bool);
    case SlotKind::GetItem: return as_void(type.getitem);
    case SlotKind::SetItem:
    case SlotKind::DelItem: return as_void(type.setitem);
    case SlotKind::Contains: return as_void(type.contains);
    case SlotKind::Init: return as_void(type.init);
    case SlotKind::New: return as_void(type.new_instance);
    case SlotKind::Binary:
    case SlotKind::RBinary: return as_void(type.binary[def.op]);
    case SlotKind::Inplace: return as_void(type.inplace[def.op]);
    case SlotKind::Negative: return as_void(type.negative);
    case SlotKind::Positive: return as_void(type.positive);
    case SlotKind::Invert: return as_void(type.invert);
    case SlotKind::Absolute: return as_void(type.absolute);
    case SlotKind::Int: return as_void(type.to_int);
    case SlotKind::Float: return as_void(type.to_float);
    case SlotKind::Index: return as_void(type.index);
    case SlotKind::Get: return as_void(type.descr_get);
    case SlotKind::Set:
    case SlotKind::Delete: return as_void(type.descr_set);
    case SlotKind::Compare: return as_void(type.richcompare);
    case SlotKind::GetAttribute:
    case SlotKind::GetAttr: return as_void(type.getattr);
    case SlotKind::SetAttr:
    case SlotKind::DelAttr: return as_void(type.setattr);
    }
    VERIFY_NOT_REACHED();
}

// ---- Wrappers: a native slot seen from Python (int.__add__, list.__len__, ...). ----

Result<void> expect_args(const char* name, size_t nargs, size_t expected)
{
    if (nargs != expected)
        return raise(&g_exc_TypeError, "expected {} argument{}, got {}", int64_t(expected), expected == 1 ? "" : "s", int64_t(nargs));
    return {};
}

Result<Value> wrap_unary(Val self, const Val*, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 0));
    return reinterpret_cast<UnaryFn>(slot)(self);
}
Result<Value> wrap_hash(Val self, const Val*, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 0));
    return int_from_int64(TRY(reinterpret_cast<HashFn>(slot)(self)));
}
Result<Value> wrap_len(Val self, const Val*, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 0));
    return int_from_int64(TRY(reinterpret_cast<LenFn>(slot)(self)));
}
Result<Value> wrap_bool(Val self, const Val*, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 0));
    return bool_value(TRY(reinterpret_cast<BoolFn>(slot)(self)));
}
Result<Value> wrap_next(Val self, const Val*, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 0));
    Value v = TRY(reinterpret_cast<IterNextFn>(slot)(self));
    if (!v)
        return raise_stop_iteration(Val());
    return v;
}
Result<Value> wrap_binary(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 1));
    return reinterpret_cast<BinaryFn>(slot)(self, args[0]);
}
Result<Value> wrap_rbinary(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 1));
    return reinterpret_cast<BinaryFn>(slot)(args[0], self);
}
Result<Value> wrap_setitem(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 2));
    TRY(reinterpret_cast<SetItemFn>(slot)(self, args[0], args[1]));
    return none_value();
}
Result<Value> wrap_delitem(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 1));
    TRY(reinterpret_cast<SetItemFn>(slot)(self, args[0], Val()));
    return none_value();
}
Result<Value> wrap_contains(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 1));
    return bool_value(TRY(reinterpret_cast<ContainsFn>(slot)(self, args[0])));
}
Result<Value> wrap_call(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    return reinterpret_cast<CallFn>(slot)(self, args, nargs, kwnames);
}
Result<Value> wrap_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(reinterpret_cast<InitFn>(slot)(self, args, nargs, kwnames));
    return none_value();
}
Result<Value> wrap_getattr(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 1));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "attribute name must be string, not '{}'", args[0].type()->type_name());
    return reinterpret_cast<GetAttrFn>(slot)(self, args[0].as<StrObject>());
}
Result<Value> wrap_setattr(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 2));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "attribute name must be string, not '{}'", args[0].type()->type_name());
    TRY(reinterpret_cast<SetAttrFn>(slot)(self, args[0].as<StrObject>(), args[1]));
    return none_value();
}
Result<Value> wrap_delattr(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 1));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "attribute name must be string, not '{}'", args[0].type()->type_name());
    TRY(reinterpret_cast<SetAttrFn>(slot)(self, args[0].as<StrObject>(), Val()));
    return none_value();
}
Result<Value> wrap_descr_get(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    if (nargs < 1 || nargs > 2)
        return raise(&g_exc_TypeError, "expected 1 or 2 arguments, got {}", int64_t(nargs));
    Val instance = is_none(args[0]) ? Val() : args[0];
    TypeObject* owner = nargs > 1 && !is_none(args[1]) ? args[1].as<TypeObject>() : nullptr;
    return reinterpret_cast<DescrGetFn>(slot)(self, instance, owner ? owner : instance.type());
}
Result<Value> wrap_descr_set(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 2));
    TRY(reinterpret_cast<DescrSetFn>(slot)(self, args[0], args[1]));
    return none_value();
}
Result<Value> wrap_descr_delete(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 1));
    TRY(reinterpret_cast<DescrSetFn>(slot)(self, args[0], Val()));
    return none_value();
}
template<CompareOp op>
Result<Value> wrap_compare(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot)
{
    TRY(expect_args("", nargs, 1));
    return reinterpret_cast<RichCompareFn>(slot)(self, args[0], op);
}

WrapperFn wrapper_for(const SlotDef& def)
{
    switch (def.kind) {
    case SlotKind::Repr:
    case SlotKind::Str:
    case SlotKind::Iter:
    case SlotKind::Negative:
    case SlotKind::Positive:
    case SlotKind::Invert:
    case SlotKind::Absolute:
    case SlotKind::Int:
    case SlotKind::Float:
    case SlotKind::Index: return wrap_unary;
    case SlotKind::Hash: return wrap_hash;
    case SlotKind::Call: return wrap_call;
    case SlotKind::IterNext: return wrap_next;
    case SlotKind::Len: return wrap_len;
    case SlotKind::Bool: return wrap_bool;
    case SlotKind::GetItem:
    case SlotKind::Binary:
    case SlotKind::Inplace: return wrap_binary;
    case SlotKind::RBinary: return wrap_rbinary;
    case SlotKind::SetItem: return wrap_setitem;
    case SlotKind::DelItem: return wrap_delitem;
    case SlotKind::Contains: return wrap_contains;
    case SlotKind::Init: return wrap_init;
    case SlotKind::New: return nullptr;
    case SlotKind::Get: return wrap_descr_get;
    case SlotKind::Set: return wrap_descr_set;
    case SlotKind::Delete: return wrap_descr_delete;
    case SlotKind::GetAttribute: return wrap_getattr;
    case SlotKind::GetAttr: return nullptr;
    case SlotKind::SetAttr: return wrap_setattr;
    case SlotKind::DelAttr: return wrap_delattr;
    case SlotKind::Compare:
        switch (CompareOp(def.op)) {
        case CompareOp::Lt: return wrap_compare<CompareOp::Lt>;
        case CompareOp::Le: return wrap_compare<CompareOp::Le>;
        case CompareOp::Eq: return wrap_compare<CompareOp::Eq>;
        case CompareOp::Ne: return wrap_compare<CompareOp::Ne>;
        case CompareOp::Gt: return wrap_compare<CompareOp::Gt>;
        case CompareOp::Ge: return wrap_compare<CompareOp::Ge>;
        }
    }
    return nullptr;
}

// ---- Dispatchers: a dunder defined in Python seen from the slots. ----

// Dunders that are not functions (an instance with __call__ as __call__, a callable object as __repr__, ...) can
// recurse without ever entering the eval loop, whose depth check would stop it: these dispatchers count the
// native depth themselves (CPython's Py_EnterRecursiveCall in its slot functions).

// Looks a special method up on the type of self and calls it bound to self.
Result<Value> call_dunder(Val self, StrObject* name, std::initializer_list<Val> args)
{
    NativeDepthGuard depth;
    if (depth.too_deep())
        return raise(&g_exc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
    Value result = TRY(call_special(self, name, args));
    if (!result)
        return raise_attribute_error(self, name);
    return result;
}

Result<Value> slot_repr(Val self) { return call_dunder(self, NAME_OF(__repr__), {}); }
Result<Value> slot_str(Val self) { return call_dunder(self, NAME_OF(__str__), {}); }
Result<int64_t> slot_hash(Val self)
{
    Value result = TRY(call_dunder(self, NAME_OF(__hash__), {}));
    if (!is_int(result))
        return raise(&g_exc_TypeError, "__hash__ method should return an integer");
    int64_t h;
    if (!int_to_int64(result, h))
        h = int_hash(result);
    return h == -1 ? -2 : h;
}
Result<int64_t> hash_not_implemented(Val self)
{
    return raise(&g_exc_TypeError, "unhashable type: '{}'", self.type()->type_name());
}
Result<Value> slot_call(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    NativeDepthGuard depth;
    if (depth.too_deep())
        return raise(&g_exc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
    Val function = type_lookup(self.type(), NAME_OF(__call__));
    if (!function)
        return raise(&g_exc_TypeError, "'{}' object is not callable", self.type()->type_name());
    Value bound = TRY(function.type()->descr_get ? function.type()->descr_get(function, self, self.type()) : Result<Value>(Value::borrow(function)));
    return call(bound, args, nargs, kwnames);
}
Result<Value> slot_iter(Val self)
{
    Val function = type_lookup(self.type(), NAME_OF(__iter__));
    if (is_none(function))
        return raise(&g_exc_TypeError, "'{}' object is not iterable", self.type()->type_name());
    return call_dunder(self, NAME_OF(__iter__), {});
}
Result<Value> slot_iternext(Val self)
{
    // A class whose __next__ was deleted is no iterator any more (CPython's _PyObject_NextNotImplemented).
    if (!type_lookup(self.type(), NAME_OF(__next__)))
        return raise(&g_exc_TypeError, "'{}' object is not iterable", self.type()->type_name());
    auto result = call_dunder(self, NAME_OF(__next__), {});
    if (result.is_error()) {
        if (error_matches(&g_exc_StopIteration)) {
            clear_error();
            return Value();
        }
        return Error {};
    }
    return result.release_value();
}
Result<int64_t> slot_len(Val self)
{
    Value result = TRY(call_dunder(self, NAME_OF(__len__), {}));
    if (!is_int(result))
        result = TRY(number_index(result));  // TypeError "... cannot be interpreted as an integer"
    // The sign is checked first, so a hugely negative length is a ValueError, as in CPython.
    if (int_sign(result) < 0)
        return raise(&g_exc_ValueError, "__len__() should return >= 0");
    int64_t n;
    if (!int_to_int64(result, n))
        return raise(&g_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return n;
}
Result<bool> slot_bool(Val self)
{
    Val function = type_lookup(self.type(), NAME_OF(__bool__));
    if (!function) {
        if (type_lookup(self.type(), NAME_OF(__len__)))
            return TRY(slot_len(self)) != 0;
        return true;
    }
    Value result = TRY(call_dunder(self, NAME_OF(__bool__), {}));
    if (!result.type()->has_flag(TYPE_INT_SUBCLASS) || result.type() != &g_bool_type)
        return raise(&g_exc_TypeError, "__bool__ should return bool, returned {}", result.type()->type_name());
    return is_true(result);
}
Result<Value> slot_getitem(Val self, Val key) { return call_dunder(self, NAME_OF(__getitem__), { key }); }
Result<void> slot_setitem(Val self, Val key, Val value)
{
    if (value)
        TRY(call_dunder(self, NAME_OF(__setitem__), { key, value }));
    else
        TRY(call_dunder(self, NAME_OF(__delitem__), { key }));
    return {};
}
Result<bool> slot_contains(Val self, Val item)
{
    Val function = type_lookup(self.type(), NAME_OF(__contains__));
    if (!function) {
        // Fall back to iteration, as the `in` operator does.
        Value iterator = TRY(get_iter(self));
        while (true) {
            Value v = TRY(iter_next(iterator));
            if (!v)
                return false;
            if (TRY(rich_compare_bool(v, item, CompareOp::Eq)))
                return true;
        }
    }
    Value result = TRY(call_dunder(self, NAME_OF(__contains__), { item }));
    return is_truthy(result);
}
Result<void> slot_init(Val self, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val function = type_lookup(self.type(), NAME_OF(__init__));
    Value result;
    if (function.type() == &g_function_type) {
        // The common case, a Python __init__: call it with self in front, no bound method.
        result = TRY(call_with_self(function, self, args, nargs, kwnames));
    } else {
        Value bound = TRY(function.type()->descr_get ? function.type()->descr_get(function, self, self.type()) : Result<Value>(Value::borrow(function)));
        result = TRY(call(bound, args, nargs, kwnames));
    }
    if (!is_none(result))
        return raise(&g_exc_TypeError, "__init__() should return None, not '{}'", result.type()->type_name());
    return {};
}
Result<Value> slot_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val function = type_lookup(type, NAME_OF(__new__));
    if (function.type() == &g_staticmethod_type)
        function = function.as<StaticMethodObject>()->callable;
    else if (DescrGetFn get = function.type()->descr_get) {
        // Any other descriptor (a classmethod, say) is bound as type.__new__ would be, as CPython's slot_tp_new.
        Value bound = TRY(get(function, Val(), type));
        return call_with_self(bound.get(), Val(type), args, nargs, kwnames);
    }
    return call_with_self(function, Val(type), args, nargs, kwnames);
}

bool overrides(TypeObject* type, StrObject* name)
{
    Val found = type_lookup(type, name);
    return found && found.type() != &g_slot_wrapper_type;
}

// Python-level binary operators: CPython's SLOT1BINFULL logic. The same slot serves a + b and b + a.
template<int op>
Result<Value> slot_binary(Val self, Val other)
{
    StrObject* name = s_binary_names[op];
    StrObject* rname = s_rbinary_names[op];
    TypeObject* self_type = self.type();
    TypeObject* other_type = other.type();
    bool do_other = self_type != other_type && other_type->binary[op] == &slot_binary<op> && type_lookup(other_type, rname);
    if (self_type->binary[op] == &slot_binary<op>) {
        if (do_other && is_subtype(other_type, self_type) && overrides(other_type, rname)) {
            Value r = TRY(call_special(other, rname, { self }));
            if (r && !is_not_implemented(r))
                return r;
            do_other = false;
        }
        if (type_lookup(self_type, name)) {
            Value r = TRY(call_special(self, name, { other }));
            if (!r)
                r = Value::borrow(not_implemented());
            if (!is_not_implemented(r) || other_type == self_type)
                return r;
        }
    }
    if (do_other || (other_type->binary[op] == &slot_binary<op> && self_type != other_type && type_lookup(other_type, rname))) {
        Value r = TRY(call_special(other, rname, { self }));
        if (r)
            return r;
    }
    return Value::borrow(not_implemented());
}
template<int op>
Result<Value> slot_inplace(Val self, Val other)
{
    Value r = TRY(call_special(self, s_inplace_names[op], { other }));
    if (!r)
        return Value::borrow(not_implemented());
    return r;
}

template<int... ops>
constexpr std::array<BinaryFn, sizeof...(ops)> make_binary_slots(std::integer_sequence<int, ops...>) { return { &slot_binary<ops>... }; }
template<int... ops>
constexpr std::array<BinaryFn, sizeof...(ops)> make_inplace_slots(std::integer_sequence<int, ops...>) { return { &slot_inplace<ops>... }; }
constexpr auto s_binary_slots = make_binary_slots(std::make_integer_sequence<int, BINARY_OP_COUNT>());
constexpr auto s_inplace_slots = make_inplace_slots(std::make_integer_sequence<int, BINARY_OP_COUNT>());

Result<Value> slot_negative(Val self) { return call_dunder(self, NAME_OF(__neg__), {}); }
Result<Value> slot_positive(Val self) { return call_dunder(self, NAME_OF(__pos__), {}); }
Result<Value> slot_invert(Val self) { return call_dunder(self, NAME_OF(__invert__), {}); }
Result<Value> slot_absolute(Val self) { return call_dunder(self, NAME_OF(__abs__), {}); }
Result<Value> slot_int(Val self) { return call_dunder(self, NAME_OF(__int__), {}); }
Result<Value> slot_float(Val self) { return call_dunder(self, NAME_OF(__float__), {}); }
Result<Value> slot_index(Val self) { return call_dunder(self, NAME_OF(__index__), {}); }
Result<Value> slot_descr_get(Val self, Val instance, TypeObject* owner)
{
    return call_dunder(self, NAME_OF(__get__), { instance ? instance : none(), owner ? Val(owner) : none() });
}
Result<void> slot_descr_set(Val self, Val instance, Val value)
{
    if (value)
        TRY(call_dunder(self, NAME_OF(__set__), { instance, value }));
    else
        TRY(call_dunder(self, NAME_OF(__delete__), { instance }));
    return {};
}
Result<Value> slot_richcompare(Val self, Val other, CompareOp op)
{
    Value r = TRY(call_special(self, s_compare_interned[int(op)], { other }));
    if (!r)
        return Value::borrow(not_implemented());
    return r;
}
Result<Value> slot_getattr_hook(Val self, StrObject* name)
{
    TypeObject* type = self.type();
    Val getattribute = type_lookup(type, NAME_OF(__getattribute__));
    auto attempt = [&]() -> Result<Value> {
        if (!getattribute || getattribute.type() == &g_slot_wrapper_type)
            return generic_getattr(self, name);
        return call_dunder(self, NAME_OF(__getattribute__), { Val(name) });
    };
    auto result = attempt();
    if (!result.is_error())
        return result.release_value();
    Val getattr = type_lookup(type, NAME_OF(__getattr__));
    if (!getattr || !error_matches(&g_exc_AttributeError))
        return Error {};
    clear_error();
    return call_dunder(self, NAME_OF(__getattr__), { Val(name) });
}
Result<void> slot_setattr(Val self, StrObject* name, Val value)
{
    if (value)
        TRY(call_dunder(self, NAME_OF(__setattr__), { Val(name), value }));
    else
        TRY(call_dunder(self, NAME_OF(__delattr__), { Val(name) }));
    return {};
}

void* dispatcher_for(const SlotDef& def)
{
    switch (def.kind) {
    case SlotKind::Repr: return reinterpret_cast<void*>(slot_repr);
    case SlotKind::Str: return reinterpret_cast<void*>(slot_str);
    case SlotKind::Hash: return reinterpret_cast<void*>(slot_hash);
    case SlotKind::Call: return reinterpret_cast<void*>(slot_call);
    case SlotKind::Iter: return reinterpret_cast<void*>(slot_iter);
    case SlotKind::IterNext: return reinterpret_cast<void*>(slot_iternext);
    case SlotKind::Len: return reinterpret_cast<void*>(slot_len);
    case SlotKind::Bool: return reinterpret_cast<void*>(slot_bool);
    case SlotKind::GetItem: return reinterpret_cast<void*>(slot_getitem);
    case SlotKind::SetItem:
    case SlotKind::DelItem: return reinterpret_cast<void*>(slot_setitem);
    case SlotKind::Contains: return reinterpret_cast<void*>(slot_contains);
    case SlotKind::Init: return reinterpret_cast<void*>(slot_init);
    case SlotKind::New: return reinterpret_cast<void*>(slot_new);
    case SlotKind::Binary:
    case SlotKind::RBinary: return reinterpret_cast<void*>(s_binary_slots[def.op]);
    case SlotKind::Inplace: return reinterpret_cast<void*>(s_inplace_slots[def.op]);
    case SlotKind::Negative: return reinterpret_cast<void*>(slot_negative);
    case SlotKind::Positive: return reinterpret_cast<void*>(slot_positive);
    case SlotKind::Invert: return reinterpret_cast<void*>(slot_invert);
    case SlotKind::Absolute: return reinterpret_cast<void*>(slot_absolute);
    case SlotKind::Int: return reinterpret_cast<void*>(slot_int);
    case SlotKind::Float: return reinterpret_cast<void*>(slot_float);
    case SlotKind::Index: return reinterpret_cast<void*>(slot_index);
    case SlotKind::Get: return reinterpret_cast<void*>(slot_descr_get);
    case SlotKind::Set:
    case SlotKind::Delete: return reinterpret_cast<void*>(slot_descr_set);
    case SlotKind::Compare: return reinterpret_cast<void*>(slot_richcompare);
    case SlotKind::GetAttribute:
    case SlotKind::GetAttr: return reinterpret_cast<void*>(slot_getattr_hook);
    case SlotKind::SetAttr:
    case SlotKind::DelAttr: return reinterpret_cast<void*>(slot_setattr);
    }
    return nullptr;
}

void init_slot_names()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    for (SlotDef& def : s_slotdefs)
        def.interned = str_intern(def.name);
    for (int i = 0; i < 6; ++i)
        s_compare_interned[i] = str_intern(s_compare_names[i]);
    for (SlotDef& def : s_slotdefs) {
        if (def.kind == SlotKind::Binary)
            s_binary_names[def.op] = def.interned;
        else if (def.kind == SlotKind::RBinary)
            s_rbinary_names[def.op] = def.interned;
        else if (def.kind == SlotKind::Inplace)
            s_inplace_names[def.op] = def.interned;
    }
}

// Points the slots of a heap type at the dunders its MRO defines. Several dunders share one slot
// (__lt__ ... __ge__ share richcompare, __add__/__radd__ share binary[Add], ...): the slot takes the
// Python dispatcher if any of them is defined in Python, else the native slot that was inherited.
void update_slots(TypeObject* type)
{
    struct Decision {
        void* native = nullptr;
        void* dispatcher = nullptr;
        bool python = false;
        bool unhashable = false;
    };
    std::vector<std::pair<void**, Decision>> decisions;
    auto decision_for = [&](void** slot) -> Decision& {
        for (auto& [address, decision] : decisions) {
            if (address == slot)
                return decision;
        }
        decisions.push_back({ slot, Decision {} });
        return decisions.back().second;
    };
    for (const SlotDef& def : s_slotdefs) {
        Val found = type_lookup(type, def.interned);
        if (!found)
            continue;
        void** slot = &slot_address(*type, def);
        Decision& decision = decision_for(slot);
        if (def.kind == SlotKind::Hash && is_none(found)) {
            decision.unhashable = true;
            continue;
        }
        if (found.type() == &g_slot_wrapper_type) {
            SlotWrapperObject* wrapper = found.as<SlotWrapperObject>();
            if (wrapper->name == def.interned && def.kind != SlotKind::RBinary && !decision.native)
                decision.native = wrapper->slot;
            continue;
        }
        if (def.kind == SlotKind::New && found.type() == &g_builtin_function_type)
            continue;  // a native __new__ (object.__new__, ...): the inherited slot is right
        decision.python = true;
        decision.dispatcher = dispatcher_for(def);
    }
    for (auto& [slot, decision] : decisions) {
        if (decision.unhashable)
            *slot = reinterpret_cast<void*>(hash_not_implemented);
        else if (decision.python)
            *slot = decision.dispatcher;
        else if (decision.native)
            *slot = decision.native;
    }
}

}  // namespace

Result<Value> call_special(Val self, StrObject* name, std::initializer_list<Val> args)
{
    Val function = type_lookup(self.type(), name);
    if (!function)
        return Value();
    Val buffer[8];
    VERIFY(args.size() < 8);
    buffer[0] = self;
    std::copy(args.begin(), args.end(), buffer + 1);
    TypeObject* ftype = function.type();
    if (ftype == &g_function_type || ftype == &g_method_descriptor_type || ftype == &g_slot_wrapper_type)
        return call(function, buffer, args.size() + 1);
    if (ftype->descr_get) {
        Value bound = TRY(ftype->descr_get(function, self, self.type()));
        return call(bound, buffer + 1, args.size());
    }
    return call(function, buffer + 1, args.size());
}

// ---- type_ready: static types get their dicts, MROs and dunder wrappers. ----

static void inherit_slots(TypeObject& type, TypeObject& base)
{
#define INHERIT(field) \
    if (!type.field)   \
        type.field = base.field;
    INHERIT(repr)
    INHERIT(str)
    INHERIT(hash)
    INHERIT(richcompare)
    INHERIT(getattr)
    INHERIT(setattr)
    INHERIT(descr_get)
    INHERIT(descr_set)
    INHERIT(call)
    INHERIT(new_instance)
    INHERIT(init)
    INHERIT(iter)
    INHERIT(iternext)
    INHERIT(len)
    INHERIT(to_bool)
    INHERIT(getitem)
    INHERIT(setitem)
    INHERIT(contains)
    INHERIT(negative)
    INHERIT(positive)
    INHERIT(invert)
    INHERIT(absolute)
    INHERIT(to_int)
    INHERIT(to_float)
    INHERIT(index)
    INHERIT(buffer)
    INHERIT(traverse)
    INHERIT(destroy)
#undef INHERIT
    for (int i = 0; i < BINARY_OP_COUNT; ++i) {
        if (!type.binary[i])
            type.binary[i] = base.binary[i];
        if (!type.inplace[i])
            type.inplace[i] = base.inplace[i];
    }
    if (!type.dict_offset)
        type.dict_offset = base.dict_offset;
    type.flags |= base.flags & (TYPE_INT_SUBCLASS | TYPE_LIST_SUBCLASS | TYPE_TUPLE_SUBCLASS | TYPE_STR_SUBCLASS | TYPE_DICT_SUBCLASS | TYPE_EXCEPTION_SUBCLASS | TYPE_TYPE_SUBCLASS | TYPE_BYTES_SUBCLASS | TYPE_VARSIZE | TYPE_WEAKREFABLE);
}

// The sequence/mapping pattern flags come from the first class of the MRO that has one (CPython's
// inherit_patma_flags over tp_mro).
static void inherit_collection_flags(TypeObject& type)
{
    for (int64_t i = 1; type.mro && i < type.mro->size && !(type.flags & (TYPE_SEQUENCE | TYPE_MAPPING)); ++i) {
        Val base = type.mro->item(i);
        if (is_instance(base, &g_type_type))
            type.flags |= base.as<TypeObject>()->flags & (TYPE_SEQUENCE | TYPE_MAPPING);
    }
}

static Result<Value> native_new_wrapper(const Val* args, size_t nargs, TupleObject* kwnames);
static const MethodDef s_new_def = { "__new__", native_new_wrapper, METHOD_INSTANCE, "Create and return a new object." };

// T.__new__(S, ...): checks S is a subtype of T and calls T's native constructor.
static Result<Value> native_new_wrapper(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TypeObject* owner = args[0].as<TypeObject>();
    if (nargs < 2)
        return raise(&g_exc_TypeError, "{}.__new__(): not enough arguments", owner->type_name());
    if (!args[1].is_object() || !args[1].type()->has_flag(TYPE_TYPE_SUBCLASS))
        return raise(&g_exc_TypeError, "{}.__new__(X): X is not a type object ({})", owner->type_name(), args[1].type()->type_name());
    TypeObject* subtype = args[1].as<TypeObject>();
    if (!is_subtype(subtype, owner))
        return raise(&g_exc_TypeError, "{}.__new__({}): {} is not a subtype of {}", owner->type_name(), subtype->type_name(), subtype->type_name(), owner->type_name());
    // As CPython: the first base of S without a Python __new__ must construct like T (object.__new__(dict) and
    // int.__new__(bool) would build broken objects).
    TypeObject* static_base = subtype;
    while (static_base && static_base->new_instance == slot_new)
        static_base = static_base->base;
    if (static_base && static_base->new_instance != owner->new_instance)
        return raise(&g_exc_TypeError, "{}.__new__({}) is not safe, use {}.__new__()", owner->type_name(),
                     subtype->type_name(), static_base->type_name());
    TypeObject* native = owner;
    while (native->has_flag(TYPE_HEAP))
        native = native->base;
    if (!native->new_instance)
        return raise(&g_exc_TypeError, "cannot create '{}' instances", native->type_name());
    return native->new_instance(subtype, args + 2, nargs - 2, kwnames);
}

static Ref<TupleObject> compute_static_mro(TypeObject& type)
{
    std::vector<Val> chain;
    for (TypeObject* t = &type; t; t = t->base)
        chain.push_back(Val(t));
    return tuple_from(chain.data(), int64_t(chain.size()));
}

// The name a static type's doc opens with: its name without the module ("itemgetter" for "operator.itemgetter").
static std::string_view static_type_short_name(const TypeObject& type)
{
    std::string_view name(type.name ? type.name : "");
    size_t dot = name.rfind('.');
    return dot == std::string_view::npos ? name : name.substr(dot + 1);
}

void type_ready(TypeObject& type)
{
    if (type.has_flag(TYPE_READY))
        return;
    init_slot_names();
    // As in CPython, a native type derived straight from object that defines no way to build itself (an
    // iterator, a view...) cannot be called: "cannot create 'list_iterator' instances".
    bool not_instantiable = !type.has_flag(TYPE_HEAP) && type.base == &g_object_type && !type.new_instance && !type.init;
    if (type.base) {
        type_ready(*type.base);
        // As CPython: a native type directly under object without a constructor of its own (views,
        // iterators, ...) cannot be instantiated from Python, nor can its native subclasses.
        bool disallow_instantiation = !type.new_instance && type.base == &g_object_type && !type.has_flag(TYPE_HEAP);
        inherit_slots(type, *type.base);
        if (disallow_instantiation)
            type.new_instance = nullptr;
    }
    if (not_instantiable)
        type.new_instance = nullptr;
    type.flags |= TYPE_READY;
    if (!type.dict)
        type.dict = dict_new();
    if (!type.bases) {
        if (type.base)
            type.bases = tuple_of({ Val(type.base) });
        else
            type.bases = tuple_empty();
    }
    type.mro = compute_static_mro(type);
    inherit_collection_flags(type);
    DictObject* dict = type.dict.get();
    for (const MethodDef* m = type.methods; m && m->name; ++m) {
        auto* descriptor = static_cast<MethodDescriptorObject*>(alloc_object(
            (m->flags & METHOD_CLASS) ? &g_classmethod_descriptor_type : &g_method_descriptor_type));
        descriptor->def = m;
        descriptor->owner = &type;
        Value owned = Value::adopt(Val(descriptor));
        if (m->flags & METHOD_STATIC) {
            auto* sm = static_cast<StaticMethodObject*>(alloc_object(&g_staticmethod_type));
            // Bound to its type, as CPython's are: str.maketrans's __qualname__ is 'str.maketrans'.
            new (&sm->callable) Value(builtin_function_new(m, Val(&type), Val()));
            new (&sm->dict) Ref<DictObject>();
            owned = Value::adopt(Val(sm));
        }
        dict_set_str(dict, str_intern(m->name), owned);
    }
    for (const GetSetDef* g = type.getsets; g && g->name; ++g) {
        auto* descriptor = static_cast<GetSetDescriptorObject*>(alloc_object(&g_getset_descriptor_type));
        descriptor->def = g;
        descriptor->owner = &type;
        dict_set_str(dict, str_intern(g->name), Value::adopt(Val(descriptor)));
    }
    for (const SlotDef& def : s_slotdefs) {
        void* slot = slot_address(type, def);
        if (!slot)
            continue;
        void* inherited = type.base ? slot_address(*type.base, def) : nullptr;
        if (slot == inherited)
            continue;
        if (dict_get_str(dict, def.interned))
            continue;
        if (def.kind == SlotKind::New) {
            dict_set_str(dict, def.interned, builtin_function_new(&s_new_def, Val(&type), Val()));
            continue;
        }
        if (def.kind == SlotKind::Hash && type.hash == hash_not_implemented) {
            dict_set_str(dict, def.interned, none());
            continue;
        }
        if ((def.kind == SlotKind::Bool && type.has_flag(TYPE_LEN_TRUTH)) ||
            (def.kind == SlotKind::RBinary && def.op == int(BinaryOp::Add) && type.has_flag(TYPE_CONCAT)))
            continue;
        WrapperFn wrapper = wrapper_for(def);
        if (!wrapper)
            continue;
        auto* object = static_cast<SlotWrapperObject*>(alloc_object(&g_slot_wrapper_type));
        object->name = def.interned;
        object->wrapper = wrapper;
        object->slot = slot;
        object->owner = &type;
        dict_set_str(dict, def.interned, Value::adopt(Val(object)));
    }
    if (type.doc && !dict_get_str(dict, NAME_OF(__doc__)))
        dict_set_str(dict, NAME_OF(__doc__), str_from_utf8(split_doc(static_type_short_name(type), type.doc).body));
    if (!dict_get_str(dict, NAME_OF(__doc__)))
        dict_set_str(dict, NAME_OF(__doc__), none());
    if (type.base)
        type.base->subclasses.push_back(&type);
    type_assign_version(&type);
}

// ---- Heap types: the class statement and type(name, bases, dict). ----

extern const GetSetDef s_instance_dict_getset[];
extern const GetSetDef s_instance_weakref_getset[];

static Result<Ref<TupleObject>> compute_c3_mro(TypeObject* type)
{
    TupleObject* bases = type->bases.get();
    for (int64_t i = 0; i < bases->size; ++i) {
        for (int64_t j = i + 1; j < bases->size; ++j) {
            if (bases->items[i].get().is(bases->items[j]))
                return raise(&g_exc_TypeError, "duplicate base class {}", bases->items[i].as<TypeObject>()->type_name());
        }
    }
    std::vector<std::vector<TypeObject*>> sequences;
    for (int64_t i = 0; i < bases->size; ++i) {
        TypeObject* base = bases->items[i].as<TypeObject>();
        TupleObject* base_mro = base->mro.get();
        std::vector<TypeObject*> seq;
        for (int64_t j = 0; j < base_mro->size; ++j)
            seq.push_back(base_mro->items[j].as<TypeObject>());
        sequences.push_back(std::move(seq));
    }
    std::vector<TypeObject*> base_list;
    for (int64_t i = 0; i < bases->size; ++i)
        base_list.push_back(bases->items[i].as<TypeObject>());
    sequences.push_back(base_list);
    std::vector<Val> result = { Val(type) };
    while (true) {
        bool empty = true;
        for (auto& seq : sequences)
            empty &= seq.empty();
        if (empty)
            break;
        TypeObject* candidate = nullptr;
        for (auto& seq : sequences) {
            if (seq.empty())
                continue;
            TypeObject* head = seq.front();
            bool in_tail = false;
            for (auto& other : sequences) {
                if (std::find(other.begin() + (other.empty() ? 0 : 1), other.end(), head) != other.end() && !other.empty()) {
                    in_tail = true;
                    break;
                }
            }
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (!candidate) {
            std::string names;
            std::vector<TypeObject*> seen;
            for (auto& seq : sequences) {
                if (seq.empty() || std::find(seen.begin(), seen.end(), seq.front()) != seen.end())
                    continue;
                seen.push_back(seq.front());
                if (!names.empty())
                    names += ", ";
                names += std::string(seq.front()->type_name());
            }
            return raise(&g_exc_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases {}", names);
        }
        result.push_back(Val(candidate));
        for (auto& seq : sequences) {
            if (!seq.empty() && seq.front() == candidate)
                seq.erase(seq.begin());
        }
    }
    return tuple_from(result.data(), int64_t(result.size()));
}

// The base whose memory layout instances share (CPython's solid_base): heap types that add no __slots__
// members (an instance dict does not count) and native types that add no fields to their base (ValueError
// over Exception) share their base's layout. A heap type with slots of its own is solid: its members sit
// at fixed offsets, so class C(A, S) must take S's layout, and two such bases conflict.
static TypeObject* solid_base(TypeObject* type)
{
    auto shares_base_layout = [](TypeObject* t) {
        if (t->has_flag(TYPE_HEAP))
            return t->slot_offsets.size() == t->base->slot_offsets.size();
        return t->basic_size == t->base->basic_size && t->dict_offset == t->base->dict_offset;
    };
    while (type->base && shares_base_layout(type))
        type = type->base;
    // The built-in exceptions share BaseException's layout (their fields live in the instance dict), so
    // class E(LookupError, SystemError) is allowed, as in CPython.
    while (type->has_flag(TYPE_EXCEPTION_SUBCLASS) && type->base && type->base->has_flag(TYPE_EXCEPTION_SUBCLASS) &&
           type->base->basic_size == type->basic_size)
        type = type->base;
    return type;
}

// A class's MRO: C3, or what its metaclass's own mro() returns, checked to hold only classes whose layout
// the class's instances have.
static Result<Ref<TupleObject>> compute_mro(TypeObject* type)
{
    StrObject* name = str_intern("mro");
    TypeObject* metatype = type->type;
    if (metatype == &g_type_type || type_lookup(metatype, name).is(type_lookup(&g_type_type, name))) {
        type->flags &= ~TYPE_CUSTOM_MRO;
        return compute_c3_mro(type);
    }
    type->flags |= TYPE_CUSTOM_MRO;
    type_modified(type);
    Value result = TRY(call_special(Val(type), name, {}));
    Ref<TupleObject> mro = TRY(sequence_tuple(result));
    TypeObject* solid = solid_base(type);
    for (int64_t i = 0; i < mro->size; ++i) {
        Val item = mro->item(i);
        if (!item.is_object() || !item.type()->has_flag(TYPE_TYPE_SUBCLASS))
            return raise(&g_exc_TypeError, "mro() returned a non-class ('{}')", item.type()->type_name());
        if (!is_subtype(solid, solid_base(item.as<TypeObject>())))
            return raise(&g_exc_TypeError, "mro() returned base with unsuitable layout ('{}')", item.as<TypeObject>()->type_name());
    }
    return mro;
}

// Instances of classes defined in Python: the instance dict a class added, then the native base's fields.
static void subtype_traverse(Object* object, VisitFn visit, void* context)
{
    TypeObject* native = object->type;
    visit(native, context);  // an instance of a heap type holds a reference to it (alloc_object)
    while (native->has_flag(TYPE_HEAP))
        native = native->base;
    if (object->type->dict_offset && !native->dict_offset) {
        if (DictObject* dict = instance_dict_slot(Val(object))->get())
            visit(dict, context);
    }
    for (size_t offset : object->type->slot_offsets) {
        Val v = *reinterpret_cast<Val*>(reinterpret_cast<char*>(object) + offset);
        visit_val(v, visit, context);
    }
    if (native->traverse)
        native->traverse(object, visit, context);
}

// A __slots__ member: a Value stored at a fixed offset in instances (member_descriptor).
TypeObject g_member_descriptor_type;
struct MemberDescriptorObject : Object {
    Ref<StrObject> name;
    TypeObject* owner;
    size_t offset;
};

static Value* member_address(Val instance, size_t offset)
{
    return reinterpret_cast<Value*>(reinterpret_cast<char*>(instance.object()) + offset);
}

static Result<Value> member_get(Val self, Val instance, TypeObject*)
{
    auto* member = self.as<MemberDescriptorObject>();
    if (!instance)
        return Value::borrow(self);
    if (!is_instance(instance, member->owner))
        return raise(&g_exc_TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", member->name.get(), std::string_view(member->owner->heap_name), instance.type()->type_name());
    Value& value = *member_address(instance, member->offset);
    if (!value)
        return raise(&g_exc_AttributeError, "'{}' object has no attribute '{}'", instance.type()->type_name(), member->name.get());
    return value;
}

static Result<void> member_set(Val self, Val instance, Val value)
{
    auto* member = self.as<MemberDescriptorObject>();
    if (!is_instance(instance, member->owner))
        return raise(&g_exc_TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", member->name.get(), std::string_view(member->owner->heap_name), instance.type()->type_name());
    Value& slot = *member_address(instance, member->offset);
    if (!value && !slot)
        return raise(&g_exc_AttributeError, "'{}' object has no attribute '{}'", instance.type()->type_name(), member->name.get());
    slot = value ? Value::borrow(value) : Value();
    return {};
}

static Result<Value> member_repr(Val self)
{
    auto* member = self.as<MemberDescriptorObject>();
    return Value(str_from_utf8("<member '" + std::string(member->name->view()) + "' of '" + member->owner->heap_name + "' objects>"));
}

static void member_destroy(Object* object) { static_cast<MemberDescriptorObject*>(object)->~MemberDescriptorObject(); }

// Reads __slots__ from a class namespace: the member names, and whether "__dict__" and "__weakref__" were listed.
// `best` is the layout base: a "__dict__" or "__weakref__" it already provides cannot be listed again.
static Result<std::vector<Ref<StrObject>>> read_slots(Val slots, TypeObject* best, bool& wants_dict, bool& wants_weakref)
{
    bool may_add_dict = best->dict_offset == 0;
    bool varsize_base = best->has_flag(TYPE_VARSIZE) && !best->has_flag(TYPE_STR_SUBCLASS);
    bool may_add_weakref = !best->has_flag(TYPE_WEAKREFABLE) && !varsize_base;
    std::vector<Ref<StrObject>> names;
    Ref<TupleObject> items;
    if (is_str(slots))
        items = tuple_of({ slots });
    else
        items = TRY(sequence_tuple(slots));
    for (int64_t i = 0; i < items->size; ++i) {
        Val item = items->item(i);
        if (!is_str(item))
            return raise(&g_exc_TypeError, "__slots__ items must be strings, not '{}'", item.type()->type_name());
        std::string_view name = item.as<StrObject>()->view();
        bool identifier = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
        for (char c : name)
            identifier &= c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80);
        if (!identifier)
            return raise(&g_exc_TypeError, "__slots__ must be identifiers");
        if (name == "__dict__") {
            if (wants_dict || !may_add_dict)
                return raise(&g_exc_TypeError, "__dict__ slot disallowed: we already got one");
            wants_dict = true;
            continue;
        }
        if (name == "__weakref__") {
            if (wants_weakref || !may_add_weakref)
                return raise(&g_exc_TypeError, "__weakref__ slot disallowed: we already got one");
            wants_weakref = true;
            continue;
        }
        names.push_back(Ref<StrObject>(str_intern(name)));
    }
    return names;
}

static void heap_type_destroy(Object* object)
{
    auto* type = static_cast<TypeObject*>(object);
    for (int64_t i = 0; type->bases && i < type->bases->size; ++i) {
        auto& subs = type->bases->items[i].as<TypeObject>()->subclasses;
        subs.erase(std::remove(subs.begin(), subs.end(), type), subs.end());
    }
    type->~TypeObject();
}

// The collector's clear for an unreachable class: its dict is emptied, and its attribute caches must forget
// what they found there (a class kept alive by its own __mro__ would otherwise answer lookups with freed
// values).
static void heap_type_clear(Object* object)
{
    auto* type = static_cast<TypeObject*>(object);
    if (!type->has_flag(TYPE_HEAP))
        return;
    type_modified(type);
    if (type->dict)
        dict_clear(type->dict.get());
    type->mro = nullptr;  // the MRO starts with the class itself: a cycle of its own
    type_modified(type);
}

static void heap_type_traverse(Object* object, VisitFn visit, void* context)
{
    auto* type = static_cast<TypeObject*>(object);
    if (type->dict)
        visit(type->dict.get(), context);
    if (type->bases)
        visit(type->bases.get(), context);
    if (type->mro)
        visit(type->mro.get(), context);
}

// CPython keeps a type's name (and a str __doc__) as UTF-8: a lone surrogate is UnicodeEncodeError.
static Result<void> check_utf8_encodable(StrObject* text)
{
    if (text->kind == 1)
        return {};  // latin-1 holds no surrogates
    std::string utf8;
    return codecs::utf8_encode(text, codecs::Errors("strict"), utf8);
}

static Result<void> check_type_name(StrObject* name)
{
    TRY(check_utf8_encodable(name));
    if (name->view().find('\0') != std::string_view::npos)
        return raise(&g_exc_ValueError, "type name must not contain null characters");
    return {};
}

// The base whose layout a class with these bases takes (CPython's best_base), or the error that forbids them.
static Result<TypeObject*> best_base(TupleObject* bases)
{
    TypeObject* best = nullptr;
    for (int64_t i = 0; i < bases->size; ++i) {
        Val b = bases->item(i);
        if (!b.is_object() || !b.type()->has_flag(TYPE_TYPE_SUBCLASS))
            return raise(&g_exc_TypeError, "bases must be types");
        TypeObject* base = b.as<TypeObject>();
        if (!base->has_flag(TYPE_BASETYPE))
            return raise(&g_exc_TypeError, "type '{}' is not an acceptable base type", base->type_name());
        if (!best) {
            best = base;
            continue;
        }
        TypeObject* solid_new = solid_base(base);
        TypeObject* solid_best = solid_base(best);
        if (is_subtype(solid_new, solid_best)) {
            if (solid_new != solid_best)
                best = base;
        } else if (!is_subtype(solid_best, solid_new)) {
            return raise(&g_exc_TypeError, "multiple bases have instance lay-out conflict");
        }
    }
    return best;
}

Result<Value> type_new_from_namespace(TypeObject* metatype, StrObject* name, TupleObject* bases_in, DictObject* ns,
                                      TupleObject* kwnames, const Val* kwvalues)
{
    TRY(check_type_name(name));
    if (Val doc = dict_get_str(ns, NAME_OF(__doc__)); doc && is_str(doc))
        TRY(check_utf8_encodable(doc.as<StrObject>()));
    // The most derived metaclass wins.
    for (int64_t i = 0; i < bases_in->size; ++i) {
        TypeObject* t = bases_in->item(i).type();
        if (is_subtype(metatype, t))
            continue;
        if (is_subtype(t, metatype)) {
            metatype = t;
            continue;
        }
        return raise(&g_exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
    Ref<TupleObject> bases = bases_in->size ? Ref<TupleObject>(bases_in) : tuple_of({ Val(&g_object_type) });
    TypeObject* best = TRY(best_base(bases.get()));
    for (int64_t i = 0; i < bases->size; ++i) {
        for (int64_t j = i + 1; j < bases->size; ++j) {
            if (bases->items[i].get().is(bases->items[j]))
                return raise(&g_exc_TypeError, "duplicate base class {}", bases->items[i].as<TypeObject>()->type_name());
        }
    }

    Object* memory = alloc_object_sized(metatype, std::max(metatype->basic_size, sizeof(TypeObject)));
    if (!memory)
        return raise_memory_error();
    int64_t refcount = memory->refcount;
    auto* type = new (memory) TypeObject();
    type->refcount = refcount;
    type->type = metatype;
    Ref<TypeObject> owned = Ref<TypeObject>::adopt(type);
    type->flags = TYPE_HEAP | TYPE_BASETYPE | TYPE_GC | TYPE_READY;
    type->heap_name = std::string(name->view());
    type->base = best;
    type->bases = bases;
    type->destroy = nullptr;
    type->dict = dict_copy(ns);
    if (Val qualname = dict_get_str(type->dict.get(), NAME_OF(__qualname__))) {
        if (!is_str(qualname))
            return raise(&g_exc_TypeError, "type __qualname__ must be a str, not {}", qualname.type()->type_name());
        type->qualname = std::string(qualname.as<StrObject>()->view());
        MUST(dict_delete(type->dict.get(), Val(NAME_OF(__qualname__))));
    } else {
        type->qualname = type->heap_name;
    }
    inherit_slots(*type, *best);
    type->traverse = subtype_traverse;
    type->basic_size = best->basic_size;
    type->dict_offset = best->dict_offset;
    type->slot_offsets = best->slot_offsets;
    bool wants_dict = true;
    bool wants_weakref = true;
    if (Val slots = dict_get_str(type->dict.get(), NAME_OF(__slots__))) {
        // __slots__: fixed members instead of an instance dict (unless "__dict__" is listed).
        if (best->has_flag(TYPE_VARSIZE) || is_subtype(best, &g_int_type)) {  // CPython's int is variable-size too
            Ref<TupleObject> probe = TRY(sequence_tuple(is_str(slots) ? Val(tuple_of({ slots }).get()) : slots));
            if (probe->size > 0)
                return raise(&g_exc_TypeError, "nonempty __slots__ not supported for subtype of '{}'", best->type_name());
        }
        wants_dict = false;
        wants_weakref = false;
        std::vector<Ref<StrObject>> names = TRY(read_slots(slots, best, wants_dict, wants_weakref));
        for (Ref<StrObject>& member_name : names) {
            // Private names are mangled as in the class body: __x in class C is the member _C__x.
            std::string_view text = member_name->view();
            if (text.size() > 2 && text.substr(0, 2) == "__" && text.substr(text.size() - 2) != "__") {
                std::string_view owner = type->heap_name;
                while (!owner.empty() && owner[0] == '_')
                    owner.remove_prefix(1);
                if (!owner.empty())
                    member_name = Ref<StrObject>(str_intern("_" + std::string(owner) + std::string(text)));
            }
            if (Val existing = dict_get_str(type->dict.get(), member_name.get())) {
                // A name listed twice gets one member, as in CPython; a class variable of that name is an error.
                if (existing.type() == &g_member_descriptor_type && static_cast<MemberDescriptorObject*>(existing.object())->owner == type)
                    continue;
                return raise(&g_exc_ValueError, "{!r} in __slots__ conflicts with class variable", Val(member_name.get()));
            }
            auto* member = static_cast<MemberDescriptorObject*>(alloc_object(&g_member_descriptor_type));
            new (&member->name) Ref<StrObject>(member_name);
            member->owner = type;
            member->offset = type->basic_size;
            type->slot_offsets.push_back(type->basic_size);
            type->basic_size += sizeof(Value);
            dict_set_str(type->dict.get(), member_name.get(), Value::adopt(Val(member)));
        }
    }
    if (!type->dict_offset && wants_dict) {
        if (best->has_flag(TYPE_VARSIZE)) {
            type->dict_offset = DICT_OFFSET_SIDE_TABLE;  // the items start at basic_size
        } else {
            type->dict_offset = type->basic_size;
            type->basic_size += sizeof(Ref<DictObject>);
        }
        auto* descriptor = static_cast<GetSetDescriptorObject*>(alloc_object(&g_getset_descriptor_type));
        descriptor->def = &s_instance_dict_getset[0];
        descriptor->owner = type;
        if (!dict_get_str(type->dict.get(), NAME_OF(__dict__)))
            dict_set_str(type->dict.get(), NAME_OF(__dict__), Value::adopt(Val(descriptor)));
        else
            decref(descriptor);
    }
    // Weak references: as CPython, not for subclasses of int, tuple and bytes (str is fine), nor with __slots__
    // that leave out "__weakref__". The references themselves live in a side table (weakref.h).
    bool varsize_base = best->has_flag(TYPE_VARSIZE) && !best->has_flag(TYPE_STR_SUBCLASS);
    if (!type->has_flag(TYPE_WEAKREFABLE) && wants_weakref && !varsize_base) {
        type->flags |= TYPE_WEAKREFABLE;
        auto* descriptor = static_cast<GetSetDescriptorObject*>(alloc_object(&g_getset_descriptor_type));
        descriptor->def = &s_instance_weakref_getset[0];
        descriptor->owner = type;
        if (!dict_get_str(type->dict.get(), str_intern("__weakref__")))
            dict_set_str(type->dict.get(), str_intern("__weakref__"), Value::adopt(Val(descriptor)));
        else
            decref(descriptor);
    }
    // Instances of a heap type are always containers (they have a __dict__).
    if (!best->has_flag(TYPE_GC)) {
        // Layouts of non-GC bases carry no GcHeader; heap instances always do, so the flag moves with the type.
    }
    type->mro = TRY(compute_mro(type));
    inherit_collection_flags(*type);
    DictObject* dict = type->dict.get();
    if (!dict_get_str(dict, NAME_OF(__doc__)))
        dict_set_str(dict, NAME_OF(__doc__), none());
    if (!dict_get_str(dict, NAME_OF(__module__))) {
        // type(name, bases, ns) called directly: the module is the caller's (CPython does the same).
        if (vm::Frame* frame = g_thread->frame) {
            if (Val module_name = dict_get_str(frame->globals, NAME_OF(__name__)))
                dict_set_str(dict, NAME_OF(__module__), module_name);
        }
    }
    // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
    if (Val new_function = dict_get_str(dict, NAME_OF(__new__)); new_function && new_function.type() == &g_function_type) {
        auto* sm = static_cast<StaticMethodObject*>(alloc_object(&g_staticmethod_type));
        new (&sm->callable) Value(Value::borrow(new_function));
        dict_set_str(dict, NAME_OF(__new__), Value::adopt(Val(sm)));
    }
    for (StrObject* implicit : { NAME_OF(__init_subclass__), NAME_OF(__class_getitem__) }) {
        if (Val f = dict_get_str(dict, implicit); f && f.type() == &g_function_type) {
            auto* cm = static_cast<ClassMethodObject*>(alloc_object(&g_classmethod_type));
            new (&cm->callable) Value(Value::borrow(f));
            dict_set_str(dict, implicit, Value::adopt(Val(cm)));
        }
    }
    if (dict_get_str(dict, NAME_OF(__eq__)) && !dict_get_str(dict, NAME_OF(__hash__)))
        dict_set_str(dict, NAME_OF(__hash__), none());
    Val classcell = dict_get_str(dict, NAME_OF(__classcell__));
    if (classcell) {
        if (classcell.type() != &g_cell_type)
            return raise(&g_exc_TypeError, "__classcell__ must be a nonlocal cell, not {}", classcell.type()->type_name());
        classcell.as<CellObject>()->contents = Value::borrow(Val(type));
        MUST(dict_delete(dict, Val(NAME_OF(__classcell__))));
    }
    for (int64_t i = 0; i < bases->size; ++i)
        bases->items[i].as<TypeObject>()->subclasses.push_back(type);
    update_slots(type);
    type_assign_version(type);

    // __set_name__ on the attributes, then the parent's __init_subclass__.
    Ref<DictObject> snapshot = dict_copy(dict);
    Val key, value;
    for (int64_t position = 0; dict_next(snapshot.get(), position, key, value);) {
        Value set_name = TRY(call_special(value, NAME_OF(__set_name__), { Val(type), key }));
        (void)set_name;
    }
    TupleObject* mro = type->mro.get();
    for (int64_t i = 1; i < mro->size; ++i) {
        Val hook = dict_get_str(mro->items[i].as<TypeObject>()->dict.get(), NAME_OF(__init_subclass__));
        if (!hook)
            continue;
        Value bound;
        if (hook.type()->descr_get)
            bound = TRY(hook.type()->descr_get(hook, Val(), type));
        else
            bound = Value::borrow(hook);
        TRY(call(bound, kwvalues, 0, kwnames));
        break;
    }
    return std::move(owned).value();
}

// ---- The `type` type itself. ----

static Result<Value> type_repr(Val self)
{
    auto* type = self.as<TypeObject>();
    if (type->has_flag(TYPE_HEAP)) {
        Val module = dict_get_str(type->dict.get(), NAME_OF(__module__));
        if (module && is_str(module) && module.as<StrObject>()->view() != "builtins")
            return Value(str_from_utf8("<class '" + std::string(module.as<StrObject>()->view()) + "." + type->qualname + "'>"));
        return Value(str_from_utf8("<class '" + type->qualname + "'>"));
    }
    return Value(str_from_utf8("<class '" + std::string(type->name) + "'>"));
}

static Result<Value> type_getattr(Val self, StrObject* name)
{
    auto* type = self.as<TypeObject>();
    TypeObject* metatype = self.type();
    Val meta_attribute = type_lookup(metatype, name);
    DescrGetFn meta_get = nullptr;
    if (meta_attribute) {
        meta_get = meta_attribute.type()->descr_get;
        if (meta_get && is_data_descriptor(meta_attribute))
            return meta_get(meta_attribute, self, metatype);
    }
    Val attribute = type_lookup(type, name);
    if (attribute) {
        if (DescrGetFn get = attribute.type()->descr_get)
            return get(attribute, Val(), type);
        return Value::borrow(attribute);
    }
    if (meta_get)
        return meta_get(meta_attribute, self, metatype);
    if (meta_attribute)
        return Value::borrow(meta_attribute);
    return with_attribute_error_context(
        raise(&g_exc_AttributeError, "type object '{}' has no attribute '{}'", type->type_name(), name), self, name);
}

static Result<void> type_setattr(Val self, StrObject* name, Val value)
{
    auto* type = self.as<TypeObject>();
    if (!type->has_flag(TYPE_HEAP))
        return raise(&g_exc_TypeError, "cannot set '{}' attribute of immutable type '{}'", name, type->type_name());
    Val meta_attribute = type_lookup(self.type(), name);
    if (meta_attribute && meta_attribute.type()->descr_set)
        return meta_attribute.type()->descr_set(meta_attribute, self, value);
    if (value) {
        dict_set_str(type->dict.get(), name, value);
    } else if (!TRY(dict_delete(type->dict.get(), Val(name)))) {
        return raise(&g_exc_AttributeError, "type object '{}' has no attribute '{}'", type->type_name(), name);
    }
    type_modified(type);
    std::string_view n = name->view();
    if (n.size() > 4 && n.starts_with("__") && n.ends_with("__")) {
        std::vector<TypeObject*> todo = { type };
        while (!todo.empty()) {
            TypeObject* t = todo.back();
            todo.pop_back();
            if (t->has_flag(TYPE_HEAP)) {
                inherit_slots(*t, *t->base);
                update_slots(t);
            }
            for (TypeObject* sub : t->subclasses)
                todo.push_back(sub);
        }
    }
    return {};
}

static Result<Value> type_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* type = callable.as<TypeObject>();
    if (type == &g_type_type && nargs == 1 && !kwnames)
        return Value::borrow(Val(args[0].type()));
    if (!type->new_instance)
        return raise(&g_exc_TypeError, "cannot create '{}' instances", type->type_name());
    Value object = TRY(type->new_instance(type, args, nargs, kwnames));
    if (!is_subtype(object.type(), type))
        return object;
    // The __init__ of the object's own type, which __new__ may have made a subtype (as CPython's type_call).
    if (InitFn init = object.type()->init)
        TRY(init(object, args, nargs, kwnames));
    return object;
}

static Result<Value> type_new(TypeObject* metatype, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (metatype == &g_type_type && nargs == 1 && !kwnames)
        return Value::borrow(Val(args[0].type()));
    if (nargs != 3 && metatype == &g_type_type)
        return raise(&g_exc_TypeError, "type() takes 1 or 3 arguments");
    if (nargs != 3)  // only type itself has the one-argument form
        return raise(&g_exc_TypeError, "type.__new__() takes exactly 3 arguments ({} given)", int64_t(nargs));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "type.__new__() argument 1 must be str, not {}", args[0].type()->type_name());
    if (!is_tuple(args[1]))
        return raise(&g_exc_TypeError, "type.__new__() argument 2 must be tuple, not {}", args[1].type()->type_name());
    if (!is_dict(args[2]))
        return raise(&g_exc_TypeError, "type.__new__() argument 3 must be dict, not {}", args[2].type()->type_name());
    // As CPython's type_new: when a base's metaclass is more derived and has its own __new__, that __new__
    // makes the class (type('C', (SomeABC,), ns) runs ABCMeta.__new__).
    TypeObject* winner = TRY(most_derived_metaclass(metatype, args[1].as<TupleObject>()));
    if (winner != metatype && !type_lookup(winner, NAME_OF(__new__)).is(type_lookup(&g_type_type, NAME_OF(__new__)))) {
        Value new_method = TRY(get_attr(Val(winner), NAME_OF(__new__)));
        std::vector<Val> call_args { Val(winner), args[0], args[1], args[2] };
        size_t keyword_count = kwnames ? size_t(kwnames->size) : 0;
        for (size_t i = 0; i < keyword_count; ++i)
            call_args.push_back(args[nargs + i]);
        return call(new_method, call_args.data(), 4, kwnames);
    }
    return type_new_from_namespace(metatype, args[0].as<StrObject>(), args[1].as<TupleObject>(), args[2].as<DictObject>(),
                                   kwnames, args + nargs);
}

static Result<void> type_init(Val, const Val*, size_t, TupleObject*) { return {}; }

// The cached str if it still spells `text`, else a new one, cached.
static Value cached_name_str(Ref<StrObject>& cache, std::string_view text)
{
    if (!cache || cache->view() != text)
        cache = str_from_utf8(text);
    return Value(Ref<StrObject>(cache));
}

static Result<Value> type_get_name(Val self)
{
    // A static type's tp_name may carry its module ("_io.TextIOWrapper"); __name__ is the last part.
    auto* type = self.as<TypeObject>();
    std::string_view name = type->type_name();
    if (!type->has_flag(TYPE_HEAP)) {
        size_t dot = name.rfind('.');
        if (dot != std::string_view::npos)
            name = name.substr(dot + 1);
    }
    return cached_name_str(type->name_str, name);
}
static Result<void> type_set_name(Val self, Val value)
{
    auto* type = self.as<TypeObject>();
    if (!type->has_flag(TYPE_HEAP))
        return raise(&g_exc_TypeError, "cannot set '__name__' attribute of immutable type '{}'", type->type_name());
    if (!value)
        return raise(&g_exc_TypeError, "cannot delete '__name__' attribute of immutable type '{}'", type->type_name());
    if (!is_str(value))
        return raise(&g_exc_TypeError, "can only assign string to {}.__name__, not '{}'", type->type_name(), value.type()->type_name());
    TRY(check_type_name(value.as<StrObject>()));
    type->heap_name = std::string(value.as<StrObject>()->view());
    return {};
}
static Result<Value> type_get_qualname(Val self)
{
    auto* type = self.as<TypeObject>();
    if (type->has_flag(TYPE_HEAP))
        return cached_name_str(type->qualname_str, type->qualname);
    return type_get_name(self);
}
static Result<void> type_set_qualname(Val self, Val value)
{
    auto* type = self.as<TypeObject>();
    if (!type->has_flag(TYPE_HEAP))
        return raise(&g_exc_TypeError, "cannot set '__qualname__' attribute of immutable type '{}'", type->type_name());
    if (!value)
        return raise(&g_exc_TypeError, "cannot delete '__qualname__' attribute of immutable type '{}'", type->type_name());
    if (!is_str(value))
        return raise(&g_exc_TypeError, "can only assign string to {}.__qualname__, not '{}'", type->type_name(), value ? value.type()->type_name() : "NULL");
    type->qualname = std::string(value.as<StrObject>()->view());
    return {};
}

static Result<void> type_set_module(Val self, Val value)
{
    auto* type = self.as<TypeObject>();
    if (!type->has_flag(TYPE_HEAP))
        return raise(&g_exc_TypeError, "cannot set '__module__' attribute of immutable type '{}'", type->type_name());
    if (!value)
        return raise(&g_exc_TypeError, "cannot delete '__module__' attribute of immutable type '{}'", type->type_name());
    dict_set_str(type->dict.get(), NAME_OF(__module__), value);
    type_modified(type);
    return {};
}

static Result<Value> type_get_module(Val self)
{
    auto* type = self.as<TypeObject>();
    if (type->has_flag(TYPE_HEAP)) {
        if (Val m = dict_get_str(type->dict.get(), NAME_OF(__module__)))
            return Value::borrow(m);
        return raise(&g_exc_AttributeError, "__module__");
    }
    // A static type's module is the part of its tp_name before the last dot ("_io.FileIO"), as in CPython.
    std::string_view name = type->type_name();
    size_t dot = name.rfind('.');
    if (dot != std::string_view::npos)
        return Value(str_intern(name.substr(0, dot)));
    return Value(str_intern("builtins"));
}
static Result<Value> type_get_bases(Val self) { return Value(Ref<TupleObject>(self.as<TypeObject>()->bases)); }

// C.__bases__ = (...): the new bases must keep C's instance layout; C and its subclasses get new MROs (all
// restored if one cannot be computed), then their slots are inherited and updated again.
static Result<void> type_set_bases(Val self, Val value)
{
    auto* type = self.as<TypeObject>();
    if (!type->has_flag(TYPE_HEAP))
        return raise(&g_exc_TypeError, "cannot set '__bases__' attribute of immutable type '{}'", type->type_name());
    if (!value)
        return raise(&g_exc_TypeError, "cannot delete '__bases__' attribute of immutable type '{}'", type->type_name());
    if (!is_tuple(value))
        return raise(&g_exc_TypeError, "can only assign tuple to {}.__bases__, not {}", type->type_name(), value.type()->type_name());
    auto* new_bases = value.as<TupleObject>();
    if (new_bases->size == 0)
        return raise(&g_exc_TypeError, "can only assign non-empty tuple to {}.__bases__, not ()", type->type_name());
    for (int64_t i = 0; i < new_bases->size; ++i) {
        Val b = new_bases->item(i);
        if (!b.is_object() || !b.type()->has_flag(TYPE_TYPE_SUBCLASS))
            return raise(&g_exc_TypeError, "{}.__bases__ must be tuple of classes, not '{}'", type->type_name(), b.type()->type_name());
        // The base chain too: a reentrant mro() may have set a base whose MRO is not computed yet.
        bool cycle = is_subtype(b.as<TypeObject>(), type);
        for (TypeObject* t = b.as<TypeObject>(); t && !cycle; t = t->base)
            cycle = t == type;
        if (cycle)
            return raise(&g_exc_TypeError, "a __bases__ item causes an inheritance cycle");
    }
    TypeObject* new_base = TRY(best_base(new_bases));
    TypeObject* old_base = type->base;
    if (new_base->has_flag(TYPE_GC) != old_base->has_flag(TYPE_GC))
        return raise(&g_exc_TypeError, "__bases__ assignment: '{}' deallocator differs from '{}'", new_base->type_name(), old_base->type_name());
    if (solid_base(new_base) != solid_base(old_base) || new_base->basic_size != old_base->basic_size ||
        new_base->dict_offset != old_base->dict_offset)
        return raise(&g_exc_TypeError, "__bases__ assignment: '{}' object layout differs from '{}'", new_base->type_name(), old_base->type_name());

    // The class and every class below it, parents before children.
    std::vector<TypeObject*> hierarchy = { type };
    for (size_t i = 0; i < hierarchy.size(); ++i) {
        for (TypeObject* sub : hierarchy[i]->subclasses) {
            if (std::find(hierarchy.begin(), hierarchy.end(), sub) == hierarchy.end())
                hierarchy.push_back(sub);
        }
    }
    Ref<TupleObject> old_bases = type->bases;
    type->bases = Ref<TupleObject>(new_bases);
    type->base = new_base;
    std::vector<Ref<TupleObject>> old_mros;
    for (TypeObject* t : hierarchy) {
        Result<Ref<TupleObject>> mro = compute_mro(t);
        if (mro.is_error()) {
            for (size_t i = 0; i < old_mros.size(); ++i)
                hierarchy[i]->mro = old_mros[i];
            type->bases = old_bases;
            type->base = old_base;
            return Error {};
        }
        old_mros.push_back(t->mro);
        t->mro = mro.release_value();
    }
    if (type->bases.get() != new_bases)
        return {};  // a reentrant mro() assigned other bases, and did this bookkeeping itself
    for (int64_t i = 0; i < old_bases->size; ++i) {
        auto& subs = old_bases->items[i].as<TypeObject>()->subclasses;
        subs.erase(std::remove(subs.begin(), subs.end(), type), subs.end());
    }
    for (int64_t i = 0; i < new_bases->size; ++i)
        new_bases->items[i].as<TypeObject>()->subclasses.push_back(type);
    type_modified(type);
    for (TypeObject* t : hierarchy) {
        for (const SlotDef& def : s_slotdefs)
            slot_address(*t, def) = slot_address(*t->base, def);
        update_slots(t);
    }
    return {};
}

static Result<Value> type_get_base(Val self)
{
    TypeObject* base = self.as<TypeObject>()->base;
    return base ? Value::borrow(Val(base)) : none_value();
}
static Result<Value> type_get_mro(Val self) { return Value(Ref<TupleObject>(self.as<TypeObject>()->mro)); }
static Result<Value> type_get_dict(Val self) { return Value(dict_copy(self.as<TypeObject>()->dict.get())); }
// A static type's doc may open with the constructor's signature ("itemgetter(item, /, *items)\n--\n\n..."):
// __text_signature__ is "(item, /, *items)". Other types have None.
static Result<Value> type_get_text_signature(Val self)
{
    auto* type = self.as<TypeObject>();
    if (type->has_flag(TYPE_HEAP) || !type->doc)
        return none_value();
    SplitDoc split = split_doc(static_type_short_name(*type), type->doc);
    if (split.signature.empty())
        return none_value();
    return Value(str_from_utf8(split.signature));
}
static Result<Value> type_get_doc(Val self)
{
    Val doc = dict_get_str(self.as<TypeObject>()->dict.get(), NAME_OF(__doc__));
    if (!doc)
        return none_value();
    if (doc.type()->descr_get)
        return doc.type()->descr_get(doc, Val(), self.as<TypeObject>());
    return Value::borrow(doc);
}
static Result<void> type_set_doc(Val self, Val value)
{
    auto* type = self.as<TypeObject>();
    if (!type->has_flag(TYPE_HEAP))
        return raise(&g_exc_TypeError, "cannot set '__doc__' attribute of immutable type '{}'", type->type_name());
    if (!value)
        return raise(&g_exc_TypeError, "cannot delete '__doc__' attribute of immutable type '{}'", type->type_name());
    dict_set_str(type->dict.get(), NAME_OF(__doc__), value);
    type_modified(type);
    return {};
}

// __abstractmethods__ lives in the class's own dict (never inherited); `type` itself has none. Setting it
// sets TYPE_ABSTRACT when the value is true, as CPython's type_set_abstractmethods does.
static Result<Value> type_get_abstractmethods(Val self)
{
    auto* type = self.as<TypeObject>();
    Val value = type == &g_type_type ? Val() : dict_get_str(type->dict.get(), str_intern("__abstractmethods__"));
    if (!value)
        return raise_with_args(&g_exc_AttributeError, { Val(str_intern("__abstractmethods__")) });
    return Value::borrow(value);
}

static Result<void> type_set_abstractmethods(Val self, Val value)
{
    auto* type = self.as<TypeObject>();
    if (!type->has_flag(TYPE_HEAP))
        return raise(&g_exc_TypeError, "cannot set '__abstractmethods__' attribute of immutable type '{}'", type->type_name());
    StrObject* name = str_intern("__abstractmethods__");
    bool abstract = false;
    if (value) {
        abstract = TRY(is_truthy(value));
        dict_set_str(type->dict.get(), name, value);
    } else if (!TRY(dict_delete(type->dict.get(), Val(name)))) {
        return raise_with_args(&g_exc_AttributeError, { Val(name) });
    }
    if (abstract)
        type->flags |= TYPE_ABSTRACT;
    else
        type->flags &= ~uint32_t(TYPE_ABSTRACT);
    type_modified(type);
    return {};
}

// __type_params__: what the class body stored (class C[T]), () otherwise; settable on heap types only.
static Result<Value> type_get_type_params(Val self)
{
    Val params = dict_get_str(self.as<TypeObject>()->dict.get(), str_intern("__type_params__"));
    if (!params)
        return Value(tuple_of({}));
    return Value::borrow(params);
}
static Result<void> type_set_type_params(Val self, Val value)
{
    auto* type = self.as<TypeObject>();
    if (!type->has_flag(TYPE_HEAP))
        return raise(&g_exc_TypeError, "cannot set '__type_params__' attribute of immutable type '{}'", type->type_name());
    if (!value)
        return raise(&g_exc_TypeError, "cannot delete '__type_params__' attribute of immutable type '{}'", type->type_name());
    dict_set_str(type->dict.get(), str_intern("__type_params__"), value);
    type_modified(type);
    return {};
}

// A class's own __annotations__ (never inherited), made empty on first use; static types have none.
static Result<Value> type_get_annotations(Val self)
{
    auto* type = self.as<TypeObject>();
    if (!type->has_flag(TYPE_HEAP))
        return raise(&g_exc_AttributeError, "type object '{}' has no attribute '__annotations__'", type->type_name());
    Val annotations = dict_get_str(type->dict.get(), NAME_OF(__annotations__));
    if (annotations) {
        if (annotations.type()->descr_get)
            return annotations.type()->descr_get(annotations, Val(), type);
        return Value::borrow(annotations);
    }
    Ref<DictObject> fresh = dict_new();
    dict_set_str(type->dict.get(), NAME_OF(__annotations__), Val(fresh.get()));
    type_modified(type);
    return Value(std::move(fresh));
}
static Result<void> type_set_annotations(Val self, Val value)
{
    auto* type = self.as<TypeObject>();
    if (!type->has_flag(TYPE_HEAP))
        return raise(&g_exc_TypeError, "cannot set '__annotations__' attribute of immutable type '{}'", type->type_name());
    if (value) {
        dict_set_str(type->dict.get(), NAME_OF(__annotations__), value);
    } else if (!TRY(dict_delete(type->dict.get(), Val(NAME_OF(__annotations__))))) {
        return raise_with_args(&g_exc_AttributeError, { Val(NAME_OF(__annotations__)) });
    }
    type_modified(type);
    return {};
}

static Result<Value> type_mro_method(const Val* args, size_t, TupleObject*)
{
    auto* type = args[0].as<TypeObject>();
    Ref<TupleObject> mro = type->has_flag(TYPE_HEAP) ? TRY(compute_c3_mro(type)) : type->mro;
    return Value(list_from(mro->data(), mro->size));
}
static Result<Value> type_subclasses(const Val* args, size_t, TupleObject*)
{
    auto& subs = args[0].as<TypeObject>()->subclasses;
    Ref<ListObject> list = list_new();
    for (TypeObject* t : subs)
        list_append(list.get(), Value::borrow(Val(t)));
    return Value(std::move(list));
}
static Result<Value> type_instancecheck(const Val* args, size_t nargs, TupleObject*)
{
    if (nargs != 2)
        return raise(&g_exc_TypeError, "__instancecheck__() takes exactly one argument");
    return bool_value(is_instance(args[1], args[0].as<TypeObject>()));
}
static Result<Value> type_subclasscheck(const Val* args, size_t nargs, TupleObject*)
{
    if (nargs != 2)
        return raise(&g_exc_TypeError, "__subclasscheck__() takes exactly one argument");
    if (!args[1].is_object() || !args[1].type()->has_flag(TYPE_TYPE_SUBCLASS))
        return raise(&g_exc_TypeError, "issubclass() arg 1 must be a class");
    return bool_value(is_subtype(args[1].as<TypeObject>(), args[0].as<TypeObject>()));
}
static Result<Value> type_prepare(const Val*, size_t, TupleObject*) { return Value(dict_new()); }

// type.__dir__: the names in the class and its bases (not those of the metaclass).
static Result<Value> type_dir(const Val* args, size_t, TupleObject*)
{
    auto* self = args[0].as<TypeObject>();
    Ref<DictObject> names = dict_new();
    TupleObject* mro = self->mro.get();
    for (int64_t i = 0; mro && i < mro->size; ++i)
        TRY(dict_update(names.get(), Val(mro->items[i].as<TypeObject>()->dict.get())));
    Ref<ListObject> list = list_new();
    Val key, value;
    for (int64_t position = 0; dict_next(names.get(), position, key, value);)
        list_append(list.get(), Value::borrow(key));
    return Value(std::move(list));
}

static const MethodDef s_type_methods[] = {
    { "__dir__", type_dir, METHOD_INSTANCE, "Specialized __dir__ implementation for types." },
    { "mro", type_mro_method, METHOD_INSTANCE, "Return a type's method resolution order." },
    { "__subclasses__", type_subclasses, METHOD_INSTANCE, "Return a list of immediate subclasses." },
    { "__instancecheck__", type_instancecheck, METHOD_INSTANCE, "Check if an object is an instance." },
    { "__subclasscheck__", type_subclasscheck, METHOD_INSTANCE, "Check if a class is a subclass." },
    { "__prepare__", type_prepare, METHOD_CLASS, "Create the namespace for the class statement" },
    {},
};
// type.__flags__ with CPython's Py_TPFLAGS_* bit values, for the bits Ginger tracks (copyreg reads
// HEAPTYPE, inspect.isabstract IS_ABSTRACT, which a non-empty __abstractmethods__ sets).
static Result<Value> type_get_flags(Val self)
{
    auto* type = self.as<TypeObject>();
    struct Bit {
        uint32_t ginger;
        uint64_t cpython;
    };
    static const Bit s_bits[] = {
        { TYPE_SEQUENCE, 1ull << 5 },          { TYPE_MAPPING, 1ull << 6 },
        { TYPE_HEAP, 1ull << 9 },              { TYPE_BASETYPE, 1ull << 10 },
        { TYPE_READY, 1ull << 12 },            { TYPE_GC, 1ull << 14 },
        { TYPE_INT_SUBCLASS, 1ull << 24 },     { TYPE_LIST_SUBCLASS, 1ull << 25 },
        { TYPE_TUPLE_SUBCLASS, 1ull << 26 },   { TYPE_BYTES_SUBCLASS, 1ull << 27 },
        { TYPE_STR_SUBCLASS, 1ull << 28 },     { TYPE_DICT_SUBCLASS, 1ull << 29 },
        { TYPE_EXCEPTION_SUBCLASS, 1ull << 30 }, { TYPE_TYPE_SUBCLASS, 1ull << 31 },
        { TYPE_ABSTRACT, 1ull << 20 },
    };
    uint64_t flags = 0;
    for (const Bit& bit : s_bits) {
        if (type->flags & bit.ginger)
            flags |= bit.cpython;
    }
    if (!type->has_flag(TYPE_HEAP))
        flags |= 1ull << 8;  // IMMUTABLETYPE
    if (!type->new_instance)
        flags |= 1ull << 7;  // DISALLOW_INSTANTIATION
    return int_from_uint64(flags);
}

static const GetSetDef s_type_getsets[] = {
    { "__flags__", type_get_flags, nullptr, nullptr },
    { "__name__", type_get_name, type_set_name, nullptr },
    { "__qualname__", type_get_qualname, type_set_qualname, nullptr },
    { "__module__", type_get_module, type_set_module, nullptr },
    { "__bases__", type_get_bases, type_set_bases, nullptr },
    { "__base__", type_get_base, nullptr, nullptr },
    { "__mro__", type_get_mro, nullptr, nullptr },
    { "__dict__", type_get_dict, nullptr, nullptr },
    { "__doc__", type_get_doc, type_set_doc, nullptr },
    { "__text_signature__", type_get_text_signature, nullptr, nullptr },
    { "__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, nullptr },
    { "__type_params__", type_get_type_params, type_set_type_params, nullptr },
    { "__annotations__", type_get_annotations, type_set_annotations, nullptr },
    {},
};

// ---- object ----

// "Can't instantiate abstract class C without an implementation for abstract methods 'a', 'b'".
static Error raise_abstract_instantiation(TypeObject* type)
{
    Value names = TRY(type_get_abstractmethods(Val(type)));
    Value sorted = TRY(list_from_iterable(names));
    TRY(list_sort(sorted.as<ListObject>(), Val(), false));
    auto* list = sorted.as<ListObject>();
    std::string joined;
    for (int64_t i = 0; i < list->size; ++i) {
        if (i)
            joined += "', '";
        joined += TRY(str_utf8(list->item(i)));
    }
    return raise(&g_exc_TypeError, "Can't instantiate abstract class {} without an implementation for abstract method{} '{}'",
                 type->type_name(), list->size > 1 ? "s" : "", joined);
}

static Result<Value> object_new(TypeObject* type, const Val*, size_t nargs, TupleObject* kwnames)
{
    if (nargs || (kwnames && kwnames->size)) {
        if (type->new_instance != object_new)
            return raise(&g_exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == g_object_type.init)
            return raise(&g_exc_TypeError, "{}() takes no arguments", type->has_flag(TYPE_HEAP) ? std::string_view(type->qualname) : type->type_name());
    }
    if (type->has_flag(TYPE_ABSTRACT)) [[unlikely]]
        return raise_abstract_instantiation(type);
    Object* object = alloc_object(type);
    if (!object)
        return raise_memory_error();
    return Value::adopt(Val(object));
}

static Result<void> object_init(Val self, const Val*, size_t nargs, TupleObject* kwnames)
{
    if (nargs || (kwnames && kwnames->size)) {
        TypeObject* type = self.type();
        if (type->init != object_init)
            return raise(&g_exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        if (type->new_instance == object_new)
            return raise(&g_exc_TypeError, "{}() takes no arguments", type->has_flag(TYPE_HEAP) ? std::string_view(type->qualname) : type->type_name());
    }
    return {};
}

static Result<Value> object_repr_slot(Val self)
{
    TypeObject* type = self.type();
    std::string name;
    if (type->has_flag(TYPE_HEAP)) {
        Val module = dict_get_str(type->dict.get(), NAME_OF(__module__));
        if (module && is_str(module) && module.as<StrObject>()->view() != "builtins")
            name = std::string(module.as<StrObject>()->view()) + ".";
        name += type->qualname;
    } else {
        name = type->name;
    }
    char address[32];
    snprintf(address, sizeof address, "%p", static_cast<void*>(self.object()));
    return Value(str_from_utf8("<" + name + " object at " + address + ">"));
}

static Result<Value> object_str_slot(Val self)
{
    UnaryFn repr = self.type()->repr;
    return repr ? repr(self) : object_repr_slot(self);
}

static Result<int64_t> object_hash_slot(Val self)
{
    // CPython's _Py_HashPointer: the address rotated by 4 bits.
    uint64_t bits = self.bits();
    int64_t h = int64_t((bits >> 4) | (bits << 60));
    return h == -1 ? -2 : h;
}

static Result<Value> object_richcompare_slot(Val self, Val other, CompareOp op)
{
    switch (op) {
    case CompareOp::Eq:
        return self.is(other) ? bool_value(true) : Value::borrow(not_implemented());
    case CompareOp::Ne: {
        // By default, != is the inverse of ==.
        RichCompareFn eq = self.type()->richcompare;
        if (!eq)
            return Value::borrow(not_implemented());
        Value r = TRY(eq(self, other, CompareOp::Eq));
        if (is_not_implemented(r))
            return r;
        return bool_value(!TRY(is_truthy(r)));
    }
    default:
        return Value::borrow(not_implemented());
    }
}

static Result<Value> object_get_class(Val self) { return Value::borrow(Val(self.type())); }
static Result<void> object_set_class(Val self, Val value)
{
    if (!value)
        return raise(&g_exc_TypeError, "can't delete __class__ attribute");
    if (!value.is_object() || !value.type()->has_flag(TYPE_TYPE_SUBCLASS))
        return raise(&g_exc_TypeError, "__class__ must be set to a class, not '{}' object", value.type()->type_name());
    TypeObject* old_type = self.type();
    auto* new_type = value.as<TypeObject>();
    bool both_modules = is_subtype(old_type, &g_module_type) && is_subtype(new_type, &g_module_type);
    if (!both_modules && (!old_type->has_flag(TYPE_HEAP) || !new_type->has_flag(TYPE_HEAP)))
        return raise(&g_exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    if (solid_base(old_type) != solid_base(new_type) || old_type->basic_size != new_type->basic_size)
        return raise(&g_exc_TypeError, "__class__ assignment: '{}' object layout differs from '{}'", new_type->qualname, old_type->qualname);
    incref(new_type);
    self.object()->type = new_type;
    decref(old_type);
    return {};
}
static Result<Value> object_get_dict(Val self)
{
    Ref<DictObject>* slot = instance_dict_slot(self);
    if (!slot)
        return raise(&g_exc_AttributeError, "'{}' object has no attribute '__dict__'", self.type()->type_name());
    if (!*slot)
        *slot = dict_new();
    return Value(Ref<DictObject>(*slot));
}
static Result<void> object_set_dict(Val self, Val value)
{
    Ref<DictObject>* slot = instance_dict_slot(self);
    if (!slot)
        return raise(&g_exc_AttributeError, "'{}' object has no attribute '__dict__'", self.type()->type_name());
    if (!value) {  // del obj.__dict__: a fresh dict appears on next use
        *slot = nullptr;
        return {};
    }
    if (!is_dict(value))
        return raise(&g_exc_TypeError, "__dict__ must be set to a dictionary, not a '{}'", value.type()->type_name());
    *slot = Ref<DictObject>(value.as<DictObject>());
    return {};
}

static Result<Value> object_format(const Val* args, size_t nargs, TupleObject*)
{
    if (nargs != 2 || !is_str(args[1]))
        return raise(&g_exc_TypeError, "format() argument 2 must be str");
    if (args[1].as<StrObject>()->length)
        return raise(&g_exc_TypeError, "unsupported format string passed to {}.__format__", args[0].type()->type_name());
    return object_str(args[0]);
}
static Result<Value> object_init_subclass(const Val*, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}.__init_subclass__() takes no keyword arguments", "object");
    return none_value();
}
// getattr(object, name), or null when that raises (CPython's object.__dir__ ignores those errors).
static Value attribute_or_null(Val object, StrObject* name)
{
    Result<Value> r = get_attr(object, name);
    if (r.is_error()) {
        clear_error();
        return Value();
    }
    return r.release_value();
}

// The names in a class's __dict__ and in its bases', as CPython's merge_class_dict collects them (for a
// __class__ that is not a type, through its __dict__ and __bases__ attributes).
static Result<void> merge_class_names(DictObject* names, Val cls, int depth = 0)
{
    if (cls.is_object() && cls.type()->has_flag(TYPE_TYPE_SUBCLASS)) {
        TupleObject* mro = cls.as<TypeObject>()->mro.get();
        for (int64_t i = 0; i < mro->size; ++i)
            TRY(dict_update(names, Val(mro->items[i].as<TypeObject>()->dict.get())));
        return {};
    }
    if (depth > 100)
        return {};
    if (Value dict = attribute_or_null(cls, NAME_OF(__dict__)); dict && is_dict(dict))
        TRY(dict_update(names, dict.get()));
    Value bases = attribute_or_null(cls, NAME_OF(__bases__));
    if (bases && is_tuple(bases)) {
        for (int64_t i = 0; i < bases.as<TupleObject>()->size; ++i)
            TRY(merge_class_names(names, bases.as<TupleObject>()->items[i], depth + 1));
    }
    return {};
}

static Result<Value> object_dir(const Val* args, size_t, TupleObject*)
{
    // The instance's __dict__ and the names of its __class__, both looked up as attributes so that a proxy
    // overriding __class__ (or a slot shadowing it) is listed as CPython lists it.
    Val self = args[0];
    Ref<DictObject> names = dict_new();
    if (Value dict = attribute_or_null(self, NAME_OF(__dict__)); dict && is_dict(dict))
        TRY(dict_update(names.get(), dict.get()));
    if (Value cls = attribute_or_null(self, NAME_OF(__class__)))
        TRY(merge_class_names(names.get(), cls.get()));
    Ref<ListObject> list = list_new();
    Val key, value;
    for (int64_t position = 0; dict_next(names.get(), position, key, value);)
        list_append(list.get(), Value::borrow(key));
    return Value(std::move(list));
}
static Result<Value> object_sizeof(const Val* args, size_t, TupleObject*)
{
    return int_from_int64(int64_t(args[0].type()->basic_size));
}

Result<Value> object_reduce_ex(const Val* args, size_t nargs, TupleObject* kwnames);  // object_reduce.cpp
Result<Value> object_reduce(const Val* args, size_t nargs, TupleObject* kwnames);
Result<Value> object_getstate(const Val* args, size_t nargs, TupleObject* kwnames);

static Result<Value> object_subclasshook(const Val*, size_t, TupleObject*) { return Value::borrow(not_implemented()); }

static const MethodDef s_object_methods[] = {
    { "__format__", object_format, METHOD_INSTANCE, "Default object formatter." },
    { "__reduce_ex__", object_reduce_ex, METHOD_INSTANCE, "Helper for pickle." },
    { "__reduce__", object_reduce, METHOD_INSTANCE, "Helper for pickle." },
    { "__getstate__", object_getstate, METHOD_INSTANCE, "Helper for pickle." },
    { "__subclasshook__", object_subclasshook, METHOD_CLASS, "Abstract classes can override this to customize issubclass()." },
    { "__init_subclass__", object_init_subclass, METHOD_CLASS, "This method is called when a class is subclassed." },
    { "__dir__", object_dir, METHOD_INSTANCE, "Default dir() implementation." },
    { "__sizeof__", object_sizeof, METHOD_INSTANCE, "Size of object in memory, in bytes." },
    {},
};
static const GetSetDef s_object_getsets[] = {
    { "__class__", object_get_class, object_set_class, nullptr },
    {},
};
extern const GetSetDef s_instance_dict_getset[];
const GetSetDef s_instance_dict_getset[] = {
    { "__dict__", object_get_dict, object_set_dict, nullptr },
    {},
};

static Result<Value> member_get_name(Val self) { return Value::borrow(Val(self.as<MemberDescriptorObject>()->name.get())); }
static Result<Value> member_get_qualname(Val self)
{
    auto* d = self.as<MemberDescriptorObject>();
    return Value(str_from_utf8(d->owner->qualname + "." + std::string(d->name->view())));
}
static Result<Value> member_get_objclass(Val self) { return Value::borrow(Val(self.as<MemberDescriptorObject>()->owner)); }
static Result<Value> member_get_doc(Val) { return none_value(); }
static const GetSetDef s_member_descriptor_getsets[] = {
    { "__name__", member_get_name, nullptr, nullptr },
    { "__qualname__", member_get_qualname, nullptr, nullptr },
    { "__objclass__", member_get_objclass, nullptr, nullptr },
    { "__doc__", member_get_doc, nullptr, nullptr },
    {},
};

void init_member_descriptor_type()
{
    type_init_static(g_member_descriptor_type, "member_descriptor", sizeof(MemberDescriptorObject), &g_object_type, 0);
    g_member_descriptor_type.destroy = member_destroy;
    g_member_descriptor_type.descr_get = member_get;
    g_member_descriptor_type.descr_set = member_set;
    g_member_descriptor_type.repr = member_repr;
    g_member_descriptor_type.getsets = s_member_descriptor_getsets;
}

void init_object_types()
{
    type_init_static(g_object_type, "object", sizeof(Object), nullptr, TYPE_BASETYPE);
    g_object_type.new_instance = object_new;
    g_object_type.init = object_init;
    g_object_type.repr = object_repr_slot;
    g_object_type.str = object_str_slot;
    g_object_type.hash = object_hash_slot;
    g_object_type.richcompare = object_richcompare_slot;
    g_object_type.getattr = generic_getattr;
    g_object_type.setattr = generic_setattr;
    g_object_type.methods = s_object_methods;
    g_object_type.getsets = s_object_getsets;
    g_object_type.doc = "The base class of the class hierarchy.";

    // TYPE_GC: classes (heap types) are collected; the static types have no GcHeader (gc_has_header()).
    type_init_static(g_type_type, "type", sizeof(TypeObject), &g_object_type, TYPE_BASETYPE | TYPE_GC | TYPE_TYPE_SUBCLASS | TYPE_WEAKREFABLE);
    g_type_type.dict_offset = offsetof(TypeObject, dict);
    g_type_type.repr = type_repr;
    g_type_type.getattr = type_getattr;
    g_type_type.setattr = type_setattr;
    g_type_type.call = type_call;
    g_type_type.new_instance = type_new;
    g_type_type.init = type_init;
    g_type_type.destroy = heap_type_destroy;
    g_type_type.traverse = heap_type_traverse;
    g_type_type.clear = heap_type_clear;
    g_type_type.methods = s_type_methods;
    g_type_type.getsets = s_type_getsets;
}

static Result<Value> instance_get_weakref(Val self)
{
    Object* first = weakref_first(self.object());
    return first ? Value::borrow(Val(first)) : none_value();
}

const GetSetDef s_instance_weakref_getset[] = {
    { "__weakref__", instance_get_weakref, nullptr, "list of weak references to the object" },
    {},
};

// The __dict__ descriptor that heap types with instance dicts expose.
const GetSetDef* instance_dict_getsets() { return s_instance_dict_getset; }

}  // namespace ginger
