// types.GenericAlias (list[int], dict[str, int], type[X]) and types.UnionType (int | str): the
// objects that annotations evaluated at run time build. They record their parts and print them;
// isinstance() accepts unions and refuses parameterized generics, as CPython does. Their type
// variables (__parameters__) and substitution (dict[K, list[T]][str, int]) are written in Python, in
// lib/_typing.py, next to TypeVar itself; a GenericAlias forwards other attributes to its origin.
#include "import/import.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

#include <new>
#include <string>
#include <vector>

namespace ginger {

TypeObject g_generic_alias_type, g_union_type;

struct AliasObject : Object {
    Value origin;              // GenericAlias: the class; UnionType: unused
    Ref<TupleObject> args;
    Value parameters;          // computed on first use
    bool starred = false;      // *tuple[int, str]: the unpacked form
};

static void alias_destroy(Object* object) { static_cast<AliasObject*>(object)->~AliasObject(); }
static void alias_traverse(Object* object, VisitFn visit, void* context)
{
    auto* alias = static_cast<AliasObject*>(object);
    visit_val(alias->origin.get(), visit, context);
    visit_val(alias->parameters.get(), visit, context);
    if (alias->args)
        visit(alias->args.get(), context);
}

static Value make_alias(TypeObject* type, Val origin, Ref<TupleObject> args)
{
    auto* alias = static_cast<AliasObject*>(alloc_object(type));
    new (&alias->origin) Value(origin ? Value::borrow(origin) : Value());
    new (&alias->args) Ref<TupleObject>(std::move(args));
    new (&alias->parameters) Value();
    alias->starred = false;
    return Value::adopt(Val(alias));
}

Value generic_alias_new(Val origin, Val arguments)
{
    Ref<TupleObject> args = is_tuple_exact(arguments) ? Ref<TupleObject>(arguments.as<TupleObject>()) : tuple_of({ arguments });
    return make_alias(&g_generic_alias_type, origin, std::move(args));
}

// How a type appears inside an alias's repr: builtins by name, others module-qualified.
static Result<std::string> type_repr_for_alias(Val v)
{
    if (v.is(Val(&g_ellipsis)))
        return std::string("...");
    if (is_none(v) || v.is(Val(&g_none_type)))
        return std::string("None");
    if (v.is_object() && v.type()->has_flag(TYPE_TYPE_SUBCLASS)) {
        auto* type = v.as<TypeObject>();
        Value module = TRY(get_attr_maybe(v, NAME_OF(__module__)));
        Value qualname = TRY(get_attr_maybe(v, NAME_OF(__qualname__)));
        std::string name = qualname && is_str(qualname) ? std::string(qualname.as<StrObject>()->view()) : std::string(type->type_name());
        if (module && is_str(module) && module.as<StrObject>()->view() != "builtins")
            return std::string(module.as<StrObject>()->view()) + "." + name;
        return name;
    }
    return repr_utf8(v);
}

static Result<Value> generic_alias_repr(Val self)
{
    auto* alias = self.as<AliasObject>();
    std::string text = (alias->starred ? "*" : "") + TRY(type_repr_for_alias(alias->origin)) + "[";
    for (int64_t i = 0; i < alias->args->size; ++i) {
        if (i)
            text += ", ";
        Val arg = alias->args->item(i);
        if (is_tuple(arg) && arg.as<TupleObject>()->size == 0)
            text += "()";
        else
            text += TRY(type_repr_for_alias(arg));
    }
    if (alias->args->size == 0)
        text += "()";
    return Value(str_from_utf8(text + "]"));
}

static Result<Value> union_repr(Val self)
{
    auto* alias = self.as<AliasObject>();
    std::string text;
    for (int64_t i = 0; i < alias->args->size; ++i) {
        if (i)
            text += " | ";
        text += TRY(type_repr_for_alias(alias->args->item(i)));
    }
    return Value(str_from_utf8(text));
}

static Result<Value> generic_alias_call(Val callable, const Val* args, size_t nargs, TupleObject* kwnames)
{
    Value result = TRY(call(callable.as<AliasObject>()->origin, args, nargs, kwnames));
    // Like CPython, the instance records the alias it was made through, when it can take the attribute.
    if (!set_attr(result, str_intern("__orig_class__"), callable).is_error())
        return result;
    if (!error_matches(&g_exc_AttributeError) && !error_matches(&g_exc_TypeError))
        return Error {};
    clear_error();
    return result;
}

// A GenericAlias answers for its origin (list[int].__name__ is 'list'), except for these names.
static bool alias_own_attribute(std::string_view name)
{
    static constexpr std::string_view own[] = { "__class__", "__origin__", "__args__", "__unpacked__",
        "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__" };
    for (std::string_view n : own) {
        if (n == name)
            return true;
    }
    return false;
}

static Result<Value> alias_getattr(Val self, StrObject* name)
{
    if (is_generic_alias(self) && !alias_own_attribute(name->view()))
        return get_attr(self.as<AliasObject>()->origin, name);
    Value found = TRY(generic_getattr_maybe(self, name));
    if (found)
        return found;
    return raise_attribute_error(self, name);
}

static Result<Value> alias_richcompare(Val self, Val other, CompareOp op)
{
    bool comparable = self.type() == &g_union_type ? other.type() == &g_union_type : is_generic_alias(other);
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !comparable)
        return Value::borrow(not_implemented());
    auto* a = self.as<AliasObject>();
    auto* b = other.as<AliasObject>();
    bool equal;
    if (self.type() == &g_union_type) {
        // Unions are equal when they have the same members, in any order.
        auto contains_all = [](TupleObject* x, TupleObject* y) -> Result<bool> {
            for (int64_t i = 0; i < x->size; ++i) {
                bool found = false;
                for (int64_t j = 0; j < y->size && !found; ++j)
                    found = TRY(rich_compare_bool(x->item(i), y->item(j), CompareOp::Eq));
                if (!found)
                    return false;
            }
            return true;
        };
        equal = TRY(contains_all(a->args.get(), b->args.get())) && TRY(contains_all(b->args.get(), a->args.get()));
    } else {
        equal = TRY(rich_compare_bool(Val(a->args.get()), Val(b->args.get()), CompareOp::Eq));
    }
    if (equal && self.type() != &g_union_type)
        equal = a->starred == b->starred && TRY(rich_compare_bool(a->origin, b->origin, CompareOp::Eq));
    return bool_value(op == CompareOp::Eq ? equal : !equal);
}

