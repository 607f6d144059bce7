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
//   x == y of other types      pointers, maps, chans, funcs: icmp of the
//                              pointers; structs and arrays field by field
//                              (small ones inline, else type..eq.T);
//                              interfaces: same dynamic type, then its
//                              equality (Iface.cpp); x == nil tests the
//                              pointer word (a slice's array, an interface's
//                              type)
//   &x, *p, x.f, a[i], s[lo:hi], T{...}, func(){...}, x.(T)
//                              their own files: Addr.cpp, Struct.cpp,
//                              Index.cpp, Slice.cpp, Composite.cpp,
//                              Closure.cpp, Iface.cpp
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

bool lower::isNilExpr(ast::Expr *e) {
  e = ast::unparen(e);
  if (auto *conv = dyn_cast<ast::ImplicitConvExpr>(e))
    e = ast::unparen(conv->x);
  if (auto *id = dyn_cast<ast::IdentExpr>(e))
    if (id->obj && llvm::isa<sema::Nil>(id->obj))
      return true;
  return isNilType(e->type);
}

/// Whether a value of a nillable type is nil: its first word (the pointer,
/// a slice's array, an interface's type or itab) is null.
static llvm::Value *emitIsNil(llvm::IRBuilder<> &b, llvm::Value *v) {
  if (v->getType()->isStructTy())
    v = b.CreateExtractValue(v, 0);
  return b.CreateICmpEQ(v, llvm::ConstantPointerNull::get(b.getPtrTy()));
}

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
  case ast::Node::SelectorExprKind:
    return lowerSelector(cast<ast::SelectorExpr>(e));
  case ast::Node::StarExprKind:
    return lowerStar(cast<ast::StarExpr>(e));
  case ast::Node::CompositeLitExprKind:
    return lowerCompositeLit(cast<ast::CompositeLitExpr>(e));
  case ast::Node::FuncLitExprKind:
    return lowerFuncLit(cast<ast::FuncLitExpr>(e));
  case ast::Node::TypeAssertExprKind:
    return lowerTypeAssert(cast<ast::TypeAssertExpr>(e));
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

llvm::Value *FuncLowerer::lowerExprAs(ast::Expr *e, const sema::Type *t) {
  llvm::Value *v = lowerExpr(e);
  if (!v)
    return llvm::PoisonValue::get(m.llvmType(t));
  return convertValue(v, e->type, t, e->loc());
}

llvm::Value *FuncLowerer::lowerIdent(ast::IdentExpr *e) {
  sema::Object *obj = e->obj;
  if (auto *v = dyn_cast_or_null<sema::Var>(obj))
    return loadValue(varAddr(v, e->loc()), v->type);
  if (obj && llvm::isa<sema::Nil>(obj))
    return m.zeroValue(e->type);
  if (auto *c = dyn_cast_or_null<sema::Const>(obj))
    return m.constant(c->value, e->type);
  if (auto *f = dyn_cast_or_null<sema::Func>(obj))
    return m.funcValue(m.function(f));
  m.error(e->loc(), "use of " + e->name + " as a value is not lowered yet");
  return llvm::PoisonValue::get(m.llvmType(e->type));
}

llvm::Value *FuncLowerer::lowerUnary(ast::UnaryExpr *e) {
  if (e->op == tok::amp)
    return lowerAddrOf(e);
  if (e->op == tok::arrow)
    return lowerRecv(e, /*commaOk=*/false).first;
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

  if (isComparison(e->op) && (isNilExpr(e->x) || isNilExpr(e->y))) {
    // x == nil: the pointer word of x.
    ast::Expr *other = isNilExpr(e->x) ? e->y : e->x;
    llvm::Value *v = lowerExpr(other);
    if (!v)
      return llvm::PoisonValue::get(m.llvmType(e->type));
    LocationScope ls(*this, e->opLoc);
    llvm::Value *isNil = emitIsNil(b, v);
    return e->op == tok::eql ? isNil : b.CreateNot(isNil);
  }
  llvm::Value *x = lowerExpr(e->x);
  llvm::Value *y = lowerExpr(e->y);
  if (!x || !y)
    return llvm::PoisonValue::get(m.llvmType(e->type));
  LocationScope ls(*this, e->opLoc);
  if (isComparison(e->op)) {
    // The operands have one type (an untyped side took the other's), or
    // one is an interface the other's type implements.
    const sema::Type *t = e->x->type;
    if (auto *bt = basicUnder(t); bt && bt->isUntyped())
      t = e->y->type;
    if (isInterfaceType(e->x->type) && !isInterfaceType(e->y->type)) {
      y = convertValue(y, e->y->type, e->x->type, e->loc());
      t = e->x->type;
    } else if (isInterfaceType(e->y->type) && !isInterfaceType(e->x->type)) {
      x = convertValue(x, e->x->type, e->y->type, e->loc());
      t = e->y->type;
    }
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
  if ((op == tok::eql || op == tok::neq) && x->getType()->isAggregateType()) {
    llvm::Value *eq = emitEqual(x, y, t);
    return op == tok::eql ? eq : b.CreateNot(eq);
  }
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

/// The number of scalar comparisons inline == of a t would take; structs
/// and arrays beyond a few call type..eq.T instead.
static unsigned compareCost(const sema::Type *t) {
  const sema::Type *u = t->underlying();
  if (auto *st = dyn_cast<sema::StructType>(u)) {
    unsigned n = 0;
    for (const sema::StructField &f : st->fields)
      n += compareCost(f.type);
    return n;
  }
  if (auto *at = dyn_cast<sema::ArrayType>(u))
    return at->len * compareCost(at->elem);
  return 1;
}

llvm::Value *FuncLowerer::emitEqual(llvm::Value *x, llvm::Value *y,
                                    const sema::Type *t) {
  const sema::Type *u = t->underlying();
  if (isStringType(u))
    return emitStringCompare(tok::eql, x, y);
  if (isInterfaceType(u))
    return emitIfaceEqual(x, y, t);
  auto *st = dyn_cast<sema::StructType>(u);
  auto *at = dyn_cast<sema::ArrayType>(u);
  if (st || at) {
    if (compareCost(t) > 4) {
      llvm::Value *p = spill(x, t), *q = spill(y, t);
      return emitEqualInMemory(p, q, t);
    }
    llvm::Value *result = b.getTrue();
    size_t n = st ? st->fields.size() : at->len;
    for (size_t i = 0; i < n; ++i) {
      const sema::Type *ft = st ? st->fields[i].type : at->elem;
      if (st && st->fields[i].name == "_")
        continue;
      llvm::Value *xf = b.CreateExtractValue(x, i);
      llvm::Value *yf = b.CreateExtractValue(y, i);
      if (isBoolType(ft)) {
        xf = b.CreateTrunc(xf, b.getInt1Ty());
        yf = b.CreateTrunc(yf, b.getInt1Ty());
      }
      result = b.CreateAnd(result, emitEqual(xf, yf, ft));
    }
    return result;
  }
  if (isFloatType(u))
    return b.CreateFCmpOEQ(x, y);
  return b.CreateICmpEQ(x, y);
}
