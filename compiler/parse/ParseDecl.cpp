//===- parse/ParseDecl.cpp - source files and declarations ----------------===//
// The package clause, imports, const/var/type declarations (single or
// grouped), function and method declarations, and parameter lists.
//
// Two places need care. A parameter list is read as gc reads it: each entry
// is a name, a type, or a name and a type, and only at the end is it
// decided whether the names were parameter names (`a, b int`) or types
// (`int, string`). And `type T[` starts either an array type or a type
// parameter list; the tokens after `[` are parsed as an expression first and
// then taken apart (extractName) when they read as `P constraint`.
//===----------------------------------------------------------------------===//
#include "parse/ParserImpl.h"

using namespace golc;
using namespace golc::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

// SourceFile    = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
// PackageClause = "package" PackageName .
// TopLevelDecl  = Declaration | FunctionDecl | MethodDecl .
ast::File *Parser::parseSourceFile() {
  ast::File *f = ctx_.makeFile();
  f->fileId = file_;
  f->pkgLoc = pos();
  if (!got(tok::kw_package)) {
    syntaxErrorAt(pos(), diag::PackageFirst);
    return f;
  }
  f->pkgName = parseName();
  want(tok::semicolon);
  // Like gc, do not go on after a broken package clause.
  if (hadErrors())
    return f;

  while (at(tok::kw_import)) {
    GenDecl *d = parseGenDecl(&Parser::parseImportSpec);
    f->importDecls.push_back(d);
    f->decls.push_back(d);
    want(tok::semicolon);
  }

  while (!at(tok::eof)) {
    switch (tok_.kind) {
    case tok::kw_const:
      f->decls.push_back(parseGenDecl(&Parser::parseConstSpec));
      break;
    case tok::kw_type:
      f->decls.push_back(parseGenDecl(&Parser::parseTypeSpec));
      break;
    case tok::kw_var:
      f->decls.push_back(parseGenDecl(&Parser::parseVarSpec));
      break;
    case tok::kw_func:
      if (FuncDecl *d = parseFuncDecl())
        f->decls.push_back(d);
      break;
    default: {
      auto *last =
          f->decls.empty() ? nullptr : dyn_cast<FuncDecl>(f->decls.back());
      if (at(tok::lbrace) && last && !last->body)
        syntaxErrorAt(pos(), diag::NewlineBeforeBrace);
      else
        syntaxErrorAt(pos(), diag::NonDeclOutsideFunc);
      advance({tok::kw_const, tok::kw_type, tok::kw_var, tok::kw_func});
      continue;
    }
    }
    if (!at(tok::eof) && !got(tok::semicolon)) {
      syntaxError(diag::UnexpectedAfterTopLevelDecl);
      advance({tok::kw_const, tok::kw_type, tok::kw_var, tok::kw_func});
    }
  }
  return f;
}

