//===- lower/Order.cpp - evaluation order inside a statement --------------===//
// The spec orders the calls of a statement left to right but leaves open
// when a variable is read relative to them: in `x := g + f()`, f may change
// g. golc does what gc does, so programs print the same: gc's order pass
// first evaluates, in source order, each function call, len(...), string
// slice and && / || of the statement into a temporary (a && b as
// `r = a; if r { r = b }`, the calls of b inside the if); the statement then
// runs with those values, reading variables and doing the other operations
// only now. So `x := g + f()` reads g after f has run.
//
// Statements call hoistOperands on their expressions before lowering them:
// it lowers those subexpressions at once and records their values, which
// lowerExpr returns when it reaches them.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

/// Whether gc's order pass evaluates this expression ahead of its statement.
static bool isHoisted(ast::Expr *e) {
  switch (e->kind()) {
  case ast::Node::CallExprKind: {
    auto *call = cast<ast::CallExpr>(e);
    if (call->callKind == ast::CallExpr::CallKind::Call)
      return true;
    if (call->callKind != ast::CallExpr::CallKind::Builtin)
      return false;
    auto *id = dyn_cast<ast::IdentExpr>(ast::unparen(call->fun));
    auto *bi = id ? dyn_cast_or_null<sema::Builtin>(id->obj) : nullptr;
    return bi && bi->id == sema::Builtin::Len;
  }
  case ast::Node::SliceExprKind:
    return true;
  case ast::Node::BinaryExprKind: {
    tok::Kind op = cast<ast::BinaryExpr>(e)->op;
    return op == tok::and_and || op == tok::or_or;
  }
  default:
    return false;
  }
}

void FuncLowerer::hoistOperands(ast::Expr *e) {
  if (!e || (e->mode == ast::ExprMode::Constant && e->value) ||
      e->mode == ast::ExprMode::TypeExpr)
    return;
  // && and || evaluate their own operands, the right one conditionally.
  if (auto *be = dyn_cast<ast::BinaryExpr>(e);
      be && (be->op == tok::and_and || be->op == tok::or_or)) {
    llvm::Value *v = lowerExpr(e);
    hoisted_[e] = v;
    return;
  }
  switch (e->kind()) {
  case ast::Node::ParenExprKind:
    hoistOperands(cast<ast::ParenExpr>(e)->x);
    break;
  case ast::Node::UnaryExprKind:
    hoistOperands(cast<ast::UnaryExpr>(e)->x);
    break;
  case ast::Node::BinaryExprKind:
    hoistOperands(cast<ast::BinaryExpr>(e)->x);
    hoistOperands(cast<ast::BinaryExpr>(e)->y);
    break;
  case ast::Node::CallExprKind: {
    auto *call = cast<ast::CallExpr>(e);
    // The callee's operands first: the receiver of x.m(), the call in f()().
    if (call->callKind == ast::CallExpr::CallKind::Call)
      hoistOperands(call->fun);
    for (ast::Expr *arg : call->args)
      hoistOperands(arg);
    break;
  }
  case ast::Node::SelectorExprKind:
    hoistOperands(cast<ast::SelectorExpr>(e)->x);
    break;
  case ast::Node::StarExprKind:
    hoistOperands(cast<ast::StarExpr>(e)->x);
    break;
  case ast::Node::TypeAssertExprKind:
    hoistOperands(cast<ast::TypeAssertExpr>(e)->x);
    break;
  case ast::Node::CompositeLitExprKind:
    for (ast::Expr *elt : cast<ast::CompositeLitExpr>(e)->elts)
      hoistOperands(elt);
    break;
  case ast::Node::KeyValueExprKind:
    hoistOperands(cast<ast::KeyValueExpr>(e)->key);
    hoistOperands(cast<ast::KeyValueExpr>(e)->val);
    break;
  case ast::Node::IndexExprKind:
    hoistOperands(cast<ast::IndexExpr>(e)->x);
    for (ast::Expr *i : cast<ast::IndexExpr>(e)->indices)
      hoistOperands(i);
    break;
  case ast::Node::SliceExprKind: {
    auto *se = cast<ast::SliceExpr>(e);
    hoistOperands(se->x);
    hoistOperands(se->lo);
    hoistOperands(se->hi);
    hoistOperands(se->max);
    break;
  }
  case ast::Node::ImplicitConvExprKind:
    hoistOperands(cast<ast::ImplicitConvExpr>(e)->x);
    break;
  default:
    break;
  }
  if (isHoisted(e)) {
    llvm::Value *v = lowerExpr(e);
    hoisted_[e] = v;
  }
}

void FuncLowerer::hoistOperands(llvm::ArrayRef<ast::Expr *> exprs) {
  for (ast::Expr *e : exprs)
    hoistOperands(e);
}
