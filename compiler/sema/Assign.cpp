//===- sema/Assign.cpp - assignments, initialisations and := ---------------===//
// Every value that flows into a variable, a parameter, a result or a
// constant goes through assignment(): an untyped value is converted to the
// target type (or its default type, for interfaces and `_`), which is where
// gc's `cannot use 300 (untyped int constant) as byte value in variable
// declaration (overflows)` comes from; a typed one must be assignable.
//
// initVars/assignVars match a list of left-hand sides with values, which
// may come from one call with several results; a mismatch is gc's
// `assignment mismatch: 2 variables but f returns 1 value`, or for return
// statements `not enough return values` with `have`/`want` lines.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"
#include <algorithm>

using namespace golc;
using namespace golc::sema;

void Checker::assignment(Operand &x, const Type *t, llvm::StringRef context) {
  singleValue(x);
  switch (x.mode) {
  case OpMode::Constant:
  case OpMode::Variable:
  case OpMode::MapIndex:
  case OpMode::Value:
  case OpMode::NilValue:
  case OpMode::CommaOk:
    break;
  default:
    // Invalid, or an error was reported by expr() already.
    x.mode = OpMode::Invalid;
    return;
  }

  if (isUntyped(x.type)) {
    const Type *target = t;
    // spec: an untyped constant assigned to an interface or to _ takes its
    // default type.
    if (x.isNil()) {
      if (!t) {
        error(at(x), diag::UseOfUntypedNil, context.str());
        x.mode = OpMode::Invalid;
        return;
      }
    } else if (!t || isInterface(t)) {
      target = defaultType(x.type, types);
    }
    Constant val;
    ConvCode code;
    const Type *newType = implicitTypeAndValue(x, target, val, code);
    if (!newType) {
      diag::Kind kind = code == TruncatedFloat    ? diag::CannotUseAsTruncated
                        : code == NumericOverflow ? diag::CannotUseAsOverflows
                                                  : diag::CannotUseAs;
      error(at(x), kind, operandStr(x), typeStr(target), context.str());
      x.mode = OpMode::Invalid;
      return;
    }
    if (val.isValid()) {
      x.val = val;
      updateExprVal(x.expr, val);
    }
    if (newType != x.type) {
      x.type = newType;
      updateExprType(x.expr, newType, false);
    }
  }
  // spec: anything but untyped nil may be assigned to _.
  if (!t)
    return;
  std::string cause;
  if (!assignableTo(x, t, &cause)) {
    if (cause.empty())
      error(at(x), diag::CannotUseAsType, operandStr(x), typeStr(t),
            context.str());
    else
      error(at(x), diag::CannotUseAsTypeCause, operandStr(x), typeStr(t),
            context.str(), cause);
    x.mode = OpMode::Invalid;
  }
}

void Checker::initConst(Const *lhs, Operand &x) {
  if (x.invalid() || x.type == types.invalid() ||
      lhs->type == types.invalid()) {
    if (!lhs->type)
      lhs->type = types.invalid();
    return;
  }
  if (x.mode != OpMode::Constant) {
    error(at(x), diag::NotConstant, operandStr(x));
    if (!lhs->type)
      lhs->type = types.invalid();
    return;
  }
  if (!lhs->type)
    lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.invalid())
    return;
  lhs->value = x.val;
}

const Type *Checker::initVar(Var *lhs, Operand &x, llvm::StringRef context) {
  if (x.invalid() || x.type == types.invalid() ||
      lhs->type == types.invalid()) {
    if (!lhs->type)
      lhs->type = types.invalid();
    lhs->used = true; // no follow-on "declared but not used"
    return nullptr;
  }
  if (!lhs->type) {
    const Type *t = x.type;
    if (isUntyped(t)) {
      if (x.isNil()) {
        error(at(x), diag::UseOfUntypedNil, context.str());
        lhs->type = types.invalid();
        return nullptr;
      }
      t = defaultType(t, types);
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
  if (x.invalid()) {
    lhs->used = true;
    return nullptr;
  }
  return x.type;
}

const Type *Checker::assignVar(ast::Expr *lhs, Operand &x) {
  if (x.invalid() || x.type == types.invalid()) {
    use(lhs);
    return nullptr;
  }
  auto *id = llvm::dyn_cast<ast::IdentExpr>(ast::unparen(lhs));
  if (id && id->isBlank()) {
    recordDef(id, nullptr);
    assignment(x, nullptr, "assignment to _ identifier");
    return x.invalid() ? nullptr : x.type;
  }

  // Assigning to a variable is not a use of it.
  Var *v = nullptr;
  bool vUsed = false;
  if (id)
    if (auto *w = llvm::dyn_cast_or_null<Var>(lookup(id->name));
        w && w->pkg == pkg) {
      v = w;
      vUsed = w->used;
    }
  Operand z;
  expr(z, lhs);
  if (v)
    v->used = vUsed;
  if (z.invalid() || z.type == types.invalid())
    return nullptr;

  // spec: each left-hand side must be addressable, a map index expression,
  // or _.
  if (z.mode != OpMode::Variable && z.mode != OpMode::MapIndex) {
    error(at(z), diag::CannotAssignTo, operandStr(z));
    return nullptr;
  }
  assignment(x, z.type, "assignment");
  return x.invalid() ? nullptr : x.type;
}

static std::string measure(size_t n, const char *unit) {
  return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
}

void Checker::assignError(llvm::ArrayRef<ast::Expr *> rhs, size_t nvars,
                          size_t nvals) {
  std::string vars = measure(nvars, "variable");
  std::string vals = measure(nvals, "value");
  ast::Expr *rhs0 = rhs[0];
  if (rhs.size() == 1)
    if (auto *call = llvm::dyn_cast<ast::CallExpr>(ast::unparen(rhs0))) {
      error(startLoc(rhs0), diag::AssignmentMismatchCall, vars,
            exprStr(call->fun), vals);
      return;
    }
  error(startLoc(rhs0), diag::AssignmentMismatch, vars, vals);
}

void Checker::initVars(const std::vector<Var *> &lhs,
                       llvm::ArrayRef<ast::Expr *> rhsExprs,
                       ast::ReturnStmt *ret) {
  std::vector<Operand> rhs =
      exprList(rhsExprs, lhs.size() == 2 && !ret);

  if (lhs.size() != rhs.size()) {
    for (Var *v : lhs) {
      v->used = true; // no follow-on "declared but not used"
      if (!v->type)
        v->type = types.invalid();
    }
    for (Operand &x : rhs)
      if (x.invalid())
        return; // reported already
    if (ret) {
      SourceLoc loc = ret->loc();
      const char *which = "not enough";
      if (rhs.size() > lhs.size()) {
        loc = startLoc(rhs[lhs.size()].expr); // the first extra value
        which = "too many";
      } else if (!rhs.empty()) {
        loc = startLoc(rhs.back().expr); // the last value
      }
      std::vector<const Type *> have, want;
      for (Operand &x : rhs)
        have.push_back(x.type);
      for (Var *v : lhs)
        want.push_back(v->type);
      error(loc, diag::WrongReturnCount, which, typesSummary(have, false),
            typesSummary(want, false));
      return;
    }
    assignError(rhsExprs, lhs.size(), rhs.size());
    return;
  }

  const char *context = ret ? "return statement" : "assignment";
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); ++i)
    if (!initVar(lhs[i], rhs[i], context))
      ok = false;
  // Avoid follow-on "declared but not used" errors if any failed.
  if (!ok)
    for (Var *v : lhs)
      v->used = true;
}

