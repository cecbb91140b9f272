// The builtins module: the built-in functions, types, exceptions and constants every namespace sees.
#include "objects/buffer.h"
#include "import/import.h"
#include "modules/io_fast.h"
#include "modules/modules.h"
#include "vm/generator.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/set.h"
#include "vm/eval_api.h"
#include "vm/frame_access.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ginger {

namespace {

// Argument checks with CPython's wording for builtins that take positional arguments only:
// "getattr expected at least 2 arguments, got 1".
Result<void> check_count(const char* name, size_t nargs, TupleObject* kwnames, size_t min, size_t max)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "{}() takes no keyword arguments", name);
    if (nargs < min) {
        return raise(&g_exc_TypeError, "{} expected {}{} argument{}, got {}", name, min == max ? "" : "at least ",
                     min, min == 1 ? "" : "s", nargs);
    }
    if (nargs > max) {
        return raise(&g_exc_TypeError, "{} expected {}{} argument{}, got {}", name, min == max ? "" : "at most ",
                     max, max == 1 ? "" : "s", nargs);
    }
    return {};
}

StrObject* intern(const char* text) { return str_intern(text); }

Result<StrObject*> attribute_name(Val name)
{
    if (!is_str(name))
        return raise(&g_exc_TypeError, "attribute name must be string, not '{}'", name.type()->type_name());
    return name.as<StrObject>();
}

// The sys module, found once through the import system; a reference is kept for the process's life.
Result<ModuleObject*> sys_module()
{
    static ModuleObject* s_sys = nullptr;
    if (!s_sys) {
        Value sys = TRY(import_module_level(intern("sys"), Val(), Val(), 0));
        if (!is_instance(sys, &g_module_type))
            return raise(&g_exc_RuntimeError, "lost sys module");
        s_sys = sys.release().as<ModuleObject>();
    }
    return s_sys;
}

// sys.stdout (or another stream); null without error if it has been deleted.
Result<Val> sys_stream(StrObject* name)
{
    ModuleObject* sys = TRY(sys_module());
    return dict_get_str(sys->dict.get(), name);
}

// abs(x)
Result<Value> builtin_abs(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("abs", nargs, kwnames, 1, 1));
    Val x = args[0];
    if (x.is_small_int()) {
        int64_t v = x.small_int_value();
        return v >= 0 ? Value::borrow(x) : int_from_int64(-v);
    }
    if (is_float_exact(x))
        return float_from_double(std::fabs(float_value(x)));
    return number_absolute(x);
}

Result<Value> all_or_any(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, bool want)
{
    TRY(check_positional(name, nargs, kwnames, 1, 1));
    Val iterable = args[0];
    if (is_list_exact(iterable) || is_tuple_exact(iterable)) {
        // The list may change under us while __bool__ runs: re-read its size every time.
        for (int64_t i = 0;; ++i) {
            Value item;
            if (is_list_exact(iterable)) {
                auto* list = iterable.as<ListObject>();
                if (i >= list->size)
                    break;
                item = Value::borrow(list->item(i));
            } else {
                auto* tuple = iterable.as<TupleObject>();
                if (i >= tuple->size)
                    break;
                item = Value::borrow(tuple->item(i));
            }
            if (TRY(is_truthy(item)) == want)
                return bool_value(want);
        }
        return bool_value(!want);
    }
    Value iterator = TRY(get_iter(iterable));
    while (true) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            return bool_value(!want);
        if (TRY(is_truthy(item)) == want)
            return bool_value(want);
    }
}

// all(iterable), any(iterable)
Result<Value> builtin_all(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return all_or_any("all", args, nargs, kwnames, false);
}
Result<Value> builtin_any(const Val* args, size_t nargs, TupleObject* kwnames)
{
    return all_or_any("any", args, nargs, kwnames, true);
}

// ascii(obj): repr() with non-ASCII characters escaped.
Result<Value> builtin_ascii(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("ascii", nargs, kwnames, 1, 1));
    Ref<StrObject> repr = TRY(repr_str(args[0]));
    if (repr->ascii)
        return Value(std::move(repr));
    std::string out;
    out.reserve(size_t(repr->length) + 16);
    char escape[16];
    for (int64_t i = 0; i < repr->length; ++i) {
        uint32_t c = repr->at(i);
        if (c < 0x80) {
            out += char(c);
            continue;
        }
        if (c < 0x100)
            snprintf(escape, sizeof escape, "\\x%02x", c);
        else if (c < 0x10000)
            snprintf(escape, sizeof escape, "\\u%04x", c);
        else
            snprintf(escape, sizeof escape, "\\U%08x", c);
        out += escape;
    }
    return Value(str_from_ascii(out));
}

Result<Value> int_in_base(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, int base)
{
    TRY(check_positional(name, nargs, kwnames, 1, 1));
    Value number = TRY(number_index(args[0]));
    return Value(str_from_ascii(int_to_base(number, base)));
}

// bin(x), oct(x), hex(x)
Result<Value> builtin_bin(const Val* args, size_t nargs, TupleObject* kwnames) { return int_in_base("bin", args, nargs, kwnames, 2); }
Result<Value> builtin_oct(const Val* args, size_t nargs, TupleObject* kwnames) { return int_in_base("oct", args, nargs, kwnames, 8); }
Result<Value> builtin_hex(const Val* args, size_t nargs, TupleObject* kwnames) { return int_in_base("hex", args, nargs, kwnames, 16); }

