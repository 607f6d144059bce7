//===- sema/Terminating.cpp - terminating statements -----------------------===//
// spec "Terminating statements": a function with results must end in one,
// else gc reports `missing return` at its closing brace. A statement
// terminates if control cannot fall off its end: return, goto, a panic call,
// a block or if/else ending in terminating statements, a `for` without
// condition and without a break out of it, a switch with a default whose
// every clause terminates without breaking out, and so on.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"

using namespace golc;
using namespace golc::sema;
using namespace golc::ast;

static bool hasBreak(Stmt *s, llvm::StringRef label, bool implicit);

static bool hasBreakList(llvm::ArrayRef<Stmt *> list, llvm::StringRef label,
                         bool implicit) {
  for (Stmt *s : list)
    if (hasBreak(s, label, implicit))
      return true;
  return false;
}

static llvm::ArrayRef<Stmt *> clauseBody(Stmt *clause) {
  if (auto *cc = llvm::dyn_cast_or_null<CaseClauseStmt>(clause))
    return cc->body;
  if (auto *cc = llvm::dyn_cast_or_null<CommClauseStmt>(clause))
    return cc->body;
  return {};
}

static bool hasBreakClauses(BlockStmt *body, llvm::StringRef label,
                            bool implicit) {
  if (body)
    for (Stmt *clause : body->stmts)
      if (hasBreakList(clauseBody(clause), label, implicit))
        return true;
  return false;
}

/// Whether s is or contains a break out of the statement labeled `label`,
/// or (with `implicit`) out of the innermost breakable statement.
static bool hasBreak(Stmt *s, llvm::StringRef label, bool implicit) {
  if (!s)
    return false;
  switch (s->kind()) {
  case Node::LabeledStmtKind:
    return hasBreak(llvm::cast<LabeledStmt>(s)->stmt, label, implicit);
  case Node::BranchStmtKind: {
    auto *b = llvm::cast<BranchStmt>(s);
    if (b->tok != tok::kw_break)
      return false;
    if (!b->label)
      return implicit;
    return b->label->name == label;
  }
  case Node::BlockStmtKind:
    return hasBreakList(llvm::cast<BlockStmt>(s)->stmts, label, implicit);
  case Node::IfStmtKind: {
    auto *i = llvm::cast<IfStmt>(s);
    return hasBreak(i->then, label, implicit) ||
           hasBreak(i->els, label, implicit);
  }
  // Inside a nested breakable statement only labeled breaks count.
  case Node::SwitchStmtKind:
    return !label.empty() &&
           hasBreakClauses(llvm::cast<SwitchStmt>(s)->body, label, false);
  case Node::TypeSwitchStmtKind:
    return !label.empty() &&
           hasBreakClauses(llvm::cast<TypeSwitchStmt>(s)->body, label, false);
  case Node::SelectStmtKind:
    return !label.empty() &&
           hasBreakClauses(llvm::cast<SelectStmt>(s)->body, label, false);
  case Node::ForStmtKind:
    return !label.empty() &&
           hasBreak(llvm::cast<ForStmt>(s)->body, label, false);
  case Node::RangeStmtKind:
    return !label.empty() &&
           hasBreak(llvm::cast<RangeStmt>(s)->body, label, false);
  default:
    return false;
  }
}

bool Checker::isTerminatingList(llvm::ArrayRef<Stmt *> list,
                                llvm::StringRef label) {
  // Trailing empty statements do not count.
  for (size_t i = list.size(); i > 0; --i)
    if (list[i - 1] && !llvm::isa<EmptyStmt>(list[i - 1]))
      return isTerminating(list[i - 1], label);
  return false;
}

bool Checker::isTerminatingSwitch(BlockStmt *body, llvm::StringRef label) {
  bool hasDefault = false;
  if (body)
    for (Stmt *clause : body->stmts) {
      if (auto *cc = llvm::dyn_cast_or_null<CaseClauseStmt>(clause))
        hasDefault |= cc->isDefault;
      llvm::ArrayRef<Stmt *> list = clauseBody(clause);
      if (!isTerminatingList(list, "") || hasBreakList(list, label, true))
        return false;
    }
  return hasDefault;
}

bool Checker::isTerminating(Stmt *s, llvm::StringRef label) {
  if (!s)
    return false;
  switch (s->kind()) {
  case Node::LabeledStmtKind: {
    auto *l = llvm::cast<LabeledStmt>(s);
    return isTerminating(l->stmt, l->label->name);
  }
  case Node::ExprStmtKind: {
    // A call of the builtin panic.
    auto *call = llvm::dyn_cast<CallExpr>(unparen(llvm::cast<ExprStmt>(s)->x));
    return call && isPanic_.count(call);
  }
  case Node::ReturnStmtKind:
    return true;
  case Node::BranchStmtKind: {
    tok::Kind t = llvm::cast<BranchStmt>(s)->tok;
    return t == tok::kw_goto || t == tok::kw_fallthrough;
  }
  case Node::BlockStmtKind:
    return isTerminatingList(llvm::cast<BlockStmt>(s)->stmts, "");
  case Node::IfStmtKind: {
    auto *i = llvm::cast<IfStmt>(s);
    return i->els && isTerminating(i->then, "") && isTerminating(i->els, "");
  }
  case Node::SwitchStmtKind:
    return isTerminatingSwitch(llvm::cast<SwitchStmt>(s)->body, label);
  case Node::TypeSwitchStmtKind:
    return isTerminatingSwitch(llvm::cast<TypeSwitchStmt>(s)->body, label);
  case Node::SelectStmtKind: {
    BlockStmt *body = llvm::cast<SelectStmt>(s)->body;
    if (body)
      for (Stmt *clause : body->stmts) {
        llvm::ArrayRef<Stmt *> list = clauseBody(clause);
        if (!isTerminatingList(list, "") || hasBreakList(list, label, true))
          return false;
      }
    return true;
  }
  case Node::ForStmtKind: {
    // A range loop always ends; a loop with a condition may.
    auto *f = llvm::cast<ForStmt>(s);
    return !f->cond && !hasBreak(f->body, label, true);
  }
  default:
    return false;
  }
}
