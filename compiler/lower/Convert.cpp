//===- lower/Convert.cpp - conversions T(x) -------------------------------===//
// A conversion changes the representation only where the LLVM types differ:
//   integer -> integer   trunc, or sext/zext by the source's signedness
//   integer -> float     sitofp / uitofp (correctly rounded, as gc)
//   float -> float       fpext / fptrunc
//   float -> integer     truncation toward zero with amd64 gc's results for
//                        values out of range: CVTTSD2SI (x86's intrinsic, which
//                        gives MinInt of its width) to int32 for the types of
//                        32 bits or less except uint32, to int64 for the rest,
//                        then truncated; uint64 takes the 2^63 detour gc takes.
//                        (LLVM's fptosi would be poison there.)
//   integer -> string    runtime.intstring(int64): the rune's UTF-8, or U+FFFD
//   []byte <-> string    runtime.slicebytetostring(ptr, len) /
//                        runtime.stringtoslicebyte(s) -> {array, cap}
//   []rune <-> string    runtime.slicerunetostring(ptr, len) /
//                        runtime.stringtoslicerune(s) -> {array, cap}
//                        (len = cap = the rune count)
//   T -> interface       boxing with type.T or go.itab.T,I (Iface.cpp)
//   I -> interface{}     the itab's type word, same data
//   I1 -> I2             runtime.getitab(I2, dynamic type) (nil stays nil)
//   nil -> T             T's zero value
//   anything else with the same underlying type: the value itself.
// Conversions of constants never get here: sema folded them.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "llvm/IR/IntrinsicsX86.h"

using namespace golc;
using namespace golc::lower;

llvm::Value *FuncLowerer::lowerConversion(ast::CallExpr *e) {
  if (e->args.size() != 1) {
    m.error(e->loc(), "conversion takes one argument");
    return llvm::PoisonValue::get(m.llvmType(e->type));
  }
  ast::Expr *x = e->args[0];
  llvm::Value *v = lowerExpr(x);
  if (!v)
    return llvm::PoisonValue::get(m.llvmType(e->type));
  return convertValue(v, x->type, e->type, e->loc());
}

/// x86's truncating conversion of a float or double to i32 or i64
/// (cvttss2si, cvttsd2si): out-of-range values give MinInt of the width.
static llvm::Value *emitCvtt(llvm::IRBuilder<> &b, llvm::Value *v, bool to64) {
  bool isDouble = v->getType()->isDoubleTy();
  llvm::Intrinsic::ID id =
      isDouble ? (to64 ? llvm::Intrinsic::x86_sse2_cvttsd2si64
                       : llvm::Intrinsic::x86_sse2_cvttsd2si)
               : (to64 ? llvm::Intrinsic::x86_sse_cvttss2si64
                       : llvm::Intrinsic::x86_sse_cvttss2si);
  auto *vecTy = llvm::FixedVectorType::get(v->getType(), isDouble ? 2 : 4);
  llvm::Value *vec = b.CreateInsertElement(llvm::PoisonValue::get(vecTy), v,
                                           uint64_t(0));
  return b.CreateIntrinsic(id, {}, {vec});
}

static llvm::Value *floatToInt(llvm::IRBuilder<> &b, llvm::Value *v,
                               llvm::Type *to, bool toUnsigned) {
  unsigned bits = to->getIntegerBitWidth();
  if (bits < 32 || (bits == 32 && !toUnsigned))
    return b.CreateTrunc(emitCvtt(b, v, false), to);
  if (bits == 32 || !toUnsigned)
    return b.CreateTrunc(emitCvtt(b, v, true), to);
  // uint64: below 2^63 the signed conversion is exact; above, convert
  // x - 2^63 and set the top bit.
  llvm::Value *cutoff = llvm::ConstantFP::get(v->getType(), 9223372036854775808.0);
  llvm::Value *small = b.CreateFCmpOLT(v, cutoff);
  llvm::Value *low = emitCvtt(b, v, true);
  llvm::Value *high = b.CreateOr(emitCvtt(b, b.CreateFSub(v, cutoff), true),
                                 b.getInt64(uint64_t(1) << 63));
  return b.CreateSelect(small, low, high);
}

