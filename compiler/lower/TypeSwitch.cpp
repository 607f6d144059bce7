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
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

/// Whether a case's type expression is the nil literal.
static bool isNilCase(ast::Expr *e) {
  e = ast::unparen(e);
  if (auto *id = dyn_cast<ast::IdentExpr>(e))
    if (id->obj && llvm::isa<sema::Nil>(id->obj))
      return true;
  return isNilType(e->type);
}

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

  std::vector<ast::CaseClauseStmt *> clauses;
  if (s->body)
    for (ast::Stmt *st : s->body->stmts)
      if (auto *cc = dyn_cast<ast::CaseClauseStmt>(st))
        clauses.push_back(cc);

  llvm::BasicBlock *endBB = newBlock("typeswitch.end");
  llvm::BasicBlock *defaultBB = endBB;
  for (ast::CaseClauseStmt *cc : clauses)
    if (cc->isDefault)
      defaultBB = jumpTarget(cc);
  branchTargets_[s] = {endBB, nullptr};

  llvm::Value *null = llvm::ConstantPointerNull::get(b.getPtrTy());
  for (ast::CaseClauseStmt *cc : clauses) {
    for (ast::Expr *e : cc->list) {
      LocationScope ls(*this, e->loc());
      llvm::Value *match;
      if (isNilCase(e))
        match = b.CreateICmpEQ(dyn, null);
      else if (!isInterfaceType(e->type))
        match = b.CreateICmpEQ(dyn, m.typeDescriptor(e->type));
      else
        match = emitTypeTest(x, xt, e->type).first;
      llvm::BasicBlock *next = newBlock("typeswitch.next");
      b.CreateCondBr(match, jumpTarget(cc), next);
      startBlock(next);
    }
  }
  b.CreateBr(defaultBB);

  for (ast::CaseClauseStmt *cc : clauses) {
    startBlock(jumpTarget(cc));
    LocationScope ls(*this, cc->loc());
    pushScope(cc->loc());
    if (sema::Var *v = cc->implicitVar) {
      llvm::Value *val = x;
      const sema::Type *valTy = xt;
      if (cc->list.size() == 1 && !isNilCase(cc->list[0])) {
        valTy = cc->list[0]->type;
        val = emitTypeTest(x, xt, valTy).second;
      }
      llvm::Value *addr = declareVar(v, cc->loc());
      storeValue(convertValue(val, valTy, v->type, cc->loc()), addr, v->type);
    }
    lowerStmts(cc->body);
    popScope();
    branchTo(endBB);
  }
  startBlock(endBB);
  if (s->init)
    popScope();
}
