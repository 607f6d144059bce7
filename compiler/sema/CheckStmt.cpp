//===- sema/CheckStmt.cpp - statements and unused variables ----------------===//
// Statements are checked in order, opening a block for each Go block (if,
// for, switch and each case clause have an implicit one around them), so
// that declarations become visible exactly where Go says. Branch statements
// and labels are resolved separately per function body (Branches.cpp), as gc
// does in its parser.
//
// After a body, every variable declared in it but never used is reported:
// a variable is used when its value is read; being assigned to is not a use.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"
#include <algorithm>
#include <tuple>

using namespace golc;
using namespace golc::sema;

void Checker::stmtList(llvm::ArrayRef<ast::Stmt *> list) {
  for (ast::Stmt *s : list)
    stmt(s);
}

void Checker::stmt(ast::Stmt *s) {
  using namespace ast;
  if (!s)
    return;
  switch (s->kind()) {
  case Node::DeclStmtKind:
    declStmt(llvm::cast<DeclStmt>(s)->decl);
    return;
  case Node::LabeledStmtKind:
    stmt(llvm::cast<LabeledStmt>(s)->stmt);
    return;
  case Node::ExprStmtKind:
    exprStmt(llvm::cast<ExprStmt>(s));
    return;
  case Node::IncDecStmtKind:
    incDecStmt(llvm::cast<IncDecStmt>(s));
    return;
  case Node::AssignStmtKind:
    assignStmt(llvm::cast<AssignStmt>(s));
    return;
  case Node::ReturnStmtKind:
    returnStmt(llvm::cast<ReturnStmt>(s));
    return;
  case Node::BlockStmtKind:
    openScope();
    stmtList(llvm::cast<BlockStmt>(s)->stmts);
    closeScope();
    return;
  case Node::IfStmtKind:
    ifStmt(llvm::cast<IfStmt>(s));
    return;
  case Node::SwitchStmtKind:
    switchStmt(llvm::cast<SwitchStmt>(s));
    return;
  case Node::ForStmtKind:
    forStmt(llvm::cast<ForStmt>(s));
    return;
  case Node::RangeStmtKind:
    rangeStmt(llvm::cast<RangeStmt>(s));
    return;
  // Outside the subset: reported, not checked.
  case Node::SendStmtKind:
    sendStmt(llvm::cast<SendStmt>(s));
    return;
  case Node::GoStmtKind:
    goOrDeferCall(llvm::cast<GoStmt>(s)->call, "go");
    return;
  case Node::DeferStmtKind:
    // The function whose return runs the call: the innermost func literal
    // being checked, else the declared function.
    if (!funcLits_.empty())
      funcLits_.back().first->hasDefer = true;
    else if (func_)
      func_->hasDefer = true;
    goOrDeferCall(llvm::cast<DeferStmt>(s)->call, "defer");
    return;
  case Node::TypeSwitchStmtKind:
    typeSwitchStmt(llvm::cast<TypeSwitchStmt>(s));
    return;
  case Node::SelectStmtKind:
    selectStmt(llvm::cast<SelectStmt>(s));
    return;
  default:
    return; // empty, bad (reported by the parser), branch (Branches.cpp)
  }
}

void Checker::exprStmt(ast::ExprStmt *s) {
  // spec: only calls and receives may appear in statement context.
  Operand x;
  ExprKind kind = rawExpr(x, s->x);
  diag::Kind msg;
  switch (x.mode) {
  case OpMode::Builtin:
    msg = diag::MustBeCalled;
    break;
  case OpMode::TypeExpr:
    msg = diag::NotAnExpression;
    break;
  default:
    if (kind == Statement)
      return;
    msg = diag::IsNotUsed;
    break;
  }
  error(at(x), msg, operandStr(x));
}

static tok::Kind binaryOpOf(tok::Kind assignOp) {
  switch (assignOp) {
  case tok::plus_assign: return tok::plus;
  case tok::minus_assign: return tok::minus;
  case tok::star_assign: return tok::star;
  case tok::slash_assign: return tok::slash;
  case tok::percent_assign: return tok::percent;
  case tok::amp_assign: return tok::amp;
  case tok::pipe_assign: return tok::pipe;
  case tok::caret_assign: return tok::caret;
  case tok::shl_assign: return tok::shl;
  case tok::shr_assign: return tok::shr;
  case tok::amp_caret_assign: return tok::amp_caret;
  default: return tok::illegal;
  }
}

