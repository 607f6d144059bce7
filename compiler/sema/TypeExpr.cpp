//===- sema/TypeExpr.cpp - identifiers and type expressions ----------------===//
// An identifier is resolved through the enclosing blocks; a package-level
// object it names is checked first if it is not yet (objDecl), and becomes a
// dependency of the declaration being checked (for initialisation order).
//
// Type expressions: golc's subset has the predeclared types, pointers,
// structs, arrays (whose length is a constant checked as gc does), slices,
// maps (whose key type must be comparable), channels, func types and
// interfaces (Interface.cpp), and types defined from them; what is outside
// the subset (generic types) is reported unsupported where it is written,
// and denotes the invalid type, which silences follow-on errors about values
// of that type.
// A struct type gets one Var per field (Selection::obj refers to it). A use
// of a local variable inside a func literal that does not declare it is
// recorded as a capture (noteCapture).
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"

using namespace golc;
using namespace golc::sema;

void Checker::ident(Operand &x, ast::IdentExpr *e, bool wantType) {
  x.mode = OpMode::Invalid;
  x.expr = e;
  x.type = types.invalid();
  Object *obj = lookup(e->name);
  if (!obj) {
    if (e->isBlank())
      error(e->loc(), diag::CannotUseBlank);
    else
      error(e->loc(), diag::UndefinedName, e->name);
    return;
  }
  recordUse(e, obj);
  if (auto *v = llvm::dyn_cast<Var>(obj); v && !v->isGlobal)
    noteCapture(v);

  const Type *t = obj->type;
  if (!t || (llvm::isa<TypeName>(obj) && wantType)) {
    objDecl(obj);
    t = obj->type;
  }
  if (!t)
    t = types.invalid();

  switch (obj->kind()) {
  case Object::PkgName:
    error(e->loc(), diag::UseOfPackageNotInSelector, obj->name);
    return;
  case Object::Const:
    addDeclDep(obj);
    if (t == types.invalid())
      return;
    if (obj == universeIota_) {
      if (!iota_) {
        error(e->loc(), diag::CannotUseIota);
        return;
      }
      x.val = *iota_;
    } else {
      x.val = llvm::cast<Const>(obj)->value;
    }
    x.mode = OpMode::Constant;
    break;
  case Object::TypeName:
    // The predeclared complex types come later.
    if (auto *b = llvm::dyn_cast<BasicType>(t);
        b && (b->bkind == BasicType::Complex64 ||
              b->bkind == BasicType::Complex128)) {
      unsupported(e->loc(), "complex numbers");
      return;
    }
    x.mode = OpMode::TypeExpr;
    break;
  case Object::Var:
    if (obj->pkg == pkg)
      obj->used = true;
    addDeclDep(obj);
    if (t == types.invalid())
      return;
    x.mode = OpMode::Variable;
    break;
  case Object::Func:
    addDeclDep(obj);
    if (t == types.invalid()) // a generic function (unsupported)
      return;
    x.mode = OpMode::Value;
    break;
  case Object::Builtin:
    x.builtinId = llvm::cast<Builtin>(obj)->id;
    x.mode = OpMode::Builtin;
    break;
  case Object::Nil:
    x.mode = OpMode::NilValue;
    break;
  case Object::Label:
    return;
  }
  x.type = t;
}

const Type *Checker::typ(ast::Expr *e) {
  const Type *t = typInternal(e);
  recordTypeAndValue(e, OpMode::TypeExpr, t, Constant());
  return t;
}

const Type *Checker::typInternal(ast::Expr *e) {
  using namespace ast;
  switch (e->kind()) {
  case Node::BadExprKind:
    break; // reported by the parser
  case Node::IdentExprKind:
  case Node::SelectorExprKind: {
    Operand x;
    if (auto *id = llvm::dyn_cast<IdentExpr>(e))
      ident(x, id, /*wantType=*/true);
    else
      selector(x, llvm::cast<SelectorExpr>(e));
    switch (x.mode) {
    case OpMode::TypeExpr:
      return x.type;
    case OpMode::Invalid:
      break;
    default:
      error(at(x), diag::NotAType, operandStr(x));
      break;
    }
    break;
  }
  case Node::ParenExprKind:
    return typ(llvm::cast<ParenExpr>(e)->x);
  case Node::IndexExprKind:
    unsupported(e->loc(), "generic types");
    break;
  case Node::ArrayTypeExprKind: {
    auto *a = llvm::cast<ArrayTypeExpr>(e);
    if (!a->len) {
      const Type *elem = typ(a->elt);
      if (elem == types.invalid())
        break;
      return types.slice(elem);
    }
    if (llvm::isa<EllipsisExpr>(a->len)) {
      // [...]T only as the type of a composite literal (compositeLit).
      error(startLoc(e), diag::DotsArrayOutsideLit);
      typ(a->elt);
      break;
    }
    int64_t n = arrayLength(a->len);
    const Type *elem = typ(a->elt);
    if (n < 0 || elem == types.invalid())
      break;
    return types.array(elem, n);
  }
  case Node::StarExprKind: {
    const Type *elem = typ(llvm::cast<StarExpr>(e)->x);
    if (elem == types.invalid())
      break;
    return types.pointer(elem);
  }
  case Node::StructTypeExprKind:
    return structType(llvm::cast<StructTypeExpr>(e));
  case Node::FuncTypeExprKind:
    // The parameter names of a func type declare nothing visible outside.
    return funcType(nullptr, llvm::cast<FuncTypeExpr>(e),
                    newScope(scope_, /*isFunc=*/true));
  case Node::InterfaceTypeExprKind:
    return interfaceType(llvm::cast<InterfaceTypeExpr>(e));
  case Node::MapTypeExprKind: {
    auto *m = llvm::cast<MapTypeExpr>(e);
    const Type *key = typ(m->key);
    const Type *elem = typ(m->val);
    if (key == types.invalid() || elem == types.invalid())
      break;
    // spec: the key type must have == and != fully defined.
    if (!isComparable(key)) {
      error(startLoc(m->key), diag::InvalidMapKey, typeStr(key));
      break;
    }
    return types.map(key, elem);
  }
  case Node::ChanTypeExprKind:
    return chanType(llvm::cast<ChanTypeExpr>(e));
  case Node::EllipsisExprKind:
    break; // only in parameter lists, where funcType handles it
  default:
    error(startLoc(e), diag::NotAType, exprStr(e));
    break;
  }
  return types.invalid();
}

