//===- lower/Index.cpp - indexing arrays, slices, strings and maps --------===//
// a[i] evaluates a, then i, then checks 0 <= i < len with one unsigned
// compare (runtime.panicIndex(i, len): `index out of range [5] with length
// 3`), then addresses the element:
//   slice s          getelementptr T, ptr s.array, i
//   array a          getelementptr [N x T], ptr &a, 0, i   (a's address: an
//                    array that is not addressable, a call's result, is
//                    spilled first)
//   pointer p        the same on p, which is not tested for nil unless the
//   to array         array spans more than the first page
// a[i] as an operand loads from that address; as an assignment target it
// stores to it. Strings (String.cpp) and maps (Map.cpp) have their own.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;

llvm::Value *FuncLowerer::lowerIndexValue(ast::Expr *e) {
  llvm::Value *v = lowerExpr(e);
  if (!v)
    return b.getInt64(0);
  return toInt64(v, e->type);
}

llvm::Value *FuncLowerer::indexAddr(ast::IndexExpr *e) {
  const sema::Type *xt = e->x->type;
  const sema::Type *u = xt ? xt->underlying() : nullptr;
  ast::Expr *index = e->indices.empty() ? nullptr : e->indices[0];
  if (!u || !index) {
    m.error(e->loc(), "malformed index expression");
    return createTemp(e->type, "bad");
  }
  if (auto *st = dyn_cast<sema::SliceType>(u)) {
    llvm::Value *s = lowerExpr(e->x);
    llvm::Value *i = lowerIndexValue(index);
    LocationScope ls(*this, e->lbrack.isValid() ? e->lbrack : e->loc());
    emitIndexCheck(i, b.CreateExtractValue(s, 1), index->type);
    return b.CreateInBoundsGEP(m.memType(st->elem), b.CreateExtractValue(s, 0),
                               i);
  }
  const sema::ArrayType *at = dyn_cast<sema::ArrayType>(u);
  llvm::Value *base;
  if (at) {
    base = lowerAddrOrTemp(e->x);
  } else if ((at = pointerToArray(xt))) {
    base = lowerExpr(e->x);
  } else {
    m.error(e->loc(), "indexing " + m.typeString(xt) + " is not lowered");
    return createTemp(e->type, "bad");
  }
  llvm::Value *i = lowerIndexValue(index);
  LocationScope ls(*this, e->lbrack.isValid() ? e->lbrack : e->loc());
  emitIndexCheck(i, b.getInt64(at->len), index->type);
  if (!llvm::isa<sema::ArrayType>(u) && m.sizeOf(at) >= 4096)
    emitNilCheck(base);
  return b.CreateInBoundsGEP(m.memType(at), base, {b.getInt64(0), i});
}

llvm::Value *FuncLowerer::lowerIndex(ast::IndexExpr *e) {
  const sema::Type *xt = e->x->type;
  if (isStringType(xt) && e->indices.size() == 1) {
    llvm::Value *s = lowerExpr(e->x);
    return lowerStringIndex(s, e->indices[0]);
  }
  if (underAs<sema::MapType>(xt))
    return lowerMapIndex(e);
  return loadValue(indexAddr(e), e->type);
}
