//===- sema/Interface.cpp - interface types, implements, assertions -------===//
// Interfaces in golc's subset are method sets (no type elements: those only
// make sense as generic constraints, which golc does not have):
//
//   interface{ M(int) string; io.Reader }
//
// An interface type is the sorted union of its own methods and those of the
// interfaces it embeds (two methods of one name must have identical
// signatures, as since Go 1.14). Its methods are not declared anywhere, so a
// selection of one (`r.Read`) refers to a Func made here for it (ifaceMethod)
// whose receiver type is the interface.
//
// Implementing is types2's missingMethod: every method of the interface must
// be in the method set of V, found by the selector rule (lookupField, which
// also sees the methods of embedded interfaces), with an identical
// signature, and not a pointer method reached from a non-pointer value. The
// reason V falls short is worded as gc words it: `(missing M method)`,
// `(M method has pointer receiver)`, `(wrong type for M method)` with the
// two signatures.
//
// Type assertions x.(T) and type switches: x must be an interface; a
// concrete T must implement it (else the assertion is impossible); the
// result of x.(T) is usable as `v, ok`. In `switch v := x.(type)`, each
// clause declares its own v: of the clause's type if it lists exactly one
// (non-nil) type, else of x's type; it is unused only if no clause uses it.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"

using namespace golc;
using namespace golc::sema;

//===----------------------------------------------------------------------===//
// Interface types
//===----------------------------------------------------------------------===//

const Type *Checker::interfaceType(ast::InterfaceTypeExpr *e) {
  std::vector<InterfaceMethod> methods;
  llvm::StringMap<SourceLoc> declared; // the methods written here
  auto add = [&](const InterfaceMethod &m, SourceLoc loc, bool explicitly) {
    for (InterfaceMethod &have : methods) {
      if (have.name != m.name)
        continue;
      // The same method reached twice (through two embedded interfaces, or
      // written and embedded) is one method if the signatures agree.
      if (!explicitly && identical(have.sig, m.sig))
        return;
      auto it = declared.find(m.name);
      std::string other =
          it != declared.end() ? posString(it->second) : posString(loc);
      error(loc, diag::DuplicateMethod, m.name, other);
      return;
    }
    methods.push_back(m);
    if (explicitly)
      declared[m.name] = loc;
  };

  // Written methods first (so that an embedded duplicate is reported at the
  // embedding, as gc does), then the embedded interfaces in order.
  for (ast::Field &f : e->methods) {
    if (f.names.empty())
      continue;
    auto *ft = llvm::dyn_cast_or_null<ast::FuncTypeExpr>(f.typeExpr);
    if (!ft)
      continue; // reported by the parser
    if (!ft->typeParams.empty()) {
      unsupported(f.names[0]->loc(), "generic methods");
      continue;
    }
    const SignatureType *sig =
        funcType(nullptr, ft, newScope(scope_, /*isFunc=*/true));
    if (f.names[0]->isBlank()) {
      error(f.names[0]->loc(), diag::MethodsMustHaveUniqueNonBlankNames);
      continue;
    }
    auto it = declared.find(f.names[0]->name);
    if (it != declared.end()) {
      error(f.names[0]->loc(), diag::DuplicateMethod, f.names[0]->name,
            posString(it->second));
      continue;
    }
    add({f.names[0]->name, sig}, f.names[0]->loc(), /*explicitly=*/true);
  }
  for (ast::Field &f : e->methods) {
    if (!f.names.empty())
      continue;
    ast::Expr *te = ast::unparen(f.typeExpr);
    // Type elements: `int`, `~string`, `A | B`.
    if (llvm::isa<ast::BinaryExpr>(te) || llvm::isa<ast::UnaryExpr>(te)) {
      unsupported(startLoc(te), "type constraints");
      continue;
    }
    const Type *t = typ(te);
    if (t == types.invalid())
      continue;
    auto *named = llvm::dyn_cast<NamedType>(t);
    if (named && !named->underlyingType) {
      // `type I interface{ I }`: I is being declared and is embedded in
      // itself.
      cycleError({named->obj});
      continue;
    }
    auto *it = llvm::dyn_cast<InterfaceType>(t->underlying());
    if (!it) {
      if (t->underlying() != types.invalid())
        unsupported(startLoc(te), "type constraints");
      continue;
    }
    for (const InterfaceMethod &m : it->methods)
      add(m, startLoc(te), /*explicitly=*/false);
  }
  return types.interface(std::move(methods));
}