// callable(obj)
Result<Value> builtin_callable(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("callable", nargs, kwnames, 1, 1));
    return bool_value(is_callable(args[0]));
}

// chr(i)
Result<Value> builtin_chr(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("chr", nargs, kwnames, 1, 1));
    int64_t code;
    if (args[0].is_small_int()) {
        code = args[0].small_int_value();
    } else {
        Value number = TRY(number_index(args[0]));
        if (!int_to_int64(number, code))
            code = INT64_MAX;
    }
    // CPython 3.12 compat: the argument is first converted to a C int.
    if (code > INT32_MAX || code < INT32_MIN)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    if (code < 0 || code > 0x10FFFF)
        return raise(&g_exc_ValueError, "chr() arg not in range(0x110000)");
    return Value(str_char(uint32_t(code)));
}

// delattr(obj, name)
Result<Value> builtin_delattr(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("delattr", nargs, kwnames, 2, 2));
    StrObject* name = TRY(attribute_name(args[1]));
    TRY(del_attr(args[0], name));
    return none_value();
}

Result<Value> sorted_list_of(Val iterable)
{
    Value list = TRY(list_from_iterable(iterable));
    TRY(list_sort(list.as<ListObject>(), Val(), false));
    return list;
}

// dir([obj])
Result<Value> builtin_dir(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("dir", nargs, kwnames, 0, 1));
    if (nargs == 0) {
        Value locals = TRY(current_locals());
        if (is_dict_exact(locals)) {
            Ref<ListObject> names = list_new(locals.as<DictObject>()->used);
            Val key, value;
            for (int64_t i = 0; dict_next(locals.as<DictObject>(), i, key, value);)
                list_append(names.get(), Value::borrow(key));
            TRY(list_sort(names.get(), Val(), false));
            return Value(std::move(names));
        }
        // PyMapping_Keys: a mapping's keys() must return an iterable.
        Value keys = TRY(call_method(locals, NAME_OF(keys), {}));
        Result<Value> iterator = get_iter(keys);
        if (iterator.is_error()) {
            if (error_matches(&g_exc_TypeError)) {
                clear_error();
                return raise(&g_exc_TypeError, "{}.keys() returned a non-iterable (type {})", locals.type()->type_name(), keys.type()->type_name());
            }
            return Error {};
        }
        return sorted_list_of(iterator.value());
    }
    Value names = TRY(call_special(args[0], intern("__dir__"), {}));
    if (!names)
        return raise(&g_exc_TypeError, "object does not provide __dir__");
    return sorted_list_of(names);
}

// Python's floor division and modulo of doubles, as float.__divmod__ computes them.
Value float_divmod_pair(double x, double y)
{
    double mod = std::fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, y);
    }
    double floor_div;
    if (div != 0.0) {
        floor_div = std::floor(div);
        if (div - floor_div > 0.5)
            floor_div += 1.0;
    } else {
        floor_div = std::copysign(0.0, x / y);
    }
    Value q = float_from_double(floor_div);
    Value r = float_from_double(mod);
    return Value(tuple_of({ q.get(), r.get() }));
}

bool is_exact_number(Val v) { return v.is_small_int() || is_instance_exact(v, &g_int_type) || is_float_exact(v); }

// divmod() of two ints or floats (subclasses included) by their values.
Result<Value> numeric_divmod(Val a, Val b)
{
    if (!is_float(a) && !is_float(b)) {
        Value q = TRY(int_binary(a, b, BinaryOp::FloorDiv));
        Value r = TRY(int_binary(a, b, BinaryOp::Mod));
        return Value(tuple_of({ q.get(), r.get() }));
    }
    double x, y;
    TRY(to_double(a, x));
    TRY(to_double(b, y));
    if (y == 0.0)
        return raise(&g_exc_ZeroDivisionError, "float divmod()");
    return float_divmod_pair(x, y);
}

// divmod(a, b)
Result<Value> builtin_divmod(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("divmod", nargs, kwnames, 2, 2));
    Val a = args[0], b = args[1];
    if (a.is_small_int() && b.is_small_int() && b.small_int_value() != 0) [[likely]] {
        int64_t x = a.small_int_value(), y = b.small_int_value();
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q -= 1;
            r += y;
        }
        Value quotient = int_from_int64(q);
        return Value(tuple_of({ quotient.get(), Val::small_int(r) }));
    }
    if (is_exact_number(a) && is_exact_number(b))
        return numeric_divmod(a, b);
    // The dunders, with the reflected one first when b's type is a subclass of a's (as for binary operators).
    StrObject* forward = intern("__divmod__");
    StrObject* reflected = intern("__rdivmod__");
    bool same_type = a.type() == b.type();
    bool reflected_first = !same_type && is_subtype(b.type(), a.type());
    for (int attempt = 0; attempt < 2; ++attempt) {
        bool use_reflected = (attempt == 0) == reflected_first;
        if (use_reflected && same_type)
            continue;
        Value result = use_reflected ? TRY(call_special(b, reflected, { a })) : TRY(call_special(a, forward, { b }));
        if (result && !is_not_implemented(result))
            return result;
    }
    // Subclasses of int and float whose base types expose no __divmod__ to Python.
    bool a_number = is_int(a) || is_float(a);
    bool b_number = is_int(b) || is_float(b);
    if (a_number && b_number)
        return numeric_divmod(a, b);
    return raise(&g_exc_TypeError, "unsupported operand type(s) for divmod(): '{}' and '{}'", a.type()->type_name(),
                 b.type()->type_name());
}

