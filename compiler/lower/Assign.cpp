//===- lower/Assign.cpp - assignments, declarations, ++ and -- ------------===//
// `a, b = x, y` runs in Go's two phases: first the places on the left (the
// operands of their index expressions and indirections) and the values on
// the right are evaluated left to right, then the stores happen left to
// right; so `a, b = b, a` swaps. `a, b = f()` stores the call's results.
// `x := v` declares x (a fresh entry-block slot) after evaluating v, so the
// v in `x := x + 1` is the outer x; a variable redeclared by := is only
// assigned. `var a, b = x, y` declares and assigns a, then b (so, as in gc,
// x is read before any call in y runs); without values the variables start
// at their zero values. `x op= y` evaluates x's place once: load, operate,
// store; and x++ is x += 1. A blank `_` evaluates its value and drops it.
// Each statement first evaluates its calls (Order.cpp).
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

/// The binary operator of an op= token (+= is +).
static tok::Kind binaryOpOf(tok::Kind assignOp) {
  switch (assignOp) {
  case tok::plus_assign:
    return tok::plus;
  case tok::minus_assign:
    return tok::minus;
  case tok::star_assign:
    return tok::star;
  case tok::slash_assign:
    return tok::slash;
  case tok::percent_assign:
    return tok::percent;
  case tok::amp_assign:
    return tok::amp;
  case tok::pipe_assign:
    return tok::pipe;
  case tok::caret_assign:
    return tok::caret;
  case tok::shl_assign:
    return tok::shl;
  case tok::shr_assign:
    return tok::shr;
  case tok::amp_caret_assign:
    return tok::amp_caret;
  default:
    return tok::illegal;
  }
}

LValue FuncLowerer::lowerLValue(ast::Expr *e) {
  e = ast::unparen(e);
  LValue lv;
  if (auto *id = dyn_cast<ast::IdentExpr>(e)) {
    if (id->isBlank())
      return lv;
    if (auto *v = dyn_cast_or_null<sema::Var>(id->obj)) {
      lv.addr = varAddr(v, id->loc());
      lv.type = v->type;
      return lv;
    }
  }
  m.error(e->loc(), "assignment to this expression is not lowered yet");
  return lv;
}

void FuncLowerer::assign(const LValue &lv, llvm::Value *v,
                         const sema::Type *vType) {
  if (lv.isBlank() || !v)
    return;
  storeValue(convertValue(v, vType, lv.type, loc_), lv.addr, lv.type);
}

std::vector<llvm::Value *>
FuncLowerer::lowerValues(llvm::ArrayRef<ast::Expr *> exprs, size_t n,
                         std::vector<const sema::Type *> &types) {
  std::vector<llvm::Value *> vals;
  types.clear();
  if (exprs.size() == n) {
    for (ast::Expr *e : exprs) {
      llvm::Value *v = lowerExpr(e);
      if (!v) {
        m.error(e->loc(), "expression has no value");
        v = llvm::PoisonValue::get(m.llvmType(e->type));
      }
      vals.push_back(v);
      types.push_back(e->type);
    }
    return vals;
  }
  if (exprs.size() == 1 && n > 1) {
    auto *tuple = dyn_cast_or_null<sema::TupleType>(exprs[0]->type);
    llvm::Value *v = lowerExpr(exprs[0]);
    if (tuple && v && tuple->types.size() == n) {
      for (size_t i = 0; i < n; ++i) {
        vals.push_back(b.CreateExtractValue(v, i));
        types.push_back(tuple->types[i]);
      }
      return vals;
    }
    m.error(exprs[0]->loc(), "this multi-valued expression is not lowered yet");
  } else if (!exprs.empty()) {
    m.error(exprs[0]->loc(), "assignment count mismatch");
  }
  return vals;
}

