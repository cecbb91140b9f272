// bool: a subclass of int that cannot be subclassed, whose only instances are the immortal True and
// False. They are IntObjects holding 1 and 0, so every int operation accepts them unchanged.
#include "objects/dict.h"  // first: TypeObject holds Ref<DictObject>
#include "objects/bool.h"

#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int_object.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "vm/warnings.h"

namespace ginger {

TypeObject g_bool_type;

namespace {

// The GMP values are built statically (no allocation, never freed): 0 has no limbs, 1 has one.
mp_limb_t s_zero_limb = 0;
mp_limb_t s_one_limb = 1;
IntObject s_false_object = { { IMMORTAL_REFCOUNT, &g_bool_type }, { { 0, 0, &s_zero_limb } } };
IntObject s_true_object = { { IMMORTAL_REFCOUNT, &g_bool_type }, { { 1, 1, &s_one_limb } } };

}  // namespace

Object* const g_true = &s_true_object;
Object* const g_false = &s_false_object;

static Result<Value> bool_repr(Val self) { return Value::borrow(Val(str_intern(is_true(self) ? "True" : "False"))); }

static Result<Value> bool_new(TypeObject*, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1)
        return raise(&g_exc_TypeError, "bool expected at most 1 argument, got {}", nargs);
    if (nargs == 0)
        return bool_value(false);
    return bool_value(TRY(is_truthy(args[0])));
}

static bool is_bool(Val v) { return v.bits() == Val(g_true).bits() || v.bits() == Val(g_false).bits(); }

// & | ^ of two bools is a bool; anything else is int arithmetic.
template<BinaryOp op>
static Result<Value> bool_bitwise(Val a, Val b)
{
    if (is_bool(a) && is_bool(b)) {
        bool x = is_true(a), y = is_true(b);
        return bool_value(op == BinaryOp::And ? (x & y) : op == BinaryOp::Or ? (x | y) : (x ^ y));
    }
    return g_int_type.binary[int(op)](a, b);
}

// ~True is -2, as for ints, with the DeprecationWarning of CPython 3.12.
static Result<Value> bool_invert(Val self)
{
    TRY(warn(&g_exc_DeprecationWarning,
             "Bitwise inversion '~' on bool is deprecated. This returns the bitwise inversion of the underlying int "
             "object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean "
             "negation or ~int(x) if you really want the bitwise inversion of the underlying int."));
    return g_int_type.invert(self);
}

void init_bool_type()
{
    type_init_static(g_bool_type, "bool", sizeof(IntObject), &g_int_type, TYPE_INT_SUBCLASS);
    g_bool_type.repr = bool_repr;
    g_bool_type.str = bool_repr;
    g_bool_type.new_instance = bool_new;
    g_bool_type.invert = bool_invert;
    g_bool_type.binary[int(BinaryOp::And)] = bool_bitwise<BinaryOp::And>;
    g_bool_type.binary[int(BinaryOp::Or)] = bool_bitwise<BinaryOp::Or>;
    g_bool_type.binary[int(BinaryOp::Xor)] = bool_bitwise<BinaryOp::Xor>;
    g_bool_type.doc = "Returns True when the argument is true, False otherwise.\n"
                      "The builtins True and False are the only two instances of the class bool.\n"
                      "The class bool is a subclass of the class int, and cannot be subclassed.";
}

}  // namespace ginger