static Result<int64_t> alias_hash(Val self)
{
    auto* alias = self.as<AliasObject>();
    int64_t h = 0;
    if (self.type() == &g_union_type) {
        // hash(frozenset(args)), like typing.Union, so that int | str and Union[int, str] hash alike.
        Ref<SetObject> members = set_new(&g_frozenset_type);
        TRY(set_update(members.get(), Val(alias->args.get())));
        return object_hash(Val(members.get()));
    } else {
        h = TRY(object_hash(Val(alias->args.get())));
    }
    if (alias->origin)
        h ^= TRY(object_hash(alias->origin));
    return h == -1 ? -2 : h;
}

static Result<Value> alias_get_origin(Val self) { return Value(self.as<AliasObject>()->origin); }
static Result<Value> alias_get_args(Val self) { return Value(self.as<AliasObject>()->args); }
// Calls a helper of lib/_typing.py (imported on first use).
static Result<Value> call_typing_helper(const char* function, std::initializer_list<Val> args)
{
    Value module = TRY(import_module("_typing"));
    Value callable = TRY(get_attr(module.get(), str_intern(function)));
    return call(callable.get(), args);
}

static Result<Value> alias_get_parameters(Val self)
{
    auto* alias = self.as<AliasObject>();
    if (!alias->parameters)
        alias->parameters = TRY(call_typing_helper("_alias_parameters", { Val(alias->args.get()) }));
    return alias->parameters;
}
static Result<Value> alias_get_unpacked(Val self) { return bool_value(self.as<AliasObject>()->starred); }
static Result<Value> alias_get_unpacked_tuple_args(Val self)
{
    auto* alias = self.as<AliasObject>();
    if (alias->starred && alias->origin.get().is(Val(&g_tuple_type)))
        return Value(alias->args);
    return none_value();
}

