//===- parse/Parser.h - Go's syntax ------------------------------------------===//
// A recursive-descent parser for the whole of Go's grammar (go1.19, generics
// included), so that a construct outside golc's subset reaches sema and gets
// "golc does not support X yet" rather than a syntax error. Syntax errors are
// reported gc style (`syntax error: unexpected newline, expected ...`), and
// parsing recovers at statement/declaration boundaries.
//===----------------------------------------------------------------------===//
#ifndef GOLC_PARSE_PARSER_H
#define GOLC_PARSE_PARSER_H

#include "ast/AST.h"
#include "lex/Lexer.h"

namespace golc {

/// Parses source file `file` of `sm` into `ctx`. Never returns null; check
/// diags for errors.
ast::File *parseFile(const SourceManager &sm, uint32_t file,
                     ast::ASTContext &ctx, DiagEngine &diags);

} // namespace golc

#endif
