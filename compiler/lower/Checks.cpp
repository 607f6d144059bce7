//===- lower/Checks.cpp - run-time checks: bounds, division, shifts -------===//
// Go defines what x86 and LLVM leave undefined, so these operations carry
// checks (each failure is a call of a noreturn, cold runtime function on a
// branch marked unlikely, followed by `unreachable`):
//   s[i]        i <u len, else runtime.panicIndex(i, len) (one unsigned
//               compare also catches a negative i); for an i of unsigned
//               type runtime.panicIndexU, which prints an i of 2^63 or more
//               as the unsigned number it is, not as a negative one (so do
//               the slice bounds checks' U variants, boundsPanic)
//   x / y, x % y    y == 0 calls runtime.panicdivide; for signed x the
//               quotient MinInt / -1 wraps to MinInt and the remainder is 0,
//               where `idiv` would trap: y == -1 divides by 1 and negates
//   x << y, x >> y  a signed y < 0 calls runtime.panicshift; y >= width gives
//               0, or the sign for a signed >> (LLVM's shifts are poison there)
// A constant operand needs no check: a constant divisor is not 0 (sema), a
// constant count is not negative, and IRBuilder folds what remains.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "llvm/IR/MDBuilder.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast;

void FuncLowerer::emitCheck(llvm::Value *failed, RuntimeFn fn,
                            llvm::ArrayRef<llvm::Value *> args) {
  if (auto *c = dyn_cast<llvm::ConstantInt>(failed); c && c->isZero())
    return;
  llvm::BasicBlock *panicBB = newBlock("panic");
  llvm::BasicBlock *okBB = newBlock("ok");
  b.CreateCondBr(failed, panicBB, okBB,
                 llvm::MDBuilder(ctx).createUnlikelyBranchWeights());
  startBlock(panicBB);
  callRuntime(fn, args);
  b.CreateUnreachable();
  startBlock(okBB);
}

llvm::Value *FuncLowerer::toInt64(llvm::Value *v, const sema::Type *t) {
  if (v->getType()->getIntegerBitWidth() == 64)
    return v;
  return isUnsignedType(t) ? b.CreateZExt(v, b.getInt64Ty())
                           : b.CreateSExt(v, b.getInt64Ty());
}

RuntimeFn FuncLowerer::boundsPanic(RuntimeFn fn, const sema::Type *t) {
  if (!t || !isUnsignedType(t))
    return fn;
  switch (fn) {
  case RuntimeFn::panicIndex:
    return RuntimeFn::panicIndexU;
  case RuntimeFn::panicSliceAlen:
    return RuntimeFn::panicSliceAlenU;
  case RuntimeFn::panicSliceAcap:
    return RuntimeFn::panicSliceAcapU;
  case RuntimeFn::panicSliceB:
    return RuntimeFn::panicSliceBU;
  case RuntimeFn::panicSlice3Alen:
    return RuntimeFn::panicSlice3AlenU;
  case RuntimeFn::panicSlice3Acap:
    return RuntimeFn::panicSlice3AcapU;
  case RuntimeFn::panicSlice3B:
    return RuntimeFn::panicSlice3BU;
  case RuntimeFn::panicSlice3C:
    return RuntimeFn::panicSlice3CU;
  default:
    return fn;
  }
}

void FuncLowerer::emitIndexCheck(llvm::Value *i, llvm::Value *len,
                                 const sema::Type *indexType) {
  emitCheck(b.CreateICmpUGE(i, len),
            boundsPanic(RuntimeFn::panicIndex, indexType), {i, len});
}

llvm::Value *FuncLowerer::emitDivide(tok::Kind op, llvm::Value *x,
                                     llvm::Value *y, const sema::Type *t) {
  bool isRem = op == tok::percent;
  llvm::Type *ty = x->getType();
  emitCheck(b.CreateICmpEQ(y, llvm::ConstantInt::get(ty, 0)),
            RuntimeFn::panicdivide, {});
  if (isUnsignedType(t))
    return isRem ? b.CreateURem(x, y) : b.CreateUDiv(x, y);

  // x / -1 is -x (MinInt / -1 wraps to MinInt); x % -1 is 0. Dividing by 1
  // instead gives x and 0, so only the quotient needs the negation.
  auto *c = dyn_cast<llvm::ConstantInt>(y);
  if (c && !c->isMinusOne())
    return isRem ? b.CreateSRem(x, y) : b.CreateSDiv(x, y);
  llvm::Value *isMinusOne = b.CreateICmpEQ(y, llvm::ConstantInt::get(ty, -1));
  llvm::Value *safeY = b.CreateSelect(isMinusOne, llvm::ConstantInt::get(ty, 1), y);
  if (isRem)
    return b.CreateSRem(x, safeY);
  llvm::Value *negated = b.CreateNeg(x);
  llvm::Value *quotient = b.CreateSDiv(x, safeY);
  return b.CreateSelect(isMinusOne, negated, quotient);
}

llvm::Value *FuncLowerer::emitShift(tok::Kind op, llvm::Value *x,
                                    llvm::Value *y, const sema::Type *xt,
                                    const sema::Type *yt) {
  llvm::Type *ty = x->getType();
  unsigned width = ty->getIntegerBitWidth();
  bool arith = op == tok::shr && !isUnsignedType(xt);

  if (auto *c = dyn_cast<llvm::ConstantInt>(y)) {
    if (c->getValue().uge(width))
      return arith ? b.CreateAShr(x, width - 1)
                   : llvm::ConstantInt::get(ty, 0);
    llvm::Value *count = llvm::ConstantInt::get(ty, c->getZExtValue());
    return op == tok::shl ? b.CreateShl(x, count)
                          : arith ? b.CreateAShr(x, count)
                                  : b.CreateLShr(x, count);
  }

  if (!isUnsignedType(yt))
    emitCheck(b.CreateICmpSLT(y, llvm::ConstantInt::get(y->getType(), 0)),
              RuntimeFn::panicshift, {});

  // A count of width or more: every bit is shifted out. (width <= 64 fits
  // even the narrowest count type, uint8.)
  llvm::Value *tooBig =
      b.CreateICmpUGE(y, llvm::ConstantInt::get(y->getType(), width));
  llvm::Value *count = b.CreateZExtOrTrunc(y, ty);
  if (arith) {
    // x >> big fills with the sign, as x >> (width-1) does.
    count = b.CreateSelect(tooBig, llvm::ConstantInt::get(ty, width - 1), count);
    return b.CreateAShr(x, count);
  }
  llvm::Value *shifted =
      op == tok::shl ? b.CreateShl(x, count) : b.CreateLShr(x, count);
  return b.CreateSelect(tooBig, llvm::ConstantInt::get(ty, 0), shifted);
}
