// The disassembler: `ginger -m dis FILE` and dis.dis(), printing code objects in a form close to
// CPython's dis module: line numbers, offsets, jump targets, arguments and the exception table.
#include "compile/compiler.h"
#include "import/import.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/args.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "vm/opcodes.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

namespace ginger {

namespace {

const char* s_binary_names[] = { "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@" };
const char* s_compare_names[] = { "<", "<=", "==", "!=", ">", ">=" };

std::string argument_text(CodeObject* code, vm::Op op, uint32_t arg)
{
    auto repr_of = [](Val v) -> std::string {
        auto r = repr_utf8(v);
        if (r.is_error()) {
            clear_error();
            return "?";
        }
        return r.release_value();
    };
    auto local_name = [&](uint32_t i) -> std::string {
        if (int64_t(i) < code->localsplus_names->size)
            return std::string(code->localsplus_names->item(i).as<StrObject>()->view());
        return "?";
    };
    switch (vm::op_operand(op)) {
    case vm::Operand::CONST:
        if (code->consts->item(arg).type() == &g_code_type) {
            auto* c = code->consts->item(arg).as<CodeObject>();
            return "<code object " + std::string(c->name->view()) + ", line " + std::to_string(c->firstlineno) + ">";
        }
        return repr_of(code->consts->item(arg));
    case vm::Operand::NAME: return std::string(code->names->item(arg).as<StrObject>()->view());
    case vm::Operand::GLOBAL: return ((arg & 1) ? "NULL + " : "") + std::string(code->names->item(arg >> 1).as<StrObject>()->view());
    case vm::Operand::LOCAL: return local_name(arg);
    case vm::Operand::LOCAL_PAIR: return local_name(arg >> 12) + ", " + local_name(arg & 0xFFF);
    case vm::Operand::JUMP: return "to " + std::to_string(arg);
    case vm::Operand::BINOP: return arg >= uint32_t(INPLACE_OFFSET) ? std::string(s_binary_names[arg - INPLACE_OFFSET]) + "=" : s_binary_names[arg];
    case vm::Operand::CMPOP: return s_compare_names[arg];
    case vm::Operand::INVERT:
        if (op == vm::Op::IS_OP)
            return arg ? "is not" : "is";
        return arg ? "not in" : "in";
    case vm::Operand::FORMAT: {
        static const char* conversions[] = { "", "str", "repr", "ascii" };
        std::string text = conversions[arg & 3];
        if (arg & 4)
            text += text.empty() ? "with format" : ", with format";
        return text;
    }
    default: return "";
    }
}

void disassemble_one(CodeObject* code, std::string& out)
{
    std::set<uint32_t> targets;
    for (size_t i = 0; i < code->code.size(); i += 1 + size_t(vm::op_cache_size(vm::instruction_op(code->code[i])))) {
        vm::Op op = vm::instruction_op(code->code[i]);
        if (vm::op_operand(op) == vm::Operand::JUMP)
            targets.insert(vm::instruction_arg(code->code[i]));
    }
    for (auto& e : code->exception_table)
        targets.insert(e.target);
    int last_line = -2;
    for (size_t i = 0; i < code->code.size();) {
        uint32_t word = code->code[i];
        vm::Op op = vm::instruction_op(word);
        uint32_t arg = vm::instruction_arg(word);
        int line = code->positions[i].line;
        char buffer[256];
        if (line != last_line && line >= 0) {
            if (i > 0)
                out += "\n";
            snprintf(buffer, sizeof buffer, "%4d ", line);
            last_line = line;
        } else {
            snprintf(buffer, sizeof buffer, "     ");
        }
        out += buffer;
        out += targets.count(uint32_t(i)) ? ">> " : "   ";
        std::string name(vm::op_name(op));
        bool has_arg = vm::op_operand(op) != vm::Operand::NONE;
        if (has_arg) {
            snprintf(buffer, sizeof buffer, "%5zu %-24s %4u", i, name.c_str(), arg);
            out += buffer;
            std::string text = argument_text(code, op, arg);
            if (!text.empty())
                out += " (" + text + ")";
        } else {
            snprintf(buffer, sizeof buffer, "%5zu %s", i, name.c_str());
            out += buffer;
        }
        out += "\n";
        i += 1 + size_t(vm::op_cache_size(op));
    }
    if (!code->exception_table.empty()) {
        out += "ExceptionTable:\n";
        for (auto& e : code->exception_table) {
            out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " + std::to_string(e.target) + " [" + std::to_string(e.depth) + "]" + (e.push_lasti ? " lasti" : "") + "\n";
        }
    }
}

}  // namespace

// Disassembles a code object and, after it, every code object among its constants.
std::string disassemble(CodeObject* code)
{
    std::string out;
    disassemble_one(code, out);
    for (int64_t i = 0; i < code->consts->size; ++i) {
        Val k = code->consts->item(i);
        if (k.type() != &g_code_type)
            continue;
        auto* c = k.as<CodeObject>();
        out += "\nDisassembly of <code object " + std::string(c->name->view()) + ", file \"" + std::string(c->filename->view()) + "\", line " + std::to_string(c->firstlineno) + ">:\n";
        out += disassemble(c);
    }
    return out;
}

static Result<Value> dis_dis(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val target = nargs > 1 ? args[1] : Val();
    if (!target)
        return raise(&g_exc_TypeError, "dis() missing required argument 'x'");
    Ref<CodeObject> code;
    if (target.type() == &g_code_type) {
        code = Ref<CodeObject>(target.as<CodeObject>());
    } else if (target.type() == &g_function_type) {
        code = target.as<FunctionObject>()->code;
    } else if (target.type() == &g_method_type) {
        Val f = target.as<MethodObject>()->function;
        if (f.type() != &g_function_type)
            return raise(&g_exc_TypeError, "don't know how to disassemble {} objects", f.type()->type_name());
        code = f.as<FunctionObject>()->code;
    } else if (is_str(target)) {
        code = TRY(compile::compile_source(target.as<StrObject>()->view(), str_intern("<dis>"), compile::Mode::Exec));
    } else {
        return raise(&g_exc_TypeError, "don't know how to disassemble {} objects", target.type()->type_name());
    }
    std::string text = disassemble(code.get());
    TRY(io_write_stdout(text));
    return none_value();
}

// python -m dis FILE
static Result<Value> dis_main(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val sys = import_lookup_module(str_intern("sys"));
    Value argv = TRY(get_attr(sys, NAME_OF(argv)));
    if (!is_list(argv) || argv.as<ListObject>()->size < 2)
        return raise(&g_exc_SystemExit, "usage: ginger -m dis FILE");
    Val path = argv.as<ListObject>()->item(1);
    std::string file_path(path.as<StrObject>()->view());
    std::ifstream file(file_path, std::ios::binary);
    if (!file)
        return raise_os_error(errno, path);
    std::stringstream buffer;
    buffer << file.rdbuf();
    Ref<CodeObject> code = TRY(compile::compile_source(buffer.str(), path.as<StrObject>(), compile::Mode::Exec));
    std::string text = disassemble(code.get());
    TRY(io_write_stdout(text));
    return none_value();
}

static const MethodDef s_dis_functions[] = {
    { "dis", dis_dis, METHOD_INSTANCE, "Disassemble classes, methods, functions, or code." },
    { "_main", dis_main, METHOD_INSTANCE, "The command line: ginger -m dis FILE." },
    {},
};

Ref<ModuleObject> dis_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("dis"));
    module_add_functions(module.get(), s_dis_functions);
    // The code flags by name, as inspect and dis.pretty_flags use them.
    Ref<DictObject> flags = dict_new();
    const std::pair<int, const char*> names[] = { { CO_OPTIMIZED, "OPTIMIZED" }, { CO_NEWLOCALS, "NEWLOCALS" }, { CO_VARARGS, "VARARGS" },
        { CO_VARKEYWORDS, "VARKEYWORDS" }, { CO_NESTED, "NESTED" }, { CO_GENERATOR, "GENERATOR" }, { CO_NOFREE, "NOFREE" },
        { CO_COROUTINE, "COROUTINE" }, { CO_ITERABLE_COROUTINE, "ITERABLE_COROUTINE" }, { CO_ASYNC_GENERATOR, "ASYNC_GENERATOR" } };
    for (auto& [bit, name] : names)
        MUST(dict_set(flags.get(), Val::small_int(bit), Val(str_intern(name))));
    module_set(module.get(), "COMPILER_FLAG_NAMES", Val(flags.get()));
    return module;
}

}  // namespace ginger
