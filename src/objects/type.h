// TypeObject: the slots every type fills (the fast C++ paths behind Python's protocols), and the
// attribute machinery that connects them to the dunders a class defines in Python.
#pragma once

#include "objects/object.h"

#include <string>
#include <vector>

namespace ginger {

struct StrObject;
struct TupleObject;
struct DictObject;
struct BufferProcs;  // objects/buffer.h

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// The binary operators, in the order BINARY_OP's argument numbers them. In-place forms add INPLACE_OFFSET.
enum class BinaryOp : uint8_t { Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, MatMul, COUNT };
inline constexpr int BINARY_OP_COUNT = int(BinaryOp::COUNT);
inline constexpr int INPLACE_OFFSET = BINARY_OP_COUNT;

using DestroyFn = void (*)(Object*);
using VisitFn = void (*)(Object*, void* context);
using TraverseFn = void (*)(Object*, VisitFn, void* context);
// Visits v if it is a heap object (tagged small ints and null are not).
inline void visit_val(Val v, VisitFn visit, void* context)
{
    if (v.is_object())
        visit(v.object(), context);
}
using UnaryFn = Result<Value> (*)(Val);
using BinaryFn = Result<Value> (*)(Val, Val);
using HashFn = Result<int64_t> (*)(Val);
using RichCompareFn = Result<Value> (*)(Val, Val, CompareOp);
using GetAttrFn = Result<Value> (*)(Val, StrObject*);
using SetAttrFn = Result<void> (*)(Val, StrObject*, Val);  // A null value deletes.
using DescrGetFn = Result<Value> (*)(Val descriptor, Val instance, TypeObject* owner);
using DescrSetFn = Result<void> (*)(Val descriptor, Val instance, Val value);  // A null value deletes.
// Calls take their arguments as an array: positional first, then the values of the keywords named
// in kwnames (a tuple of str, or null). The array is borrowed.
using CallFn = Result<Value> (*)(Val callable, const Val* args, size_t nargs, TupleObject* kwnames);
using NewFn = Result<Value> (*)(TypeObject*, const Val* args, size_t nargs, TupleObject* kwnames);
using InitFn = Result<void> (*)(Val self, const Val* args, size_t nargs, TupleObject* kwnames);
using IterNextFn = Result<Value> (*)(Val);  // A null value (without error) means exhausted.
using LenFn = Result<int64_t> (*)(Val);
using BoolFn = Result<bool> (*)(Val);
using ContainsFn = Result<bool> (*)(Val container, Val item);
using SetItemFn = Result<void> (*)(Val, Val key, Val value);  // A null value deletes.

// A Python-visible method of a native type or module: args[0] is self for methods.
using NativeFn = Result<Value> (*)(const Val* args, size_t nargs, TupleObject* kwnames);
struct MethodDef {
    const char* name;
    NativeFn function;
    int flags;
    const char* doc;
};
enum MethodFlags : int { METHOD_INSTANCE = 0, METHOD_CLASS = 1, METHOD_STATIC = 2 };

// A computed attribute of a native type (a getset descriptor).
// The setter of what CPython makes a read-only member (property.fget, slice.start, code.co_name, ...):
// AttributeError "readonly attribute", where a getset without a setter says "... is not writable".
Result<void> readonly_member_set(Val self, Val value);
struct GetSetDef {
    const char* name;
    Result<Value> (*get)(Val self);
    Result<void> (*set)(Val self, Val value);  // null: read-only
    const char* doc;
};

enum TypeFlags : uint32_t {
    TYPE_HEAP = 1 << 0,       // created by a class statement or type(); reference counted
    TYPE_BASETYPE = 1 << 1,   // may be subclassed
    TYPE_GC = 1 << 2,         // instances carry a GcHeader and are tracked by the cycle collector
    TYPE_READY = 1 << 3,
    // Fast isinstance() for the core types: a type has the bit of each core type it derives from.
    TYPE_INT_SUBCLASS = 1 << 8,
    TYPE_LIST_SUBCLASS = 1 << 9,
    TYPE_TUPLE_SUBCLASS = 1 << 10,
    TYPE_STR_SUBCLASS = 1 << 11,
    TYPE_DICT_SUBCLASS = 1 << 12,
    TYPE_EXCEPTION_SUBCLASS = 1 << 13,
    TYPE_TYPE_SUBCLASS = 1 << 14,
    TYPE_BYTES_SUBCLASS = 1 << 15,
    // Instances have a variable size (items stored inline after basic_size: str, tuple, bytes, int): a heap
    // subclass cannot place its instance dict at basic_size, so it keeps it in a side table.
    TYPE_VARSIZE = 1 << 16,
    // Instances can be weakly referenced (weakref.h). Such a type must have a destroy function or be a heap
    // type, so that dealloc_object() does not take the leaf path that skips the weak-reference check.
    TYPE_WEAKREFABLE = 1 << 17,
    // What sequence and mapping patterns of `match` accept (CPython's Py_TPFLAGS_SEQUENCE/MAPPING): set on list,
    // tuple, range and dict, inherited from the primary base, and set by collections.abc's Sequence and
    // Mapping on their subclasses and registered classes.
    TYPE_SEQUENCE = 1 << 18,
    TYPE_MAPPING = 1 << 19,
    // Native slots that are fast paths, not dunders CPython's type has: no slot wrapper is made for them.
    TYPE_LEN_TRUTH = 1 << 20,   // to_bool stands for __len__ (list, dict, str, ...): no __bool__
    TYPE_CONCAT = 1 << 21,      // `+` is sequence concatenation (list, str, bytes, ...): no __radd__
    // The class's own __abstractmethods__ is non-empty: object.__new__ refuses to instantiate it (CPython's
    // Py_TPFLAGS_IS_ABSTRACT, set by assigning __abstractmethods__; not inherited).
    TYPE_ABSTRACT = 1 << 22,
    // The MRO came from a metaclass's own mro(): it may hold any classes in any order, so lookups on the
    // class are not cached (type_modified could not reach it from the classes it names).
    TYPE_CUSTOM_MRO = 1 << 23,
};

struct TypeObject : Object {
    TypeObject();   // out of line, as the destructor
    ~TypeObject();  // out of line: the Ref members need complete types
    const char* name = nullptr;       // tp_name for static types (e.g. "int"); heap types use m_heap_name
    uint32_t flags = 0;
    uint32_t version = 0;             // 0 = no valid version; inline caches compare against it
    size_t basic_size = 0;            // bytes of an instance, object header included
    size_t dict_offset = 0;           // where an instance keeps its Ref<DictObject>, 0 if it has none
    TypeObject* base = nullptr;       // the primary base (tp_base)
    Ref<TupleObject> bases;
    Ref<TupleObject> mro;
    Ref<DictObject> dict;
    std::string heap_name;            // name (mutable) of heap types
    std::string qualname;
    Ref<StrObject> name_str;          // the str last given for __name__ / __qualname__: the same object on each
    Ref<StrObject> qualname_str;      // read while the name is unchanged (inspect relies on `is`), as in CPython
    std::vector<TypeObject*> subclasses;  // weak: removed when a subclass dies
    std::vector<size_t> slot_offsets;     // __slots__ members (own and inherited): a Value each in the instance