llvm::Value *FuncLowerer::convertValue(llvm::Value *v, const sema::Type *from,
                                       const sema::Type *to, SourceLoc loc) {
  if (!from || !to || from == to)
    return v;
  if (isNilType(from))
    return m.zeroValue(to);
  if (isInterfaceType(to)) {
    if (!isInterfaceType(from))
      return emitToIface(v, from, to);
    if (isEmptyInterface(to)) {
      if (isEmptyInterface(from))
        return v;
      return b.CreateInsertValue(v, ifaceTypeWord(v, from), 0);
    }
    if (sema::identical(from->underlying(), to->underlying()))
      return v;
    // I1 to I2: the itab of the dynamic type for I2 (nil stays nil).
    llvm::Value *dyn = ifaceTypeWord(v, from);
    llvm::Value *null = llvm::ConstantPointerNull::get(b.getPtrTy());
    llvm::BasicBlock *before = b.GetInsertBlock();
    llvm::BasicBlock *lookBB = newBlock("convI2I.itab");
    llvm::BasicBlock *endBB = newBlock("convI2I.end");
    b.CreateCondBr(b.CreateICmpEQ(dyn, null), endBB, lookBB);
    startBlock(lookBB);
    llvm::Value *itab = callRuntime(RuntimeFn::getitab,
                                    {m.typeDescriptor(to), dyn, b.getFalse()});
    llvm::BasicBlock *lookEnd = b.GetInsertBlock();
    b.CreateBr(endBB);
    startBlock(endBB);
    llvm::PHINode *phi = b.CreatePHI(b.getPtrTy(), 2, "itab");
    phi->addIncoming(null, before);
    phi->addIncoming(itab, lookEnd);
    return b.CreateInsertValue(v, phi, 0);
  }
  llvm::Type *toTy = m.llvmType(to);
  llvm::Type *fromTy = v->getType();
  // Strings and byte or rune slices.
  auto *toSlice = underAs<sema::SliceType>(to);
  auto *fromSlice = underAs<sema::SliceType>(from);
  if (isStringType(to) && fromSlice) {
    bool runes = basicUnder(fromSlice->elem) &&
                 basicUnder(fromSlice->elem)->bkind == sema::BasicType::Int32;
    return callRuntime(runes ? RuntimeFn::slicerunetostring
                             : RuntimeFn::slicebytetostring,
                       {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
  }
  if (isStringType(from) && toSlice) {
    bool runes = basicUnder(toSlice->elem) &&
                 basicUnder(toSlice->elem)->bkind == sema::BasicType::Int32;
    llvm::Value *r = callRuntime(runes ? RuntimeFn::stringtoslicerune
                                       : RuntimeFn::stringtoslicebyte,
                                 {v});
    llvm::Value *cap = b.CreateExtractValue(r, 1);
    return makeSliceValue(b.CreateExtractValue(r, 0),
                          runes ? cap : b.CreateExtractValue(v, 1), cap);
  }
  if (isIntegerType(from) && isIntegerType(to))
    return b.CreateIntCast(v, toTy, !isUnsignedType(from));
  if (isIntegerType(from) && isFloatType(to))
    return isUnsignedType(from) ? b.CreateUIToFP(v, toTy)
                                : b.CreateSIToFP(v, toTy);
  if (isFloatType(from) && isFloatType(to))
    return b.CreateFPCast(v, toTy);
  if (isFloatType(from) && isIntegerType(to))
    return floatToInt(b, v, toTy, isUnsignedType(to));
  if (isIntegerType(from) && isStringType(to))
    return callRuntime(RuntimeFn::intstring, {toInt64(v, from)});
  if (fromTy == toTy)
    return v; // same representation: string to string, bool to bool, ...
  m.error(loc, "conversion from " + m.typeString(from) + " to " +
                   m.typeString(to) + " is not lowered yet");
  return llvm::PoisonValue::get(toTy);
}