void Checker::assignStmt(ast::AssignStmt *s) {
  switch (s->op) {
  case tok::assign:
    assignVars(s->lhs, s->rhs);
    return;
  case tok::define:
    shortVarDecl(s->opLoc, s->lhs, s->rhs);
    return;
  default:
    break;
  }
  // `x op= y`: the parser allows one operand on each side only.
  tok::Kind op = binaryOpOf(s->op);
  if (op == tok::illegal || s->lhs.size() != 1 || s->rhs.size() != 1) {
    useAll(s->lhs);
    useAll(s->rhs);
    return;
  }
  Operand x;
  binary(x, nullptr, s->lhs[0], s->rhs[0], op, s->opLoc);
  assignVar(s->lhs[0], x);
}

void Checker::incDecStmt(ast::IncDecStmt *s) {
  Operand x;
  expr(x, s->x);
  if (x.invalid())
    return;
  if (!isNumeric(x.type)) {
    error(startLoc(s->x), diag::NonNumericIncDec, exprStr(s->x),
          s->op == tok::inc ? "++" : "--", typeStr(x.type));
    return;
  }
  assignVar(s->x, x);
}

void Checker::returnStmt(ast::ReturnStmt *s) {
  const std::vector<Var *> &res = func_->results;
  // A bare return in a function with named results returns them, which
  // must not be shadowed there.
  if (s->results.empty() && !res.empty() && !res[0]->name.empty()) {
    for (Var *v : res) {
      Object *alt = lookup(v->name);
      if (alt && alt != v) {
        std::string kind = llvm::isa<Const>(alt)      ? "const "
                           : llvm::isa<TypeName>(alt) ? "type "
                                                      : "var ";
        error(s->loc(), diag::ResultNotInScope, v->name,
              posString(alt->loc), kind + alt->name + " " +
                                       typeStr(alt->type));
      }
    }
    return;
  }
  initVars(res, s->results, s);
}

void Checker::condition(ast::Expr *cond, diag::Kind notBool) {
  Operand x;
  expr(x, cond);
  if (!x.invalid() && !isBoolean(x.type))
    error(startLoc(cond), notBool);
}

void Checker::ifStmt(ast::IfStmt *s) {
  openScope();
  simpleStmt(s->init);
  if (s->cond)
    condition(s->cond, diag::NonBooleanIfCondition);
  stmt(s->then);
  stmt(s->els);
  closeScope();
}

void Checker::forStmt(ast::ForStmt *s) {
  openScope();
  simpleStmt(s->init);
  if (s->cond)
    condition(s->cond, diag::NonBooleanForCondition);
  simpleStmt(s->post);
  stmt(s->body);
  closeScope();
}

void Checker::rangeStmt(ast::RangeStmt *s) {
  Operand x;
  expr(x, s->x);
  // Strings give index int and value rune; arrays, pointers to arrays and
  // slices index int and their element.
  const Type *key = nullptr, *val = nullptr;
  if (!x.invalid()) {
    const Type *u = x.type->underlying();
    if (auto *p = llvm::dyn_cast<PointerType>(u))
      if (llvm::isa<ArrayType>(p->elem->underlying()))
        u = p->elem->underlying();
    if (isString(x.type)) {
      key = types.intType();
      val = types.runeType();
    } else if (auto *a = llvm::dyn_cast<ArrayType>(u)) {
      key = types.intType();
      val = a->elem;
    } else if (auto *sl = llvm::dyn_cast<SliceType>(u)) {
      key = types.intType();
      val = sl->elem;
    } else if (auto *m = llvm::dyn_cast<MapType>(u)) {
      key = m->key;
      val = m->elem;
    } else if (llvm::isa<ChanType>(x.type->underlying())) {
      key = rangeChan(x, s);
    } else {
      error(at(x), diag::CannotRangeOver, operandStr(x));
    }
  }

  // The iteration variables live in the loop's block.
  openScope();
  ast::Expr *lhs[2] = {s->key, s->val};
  const Type *rhs[2] = {key, val};
  if (s->op == tok::define) {
    std::vector<Var *> vars;
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i])
        continue;
      Var *obj;
      if (auto *id = llvm::dyn_cast<ast::IdentExpr>(lhs[i])) {
        obj = ctx.make<Var>(id->name);
        obj->loc = id->loc();
        recordDef(id, obj);
        if (!id->isBlank())
          vars.push_back(obj);
      } else {
        error(startLoc(lhs[i]), diag::CannotDeclare, exprStr(lhs[i]));
        obj = ctx.make<Var>("_");
        obj->loc = startLoc(lhs[i]);
      }
      obj->pkg = pkg;
      if (rhs[i]) {
        Operand v;
        v.mode = OpMode::Value;
        v.expr = lhs[i];
        v.type = rhs[i];
        initVar(obj, v, "range clause");
        recordTypeAndValue(lhs[i], OpMode::Variable, obj->type, Constant());
      } else {
        obj->type = types.invalid();
        obj->used = true;
      }
    }
    if (vars.empty())
      error(s->loc(), diag::NoNewVariables);
    for (Var *v : vars)
      declare(scope_, nullptr, v);
  } else if (s->op == tok::assign) {
    for (int i = 0; i < 2; ++i)
      if (lhs[i] && rhs[i]) {
        Operand v;
        v.mode = OpMode::Value;
        v.expr = lhs[i];
        v.type = rhs[i];
        assignVar(lhs[i], v);
      }
  }
  stmt(s->body);
  closeScope();
}

