// Frame objects: the Python view of a frame (sys._getframe(), f_back), made only when asked for, as
// CPython 3.11+ does. While the frame runs, the object reads it directly; when the frame finishes,
// the object keeps what it can still show (code, globals, builtins, line, a snapshot of the locals).
#include "vm/frame.h"
#include "vm/frame_object.h"
#include "vm/tracing.h"
#include "vm/generator.h"
#include "vm/thread_state.h"
#include "objects/args.h"
#include "objects/exceptions.h"

#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"

#include <cstdio>
#include <new>

namespace ginger::vm {

TypeObject g_frame_type;


Value frame_locals(Frame* frame)
{
    CodeObject* code = frame->code;
    if (frame->locals) {
        // PEP 709: in a module or class body, the variables of a running inlined comprehension are hidden fast
        // locals; locals() and f_locals show them too, in a copy of the namespace.
        Ref<DictObject> copy;
        Val* slots = frame->localsplus();
        for (int i = 0; i < code->nlocals; ++i) {
            Val v = slots[i];
            if (!v || !(code->localsplus_kinds[size_t(i)] & LOCAL_HIDDEN))
                continue;
            if (code->localsplus_kinds[size_t(i)] & LOCAL_CELL) {
                v = v.type() == &g_cell_type ? v.as<CellObject>()->contents.get() : Val();
                if (!v)
                    continue;
            }
            if (!copy) {
                copy = dict_new();
                if (dict_update(copy.get(), Val(frame->locals)).is_error()) {
                    clear_error();  // a namespace that cannot be read: shown as it is
                    return Value::borrow(Val(frame->locals));
                }
            }
            dict_set_str(copy.get(), code->localsplus_names->item(i).as<StrObject>(), v);
        }
        if (copy)
            return Value(std::move(copy));
        return Value::borrow(Val(frame->locals));
    }
    Ref<DictObject> dict = dict_new();
    Val* slots = frame->localsplus();
    for (int i = 0; i < code->nlocalsplus(); ++i) {
        Val v = slots[i];
        if (!v)
            continue;
        if (code->localsplus_kinds[size_t(i)] & (LOCAL_CELL | LOCAL_FREE)) {
            if (v.type() != &g_cell_type)
                continue;
            v = v.as<CellObject>()->contents;
            if (!v)
                continue;
        }
        dict_set_str(dict.get(), code->localsplus_names->item(i).as<StrObject>(), v);
    }
    return Value(std::move(dict));
}

Value frame_object_for(Frame* frame)
{
    if (frame->frame_object)
        return Value::borrow(Val(frame->frame_object));
    auto* object = static_cast<FrameObject*>(alloc_object(&g_frame_type));
    object->frame = frame;
    new (&object->code) Ref<CodeObject>(frame->code);
    new (&object->globals) Ref<DictObject>(frame->globals);
    new (&object->builtins) Ref<DictObject>(frame->builtins);
    object->lasti = -1;
    new (&object->locals) Value();
    new (&object->back) Value();
    new (&object->trace) Value();
    object->trace_lines = true;
    object->trace_opcodes = false;
    object->trace_previous = int32_t(frame->pc - frame->code->code.data()) - 1;
    object->trace_line = -1;
    object->jump_target = -1;
    object->held_by_frame = false;
    frame->frame_object = object;
    return Value::adopt(Val(object));
}

void frame_object_detach(Frame* frame)
{
    auto* object = static_cast<FrameObject*>(frame->frame_object);
    frame->frame_object = nullptr;
    object->lasti = frame->lasti();
    object->locals = frame_locals(frame);
    if (frame->previous && !frame->is_entry)
        object->back = frame_object_for(frame->previous);
    object->frame = nullptr;
    if (object->held_by_frame) {
        object->held_by_frame = false;
        decref(object);
    }
}

void frame_object_set_trace(FrameObject* object, Value trace)
{
    object->trace = std::move(trace);
    if (object->trace && object->frame && !object->held_by_frame) {
        object->held_by_frame = true;
        incref(object);
    }
}

static void frame_object_destroy(Object* o)
{
    auto* object = static_cast<FrameObject*>(o);
    if (object->frame)
        object->frame->frame_object = nullptr;
    object->~FrameObject();
}

static void frame_object_traverse(Object* o, VisitFn visit, void* context)
{
    auto* object = static_cast<FrameObject*>(o);
    if (object->globals)
        visit(object->globals.get(), context);
    for (Val v : { object->locals.get(), object->back.get(), object->trace.get() }) {
        visit_val(v, visit, context);
    }
}

static void frame_object_clear(Object* o)
{
    auto* object = static_cast<FrameObject*>(o);
    object->locals = nullptr;
    object->back = nullptr;
    object->trace = nullptr;
}

static int32_t lasti_of(FrameObject* object) { return object->frame ? object->frame->lasti() : object->lasti; }

static Result<Value> frame_get_code(Val self) { return Value(self.as<FrameObject>()->code); }
static Result<Value> frame_get_globals(Val self) { return Value(self.as<FrameObject>()->globals); }
static Result<Value> frame_get_builtins(Val self) { return Value(self.as<FrameObject>()->builtins); }
// CPython 3.12 compat: a running function frame shows one dict, refreshed from its fast locals at each access, and
// a trace function's changes to it are written back when it returns (frame_locals_to_fast).
static Result<Value> frame_get_locals(Val self)
{
    auto* object = self.as<FrameObject>();
    Frame* frame = object->frame;
    if (!frame)
        return object->locals ? Value(object->locals) : Value(dict_new());
    if (frame->locals)
        return frame_locals(frame);  // (with the hidden locals of a running inlined comprehension, as locals())
    if (!object->locals || !is_dict_exact(object->locals))
        object->locals = Value(dict_new());
    auto* dict = object->locals.as<DictObject>();
    CodeObject* code = frame->code;
    Val* slots = frame->localsplus();
    for (int i = 0; i < code->nlocalsplus(); ++i) {
        Val v = slots[i];
        if (v && (code->localsplus_kinds[size_t(i)] & (LOCAL_CELL | LOCAL_FREE)))
            v = v.type() == &g_cell_type ? v.as<CellObject>()->contents.get() : Val();
        Val name = code->localsplus_names->item(i);
        if (v)
            TRY(dict_set(dict, name, v));
        else
            TRY(dict_delete(dict, name));
    }
    return Value(object->locals);
}

Result<void> frame_fast_to_locals(FrameObject* object)
{
    if (object->frame && !object->frame->locals && object->locals && is_dict_exact(object->locals))
        TRY(frame_get_locals(Val(object)));
    return {};
}

void frame_locals_to_fast(FrameObject* object)
{
    Frame* frame = object->frame;
    if (!frame || frame->locals || !object->locals || !is_dict_exact(object->locals))
        return;
    auto* dict = object->locals.as<DictObject>();
    CodeObject* code = frame->code;
    Val* slots = frame->localsplus();
    for (int i = 0; i < code->nlocalsplus(); ++i) {
        auto found = dict_get(dict, code->localsplus_names->item(i));
        if (found.is_error()) {
            clear_error();
            continue;
        }
        Val v = found.release_value();
        if (code->localsplus_kinds[size_t(i)] & (LOCAL_CELL | LOCAL_FREE)) {
            if (slots[i] && slots[i].type() == &g_cell_type && v)
                slots[i].as<CellObject>()->contents = Value::borrow(v);
            continue;
        }
        if (slots[i].bits() == v.bits())
            continue;
        Val old = slots[i];
        if (v)
            v.incref();
        slots[i] = v;
        if (old)
            old.decref();
    }
}
static Result<Value> frame_get_lineno(Val self)
{
    auto* object = self.as<FrameObject>();
    int32_t lasti = lasti_of(object);
    int line = lasti < 0 ? object->code->firstlineno : object->code->line_at(size_t(lasti));
    if (lasti >= 0 && (line < 0 || object->trace))
        line = trace_frame_line(object, lasti);  // as tracing reports it (instructions without a line of their own)
    if (line < 0 && object->frame)
        line = object->code->firstlineno;
    return line < 0 ? none_value() : int_from_int64(line);
}
static Result<Value> frame_get_lasti(Val self) { return int_from_int64(int64_t(lasti_of(self.as<FrameObject>())) * 4); }
static Result<Value> frame_get_back(Val self)
{
    auto* object = self.as<FrameObject>();
    if (object->frame) {
        Frame* frame = object->frame;
        if (frame->previous && (!frame->is_entry || frame->previous))
            return frame_object_for(frame->previous);
        return none_value();
    }
    return object->back ? Value(object->back) : none_value();
}

static Result<Value> frame_repr(Val self)
{
    auto* object = self.as<FrameObject>();
    int32_t lasti = lasti_of(object);
    int line = lasti < 0 ? object->code->firstlineno : object->code->line_at(size_t(lasti));
    char address[32];
    snprintf(address, sizeof address, "%p", static_cast<void*>(object));
    std::string text = std::string("<frame at ") + address + ", file " + TRY(repr_utf8(Val(object->code->filename.get()))) +
                       ", line " + std::to_string(line) + ", code " + std::string(object->code->name->view()) + ">";
    return Value(str_from_utf8(text));
}

// frame.clear(): drops what a finished frame keeps (its locals); a suspended generator's frame closes the
// generator; a running frame cannot be cleared.
static Result<Value> frame_clear_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("clear", nargs - 1, kwnames, 0, 0));
    auto* object = args[0].as<FrameObject>();
    if (Frame* frame = object->frame) {
        if (frame->generator && frame->state == FrameState::Suspended) {
            TRY(generator_close_impl(Val(frame->generator)));
            return none_value();
        }
        if (frame->state == FrameState::Suspended)
            return raise(&g_exc_RuntimeError, "cannot clear a suspended frame");
        return raise(&g_exc_RuntimeError, "cannot clear an executing frame");
    }
    object->locals = Value();
    return none_value();
}