void Checker::noteCapture(Var *v) {
  // Walk out to the block declaring v: every func literal whose block is
  // left on the way refers to a variable of an enclosing function.
  size_t inner = funcLits_.size();
  for (Scope *s = scope_; s && inner > 0; s = s->parent) {
    if (s->lookup(v->name) == v)
      break;
    if (s == funcLits_[inner - 1].second)
      --inner;
  }
  for (size_t i = inner; i < funcLits_.size(); ++i) {
    std::vector<Var *> &caps = funcLits_[i].first->captures;
    if (std::find(caps.begin(), caps.end(), v) == caps.end())
      caps.push_back(v);
    v->captured = true;
  }
}

int64_t Checker::arrayLength(ast::Expr *e) {
  // A name that is not a constant is reported without being evaluated (so,
  // as in gc, it does not count as a use of a variable).
  if (auto *id = llvm::dyn_cast<ast::IdentExpr>(ast::unparen(e))) {
    Object *obj = lookup(id->name);
    if (obj && !llvm::isa<Const>(obj)) {
      error(startLoc(e), diag::InvalidArrayLength, id->name);
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.invalid())
    return -1;
  if (x.mode != OpMode::Constant) {
    error(at(x), diag::ArrayLengthMustBeConstant, operandStr(x));
    return -1;
  }
  // An untyped constant length must be representable as an int.
  if (isUntyped(x.type) || isInteger(x.type)) {
    Constant v;
    if (x.val.isValid() &&
        constop::representable(x.val, types.basic(BasicType::Int), &v)) {
      int64_t n = 0;
      if (constop::int64Val(v, n) && n >= 0)
        return n;
    }
    if (x.val.isValid() && !isInteger(x.type) &&
        !constop::representable(x.val, types.basic(BasicType::Int), &v)) {
      error(at(x), diag::ArrayLengthMustBeInteger, operandStr(x));
      return -1;
    }
  } else {
    error(at(x), diag::ArrayLengthMustBeInteger, operandStr(x));
    return -1;
  }
  error(at(x), diag::InvalidArrayLength, operandStr(x));
  return -1;
}

const Type *Checker::structType(ast::StructTypeExpr *e) {
  std::vector<StructField> fields;
  std::vector<Var *> vars;
  llvm::StringMap<Var *> names;
  auto add = [&](ast::IdentExpr *id, SourceLoc loc, llvm::StringRef name,
                 const Type *t, bool embedded, const std::string &tag) {
    auto *v = ctx.make<Var>(name);
    v->loc = loc;
    v->type = t;
    v->pkg = pkg;
    recordDef(id, v);
    if (name != "_") {
      auto [it, fresh] = names.try_emplace(name, v);
      if (!fresh) {
        error(v->loc, diag::FieldRedeclared, name,
              "\n\t" + posString(it->second->loc) + ": other declaration of " +
                  name.str());
      }
    }
    fields.push_back(StructField{name.str(), t, embedded, tag});
    vars.push_back(v);
  };
  for (ast::Field &f : e->fields) {
    const Type *t = typ(f.typeExpr);
    if (!f.names.empty()) {
      for (ast::IdentExpr *id : f.names)
        add(id, id->loc(), id->name, t, false, f.tag);
      continue;
    }
    // An embedded field T or *T is named after the type name T.
    ast::Expr *te = ast::unparen(f.typeExpr);
    if (auto *star = llvm::dyn_cast<ast::StarExpr>(te))
      te = ast::unparen(star->x);
    ast::IdentExpr *id = llvm::dyn_cast<ast::IdentExpr>(te);
    if (auto *sel = llvm::dyn_cast<ast::SelectorExpr>(te))
      id = sel->sel;
    if (!id)
      continue; // reported by the parser
    if (t != types.invalid()) {
      const Type *base = t;
      if (auto *p = llvm::dyn_cast<PointerType>(t))
        base = p->elem;
      // spec: an embedded T may not be a pointer type, nor *T a pointer to
      // a pointer.
      if (base->underlying() &&
          llvm::isa<PointerType>(base->underlying())) {
        error(startLoc(f.typeExpr), diag::EmbeddedPointer);
        t = types.invalid();
      }
    }
    // gc places an embedded field where its type starts (at the `*`).
    add(id, startLoc(f.typeExpr), id->name, t, true, f.tag);
  }
  // Like gc, a struct with erroneous fields stays a struct (their types are
  // invalid), so that uses of its other fields are still checked.
  const StructType *st = types.structType(std::move(fields));
  if (!fieldVars_.count(st))
    fieldVars_[st] = std::move(vars);
  return st;
}

Var *Checker::fieldVar(const StructType *st, int i) {
  std::vector<Var *> &vars = fieldVars_[st];
  // A struct type of another package has no Vars here yet.
  if (vars.empty())
    for (const StructField &f : st->fields) {
      auto *v = ctx.make<Var>(f.name);
      v->type = f.type;
      vars.push_back(v);
    }
  return vars[i];
}
