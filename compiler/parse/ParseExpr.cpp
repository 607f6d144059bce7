//===- parse/ParseExpr.cpp - expressions ----------------------------------===//
// Binary expressions by precedence climbing over Go's five levels, unary
// expressions (with `<-chan T` re-association), operands, and the postfix
// forms of primary expressions: selectors, type assertions, index and slice
// expressions, calls, and composite literals.
//
// Whether a `{` after an expression opens a composite literal or a block is
// decided by xnest_: it is negative inside the header of an if, for or
// switch (where `if x == T {` must open the block) and goes back up inside
// any parentheses, brackets or braces, as in the spec.
//===----------------------------------------------------------------------===//
#include "parse/ParserImpl.h"

using namespace golc;
using namespace golc::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

// Expression = UnaryExpr | Expression binary_op Expression .
Expr *Parser::parseExpr() { return parseBinaryExpr(nullptr, 0); }

/// The precedence of a binary operator token, or 0 for any other token.
static int binaryPrec(tok::Kind k) {
  switch (k) {
  case tok::or_or:
    return 1;
  case tok::and_and:
    return 2;
  case tok::eql:
  case tok::neq:
  case tok::lss:
  case tok::leq:
  case tok::gtr:
  case tok::geq:
    return 3;
  case tok::plus:
  case tok::minus:
  case tok::pipe:
  case tok::caret:
    return 4;
  case tok::star:
  case tok::slash:
  case tok::percent:
  case tok::shl:
  case tok::shr:
  case tok::amp:
  case tok::amp_caret:
    return 5;
  default:
    return 0;
  }
}

