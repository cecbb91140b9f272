// _string: str.format's parser exposed to lib/string.py's Formatter (CPython's _string interface). The
// iterators walk the format string with the same parser str.format uses (objects/strformat.h).
#include "modules/modules.h"
#include "objects/container_util.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/strformat.h"
#include "objects/tuple.h"

namespace ginger {

namespace {

TypeObject g_formatter_iterator_type, g_field_name_iterator_type;

// Invariant: 0 <= position <= text->length; the iterator is exhausted when position reaches the end.
struct FormatIteratorObject : Object {
    Ref<StrObject> text;
    int64_t position;
};

Result<Value> iterator_new(TypeObject* type, StrObject* text, int64_t position)
{
    auto* iterator = static_cast<FormatIteratorObject*>(alloc_object(type));
    if (!iterator)
        return raise_memory_error();
    Value result = Value::adopt(Val(iterator));
    new (&iterator->text) Ref<StrObject>(text);
    iterator->position = position;
    return result;
}

void iterator_destroy(Object* object) { static_cast<FormatIteratorObject*>(object)->text.~Ref<StrObject>(); }

Result<Value> return_self(Val self) { return Value::borrow(self); }

Value substring_value(StrObject* s, int64_t start, int64_t end) { return Value(str_substring(s, start, end)); }

// (literal_text, field_name, format_spec, conversion); the last three are None after literal text alone.
Result<Value> formatter_iterator_next(Val self)
{
    auto* iterator = static_cast<FormatIteratorObject*>(self.object());
    Ref<StrObject> text = iterator->text;
    FormatMarkup markup;
    if (!TRY(format_markup_next(text.get(), iterator->position, text->length, markup)))
        return Value();
    Value literal = substring_value(text.get(), markup.literal_start, markup.literal_end);
    if (!markup.has_field)
        return Value(tuple_of({ literal, Val(&g_none), Val(&g_none), Val(&g_none) }));
    Value name = substring_value(text.get(), markup.name_start, markup.name_end);
    Value spec = substring_value(text.get(), markup.spec_start, markup.spec_end);
    Value conversion = markup.conversion ? Value(str_char(markup.conversion)) : none_value();
    return Value(tuple_of({ literal, name, spec, conversion }));
}

// (is_attribute, name): the name an int when it is a [key] of digits.
Result<Value> field_name_iterator_next(Val self)
{
    auto* iterator = static_cast<FormatIteratorObject*>(self.object());
    Ref<StrObject> text = iterator->text;
    FieldNamePart part;
    if (!TRY(field_name_next(text.get(), iterator->position, text->length, part)))
        return Value();
    Value key = part.index >= 0 ? int_from_int64(part.index) : substring_value(text.get(), part.start, part.end);
    return Value(tuple_of({ Val(part.is_attribute ? g_true : g_false), key }));
}

Result<StrObject*> str_argument(const char* qualified, const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(expect_one_arg(qualified, nargs, kwnames));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "expected str, got {}", args[0].type()->type_name());
    return args[0].as<StrObject>();
}

Result<Value> string_formatter_parser(const Val* args, size_t nargs, TupleObject* kwnames)
{
    StrObject* text = TRY(str_argument("_string.formatter_parser", args, nargs, kwnames));
    return iterator_new(&g_formatter_iterator_type, text, 0);
}

// (first, rest): the first part of a field name (an int when it is digits) and an iterator of the others.
Result<Value> string_formatter_field_name_split(const Val* args, size_t nargs, TupleObject* kwnames)
{
    StrObject* text = TRY(str_argument("_string.formatter_field_name_split", args, nargs, kwnames));
    int64_t first_end = field_name_first_end(text, 0, text->length);
    int64_t index = TRY(format_parse_index(text, 0, first_end));
    Value first = index >= 0 ? int_from_int64(index) : substring_value(text, 0, first_end);
    Value rest = TRY(iterator_new(&g_field_name_iterator_type, text, first_end));
    return Value(tuple_of({ first, rest }));
}

const MethodDef s_string_functions[] = {
    { "formatter_field_name_split", string_formatter_field_name_split, METHOD_STATIC, "split the argument as a field name" },
    { "formatter_parser", string_formatter_parser, METHOD_STATIC, "parse the argument as a format string" },
    {},
};

void init_type(TypeObject& type, const char* name, IterNextFn next)
{
    type_init_static(type, name, sizeof(FormatIteratorObject), &g_object_type, 0);
    type.destroy = iterator_destroy;
    type.iter = return_self;
    type.iternext = next;
    type_ready(type);
}

}  // namespace

Ref<ModuleObject> string_module_create()
{
    if (!g_formatter_iterator_type.has_flag(TYPE_READY)) {
        init_type(g_formatter_iterator_type, "formatteriterator", formatter_iterator_next);
        init_type(g_field_name_iterator_type, "fieldnameiterator", field_name_iterator_next);
    }
    Ref<ModuleObject> module = module_new(str_intern("_string"));
    module_add_functions(module.get(), s_string_functions);
    module_set(module.get(), "__doc__", Val(str_intern("string helper module")));
    return module;
}

}  // namespace ginger
