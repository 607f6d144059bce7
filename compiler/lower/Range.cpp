//===- lower/Range.cpp - for range loops ----------------------------------===//
// The range expression is evaluated once, before the loop. With := the
// iteration variables are declared once for the whole loop (Go 1.19's
// semantics; a closure capturing one sees its last value); with = the
// places are evaluated and assigned on each iteration.
//
// Slices, arrays and pointers to arrays walk a hidden index:
//   range.cond:  i < len ? range.body : range.end
//   range.body:  k = i; v = a[i]; body
//   range.next:  i++ (continue goes here)
// The slice header is copied first, so the loop sees the slice as it was;
// an array whose elements are read is copied too (ranging over an array
// ranges over a copy of it), a pointer to an array is not.
//
// Strings decode one rune per iteration:
//   range.body:  c := s[i]; c < 0x80 ? range.ascii : range.multi  (likely)
//   range.ascii: r = c, next = i + 1               (the inline fast path)
//   range.multi: r, next = runtime.decoderune(s, i) (invalid UTF-8 gives
//                U+FFFD and advances one byte)
//   then next is stored as the hidden index, i and r are assigned, the body
//   runs, and continue goes back to range.cond.
// Maps are in Map.cpp.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"
#include "llvm/IR/MDBuilder.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

void FuncLowerer::lowerRange(ast::RangeStmt *s) {
  const sema::Type *xt = s->x->type;
  pushScope(s->loc());
  if (isStringType(xt)) {
    hoistOperands(s->x);
    llvm::Value *x = lowerExpr(s->x);
    lowerRangeString(s, x);
  } else if (underAs<sema::MapType>(xt)) {
    hoistOperands(s->x);
    llvm::Value *x = lowerExpr(s->x);
    lowerRangeMap(s, x);
  } else if (underAs<sema::ChanType>(xt)) {
    hoistOperands(s->x);
    lowerRangeChan(s, lowerExpr(s->x));
  } else if (underAs<sema::SliceType>(xt) || underAs<sema::ArrayType>(xt) ||
             pointerToArray(xt)) {
    lowerRangeIndexed(s);
  } else {
    m.error(s->loc(), "range over " + m.typeString(xt) + " is not lowered yet");
  }
  popScope();
}

LValue FuncLowerer::rangeLValue(ast::RangeStmt *s, ast::Expr *e, bool declare) {
  if (!e)
    return LValue();
  if (s->op == tok::define) {
    auto *id = dyn_cast<ast::IdentExpr>(ast::unparen(e));
    auto *v = id && declare ? dyn_cast_or_null<sema::Var>(id->obj) : nullptr;
    if (!v || id->isBlank())
      return LValue();
    LValue lv;
    lv.addr = declareVar(v, e->loc());
    lv.type = v->type;
    return lv;
  }
  return declare ? LValue() : lowerLValue(e);
}

llvm::Value *FuncLowerer::startIndexLoop(llvm::AllocaInst *index,
                                         llvm::Value *len,
                                         llvm::BasicBlock *condBB,
                                         llvm::BasicBlock *bodyBB,
                                         llvm::BasicBlock *endBB) {
  b.CreateStore(b.getInt64(0), index);
  b.CreateBr(condBB);

  startBlock(condBB);
  llvm::Value *i = b.CreateLoad(b.getInt64Ty(), index, "i");
  b.CreateCondBr(b.CreateICmpSLT(i, len), bodyBB, endBB);

  startBlock(bodyBB);
  return i;
}

