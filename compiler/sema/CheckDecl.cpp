//===- sema/CheckDecl.cpp - declarations and declaration cycles ------------===//
// objDecl checks a package-level object's declaration on demand: white
// (unchecked) objects turn grey while checked and black when done. Meeting a
// grey object means a cycle: among values only it is an initialisation cycle
// (reported by initOrder), among types it is fine as long as a defined type
// breaks it, otherwise it is an error. The path of grey objects is kept to
// report the cycle as gc does.
//
// A function's signature is checked with its declaration; its body later
// (funcBody), once every package-level declaration is known. A func literal
// (funcLit) is checked where it occurs, signature and body, as an anonymous
// Func; a variadic last parameter `xs ...T` is of type []T.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"
#include <algorithm>
#include <tuple>

using namespace golc;
using namespace golc::sema;

void Checker::objDecl(Object *obj) {
  Color c = color_.lookup(obj);
  // Objects given a type without being declared here (the second variable
  // of `var a, b = f()`, predeclared objects) are done.
  if (c == White && obj->type) {
    color_[obj] = Black;
    return;
  }
  if (c == Black)
    return;
  if (c == Grey) {
    switch (obj->kind()) {
    case Object::Const:
    case Object::Var:
      if (!validCycle(obj) || !obj->type)
        obj->type = types.invalid();
      break;
    case Object::TypeName:
      if (!validCycle(obj))
        obj->type = types.invalid();
      break;
    case Object::Func:
      validCycle(obj);
      break;
    default:
      break;
    }
    return;
  }
  DeclInfo *d = objMap_.lookup(obj);
  if (!d) // local objects are declared as they are checked
    return;

  color_[obj] = Grey;
  pathIndex_[obj] = objPath_.size();
  objPath_.push_back(obj);

  // Check the declaration in its own file's environment.
  Scope *savedScope = scope_;
  DeclInfo *savedDecl = decl_;
  const Constant *savedIota = iota_;
  SourceLoc savedErrpos = errpos_;
  Func *savedFunc = func_;
  const SignatureType *savedSig = sig_;
  scope_ = d->fileScope;
  decl_ = nullptr;
  iota_ = nullptr;
  errpos_ = SourceLoc();
  func_ = nullptr;
  sig_ = nullptr;

  switch (obj->kind()) {
  case Object::Const:
    decl_ = d;
    constDecl(llvm::cast<Const>(obj), d->typeExpr, d->init, d->inherited,
              d->iota);
    break;
  case Object::Var:
    decl_ = d;
    varDecl(llvm::cast<Var>(obj), d->lhs, d->typeExpr, d->init);
    break;
  case Object::TypeName:
    typeDecl(llvm::cast<TypeName>(obj), d->tspec);
    break;
  case Object::Func:
    funcDecl(llvm::cast<Func>(obj), d);
    break;
  default:
    break;
  }

  scope_ = savedScope;
  decl_ = savedDecl;
  iota_ = savedIota;
  errpos_ = savedErrpos;
  func_ = savedFunc;
  sig_ = savedSig;
  objPath_.pop_back();
  color_[obj] = Black;
}

bool Checker::validCycle(Object *obj) {
  unsigned start = pathIndex_.lookup(obj);
  llvm::ArrayRef<Object *> cycle =
      llvm::ArrayRef<Object *>(objPath_).drop_front(start);
  size_t nval = 0, ndef = 0;
  for (Object *o : cycle) {
    if (llvm::isa<Const>(o) || llvm::isa<Var>(o))
      ++nval;
    else if (auto *tn = llvm::dyn_cast<TypeName>(o)) {
      DeclInfo *d = objMap_.lookup(tn);
      bool alias = d && d->tspec ? d->tspec->isAlias : tn->isAlias;
      if (!alias)
        ++ndef;
    }
  }
  // Cycles through values only are initialisation cycles, reported (with
  // their path through functions) by initOrder.
  if (nval == cycle.size())
    return true;
  // A cycle through types is fine if a defined type breaks it.
  if (nval == 0 && ndef > 0)
    return true;
  cycleError(cycle);
  return false;
}

static bool locLess(SourceLoc a, SourceLoc b) {
  return std::tie(a.file, a.line, a.col) < std::tie(b.file, b.line, b.col);
}

