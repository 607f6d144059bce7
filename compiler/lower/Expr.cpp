//===- lower/Expr.cpp - operands and operators ----------------------------===//
// An expression becomes the LLVM value of its result:
//   a constant (Expr::value)   the value itself, never recomputed
//   a variable                 load from its slot or global (bool: i8 -> i1)
//   -x ^x !x                   sub 0 / fneg, xor -1, xor true
//   x + y ... &^               add sub mul and or xor, and (x, not y); fadd ...
//                              integers wrap: no nsw/nuw flags
//   x / y, x % y, x << y       with Go's checks (Checks.cpp)
//   x == y, x < y ...          icmp (signed or unsigned), fcmp (ordered, but
//                              != is unordered so NaN != NaN), strings in
//                              String.cpp
//   x && y, x || y             short-circuit: a branch and an i1 phi
//   s[i], s[lo:hi]             strings (String.cpp)
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

static bool isComparison(tok::Kind op) {
  return op == tok::eql || op == tok::neq || op == tok::lss ||
         op == tok::leq || op == tok::gtr || op == tok::geq;
}

llvm::Value *FuncLowerer::lowerExpr(ast::Expr *e) {
  if (!e)
    return nullptr;
  if (e->mode == ast::ExprMode::Constant && e->value)
    return m.constant(*e->value, e->type);
  auto hoisted = hoisted_.find(e);
  if (hoisted != hoisted_.end()) {
    llvm::Value *v = hoisted->second;
    hoisted_.erase(hoisted);
    return v;
  }

  LocationScope ls(*this, e->loc());
  switch (e->kind()) {
  case ast::Node::ParenExprKind:
    return lowerExpr(cast<ast::ParenExpr>(e)->x);
  case ast::Node::IdentExprKind:
    return lowerIdent(cast<ast::IdentExpr>(e));
  case ast::Node::UnaryExprKind:
    return lowerUnary(cast<ast::UnaryExpr>(e));
  case ast::Node::BinaryExprKind:
    return lowerBinary(cast<ast::BinaryExpr>(e));
  case ast::Node::CallExprKind:
    return lowerCall(cast<ast::CallExpr>(e));
  case ast::Node::IndexExprKind:
    return lowerIndex(cast<ast::IndexExpr>(e));
  case ast::Node::SliceExprKind:
    return lowerSlice(cast<ast::SliceExpr>(e));
  case ast::Node::ImplicitConvExprKind: {
    ast::Expr *x = cast<ast::ImplicitConvExpr>(e)->x;
    llvm::Value *v = lowerExpr(x);
    return v ? convertValue(v, x->type, e->type, e->loc()) : nullptr;
  }
  default:
    break;
  }
  m.error(e->loc(), "this expression is not lowered yet");
  return llvm::PoisonValue::get(m.llvmType(e->type));
}

llvm::Value *FuncLowerer::lowerIdent(ast::IdentExpr *e) {
  sema::Object *obj = e->obj;
  if (auto *v = dyn_cast_or_null<sema::Var>(obj))
    return loadValue(varAddr(v, e->loc()), v->type);
  if (obj && llvm::isa<sema::Nil>(obj))
    return m.zeroValue(e->type);
  if (auto *c = dyn_cast_or_null<sema::Const>(obj))
    return m.constant(c->value, e->type);
  m.error(e->loc(), "use of " + e->name + " as a value is not lowered yet");
  return llvm::PoisonValue::get(m.llvmType(e->type));
}

llvm::Value *FuncLowerer::lowerUnary(ast::UnaryExpr *e) {
  llvm::Value *x = lowerExpr(e->x);
  if (!x)
    return nullptr;
  switch (e->op) {
  case tok::plus:
    return x;
  case tok::minus:
    return x->getType()->isFloatingPointTy() ? b.CreateFNeg(x) : b.CreateNeg(x);
  case tok::caret:
  case tok::not_:
    return b.CreateNot(x);
  default:
    m.error(e->loc(), "unary " + tok::spelling(e->op) + " is not lowered yet");
    return llvm::PoisonValue::get(m.llvmType(e->type));
  }
}

llvm::Value *FuncLowerer::lowerBinary(ast::BinaryExpr *e) {
  if (e->op == tok::and_and || e->op == tok::or_or)
    return lowerLogical(e);
  if (e->op == tok::plus && isStringType(e->type))
    return lowerConcat(e);

  llvm::Value *x = lowerExpr(e->x);
  llvm::Value *y = lowerExpr(e->y);
  if (!x || !y)
    return llvm::PoisonValue::get(m.llvmType(e->type));
  LocationScope ls(*this, e->opLoc);
  if (isComparison(e->op)) {
    // The operands have one type; an untyped side took the other's.
    const sema::Type *t = e->x->type;
    if (auto *bt = basicUnder(t); bt && bt->isUntyped())
      t = e->y->type;
    return emitCompare(e->op, x, y, t);
  }
  return emitBinaryOp(e->op, x, y, e->type, e->y->type);
}

