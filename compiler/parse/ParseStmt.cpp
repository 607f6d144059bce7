//===- parse/ParseStmt.cpp - statements -----------------------------------===//
// Every statement form. Simple statements (expression, send, inc/dec,
// assignment, short variable declaration) are parsed from an expression
// list and the token after it. The headers of if, for and switch share one
// function, as in gc: it reads an optional init statement, then the
// condition (or tag, or for clause, or range clause) as a simple statement,
// and reports what cannot be a condition ("cannot use x := 1 as value").
//===----------------------------------------------------------------------===//
#include "parse/ParserImpl.h"

using namespace golc;
using namespace golc::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

static bool isAssignOp(tok::Kind k) {
  switch (k) {
  case tok::plus_assign:
  case tok::minus_assign:
  case tok::star_assign:
  case tok::slash_assign:
  case tok::percent_assign:
  case tok::amp_assign:
  case tok::pipe_assign:
  case tok::caret_assign:
  case tok::shl_assign:
  case tok::shr_assign:
  case tok::amp_caret_assign:
    return true;
  default:
    return false;
  }
}

/// `v := x.(type)`, the guard of a type switch that declares v.
static bool isTypeSwitchAssign(const Stmt *s) {
  auto *a = dyn_cast_or_null<AssignStmt>(s);
  if (!a || a->op != tok::define || a->lhs.size() != 1 || a->rhs.size() != 1 ||
      !isa<IdentExpr>(a->lhs[0]))
    return false;
  auto *ta = dyn_cast<TypeAssertExpr>(a->rhs[0]);
  return ta && !ta->typeExpr;
}