    DestroyFn destroy = nullptr;      // releases what an instance owns (not its memory)
    void (*free_memory)(Object*) = nullptr;  // returns the memory (e.g. to a free list); default: free_object_memory
    DestroyFn clear = nullptr;        // drops the references an instance holds, leaving it valid (breaks cycles)
    DestroyFn finalize = nullptr;     // runs first when an instance dies, with a reference lent; it may resurrect it
    TraverseFn traverse = nullptr;
    UnaryFn repr = nullptr;
    UnaryFn str = nullptr;
    HashFn hash = nullptr;
    RichCompareFn richcompare = nullptr;
    GetAttrFn getattr = nullptr;
    SetAttrFn setattr = nullptr;
    DescrGetFn descr_get = nullptr;
    DescrSetFn descr_set = nullptr;
    CallFn call = nullptr;
    NewFn new_instance = nullptr;
    InitFn init = nullptr;
    UnaryFn iter = nullptr;
    IterNextFn iternext = nullptr;
    LenFn len = nullptr;
    BoolFn to_bool = nullptr;
    BinaryFn getitem = nullptr;
    SetItemFn setitem = nullptr;
    ContainsFn contains = nullptr;
    BinaryFn binary[BINARY_OP_COUNT] = {};
    BinaryFn inplace[BINARY_OP_COUNT] = {};
    UnaryFn negative = nullptr;
    UnaryFn positive = nullptr;
    UnaryFn invert = nullptr;
    UnaryFn absolute = nullptr;
    UnaryFn to_int = nullptr;     // __int__
    UnaryFn to_float = nullptr;   // __float__
    UnaryFn index = nullptr;      // __index__
    const BufferProcs* buffer = nullptr;  // the buffer protocol (objects/buffer.h)

