// Struct sequences: a tuple subclass plus a field-name table. Attribute lookup consults the table before the
// generic protocol, so each type needs no per-field descriptor.
#include "objects/structseq.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace ginger {

namespace {

struct StructSeqInfo {
    std::vector<std::string> fields;
};

std::unordered_map<TypeObject*, StructSeqInfo>& infos()
{
    static auto* table = new std::unordered_map<TypeObject*, StructSeqInfo>;
    return *table;
}

const StructSeqInfo* info_of(TypeObject* type)
{
    for (; type; type = type->base) {
        auto it = infos().find(type);
        if (it != infos().end())
            return &it->second;
    }
    return nullptr;
}

Result<Value> structseq_getattr(Val self, StrObject* name)
{
    if (const StructSeqInfo* info = info_of(self.type())) {
        std::string_view wanted = name->view();
        auto* tuple = self.as<TupleObject>();
        for (size_t i = 0; i < info->fields.size() && int64_t(i) < tuple->size; ++i) {
            if (info->fields[i] == wanted)
                return Value::borrow(tuple->item(int64_t(i)));
        }
    }
    return generic_getattr(self, name);
}

Result<Value> structseq_repr(Val self)
{
    const StructSeqInfo* info = info_of(self.type());
    auto* tuple = self.as<TupleObject>();
    std::string text = std::string(self.type()->type_name()) + "(";
    for (int64_t i = 0; i < tuple->size; ++i) {
        if (i)
            text += ", ";
        text += info && size_t(i) < info->fields.size() ? info->fields[size_t(i)] : "?";
        text += '=';
        text += TRY(repr_utf8(tuple->item(i)));
    }
    return Value(str_from_utf8(text + ")"));
}

// T(sequence, dict=None): exactly as many items as fields (these types have no hidden fields).
Result<Value> structseq_new_slot(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    bool has_sequence = nargs > 0;
    for (int64_t i = 0; kwnames && i < kwnames->size; ++i)
        has_sequence |= kwnames->item(i).as<StrObject>()->view() == "sequence";
    if (!has_sequence)  // Argument Clinic reports the missing argument before unknown keywords
        return raise(&g_exc_TypeError, "structseq() missing required argument 'sequence' (pos 1)");
    Val bound[2];
    TRY(bind_args("structseq", args, nargs, kwnames, { "sequence", "dict" }, 1, bound));
    if (bound[1] && !is_dict(bound[1]))
        return raise(&g_exc_TypeError, "{}() takes a dict as second arg, if any", type->type_name());
    Ref<TupleObject> items = TRY(sequence_tuple(bound[0]));
    const StructSeqInfo* info = info_of(type);
    int64_t count = info ? int64_t(info->fields.size()) : items->size;
    if (items->size != count)
        return raise(&g_exc_TypeError, "{}() takes a {}-sequence ({}-sequence given)", type->type_name(), count,
                     items->size);
    Val argument(items.get());
    return g_tuple_type.new_instance(type, &argument, 1, nullptr);
}

// Pickling: (T, (tuple(self), {})), as CPython (no hidden fields to put in the dict).
Result<Value> structseq_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    int64_t size = args[0].as<TupleObject>()->size;
    return structseq_reduce_value(args[0], size, size, nullptr);
}

const MethodDef s_structseq_methods[] = {
    { "__reduce__", structseq_reduce, METHOD_INSTANCE, nullptr },
    {},
};

}  // namespace

TypeObject* structseq_new_type(const char* name, std::initializer_list<const char*> fields)
{
    auto* type = new TypeObject();  // immortal, as static types are
    type_init_static(*type, name, sizeof(TupleObject), &g_tuple_type, TYPE_GC);
    type->destroy = g_tuple_type.destroy;
    type->repr = structseq_repr;
    type->getattr = structseq_getattr;
    type->new_instance = structseq_new_slot;
    type->methods = s_structseq_methods;
    StructSeqInfo& info = infos()[type];
    for (const char* field : fields)
        info.fields.emplace_back(field);
    type_ready(*type);
    Val count = Val::small_int(int64_t(info.fields.size()));
    dict_set_str(type->dict.get(), str_intern("n_fields"), count);
    dict_set_str(type->dict.get(), str_intern("n_sequence_fields"), count);
    dict_set_str(type->dict.get(), str_intern("n_unnamed_fields"), Val::small_int(0));
    std::vector<Val> names;
    for (const std::string& field : info.fields)
        names.push_back(Val(str_intern(field)));
    dict_set_str(type->dict.get(), str_intern("__match_args__"), Val(tuple_from(names.data(), int64_t(names.size())).get()));
    return type;
}

void structseq_disallow_instantiation(TypeObject* type)
{
    type->new_instance = nullptr;
    MUST(dict_delete(type->dict.get(), Val(str_intern("__new__"))));
}

Result<Value> structseq_new(TypeObject* type, std::initializer_list<Val> items)
{
    Ref<TupleObject> tuple = tuple_of(items);
    Val argument(tuple.get());
    return g_tuple_type.new_instance(type, &argument, 1, nullptr);
}

Result<Value> structseq_reduce_value(Val self, int64_t visible, int64_t total, const char* const* hidden_names)
{
    auto* tuple = self.as<TupleObject>();
    Ref<TupleObject> items = tuple_from(tuple->data(), visible);
    Ref<DictObject> hidden = dict_new();
    for (int64_t i = visible; i < total; ++i)
        TRY(dict_set(hidden.get(), Val(str_intern(hidden_names[i - visible])), tuple->items[i].get()));
    return Value(tuple_of({ Val(self.type()), Val(tuple_of({ Val(items.get()), Val(hidden.get()) }).get()) }));
}

}  // namespace ginger