// format(value, format_spec='')
Result<Value> builtin_format(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("format", nargs, kwnames, 1, 2));
    if (nargs == 2 && !is_str(args[1]))
        return raise(&g_exc_TypeError, "format() argument 2 must be str, not {}", args[1].type()->type_name());
    Ref<StrObject> empty = str_empty();
    return format_value(args[0], nargs == 2 ? args[1].as<StrObject>() : empty.get());
}

// getattr(obj, name[, default])
Result<Value> builtin_getattr(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("getattr", nargs, kwnames, 2, 3));
    StrObject* name = TRY(attribute_name(args[1]));
    if (nargs == 2)
        return get_attr(args[0], name);
    auto result = get_attr_maybe(args[0], name);
    if (result.is_error()) {
        if (!error_matches(&g_exc_AttributeError))
            return Error {};
        clear_error();
        return Value::borrow(args[2]);
    }
    Value value = result.release_value();
    return value ? std::move(value) : Value::borrow(args[2]);
}

// globals()
Result<Value> builtin_globals(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("globals", nargs, kwnames, 0, 0));
    return current_globals();
}

// hasattr(obj, name)
Result<Value> builtin_hasattr(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("hasattr", nargs, kwnames, 2, 2));
    StrObject* name = TRY(attribute_name(args[1]));
    auto result = get_attr_maybe(args[0], name);
    if (result.is_error()) {
        if (!error_matches(&g_exc_AttributeError))
            return Error {};
        clear_error();
        return bool_value(false);
    }
    return bool_value(!result.value().is_null());
}

// hash(obj)
Result<Value> builtin_hash(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("hash", nargs, kwnames, 1, 1));
    return int_from_int64(TRY(object_hash(args[0])));
}

// id(obj): the address of an object. A small int has no address; its tagged word (odd, so never an
// address) serves as a unique id that stays the same for equal small ints.
Result<Value> builtin_id(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("id", nargs, kwnames, 1, 1));
    return int_from_uint64(uint64_t(args[0].bits()));
}

// input([prompt]): the prompt goes to sys.stdout (flushed), the line comes from sys.stdin.readline().
Result<Value> builtin_input(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("input", nargs, kwnames, 0, 1));
    Val in = TRY(sys_stream(NAME_OF(stdin)));
    if (!in || is_none(in))
        return raise(&g_exc_RuntimeError, "input(): lost sys.stdin");
    Val out = TRY(sys_stream(NAME_OF(stdout)));
    if (!out || is_none(out))
        return raise(&g_exc_RuntimeError, "input(): lost sys.stdout");
    Val err = TRY(sys_stream(NAME_OF(stderr)));
    if (err && !is_none(err)) {
        auto flushed = call_method(err, NAME_OF(flush), {});
        if (flushed.is_error())
            clear_error();
    }
    if (nargs == 1) {
        Ref<StrObject> prompt = TRY(str_of(args[0]));
        TRY(call_method(out, NAME_OF(write), { Val(prompt.get()) }));
    }
    auto flushed = call_method(out, NAME_OF(flush), {});  // errors ignored, as CPython's input()
    if (flushed.is_error())
        clear_error();
    Value line = TRY(call_method(in, intern("readline"), {}));
    if (!is_str(line))
        return raise(&g_exc_TypeError, "object.readline() returned non-string");
    auto* text = line.as<StrObject>();
    if (text->length == 0)
        return raise(&g_exc_EOFError, "EOF when reading a line");
    if (text->at(text->length - 1) == '\n')
        return Value(str_substring(text, 0, text->length - 1));
    return line;
}

// isinstance(obj, class_or_tuple)
Result<Value> builtin_isinstance(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("isinstance", nargs, kwnames, 2, 2));
    if (args[1].is_object() && args[0].type() == static_cast<TypeObject*>(args[1].object()))
        return bool_value(true);
    return bool_value(TRY(isinstance(args[0], args[1])));
}

// issubclass(cls, class_or_tuple)
Result<Value> builtin_issubclass(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("issubclass", nargs, kwnames, 2, 2));
    return bool_value(TRY(issubclass(args[0], args[1])));
}

// iter(iterable), iter(callable, sentinel)
Result<Value> builtin_iter(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("iter", nargs, kwnames, 1, 2));
    if (nargs == 1)
        return get_iter(args[0]);
    if (!is_callable(args[0]))
        return raise(&g_exc_TypeError, "iter(object, sentinel): object must be callable");
    return callable_iter_new(args[0], args[1]);
}