// f_trace: the local trace function (sys.settrace); f_trace_lines/f_trace_opcodes choose its events.
static Result<Value> frame_get_trace(Val self)
{
    auto* object = self.as<FrameObject>();
    return object->trace ? Value(object->trace) : none_value();
}
static Result<void> frame_set_trace(Val self, Val value)
{
    frame_object_set_trace(self.as<FrameObject>(), !value || is_none(value) ? Value() : Value::borrow(value));
    return {};
}
static Result<Value> frame_get_trace_lines(Val self) { return bool_value(self.as<FrameObject>()->trace_lines); }
static Result<Value> frame_get_trace_opcodes(Val self) { return bool_value(self.as<FrameObject>()->trace_opcodes); }
static Result<bool> trace_flag(Val value)
{
    if (!value)
        return raise(&g_exc_AttributeError, "cannot delete attribute");
    if (value.type() != &g_bool_type)
        return raise(&g_exc_TypeError, "attribute value type must be bool");
    return is_true(value);
}
static Result<void> frame_set_trace_lines(Val self, Val value)
{
    self.as<FrameObject>()->trace_lines = TRY(trace_flag(value));
    return {};
}
static Result<void> frame_set_trace_opcodes(Val self, Val value)
{
    bool on = TRY(trace_flag(value));
    self.as<FrameObject>()->trace_opcodes = on;
    if (on)
        g_opcode_trace_set = true;
    return {};
}
static Result<void> frame_set_lineno_attr(Val self, Val value)
{
    auto* object = self.as<FrameObject>();
    if (!value)
        return raise(&g_exc_AttributeError, "cannot delete attribute");
    if (!object->frame)
        return raise(&g_exc_ValueError, "f_lineno can only be set in a trace function");
    return frame_set_lineno(object->frame, value);
}

