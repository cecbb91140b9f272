// _ginger_ast: the parser's AST printed as CPython's ast.dump() prints it. It lets tools compare
// Ginger's parser with CPython's on real code before the full `ast` module exists.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/protocol.h"
#include "objects/singletons.h"
#include "parse/ast_dump.h"
#include "parse/parser.h"
#include "support/arena.h"

#include <cerrno>
#include <fstream>
#include <sstream>

namespace ginger {

// dump(source, include_attributes=False, mode='exec') -> str, or SyntaxError.
static Result<Value> ginger_ast_dump(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("dump", args + 1, nargs - 1, kwnames, { "source", "include_attributes", "mode" }, 1, out));
    if (!is_str(out[0]))
        return raise(&g_exc_TypeError, "dump() argument 'source' must be str, not {}", out[0].type()->type_name());
    bool attributes = out[1] && TRY(is_truthy(out[1]));
    parse::Mode mode = parse::Mode::Exec;
    if (out[2]) {
        if (!is_str(out[2]))
            return raise(&g_exc_TypeError, "dump() argument 'mode' must be str");
        std::string_view m = out[2].as<StrObject>()->view();
        mode = m == "eval" ? parse::Mode::Eval : m == "single" ? parse::Mode::Single : parse::Mode::Exec;
    }
    Arena arena;
    parse::ParseResult parsed = parse::parse(out[0].as<StrObject>()->view(), mode, arena);
    if (parsed.error)
        return raise(&g_exc_SyntaxError, "{} (line {}, offset {})", parsed.error->msg, int64_t(parsed.error->lineno), int64_t(parsed.error->offset));
    return Value(str_from_utf8(ast::dump(parsed.module, attributes ? ast::DumpAttributes::Include : ast::DumpAttributes::Omit)));
}

// dump_file(path, include_attributes=False) -> str: dump() of a file's source (read as UTF-8).
static Result<Value> ginger_ast_dump_file(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[2];
    TRY(bind_args("dump_file", args + 1, nargs - 1, kwnames, { "path", "include_attributes" }, 1, out));
    if (!is_str(out[0]))
        return raise(&g_exc_TypeError, "dump_file() argument 'path' must be str, not {}", out[0].type()->type_name());
    std::ifstream file { std::string(out[0].as<StrObject>()->view()), std::ios::binary };
    if (!file)
        return raise_os_error(errno, out[0]);
    std::stringstream buffer;
    buffer << file.rdbuf();
    Ref<StrObject> source = str_from_utf8(buffer.str());
    Val forwarded[3] = { args[0], Val(source.get()), out[1] ? out[1] : Val(g_false) };
    return ginger_ast_dump(forwarded, 3, nullptr);
}

static const MethodDef s_functions[] = {
    { "dump_file", ginger_ast_dump_file, METHOD_INSTANCE, "dump() of a file's source." },
    { "dump", ginger_ast_dump, METHOD_INSTANCE, "Parse source and return ast.dump() of the tree." },
    {},
};

Ref<ModuleObject> ginger_ast_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_ginger_ast"));
    module_add_functions(module.get(), s_functions);
    return module;
}

}  // namespace ginger
