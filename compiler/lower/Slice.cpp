//===- lower/Slice.cpp - slices: make, append, copy, slicing --------------===//
// A slice is {ptr array, i64 len, i64 cap}; nil is {null, 0, 0}.
//   make([]T, n, c)   runtime.makeslice(type.T, n, c) -> array (which
//                     panics for a bad n or c, as gc's)
//   append(s, a, b)   gc's inline expansion: newlen = len + 2; when newlen
//                     exceeds cap, {array, cap} = runtime.growslice(array,
//                     newlen, cap, 2, type.T), which copies the old elements
//                     and grows as gc does (so cap() agrees with gc's);
//                     then a and b are stored at len, len+1
//   append(s, t...)   the same with memmove of len(t) elements (t may be a
//                     string for a []byte)
//   copy(d, s)        n = min(len d, len s); memmove(d, s, n * size); n
//   x[lo:hi:max]      bounds checks in gc's order and with gc's messages:
//                     max <= cap (panicSlice3Alen/Acap), hi <= max
//                     (panicSlice3B), lo <= hi (panicSlice3C); for two
//                     indices hi <= cap (panicSliceAlen for arrays and
//                     strings, panicSliceAcap for slices), lo <= hi
//                     (panicSliceB). Unsigned compares also catch negative
//                     indices. The result is {ptr + lo, hi - lo, max - lo};
//                     with a capacity of 0 it keeps ptr, so it never points
//                     past the array.
// x may be a slice, an addressable array, a pointer to an array (checked
// for nil, as gc does) or a string (String.cpp).
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "llvm/IR/MDBuilder.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;

llvm::Value *FuncLowerer::makeSliceValue(llvm::Value *ptr, llvm::Value *len,
                                         llvm::Value *cap) {
  llvm::Value *s = llvm::PoisonValue::get(m.sliceType());
  s = b.CreateInsertValue(s, ptr, 0);
  s = b.CreateInsertValue(s, len, 1);
  return b.CreateInsertValue(s, cap, 2);
}

llvm::Value *
FuncLowerer::emitSliceOf(llvm::ArrayRef<llvm::Value *> vals,
                         llvm::ArrayRef<const sema::Type *> types,
                         const sema::Type *elem) {
  const sema::Type *arrTy = m.sctx.types.array(elem, vals.size());
  llvm::Value *arr = emitNew(arrTy);
  for (size_t i = 0; i < vals.size(); ++i)
    storeValue(convertValue(vals[i], types[i], elem, loc_),
               b.CreateConstInBoundsGEP2_64(m.memType(arrTy), arr, 0, i), elem);
  llvm::Value *n = b.getInt64(vals.size());
  return makeSliceValue(arr, n, n);
}

//===----------------------------------------------------------------------===//
// Slicing
//===----------------------------------------------------------------------===//