static const MethodDef s_frame_methods[] = {
    { "clear", frame_clear_method, METHOD_INSTANCE, "Clear all references held by the frame." },
    {},
};

static const GetSetDef s_frame_getsets[] = {
    { "f_trace", frame_get_trace, frame_set_trace, nullptr },
    { "f_trace_lines", frame_get_trace_lines, frame_set_trace_lines, nullptr },
    { "f_trace_opcodes", frame_get_trace_opcodes, frame_set_trace_opcodes, nullptr },
    { "f_code", frame_get_code, nullptr, nullptr },
    { "f_globals", frame_get_globals, nullptr, nullptr },
    { "f_builtins", frame_get_builtins, nullptr, nullptr },
    { "f_locals", frame_get_locals, nullptr, nullptr },
    { "f_lineno", frame_get_lineno, frame_set_lineno_attr, nullptr },
    { "f_lasti", frame_get_lasti, nullptr, nullptr },
    { "f_back", frame_get_back, nullptr, nullptr },
    {},
};

}  // namespace ginger::vm

namespace ginger {

void init_frame_type()
{
    using namespace vm;
    type_init_static(g_frame_type, "frame", sizeof(FrameObject), &g_object_type, TYPE_GC);
    g_frame_type.destroy = frame_object_destroy;
    g_frame_type.traverse = frame_object_traverse;
    g_frame_type.clear = frame_object_clear;
    g_frame_type.repr = frame_repr;
    g_frame_type.getsets = s_frame_getsets;
    g_frame_type.methods = s_frame_methods;
}

}  // namespace ginger
