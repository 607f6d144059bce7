//===- parse/ParserImpl.h - the parser's internal interface ---------------===//
// The Parser class shared by the parse/*.cpp files, one file per concern:
//   Parser.cpp        tokens, error reporting, recovery, lists, parseFile
//   ParseDecl.cpp     the source file, declarations, parameter lists
//   ParseType.cpp     type syntax
//   ParseExpr.cpp     expressions
//   ParseStmt.cpp     statements
//   SyntaxString.cpp  gc-style source text of nodes, for error messages
//
// The parser follows the structure of gc's own (cmd/compile/internal/syntax)
// closely, on purpose: golc must report syntax errors with gc's wording and
// at gc's positions, and continue after them the same way, so the decisions
// of where an error is noticed and which tokens are skipped have to match.
// It needs no lookahead: one current token, read from the Lexer on demand
// (so lexical errors are reported as the parser reaches them, as in gc).
//
// gc positions some nodes at an inner token (a call at its '(', a binary
// expression or assignment at its operator, a selector at its '.'), and
// reports some errors there. golc's AST locates every node at its first
// token; opPos() recovers gc's position, with the help of a side table for
// the few nodes whose operator location the AST does not keep.
//===----------------------------------------------------------------------===//
#ifndef GOLC_PARSE_PARSERIMPL_H
#define GOLC_PARSE_PARSERIMPL_H

#include "ast/AST.h"
#include "lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <initializer_list>
#include <string>
#include <vector>

namespace golc {

/// gc's printing of a node in "short form" (function and composite literal
/// bodies elided as …), used where an error message quotes source text.
std::string syntaxString(const ast::Node *n);

class Parser {
public:
  Parser(const SourceManager &sm, uint32_t file, ast::ASTContext &ctx,
         DiagEngine &diags);

  /// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
  ast::File *parseSourceFile();

private:
  //--- Tokens and errors (Parser.cpp) ------------------------------------===//

  void next();
  bool at(tok::Kind k) const { return tok_.kind == k; }
  bool got(tok::Kind k);
  void want(tok::Kind k);
  bool gotAssign();
  SourceLoc pos() const { return tok_.loc; }

  /// The current token as gc names it in "unexpected X".
  std::string tokenDesc() const;
  /// "syntax error: unexpected <current token>...": {0} of `kind` is the
  /// current token, {1}.. are `args`.
  void syntaxError(diag::Kind kind, llvm::ArrayRef<std::string> args = {});
  /// A syntax error whose message does not name the current token.
  void syntaxErrorAt(SourceLoc loc, diag::Kind kind,
                     llvm::ArrayRef<std::string> args = {});
  /// An error that is not a syntax error (never suppressed).
  void errorAt(SourceLoc loc, diag::Kind kind,
               llvm::ArrayRef<std::string> args = {});
  bool hadErrors() const { return diags_.errorCount() > errorsAtStart_; }

  /// Skips tokens until one of `follow` (plus the statement keywords inside
  /// a function body, plus EOF). With an empty set, skips exactly one token.
  void advance(std::initializer_list<tok::Kind> follow = {});
  /// Counts one level of recursion for as long as it lives. Converts to
  /// false when nesting is too deep: that is reported once, and the parser
  /// then sees only EOF, so every caller unwinds quickly.
  class NestingGuard {
  public:
    explicit NestingGuard(Parser &p) : p_(p), ok_(p.enter()) {}
    ~NestingGuard() {
      if (ok_)
        --p_.depth_;
    }
    explicit operator bool() const { return ok_; }

  private:
    Parser &p_;
    bool ok_;
  };
  bool enter();

  /// list = [ f { sep f } [sep] ] close .  Calls f for each element until f
  /// returns true; returns the location of the closing token.
  SourceLoc parseList(llvm::StringRef context, tok::Kind sep, tok::Kind close,
                      llvm::function_ref<bool()> f);

  //--- Declarations (ParseDecl.cpp) --------------------------------------===//

  using SpecParser = void (Parser::*)(ast::GenDecl *);
  ast::GenDecl *parseGenDecl(SpecParser spec);
  void parseImportSpec(ast::GenDecl *d);
  void parseConstSpec(ast::GenDecl *d);
  void parseTypeSpec(ast::GenDecl *d);
  void parseVarSpec(ast::GenDecl *d);
  ast::FuncDecl *parseFuncDecl();
  ast::BlockStmt *parseFuncBody();