llvm::Value *FuncLowerer::lowerSlice(ast::SliceExpr *e) {
  const sema::Type *xt = e->x->type;
  const sema::Type *u = xt->underlying();
  bool isString = isStringType(xt);
  const sema::Type *elem = nullptr;
  llvm::Value *base, *len, *cap;
  bool capIsLen = true; // arrays and strings: messages say "length"
  if (isString) {
    llvm::Value *s = lowerExpr(e->x);
    base = b.CreateExtractValue(s, 0);
    len = cap = b.CreateExtractValue(s, 1);
    elem = m.sctx.types.basic(sema::BasicType::Uint8);
  } else if (auto *st = dyn_cast<sema::SliceType>(u)) {
    llvm::Value *s = lowerExpr(e->x);
    base = b.CreateExtractValue(s, 0);
    len = b.CreateExtractValue(s, 1);
    cap = b.CreateExtractValue(s, 2);
    elem = st->elem;
    capIsLen = false;
  } else if (auto *at = dyn_cast<sema::ArrayType>(u)) {
    base = lowerAddr(e->x);
    len = cap = b.getInt64(at->len);
    elem = at->elem;
  } else if (const sema::ArrayType *pat = pointerToArray(xt)) {
    base = lowerExpr(e->x);
    emitNilCheck(base);
    len = cap = b.getInt64(pat->len);
    elem = pat->elem;
  } else {
    m.error(e->loc(), "slicing " + m.typeString(xt) + " is not lowered");
    return llvm::PoisonValue::get(m.llvmType(e->type));
  }

  llvm::Value *lo = e->lo ? lowerIndexValue(e->lo) : b.getInt64(0);
  llvm::Value *hi = e->hi ? lowerIndexValue(e->hi) : nullptr;
  llvm::Value *max = e->max ? lowerIndexValue(e->max) : nullptr;
  LocationScope ls(*this, e->lbrack.isValid() ? e->lbrack : e->loc());

  // Each check's panic reports its first operand, as unsigned if its type is.
  const sema::Type *loType = e->lo ? e->lo->type : nullptr;
  if (e->slice3 && max) {
    emitCheck(b.CreateICmpUGT(max, cap),
              boundsPanic(capIsLen ? RuntimeFn::panicSlice3Alen
                                   : RuntimeFn::panicSlice3Acap,
                          e->max->type),
              {max, cap});
    emitCheck(b.CreateICmpUGT(hi, max),
              boundsPanic(RuntimeFn::panicSlice3B, e->hi->type), {hi, max});
    emitCheck(b.CreateICmpUGT(lo, hi),
              boundsPanic(RuntimeFn::panicSlice3C, loType), {lo, hi});
  } else {
    if (hi)
      emitCheck(b.CreateICmpUGT(hi, cap),
                boundsPanic(capIsLen ? RuntimeFn::panicSliceAlen
                                     : RuntimeFn::panicSliceAcap,
                            e->hi->type),
                {hi, cap});
    else
      hi = len;
    emitCheck(b.CreateICmpUGT(lo, hi),
              boundsPanic(RuntimeFn::panicSliceB, loType), {lo, hi});
    max = cap;
  }

  llvm::Value *newLen = b.CreateSub(hi, lo, "slice.len");
  llvm::Value *newCap = b.CreateSub(max, lo, "slice.cap");
  llvm::Value *advanced = b.CreateInBoundsGEP(m.memType(elem), base, lo);
  llvm::Value *ptr = b.CreateSelect(
      b.CreateICmpEQ(isString ? newLen : newCap, b.getInt64(0)), base, advanced);
  if (isString) {
    llvm::Value *r = llvm::PoisonValue::get(m.stringType());
    r = b.CreateInsertValue(r, ptr, 0);
    return b.CreateInsertValue(r, newLen, 1);
  }
  return makeSliceValue(ptr, newLen, newCap);
}

//===----------------------------------------------------------------------===//
// make, append, copy
//===----------------------------------------------------------------------===//

llvm::Value *FuncLowerer::lowerMake(ast::CallExpr *e) {
  const sema::Type *t = e->type;
  if (underAs<sema::ChanType>(t))
    return lowerMakeChan(e); // Chan.cpp
  if (auto *st = underAs<sema::SliceType>(t)) {
    llvm::Value *len = e->args.size() > 1 ? lowerIndexValue(e->args[1])
                                          : b.getInt64(0);
    llvm::Value *cap = e->args.size() > 2 ? lowerIndexValue(e->args[2]) : len;
    LocationScope ls(*this, e->loc());
    llvm::Value *arr = callRuntime(RuntimeFn::makeslice,
                                   {m.typeDescriptor(st->elem), len, cap});
    return makeSliceValue(arr, len, cap);
  }
  if (underAs<sema::MapType>(t)) {
    llvm::Value *hint = e->args.size() > 1 ? lowerIndexValue(e->args[1])
                                           : b.getInt64(0);
    return emitMakeMap(t, hint);
  }
  m.error(e->loc(), "make(" + m.typeString(t) + ") is not lowered yet");
  return llvm::PoisonValue::get(m.llvmType(t));
}

