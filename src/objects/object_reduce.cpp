// object.__reduce_ex__, object.__reduce__ and object.__getstate__: the default pickling protocol that pickle and
// copy build on. Protocol 2 and later describe an object as copyreg.__newobj__(cls, *args) (or __newobj_ex__ with
// keyword arguments) plus its state; older protocols go through copyreg._reduce_ex.
#include "import/import.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace ginger {

namespace {

Result<Value> copyreg_attribute(const char* name)
{
    Value copyreg = TRY(import_module("copyreg"));
    return get_attr(copyreg.get(), str_intern(name));
}

// The native type an instance's layout comes from (the first non-heap type along the bases).
TypeObject* native_base(TypeObject* type)
{
    while (type->has_flag(TYPE_HEAP))
        type = type->base;
    return type;
}

bool is_objects_own(TypeObject* type, const char* name)
{
    return type_lookup(type, str_intern(name)).is(dict_get_str(g_object_type.dict.get(), str_intern(name)));
}

// object.__getstate__ without an override: the instance dict (None when empty), plus the __slots__ values
// that are set as a second item. `required`: the state must describe the whole object, so an instance of a
// native type with data of its own cannot be pickled this way.
Result<Value> default_state(Val self, bool required)
{
    TypeObject* type = self.type();
    if (required && type->has_flag(TYPE_VARSIZE))  // CPython 3.12 compat: its tp_itemsize check comes first
        return raise(&g_exc_TypeError, "cannot pickle {} objects", type->type_name());
    if (required && native_base(type) != &g_object_type)
        return raise(&g_exc_TypeError, "cannot pickle '{}' object", type->type_name());
    Value state = none_value();
    if (Ref<DictObject>* slot = instance_dict_slot(self); slot && *slot && (*slot)->used > 0)
        state = Value::borrow(Val(slot->get()));
    Value slotnames_function = TRY(copyreg_attribute("_slotnames"));
    Value names = TRY(call(slotnames_function.get(), { Val(type) }));
    if (is_list(names) && names.as<ListObject>()->size > 0) {
        Ref<DictObject> slots = dict_new();
        Ref<TupleObject> items = TRY(sequence_tuple(names.get()));
        for (int64_t i = 0; i < items->size; ++i) {
            Val name = items->item(i);
            if (!is_str(name))
                continue;
            auto value = get_attr(self, name.as<StrObject>());
            if (value.is_error()) {
                if (!error_matches(&g_exc_AttributeError))
                    return Error {};
                clear_error();  // an unset slot
                continue;
            }
            TRY(dict_set(slots.get(), name, value.value().get()));
        }
        if (slots->used > 0)
            state = Value(tuple_of({ state.get(), Val(slots.get()) }));
    }
    return state;
}

Result<Value> get_state(Val self, bool required)
{
    if (is_objects_own(self.type(), "__getstate__"))
        return default_state(self, required);
    return call_method(self, str_intern("__getstate__"), {});
}

// __getnewargs_ex__() or __getnewargs__(): the arguments __new__ must get to rebuild the object.
Result<void> new_arguments(Val self, Value& args, Value& kwargs)
{
    // Special lookups, on the type: an instance __getattr__ is not consulted (as in CPython).
    Value pair = TRY(call_special(self, str_intern("__getnewargs_ex__"), {}));
    if (pair) {
        if (!is_tuple(pair))
            return raise(&g_exc_TypeError, "__getnewargs_ex__ should return a tuple, not '{}'", pair.type()->type_name());
        auto* tuple = pair.as<TupleObject>();
        if (tuple->size != 2)
            return raise(&g_exc_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not {}", tuple->size);
        if (!is_tuple(tuple->item(0)))
            return raise(&g_exc_TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                         tuple->item(0).type()->type_name());
        if (!is_dict(tuple->item(1)))
            return raise(&g_exc_TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                         tuple->item(1).type()->type_name());
        args = Value::borrow(tuple->item(0));
        kwargs = Value::borrow(tuple->item(1));
        return {};
    }
    Value new_args = TRY(call_special(self, str_intern("__getnewargs__"), {}));
    if (new_args) {
        args = std::move(new_args);
        if (!is_tuple(args))
            return raise(&g_exc_TypeError, "__getnewargs__ should return a tuple, not '{}'", args.type()->type_name());
    }
    return {};
}

Result<Value> reduce_newobj(Val self)
{
    TypeObject* type = self.type();
    if (!type_lookup(type, NAME_OF(__new__)))
        return raise(&g_exc_TypeError, "cannot pickle '{}' object", type->type_name());
    Value args, kwargs;
    TRY(new_arguments(self, args, kwargs));
    bool has_args = bool(args);
    Value function, new_args;
    if (!kwargs || kwargs.as<DictObject>()->used == 0) {
        function = TRY(copyreg_attribute("__newobj__"));
        auto* given = args ? args.as<TupleObject>() : nullptr;
        int64_t count = given ? given->size : 0;
        Ref<TupleObject> tuple = tuple_new(count + 1);
        tuple->items[0] = Value::borrow(Val(type));
        for (int64_t i = 0; i < count; ++i)
            tuple->items[i + 1] = Value::borrow(given->item(i));
        new_args = Value(std::move(tuple));
    } else {
        function = TRY(copyreg_attribute("__newobj_ex__"));
        new_args = Value(tuple_of({ Val(type), args.get(), kwargs.get() }));
    }
    bool is_list_like = is_list(self), is_dict_like = is_dict(self);
    Value state = TRY(get_state(self, !(has_args || is_list_like || is_dict_like)));
    Value list_items = is_list_like ? TRY(get_iter(self)) : none_value();
    Value dict_items = none_value();
    if (is_dict_like) {
        Value items = TRY(call_method(self, str_intern("items"), {}));
        dict_items = TRY(get_iter(items.get()));
    }
    return Value(tuple_of({ function.get(), new_args.get(), state.get(), list_items.get(), dict_items.get() }));
}

Result<Value> common_reduce(Val self, int64_t protocol)
{
    if (protocol >= 2)
        return reduce_newobj(self);
    Value reduce_ex = TRY(copyreg_attribute("_reduce_ex"));
    return call(reduce_ex.get(), { self, int_from_int64(protocol).get() });
}

}  // namespace

Result<Value> object_reduce_ex(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("object.__reduce_ex__", nargs - 1, kwnames, 1, 1));
    int64_t protocol = TRY(int_as_int64(TRY(number_index(args[1])).get()));
    // A class that overrides __reduce__ wins over the default protocol.
    if (!is_objects_own(args[0].type(), "__reduce__"))
        return call_method(args[0], str_intern("__reduce__"), {});
    return common_reduce(args[0], protocol);
}

Result<Value> object_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("object.__reduce__", nargs - 1, kwnames, 0, 0));
    return common_reduce(args[0], 0);
}

// set.__reduce__ and frozenset.__reduce__: (type(self), (list(self),), state).
Result<Value> set_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    bool frozen = is_subtype(args[0].type(), &g_frozenset_type);
    TRY(check_positional(frozen ? "frozenset.__reduce__" : "set.__reduce__", nargs - 1, kwnames, 0, 0));
    Value items = TRY(call(Val(&g_list_type), { args[0] }));
    Value state = TRY(get_state(args[0], false));
    return Value(tuple_of({ Val(args[0].type()), Val(tuple_of({ items.get() }).get()), state.get() }));
}

Result<Value> object_getstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("object.__getstate__", nargs - 1, kwnames, 0, 0));
    return default_state(args[0], false);
}

}  // namespace ginger