// list[T][int], dict[K, list[T]][str, int]: the arguments with their type variables substituted.
static Result<Value> generic_alias_getitem(Val self, Val item)
{
    auto* alias = self.as<AliasObject>();
    Value args = TRY(call_typing_helper("_alias_substitute", { self, Val(alias->args.get()), item }));
    Value result = generic_alias_new(alias->origin, args);
    result.as<AliasObject>()->starred = alias->starred;
    return result;
}

// (int | list[T])[str]: the substituted members joined with | again.
static Result<Value> union_getitem(Val self, Val item)
{
    Value args = TRY(call_typing_helper("_alias_substitute", { self, Val(self.as<AliasObject>()->args.get()), item }));
    auto* tuple = args.as<TupleObject>();
    if (tuple->size == 0)
        return make_alias(&g_union_type, Val(), Ref<TupleObject>(tuple));
    Value result = Value::borrow(tuple->item(0));
    for (int64_t i = 1; i < tuple->size; ++i)
        result = TRY(binary_op(result, tuple->item(i), BinaryOp::Or));
    return result;
}

// iter(tuple[int, str]) gives the one starred alias, *tuple[int, str].
static Result<Value> generic_alias_iter(Val self)
{
    auto* alias = self.as<AliasObject>();
    Value starred = generic_alias_new(alias->origin, Val(alias->args.get()));
    starred.as<AliasObject>()->starred = true;
    return get_iter(Val(tuple_of({ starred.get() }).get()));
}

