// Match statements and their patterns (PEP 634).
#include "parse/parser_impl.h"

namespace ginger::parse {

using namespace ast;

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// Returns nullptr without an error when the statement is not a match statement.
Stmt* Parser::parse_match()
{
    return nullptr;
}

}
