//===- lower/Const.cpp - constants and zero values ------------------------===//
// Sema has already evaluated every constant expression exactly (Expr::value);
// lowering never re-evaluates one, it only materialises the value in the
// expression's final type: integers wrapped to the type's width (sema has
// checked they fit), floats rounded to float/double, strings as
// stringConstant, booleans as i1. A zero value is LLVM's null value of the
// register form: 0, 0.0, false, {null, 0}, zeroinitializer.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Constant.h"

using namespace golc;
using namespace golc::lower;
using sema::BasicType;

llvm::Constant *ModuleLowerer::constant(const sema::Constant &c,
                                        const sema::Type *t) {
  const BasicType *bt = basicUnder(t);
  llvm::Type *ty = llvmType(t);
  if (!bt || !c.isValid()) {
    // Constants only have basic types; sema reports anything else.
    return llvm::Constant::getNullValue(ty);
  }
  if (bt->bkind == BasicType::UntypedNil)
    return llvm::Constant::getNullValue(ty);
  if (isBoolType(t))
    return llvm::ConstantInt::getBool(ctx, c.kind() == sema::Constant::Bool &&
                                               c.boolVal());
  if (isStringType(t))
    return stringConstant(c.kind() == sema::Constant::String ? c.stringVal()
                                                             : "");
  if (isIntegerType(t)) {
    if (c.kind() != sema::Constant::Int && c.kind() != sema::Constant::Float)
      return llvm::Constant::getNullValue(ty);
    llvm::APSInt v = c.intVal();
    return llvm::ConstantInt::get(ty, v.extOrTrunc(ty->getIntegerBitWidth()));
  }
  if (isFloatType(t)) {
    if (c.kind() != sema::Constant::Int && c.kind() != sema::Constant::Float)
      return llvm::Constant::getNullValue(ty);
    return llvm::ConstantFP::get(ty, c.toDouble());
  }
  return llvm::Constant::getNullValue(ty);
}

llvm::Constant *ModuleLowerer::zeroValue(const sema::Type *t) {
  return llvm::Constant::getNullValue(llvmType(t));
}
