//===- lower/TypeSwitch.cpp - type switches -------------------------------===//
// `switch v := x.(type) { case T1, T2: A; case I: B; case nil: C; default: D }`
// evaluates x once and tests its dynamic type against each case in source
// order (Iface.cpp's emitTypeTest):
//   a concrete T    the type word == &type.T
//   an interface I  runtime.getitab(I, type, canfail) != nil (any non-nil
//                   value for interface{})
//   nil             the type word is nil
// then runs the first clause that matches, or default. A clause with a
// single type binds v to x's value as that type; any other clause binds v
// to x itself. Each clause's v is its own variable (sema's implicitVar).
// The tests and the clause bodies are laid out as an expression switch's
// (Switch.cpp's lowerCaseClauses).
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

void FuncLowerer::lowerTypeSwitch(ast::TypeSwitchStmt *s) {
  if (s->init)
    pushScope(s->loc());
  lowerStmt(s->init);

  // The guard: `x.(type)` alone or in `v := x.(type)`.
  ast::Expr *guard = nullptr;
  if (auto *es = dyn_cast_or_null<ast::ExprStmt>(s->assign))
    guard = es->x;
  else if (auto *as = dyn_cast_or_null<ast::AssignStmt>(s->assign))
    guard = as->rhs.empty() ? nullptr : as->rhs[0];
  auto *ta = dyn_cast_or_null<ast::TypeAssertExpr>(ast::unparen(guard));
  if (!ta) {
    m.error(s->loc(), "malformed type switch");
    return;
  }
  const sema::Type *xt = ta->x->type;
  hoistOperands(ta->x);
  llvm::Value *x = lowerExpr(ta->x);
  if (!x) {
    m.error(s->loc(), "type switch on a value-less expression");
    return;
  }
  llvm::Value *dyn = ifaceTypeWord(x, xt);

  llvm::Value *null = llvm::ConstantPointerNull::get(b.getPtrTy());
  auto test = [&](ast::Expr *e) -> llvm::Value * {
    if (isNilExpr(e))
      return b.CreateICmpEQ(dyn, null);
    if (!isInterfaceType(e->type))
      return b.CreateICmpEQ(dyn, m.typeDescriptor(e->type));
    return emitTypeTest(x, xt, e->type).first;
  };
  auto bind = [&](ast::CaseClauseStmt *cc) {
    sema::Var *v = cc->implicitVar;
    if (!v)
      return;
    llvm::Value *val = x;
    const sema::Type *valTy = xt;
    if (cc->list.size() == 1 && !isNilExpr(cc->list[0])) {
      valTy = cc->list[0]->type;
      val = emitTypeTest(x, xt, valTy).second;
    }
    llvm::Value *addr = declareVar(v, cc->loc());
    storeValue(convertValue(val, valTy, v->type, cc->loc()), addr, v->type);
  };
  lowerCaseClauses(s, s->body, "typeswitch", test, bind);
  if (s->init)
    popScope();
}
