//===- lower/Range.cpp - for range loops ----------------------------------===//
// `for i, r := range s` over a string evaluates s once and walks its bytes
// with a hidden index, decoding one rune per iteration:
//   range.cond:  i < len(s) ? range.body : range.end
//   range.body:  c := s[i]; c < 0x80 ? range.ascii : range.multi  (likely)
//   range.ascii: r = c, next = i + 1               (the inline fast path)
//   range.multi: r, next = runtime.decoderune(s, i) (invalid UTF-8 gives
//                U+FFFD and advances one byte)
//   then next is stored as the hidden index, i and r are assigned, the body
//   runs, and continue goes back to range.cond.
// With := the iteration variables are declared once for the whole loop (Go
// 1.19's semantics); with = they are assigned on each iteration.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"
#include "llvm/IR/MDBuilder.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

void FuncLowerer::lowerRange(ast::RangeStmt *s) {
  hoistOperands(s->x);
  llvm::Value *x = lowerExpr(s->x);
  if (x && isStringType(s->x->type)) {
    pushScope(s->loc());
    lowerRangeString(s, x);
    popScope();
    return;
  }
  m.error(s->loc(), "range over " + m.typeString(s->x->type) +
                        " is not lowered yet");
}

/// The place an iteration value goes: a variable := declares (declared
/// here, once), or null to evaluate the = place on each iteration.
static sema::Var *definedVar(ast::RangeStmt *s, ast::Expr *e) {
  if (!e || s->op != tok::define)
    return nullptr;
  auto *id = dyn_cast<ast::IdentExpr>(ast::unparen(e));
  if (!id || id->isBlank())
    return nullptr;
  return dyn_cast_or_null<sema::Var>(id->obj);
}

void FuncLowerer::lowerRangeString(ast::RangeStmt *s, llvm::Value *str) {
  sema::TypeContext &tc = m.sctx.types;
  const sema::Type *intTy = tc.intType();
  const sema::Type *runeTy = tc.basic(sema::BasicType::Int32);

  // The iteration variables of := live across the loop.
  LValue keyPlace, valPlace;
  if (sema::Var *v = definedVar(s, s->key))
    keyPlace = {declareVar(v, s->key->loc()), v->type};
  if (sema::Var *v = definedVar(s, s->val))
    valPlace = {declareVar(v, s->val->loc()), v->type};

  llvm::Value *len = b.CreateExtractValue(str, 1);
  llvm::Value *bytes = b.CreateExtractValue(str, 0);
  llvm::AllocaInst *index = createAlloca(b.getInt64Ty(), "range.index");
  b.CreateStore(b.getInt64(0), index);

  llvm::BasicBlock *condBB = newBlock("range.cond");
  llvm::BasicBlock *bodyBB = newBlock("range.body");
  llvm::BasicBlock *asciiBB = newBlock("range.ascii");
  llvm::BasicBlock *multiBB = newBlock("range.multi");
  llvm::BasicBlock *nextBB = newBlock("range.next");
  llvm::BasicBlock *endBB = newBlock("range.end");
  branchTargets_[s] = {endBB, condBB};

  b.CreateBr(condBB);
  startBlock(condBB);
  llvm::Value *i = b.CreateLoad(b.getInt64Ty(), index, "i");
  b.CreateCondBr(b.CreateICmpSLT(i, len), bodyBB, endBB);

  startBlock(bodyBB);
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

  if (s->key && !keyPlace.addr)
    keyPlace = lowerLValue(s->key);
  assign(keyPlace, i, intTy);
  if (s->val && !valPlace.addr)
    valPlace = lowerLValue(s->val);
  assign(valPlace, rune, runeTy);

  lowerBlock(s->body);
  branchTo(condBB);
  startBlock(endBB);
}