Func *Checker::ifaceMethod(const Type *recv, const InterfaceType *it,
                           size_t i) {
  Func *&fn = ifaceMethods_[{it, it->methods[i].name}];
  if (!fn) {
    fn = ctx.make<Func>(it->methods[i].name);
    fn->type = it->methods[i].sig;
    fn->recvType = recv;
  }
  return fn;
}

//===----------------------------------------------------------------------===//
// Implementing an interface
//===----------------------------------------------------------------------===//

/// `M(int) string`: a method as gc shows it in have/want lines.
static std::string methodString(const Checker &c, llvm::StringRef name,
                                const Type *sig) {
  std::string s = c.typeStr(sig); // func(int) string
  return name.str() + s.substr(4);
}

bool Checker::missingMethod(const Type *v, const InterfaceType *it,
                            std::string &reason) {
  for (const InterfaceMethod &m : it->methods) {
    Selection sel;
    bool ambiguous;
    Func *found = nullptr;
    lookupField(v, m.name, sel, ambiguous, &found);
    if (!found) {
      reason = "(missing " + m.name + " method)";
      return true;
    }
    if (!identical(found->type, m.sig)) {
      reason = "(wrong type for " + m.name + " method)\n\t\thave " +
               methodString(*this, m.name, found->type) + "\n\t\twant " +
               methodString(*this, m.name, m.sig);
      return true;
    }
    // A pointer method is in the method set of *T, and of T only through an
    // embedded pointer.
    bool ptrRecv =
        found->recvType && llvm::isa<PointerType>(found->recvType) &&
        !isInterface(found->recvType);
    if (ptrRecv && !llvm::isa<PointerType>(v->underlying()) && !sel.indirect) {
      reason = "(" + m.name + " method has pointer receiver)";
      return true;
    }
  }
  return false;
}

bool Checker::implements(const Type *v, const Type *t, std::string *cause) {
  auto *it = llvm::dyn_cast<InterfaceType>(t->underlying());
  if (!it || v->underlying() == types.invalid())
    return true;
  std::string reason;
  if (!missingMethod(v, it, reason))
    return true;
  if (cause)
    *cause = typeStr(v) + " does not implement " + typeStr(t) + " " + reason;
  return false;
}

//===----------------------------------------------------------------------===//
// Type assertions and type switches
//===----------------------------------------------------------------------===//

void Checker::typeAssertion(Operand &x, ast::TypeAssertExpr *e) {
  expr(x, e->x);
  if (x.invalid()) {
    if (e->typeExpr)
      typ(e->typeExpr);
    return;
  }
  if (!e->typeExpr) {
    // x.(type) is only the guard of a type switch (typeSwitchStmt).
    error(startLoc(e), diag::TypeSwitchGuardOutside);
    x.mode = OpMode::Invalid;
    return;
  }
  if (!isInterface(x.type)) {
    error(at(x), diag::InvalidOpNotAnInterface, operandStr(x));
    typ(e->typeExpr);
    x.mode = OpMode::Invalid;
    return;
  }
  const Type *t = typ(e->typeExpr);
  if (t == types.invalid()) {
    x.mode = OpMode::Invalid;
    return;
  }
  // A concrete type that cannot be in x: the assertion always fails.
  std::string reason;
  if (!isInterface(t) &&
      missingMethod(t, llvm::cast<InterfaceType>(x.type->underlying()),
                    reason)) {
    error(startLoc(e), diag::ImpossibleTypeAssertion, exprStr(e),
          typeStr(t) + " does not implement " + typeStr(x.type) + " " +
              reason);
    x.mode = OpMode::Invalid;
    return;
  }
  x.mode = OpMode::CommaOk;
  x.type = t;
  x.val = Constant();
}

