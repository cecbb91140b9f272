// compile(), exec() and eval(), and the frame introspection behind globals() and locals().
#include "vm/eval_api.h"
#include "compile/compiler.h"
#include "vm/frame.h"
#include "vm/frame_access.h"
#include "vm/interpreter.h"
#include "vm/thread_state.h"

#include "objects/args.h"
#include "objects/module.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "import/import.h"
#include "modules/ast.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/function.h"
#include "objects/tuple.h"
#include "objects/int.h"

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
    return vm::frame_locals(frame);
}

constexpr int64_t PYCF_ONLY_AST = 0x400;
constexpr int64_t PYCF_TYPE_COMMENTS = 0x1000;
constexpr int64_t PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
// The __future__ feature flags compile() accepts (CO_FUTURE_*; of those only annotations changes what Ginger
// compiles, the others being always on or moot), and CO_NESTED (obsolete, accepted and ignored, as in CPython).
constexpr int64_t PYCF_FUTURE_FLAGS = CO_FUTURE_FLAGS | CO_NESTED;

// The __future__ features of the code calling compile(), exec() or eval(), which they inherit.
static uint32_t caller_future_flags()
{
    vm::Frame* frame = g_thread->frame;
    return frame ? frame->code->flags & CO_FUTURE_FLAGS : 0;
}

