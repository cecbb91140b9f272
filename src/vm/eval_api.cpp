// compile(), exec() and eval(), and the frame introspection behind globals() and locals().
#include "vm/eval_api.h"
#include "compile/compiler.h"
#include "objects/bytes.h"
#include "vm/frame.h"
#include "vm/frame_access.h"
#include "vm/interpreter.h"
#include "vm/thread_state.h"

#include "objects/args.h"
#include "objects/module.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "import/import.h"

namespace ginger {

Result<Value> current_globals()
{
    vm::Frame* frame = g_thread->frame;
    if (!frame)
        return raise(&g_exc_SystemError, "globals(): no current frame");
    return Value::borrow(Val(frame->globals));
}

Result<Value> current_locals()
{
    vm::Frame* frame = g_thread->frame;
    if (!frame)
        return raise(&g_exc_SystemError, "locals(): no current frame");
    if (frame->locals)
        return Value::borrow(Val(frame->locals));
    // A function's fast locals, copied into a fresh dict (a snapshot, as CPython 3.12 returns).
    CodeObject* code = frame->code;
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

static Result<compile::Mode> parse_mode(Val mode)
{
    if (!is_str(mode))
        return raise(&g_exc_TypeError, "compile() argument 'mode' must be str, not {}", mode.type()->type_name());
    std::string_view m = mode.as<StrObject>()->view();
    if (m == "exec")
        return compile::Mode::Exec;
    if (m == "eval")
        return compile::Mode::Eval;
    if (m == "single")
        return compile::Mode::Single;
    return raise(&g_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
}

Result<Value> builtin_compile(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[6];
    TRY(bind_args("compile", args + 1, nargs - 1, kwnames, { "source", "filename", "mode", "flags", "dont_inherit", "optimize" }, 3, out));
    if (!is_str(out[1]))
        return raise(&g_exc_TypeError, "compile() argument 'filename' must be str, not {}", out[1].type()->type_name());
    compile::Mode mode = TRY(parse_mode(out[2]));
    if (out[3] && out[3].is_small_int() && (out[3].small_int_value() & 0x400))
        return raise(&g_exc_NotImplementedError, "compile() to an AST (ast.PyCF_ONLY_AST) is not implemented yet");
    std::string_view source;
    if (is_str(out[0])) {
        source = out[0].as<StrObject>()->view();
    } else if (is_bytes(out[0])) {
        // Bytes are decoded as a source file is: a coding declaration or UTF-8.
        auto* bytes = out[0].as<BytesObject>();
        source = std::string_view(reinterpret_cast<const char*>(bytes->data), size_t(bytes->size));
    } else {
        return raise(&g_exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    }
    Ref<CodeObject> code = TRY(compile::compile_source(source, out[1].as<StrObject>(), mode));
    return Value(std::move(code));
}

// Shared by exec() and eval(): resolves the namespaces and runs the code.
static Result<Value> run_code(const char* function, Val source, Val globals, Val locals, compile::Mode mode)
{
    if (globals && is_none(globals))
        globals = Val();
    if (locals && is_none(locals))
        locals = Val();
    Value globals_holder, locals_holder;
    if (globals && !is_dict(globals)) {
        return raise(&g_exc_TypeError, mode == compile::Mode::Eval ? "globals must be a real dict; try eval(expr, {}, mapping)" : "exec() globals must be a dict, not {}",
                     globals.type()->type_name());
    }
    if (!globals) {
        globals_holder = TRY(current_globals());
        globals = globals_holder;
        if (!locals) {
            locals_holder = TRY(current_locals());
            locals = locals_holder;
        }
    } else if (!locals) {
        locals = globals;
    }
    DictObject* g = globals.as<DictObject>();
    if (!dict_get_str(g, NAME_OF(__builtins__))) {
        Val builtins = import_lookup_builtins();
        dict_set_str(g, NAME_OF(__builtins__), builtins);
    }
    Ref<CodeObject> code;
    if (source.type() == &g_code_type) {
        code = Ref<CodeObject>(source.as<CodeObject>());
    } else if (is_str(source)) {
        std::string_view text = source.as<StrObject>()->view();
        if (mode == compile::Mode::Eval) {
            size_t start = text.find_first_not_of(" \t");
            text = start == std::string_view::npos ? std::string_view() : text.substr(start);
        }
        code = TRY(compile::compile_source(text, str_intern("<string>"), mode));
    } else {
        return raise(&g_exc_TypeError, mode == compile::Mode::Eval ? "eval() arg 1 must be a string, bytes or code object" : "exec() arg 1 must be a string, bytes or code object");
    }
    (void)function;
    return vm::eval_code(code.get(), g, locals.object());
}

Result<Value> builtin_exec(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("exec", args + 1, nargs - 1, kwnames, { "source", "globals", "locals" }, 1, out, 1));
    TRY(run_code("exec", out[0], out[1], out[2], compile::Mode::Exec));
    return none_value();
}

Result<Value> builtin_eval(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("eval", args + 1, nargs - 1, kwnames, { "source", "globals", "locals" }, 1, out, 1));
    return run_code("eval", out[0], out[1], out[2], compile::Mode::Eval);
}

}  // namespace ginger