void FuncLowerer::lowerRangeIndexed(ast::RangeStmt *s) {
  const sema::Type *xt = s->x->type;
  const sema::Type *intTy = m.sctx.types.intType();
  const sema::Type *elem = nullptr;
  llvm::Value *base = nullptr, *len = nullptr;
  bool needElems = s->val && !(llvm::isa<ast::IdentExpr>(ast::unparen(s->val)) &&
                               llvm::cast<ast::IdentExpr>(ast::unparen(s->val))
                                   ->isBlank());
  if (auto *st = underAs<sema::SliceType>(xt)) {
    hoistOperands(s->x);
    llvm::Value *x = lowerExpr(s->x);
    base = b.CreateExtractValue(x, 0);
    len = b.CreateExtractValue(x, 1);
    elem = st->elem;
  } else if (auto *at = underAs<sema::ArrayType>(xt)) {
    len = b.getInt64(at->len);
    elem = at->elem;
    if (needElems) {
      // The loop reads a copy of the array.
      hoistOperands(s->x);
      base = createTemp(xt, "range.copy");
      lowerInto(s->x, base, xt, /*dstZeroed=*/false);
    } else if (s->x->mode != ast::ExprMode::Variable) {
      // Evaluated for its effects only (len is constant).
      hoistOperands(s->x);
      lowerExpr(s->x);
    }
  } else {
    const sema::ArrayType *pat = pointerToArray(xt);
    hoistOperands(s->x);
    base = lowerExpr(s->x);
    len = b.getInt64(pat->len);
    elem = pat->elem;
  }
  llvm::Type *elemTy = m.memType(elem);

  LValue keyPlace = rangeLValue(s, s->key, /*declare=*/true);
  LValue valPlace = rangeLValue(s, s->val, /*declare=*/true);
  llvm::AllocaInst *index = createAlloca(b.getInt64Ty(), "range.index");
  llvm::BasicBlock *condBB = newBlock("range.cond");
  llvm::BasicBlock *bodyBB = newBlock("range.body");
  llvm::BasicBlock *nextBB = newBlock("range.next");
  llvm::BasicBlock *endBB = newBlock("range.end");
  branchTargets_[s] = {endBB, nextBB};
  llvm::Value *i = startIndexLoop(index, len, condBB, bodyBB, endBB);

  if (s->key) {
    if (s->op != tok::define)
      keyPlace = rangeLValue(s, s->key, /*declare=*/false);
    assign(keyPlace, i, intTy);
  }
  if (needElems) {
    if (s->op != tok::define)
      valPlace = rangeLValue(s, s->val, /*declare=*/false);
    llvm::Value *addr = b.CreateInBoundsGEP(elemTy, base, i);
    assign(valPlace, loadValue(addr, elem), elem);
  }
  lowerBlock(s->body);
  branchTo(nextBB);

  startBlock(nextBB);
  llvm::Value *cur = b.CreateLoad(b.getInt64Ty(), index);
  b.CreateStore(b.CreateAdd(cur, b.getInt64(1)), index);
  b.CreateBr(condBB);
  startBlock(endBB);
}

void FuncLowerer::lowerRangeString(ast::RangeStmt *s, llvm::Value *str) {
  sema::TypeContext &tc = m.sctx.types;
  const sema::Type *intTy = tc.intType();
  const sema::Type *runeTy = tc.basic(sema::BasicType::Int32);

  // The iteration variables of := live across the loop.
  LValue keyPlace = rangeLValue(s, s->key, /*declare=*/true);
  LValue valPlace = rangeLValue(s, s->val, /*declare=*/true);

  llvm::Value *len = b.CreateExtractValue(str, 1);
  llvm::Value *bytes = b.CreateExtractValue(str, 0);
  llvm::AllocaInst *index = createAlloca(b.getInt64Ty(), "range.index");
  llvm::BasicBlock *condBB = newBlock("range.cond");
  llvm::BasicBlock *bodyBB = newBlock("range.body");
  llvm::BasicBlock *asciiBB = newBlock("range.ascii");
  llvm::BasicBlock *multiBB = newBlock("range.multi");
  llvm::BasicBlock *nextBB = newBlock("range.next");
  llvm::BasicBlock *endBB = newBlock("range.end");
  branchTargets_[s] = {endBB, condBB};
  llvm::Value *i = startIndexLoop(index, len, condBB, bodyBB, endBB);

  llvm::Value *c = b.CreateLoad(b.getInt8Ty(),
                                b.CreateInBoundsGEP(b.getInt8Ty(), bytes, i));
  b.CreateCondBr(b.CreateICmpULT(c, b.getInt8(0x80)), asciiBB, multiBB,
                 llvm::MDBuilder(ctx).createLikelyBranchWeights());

  startBlock(asciiBB);
  llvm::Value *asciiRune = b.CreateZExt(c, b.getInt32Ty());
  llvm::Value *asciiNext = b.CreateAdd(i, b.getInt64(1));
  b.CreateBr(nextBB);

  startBlock(multiBB);
  llvm::Value *decoded = callRuntime(RuntimeFn::decoderune, {str, i});
  llvm::Value *multiRune = b.CreateExtractValue(decoded, 0);
  llvm::Value *multiNext = b.CreateExtractValue(decoded, 1);
  b.CreateBr(nextBB);

  startBlock(nextBB);
  llvm::PHINode *rune = b.CreatePHI(b.getInt32Ty(), 2, "r");
  rune->addIncoming(asciiRune, asciiBB);
  rune->addIncoming(multiRune, multiBB);
  llvm::PHINode *next = b.CreatePHI(b.getInt64Ty(), 2, "next");
  next->addIncoming(asciiNext, asciiBB);
  next->addIncoming(multiNext, multiBB);
  b.CreateStore(next, index);

  if (s->key && s->op != tok::define)
    keyPlace = rangeLValue(s, s->key, /*declare=*/false);
  assign(keyPlace, i, intTy);
  if (s->val && s->op != tok::define)
    valPlace = rangeLValue(s, s->val, /*declare=*/false);
  assign(valPlace, rune, runeTy);

  lowerBlock(s->body);
  branchTo(condBB);
  startBlock(endBB);
}
