//===- parse/Parser.cpp - tokens, syntax errors and recovery --------------===//
// The parser's plumbing: reading tokens, gc's wording of syntax errors, and
// gc's recovery strategy. A syntax error names the current token the way gc
// does ("unexpected newline", "unexpected literal 42", "unexpected comma");
// after an error the parser skips to a token of a follow set (inside a
// function body also to a keyword that starts a statement), so one run finds
// several errors and always terminates. Errors at EOF after an earlier error
// are dropped as gc drops them: they only repeat the first one.
//===----------------------------------------------------------------------===//
#include "parse/Parser.h"
#include "parse/ParserImpl.h"
#include <bitset>

using namespace golc;
using namespace golc::ast;

// Deeper nesting than this (parentheses, blocks, unary operators, types) is
// reported instead of recursing on until the stack overflows, here or in the
// later phases, which all walk the tree recursively. gc has no limit and
// go/parser's is 1e5; programs people write stay far below 1000.
static const unsigned kMaxDepth = 1000;

Parser::Parser(const SourceManager &sm, uint32_t file, ASTContext &ctx,
               DiagEngine &diags)
    : file_(file), ctx_(ctx), diags_(diags), lexer_(sm, file, diags),
      errorsAtStart_(diags.errorCount()) {
  next();
}

ast::File *golc::parseFile(const SourceManager &sm, uint32_t file,
                           ASTContext &ctx, DiagEngine &diags) {
  Parser p(sm, file, ctx, diags);
  return p.parseSourceFile();
}

//===----------------------------------------------------------------------===//
// Tokens
//===----------------------------------------------------------------------===//

void Parser::next() {
  if (tooDeep_) {
    tok_.kind = tok::eof;
    return;
  }
  tok_ = lexer_.next();
}

bool Parser::got(tok::Kind k) {
  if (!at(k))
    return false;
  next();
  return true;
}

/// How gc spells an expected token: "comma", "semicolon or newline", or the
/// token itself.
static std::string expectedSpelling(tok::Kind k) {
  switch (k) {
  case tok::comma:
    return "comma";
  case tok::semicolon:
    return "semicolon or newline";
  default:
    return tok::spelling(k).str();
  }
}

void Parser::want(tok::Kind k) {
  if (!got(k)) {
    syntaxError(diag::ExpectingToken, {expectedSpelling(k)});
    advance();
  }
}

// Accepts '=' and, reporting it, ':=' where only '=' is valid.
bool Parser::gotAssign() {
  if (at(tok::define)) {
    syntaxError(diag::ExpectingToken, {"="});
    next();
    return true;
  }
  return got(tok::assign);
}

std::string Parser::tokenDesc() const {
  switch (tok_.kind) {
  case tok::ident:
    return tok_.text.str();
  case tok::int_lit:
  case tok::float_lit:
  case tok::imag_lit:
  case tok::rune_lit:
  case tok::string_lit:
    return "literal " + tok_.text.str();
  case tok::semicolon:
    if (tok_.text == ";")
      return "semicolon";
    return tok_.text.empty() ? "EOF" : "newline";
  case tok::comma:
    return "comma";
  default:
    return tok::spelling(tok_.kind).str();
  }
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

void Parser::syntaxError(diag::Kind kind, llvm::ArrayRef<std::string> args) {
  std::vector<std::string> all{tokenDesc()};
  all.insert(all.end(), args.begin(), args.end());
  syntaxErrorAt(pos(), kind, all);
}

void Parser::syntaxErrorAt(SourceLoc loc, diag::Kind kind,
                           llvm::ArrayRef<std::string> args) {
  // At EOF after an error, a further syntax error is a consequence of it.
  if (at(tok::eof) && hadErrors())
    return;
  diags_.report(loc, kind, args);
}

void Parser::errorAt(SourceLoc loc, diag::Kind kind,
                     llvm::ArrayRef<std::string> args) {
  diags_.report(loc, kind, args);
}

// The keywords that start a statement: good places to resume after an
// error inside a function body.
static const tok::Kind kStmtKeywords[] = {
    tok::kw_break,       tok::kw_const,  tok::kw_continue, tok::kw_defer,
    tok::kw_fallthrough, tok::kw_for,    tok::kw_go,       tok::kw_goto,
    tok::kw_if,          tok::kw_return, tok::kw_select,   tok::kw_switch,
    tok::kw_type,        tok::kw_var};

void Parser::advance(std::initializer_list<tok::Kind> follow) {
  if (follow.size() == 0) {
    if (!at(tok::eof))
      next();
    return;
  }
  std::bitset<tok::NumTokens> stop;
  stop.set(tok::eof);
  for (tok::Kind k : follow)
    stop.set(k);
  if (fnest_ > 0)
    for (tok::Kind k : kStmtKeywords)
      stop.set(k);
  while (!stop.test(tok_.kind))
    next();
}

bool Parser::enter() {
  if (depth_ >= kMaxDepth) {
    if (!tooDeep_)
      errorAt(pos(), diag::NestingTooDeep);
    tooDeep_ = true;
    tok_.kind = tok::eof;
    return false;
  }
  ++depth_;
  return true;
}

//===----------------------------------------------------------------------===//
// Lists
//===----------------------------------------------------------------------===//

SourceLoc Parser::parseList(llvm::StringRef context, tok::Kind sep,
                            tok::Kind close, llvm::function_ref<bool()> f) {
  bool done = false;
  while (!at(tok::eof) && !at(close) && !done) {
    done = f();
    // The separator is optional before the closing token.
    if (!got(sep) && !at(close)) {
      syntaxError(diag::UnexpectedInList, {context.str(), expectedSpelling(sep),
                                           expectedSpelling(close)});
      advance({tok::rparen, tok::rbrack, tok::rbrace});
      if (!at(close))
        return pos();
    }
  }
  SourceLoc end = pos();
  want(close);
  return end;
}

//===----------------------------------------------------------------------===//
// gc positions
//===----------------------------------------------------------------------===//

SourceLoc Parser::opPos(const Node *n) const {
  auto valid = [&](SourceLoc l) { return l.isValid() ? l : n->loc(); };
  switch (n->kind()) {
  case Node::BinaryExprKind:
    return llvm::cast<BinaryExpr>(n)->opLoc;
  case Node::CallExprKind:
    return valid(llvm::cast<CallExpr>(n)->lparen);
  case Node::IndexExprKind:
    return valid(llvm::cast<IndexExpr>(n)->lbrack);
  case Node::SliceExprKind:
    return valid(llvm::cast<SliceExpr>(n)->lbrack);
  case Node::CompositeLitExprKind:
    return valid(llvm::cast<CompositeLitExpr>(n)->lbrace);
  case Node::AssignStmtKind:
    return llvm::cast<AssignStmt>(n)->opLoc;
  case Node::ExprStmtKind:
    return opPos(llvm::cast<ExprStmt>(n)->x);
  default: {
    auto it = opPos_.find(n);
    return it != opPos_.end() ? it->second : n->loc();
  }
  }
}