void Checker::cycleError(llvm::ArrayRef<Object *> cycle) {
  // Start at the object declared first; name the cycle after a type in it
  // (without arrays, a cycle through values always has one).
  size_t first = 0;
  for (size_t i = 1; i < cycle.size(); ++i)
    if (locLess(cycle[i]->loc, cycle[first]->loc))
      first = i;
  std::string path;
  size_t i = first;
  for (size_t n = 0; n < cycle.size(); ++n) {
    path += "\n\t" + posString(cycle[i]->loc) + ": " + cycle[i]->name +
            " refers to";
    i = (i + 1) % cycle.size();
  }
  path += "\n\t" + posString(cycle[first]->loc) + ": " + cycle[first]->name;
  error(cycle[first]->loc, diag::InvalidRecursiveType, cycle[first]->name,
        path);
}

//===----------------------------------------------------------------------===//
// Constants and variables
//===----------------------------------------------------------------------===//

void Checker::constDecl(Const *obj, ast::Expr *typeExpr, ast::Expr *init,
                        bool inherited, int iota) {
  Constant iotaVal = Constant::makeInt(iota);
  const Constant *savedIota = iota_;
  SourceLoc savedErrpos = errpos_;
  iota_ = &iotaVal;
  errpos_ = SourceLoc();

  obj->value = Constant();
  bool ok = true;
  if (typeExpr) {
    // Only basic types can be constant types, and every other type golc
    // knows is outside its subset (reported where it is written).
    const Type *t = typ(typeExpr);
    if (!isConstType(t)) {
      obj->type = types.invalid();
      ok = false;
    } else {
      obj->type = t;
    }
  }
  if (ok) {
    Operand x;
    if (init) {
      // Errors in an initialiser repeated from an earlier spec are
      // reported at this constant's name: that is all it has.
      if (inherited)
        errpos_ = obj->loc;
      expr(x, init);
    }
    initConst(obj, x);
  }
  iota_ = savedIota;
  errpos_ = savedErrpos;
}