// Parses operators binding tighter than prec; x is an already parsed left
// operand, if any.
Expr *Parser::parseBinaryExpr(Expr *x, int prec) {
  if (!x)
    x = parseUnaryExpr();
  for (int p; (p = binaryPrec(tok_.kind)) > prec;) {
    tok::Kind op = tok_.kind;
    SourceLoc opLoc = pos();
    next();
    Expr *y = parseBinaryExpr(nullptr, p);
    x = ctx_.make<BinaryExpr>(x->loc(), op, opLoc, x, y);
  }
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
// unary_op  = "+" | "-" | "!" | "^" | "*" | "&" | "<-" .  (and "~" in
// constraints)
Expr *Parser::parseUnaryExpr() {
  NestingGuard nesting(*this);
  if (!nesting)
    return badExpr();

  SourceLoc loc = pos();
  switch (tok_.kind) {
  case tok::star:
    next();
    return ctx_.make<StarExpr>(loc, parseUnaryExpr());
  case tok::plus:
  case tok::minus:
  case tok::not_:
  case tok::caret:
  case tok::tilde: {
    tok::Kind op = tok_.kind;
    next();
    return ctx_.make<UnaryExpr>(loc, op, parseUnaryExpr());
  }
  case tok::amp:
    // &(T{}) is &T{}: drop the parentheses the operand may have kept.
    next();
    return ctx_.make<UnaryExpr>(loc, tok::amp, unparen(parseUnaryExpr()));
  case tok::arrow: {
    // A receive `<-x`, or a receive-only channel type `<-chan E`: which
    // one is known only once the operand is parsed.
    next();
    Expr *x = parseUnaryExpr();
    if (!isa<ChanTypeExpr>(x))
      return ctx_.make<UnaryExpr>(loc, tok::arrow, x);
    // `<-` applies to the channel type: `<-chan E` is receive-only. And
    // `<-chan<- chan E` was parsed as <-(chan<- (chan E)) but means
    // <-chan (<-chan E): each arrow moves one channel inwards, and so does
    // each node's location.
    auto dir = ChanTypeExpr::SendOnly;
    Expr *t = x;
    SourceLoc arrow = loc;
    while (dir == ChanTypeExpr::SendOnly) {
      auto *c = dyn_cast<ChanTypeExpr>(t);
      if (!c)
        break;
      dir = c->dir;
      if (dir == ChanTypeExpr::RecvOnly) // <-<-chan E
        syntaxErrorAt(pos(), diag::ExpectingToken, {"<-", "chan"});
      SourceLoc next = opPos(c); // the arrow of `chan<-`, if any
      c->dir = ChanTypeExpr::RecvOnly;
      c->setLoc(arrow);
      arrow = next;
      t = c->elt;
    }
    if (dir == ChanTypeExpr::SendOnly) // <-chan<- E, E not a channel type
      syntaxErrorAt(pos(), diag::ExpectingToken, {syntaxString(t), "chan"});
    return x;
  }
  default:
    return parsePrimaryExpr(nullptr, true);
  }
}

// Operand     = Literal | OperandName [ TypeArgs ] | "(" Expression ")" .
// Literal     = BasicLit | CompositeLit | FunctionLit .
// FunctionLit = "func" Signature FunctionBody .
// Types are operands too (conversions, composite literals, arguments of
// make and new).
Expr *Parser::parseOperand(bool keepParens) {
  SourceLoc loc = pos();
  switch (tok_.kind) {
  case tok::ident:
    return parseName();
  case tok::int_lit:
  case tok::float_lit:
  case tok::imag_lit:
  case tok::rune_lit:
  case tok::string_lit:
    return parseLiteralOrNull();
  case tok::lparen: {
    next();
    ++xnest_;
    Expr *x = parseExpr();
    --xnest_;
    want(tok::rparen);
    return ctx_.make<ParenExpr>(loc, x);
  }
  case tok::kw_func: {
    next();
    FuncTypeExpr *ft = parseFuncType("function type", loc);
    if (!at(tok::lbrace))
      return ft;
    ++xnest_;
    auto *lit = ctx_.make<FuncLitExpr>(loc);
    lit->funcType = ft;
    lit->body = parseFuncBody();
    --xnest_;
    return lit;
  }
  case tok::lbrack:
  case tok::kw_chan:
  case tok::kw_map:
  case tok::kw_struct:
  case tok::kw_interface:
    return parseType();
  default: {
    Expr *x = badExpr();
    syntaxError(diag::ExpectingExpr);
    advance({tok::rparen, tok::rbrack, tok::rbrace});
    return x;
  }
  }
}

/// Whether x must be a value (not a type), syntactically: `T{` after it
/// cannot be a composite literal then.
static bool isValue(const Expr *x) {
  switch (x->kind()) {
  case Node::BasicLitExprKind:
  case Node::CompositeLitExprKind:
  case Node::FuncLitExprKind:
  case Node::SliceExprKind:
  case Node::TypeAssertExprKind:
  case Node::CallExprKind:
  case Node::UnaryExprKind:
  case Node::BinaryExprKind:
    return true;
  case Node::ParenExprKind:
    return isValue(cast<ParenExpr>(x)->x);
  case Node::IndexExprKind: {
    auto *ix = cast<IndexExpr>(x);
    return isValue(ix->x) ||
           (ix->indices.size() == 1 && isValue(ix->indices[0]));
  }
  default:
    return false;
  }
}

// PrimaryExpr   = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
//                 PrimaryExpr Index | PrimaryExpr Slice |
//                 PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
// Selector      = "." identifier .
// Index         = "[" Expression [ "," ] "]" .
// Slice         = "[" [ Expression ] ":" [ Expression ] "]" |
//                 "[" [ Expression ] ":" Expression ":" Expression "]" .
// TypeAssertion = "." "(" Type ")" .
// Arguments     = "(" [ ( ExpressionList | Type [ "," ExpressionList ] )
//                 [ "..." ] [ "," ] ] ")" .
// CompositeLit  = LiteralType LiteralValue .
Expr *Parser::parsePrimaryExpr(Expr *x, bool keepParens) {
  if (!x)
    x = parseOperand(keepParens);
  for (;;) {
    SourceLoc loc = pos();
    switch (tok_.kind) {
    case tok::period:
      next();
      if (at(tok::ident)) {
        x = ctx_.make<SelectorExpr>(x->loc(), x, parseName());
        setOpPos(x, loc);
      } else if (at(tok::lparen)) {
        next();
        auto *ta = ctx_.make<TypeAssertExpr>(x->loc(), x);
        setOpPos(ta, loc);
        if (!got(tok::kw_type)) // x.(type) leaves typeExpr null
          ta->typeExpr = parseType();
        want(tok::rparen);
        x = ta;
      } else {
        syntaxError(diag::ExpectingNameOrLparen);
        advance({tok::semicolon, tok::rparen});
      }
      break;

    case tok::lbrack: {
      next();
      if (at(tok::rbrack)) {
        // x[]: accepted, and reported.
        syntaxError(diag::ExpectingOperand);
        next();
        break;
      }
      std::vector<Expr *> index;
      if (!at(tok::colon)) {
        bool comma = false;
        index = parseTypeList(comma);
        if (comma || at(tok::rbrack)) {
          // x[i], x[i,], x[T1, T2]
          want(tok::rbrack);
          auto *ix = ctx_.make<IndexExpr>(x->loc(), x);
          ix->lbrack = loc;
          ix->indices = std::move(index);
          x = ix;
          break;
        }
      }
      // x[lo:...
      if (!got(tok::colon)) {
        syntaxError(diag::ExpectingSliceColon);
        advance({tok::comma, tok::colon, tok::rbrack});
      }
      ++xnest_;
      auto *s = ctx_.make<SliceExpr>(x->loc(), x);
      s->lbrack = loc;
      s->lo = index.empty() ? nullptr : index[0];
      if (!at(tok::colon) && !at(tok::rbrack))
        s->hi = parseExpr();
      if (at(tok::colon)) {
        s->slice3 = true;
        if (!s->hi) {
          errorAt(pos(), diag::SliceMiddleIndex);
          s->hi = badExpr();
        }
        next();
        if (!at(tok::rbrack)) {
          s->max = parseExpr();
        } else {
          errorAt(pos(), diag::SliceFinalIndex);
          s->max = badExpr();
        }
      }
      --xnest_;
      want(tok::rbrack);
      x = s;
      break;
    }

    case tok::lparen: {
      auto *call = ctx_.make<CallExpr>(x->loc(), x);
      call->lparen = loc;
      next();
      parseArgList(call);
      x = call;
      break;
    }

    case tok::lbrace: {
      // A composite literal, if x can be its type and, for a type name, if
      // we are not in a statement header (where `{` opens the block).
      Expr *t = unparen(x);
      bool complit = false;
      switch (t->kind()) {
      case Node::IdentExprKind:
      case Node::SelectorExprKind:
        complit = xnest_ >= 0;
        break;
      case Node::IndexExprKind:
        complit = xnest_ >= 0 && !isValue(t);
        break;
      case Node::ArrayTypeExprKind:
      case Node::StructTypeExprKind:
      case Node::MapTypeExprKind:
        complit = true;
        break;
      default:
        break;
      }
      if (!complit)
        return x;
      if (t != x)
        syntaxErrorAt(pos(), diag::ParenthesizedComplitType);
      CompositeLitExpr *lit = parseLiteralValue();
      lit->typeExpr = x;
      lit->setLoc(x->loc());
      x = lit;
      break;
    }

    default:
      return x;
    }
  }
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
// ElementList  = KeyedElement { "," KeyedElement } .
// KeyedElement = [ Key ":" ] Element .
CompositeLitExpr *Parser::parseLiteralValue() {
  auto *lit = ctx_.make<CompositeLitExpr>(pos());
  lit->lbrace = pos();
  ++xnest_;
  want(tok::lbrace);
  lit->rbrace = parseList("composite literal", tok::comma, tok::rbrace, [&] {
    Expr *e = parseElement();
    if (at(tok::colon)) {
      SourceLoc colon = pos();
      next();
      e = ctx_.make<KeyValueExpr>(e->loc(), e, parseElement());
      setOpPos(e, colon);
    }
    lit->elts.push_back(e);
    return false;
  });
  --xnest_;
  return lit;
}

// Element = Expression | LiteralValue .
Expr *Parser::parseElement() {
  if (!at(tok::lbrace))
    return parseExpr();
  NestingGuard nesting(*this);
  if (!nesting)
    return badExpr();
  return parseLiteralValue();
}

// ExpressionList = Expression { "," Expression } .
std::vector<Expr *> Parser::parseExprList() {
  std::vector<Expr *> list{parseExpr()};
  while (got(tok::comma))
    list.push_back(parseExpr());
  return list;
}

// The inside of `x[...]`: an expression, then (for an instantiation) types,
// with an optional trailing comma. Sets comma if there was one.
std::vector<Expr *> Parser::parseTypeList(bool &comma) {
  ++xnest_;
  std::vector<Expr *> list{parseExpr()};
  if (got(tok::comma)) {
    comma = true;
    while (Expr *t = parseTypeOrNull()) {
      list.push_back(t);
      if (!got(tok::comma))
        break;
    }
  }
  --xnest_;
  return list;
}

// Arguments, after "(": [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
void Parser::parseArgList(CallExpr *call) {
  ++xnest_;
  call->rparen = parseList("argument list", tok::comma, tok::rparen, [&] {
    call->args.push_back(parseExpr());
    call->hasEllipsis = got(tok::ellipsis);
    return call->hasEllipsis;
  });
  --xnest_;
}

// BasicLit = int_lit | float_lit | imaginary_lit | rune_lit | string_lit .
BasicLitExpr *Parser::parseLiteralOrNull() {
  switch (tok_.kind) {
  case tok::int_lit:
  case tok::float_lit:
  case tok::imag_lit:
  case tok::rune_lit:
  case tok::string_lit: {
    auto *lit = ctx_.make<BasicLitExpr>(pos(), tok_.kind, tok_.text);
    next();
    return lit;
  }
  default:
    return nullptr;
  }
}
