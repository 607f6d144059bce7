//===- lex/Lexer.h - Go's lexical grammar --------------------------------===//
// Turns a source file into tokens following the Go specification's lexical
// elements, including automatic semicolon insertion. Errors (bad escapes,
// unterminated literals, invalid characters) go to the DiagEngine; the lexer
// always makes progress and ends with tok::eof.
//===----------------------------------------------------------------------===//
#ifndef GOLC_LEX_LEXER_H
#define GOLC_LEX_LEXER_H

#include "lex/Token.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace golc {

class Lexer {
public:
  Lexer(const SourceManager &sm, uint32_t file, DiagEngine &diags);
  /// The next token; tok::eof forever at the end.
  Token next();

private:
  const SourceManager &sm_;
  uint32_t file_;
  DiagEngine &diags_;
  llvm::StringRef src_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  size_t lineStart_ = 0;
  bool insertSemi_ = false; // the last token allows an automatic ';'

  // The lexer looks at one decoded character at a time: ch_ starts at byte
  // chPos_ (pos_ is just past it) on line line_, which starts at lineStart_.
  int32_t ch_ = ' '; // -1 at the end of the file
  size_t chPos_ = 0;
  size_t tokStart_ = 0; // the token being lexed
  SourceLoc tokLoc_;

  void nextch();
  SourceLoc here() const;
  SourceLoc tokenLoc(size_t offset) const;
  Token makeToken(tok::Kind kind) const;
  Token withEqualSign(tok::Kind plain, tok::Kind withEqual);
  Token lexIdentifier();
  Token lexNumber(bool seenPoint);
  unsigned lexDigits(unsigned base, int *invalidAt);
  Token lexRune();
  Token lexString();
  Token lexRawString();
  bool lexEscape(int32_t quote);
  void skipLineComment();
  void skipGeneralComment();
};

/// Lexes a whole file (ends with the eof token).
std::vector<Token> lexFile(const SourceManager &sm, uint32_t file,
                           DiagEngine &diags);

/// Decodes the value of a string literal token (interpreted or raw); reports
/// nothing (the lexer already diagnosed malformed literals).
std::string unquoteString(llvm::StringRef text);
/// Decodes a rune literal's value ('a', '\n', '\u00e9', '\377').
uint32_t unquoteRune(llvm::StringRef text);

/// `-emit-tokens`: one token per line, `LINE:COL kind 'text'`.
void printTokens(const std::vector<Token> &toks, llvm::raw_ostream &os);

/// Go 1.19's unicode.IsLetter (categories L), unicode.IsDigit (Nd) and
/// unicode.IsPrint (L M N P S and ' '), from Unicode 13.0.0 tables in
/// lex/Unicode.cpp.
namespace unicode {
bool isLetter(uint32_t r);
bool isDigit(uint32_t r);
bool isPrint(uint32_t r);
} // namespace unicode

} // namespace golc

#endif
