//===- parse/ParseType.cpp - type syntax ----------------------------------===//
// Type names (qualified, instantiated), pointer, array, slice, map, channel,
// function, struct and interface types, including interfaces' constraint
// elements (`~int | string`). Types are expressions in Go's grammar, so the
// results are Expr nodes; where a type may also start an expression (inside
// parentheses, in conversions), ParseExpr.cpp calls in here.
//===----------------------------------------------------------------------===//
#include "parse/ParserImpl.h"

using namespace golc;
using namespace golc::ast;
using llvm::dyn_cast;

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .
Expr *Parser::parseType() {
  Expr *t = parseTypeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError(diag::ExpectingType);
    advance({tok::comma, tok::colon, tok::semicolon, tok::rparen, tok::rbrack,
             tok::rbrace});
  }
  return t;
}

// TypeLit = ArrayType | StructType | PointerType | FunctionType |
//           InterfaceType | SliceType | MapType | ChannelType .
// Returns null, consuming nothing, if no type starts here.
Expr *Parser::parseTypeOrNull() {
  NestingGuard nesting(*this);
  if (!nesting)
    return nullptr;

  SourceLoc loc = pos();
  switch (tok_.kind) {
  case tok::star: {
    // PointerType = "*" BaseType .
    next();
    return ctx_.make<StarExpr>(loc, parseType());
  }
  case tok::arrow: {
    // ChannelType = "<-" "chan" ElementType .
    next();
    want(tok::kw_chan);
    return ctx_.make<ChanTypeExpr>(loc, ChanTypeExpr::RecvOnly,
                                   parseChanElem());
  }
  case tok::kw_func:
    // FunctionType = "func" Signature .
    next();
    return parseFuncType("function type", loc);
  case tok::lbrack:
    // ArrayType = "[" ArrayLength "]" ElementType .
    // SliceType = "[" "]" ElementType .
    next();
    if (got(tok::rbrack))
      return parseSliceType(loc);
    return parseArrayType(loc, nullptr);
  case tok::kw_chan: {
    // ChannelType = "chan" [ "<-" ] ElementType .
    next();
    auto dir = ChanTypeExpr::Both;
    SourceLoc arrow = pos();
    if (got(tok::arrow))
      dir = ChanTypeExpr::SendOnly;
    auto *t = ctx_.make<ChanTypeExpr>(loc, dir, parseChanElem());
    if (dir == ChanTypeExpr::SendOnly)
      setOpPos(t, arrow);
    return t;
  }
  case tok::kw_map: {
    // MapType = "map" "[" KeyType "]" ElementType .
    next();
    want(tok::lbrack);
    Expr *key = parseType();
    want(tok::rbrack);
    Expr *val = parseType();
    return ctx_.make<MapTypeExpr>(loc, key, val);
  }
  case tok::kw_struct:
    return parseStructType();
  case tok::kw_interface:
    return parseInterfaceType();
  case tok::ident:
    return parseQualifiedName(nullptr);
  case tok::lparen: {
    next();
    Expr *t = parseType();
    want(tok::rparen);
    return ctx_.make<ParenExpr>(loc, t);
  }
  default:
    return nullptr;
  }
}

// TypeArgs = "[" TypeList [ "," ] "]" .
Expr *Parser::parseTypeInstance(Expr *type) {
  auto *ix = ctx_.make<IndexExpr>(type->loc(), type);
  ix->lbrack = pos();
  want(tok::lbrack);
  if (at(tok::rbrack)) {
    syntaxError(diag::ExpectingType);
    ix->indices.push_back(badExpr());
  } else {
    bool comma = false;
    ix->indices = parseTypeList(comma);
  }
  want(tok::rbrack);
  return ix;
}

// Signature = Parameters [ Result ] .
// With type parameters first where `context` is empty (a function
// declaration); elsewhere they are reported ("function type must have no
// type parameters") but parsed. `loc` is the node's location.
FuncTypeExpr *Parser::parseFuncType(llvm::StringRef context, SourceLoc loc) {
  auto *t = ctx_.make<FuncTypeExpr>(loc);
  setOpPos(t, pos()); // gc places a function type at its '(' or '['
  if (at(tok::lbrack)) {
    if (!context.empty())
      syntaxErrorAt(pos(), diag::TypeParamsNotAllowed, {context.str()});
    next();
    if (at(tok::rbrack)) {
      syntaxErrorAt(pos(), diag::EmptyTypeParamList);
      next();
    } else {
      t->typeParams = parseParamList(nullptr, nullptr, tok::rbrack, true);
    }
  }
  want(tok::lparen);
  t->params = parseParamList(nullptr, nullptr, tok::rparen, false);
  t->results = parseFuncResult();
  return t;
}

// Result = Parameters | Type .
std::vector<Field> Parser::parseFuncResult() {
  if (got(tok::lparen))
    return parseParamList(nullptr, nullptr, tok::rparen, false);
  SourceLoc loc = pos();
  std::vector<Field> results;
  if (Expr *t = parseTypeOrNull()) {
    Field f;
    f.loc = loc;
    f.typeExpr = t;
    results.push_back(std::move(f));
  }
  return results;
}