void Checker::assignVars(llvm::ArrayRef<ast::Expr *> lhs,
                         llvm::ArrayRef<ast::Expr *> rhsExprs) {
  std::vector<Operand> rhs = exprList(rhsExprs, lhs.size() == 2);
  if (lhs.size() != rhs.size()) {
    useAll(lhs);
    for (Operand &x : rhs)
      if (x.invalid())
        return;
    assignError(rhsExprs, lhs.size(), rhs.size());
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); ++i)
    if (!assignVar(lhs[i], rhs[i]))
      ok = false;
  if (!ok)
    for (ast::Expr *e : lhs)
      if (auto *id = llvm::dyn_cast<ast::IdentExpr>(ast::unparen(e)))
        if (auto *v = llvm::dyn_cast_or_null<Var>(lookup(id->name));
            v && v->pkg == pkg)
          v->used = true;
}

void Checker::shortVarDecl(SourceLoc opLoc, llvm::ArrayRef<ast::Expr *> lhs,
                           llvm::ArrayRef<ast::Expr *> rhs) {
  Scope *scope = scope_;
  std::vector<Var *> lhsVars(lhs.size(), nullptr);
  std::vector<Var *> newVars;
  std::vector<ast::IdentExpr *> newIds;
  std::vector<std::string> seen;
  bool hasErr = false;
  for (size_t i = 0; i < lhs.size(); ++i) {
    auto *id = llvm::dyn_cast<ast::IdentExpr>(lhs[i]);
    if (!id) {
      use(lhs[i]);
      error(startLoc(lhs[i]), diag::NonNameOnLeftOfDefine, exprStr(lhs[i]));
      hasErr = true;
      continue;
    }
    if (!id->isBlank()) {
      if (std::find(seen.begin(), seen.end(), id->name) != seen.end()) {
        error(id->loc(), diag::RepeatedOnLeftOfDefine, id->name);
        hasErr = true;
        continue;
      }
      seen.push_back(id->name);
    }
    // A name declared in this very block is assigned to, not redeclared.
    if (Object *alt = scope->lookup(id->name)) {
      recordUse(id, alt);
      if (auto *v = llvm::dyn_cast<Var>(alt)) {
        lhsVars[i] = v;
      } else {
        error(id->loc(), diag::CannotAssignTo, id->name);
        hasErr = true;
      }
      continue;
    }
    auto *v = ctx.make<Var>(id->name);
    v->loc = id->loc();
    v->pkg = pkg;
    lhsVars[i] = v;
    if (!id->isBlank()) {
      newVars.push_back(v);
      newIds.push_back(id);
    }
    recordDef(id, v);
  }
  for (size_t i = 0; i < lhs.size(); ++i)
    if (!lhsVars[i]) {
      lhsVars[i] = ctx.make<Var>("_");
      lhsVars[i]->loc = startLoc(lhs[i]);
      lhsVars[i]->pkg = pkg;
    }

  initVars(lhsVars, rhs, nullptr);
  // The names on the left are variables of the types they now have.
  for (size_t i = 0; i < lhs.size(); ++i)
    if (llvm::isa<ast::IdentExpr>(lhs[i]) && lhsVars[i]->type)
      recordTypeAndValue(lhs[i], OpMode::Variable, lhsVars[i]->type,
                         Constant());

  if (newVars.empty() && !hasErr) {
    error(opLoc, diag::NoNewVariables);
    return;
  }
  // The new variables' scope starts after the statement.
  for (size_t i = 0; i < newVars.size(); ++i)
    declare(scope, nullptr, newVars[i]);
}