  /// One parameter as gc sees it: an optional name and an optional type;
  /// names sharing a type point at the same type expression.
  struct Param {
    ast::IdentExpr *name = nullptr;
    ast::Expr *type = nullptr;
    SourceLoc loc;
  };
  std::vector<ast::Field> parseParamList(ast::IdentExpr *name, ast::Expr *type,
                                         tok::Kind close, bool requireNames);
  bool parseParamDecl(ast::IdentExpr *name, tok::Kind close, Param &out);
  SourceLoc typeStartPos(ast::Expr *t) const;
  static std::vector<ast::Field> groupParams(const std::vector<Param> &list);

  //--- Types (ParseType.cpp) ---------------------------------------------===//

  ast::Expr *parseType();
  ast::Expr *parseTypeOrNull();
  ast::Expr *parseTypeInstance(ast::Expr *type);
  ast::FuncTypeExpr *parseFuncType(llvm::StringRef context, SourceLoc loc);
  std::vector<ast::Field> parseFuncResult();
  ast::Expr *parseArrayType(SourceLoc lbrack, ast::Expr *len);
  ast::Expr *parseSliceType(SourceLoc lbrack);
  ast::Expr *parseChanElem();
  ast::StructTypeExpr *parseStructType();
  void parseFieldDecl(ast::StructTypeExpr *st);
  ast::InterfaceTypeExpr *parseInterfaceType();
  bool parseMethodSpec(ast::Field &f);
  ast::Expr *parseEmbeddedElem(ast::Expr *first);
  ast::Expr *parseEmbeddedTerm();
  ast::Expr *parseArrayOrTypeArgs();
  ast::IdentExpr *parseName();
  ast::Expr *parseQualifiedName(ast::IdentExpr *name);
  std::string parseTag();

  //--- Expressions (ParseExpr.cpp) ---------------------------------------===//

  ast::Expr *parseExpr();
  ast::Expr *parseBinaryExpr(ast::Expr *x, int prec);
  ast::Expr *parseUnaryExpr();
  ast::Expr *parseOperand(bool keepParens);
  ast::Expr *parsePrimaryExpr(ast::Expr *x, bool keepParens);
  ast::CompositeLitExpr *parseLiteralValue();
  ast::Expr *parseElement();
  std::vector<ast::Expr *> parseExprList();
  std::vector<ast::Expr *> parseTypeList(bool &comma);
  void parseArgList(ast::CallExpr *call);
  ast::BasicLitExpr *parseLiteralOrNull();
  ast::BadExpr *badExpr() { return ctx_.make<ast::BadExpr>(pos()); }

  //--- Statements (ParseStmt.cpp) ----------------------------------------===//

  /// keyword is kw_for, kw_switch, kw_if (a header's simple statement) or
  /// illegal (anywhere else).
  ast::Stmt *parseSimpleStmt(std::vector<ast::Expr *> lhs, tok::Kind keyword);
  ast::RangeStmt *parseRangeClause(std::vector<ast::Expr *> lhs, tok::Kind op);
  struct Header {
    ast::Stmt *init = nullptr;
    ast::Stmt *cond = nullptr; // a simple statement standing for the condition
    ast::Stmt *post = nullptr;
    ast::Expr *badCond = nullptr; // a placeholder for a missing condition
  };
  Header parseHeader(tok::Kind keyword);
  ast::Expr *condExpr(ast::Stmt *cond);
  ast::Stmt *parseStmtOrNull();
  std::vector<ast::Stmt *> parseStmtList();
  ast::BlockStmt *parseBlockStmt(llvm::StringRef context);
  ast::Stmt *parseLabeledStmtOrNull(ast::IdentExpr *label);
  ast::Stmt *parseDeclStmt(SpecParser spec);
  ast::Stmt *parseForStmt();
  ast::IfStmt *parseIfStmt();
  ast::Stmt *parseSwitchStmt();
  ast::SelectStmt *parseSelectStmt();
  ast::CaseClauseStmt *parseCaseClause();
  ast::CommClauseStmt *parseCommClause();
  ast::Stmt *parseCallStmt();

  /// gc's position of a node (see the file comment).
  SourceLoc opPos(const ast::Node *n) const;
  void setOpPos(const ast::Node *n, SourceLoc loc) { opPos_[n] = loc; }

  uint32_t file_;
  ast::ASTContext &ctx_;
  DiagEngine &diags_;
  Lexer lexer_;
  Token tok_;
  unsigned errorsAtStart_;

  int fnest_ = 0; // function nesting (recovery stops at statement keywords)
  int xnest_ = 0; // expression nesting; < 0 in control clause headers
  unsigned depth_ = 0;
  bool tooDeep_ = false;
  llvm::DenseMap<const ast::Node *, SourceLoc> opPos_;
};

} // namespace golc

#endif