void Checker::varDecl(Var *obj, const std::vector<Var *> &lhs,
                      ast::Expr *typeExpr, ast::Expr *init) {
  if (typeExpr)
    obj->type = typ(typeExpr);
  if (!init) {
    if (!typeExpr)
      obj->type = types.invalid(); // arity reported it
  } else if (lhs.size() <= 1) {
    Operand x;
    expr(x, init);
    initVar(obj, x, "variable declaration");
  } else {
    // `var a, b T = f()`: every name gets the declared type.
    if (typeExpr)
      for (Var *v : lhs)
        v->type = obj->type;
    initVars(lhs, {init}, nullptr);
  }
  // Variables whose type is unknown after an error are not reported unused.
  if (obj->type == types.invalid())
    obj->used = true;
  for (Var *v : lhs)
    if (v->type == types.invalid())
      v->used = true;
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

void Checker::typeDecl(TypeName *obj, ast::TypeSpec *spec) {
  if (!spec->typeParams.empty()) {
    unsupported(spec->typeParams[0].loc.isValid() ? spec->typeParams[0].loc
                                                  : spec->loc,
                "generic types");
    obj->type = types.invalid();
    return;
  }
  if (spec->isAlias) {
    obj->isAlias = true;
    obj->type = types.invalid(); // until the right-hand side is known
    obj->type = typ(spec->typeExpr);
    return;
  }
  NamedType *named = types.newNamed(obj);
  obj->type = named;
  // The right-hand side may be another named type whose underlying type is
  // not known yet (it is being declared): resolve the chain then.
  named->underlyingType = typ(spec->typeExpr);
  resolveUnder(named);
  validType(named);
}

void Checker::validType(NamedType *n) {
  // Depth-first through fields and array elements (not pointers): reaching
  // n again means n contains itself. Types still being declared (no
  // underlying type yet) are checked when their declaration completes.
  std::vector<Object *> path;
  std::set<const Type *> seen;
  std::function<bool(const Type *)> visit = [&](const Type *t) -> bool {
    if (auto *m = llvm::dyn_cast<NamedType>(t)) {
      if (m == n)
        return true;
      if (!m->underlyingType || !seen.insert(m).second)
        return false;
      path.push_back(m->obj);
      if (visit(m->underlyingType))
        return true;
      path.pop_back();
      return false;
    }
    if (auto *a = llvm::dyn_cast<ArrayType>(t))
      return visit(a->elem);
    if (auto *st = llvm::dyn_cast<StructType>(t))
      for (const StructField &f : st->fields)
        if (visit(f.type))
          return true;
    return false;
  };
  if (!n->underlyingType || !visit(n->underlyingType))
    return;
  path.insert(path.begin(), n->obj);
  cycleError(path);
  n->underlyingType = types.invalid();
}

const Type *Checker::resolveUnder(NamedType *n) {
  std::vector<NamedType *> chain{n};
  const Type *t = n->underlyingType;
  while (auto *m = llvm::dyn_cast_or_null<NamedType>(t)) {
    auto it = std::find(chain.begin(), chain.end(), m);
    if (it != chain.end()) {
      // `type T U; type U T`: no type breaks the cycle.
      std::vector<Object *> cycle;
      for (auto c = it; c != chain.end(); ++c)
        cycle.push_back((*c)->obj);
      cycleError(cycle);
      for (NamedType *c : chain)
        c->underlyingType = types.invalid();
      return types.invalid();
    }
    if (!m->underlyingType)
      return nullptr; // still being declared; resolved when it is
    chain.push_back(const_cast<NamedType *>(m));
    t = m->underlyingType;
  }
  if (!t)
    t = types.invalid();
  for (NamedType *c : chain)
    c->underlyingType = t;
  return t;
}

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

void Checker::funcDecl(Func *obj, DeclInfo *d) {
  ast::FuncDecl *fd = d->fdecl;
  if (!fd->funcType->typeParams.empty()) {
    // Generic functions come later: neither signature nor body is checked,
    // and uses of the function are silently invalid. (main and init have
    // their own error already.)
    if (obj->name != "main" && obj->name != "init") {
      const ast::Field &tp = fd->funcType->typeParams[0];
      unsupported(tp.names.empty() ? tp.loc : tp.names[0]->loc(),
                  "generic functions");
    }
    obj->type = types.invalid();
    return;
  }
  Scope *sigScope = newScope(d->fileScope, /*isFunc=*/true);
  // Guard against the signature referring to the function itself.
  obj->type = types.signature(types.tuple({}), types.tuple({}), false);
  NamedType *base = fd->recv.empty() ? nullptr : methodRecv(obj, fd, sigScope);
  obj->type = funcType(obj, fd->funcType, sigScope);
  if (base)
    attachMethod(obj, base);
  if (fd->body)
    later([this, d, obj, sigScope, fd] { funcBody(d, obj, sigScope, fd->body); });
}

NamedType *Checker::methodRecv(Func *fn, ast::FuncDecl *fd, Scope *sigScope) {
  ast::Field &rf = fd->recv[0];
  const Type *t;
  if (auto *ell = llvm::dyn_cast_or_null<ast::EllipsisExpr>(rf.typeExpr)) {
    error(ell->loc(), diag::DotsNotFinalParam);
    t = types.invalid();
  } else {
    t = typ(rf.typeExpr);
  }
  auto *v = ctx.make<Var>(rf.names.empty() ? "" : rf.names[0]->name);
  v->loc = rf.names.empty() ? rf.loc : rf.names[0]->loc();
  v->type = t;
  v->pkg = pkg;
  v->isParam = true;
  v->used = true;
  if (!rf.names.empty())
    declare(sigScope, rf.names[0], v);
  fn->recv = v;
  fn->recvType = t;
  if (t == types.invalid())
    return nullptr;
  // The receiver is T or *T, T a type defined in this package that is
  // neither a pointer nor an interface.
  const Type *baseType = t;
  if (auto *p = llvm::dyn_cast<PointerType>(t))
    baseType = p->elem;
  SourceLoc at = v->loc; // gc reports at the receiver's name
  // Types are shared as const; a defined type's methods are filled in here,
  // one method declaration at a time.
  auto *nt = const_cast<NamedType *>(llvm::dyn_cast<NamedType>(baseType));
  if (!nt) {
    if (llvm::isa<BasicType>(baseType))
      error(at, diag::NonLocalRecvType, typeStr(baseType));
    else
      error(at, diag::InvalidRecvType, typeStr(t), "");
    return nullptr;
  }
  if (nt->obj->pkg != pkg) {
    error(at, diag::NonLocalRecvType, typeStr(baseType));
    return nullptr;
  }
  const Type *u = nt->underlying();
  if (llvm::isa<PointerType>(u) || llvm::isa<InterfaceType>(u)) {
    error(at, diag::InvalidRecvType, typeStr(t),
          " (pointer or interface type)");
    return nullptr;
  }
  std::string recvName = llvm::isa<PointerType>(t)
                             ? "(*" + nt->obj->name + ")"
                             : nt->obj->name;
  fn->linkName = pkg->path + "." + recvName + "." + fn->name;
  return nt;
}

void Checker::attachMethod(Func *fn, NamedType *nt) {
  if (fn->name == "_")
    return; // a blank method is checked but belongs to no method set
  for (Func *m : nt->methods)
    if (m->name == fn->name) {
      error(fn->loc, diag::Redeclared, nt->obj->name + "." + fn->name,
            "\n\t" + posString(m->loc) + ": other declaration of " +
                fn->name);
      return;
    }
  if (auto *st = llvm::dyn_cast<StructType>(nt->underlying()))
    for (size_t i = 0; i < st->fields.size(); ++i)
      if (st->fields[i].name == fn->name) {
        error(fn->loc, diag::FieldAndMethodSameName, fn->name,
              "\n\t" + posString(fieldVar(st, (int)i)->loc) +
                  ": other declaration of " + fn->name);
        return;
      }
  nt->methods.push_back(fn);
}

const SignatureType *Checker::funcType(Func *fn, ast::FuncTypeExpr *ft,
                                       Scope *sigScope) {
  bool variadic = false;
  auto collect = [&](std::vector<ast::Field> &fields, bool isResult,
                     std::vector<const Type *> &typesOut,
                     std::vector<Var *> *varsOut) {
    for (ast::Field &f : fields) {
      const Type *t;
      if (auto *ell = llvm::dyn_cast_or_null<ast::EllipsisExpr>(f.typeExpr)) {
        // `xs ...T` is a []T, and only the last parameter may be one.
        t = typ(ell->elt);
        if (t != types.invalid())
          t = types.slice(t);
        if (!isResult && &f == &fields.back() && f.names.size() <= 1)
          variadic = true;
        else
          error(ell->loc(), diag::DotsNotFinalParam);
      } else {
        t = typ(f.typeExpr);
      }
      auto add = [&](ast::IdentExpr *id) {
        auto *v = ctx.make<Var>(id ? id->name : "");
        v->loc = id ? id->loc() : f.loc;
        v->type = t;
        v->pkg = pkg;
        v->isParam = !isResult;
        v->isResult = isResult;
        v->used = true; // parameters are never reported unused
        if (id)
          declare(sigScope, id, v);
        typesOut.push_back(t);
        if (varsOut)
          varsOut->push_back(v);
      };
      if (f.names.empty())
        add(nullptr);
      for (ast::IdentExpr *id : f.names)
        add(id);
    }
  };
  std::vector<const Type *> params, results;
  collect(ft->params, false, params, fn ? &fn->params : nullptr);
  collect(ft->results, true, results, fn ? &fn->results : nullptr);
  return types.signature(types.tuple(params), types.tuple(results), variadic);
}

void Checker::funcBody(DeclInfo *d, Func *fn, Scope *sigScope,
                       ast::BlockStmt *body) {
  Scope *savedScope = scope_;
  DeclInfo *savedDecl = decl_;
  Func *savedFunc = func_;
  const SignatureType *savedSig = sig_;
  bool savedSuppress = suppressUnused_;
  scope_ = sigScope;
  decl_ = d;
  func_ = fn;
  sig_ = llvm::cast<SignatureType>(fn->type);
  iota_ = nullptr;
  errpos_ = SourceLoc();
  suppressUnused_ = false;

  // The body's statements live in the block of the parameters. (Branches
  // were checked before everything else.)
  stmtList(body->stmts);
  if (!sig_->results->types.empty() && !isTerminating(body, ""))
    error(body->rbrace, diag::MissingReturn);
  if (!suppressUnused_)
    usage(sigScope);

  scope_ = savedScope;
  decl_ = savedDecl;
  func_ = savedFunc;
  sig_ = savedSig;
  suppressUnused_ = savedSuppress;
}

void Checker::funcLit(Operand &x, ast::FuncLitExpr *e) {
  x.mode = OpMode::Invalid;
  if (!e->funcType || !e->body)
    return;
  // The literal's parameters and results are those of an anonymous Func,
  // which return statements in the body refer to.
  Scope *sigScope = newScope(scope_, /*isFunc=*/true);
  auto *fn = ctx.make<Func>("");
  fn->pkg = pkg;
  const SignatureType *sig = funcType(fn, e->funcType, sigScope);
  fn->type = sig;

  Scope *savedScope = scope_;
  Func *savedFunc = func_;
  const SignatureType *savedSig = sig_;
  bool savedSuppress = suppressUnused_;
  scope_ = sigScope;
  func_ = fn;
  sig_ = sig;
  suppressUnused_ = false;
  funcLits_.push_back({e, sigScope});

  // A literal's body is a function body of its own for branches and labels.
  checkBranches(e->body);
  stmtList(e->body->stmts);
  if (!sig->results->types.empty() && !isTerminating(e->body, ""))
    error(e->body->rbrace, diag::MissingReturn);
  if (!suppressUnused_)
    usage(sigScope);

  funcLits_.pop_back();
  scope_ = savedScope;
  func_ = savedFunc;
  sig_ = savedSig;
  suppressUnused_ = savedSuppress || suppressUnused_;
  x.mode = OpMode::Value;
  x.type = sig;
}

//===----------------------------------------------------------------------===//
// Declarations in function bodies
//===----------------------------------------------------------------------===//

void Checker::declStmt(ast::GenDecl *gd) {
  switch (gd->tok) {
  case tok::kw_const:
    constSpecs(gd, [&](ast::ValueSpec &s, ast::Expr *typeExpr,
                       const std::vector<ast::Expr *> &values, bool inherited,
                       int iota) {
      std::vector<Const *> lhs;
      for (size_t j = 0; j < s.names.size(); ++j) {
        auto *obj = ctx.make<Const>(s.names[j]->name);
        obj->loc = s.names[j]->loc();
        obj->pkg = pkg;
        lhs.push_back(obj);
        constDecl(obj, typeExpr, j < values.size() ? values[j] : nullptr,
                  inherited, iota);
      }
      if (!s.names.empty())
        arity(s.names[0]->loc(), s.names, values, true, inherited);
      // The constants' scope starts after the spec.
      for (size_t j = 0; j < s.names.size(); ++j)
        declare(scope_, s.names[j], lhs[j]);
    });
    break;
  case tok::kw_var:
    for (ast::ValueSpec &s : gd->values) {
      std::vector<Var *> lhs0;
      for (ast::IdentExpr *name : s.names) {
        auto *obj = ctx.make<Var>(name->name);
        obj->loc = name->loc();
        obj->pkg = pkg;
        lhs0.push_back(obj);
      }
      for (size_t i = 0; i < lhs0.size(); ++i) {
        std::vector<Var *> lhs;
        ast::Expr *init = nullptr;
        if (s.values.size() == s.names.size()) {
          init = s.values[i];
        } else if (s.values.size() == 1) {
          lhs = lhs0; // a multi-valued initialiser
          init = s.values[0];
        } else if (i < s.values.size()) {
          init = s.values[i];
        }
        varDecl(lhs0[i], lhs, s.typeExpr, init);
        if (s.values.size() == 1)
          break; // one initialiser typed every variable
      }
      if ((!s.typeExpr || !s.values.empty()) && !s.names.empty())
        arity(s.names[0]->loc(), s.names, s.values, false, false);
      for (size_t i = 0; i < lhs0.size(); ++i)
        declare(scope_, s.names[i], lhs0[i]);
    }
    break;
  case tok::kw_type:
    for (ast::TypeSpec &s : gd->types) {
      auto *obj = ctx.make<TypeName>(s.name->name);
      obj->loc = s.name->loc();
      obj->pkg = pkg;
      // A local type's scope starts at its name: it may refer to itself.
      declare(scope_, s.name, obj);
      color_[obj] = Grey;
      pathIndex_[obj] = objPath_.size();
      objPath_.push_back(obj);
      typeDecl(obj, &s);
      objPath_.pop_back();
      color_[obj] = Black;
    }
    break;
  default:
    break;
  }
}