// len(obj)
Result<Value> builtin_len(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("len", nargs, kwnames, 1, 1));
    Val v = args[0];
    if (v.is_object()) {
        TypeObject* type = v.type();
        if (type == &g_list_type)
            return Value::small_int(v.as<ListObject>()->size);
        if (type == &g_str_type)
            return Value::small_int(v.as<StrObject>()->length);
        if (type == &g_tuple_type)
            return Value::small_int(v.as<TupleObject>()->size);
        if (type == &g_dict_type)
            return Value::small_int(v.as<DictObject>()->used);
    }
    return int_from_int64(TRY(object_len(v)));
}

// locals()
Result<Value> builtin_locals(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("locals", nargs, kwnames, 0, 0));
    return current_locals();
}

// min() and max(): min(iterable, *[, default=obj, key=func]) or min(arg1, arg2, *args, *[, key=func]).
Result<Value> min_max(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, CompareOp op)
{
    if (nargs == 0)
        return raise(&g_exc_TypeError, "{} expected at least 1 argument, got 0", name);
    static StrObject* const s_default = intern("default");
    Val key, default_value;
    if (kwnames && kwnames->size) {
        if (kwnames->size > 2)
            return raise(&g_exc_TypeError, "{}() takes at most 2 keyword arguments ({} given)", name, kwnames->size);
        for (int64_t i = 0; i < kwnames->size; ++i) {
            auto* keyword = kwnames->item(i).as<StrObject>();
            if (str_equal(keyword, NAME_OF(key)))
                key = args[nargs + size_t(i)];
            else if (str_equal(keyword, s_default))
                default_value = args[nargs + size_t(i)];
            else
                return raise(&g_exc_TypeError, "{!r} is an invalid keyword argument for {}()", Val(keyword), name);
        }
    }
    if (nargs > 1 && default_value)
        return raise(&g_exc_TypeError, "Cannot specify a default for {}() with multiple positional arguments", name);
    if (key && is_none(key))
        key = Val();

    Value best, best_key;
    size_t position = 0;
    Value iterator;
    if (nargs == 1)
        iterator = TRY(get_iter(args[0]));
    while (true) {
        Value item;
        if (iterator) {
            item = TRY(iter_next(iterator));
            if (!item)
                break;
        } else {
            if (position == nargs)
                break;
            item = Value::borrow(args[position++]);
        }
        Value item_key;
        if (key) {
            Val argument = item;
            item_key = TRY(call(key, &argument, 1));
        } else {
            item_key = item;
        }
        if (!best) {
            best = std::move(item);
            best_key = std::move(item_key);
            continue;
        }
        bool better;
        Val x = item_key, y = best_key;
        if (x.is_small_int() && y.is_small_int())
            better = op == CompareOp::Lt ? x.small_int_value() < y.small_int_value() : x.small_int_value() > y.small_int_value();
        else
            better = TRY(rich_compare_bool(x, y, op));
        if (better) {
            best = std::move(item);
            best_key = std::move(item_key);
        }
    }
    if (best)
        return best;
    if (default_value)
        return Value::borrow(default_value);
    return raise(&g_exc_ValueError, "{}() iterable argument is empty", name);
}

Result<Value> builtin_max(const Val* args, size_t nargs, TupleObject* kwnames) { return min_max("max", args, nargs, kwnames, CompareOp::Gt); }
Result<Value> builtin_min(const Val* args, size_t nargs, TupleObject* kwnames) { return min_max("min", args, nargs, kwnames, CompareOp::Lt); }

// next(iterator[, default])
Result<Value> builtin_next(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("next", nargs, kwnames, 1, 2));
    Val iterator = args[0];
    TypeObject* type = iterator.type();
    if (!type->iternext && !type_lookup(type, NAME_OF(__next__)))
        return raise(&g_exc_TypeError, "'{}' object is not an iterator", type->type_name());
    auto result = iter_next(iterator);
    if (result.is_error()) {
        if (nargs == 1 || !error_matches(&g_exc_StopIteration))
            return Error {};
        clear_error();
        return Value::borrow(args[1]);
    }
    Value item = result.release_value();
    if (item)
        return item;
    if (nargs == 2)
        return Value::borrow(args[1]);
    return raise_value(Val(&g_exc_StopIteration));
}

// ord(c)
Result<Value> builtin_ord(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("ord", nargs, kwnames, 1, 1));
    Val c = args[0];
    if (is_bytes(c) || is_bytearray(c)) {
        std::string_view data = is_bytes(c) ? c.as<BytesObject>()->view() : c.as<ByteArrayObject>()->view();
        if (data.size() != 1)
            return raise(&g_exc_TypeError, "ord() expected a character, but string of length {} found",
                         int64_t(data.size()));
        return Value::small_int(static_cast<unsigned char>(data[0]));
    }
    if (!is_str(c))
        return raise(&g_exc_TypeError, "ord() expected string of length 1, but {} found", c.type()->type_name());
    auto* s = c.as<StrObject>();
    if (s->length != 1)
        return raise(&g_exc_TypeError, "ord() expected a character, but string of length {} found", s->length);
    return Value::small_int(s->at(0));
}