llvm::Value *FuncLowerer::lowerAppend(ast::CallExpr *e) {
  if (e->args.empty()) {
    m.error(e->loc(), "append without arguments");
    return llvm::PoisonValue::get(m.llvmType(e->type));
  }
  const sema::Type *sliceTy = e->type;
  auto *st = underAs<sema::SliceType>(sliceTy);
  if (!st) {
    m.error(e->loc(), "append to " + m.typeString(sliceTy));
    return llvm::PoisonValue::get(m.llvmType(e->type));
  }
  const sema::Type *elem = st->elem;
  llvm::Type *elemTy = m.memType(elem);
  uint64_t elemSize = m.sizeOf(elem);

  // The operands, left to right, before anything grows.
  llvm::Value *s = lowerExprAs(e->args[0], sliceTy);
  std::vector<llvm::Value *> vals;
  llvm::Value *srcPtr = nullptr, *num;
  if (e->hasEllipsis && e->args.size() == 2) {
    llvm::Value *src = lowerExpr(e->args[1]);
    srcPtr = b.CreateExtractValue(src, 0);
    num = b.CreateExtractValue(src, 1);
  } else {
    for (size_t i = 1; i < e->args.size(); ++i)
      vals.push_back(lowerExprAs(e->args[i], elem));
    num = b.getInt64(vals.size());
    if (vals.empty())
      return s;
  }

  LocationScope ls(*this, e->loc());
  llvm::Value *ptr = b.CreateExtractValue(s, 0);
  llvm::Value *len = b.CreateExtractValue(s, 1);
  llvm::Value *cap = b.CreateExtractValue(s, 2);
  llvm::Value *newLen = b.CreateAdd(len, num, "newlen");
  llvm::BasicBlock *before = b.GetInsertBlock();
  llvm::BasicBlock *growBB = newBlock("append.grow");
  llvm::BasicBlock *storeBB = newBlock("append.store");
  b.CreateCondBr(b.CreateICmpUGT(newLen, cap), growBB, storeBB,
                 llvm::MDBuilder(ctx).createUnlikelyBranchWeights());
  startBlock(growBB);
  llvm::Value *grown = callRuntime(
      RuntimeFn::growslice, {ptr, newLen, cap, num, m.typeDescriptor(elem)});
  llvm::Value *grownPtr = b.CreateExtractValue(grown, 0);
  llvm::Value *grownCap = b.CreateExtractValue(grown, 1);
  llvm::BasicBlock *growEnd = b.GetInsertBlock();
  b.CreateBr(storeBB);

  startBlock(storeBB);
  llvm::PHINode *newPtr = b.CreatePHI(b.getPtrTy(), 2, "array");
  newPtr->addIncoming(ptr, before);
  newPtr->addIncoming(grownPtr, growEnd);
  llvm::PHINode *newCap = b.CreatePHI(b.getInt64Ty(), 2, "cap");
  newCap->addIncoming(cap, before);
  newCap->addIncoming(grownCap, growEnd);
  llvm::Value *dst = b.CreateInBoundsGEP(elemTy, newPtr, len);
  if (srcPtr) {
    llvm::MaybeAlign align(m.alignOf(elem));
    b.CreateMemMove(dst, align, srcPtr, align,
                    b.CreateMul(num, b.getInt64(elemSize)));
  } else {
    for (size_t i = 0; i < vals.size(); ++i)
      storeValue(vals[i], b.CreateConstInBoundsGEP1_64(elemTy, dst, i), elem);
  }
  return makeSliceValue(newPtr, newLen, newCap);
}

llvm::Value *FuncLowerer::lowerCopy(ast::CallExpr *e) {
  if (e->args.size() != 2) {
    m.error(e->loc(), "copy takes two arguments");
    return b.getInt64(0);
  }
  auto *st = underAs<sema::SliceType>(e->args[0]->type);
  llvm::Value *dst = lowerExpr(e->args[0]);
  llvm::Value *src = lowerExpr(e->args[1]);
  if (!st || !dst || !src)
    return b.getInt64(0);
  LocationScope ls(*this, e->loc());
  llvm::Value *dstLen = b.CreateExtractValue(dst, 1);
  llvm::Value *srcLen = b.CreateExtractValue(src, 1);
  llvm::Value *n = b.CreateSelect(b.CreateICmpSLT(dstLen, srcLen), dstLen,
                                  srcLen, "n");
  llvm::MaybeAlign align(m.alignOf(st->elem));
  b.CreateMemMove(b.CreateExtractValue(dst, 0), align,
                  b.CreateExtractValue(src, 0), align,
                  b.CreateMul(n, b.getInt64(m.sizeOf(st->elem))));
  return n;
}
