// Functions, bound methods, cells and native callables.
#pragma once

#include "objects/code.h"
#include "objects/dict.h"

namespace ginger {

struct FunctionObject : Object {
    Ref<CodeObject> code;
    Ref<DictObject> globals;
    Ref<DictObject> builtins;
    Ref<StrObject> name;
    Ref<StrObject> qualname;
    Value module;
    Value doc;
    Ref<TupleObject> defaults;    // null if none
    Ref<DictObject> kwdefaults;   // null if none
    Ref<TupleObject> closure;     // cells, null if none
    Ref<DictObject> dict;
    Value annotations;
    Ref<TupleObject> type_params;  // __type_params__; null means ()
};

struct MethodObject : Object {  // a bound method
    Value function;
    Value self;
};

struct CellObject : Object {
    Value contents;  // null: empty cell
};

// A native function or method (builtin_function_or_method); self is the module or the bound object.
struct BuiltinFunctionObject : Object {
    const MethodDef* def;
    Value self;
    Value module;
};

// A native method sitting in a type's dict (method_descriptor / classmethod_descriptor).
struct MethodDescriptorObject : Object {
    const MethodDef* def;
    TypeObject* owner;
};

struct GetSetDescriptorObject : Object {
    const GetSetDef* def;
    TypeObject* owner;
};

// A dunder of a native type exposed to Python (wrapper_descriptor), e.g. int.__add__.
using WrapperFn = Result<Value> (*)(Val self, const Val* args, size_t nargs, TupleObject* kwnames, void* slot);
struct SlotWrapperObject : Object {
    StrObject* name;
    WrapperFn wrapper;
    void* slot;
    TypeObject* owner;
};

struct StaticMethodObject : Object {
    Value callable;
    Ref<DictObject> dict;
};
struct ClassMethodObject : Object {
    Value callable;
    Ref<DictObject> dict;
};
struct PropertyObject : Object {
    Value fget, fset, fdel, doc;
    Value name;
};

extern TypeObject g_function_type, g_method_type, g_cell_type, g_builtin_function_type, g_method_descriptor_type,
    g_classmethod_descriptor_type, g_getset_descriptor_type, g_slot_wrapper_type, g_method_wrapper_type,
    g_staticmethod_type, g_classmethod_type, g_property_type;

Ref<FunctionObject> function_new(Ref<CodeObject> code, Ref<DictObject> globals);
Ref<CellObject> cell_new(Value contents);
Value method_new(Val function, Val self);
Value builtin_function_new(const MethodDef* def, Val self, Val module);

// A native docstring may open with its signature, as CPython's do: "len($module, obj, /)\n--\n\nReturn ...".
// The signature is __text_signature__ ("($module, obj, /)"), the rest __doc__ (function.cpp).
struct SplitDoc {
    std::string_view signature;  // empty: none
    std::string_view body;
};
SplitDoc split_doc(std::string_view name, const char* doc);

}  // namespace ginger
