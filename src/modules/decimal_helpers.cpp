// _decimal_helpers: native pieces of lib/decimal.py's hot paths. make(sign, coefficient, exponent) builds a finite
// Decimal (the class given once to init()) without running Python code: object.__new__ and four slot stores cost
// several times as much, and every arithmetic result is built that way.
#include "modules/modules.h"
#include "objects/exceptions.h"
#include "objects/singletons.h"
#include "objects/str.h"

namespace ginger {

namespace {

// The Decimal class (kept alive for good once init() is called) and the offsets of its four slots.
TypeObject* s_decimal_type = nullptr;
size_t s_sign_offset, s_int_offset, s_exp_offset, s_special_offset;

Result<size_t> slot_offset(TypeObject* type, const char* name)
{
    size_t offset = member_slot_offset(type_lookup(type, str_intern(name)), type);
    if (!offset)
        return raise(&g_exc_TypeError, "_decimal_helpers.init(): the class has no __slots__ member '{}'", name);
    return offset;
}

// init(cls): the class whose instances make() builds; it must have the __slots__ _sign, _int, _exp, _is_special.
Result<Value> helpers_init(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1 || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "init() takes exactly one argument");
    if (!args[0].is_object() || !args[0].type()->has_flag(TYPE_TYPE_SUBCLASS))
        return raise(&g_exc_TypeError, "init() argument must be a class");
    auto* type = args[0].as<TypeObject>();
    size_t sign = TRY(slot_offset(type, "_sign"));
    size_t coefficient = TRY(slot_offset(type, "_int"));
    size_t exponent = TRY(slot_offset(type, "_exp"));
    size_t special = TRY(slot_offset(type, "_is_special"));
    Val(type).incref();  // never released: make() may run until the process ends
    s_decimal_type = type;
    s_sign_offset = sign;
    s_int_offset = coefficient;
    s_exp_offset = exponent;
    s_special_offset = special;
    return none_value();
}

void set_slot(Object* object, size_t offset, Val value)
{
    *reinterpret_cast<Value*>(reinterpret_cast<char*>(object) + offset) = Value::borrow(value);
}

// make(sign, coefficient, exponent): a new finite Decimal; the arguments are stored as they are.
Result<Value> helpers_make(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 3 || (kwnames && kwnames->size))
        return raise(&g_exc_TypeError, "make() takes exactly 3 arguments");
    if (!s_decimal_type)
        return raise(&g_exc_RuntimeError, "make() called before init()");
    Object* object = alloc_object(s_decimal_type);
    if (!object)
        return raise_memory_error();
    Value result = Value::adopt(Val(object));
    set_slot(object, s_sign_offset, args[0]);
    set_slot(object, s_int_offset, args[1]);
    set_slot(object, s_exp_offset, args[2]);
    set_slot(object, s_special_offset, Val(g_false));
    return result;
}

const MethodDef s_functions[] = {
    { "init", helpers_init, METHOD_STATIC, "init(cls)\n\nThe Decimal class that make() builds." },
    { "make", helpers_make, METHOD_STATIC, "make(sign, coefficient, exponent)\n\nA new finite Decimal." },
    {},
};

}  // namespace

Ref<ModuleObject> decimal_helpers_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_decimal_helpers"));
    module_add_functions(module.get(), s_functions);
    module_set(module.get(), "__doc__", Val(str_intern("Native helpers of Ginger's decimal module.")));
    return module;
}

}  // namespace ginger