    const MethodDef* methods = nullptr;     // terminated by a null name
    const GetSetDef* getsets = nullptr;     // terminated by a null name
    const char* doc = nullptr;

    std::string_view type_name() const { return (flags & TYPE_HEAP) ? std::string_view(heap_name) : std::string_view(name); }
    bool has_flag(uint32_t flag) const { return flags & flag; }
};

// Static types are defined in the file of their type; this registers the slots' dunders, methods and
// getsets in the type's dict and computes its MRO. Called once at startup for every static type.
void type_ready(TypeObject& type);

// Looks a name up along the MRO; returns a borrowed pointer or null. Cached by (version, name).
Val type_lookup(TypeObject* type, StrObject* name);
bool is_subtype(TypeObject* type, TypeObject* base);
// The metaclass of a class with these bases, starting from `metatype`: the most derived of it and the bases'
// types, or CPython's "metaclass conflict" TypeError.
Result<TypeObject*> most_derived_metaclass(TypeObject* metatype, TupleObject* bases);
inline bool is_instance_exact(Val v, TypeObject* type) { return v.type() == type; }
bool is_instance(Val v, TypeObject* type);

// Marks a type (and its subclasses) as changed: their inline caches fail from now on.
void type_modified(TypeObject* type);
uint32_t type_assign_version(TypeObject* type);

// The class statement's type(): builds a heap type from name, bases and namespace.
Result<Value> type_new_from_namespace(TypeObject* metatype, StrObject* name, TupleObject* bases, DictObject* ns,
                                      TupleObject* kwnames_for_init_subclass, const Val* init_subclass_args);

// Allocates an instance of `type` (zeroed beyond the header, GC header if the type needs one).
Object* alloc_object(TypeObject* type);
Object* alloc_object_sized(TypeObject* type, size_t size);
// For native types whose instance struct T has C++ members: the typed allocation, and the destroy slot that
// runs T's destructor.
template<class T>
T* alloc_instance(TypeObject* type) { return static_cast<T*>(alloc_object(type)); }
template<class T>
void destroy_instance(Object* object) { static_cast<T*>(object)->~T(); }
// The machine's physical memory in bytes. Larger requests fail with MemoryError up front: with overcommit the
// allocator would hand out the address space and the process would be killed when the memory is touched.
int64_t memory_limit();
// For an allocation that failed on a path with no error return: throws std::bad_alloc, which the `ginger`
// command turns into "MemoryError" and exit status 1 (src/main.cpp). Paths that can fail raise MemoryError.
[[noreturn]] void out_of_memory();
void free_object_memory(Object* object);

// The generic attribute protocol (object.__getattribute__ / __setattr__).
Result<Value> generic_getattr(Val self, StrObject* name);
// Like generic_getattr but returns null without raising when the attribute is missing.
Result<Value> generic_getattr_maybe(Val self, StrObject* name);
Result<void> generic_setattr(Val self, StrObject* name, Val value);
Ref<DictObject>* instance_dict_slot(Val self);
// The offset in instances of `type` of the __slots__ member that `descriptor` (found on type) describes, or 0 when
// it is no member_descriptor applying to them. The interpreter's attribute caches read and write such slots directly.
size_t member_slot_offset(Val descriptor, TypeObject* type);

extern TypeObject g_type_type;
extern TypeObject g_object_type;

}  // namespace ginger