void FuncLowerer::lowerAssign(ast::AssignStmt *s) {
  if (s->op != tok::assign && s->op != tok::define) {
    // x op= y
    if (s->lhs.size() != 1 || s->rhs.size() != 1) {
      m.error(s->loc(), "malformed assignment operation");
      return;
    }
    hoistOperands(s->lhs[0]);
    hoistOperands(s->rhs[0]);
    LValue lv = lowerLValue(s->lhs[0]);
    llvm::Value *y = lowerExpr(s->rhs[0]);
    if (lv.isBlank() || !y)
      return;
    LocationScope ls(*this, s->opLoc);
    llvm::Value *x = loadValue(lv.addr, lv.type);
    llvm::Value *r =
        emitBinaryOp(binaryOpOf(s->op), x, y, lv.type, s->rhs[0]->type);
    storeValue(r, lv.addr, lv.type);
    return;
  }

  // Phase 1: the places on the left, then the values on the right. Variables
  // that := declares get their slots after the values are computed.
  bool define = s->op == tok::define;
  hoistOperands(s->lhs);
  hoistOperands(s->rhs);
  std::vector<LValue> places(s->lhs.size());
  std::vector<sema::Var *> newVars(s->lhs.size(), nullptr);
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    auto *id = dyn_cast<ast::IdentExpr>(ast::unparen(s->lhs[i]));
    if (define && id && id->isDef && !id->isBlank()) {
      newVars[i] = dyn_cast_or_null<sema::Var>(id->obj);
      if (newVars[i])
        continue;
    }
    places[i] = lowerLValue(s->lhs[i]);
  }
  std::vector<const sema::Type *> types;
  std::vector<llvm::Value *> vals = lowerValues(s->rhs, s->lhs.size(), types);
  if (vals.size() != s->lhs.size())
    return;

  // Phase 2: the stores, left to right.
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    if (sema::Var *v = newVars[i]) {
      places[i].addr = declareVar(v, s->lhs[i]->loc());
      places[i].type = v->type;
    }
    assign(places[i], vals[i], types[i]);
  }
}

void FuncLowerer::lowerIncDec(ast::IncDecStmt *s) {
  hoistOperands(s->x);
  LValue lv = lowerLValue(s->x);
  if (lv.isBlank())
    return;
  llvm::Value *x = loadValue(lv.addr, lv.type);
  llvm::Type *ty = x->getType();
  llvm::Value *one = ty->isFloatingPointTy() ? llvm::ConstantFP::get(ty, 1.0)
                                             : llvm::ConstantInt::get(ty, 1);
  tok::Kind op = s->op == tok::inc ? tok::plus : tok::minus;
  storeValue(emitArith(op, x, one, lv.type), lv.addr, lv.type);
}

void FuncLowerer::lowerDeclStmt(ast::DeclStmt *s) {
  // Constants and types produce no code.
  if (!s->decl || s->decl->tok != tok::kw_var)
    return;
  for (const ast::ValueSpec &spec : s->decl->values) {
    auto declare = [&](size_t i) -> LValue {
      ast::IdentExpr *name = spec.names[i];
      auto *v = dyn_cast_or_null<sema::Var>(name->obj);
      LValue lv;
      if (!name->isBlank() && v) {
        lv.addr = declareVar(v, name->loc());
        lv.type = v->type;
      }
      return lv;
    };
    if (spec.values.empty()) {
      for (size_t i = 0; i < spec.names.size(); ++i) {
        LValue lv = declare(i);
        if (!lv.isBlank())
          storeValue(m.zeroValue(lv.type), lv.addr, lv.type);
      }
    } else if (spec.values.size() == spec.names.size()) {
      // `var a, b = x, y` is `var a = x; var b = y`, as gc orders it.
      for (size_t i = 0; i < spec.names.size(); ++i) {
        hoistOperands(spec.values[i]);
        std::vector<const sema::Type *> types;
        std::vector<llvm::Value *> vals = lowerValues(spec.values[i], 1, types);
        if (!vals.empty())
          assign(declare(i), vals[0], types[0]);
      }
    } else {
      hoistOperands(spec.values);
      std::vector<const sema::Type *> types;
      std::vector<llvm::Value *> vals =
          lowerValues(spec.values, spec.names.size(), types);
      for (size_t i = 0; i < vals.size(); ++i)
        assign(declare(i), vals[i], types[i]);
    }
  }
}