void Checker::typeSwitchStmt(ast::TypeSwitchStmt *s) {
  openScope();
  simpleStmt(s->init);

  // The guard: `x.(type)` or `v := x.(type)` (the parser ensures the shape).
  ast::IdentExpr *lhs = nullptr;
  ast::Expr *guard = nullptr;
  if (auto *es = llvm::dyn_cast_or_null<ast::ExprStmt>(s->assign)) {
    guard = es->x;
  } else if (auto *as = llvm::dyn_cast_or_null<ast::AssignStmt>(s->assign)) {
    if (!as->lhs.empty())
      lhs = llvm::dyn_cast<ast::IdentExpr>(as->lhs[0]);
    if (!as->rhs.empty())
      guard = as->rhs[0];
  }
  auto *ta = llvm::dyn_cast_or_null<ast::TypeAssertExpr>(
      guard ? ast::unparen(guard) : nullptr);
  if (lhs && lhs->isBlank()) {
    error(lhs->loc(), diag::NoNewVariable);
    lhs = nullptr;
  }
  if (lhs)
    recordDef(lhs, nullptr); // each clause declares its own (implicitVar)

  Operand x;
  if (ta) {
    expr(x, ta->x);
    if (!x.invalid() && !isInterface(x.type)) {
      error(at(x), diag::NotAnInterface, operandStr(x));
      x.mode = OpMode::Invalid;
    }
  }
  auto *iface = x.invalid()
                    ? nullptr
                    : llvm::cast<InterfaceType>(x.type->underlying());

  std::vector<Var *> vars; // one per clause, when there is a symbol
  std::vector<std::pair<const Type *, SourceLoc>> seen; // null: `nil`
  for (ast::CaseClauseStmt *clause : caseClauses(s->body)) {
    // The case types: types or nil, each at most once, each a type x's
    // value could have.
    const Type *single = nullptr;
    for (ast::Expr *e : clause->list) {
      Operand c;
      exprOrType(c, e);
      const Type *t;
      if (c.isNil()) {
        t = nullptr;
      } else if (c.mode == OpMode::TypeExpr) {
        t = c.type;
      } else {
        if (!c.invalid())
          error(at(c), diag::NotAType, operandStr(c));
        continue;
      }
      single = t;
      if (!iface)
        continue;
      bool dup = false;
      for (auto &prev : seen)
        if (prev.first == t ||
            (prev.first && t && identical(prev.first, t))) {
          error(startLoc(e), diag::DuplicateTypeCase,
                t ? typeStr(t) : "nil", posString(prev.second));
          dup = true;
          break;
        }
      if (dup)
        continue;
      seen.emplace_back(t, startLoc(e));
      std::string reason;
      if (t && !isInterface(t) && missingMethod(t, iface, reason))
        error(startLoc(e), diag::ImpossibleTypeSwitchCase, exprStr(e),
              operandStr(x), typeStr(t), reason);
    }

    openScope();
    if (lhs) {
      auto *v = ctx.make<Var>(lhs->name);
      v->loc = lhs->loc();
      v->pkg = pkg;
      v->type = clause->list.size() == 1 && single ? single
                : iface                            ? x.type
                                                   : types.invalid();
      scope_->insert(v);
      clause->implicitVar = v;
      vars.push_back(v);
    }
    stmtList(clause->body);
    closeScope();
  }

  // The symbol is used if any clause uses its variable; it is reported (at
  // the symbol) only once.
  if (lhs) {
    bool used = false;
    for (Var *v : vars)
      used = used || v->used;
    for (Var *v : vars)
      v->used = true;
    if (!used)
      error(lhs->loc(), diag::DeclaredButNotUsed, lhs->name);
  }
  closeScope();
}