// "[" has been consumed (at lbrack). len is an already parsed length, if any.
// ArrayLength = Expression | "..." .
Expr *Parser::parseArrayType(SourceLoc lbrack, Expr *len) {
  if (!len) {
    if (at(tok::ellipsis)) {
      len = ctx_.make<EllipsisExpr>(pos(), nullptr);
      next();
    } else {
      ++xnest_;
      len = parseExpr();
      --xnest_;
    }
  }
  if (at(tok::comma)) {
    // `[N,]`: valid for a type parameter list, not for an array length.
    syntaxErrorAt(pos(), diag::TrailingCommaInArrayLen);
    next();
  }
  want(tok::rbrack);
  auto *t = ctx_.make<ArrayTypeExpr>(lbrack);
  t->len = len;
  t->elt = parseType();
  return t;
}

// "[" "]" have been consumed.
Expr *Parser::parseSliceType(SourceLoc lbrack) {
  auto *t = ctx_.make<ArrayTypeExpr>(lbrack);
  t->elt = parseType();
  return t;
}

// ElementType = Type .
Expr *Parser::parseChanElem() {
  Expr *t = parseTypeOrNull();
  if (!t) {
    t = badExpr();
    // Assume the element type is just missing: no skipping.
    syntaxErrorAt(pos(), diag::MissingChanElemType);
  }
  return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructTypeExpr *Parser::parseStructType() {
  auto *t = ctx_.make<StructTypeExpr>(pos());
  want(tok::kw_struct);
  want(tok::lbrace);
  parseList("struct type", tok::semicolon, tok::rbrace, [&] {
    parseFieldDecl(t);
    return false;
  });
  return t;
}

// FieldDecl     = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
// Tag           = string_lit .
void Parser::parseFieldDecl(StructTypeExpr *st) {
  Field f;
  f.loc = pos();
  switch (tok_.kind) {
  case tok::ident: {
    IdentExpr *name = parseName();
    if (at(tok::period) || at(tok::semicolon) || at(tok::rbrace) ||
        at(tok::string_lit) || at(tok::int_lit) || at(tok::float_lit) ||
        at(tok::imag_lit) || at(tok::rune_lit)) {
      // An embedded type T or pkg.T.
      f.typeExpr = parseQualifiedName(name);
      f.tag = parseTag();
      break;
    }
    f.names.push_back(name);
    while (got(tok::comma))
      f.names.push_back(parseName());
    if (f.names.size() == 1 && at(tok::lbrack)) {
      // `T[A, B]` (an embedded instance) or `f [N]E` (an array field).
      Expr *t = parseArrayOrTypeArgs();
      if (auto *ix = dyn_cast<IndexExpr>(t)) {
        ix->x = name;
        ix->setLoc(name->loc());
        f.names.clear();
      }
      f.typeExpr = t;
    } else {
      f.typeExpr = parseType();
    }
    f.tag = parseTag();
    break;
  }
  case tok::star: {
    // *T embedded.
    SourceLoc star = pos();
    next();
    Expr *t;
    if (at(tok::lparen)) {
      syntaxErrorAt(pos(), diag::ParenthesizedEmbeddedType);
      next();
      t = parseQualifiedName(nullptr);
      got(tok::rparen);
    } else {
      t = parseQualifiedName(nullptr);
    }
    f.typeExpr = ctx_.make<StarExpr>(star, t);
    f.tag = parseTag();
    break;
  }
  case tok::lparen: {
    // (T) or (*T): reported, then taken as T or *T.
    syntaxErrorAt(pos(), diag::ParenthesizedEmbeddedType);
    next();
    if (at(tok::star)) {
      SourceLoc star = pos();
      next();
      f.typeExpr = ctx_.make<StarExpr>(star, parseQualifiedName(nullptr));
    } else {
      f.typeExpr = parseQualifiedName(nullptr);
    }
    got(tok::rparen);
    f.tag = parseTag();
    break;
  }
  default:
    syntaxError(diag::ExpectingField);
    advance({tok::semicolon, tok::rbrace});
    return;
  }
  st->fields.push_back(std::move(f));
}

// A struct tag: any literal is accepted here (sema checks it is a string).
std::string Parser::parseTag() {
  BasicLitExpr *lit = parseLiteralOrNull();
  if (!lit)
    return "";
  if (lit->litKind != tok::string_lit)
    return lit->text;
  return unquoteString(lit->text);
}

// After `name`: `[` starts an array type `[n]E` or type arguments `[A, B]`.
// Returns the ArrayTypeExpr, or an IndexExpr whose x the caller sets.
Expr *Parser::parseArrayOrTypeArgs() {
  SourceLoc lbrack = pos();
  want(tok::lbrack);
  if (got(tok::rbrack))
    return parseSliceType(lbrack);
  bool comma = false;
  std::vector<Expr *> list = parseTypeList(comma);
  want(tok::rbrack);
  if (!comma) {
    if (Expr *elt = parseTypeOrNull()) {
      auto *t = ctx_.make<ArrayTypeExpr>(lbrack);
      t->len = list[0];
      t->elt = elt;
      return t;
    }
  }
  auto *ix = ctx_.make<IndexExpr>(lbrack, nullptr);
  ix->lbrack = lbrack;
  ix->indices = std::move(list);
  return ix;
}

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
// InterfaceElem = MethodElem | TypeElem .
InterfaceTypeExpr *Parser::parseInterfaceType() {
  auto *t = ctx_.make<InterfaceTypeExpr>(pos());
  want(tok::kw_interface);
  want(tok::lbrace);
  parseList("interface type", tok::semicolon, tok::rbrace, [&] {
    Field f;
    f.loc = pos();
    bool method = at(tok::ident) && parseMethodSpec(f);
    if (!method)
      f.typeExpr = parseEmbeddedElem(f.typeExpr);
    t->methods.push_back(std::move(f));
    return false;
  });
  return t;
}

// MethodElem = MethodName Signature .
// Or an embedded type name, possibly instantiated: `Name`, `pkg.Name`,
// `Name[A, B]`. Fills f; true if it is a method (f has a name). Generic
// methods are parsed and reported.
bool Parser::parseMethodSpec(Field &f) {
  static const char context[] = "interface method";
  IdentExpr *name = parseName();
  auto method = [&] {
    f.names.push_back(name);
    f.typeExpr = parseFuncType(context, pos());
    return true;
  };
  switch (tok_.kind) {
  case tok::lparen:
    return method();
  case tok::lbrack: {
    SourceLoc lbrack = pos();
    next();
    if (at(tok::rbrack)) {
      // name[]: an empty type parameter or argument list, treated as absent.
      SourceLoc rbrack = pos();
      next();
      if (at(tok::lparen)) {
        errorAt(rbrack, diag::EmptyMethodTypeParamList);
        return method();
      }
      errorAt(rbrack, diag::EmptyTypeArgList);
      f.typeExpr = name;
      return false;
    }
    // Type arguments look like a parameter list of types only.
    std::vector<Field> list =
        parseParamList(nullptr, nullptr, tok::rbrack, false);
    if (list.empty()) {
      if (at(tok::lparen))
        return method();
      f.typeExpr = name;
      return false;
    }
    if (!list[0].names.empty()) {
      method();
      errorAt(lbrack, diag::MethodTypeParams);
      return true;
    }
    auto *ix = ctx_.make<IndexExpr>(name->loc(), name);
    ix->lbrack = lbrack;
    for (const Field &arg : list)
      ix->indices.push_back(arg.typeExpr);
    f.typeExpr = ix;
    return false;
  }
  default:
    f.typeExpr = parseQualifiedName(name);
    return false;
  }
}

// TypeElem = TypeTerm { "|" TypeTerm } .
// first, if not null, is an already parsed first term.
Expr *Parser::parseEmbeddedElem(Expr *first) {
  Expr *x = first ? first : parseEmbeddedTerm();
  while (at(tok::pipe)) {
    SourceLoc op = pos();
    next();
    Expr *y = parseEmbeddedTerm();
    x = ctx_.make<BinaryExpr>(x->loc(), tok::pipe, op, x, y);
  }
  return x;
}

// TypeTerm = Type | UnderlyingType .
// UnderlyingType = "~" Type .
Expr *Parser::parseEmbeddedTerm() {
  if (at(tok::tilde)) {
    SourceLoc loc = pos();
    next();
    return ctx_.make<UnaryExpr>(loc, tok::tilde, parseType());
  }
  Expr *t = parseTypeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError(diag::ExpectingTerm);
    // Resume at an operator (the next `|`) or the end of the element.
    advance({tok::pipe,      tok::or_or,   tok::and_and, tok::eql,
             tok::neq,       tok::lss,     tok::leq,     tok::gtr,
             tok::geq,       tok::plus,    tok::minus,   tok::caret,
             tok::slash,     tok::percent, tok::amp,     tok::amp_caret,
             tok::shl,       tok::shr,     tok::not_,    tok::tilde,
             tok::semicolon, tok::rparen,  tok::rbrack,  tok::rbrace});
  }
  return t;
}

IdentExpr *Parser::parseName() {
  if (at(tok::ident)) {
    auto *id = ctx_.make<IdentExpr>(pos(), tok_.text);
    next();
    return id;
  }
  auto *id = ctx_.make<IdentExpr>(pos(), "_");
  syntaxError(diag::ExpectingName);
  advance();
  return id;
}

// TypeName = identifier | QualifiedIdent .  (then optional TypeArgs)
// name, if not null, is the already parsed first identifier.
Expr *Parser::parseQualifiedName(IdentExpr *name) {
  Expr *x = name;
  if (!x) {
    if (at(tok::ident)) {
      x = parseName();
    } else {
      x = ctx_.make<IdentExpr>(pos(), "_");
      syntaxError(diag::ExpectingName);
      advance({tok::period, tok::semicolon, tok::rbrace});
    }
  }
  if (at(tok::period)) {
    SourceLoc dot = pos();
    next();
    x = ctx_.make<SelectorExpr>(x->loc(), x, parseName());
    setOpPos(x, dot);
  }
  if (at(tok::lbrack))
    x = parseTypeInstance(x);
  return x;
}
