//===- lower/String.cpp - string values and operations --------------------===//
// A string is {ptr, i64}; its bytes are never written after creation.
//   "lit"            {@go.str, 3}: a private unnamed_addr constant, one per
//                    distinct literal; "" is {null, 0}
//   a + b [+ c ...]  one runtime.concatstring2/3 call for the whole chain, or
//                    runtime.concatstrings(parts, n) over a stack array
//   a == b, a != b   lengths first, then runtime.eqstring for equal lengths
//   a < b ...        runtime.cmpstring(a, b) compared with 0
//   s[i]             bounds check, then a byte load
//   s[lo:hi]         with the other slicing (Slice.cpp)
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "llvm/IR/GlobalVariable.h"

using namespace golc;
using namespace golc::lower;

llvm::Constant *ModuleLowerer::stringConstant(llvm::StringRef s) {
  auto it = strings_.find(s);
  if (it != strings_.end())
    return it->second;
  auto *i64 = llvm::Type::getInt64Ty(ctx);
  llvm::Constant *result;
  if (s.empty()) {
    result = llvm::Constant::getNullValue(stringType());
  } else {
    llvm::Constant *bytes =
        llvm::ConstantDataArray::getString(ctx, s, /*AddNull=*/false);
    auto *gv = new llvm::GlobalVariable(*mod, bytes->getType(), true,
                                        llvm::GlobalValue::PrivateLinkage,
                                        bytes, "go.str");
    gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    gv->setAlignment(llvm::Align(1));
    result = llvm::ConstantStruct::get(
        stringType(), {gv, llvm::ConstantInt::get(i64, s.size())});
  }
  strings_[s] = result;
  return result;
}

llvm::Value *FuncLowerer::emitConcat(llvm::ArrayRef<llvm::Value *> parts) {
  switch (parts.size()) {
  case 0:
    return m.stringConstant("");
  case 1:
    return parts[0];
  case 2:
    return callRuntime(RuntimeFn::concatstring2, parts);
  case 3:
    return callRuntime(RuntimeFn::concatstring3, parts);
  default:
    break;
  }
  auto *arrTy = llvm::ArrayType::get(m.stringType(), parts.size());
  llvm::AllocaInst *arr = createAlloca(arrTy, "concat.parts");
  for (size_t i = 0; i < parts.size(); ++i)
    b.CreateStore(parts[i], b.CreateConstInBoundsGEP2_64(arrTy, arr, 0, i));
  return callRuntime(RuntimeFn::concatstrings,
                     {arr, b.getInt64(parts.size())});
}

/// The operands of a chain of non-constant string `+`, left to right.
static void collectConcatOperands(ast::Expr *e, std::vector<ast::Expr *> &out) {
  auto *be = llvm::dyn_cast<ast::BinaryExpr>(ast::unparen(e));
  if (be && be->op == tok::plus && be->mode != ast::ExprMode::Constant &&
      isStringType(be->type)) {
    collectConcatOperands(be->x, out);
    collectConcatOperands(be->y, out);
    return;
  }
  out.push_back(e);
}

llvm::Value *FuncLowerer::lowerConcat(ast::BinaryExpr *e) {
  std::vector<ast::Expr *> operands;
  collectConcatOperands(e, operands);
  std::vector<llvm::Value *> parts;
  for (ast::Expr *op : operands)
    if (llvm::Value *v = lowerExpr(op))
      parts.push_back(v);
  LocationScope ls(*this, e->opLoc);
  return emitConcat(parts);
}

llvm::Value *FuncLowerer::emitStringCompare(tok::Kind op, llvm::Value *x,
                                            llvm::Value *y) {
  if (op == tok::eql || op == tok::neq) {
    llvm::BasicBlock *lenBB = b.GetInsertBlock();
    llvm::BasicBlock *cmpBB = newBlock("streq.bytes");
    llvm::BasicBlock *endBB = newBlock("streq.end");
    llvm::Value *xLen = b.CreateExtractValue(x, 1);
    llvm::Value *yLen = b.CreateExtractValue(y, 1);
    llvm::Value *sameLen = b.CreateICmpEQ(xLen, yLen);
    b.CreateCondBr(sameLen, cmpBB, endBB);
    startBlock(cmpBB);
    llvm::Value *eq = callRuntime(RuntimeFn::eqstring, {x, y});
    b.CreateBr(endBB);
    startBlock(endBB);
    llvm::PHINode *phi = b.CreatePHI(b.getInt1Ty(), 2);
    phi->addIncoming(b.getFalse(), lenBB);
    phi->addIncoming(eq, cmpBB);
    return op == tok::eql ? static_cast<llvm::Value *>(phi) : b.CreateNot(phi);
  }
  llvm::Value *c = callRuntime(RuntimeFn::cmpstring, {x, y});
  llvm::Value *zero = b.getInt64(0);
  switch (op) {
  case tok::lss:
    return b.CreateICmpSLT(c, zero);
  case tok::leq:
    return b.CreateICmpSLE(c, zero);
  case tok::gtr:
    return b.CreateICmpSGT(c, zero);
  default:
    return b.CreateICmpSGE(c, zero);
  }
}

llvm::Value *FuncLowerer::lowerStringIndex(llvm::Value *s, ast::Expr *index) {
  llvm::Value *i = lowerExpr(index);
  if (!i)
    return llvm::PoisonValue::get(b.getInt8Ty());
  i = toInt64(i, index->type);
  emitIndexCheck(i, b.CreateExtractValue(s, 1), index->type);
  llvm::Value *bytes = b.CreateExtractValue(s, 0);
  llvm::Value *p = b.CreateInBoundsGEP(b.getInt8Ty(), bytes, i);
  return b.CreateLoad(b.getInt8Ty(), p);
}
