//===- lower/Addr.cpp - addresses, pointers and new -----------------------===//
// An addressable expression has an address that assignments store through
// and & takes:
//   x          its slot, global or heap cell (Func.cpp decides which)
//   *p         the value of p
//   x.f        a GEP along the selection path (Struct.cpp)
//   a[i]       a GEP after the bounds check (Index.cpp)
// `&x` is that address; `&T{...}` allocates a T with runtime.newobject and
// builds the literal in it; `new(T)` is runtime.newobject(type.T), which
// returns zeroed memory. A variable whose address is taken lives in a heap
// cell, so the pointer stays valid after its function returns (escape
// analysis would keep more on the stack; this is simple and correct).
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

llvm::Value *FuncLowerer::lowerAddr(ast::Expr *e) {
  e = ast::unparen(e);
  LocationScope ls(*this, e->loc());
  switch (e->kind()) {
  case ast::Node::IdentExprKind:
    if (auto *v = dyn_cast_or_null<sema::Var>(cast<ast::IdentExpr>(e)->obj))
      return varAddr(v, e->loc());
    break;
  case ast::Node::SelectorExprKind: {
    auto *sel = cast<ast::SelectorExpr>(e);
    if (!sel->selection) {
      if (auto *v = dyn_cast_or_null<sema::Var>(sel->sel->obj))
        return m.global(v);
      break;
    }
    if (sel->selection->kind != sema::Selection::FieldVal)
      break;
    return placeAddr(walkPath(selectorBase(sel->x), sel->selection->index));
  }
  case ast::Node::IndexExprKind:
    return indexAddr(cast<ast::IndexExpr>(e));
  case ast::Node::StarExprKind:
    return lowerExpr(cast<ast::StarExpr>(e)->x);
  case ast::Node::CompositeLitExprKind: {
    llvm::Value *p = emitNew(e->type);
    emitCompositeInto(cast<ast::CompositeLitExpr>(e), p, /*dstZeroed=*/true);
    return p;
  }
  default:
    break;
  }
  // Not addressable: a temporary holding the value.
  llvm::Value *v = lowerExpr(e);
  return v ? spill(v, e->type) : createTemp(e->type, "tmp");
}

llvm::Value *FuncLowerer::lowerAddrOrTemp(ast::Expr *e) {
  if (e->mode == ast::ExprMode::Variable)
    return lowerAddr(e);
  llvm::Value *v = lowerExpr(e);
  return v ? spill(v, e->type) : createTemp(e->type, "tmp");
}

llvm::Value *FuncLowerer::lowerAddrOf(ast::UnaryExpr *e) {
  return lowerAddr(e->x);
}

llvm::Value *FuncLowerer::lowerStar(ast::StarExpr *e) {
  llvm::Value *p = lowerExpr(e->x);
  if (!p)
    return llvm::PoisonValue::get(m.llvmType(e->type));
  // *p of a large value may read far past the first page.
  if (m.sizeOf(e->type) >= 4096)
    emitNilCheck(p);
  return loadValue(p, e->type);
}

llvm::Value *FuncLowerer::emitNew(const sema::Type *t) {
  return callRuntime(RuntimeFn::newobject, {m.typeDescriptor(t)});
}

void FuncLowerer::emitNilCheck(llvm::Value *p) {
  emitCheck(b.CreateICmpEQ(p, llvm::ConstantPointerNull::get(b.getPtrTy())),
            RuntimeFn::panicmem, {});
}

void FuncLowerer::emitNilFault(llvm::Value *p) {
  b.CreateLoad(b.getInt8Ty(), p, /*isVolatile=*/true, "nilcheck");
}

llvm::Value *FuncLowerer::spill(llvm::Value *v, const sema::Type *t) {
  llvm::AllocaInst *tmp = createTemp(t, "tmp");
  storeValue(v, tmp, t);
  return tmp;
}