static Result<Value> generic_alias_mro_entries(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__mro_entries__", nargs - 1, kwnames, 1, 1));
    return Value(tuple_of({ args[0].as<AliasObject>()->origin.get() }));
}
static Result<Value> generic_alias_instancecheck(const Val*, size_t, TupleObject*)
{
    return raise(&g_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
static Result<Value> generic_alias_subclasscheck(const Val*, size_t, TupleObject*)
{
    return raise(&g_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

// Pickling: types.GenericAlias(origin, args) again.
static Result<Value> generic_alias_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    auto* alias = args[0].as<AliasObject>();
    Value parts = Value(tuple_of({ alias->origin.get(), Val(alias->args.get()) }));
    if (alias->starred) {
        Value module = TRY(import_module("_typing"));
        Value rebuild = TRY(get_attr(module.get(), str_intern("_starred_alias")));
        return Value(tuple_of({ rebuild.get(), parts.get() }));
    }
    return Value(tuple_of({ Val(args[0].type()), parts.get() }));
}
static const MethodDef s_generic_alias_methods[] = {
    { "__reduce__", generic_alias_reduce, METHOD_INSTANCE, "Helper for pickle." },
    { "__mro_entries__", generic_alias_mro_entries, METHOD_INSTANCE, nullptr },
    { "__instancecheck__", generic_alias_instancecheck, METHOD_INSTANCE, nullptr },
    { "__subclasscheck__", generic_alias_subclasscheck, METHOD_INSTANCE, nullptr },
    {},
};

static const GetSetDef s_generic_alias_getsets[] = {
    { "__origin__", alias_get_origin, readonly_member_set, nullptr },
    { "__args__", alias_get_args, readonly_member_set, nullptr },
    { "__parameters__", alias_get_parameters, nullptr, nullptr },
    { "__unpacked__", alias_get_unpacked, readonly_member_set, nullptr },
    { "__typing_unpacked_tuple_args__", alias_get_unpacked_tuple_args, nullptr, nullptr },
    {},
};
static const GetSetDef s_union_getsets[] = {
    { "__args__", alias_get_args, readonly_member_set, nullptr },
    { "__parameters__", alias_get_parameters, nullptr, nullptr },
    {},
};

static bool unionable(Val v)
{
    return is_none(v) || (v.is_object() && (v.type()->has_flag(TYPE_TYPE_SUBCLASS) || is_generic_alias(v) || v.type() == &g_union_type));
}

// X | Y for types: a UnionType with the members flattened and repeated ones dropped.
Result<Value> type_or(Val a, Val b)
{
    if (!unionable(a) || !unionable(b))
        return Value::borrow(not_implemented());
    std::vector<Val> members;
    auto add = [&](Val v) -> Result<void> {
        if (v.type() == &g_union_type) {
            auto* args = v.as<AliasObject>()->args.get();
            for (int64_t i = 0; i < args->size; ++i) {
                Val item = args->item(i);
                bool seen = false;
                for (Val m : members)
                    seen |= TRY(rich_compare_bool(m, item, CompareOp::Eq));
                if (!seen)
                    members.push_back(item);
            }
            return {};
        }
        Val item = is_none(v) ? Val(&g_none_type) : v;
        for (Val m : members) {
            if (TRY(rich_compare_bool(m, item, CompareOp::Eq)))
                return {};
        }
        members.push_back(item);
        return {};
    };
    TRY(add(a));
    TRY(add(b));
    if (members.size() == 1)
        return Value::borrow(members[0]);
    return make_alias(&g_union_type, Val(), tuple_from(members.data(), int64_t(members.size())));
}

static Result<Value> union_or(Val a, Val b) { return type_or(a, b); }

// The members of a union, for isinstance()/issubclass(); null if v is not a union.
TupleObject* union_members(Val v) { return v.type() == &g_union_type ? v.as<AliasObject>()->args.get() : nullptr; }
bool is_generic_alias(Val v) { return v.is_object() && is_subtype(v.type(), &g_generic_alias_type); }

// list.__class_getitem__ and friends.
static Result<Value> class_getitem(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__class_getitem__", nargs - 1, kwnames, 1, 1));
    return generic_alias_new(args[0], args[1]);
}
static const MethodDef s_class_getitem_def = { "__class_getitem__", class_getitem, METHOD_CLASS, "See PEP 585" };
const MethodDef* class_getitem_method() { return &s_class_getitem_def; }

// types.GenericAlias(origin, args)
static Result<Value> generic_alias_type_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2)
        return raise(&g_exc_TypeError, "GenericAlias expected 2 arguments, got {}", int64_t(nargs));
    Ref<TupleObject> items = is_tuple_exact(args[1]) ? Ref<TupleObject>(args[1].as<TupleObject>()) : tuple_of({ args[1] });
    return make_alias(type, args[0], std::move(items));
}

void init_generic_alias_types()
{
    type_init_static(g_generic_alias_type, "types.GenericAlias", sizeof(AliasObject), &g_object_type, TYPE_GC | TYPE_BASETYPE | TYPE_WEAKREFABLE);
    g_generic_alias_type.destroy = alias_destroy;
    g_generic_alias_type.traverse = alias_traverse;
    g_generic_alias_type.repr = generic_alias_repr;
    g_generic_alias_type.call = generic_alias_call;
    g_generic_alias_type.new_instance = generic_alias_type_new;
    g_generic_alias_type.getattr = alias_getattr;
    g_generic_alias_type.richcompare = alias_richcompare;
    g_generic_alias_type.hash = alias_hash;
    g_generic_alias_type.getsets = s_generic_alias_getsets;
    g_generic_alias_type.methods = s_generic_alias_methods;
    g_generic_alias_type.binary[int(BinaryOp::Or)] = union_or;
    g_generic_alias_type.getitem = generic_alias_getitem;
    g_generic_alias_type.iter = generic_alias_iter;

    type_init_static(g_union_type, "types.UnionType", sizeof(AliasObject), &g_object_type, TYPE_GC);
    g_union_type.destroy = alias_destroy;
    g_union_type.traverse = alias_traverse;
    g_union_type.repr = union_repr;
    g_union_type.getattr = alias_getattr;
    g_union_type.richcompare = alias_richcompare;
    g_union_type.hash = alias_hash;
    g_union_type.getsets = s_union_getsets;
    g_union_type.binary[int(BinaryOp::Or)] = union_or;
    g_union_type.getitem = union_getitem;
}

}  // namespace ginger
