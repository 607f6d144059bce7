//===- lex/Token.h - tokens ---------------------------------------------===//
#ifndef GOLC_LEX_TOKEN_H
#define GOLC_LEX_TOKEN_H

#include "diag/Diag.h"
#include "llvm/ADT/StringRef.h"

namespace golc {
namespace tok {
enum Kind : unsigned short {
#define TOK(Name, Spelling) Name,
#include "lex/TokenKinds.def"
  NumTokens
};
/// The spelling of a keyword or operator ("for", "+="), or the class name of
/// a literal ("literal", "name").
llvm::StringRef spelling(Kind k);
/// The enum name as written in TokenKinds.def ("kw_for", "plus_assign").
llvm::StringRef name(Kind k);
} // namespace tok

/// One token. `text` points into the SourceManager's copy of the file: the
/// exact source spelling (for literals, the literal as written, quotes and
/// prefixes included). An automatically inserted semicolon has kind
/// tok::semicolon and text "\n" (or "" at EOF), as go/scanner reports it.
struct Token {
  tok::Kind kind = tok::eof;
  SourceLoc loc;
  llvm::StringRef text;

  bool is(tok::Kind k) const { return kind == k; }
  bool isNot(tok::Kind k) const { return kind != k; }
  bool isAutoSemicolon() const { return kind == tok::semicolon && text != ";"; }
};

} // namespace golc

#endif
