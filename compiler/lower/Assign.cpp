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
//
// The places: a variable's storage, *p, x.f and a[i] are addresses
// (Addr.cpp); m[k] is a map element, stored with runtime.mapassign once the
// value is known (Map.cpp); m[k] op= v and m[k]++ update the slot one
// mapassign returns, as gc. `v, ok = m[k]` and `v, ok = x.(T)` are the
// comma-ok forms. A new variable initialised with a composite literal is
// built in its own storage, a large one copied with memmove.
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
  if (auto *ix = dyn_cast<ast::IndexExpr>(e); ix && underAs<sema::MapType>(ix->x->type))
    return mapElemLValue(ix);
  switch (e->kind()) {
  case ast::Node::IdentExprKind:
  case ast::Node::SelectorExprKind:
  case ast::Node::IndexExprKind:
  case ast::Node::StarExprKind:
    lv.addr = lowerAddr(e);
    lv.type = e->type;
    return lv;
  default:
    break;
  }
  m.error(e->loc(), "assignment to this expression is not lowered yet");
  return lv;
}

void FuncLowerer::assign(const LValue &lv, llvm::Value *v,
                         const sema::Type *vType) {
  if (lv.isBlank() || !v)
    return;
  v = convertValue(v, vType, lv.type, loc_);
  if (lv.isMapElem()) {
    storeValue(v, emitMapAssign(lv), lv.type);
    return;
  }
  storeValue(v, lv.addr, lv.type);
}

LValue FuncLowerer::mapSlot(const LValue &lv) {
  LValue slot;
  slot.addr = emitMapAssign(lv);
  slot.type = lv.type;
  return slot;
}

llvm::Value *FuncLowerer::loadLValue(const LValue &lv) {
  if (lv.isMapElem())
    return loadValue(emitMapAccess1(lv), lv.type);
  return loadValue(lv.addr, lv.type);
}

void FuncLowerer::lowerInto(ast::Expr *e, llvm::Value *dst,
                            const sema::Type *t, bool dstZeroed) {
  ast::Expr *x = ast::unparen(e);
  if (auto *lit = dyn_cast<ast::CompositeLitExpr>(x);
      lit && sema::identical(lit->type, t)) {
    emitCompositeInto(lit, dst, dstZeroed);
    return;
  }
  if (x->type && sema::identical(x->type, t) &&
      x->mode == ast::ExprMode::Variable && !hoisted_.count(x)) {
    // An addressable value is copied in memory (memmove when large).
    copyValue(dst, lowerAddr(x), t);
    return;
  }
  llvm::Value *v = lowerExpr(e);
  if (!v)
    return;
  storeValue(convertValue(v, e->type, t, e->loc()), dst, t);
}

std::vector<llvm::Value *>
FuncLowerer::lowerValues(llvm::ArrayRef<ast::Expr *> exprs, size_t n,
                         std::vector<const sema::Type *> &types) {
  std::vector<llvm::Value *> vals;
  types.clear();
  if (exprs.size() == 1 && n == 2 &&
      !llvm::isa_and_nonnull<sema::TupleType>(exprs[0]->type)) {
    // v, ok = m[k] / x.(T)
    ast::Expr *e = ast::unparen(exprs[0]);
    std::pair<llvm::Value *, llvm::Value *> r{nullptr, nullptr};
    if (auto *ix = dyn_cast<ast::IndexExpr>(e);
        ix && underAs<sema::MapType>(ix->x->type))
      r = lowerMapIndexOk(ix);
    else if (auto *ta = dyn_cast<ast::TypeAssertExpr>(e))
      r = lowerTypeAssertOk(ta);
    else if (auto *u = dyn_cast<ast::UnaryExpr>(e); u && u->op == tok::arrow)
      r = lowerRecv(u, /*commaOk=*/true);
    if (r.first) {
      vals = {r.first, r.second};
      types = {e->type, m.sctx.types.boolType()};
      return vals;
    }
  }
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
    tok::Kind op = binaryOpOf(s->op);
    // m[k] op= y updates the slot mapassign returns (one lookup), except
    // for / and %, whose panic must come before the entry is created.
    if (lv.isMapElem() && op != tok::slash && op != tok::percent)
      lv = mapSlot(lv);
    llvm::Value *x = loadLValue(lv);
    llvm::Value *r = emitBinaryOp(op, x, y, lv.type, s->rhs[0]->type);
    assign(lv, r, lv.type);
    return;
  }

  bool define = s->op == tok::define;
  if (define && s->lhs.size() == 1 && s->rhs.size() == 1) {
    // x := v: v is built straight into x's new storage.
    auto *id = dyn_cast<ast::IdentExpr>(ast::unparen(s->lhs[0]));
    auto *v = id && id->isDef ? dyn_cast_or_null<sema::Var>(id->obj) : nullptr;
    if (v && !id->isBlank()) {
      hoistOperands(s->rhs[0]);
      llvm::Value *addr = declareVar(v, id->loc());
      lowerInto(s->rhs[0], addr, v->type, /*dstZeroed=*/locals_[v].cell);
      return;
    }
  }

  // Phase 1: the places on the left, then the values on the right. Variables
  // that := declares get their slots after the values are computed.
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
  if (lv.isMapElem())
    lv = mapSlot(lv);
  llvm::Value *x = loadLValue(lv);
  llvm::Type *ty = x->getType();
  llvm::Value *one = ty->isFloatingPointTy() ? llvm::ConstantFP::get(ty, 1.0)
                                             : llvm::ConstantInt::get(ty, 1);
  tok::Kind op = s->op == tok::inc ? tok::plus : tok::minus;
  assign(lv, emitArith(op, x, one, lv.type), lv.type);
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
        auto *v = dyn_cast_or_null<sema::Var>(spec.names[i]->obj);
        // A heap cell starts zeroed.
        if (!lv.isBlank() && !(v && locals_[v].cell))
          storeZero(lv.addr, lv.type);
      }
    } else if (spec.values.size() == spec.names.size()) {
      // `var a, b = x, y` is `var a = x; var b = y`, as gc orders it.
      for (size_t i = 0; i < spec.names.size(); ++i) {
        hoistOperands(spec.values[i]);
        auto *v = dyn_cast_or_null<sema::Var>(spec.names[i]->obj);
        if (v && !spec.names[i]->isBlank()) {
          LValue lv = declare(i);
          lowerInto(spec.values[i], lv.addr, lv.type,
                    /*dstZeroed=*/locals_[v].cell);
          continue;
        }
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