void Checker::switchStmt(ast::SwitchStmt *s) {
  openScope();
  simpleStmt(s->init);
  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    // As if assigned to a temporary: untyped tags get their default type.
    assignment(x, nullptr, "switch expression");
  } else {
    // spec: a missing switch expression is `true`.
    x.mode = OpMode::Constant;
    x.type = types.boolType();
    x.val = Constant::makeBool(true);
    x.expr = nullptr;
  }
  std::vector<std::pair<Operand, SourceLoc>> seen;
  for (ast::CaseClauseStmt *clause : caseClauses(s->body)) {
    caseValues(x, clause, seen);
    openScope();
    stmtList(clause->body);
    closeScope();
  }
  closeScope();
}

std::vector<ast::CaseClauseStmt *> Checker::caseClauses(ast::BlockStmt *body) {
  std::vector<ast::CaseClauseStmt *> clauses;
  ast::CaseClauseStmt *firstDefault = nullptr;
  if (body)
    for (ast::Stmt *cs : body->stmts) {
      auto *clause = llvm::dyn_cast<ast::CaseClauseStmt>(cs);
      if (!clause)
        continue;
      if (clause->isDefault) {
        if (firstDefault)
          error(clause->loc(), diag::MultipleDefaults,
                posString(firstDefault->loc()));
        else
          firstDefault = clause;
      }
      clauses.push_back(clause);
    }
  return clauses;
}

void Checker::caseValues(Operand &x, ast::CaseClauseStmt *clause,
                         std::vector<std::pair<Operand, SourceLoc>> &seen) {
  for (ast::Expr *e : clause->list) {
    Operand v;
    expr(v, e);
    if (x.invalid() || v.invalid())
      continue;
    convertUntyped(v, x.type);
    if (v.invalid())
      continue;
    // Compare v against x, so that errors are reported at the case value.
    Operand res = v;
    comparison(res, x, tok::eql, true);
    if (res.invalid() || v.mode != OpMode::Constant)
      continue;
    // gc rejects duplicate integer, float and string constants.
    Constant::Kind k = v.val.kind();
    if (k != Constant::Int && k != Constant::Float && k != Constant::String)
      continue;
    bool dup = false;
    for (auto &prev : seen)
      if (prev.first.val.kind() == k && identical(prev.first.type, v.type) &&
          constop::compare(prev.first.val, tok::eql, v.val)) {
        error(at(v), diag::DuplicateCase, operandStr(v),
              posString(prev.second));
        dup = true;
        break;
      }
    if (!dup)
      seen.emplace_back(v, startLoc(v.expr));
  }
}

void Checker::usage(Scope *s) {
  std::vector<Var *> unused;
  for (Object *obj : s->objects)
    if (auto *v = llvm::dyn_cast<Var>(obj); v && !v->used)
      unused.push_back(v);
  std::sort(unused.begin(), unused.end(), [](Var *a, Var *b) {
    return std::tie(a->loc.file, a->loc.line, a->loc.col) <
           std::tie(b->loc.file, b->loc.line, b->loc.col);
  });
  for (Var *v : unused)
    error(v->loc, diag::DeclaredButNotUsed, v->name);
  // Function literals' blocks are checked with their own bodies.
  for (Scope *child : s->children)
    if (!child->isFunc)
      usage(child);
}