// pow(base, exp, mod=None)
Result<Value> builtin_pow(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[3];
    TRY(bind_args("pow", args, nargs, kwnames, { "base", "exp", "mod" }, 2, bound));
    Val base = bound[0], exponent = bound[1], modulus = bound[2];
    if (!modulus || is_none(modulus))
        return binary_op(base, exponent, BinaryOp::Pow);
    if (is_int(base) && is_int(exponent) && is_int(modulus))
        return int_pow(base, exponent, modulus);
    // CPython compat: the first of the operands' slots that accepts the numbers decides the error.
    auto is_number = [](Val v) { return is_int(v) || is_float(v) || is_complex(v); };
    if (is_complex(base) && is_number(exponent))
        return raise(&g_exc_ValueError, "complex modulo");
    if (is_float(base) || is_float(exponent))
        return raise(&g_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (is_number(base) && (is_complex(exponent) || (is_complex(modulus) && is_int(exponent))))
        return raise(&g_exc_ValueError, "complex modulo");
    if (is_float(modulus))
        return raise(&g_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    Value result = TRY(call_special(base, intern("__pow__"), { exponent, modulus }));
    if (result && !is_not_implemented(result))
        return result;
    return raise(&g_exc_TypeError, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'", base.type()->type_name(),
                 exponent.type()->type_name(), modulus.type()->type_name());
}

// Writes str(v) to an exact TextIOWrapper through print()'s fast path, formatting the common types
// without a temporary str; falls back to file.write() if the stream changed meanwhile (a __str__ may run).
Result<void> write_fast(Val file, Val v)
{
    if (is_str_exact(v)) {
        if (TRY(textio_fast_write(file, v.as<StrObject>())))
            return {};
        TRY(call_method(file, NAME_OF(write), { v }));
        return {};
    }
    if (v.is_small_int() || is_float_exact(v)) {
        char digits[32];
        std::string_view text;
        std::string float_text;
        if (v.is_small_int()) {
            int length = snprintf(digits, sizeof digits, "%lld", static_cast<long long>(v.small_int_value()));
            text = std::string_view(digits, size_t(length));
        } else {
            float_text = float_repr(float_value(v));
            text = float_text;
        }
        if (TRY(textio_fast_write_ascii(file, text)))
            return {};
    }
    Ref<StrObject> text = TRY(str_of(v));
    if (TRY(textio_fast_write(file, text.get())))
        return {};
    TRY(call_method(file, NAME_OF(write), { Val(text.get()) }));
    return {};
}

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Result<Value> builtin_print(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val sep, end, file, flush;
    if (kwnames) {
        for (int64_t i = 0; i < kwnames->size; ++i) {
            auto* keyword = kwnames->item(i).as<StrObject>();
            Val value = args[nargs + size_t(i)];
            if (str_equal(keyword, NAME_OF(sep)))
                sep = value;
            else if (str_equal(keyword, NAME_OF(end)))
                end = value;
            else if (str_equal(keyword, NAME_OF(file)))
                file = value;
            else if (str_equal(keyword, NAME_OF(flush)))
                flush = value;
            else
                return raise(&g_exc_TypeError, "{!r} is an invalid keyword argument for print()", Val(keyword));
        }
    }
    if (!file || is_none(file)) {
        file = TRY(sys_stream(NAME_OF(stdout)));
        if (!file)
            return raise(&g_exc_RuntimeError, "lost sys.stdout");
        // print() to a stdout that is None does nothing (pythonw's case).
        if (is_none(file))
            return none_value();
    }
    if (sep && is_none(sep))
        sep = Val();
    else if (sep && !is_str(sep))
        return raise(&g_exc_TypeError, "sep must be None or a string, not {}", sep.type()->type_name());
    if (end && is_none(end))
        end = Val();
    else if (end && !is_str(end))
        return raise(&g_exc_TypeError, "end must be None or a string, not {}", end.type()->type_name());
    bool do_flush = flush && TRY(is_truthy(flush));

    // The fast path: an exact TextIOWrapper writing UTF-8 into a BufferedWriter over a FileIO.
    if (TRY(textio_fast_write_ascii(file, std::string_view()))) [[likely]] {
        for (size_t i = 0; i < nargs; ++i) {
            if (i > 0) {
                if (sep)
                    TRY(write_fast(file, sep));
                else
                    TRY(write_fast(file, Val(intern(" "))));
            }
            TRY(write_fast(file, args[i]));
        }
        if (end)
            TRY(write_fast(file, end));
        else
            TRY(write_fast(file, Val(intern("\n"))));
        if (do_flush)
            TRY(call_method(file, NAME_OF(flush), {}));
        return none_value();
    }

    static StrObject* const s_space = intern(" ");
    static StrObject* const s_newline = intern("\n");
    Val space = Val(s_space);
    Val newline = Val(s_newline);
    for (size_t i = 0; i < nargs; ++i) {
        if (i > 0)
            TRY(call_method(file, NAME_OF(write), { sep ? sep : space }));
        Ref<StrObject> text = TRY(str_of(args[i]));
        TRY(call_method(file, NAME_OF(write), { Val(text.get()) }));
    }
    TRY(call_method(file, NAME_OF(write), { end ? end : newline }));
    if (do_flush)
        TRY(call_method(file, NAME_OF(flush), {}));
    return none_value();
}

// repr(obj)
Result<Value> builtin_repr(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("repr", nargs, kwnames, 1, 1));
    return object_repr(args[0]);
}

// round(number, ndigits=None)
Result<Value> builtin_round(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("round", args, nargs, kwnames, { "number", "ndigits" }, 1, bound));
    Val number = bound[0];
    Val ndigits = bound[1] && !is_none(bound[1]) ? bound[1] : Val();
    if (!ndigits) {
        if (number.is_small_int())
            return Value::borrow(number);
        // Round half to even, as float.__round__ does without ndigits.
        if (is_float_exact(number))
            return int_from_double(std::nearbyint(float_value(number)));
    }
    if (!type_lookup(number.type(), NAME_OF(__round__)))
        return raise(&g_exc_TypeError, "type {} doesn't define __round__ method", number.type()->type_name());
    if (ndigits)
        return call_special(number, NAME_OF(__round__), { ndigits });
    return call_special(number, NAME_OF(__round__), {});
}