// The text of a source argument as CPython's _Py_SourceAsString takes it: str, bytes, or any object with
// a contiguous buffer (bytearray, memoryview...), copied into `copy`. False (no error) for anything else.
static Result<bool> source_bytes(Val source, std::string& copy, std::string_view& text)
{
    if (is_str(source)) {
        text = source.as<StrObject>()->view();
        return true;
    }
    if (is_bytes(source)) {
        text = source.as<BytesObject>()->view();
        return true;
    }
    if (!supports_buffer(source))
        return false;
    Buffer buffer;
    TRY(get_contiguous_buffer(source, buffer));
    copy.assign(buffer.bytes());
    text = copy;
    return true;
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): source is str, bytes or an _ast
// tree; with ast.PyCF_ONLY_AST the result is the tree instead of a code object.
Result<Value> builtin_compile(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[6];
    TRY(bind_args("compile", args + 1, nargs - 1, kwnames, { "source", "filename", "mode", "flags", "dont_inherit", "optimize" }, 3, out));
    Value filename_holder;
    if (is_bytes(out[1]))
        filename_holder = Value(str_from_utf8(out[1].as<BytesObject>()->view()));
    else if (is_str(out[1]))
        filename_holder = Value::borrow(out[1]);
    else
        return raise(&g_exc_TypeError, "expected str, bytes or os.PathLike object, not {}", out[1].type()->type_name());
    auto* filename = filename_holder.as<StrObject>();
    if (!is_str(out[2]))
        return raise(&g_exc_TypeError, "compile() argument 'mode' must be str, not {}", out[2].type()->type_name());
    std::string_view mode_name = out[2].as<StrObject>()->view();
    int64_t flags = out[3] ? TRY(int_as_int64(out[3])) : 0;
    int64_t optimize = out[5] ? TRY(int_as_int64(out[5])) : -1;
    if (optimize < -1 || optimize > 2)
        return raise(&g_exc_ValueError, "compile(): invalid optimize value");
    compile::OptimizeLevel level(optimize == -1 ? compile::g_optimize_level : int(optimize));  // -1: the interpreter's level
    if (flags & ~(PYCF_ONLY_AST | PYCF_TYPE_COMMENTS | PYCF_ALLOW_TOP_LEVEL_AWAIT | PYCF_FUTURE_FLAGS))
        return raise(&g_exc_ValueError, "compile(): unrecognised flags");
    bool only_ast = flags & PYCF_ONLY_AST;
    bool dont_inherit = out[4] ? TRY(is_truthy(out[4])) : false;
    compile::FutureFlags future(uint32_t(flags & CO_FUTURE_FLAGS) | (dont_inherit ? 0 : caller_future_flags()));
    if (mode_name == "func_type" && !only_ast)
        return raise(&g_exc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    if (mode_name != "exec" && mode_name != "eval" && mode_name != "single" && mode_name != "func_type")
        return raise(&g_exc_ValueError, only_ast ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'" : "compile() mode must be 'exec', 'eval' or 'single'");
    compile::Mode mode = mode_name == "exec" ? compile::Mode::Exec : mode_name == "eval" ? compile::Mode::Eval : mode_name == "single" ? compile::Mode::Single : compile::Mode::FuncType;
    Val source = out[0];
    if (!is_str(source) && !is_bytes(source) && TRY(is_ast_object(source))) {
        // CPython 3.12 compat: with PyCF_ONLY_AST a tree comes back as it is, unchecked.
        if (only_ast)
            return Value::borrow(source);
        Arena arena;
        ast::Mod* module = TRY(ast_from_python(source, mode_name, arena));
        TRY(ast_validate(module));
        return Value(TRY(compile::compile_ast(module, filename, mode, std::string_view())));
    }
    std::string copy;
    std::string_view text;
    if (!TRY(source_bytes(source, copy, text)))
        return raise(&g_exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (text.find('\0') != std::string_view::npos)
        return raise(&g_exc_SyntaxError, "source code string cannot contain null bytes");
    parse::Cookie cookie = is_str(source) ? parse::Cookie::Ignore : parse::Cookie::Apply;
    if (only_ast) {
        Arena arena;
        ast::Mod* module = TRY(compile::parse_source(text, filename, mode, arena, cookie, flags & PYCF_TYPE_COMMENTS));
        return ast_to_python(module);
    }
    return Value(TRY(compile::compile_source(text, filename, mode, cookie)));
}

// Shared by exec() and eval(): resolves the namespaces and runs the code.
static Result<Value> run_code(const char* function, Val source, Val globals, Val locals, compile::Mode mode, Val closure = Val())
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
    if (closure && is_none(closure))
        closure = Val();
    Ref<CodeObject> code;
    if (source.type() == &g_code_type) {
        code = Ref<CodeObject>(source.as<CodeObject>());
        int64_t nfrees = code->nfrees;
        if (mode == compile::Mode::Eval && nfrees > 0)
            return raise(&g_exc_TypeError, "code object passed to eval() may not contain free variables");
        if (nfrees == 0 && closure)
            return raise(&g_exc_TypeError, "cannot use a closure with this code object");
        if (nfrees > 0) {
            // exec(code, closure=cells): a tuple of exactly co_freevars' length, of cells only.
            bool ok = closure && is_tuple_exact(closure) && closure.as<TupleObject>()->size == nfrees;
            for (int64_t i = 0; ok && i < nfrees; ++i)
                ok = closure.as<TupleObject>()->items[i].get().type() == &g_cell_type;
            if (!ok)
                return raise(&g_exc_TypeError, "code object requires a closure of exactly length {}", nfrees);
        }
    } else {
        if (closure)
            return raise(&g_exc_TypeError, "closure can only be used when source is a code object");
        std::string copy;
        std::string_view text;
        if (!TRY(source_bytes(source, copy, text)))
            return raise(&g_exc_TypeError, mode == compile::Mode::Eval ? "eval() arg 1 must be a string, bytes or code object" : "exec() arg 1 must be a string, bytes or code object");
        if (text.find('\0') != std::string_view::npos)
            return raise(&g_exc_SyntaxError, "source code string cannot contain null bytes");
        if (mode == compile::Mode::Eval) {
            size_t start = text.find_first_not_of(" \t");
            text = start == std::string_view::npos ? std::string_view() : text.substr(start);
        }
        parse::Cookie cookie = is_str(source) ? parse::Cookie::Ignore : parse::Cookie::Apply;
        compile::FutureFlags future(caller_future_flags());
        code = TRY(compile::compile_source(text, str_intern("<string>"), mode, cookie));
    }
    return vm::eval_code(code.get(), g, locals.object(), closure ? closure.as<TupleObject>() : nullptr);
}

Result<Value> builtin_exec(const Val* args, size_t nargs, TupleObject* kwnames)
{
    // exec(source, globals=None, locals=None, /, *, closure=None)
    size_t positional = nargs - 1, keywords = kwnames ? size_t(kwnames->size) : 0;
    if (positional > 3)
        return raise(&g_exc_TypeError, "exec() takes at most 3 positional arguments ({} given)", int64_t(positional));
    if (positional + keywords > 4)
        return raise(&g_exc_TypeError, "exec() takes at most 4 arguments ({} given)", int64_t(positional + keywords));
    if (positional == 0)
        return raise(&g_exc_TypeError, "exec() takes at least 1 positional argument (0 given)");
    Val closure;
    for (size_t i = 0; i < keywords; ++i) {
        Val name = kwnames->items[i];
        if (!is_str(name) || name.as<StrObject>()->view() != "closure")
            return raise(&g_exc_TypeError, "{!r} is an invalid keyword argument for exec()", name);
        closure = args[1 + positional + i];
    }
    Val globals = positional > 1 ? args[2] : Val(), locals = positional > 2 ? args[3] : Val();
    TRY(run_code("exec", args[1], globals, locals, compile::Mode::Exec, closure));
    return none_value();
}

Result<Value> builtin_eval(const Val* args, size_t nargs, TupleObject* kwnames)
{
    // eval(source, globals=None, locals=None, /)
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "eval() takes no keyword arguments");
    size_t positional = nargs - 1;
    if (positional < 1)
        return raise(&g_exc_TypeError, "eval expected at least 1 argument, got 0");
    if (positional > 3)
        return raise(&g_exc_TypeError, "eval expected at most 3 arguments, got {}", int64_t(positional));
    return run_code("eval", args[1], positional > 1 ? args[2] : Val(), positional > 2 ? args[3] : Val(), compile::Mode::Eval);
}

}  // namespace ginger