// Declaration = ConstDecl | TypeDecl | VarDecl | ImportDecl .
// XxxDecl     = "xxx" ( XxxSpec | "(" { XxxSpec ";" } ")" ) .
GenDecl *Parser::parseGenDecl(SpecParser spec) {
  auto *d = ctx_.make<GenDecl>(pos(), tok_.kind);
  next();
  if (got(tok::lparen)) {
    parseList("grouped declaration", tok::semicolon, tok::rparen, [&] {
      (this->*spec)(d);
      return false;
    });
  } else {
    (this->*spec)(d);
  }
  return d;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
// ImportPath = string_lit .
void Parser::parseImportSpec(GenDecl *d) {
  ImportSpec s;
  s.loc = pos();
  if (at(tok::ident)) {
    s.name = parseName();
  } else if (at(tok::period)) {
    s.name = ctx_.make<IdentExpr>(pos(), ".");
    next();
  }
  BasicLitExpr *path = parseLiteralOrNull();
  if (!path) {
    syntaxErrorAt(pos(), diag::MissingImportPath);
    advance({tok::semicolon, tok::rparen});
    return;
  }
  if (path->litKind != tok::string_lit)
    syntaxErrorAt(pos(), diag::ImportPathNotString);
  else
    s.path = unquoteString(path->text);
  d->imports.push_back(s);
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
void Parser::parseConstSpec(GenDecl *d) {
  ValueSpec s;
  s.loc = pos();
  s.iota = d->values.size();
  s.names.push_back(parseName());
  while (got(tok::comma))
    s.names.push_back(parseName());
  if (!at(tok::eof) && !at(tok::semicolon) && !at(tok::rparen)) {
    s.typeExpr = parseTypeOrNull();
    if (gotAssign())
      s.values = parseExprList();
  }
  d->values.push_back(std::move(s));
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList )
// .
void Parser::parseVarSpec(GenDecl *d) {
  ValueSpec s;
  s.loc = pos();
  s.names.push_back(parseName());
  while (got(tok::comma))
    s.names.push_back(parseName());
  if (gotAssign()) {
    s.values = parseExprList();
  } else {
    s.typeExpr = parseType();
    if (gotAssign())
      s.values = parseExprList();
  }
  d->values.push_back(std::move(s));
}

/// Whether x is certainly a type element (a type literal, or an expression
/// with a `~` or a type literal in it), not something that could also be a
/// value expression.
static bool isTypeElem(const Expr *x) {
  switch (x->kind()) {
  case Node::ArrayTypeExprKind:
  case Node::StructTypeExprKind:
  case Node::FuncTypeExprKind:
  case Node::InterfaceTypeExprKind:
  case Node::MapTypeExprKind:
  case Node::ChanTypeExprKind:
    return true;
  case Node::StarExprKind:
    return isTypeElem(cast<StarExpr>(x)->x);
  case Node::UnaryExprKind: {
    auto *u = cast<UnaryExpr>(x);
    return u->op == tok::tilde || isTypeElem(u->x);
  }
  case Node::BinaryExprKind: {
    auto *b = cast<BinaryExpr>(x);
    return isTypeElem(b->x) || isTypeElem(b->y);
  }
  case Node::ParenExprKind:
    return isTypeElem(cast<ParenExpr>(x)->x);
  default:
    return false;
  }
}

/// Splits x, parsed after `type T[`, into a type parameter name and its
/// constraint when x reads as `P C`: `P *C` (parsed as P*C), `P *C|D`,
/// `P(C)` (parsed as a call). The split is made only if the constraint is
/// certainly a type element, or if `force` (a comma follows, so this is a
/// type parameter list). Returns {name, null} for a lone name and
/// {null, x} when x does not split.
static std::pair<IdentExpr *, Expr *> extractName(ASTContext &ctx, Expr *x,
                                                  bool force) {
  if (auto *id = dyn_cast<IdentExpr>(x))
    return {id, nullptr};
  if (auto *b = dyn_cast<BinaryExpr>(x)) {
    if (b->op == tok::star) {
      auto *name = dyn_cast<IdentExpr>(b->x);
      if (name && (force || isTypeElem(b->y)))
        return {name, ctx.make<StarExpr>(b->opLoc, b->y)};
    } else if (b->op == tok::pipe) {
      auto [name, lhs] = extractName(ctx, b->x, force || isTypeElem(b->y));
      if (name && lhs) {
        b->x = lhs;
        b->setLoc(lhs->loc());
        return {name, b};
      }
    }
  } else if (auto *call = dyn_cast<CallExpr>(x)) {
    auto *name = dyn_cast<IdentExpr>(call->fun);
    if (name && call->args.size() == 1 && !call->hasEllipsis &&
        (force || isTypeElem(call->args[0])))
      return {name, call->args[0]};
  }
  return {nullptr, x};
}

// TypeSpec   = AliasDecl | TypeDef .
// AliasDecl  = identifier "=" Type .
// TypeDef    = identifier [ TypeParameters ] Type .
void Parser::parseTypeSpec(GenDecl *d) {
  TypeSpec s;
  s.loc = pos();
  s.name = parseName();
  if (at(tok::lbrack)) {
    // An array or slice type, or a type parameter list.
    SourceLoc lbrack = pos();
    next();
    if (at(tok::ident)) {
      // `[P ...`: parse the expression that follows and look at its shape.
      // A name followed by `[` cannot start an array length (an index
      // expression is never constant): it starts a constraint like []E.
      Expr *x = parseName();
      if (!at(tok::lbrack)) {
        ++xnest_;
        x = parseBinaryExpr(parsePrimaryExpr(x, false), 0);
        --xnest_;
      }
      auto [pname, ptype] = extractName(ctx_, x, at(tok::comma));
      if (pname && (ptype || !at(tok::rbrack))) {
        s.typeParams = parseParamList(pname, ptype, tok::rbrack, true);
        s.isAlias = gotAssign();
        s.typeExpr = parseTypeOrNull();
      } else {
        s.typeExpr = parseArrayType(lbrack, x);
      }
    } else if (got(tok::rbrack)) {
      s.typeExpr = parseSliceType(lbrack);
    } else {
      s.typeExpr = parseArrayType(lbrack, nullptr);
    }
  } else {
    s.isAlias = gotAssign();
    s.typeExpr = parseTypeOrNull();
  }
  if (!s.typeExpr) {
    s.typeExpr = badExpr();
    syntaxError(diag::UnexpectedInTypeDecl);
    advance({tok::semicolon, tok::rparen});
  }
  d->types.push_back(std::move(s));
}

// FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [
// FunctionBody ] . MethodDecl   = "func" Receiver MethodName Signature [
// FunctionBody ] . Receiver     = Parameters .
FuncDecl *Parser::parseFuncDecl() {
  auto *f = ctx_.make<FuncDecl>(pos());
  next();
  if (got(tok::lparen)) {
    std::vector<Field> recv =
        parseParamList(nullptr, nullptr, tok::rparen, false);
    size_t n = 0;
    for (const Field &fld : recv)
      n += std::max<size_t>(1, fld.names.size());
    if (n == 0) {
      errorAt(pos(), diag::MethodNoReceiver);
    } else {
      if (n > 1)
        errorAt(pos(), diag::MethodMultipleReceivers);
      // Keep the first receiver only.
      recv.resize(1);
      if (recv[0].names.size() > 1)
        recv[0].names.resize(1);
      f->recv = std::move(recv);
    }
  }
  if (!at(tok::ident)) {
    syntaxError(diag::ExpectingNameOrLparen);
    advance({tok::lbrace, tok::semicolon});
    return nullptr;
  }
  f->name = parseName();
  f->funcType = parseFuncType(f->recv.empty() ? "" : "method", f->loc());
  if (at(tok::lbrace))
    f->body = parseFuncBody();
  return f;
}

// FunctionBody = Block .
BlockStmt *Parser::parseFuncBody() {
  ++fnest_;
  BlockStmt *body = parseBlockStmt("");
  --fnest_;
  return body;
}

//===----------------------------------------------------------------------===//
// Parameter lists
//===----------------------------------------------------------------------===//

// Parameters     = "(" [ ParameterList [ "," ] ] ")" .
// TypeParameters = "[" TypeParamList [ "," ] "]" .
// ParameterList  = ParameterDecl { "," ParameterDecl } .
//
// The opening token has been consumed. `name` (and then maybe `type`) is an
// already parsed first entry (from `type T[P C`). Type parameter lists
// (requireNames) must name every entry; other lists name all or none.
std::vector<Field> Parser::parseParamList(IdentExpr *name, Expr *type,
                                          tok::Kind close, bool requireNames) {
  std::vector<Param> list;
  if (name && type && at(close)) {
    next();
    list.push_back({name, type, name->loc()});
    return groupParams(list);
  }

  size_t named = 0; // entries with a name and a type
  size_t typed = 0; // entries with a type
  SourceLoc end = parseList("parameter list", tok::comma, close, [&] {
    Param par;
    bool ok = true;
    if (type)
      par = {name, type, name->loc()};
    else
      ok = parseParamDecl(name, close, par);
    name = nullptr;
    type = nullptr;
    if (ok) {
      if (par.name && par.type)
        ++named;
      if (par.type)
        ++typed;
      list.push_back(par);
    }
    return false;
  });
  if (list.empty())
    return {};

  if (named == 0 && !requireNames) {
    // No entry has both: every lone name is a type.
    for (Param &par : list)
      if (par.name) {
        par.type = par.name;
        par.name = nullptr;
      }
  } else if (named != list.size()) {
    // Some entries are named: `a, b int` gives a and b the type int. An
    // entry with only a type, or names with no type after them, is wrong.
    SourceLoc errLoc;
    Expr *typ = nullptr;
    for (size_t i = list.size(); i-- > 0;) {
      Param &par = list[i];
      if (par.type) {
        typ = par.type;
        if (!par.name) {
          errLoc = typeStartPos(typ);
          par.name = ctx_.make<IdentExpr>(errLoc, "_");
        }
      } else if (typ) {
        par.type = typ;
      } else {
        errLoc = par.name->loc();
        par.type = ctx_.make<BadExpr>(errLoc);
      }
    }
    if (errLoc.isValid()) {
      diag::Kind kind = diag::MixedNamedParams;
      if (requireNames) {
        kind = diag::TypeParamsMustBeNamed;
        if (named == typed) {
          errLoc = end;
          kind = diag::MissingTypeConstraint;
        }
      }
      syntaxErrorAt(errLoc, kind);
    }
  }
  return groupParams(list);
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
// TypeParamDecl = IdentifierList TypeConstraint .
//
// Parses one entry: a name, a type, or both. In a type parameter list
// (close is "]") a type may be a union of terms (`~int | string`).
bool Parser::parseParamDecl(IdentExpr *name, tok::Kind close, Param &out) {
  bool typeSetsOk = close == tok::rbrack;
  out.loc = name ? name->loc() : pos();
  if (!name && typeSetsOk && at(tok::tilde)) {
    out.type = parseEmbeddedElem(nullptr);
    return true;
  }

  if (at(tok::ident) || name) {
    if (!name)
      name = parseName();
    if (at(tok::lbrack)) {
      // `name [n]E` (a parameter of array type) or `name[T1, T2]` (an
      // instantiated type).
      Expr *t = parseArrayOrTypeArgs();
      if (auto *ix = dyn_cast<IndexExpr>(t)) {
        ix->x = name;
        ix->setLoc(name->loc());
        out.type = ix;
      } else {
        out.name = name;
        out.type = t;
      }
      if (typeSetsOk && at(tok::pipe))
        out.type = parseEmbeddedElem(out.type);
      return true;
    }
    if (at(tok::period)) {
      // A qualified type name: pkg.T.
      out.type = parseQualifiedName(name);
      if (typeSetsOk && at(tok::pipe))
        out.type = parseEmbeddedElem(out.type);
      return true;
    }
    if (typeSetsOk && at(tok::pipe)) {
      out.type = parseEmbeddedElem(name);
      return true;
    }
    out.name = name;
  }

  if (at(tok::ellipsis)) {
    SourceLoc loc = pos();
    next();
    Expr *elt = parseTypeOrNull();
    if (!elt) {
      elt = badExpr();
      syntaxErrorAt(pos(), diag::DotsMissingType);
    }
    out.type = ctx_.make<EllipsisExpr>(loc, elt);
    return true;
  }
  if (typeSetsOk && at(tok::tilde)) {
    out.type = parseEmbeddedElem(nullptr);
    return true;
  }
  out.type = parseTypeOrNull();
  if (out.type && typeSetsOk && at(tok::pipe))
    out.type = parseEmbeddedElem(out.type);
  if (out.name || out.type)
    return true;
  syntaxError(diag::ExpectingToken, {tok::spelling(close).str()});
  advance({tok::comma, close});
  return false;
}

/// Where gc places the start of a parameter's type in an error: its first
/// token, except that gc keeps no parentheses around types and a function
/// type starts at its parameter list.
SourceLoc Parser::typeStartPos(Expr *t) const {
  for (;;) {
    if (auto *b = dyn_cast<BinaryExpr>(t))
      t = b->x; // a union's first term
    else if (auto *p = dyn_cast<ParenExpr>(t))
      t = p->x;
    else
      break;
  }
  return isa<FuncTypeExpr>(t) ? opPos(t) : t->loc();
}

/// Groups entries that share one type expression (`a, b int`) into one
/// Field, as go/ast does.
std::vector<Field> Parser::groupParams(const std::vector<Param> &list) {
  std::vector<Field> fields;
  for (const Param &par : list) {
    if (par.name && !fields.empty() && !fields.back().names.empty() &&
        fields.back().typeExpr == par.type) {
      fields.back().names.push_back(par.name);
      continue;
    }
    Field f;
    f.loc = par.name ? par.name->loc() : par.loc;
    if (par.name)
      f.names.push_back(par.name);
    f.typeExpr = par.type;
    fields.push_back(std::move(f));
  }
  return fields;
}