// setattr(obj, name, value)
Result<Value> builtin_setattr(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("setattr", nargs, kwnames, 3, 3));
    StrObject* name = TRY(attribute_name(args[1]));
    TRY(set_attr(args[0], name, args[2]));
    return none_value();
}

// sorted(iterable, /, *, key=None, reverse=False)
Result<Value> builtin_sorted(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (nargs != 1)
        return raise(&g_exc_TypeError, "sorted expected 1 argument, got {}", nargs);
    Val key, reverse;
    if (kwnames && kwnames->size) {
        if (kwnames->size > 2)
            return raise(&g_exc_TypeError, "sort() takes at most 2 keyword arguments ({} given)", kwnames->size);
        for (int64_t i = 0; i < kwnames->size; ++i) {
            auto* keyword = kwnames->item(i).as<StrObject>();
            if (str_equal(keyword, NAME_OF(key)))
                key = args[1 + size_t(i)];
            else if (str_equal(keyword, NAME_OF(reverse)))
                reverse = args[1 + size_t(i)];
            else
                return raise(&g_exc_TypeError, "{!r} is an invalid keyword argument for sort()", Val(keyword));
        }
    }
    Value list = TRY(list_from_iterable(args[0]));
    bool reversed = reverse && TRY(is_truthy(reverse));
    TRY(list_sort(list.as<ListObject>(), key && !is_none(key) ? key : Val(), reversed));
    return list;
}

// sum(iterable, /, start=0): exact ints are summed in a C integer while they fit, floats with
// Neumaier's compensated summation, both as in CPython 3.12.
Result<Value> builtin_sum(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[2];
    TRY(bind_args("sum", args, nargs, kwnames, { "iterable", "start" }, 1, bound, 1));
    Val start = bound[1] ? bound[1] : Val::small_int(0);
    if (is_str(start))
        return raise(&g_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (start.is_object()) {
        std::string_view type_name = start.type()->type_name();
        if (type_name == "bytes" || type_name == "bytearray")
            return raise(&g_exc_TypeError, "sum() can't sum {} [use b''.join(seq) instead]", type_name);
    }
    Value iterator = TRY(get_iter(bound[0]));
    Value result = Value::borrow(start);

    int64_t int_total = 0;
    bool int_phase = result.get().is_small_int() ? (int_total = result.get().small_int_value(), true)
                                                 : is_instance_exact(result, &g_int_type) && int_to_int64(result, int_total);
    if (int_phase) {
        while (true) {
            Value item = TRY(iter_next(iterator));
            if (!item)
                return int_from_int64(int_total);
            int64_t addend;
            Val v = item;
            bool is_c_int = v.is_small_int() ? (addend = v.small_int_value(), true)
                                             : ((is_instance_exact(v, &g_int_type) || is_instance_exact(v, &g_bool_type))
                                                && int_to_int64(v, addend));
            int64_t sum;
            if (is_c_int && !__builtin_add_overflow(int_total, addend, &sum)) {
                int_total = sum;
                continue;
            }
            Value total = int_from_int64(int_total);
            result = TRY(binary_op(total, item, BinaryOp::Add));
            break;
        }
    }

    if (is_float_exact(result)) {
        double total = float_value(result);
        double compensation = 0.0;
        while (true) {
            Value item = TRY(iter_next(iterator));
            if (!item) {
                // Adding an infinite or NaN compensation would turn an overflowed sum into NaN.
                if (compensation != 0.0 && std::isfinite(compensation))
                    total += compensation;
                return float_from_double(total);
            }
            Val v = item;
            if (is_float_exact(v)) {
                double x = float_value(v);
                double t = total + x;
                if (std::fabs(total) >= std::fabs(x))
                    compensation += (total - t) + x;
                else
                    compensation += (x - t) + total;
                total = t;
                continue;
            }
            int64_t addend;
            if (v.is_small_int()) {
                total += double(v.small_int_value());
                continue;
            }
            if (is_int(v) && int_to_int64(v, addend)) {
                total += double(addend);
                continue;
            }
            if (compensation != 0.0 && std::isfinite(compensation))
                total += compensation;
            Value partial = float_from_double(total);
            result = TRY(binary_op(partial, item, BinaryOp::Add));
            break;
        }
    }

    while (true) {
        Value item = TRY(iter_next(iterator));
        if (!item)
            return result;
        result = TRY(binary_op(result, item, BinaryOp::Add));
    }
}

// vars([obj])
Result<Value> builtin_vars(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_count("vars", nargs, kwnames, 0, 1));
    if (nargs == 0)
        return current_locals();
    auto result = get_attr(args[0], NAME_OF(__dict__));
    if (result.is_error()) {
        if (error_matches(&g_exc_AttributeError)) {
            clear_error();
            return raise(&g_exc_TypeError, "vars() argument must have __dict__ attribute");
        }
        return Error {};
    }
    return result.release_value();
}