/// `x.(type)` as a statement: the guard of a type switch.
static bool isTypeSwitchGuard(const Stmt *s) {
  auto *es = dyn_cast_or_null<ExprStmt>(s);
  if (!es)
    return false;
  auto *ta = dyn_cast<TypeAssertExpr>(es->x);
  return ta && !ta->typeExpr;
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
//              Assignment | ShortVarDecl .
// lhs, if not empty, is the already parsed expression list. In a for
// header (keyword kw_for) a range clause is a simple statement too.
Stmt *Parser::parseSimpleStmt(std::vector<Expr *> lhs, tok::Kind keyword) {
  if (keyword == tok::kw_for && at(tok::kw_range))
    return parseRangeClause({}, tok::illegal);
  if (lhs.empty())
    lhs = parseExprList();

  SourceLoc loc = pos();
  if (lhs.size() == 1 && !at(tok::assign) && !at(tok::define)) {
    Expr *x = lhs[0];
    tok::Kind op = tok_.kind;
    if (isAssignOp(op)) {
      // x op= y
      next();
      auto *a = ctx_.make<AssignStmt>(x->loc(), op, loc);
      a->lhs = std::move(lhs);
      a->rhs.push_back(parseExpr());
      return a;
    }
    if (op == tok::inc || op == tok::dec) {
      next();
      auto *s = ctx_.make<IncDecStmt>(x->loc(), x, op);
      setOpPos(s, loc);
      return s;
    }
    if (op == tok::arrow) {
      // x <- y
      next();
      auto *s = ctx_.make<SendStmt>(x->loc(), x, parseExpr());
      setOpPos(s, loc);
      return s;
    }
    return ctx_.make<ExprStmt>(x->loc(), x);
  }

  if (at(tok::assign) || at(tok::define)) {
    tok::Kind op = tok_.kind;
    next();
    if (keyword == tok::kw_for && at(tok::kw_range))
      return parseRangeClause(std::move(lhs), op);
    auto *a = ctx_.make<AssignStmt>(lhs[0]->loc(), op, loc);
    a->lhs = std::move(lhs);
    a->rhs = parseExprList();
    return a;
  }

  syntaxError(diag::ExpectingAssignOp);
  advance({tok::semicolon, tok::rbrace});
  return ctx_.make<ExprStmt>(lhs[0]->loc(), lhs[0]);
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression
// . At "range"; op is assign, define or (no iteration variables) illegal.
// parseForStmt gives the result its location and body.
RangeStmt *Parser::parseRangeClause(std::vector<Expr *> lhs, tok::Kind op) {
  auto *r = ctx_.make<RangeStmt>(pos());
  next();
  if (lhs.size() > 2)
    errorAt(lhs[2]->loc(), diag::RangeTooManyVars);
  if (!lhs.empty())
    r->key = lhs[0];
  if (lhs.size() > 1)
    r->val = lhs[1];
  r->op = op;
  r->x = parseExpr();
  return r;
}

// The header of an if, for or switch statement, from its keyword to the
// block:
//   IfStmt     = "if" [ SimpleStmt ";" ] Expression Block ...
//   SwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" ...
//              | "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" ...
//   ForStmt    = "for" [ Condition | ForClause | RangeClause ] Block .
//   ForClause  = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
// A composite literal's `{` is not taken inside a header (xnest_ < 0).
Parser::Header Parser::parseHeader(tok::Kind keyword) {
  Header h;
  want(keyword);
  if (at(tok::lbrace)) {
    if (keyword == tok::kw_if) {
      syntaxErrorAt(pos(), diag::MissingIfCondition);
      h.badCond = badExpr();
    }
    return h;
  }

  int outer = xnest_;
  xnest_ = -1;
  if (!at(tok::semicolon)) {
    // A var declaration is not a simple statement: accepted, and reported.
    if (got(tok::kw_var))
      syntaxErrorAt(pos(), diag::VarDeclInInit, {tok::spelling(keyword).str()});
    h.init = parseSimpleStmt({}, keyword);
    if (isa<RangeStmt>(h.init)) {
      xnest_ = outer;
      return h;
    }
  }

  Stmt *cond = nullptr;
  SourceLoc semiLoc;   // the ';' after the init statement, if any
  std::string semiLit; // and how gc names it
  bool missingForCond = false;
  if (!at(tok::lbrace)) {
    if (at(tok::semicolon)) {
      semiLoc = pos();
      semiLit = tokenDesc();
      next();
    } else {
      // Asking for '{' rather than ';' gives the better message.
      want(tok::lbrace);
      if (!at(tok::lbrace))
        advance({tok::lbrace, tok::rbrace});
    }
    if (keyword == tok::kw_for) {
      if (!at(tok::semicolon)) {
        if (at(tok::lbrace)) {
          syntaxError(diag::ExpectingForCond);
          missingForCond = true;
        } else {
          cond = parseSimpleStmt({}, tok::illegal);
        }
      }
      if (!missingForCond) {
        want(tok::semicolon);
        if (!at(tok::lbrace)) {
          h.post = parseSimpleStmt({}, tok::illegal);
          auto *a = dyn_cast<AssignStmt>(h.post);
          if (a && a->op == tok::define)
            syntaxErrorAt(a->opLoc, diag::DeclInForPost);
        }
      }
    } else if (!at(tok::lbrace)) {
      cond = parseSimpleStmt({}, keyword);
    }
  } else {
    cond = h.init;
    h.init = nullptr;
  }

  if (!cond) {
    if (keyword == tok::kw_if && semiLoc.isValid()) {
      if (semiLit != "semicolon")
        syntaxErrorAt(semiLoc, diag::ExpectingBlockAfter,
                      {semiLit, "if clause"});
      else
        syntaxErrorAt(semiLoc, diag::MissingIfCondition);
      h.badCond = ctx_.make<BadExpr>(semiLoc);
    }
  } else if (!isa<ExprStmt>(cond) &&
             !(keyword == tok::kw_switch && isTypeSwitchAssign(cond))) {
    // A statement where an expression belongs; `if x = 1` is most likely
    // meant as `if x == 1`, so the message shows both sides.
    std::string str;
    auto *a = dyn_cast<AssignStmt>(cond);
    if (a && a->op == tok::assign) {
      std::string lhs, rhs;
      for (Expr *e : a->lhs)
        lhs += (lhs.empty() ? "" : ", ") + syntaxString(e);
      for (Expr *e : a->rhs)
        rhs += (rhs.empty() ? "" : ", ") + syntaxString(e);
      str = "assignment (" + lhs + ") = (" + rhs + ")";
    } else {
      str = syntaxString(cond);
    }
    syntaxErrorAt(opPos(cond), diag::CannotUseAsValue, {str});
  }
  h.cond = cond;
  xnest_ = outer;
  return h;
}

/// The condition or tag expression a header's statement stands for (null
/// if it is not an expression statement).
Expr *Parser::condExpr(Stmt *cond) {
  if (auto *es = dyn_cast_or_null<ExprStmt>(cond))
    return es->x;
  return nullptr;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
//             BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
//             IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
// Returns null, consuming nothing, if no statement starts here.
Stmt *Parser::parseStmtOrNull() {
  NestingGuard nesting(*this);
  if (!nesting)
    return nullptr;

  SourceLoc loc = pos();
  // Most statements start with a name: an assignment, a call, a label.
  if (at(tok::ident)) {
    std::vector<Expr *> lhs = parseExprList();
    if (lhs.size() == 1 && at(tok::colon))
      if (auto *label = dyn_cast<IdentExpr>(lhs[0]))
        return parseLabeledStmtOrNull(label);
    return parseSimpleStmt(std::move(lhs), tok::illegal);
  }

  switch (tok_.kind) {
  case tok::kw_var:
    return parseDeclStmt(&Parser::parseVarSpec);
  case tok::kw_const:
    return parseDeclStmt(&Parser::parseConstSpec);
  case tok::kw_type:
    return parseDeclStmt(&Parser::parseTypeSpec);
  case tok::lbrace:
    return parseBlockStmt("");

  // Operands, unary operators, type literals (conversions, composite
  // literals) and the receive operator start an expression statement.
  case tok::plus:
  case tok::minus:
  case tok::star:
  case tok::amp:
  case tok::caret:
  case tok::not_:
  case tok::int_lit:
  case tok::float_lit:
  case tok::imag_lit:
  case tok::rune_lit:
  case tok::string_lit:
  case tok::kw_func:
  case tok::lparen:
  case tok::lbrack:
  case tok::kw_struct:
  case tok::kw_map:
  case tok::kw_chan:
  case tok::kw_interface:
  case tok::arrow:
    return parseSimpleStmt({}, tok::illegal);

  case tok::kw_for:
    return parseForStmt();
  case tok::kw_switch:
    return parseSwitchStmt();
  case tok::kw_select:
    return parseSelectStmt();
  case tok::kw_if:
    return parseIfStmt();

  case tok::kw_fallthrough:
    next();
    return ctx_.make<BranchStmt>(loc, tok::kw_fallthrough, nullptr);
  case tok::kw_break:
  case tok::kw_continue: {
    // BreakStmt = "break" [ Label ] .  ContinueStmt = "continue" [ Label ] .
    tok::Kind kind = tok_.kind;
    next();
    IdentExpr *label = at(tok::ident) ? parseName() : nullptr;
    return ctx_.make<BranchStmt>(loc, kind, label);
  }
  case tok::kw_goto: {
    // GotoStmt = "goto" Label .
    next();
    return ctx_.make<BranchStmt>(loc, tok::kw_goto, parseName());
  }
  case tok::kw_go:
  case tok::kw_defer:
    return parseCallStmt();
  case tok::kw_return: {
    // ReturnStmt = "return" [ ExpressionList ] .
    next();
    auto *s = ctx_.make<ReturnStmt>(loc);
    if (!at(tok::semicolon) && !at(tok::rbrace))
      s->results = parseExprList();
    return s;
  }
  case tok::semicolon:
    return ctx_.make<EmptyStmt>(loc, tok_.isAutoSemicolon());
  default:
    return nullptr;
  }
}

// StatementList = { Statement ";" } .
std::vector<Stmt *> Parser::parseStmtList() {
  std::vector<Stmt *> list;
  while (!at(tok::eof) && !at(tok::rbrace) && !at(tok::kw_case) &&
         !at(tok::kw_default)) {
    Stmt *s = parseStmtOrNull();
    if (!s)
      break;
    list.push_back(s);
    // ";" is optional before "}".
    if (!got(tok::semicolon) && !at(tok::rbrace)) {
      syntaxError(diag::UnexpectedAtEndOfStmt);
      advance({tok::semicolon, tok::rbrace, tok::kw_case, tok::kw_default});
      got(tok::semicolon);
    }
  }
  return list;
}

// Block = "{" StatementList "}" .
// context names what the block follows ("if clause"), for the error when
// the `{` is missing.
BlockStmt *Parser::parseBlockStmt(llvm::StringRef context) {
  auto *b = ctx_.make<BlockStmt>(pos());
  if (!got(tok::lbrace)) {
    syntaxError(diag::ExpectingBlockAfter, {context.str()});
    advance({tok::ident, tok::rbrace});
    b->rbrace = pos();
    if (got(tok::rbrace))
      return b;
  }
  b->stmts = parseStmtList();
  b->rbrace = pos();
  want(tok::rbrace);
  return b;
}

// LabeledStmt = Label ":" Statement .
Stmt *Parser::parseLabeledStmtOrNull(IdentExpr *label) {
  SourceLoc colon = pos();
  want(tok::colon);
  if (at(tok::rbrace)) {
    // `L: }`: the statement is empty (its ';' may be omitted before '}').
    auto *empty = ctx_.make<EmptyStmt>(pos(), true);
    return ctx_.make<LabeledStmt>(label->loc(), label, empty);
  }
  if (Stmt *s = parseStmtOrNull())
    return ctx_.make<LabeledStmt>(label->loc(), label, s);
  syntaxErrorAt(colon, diag::MissingStmtAfterLabel);
  return nullptr;
}

Stmt *Parser::parseDeclStmt(SpecParser spec) {
  GenDecl *d = parseGenDecl(spec);
  return ctx_.make<DeclStmt>(d->loc(), d);
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
Stmt *Parser::parseForStmt() {
  SourceLoc loc = pos();
  Header h = parseHeader(tok::kw_for);
  if (auto *r = dyn_cast_or_null<RangeStmt>(h.init)) {
    r->setLoc(loc);
    r->body = parseBlockStmt("for clause");
    return r;
  }
  auto *f = ctx_.make<ForStmt>(loc);
  f->init = h.init;
  f->cond = condExpr(h.cond);
  f->post = h.post;
  f->body = parseBlockStmt("for clause");
  return f;
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block
//          [ "else" ( IfStmt | Block ) ] .
IfStmt *Parser::parseIfStmt() {
  auto *s = ctx_.make<IfStmt>(pos());
  NestingGuard nesting(*this); // else if chains nest too
  if (!nesting)
    return s;
  Header h = parseHeader(tok::kw_if);
  s->init = h.init;
  s->cond = h.badCond ? h.badCond : condExpr(h.cond);
  s->then = parseBlockStmt("if clause");
  if (got(tok::kw_else)) {
    if (at(tok::kw_if)) {
      s->els = parseIfStmt();
    } else if (at(tok::lbrace)) {
      s->els = parseBlockStmt("");
    } else {
      syntaxErrorAt(pos(), diag::ElseMustBeFollowed);
      advance({tok::ident, tok::rbrace});
    }
  }
  return s;
}

// SwitchStmt      = ExprSwitchStmt | TypeSwitchStmt .
// TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
Stmt *Parser::parseSwitchStmt() {
  SourceLoc loc = pos();
  Header h = parseHeader(tok::kw_switch);
  auto *body = ctx_.make<BlockStmt>(pos());
  if (!got(tok::lbrace)) {
    syntaxErrorAt(pos(), diag::MissingBraceAfterClause, {"switch"});
    advance({tok::kw_case, tok::kw_default, tok::rbrace});
  }
  while (!at(tok::eof) && !at(tok::rbrace))
    body->stmts.push_back(parseCaseClause());
  body->rbrace = pos();
  want(tok::rbrace);

  if (isTypeSwitchGuard(h.cond) || isTypeSwitchAssign(h.cond)) {
    auto *s = ctx_.make<TypeSwitchStmt>(loc);
    s->init = h.init;
    s->assign = h.cond;
    s->body = body;
    return s;
  }
  auto *s = ctx_.make<SwitchStmt>(loc);
  s->init = h.init;
  s->tag = condExpr(h.cond);
  s->body = body;
  return s;
}

// SelectStmt = "select" "{" { CommClause } "}" .
SelectStmt *Parser::parseSelectStmt() {
  auto *s = ctx_.make<SelectStmt>(pos());
  want(tok::kw_select);
  s->body = ctx_.make<BlockStmt>(pos());
  if (!got(tok::lbrace)) {
    syntaxErrorAt(pos(), diag::MissingBraceAfterClause, {"select"});
    advance({tok::kw_case, tok::kw_default, tok::rbrace});
  }
  while (!at(tok::eof) && !at(tok::rbrace))
    s->body->stmts.push_back(parseCommClause());
  s->body->rbrace = pos();
  want(tok::rbrace);
  return s;
}

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// ExprSwitchCase = "case" ExpressionList | "default" .
// (Type switch cases list types, which parse as expressions.)
CaseClauseStmt *Parser::parseCaseClause() {
  auto *c = ctx_.make<CaseClauseStmt>(pos());
  if (got(tok::kw_case)) {
    c->list = parseExprList();
  } else if (got(tok::kw_default)) {
    c->isDefault = true;
  } else {
    syntaxError(diag::ExpectingCase);
    advance({tok::colon, tok::kw_case, tok::kw_default, tok::rbrace});
  }
  want(tok::colon);
  c->body = parseStmtList();
  return c;
}

// CommClause = CommCase ":" StatementList .
// CommCase   = "case" ( SendStmt | RecvStmt ) | "default" .
// Any simple statement is accepted here; sema checks its form.
CommClauseStmt *Parser::parseCommClause() {
  auto *c = ctx_.make<CommClauseStmt>(pos());
  if (got(tok::kw_case)) {
    c->comm = parseSimpleStmt({}, tok::illegal);
  } else if (!got(tok::kw_default)) {
    syntaxError(diag::ExpectingCase);
    advance({tok::colon, tok::kw_case, tok::kw_default, tok::rbrace});
  }
  want(tok::colon);
  c->body = parseStmtList();
  return c;
}

// GoStmt    = "go" Expression .
// DeferStmt = "defer" Expression .
// The expression must be a call, and not parenthesized.
Stmt *Parser::parseCallStmt() {
  SourceLoc loc = pos();
  tok::Kind kind = tok_.kind;
  std::string word = tok::spelling(kind).str();
  next();
  Expr *x = parsePrimaryExpr(nullptr, at(tok::lparen));
  if (Expr *t = unparen(x); t != x) {
    errorAt(opPos(x), diag::GoDeferParenthesized, {word});
    x = t;
  }
  auto *call = dyn_cast<CallExpr>(x);
  if (!call) {
    errorAt(opPos(x), diag::GoDeferNotCall, {word});
    // Most likely the call's parentheses are missing.
    call = ctx_.make<CallExpr>(x->loc(), x);
  }
  if (kind == tok::kw_go)
    return ctx_.make<GoStmt>(loc, call);
  return ctx_.make<DeferStmt>(loc, call);
}