llvm::Value *FuncLowerer::lowerLogical(ast::BinaryExpr *e) {
  bool isAnd = e->op == tok::and_and;
  hoistOperands(e->x);
  llvm::Value *x = lowerExpr(e->x);
  if (!x)
    x = b.getFalse();
  llvm::BasicBlock *lhsEnd = b.GetInsertBlock();
  llvm::BasicBlock *rhsBB = newBlock(isAnd ? "land.rhs" : "lor.rhs");
  llvm::BasicBlock *endBB = newBlock(isAnd ? "land.end" : "lor.end");
  if (isAnd)
    b.CreateCondBr(x, rhsBB, endBB);
  else
    b.CreateCondBr(x, endBB, rhsBB);

  startBlock(rhsBB);
  hoistOperands(e->y);
  llvm::Value *y = lowerExpr(e->y);
  if (!y)
    y = b.getFalse();
  llvm::BasicBlock *rhsEnd = b.GetInsertBlock();
  b.CreateBr(endBB);

  startBlock(endBB);
  llvm::PHINode *phi = b.CreatePHI(b.getInt1Ty(), 2);
  phi->addIncoming(isAnd ? b.getFalse() : b.getTrue(), lhsEnd);
  phi->addIncoming(y, rhsEnd);
  return phi;
}

llvm::Value *FuncLowerer::emitBinaryOp(tok::Kind op, llvm::Value *x,
                                       llvm::Value *y, const sema::Type *t,
                                       const sema::Type *yt) {
  if (op == tok::shl || op == tok::shr)
    return emitShift(op, x, y, t, yt);
  return emitArith(op, x, y, t);
}

llvm::Value *FuncLowerer::emitArith(tok::Kind op, llvm::Value *x,
                                    llvm::Value *y, const sema::Type *t) {
  if (isStringType(t) && op == tok::plus)
    return emitConcat({x, y});
  if (isFloatType(t)) {
    switch (op) {
    case tok::plus:
      return b.CreateFAdd(x, y);
    case tok::minus:
      return b.CreateFSub(x, y);
    case tok::star:
      return b.CreateFMul(x, y);
    case tok::slash:
      return b.CreateFDiv(x, y);
    default:
      break;
    }
  } else if (isIntegerType(t)) {
    switch (op) {
    case tok::plus:
      return b.CreateAdd(x, y);
    case tok::minus:
      return b.CreateSub(x, y);
    case tok::star:
      return b.CreateMul(x, y);
    case tok::slash:
    case tok::percent:
      return emitDivide(op, x, y, t);
    case tok::amp:
      return b.CreateAnd(x, y);
    case tok::pipe:
      return b.CreateOr(x, y);
    case tok::caret:
      return b.CreateXor(x, y);
    case tok::amp_caret:
      return b.CreateAnd(x, b.CreateNot(y));
    default:
      break;
    }
  }
  m.error(loc_, "operator " + tok::spelling(op) + " on " + m.typeString(t) +
                    " is not lowered yet");
  return llvm::PoisonValue::get(x->getType());
}

llvm::Value *FuncLowerer::emitCompare(tok::Kind op, llvm::Value *x,
                                      llvm::Value *y, const sema::Type *t) {
  if (isStringType(t))
    return emitStringCompare(op, x, y);
  if (isFloatType(t)) {
    llvm::CmpInst::Predicate pred;
    switch (op) {
    case tok::eql: pred = llvm::CmpInst::FCMP_OEQ; break;
    case tok::neq: pred = llvm::CmpInst::FCMP_UNE; break;
    case tok::lss: pred = llvm::CmpInst::FCMP_OLT; break;
    case tok::leq: pred = llvm::CmpInst::FCMP_OLE; break;
    case tok::gtr: pred = llvm::CmpInst::FCMP_OGT; break;
    default:       pred = llvm::CmpInst::FCMP_OGE; break;
    }
    return b.CreateFCmp(pred, x, y);
  }
  if (x->getType()->isIntegerTy() || x->getType()->isPointerTy()) {
    bool isSigned = isIntegerType(t) && !isUnsignedType(t);
    llvm::CmpInst::Predicate pred;
    switch (op) {
    case tok::eql: pred = llvm::CmpInst::ICMP_EQ; break;
    case tok::neq: pred = llvm::CmpInst::ICMP_NE; break;
    case tok::lss: pred = isSigned ? llvm::CmpInst::ICMP_SLT : llvm::CmpInst::ICMP_ULT; break;
    case tok::leq: pred = isSigned ? llvm::CmpInst::ICMP_SLE : llvm::CmpInst::ICMP_ULE; break;
    case tok::gtr: pred = isSigned ? llvm::CmpInst::ICMP_SGT : llvm::CmpInst::ICMP_UGT; break;
    default:       pred = isSigned ? llvm::CmpInst::ICMP_SGE : llvm::CmpInst::ICMP_UGE; break;
    }
    return b.CreateICmp(pred, x, y);
  }
  m.error(loc_, "comparison of " + m.typeString(t) + " values is not lowered yet");
  return b.getFalse();
}

llvm::Value *FuncLowerer::lowerIndex(ast::IndexExpr *e) {
  if (isStringType(e->x->type) && e->indices.size() == 1) {
    llvm::Value *s = lowerExpr(e->x);
    return lowerStringIndex(s, e->indices[0]);
  }
  m.error(e->loc(), "indexing " + m.typeString(e->x->type) +
                        " is not lowered yet");
  return llvm::PoisonValue::get(m.llvmType(e->type));
}

llvm::Value *FuncLowerer::lowerSlice(ast::SliceExpr *e) {
  if (isStringType(e->x->type) && !e->slice3) {
    llvm::Value *s = lowerExpr(e->x);
    return lowerStringSlice(s, e);
  }
  m.error(e->loc(), "slicing " + m.typeString(e->x->type) +
                        " is not lowered yet");
  return llvm::PoisonValue::get(m.llvmType(e->type));
}