// breakpoint(*args, **kws): sys.breakpointhook(*args, **kws) (pdb.set_trace by default, which needs pdb).
Result<Value> builtin_breakpoint(const Val* args, size_t nargs, TupleObject* kwnames)
{
    ModuleObject* sys = TRY(sys_module());
    Val hook = dict_get_str(sys->dict.get(), str_intern("breakpointhook"));
    if (!hook)
        return raise(&g_exc_RuntimeError, "lost sys.breakpointhook");
    Value keep = Value::borrow(hook);
    return call(hook, args, nargs, kwnames);
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Result<Value> builtin_import(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val bound[5];
    TRY(bind_args("__import__", args, nargs, kwnames, { "name", "globals", "locals", "fromlist", "level" }, 1, bound));
    if (!is_str(bound[0]))
        return raise(&g_exc_TypeError, "module name must be a string");
    int64_t level = 0;
    if (bound[4]) {
        level = TRY(index_as_ssize(bound[4]));
        if (level < 0)
            return raise(&g_exc_ValueError, "level must be >= 0");
        if (level > INT32_MAX)
            return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    }
    auto* name = bound[0].as<StrObject>();
    if (level == 0 && name->length == 0)
        return raise(&g_exc_ValueError, "Empty module name");
    return import_module_level(name, bound[1], bound[3], int(level));
}

// The builtins above do not need their module: METHOD_STATIC makes the call pass the arguments
// straight through (compile, eval and exec take the module as args[0]).
#define BUILTIN(name, function, doc) { name, function, METHOD_STATIC, doc }

const MethodDef s_builtin_functions[] = {
    BUILTIN("__import__", builtin_import, "__import__($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)\n--\n\nImport a module."),
    BUILTIN("abs", builtin_abs, "abs($module, x, /)\n--\n\nReturn the absolute value of the argument."),
    BUILTIN("aiter", vm::builtin_aiter, "aiter($module, async_iterable, /)\n--\n\nReturn an AsyncIterator for an AsyncIterable object."),
    BUILTIN("anext", vm::builtin_anext, "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\nReturn the next item from the async iterator."),
    BUILTIN("all", builtin_all, "all($module, iterable, /)\n--\n\nReturn True if bool(x) is True for all values x in the iterable.\n\n"
                                "If the iterable is empty, return True."),
    BUILTIN("any", builtin_any, "any($module, iterable, /)\n--\n\nReturn True if bool(x) is True for any x in the iterable.\n\n"
                                "If the iterable is empty, return False."),
    BUILTIN("ascii", builtin_ascii, "ascii($module, obj, /)\n--\n\nReturn an ASCII-only representation of an object."),
    BUILTIN("bin", builtin_bin, "bin($module, number, /)\n--\n\nReturn the binary representation of an integer."),
    BUILTIN("breakpoint", builtin_breakpoint, "Call sys.breakpointhook(*args, **kws)."),
    BUILTIN("callable", builtin_callable, "callable($module, obj, /)\n--\n\nReturn whether the object is callable (i.e., some kind of function)."),
    BUILTIN("chr", builtin_chr, "chr($module, i, /)\n--\n\nReturn a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."),
    { "compile", builtin_compile, METHOD_INSTANCE, "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\nCompile source into a code object that can be executed by exec() or eval()." },
    BUILTIN("delattr", builtin_delattr, "delattr($module, obj, name, /)\n--\n\nDeletes the named attribute from the given object."),
    BUILTIN("dir", builtin_dir, "dir($module, arg=<unrepresentable>, /)\n--\n\nShow attributes of an object."),
    BUILTIN("divmod", builtin_divmod, "divmod($module, x, y, /)\n--\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x."),
    { "eval", builtin_eval, METHOD_INSTANCE, "eval($module, source, globals=None, locals=None, /)\n--\n\nEvaluate the given source in the context of globals and locals." },
    { "exec", builtin_exec, METHOD_INSTANCE, "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\nExecute the given source in the context of globals and locals." },
    BUILTIN("format", builtin_format, "format($module, value, format_spec='', /)\n--\n\nReturn type(value).__format__(value, format_spec)"),
    BUILTIN("getattr", builtin_getattr, "getattr($module, object, name, default=<unrepresentable>, /)\n--\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y."),
    BUILTIN("globals", builtin_globals, "globals($module, /)\n--\n\nReturn the dictionary containing the current scope's global variables."),
    BUILTIN("hasattr", builtin_hasattr, "hasattr($module, obj, name, /)\n--\n\nReturn whether the object has an attribute with the given name."),
    BUILTIN("hash", builtin_hash, "hash($module, obj, /)\n--\n\nReturn the hash value for the given object."),
    BUILTIN("hex", builtin_hex, "hex($module, number, /)\n--\n\nReturn the hexadecimal representation of an integer."),
    BUILTIN("id", builtin_id, "id($module, obj, /)\n--\n\nReturn the identity of an object."),
    BUILTIN("input", builtin_input, "input($module, prompt='', /)\n--\n\nRead a string from standard input.  The trailing newline is stripped."),
    BUILTIN("isinstance", builtin_isinstance, "isinstance($module, obj, class_or_tuple, /)\n--\n\nReturn whether an object is an instance of a class or of a subclass thereof."),
    BUILTIN("issubclass", builtin_issubclass, "issubclass($module, cls, class_or_tuple, /)\n--\n\nReturn whether 'cls' is derived from another class or is the same class."),
    BUILTIN("iter", builtin_iter, "iter($module, object, sentinel=<unrepresentable>, /)\n--\n\niter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object."),
    BUILTIN("len", builtin_len, "len($module, obj, /)\n--\n\nReturn the number of items in a container."),
    BUILTIN("locals", builtin_locals, "locals($module, /)\n--\n\nReturn a dictionary containing the current scope's local variables."),
    BUILTIN("max", builtin_max, "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                                "With a single iterable argument, return its biggest item."),
    BUILTIN("min", builtin_min, "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                                "With a single iterable argument, return its smallest item."),
    BUILTIN("next", builtin_next, "next($module, iterator, default=<unrepresentable>, /)\n--\n\nnext(iterator[, default])\n\nReturn the next item from the iterator."),
    BUILTIN("oct", builtin_oct, "oct($module, number, /)\n--\n\nReturn the octal representation of an integer."),
    BUILTIN("ord", builtin_ord, "ord($module, c, /)\n--\n\nReturn the Unicode code point for a one-character string."),
    BUILTIN("pow", builtin_pow, "pow($module, /, base, exp, mod=None)\n--\n\nEquivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"),
    BUILTIN("print", builtin_print, "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\nPrints the values to a stream, or to sys.stdout by default."),
    BUILTIN("repr", builtin_repr, "repr($module, obj, /)\n--\n\nReturn the canonical string representation of the object."),
    BUILTIN("round", builtin_round, "round($module, /, number, ndigits=None)\n--\n\nRound a number to a given precision in decimal digits."),
    BUILTIN("setattr", builtin_setattr, "setattr($module, obj, name, value, /)\n--\n\nSets the named attribute on the given object to the specified value."),
    BUILTIN("sorted", builtin_sorted, "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\nReturn a new list containing all items from the iterable in ascending order."),
    BUILTIN("sum", builtin_sum, "sum($module, iterable, /, start=0)\n--\n\nReturn the sum of a 'start' value (default: 0) plus an iterable of numbers"),
    BUILTIN("vars", builtin_vars, "vars($module, object=<unrepresentable>, /)\n--\n\nvars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\n"
                                  "With an argument, equivalent to object.__dict__."),
    {},
};

#undef BUILTIN

}  // namespace

Ref<ModuleObject> builtins_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("builtins"));
    ModuleObject* m = module.get();
    module_add_functions(m, s_builtin_functions);
    add_site_builtins(m);  // exit, quit, help, copyright, credits, license (modules/sitebuiltins.cpp)

    const std::pair<const char*, TypeObject*> types[] = {
        { "object", &g_object_type },
        { "type", &g_type_type },
        { "int", &g_int_type },
        { "float", &g_float_type },
        { "complex", &g_complex_type },
        { "bool", &g_bool_type },
        { "str", &g_str_type },
        { "list", &g_list_type },
        { "bytes", &g_bytes_type },
        { "bytearray", &g_bytearray_type },
        { "memoryview", &g_memoryview_type },
        { "tuple", &g_tuple_type },
        { "dict", &g_dict_type },
        { "set", &g_set_type },
        { "frozenset", &g_frozenset_type },
        { "range", &g_range_type },
        { "slice", &g_slice_type },
        { "enumerate", &g_enumerate_type },
        { "zip", &g_zip_type },
        { "map", &g_map_type },
        { "filter", &g_filter_type },
        { "reversed", &g_reversed_type },
        { "property", &g_property_type },
        { "staticmethod", &g_staticmethod_type },
        { "classmethod", &g_classmethod_type },
        { "super", &g_super_type },
    };
    for (const auto& [name, type] : types)
        module_set(m, name, Val(type));

#define EXC(name, base) module_set(m, #name, Val(&g_exc_##name));
#include "objects/exceptions.def"
#undef EXC
    module_set(m, "EnvironmentError", Val(&g_exc_OSError));
    module_set(m, "IOError", Val(&g_exc_OSError));

    module_set(m, "None", none());
    module_set(m, "True", Val(g_true));
    module_set(m, "False", Val(g_false));
    module_set(m, "Ellipsis", Val(&g_ellipsis));
    module_set(m, "NotImplemented", not_implemented());
    module_set(m, "__debug__", Val(g_true));
    return module;
}

}  // namespace ginger
