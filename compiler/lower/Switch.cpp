//===- lower/Switch.cpp - expression switches -----------------------------===//
// `switch init; tag { case a, b: A; case c: C; default: D }` evaluates init
// and tag once, then tests the cases in source order, top to bottom and left
// to right, as the spec requires (each test may call functions):
//   tag == a ? -> switch.case A : tag == b ? -> A : tag == c ? -> C : -> D
// Without a tag each case expression is the condition. The default clause is
// taken when no case matches, wherever it is written. The clause bodies are
// laid out in source order; each ends with a branch to switch.end, or, with
// `fallthrough`, to the next body. `break` goes to switch.end. (LLVM turns
// chains of integer compares into a `switch` instruction at -O1 and above.)
// A type switch (TypeSwitch.cpp) has the same shape with other tests, so
// lowerCaseClauses, which emits the tests and the bodies, serves both.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast;

void FuncLowerer::lowerCaseClauses(
    const ast::Stmt *s, ast::BlockStmt *body, llvm::StringRef kind,
    llvm::function_ref<llvm::Value *(ast::Expr *)> test,
    llvm::function_ref<void(ast::CaseClauseStmt *)> bind) {
  std::vector<ast::CaseClauseStmt *> clauses;
  if (body)
    for (ast::Stmt *st : body->stmts)
      if (auto *cc = dyn_cast<ast::CaseClauseStmt>(st))
        clauses.push_back(cc);

  llvm::BasicBlock *endBB = newBlock(kind + ".end");
  llvm::BasicBlock *defaultBB = endBB;
  for (ast::CaseClauseStmt *cc : clauses) {
    llvm::BasicBlock *bodyBB = jumpTarget(cc); // also where fallthrough lands
    if (cc->isDefault)
      defaultBB = bodyBB;
  }
  branchTargets_[s] = {endBB, nullptr};

  for (ast::CaseClauseStmt *cc : clauses) {
    for (ast::Expr *e : cc->list) {
      LocationScope ls(*this, e->loc());
      llvm::Value *match = test(e);
      llvm::BasicBlock *next = newBlock(kind + ".next");
      b.CreateCondBr(match, jumpTarget(cc), next);
      startBlock(next);
    }
  }
  b.CreateBr(defaultBB);

  for (ast::CaseClauseStmt *cc : clauses) {
    startBlock(jumpTarget(cc));
    LocationScope ls(*this, cc->loc());
    pushScope(cc->loc());
    if (bind)
      bind(cc);
    lowerStmts(cc->body);
    popScope();
    branchTo(endBB);
  }
  startBlock(endBB);
}

void FuncLowerer::lowerSwitch(ast::SwitchStmt *s) {
  if (s->init)
    pushScope(s->loc());
  lowerStmt(s->init);
  hoistOperands(s->tag);
  llvm::Value *tag = s->tag ? lowerExpr(s->tag) : nullptr;

  lowerCaseClauses(s, s->body, "switch", [&](ast::Expr *e) -> llvm::Value * {
    hoistOperands(e);
    llvm::Value *v = lowerExpr(e);
    if (!v)
      return b.getFalse();
    if (tag && isInterfaceType(e->type) && !isInterfaceType(s->tag->type))
      return emitCompare(tok::eql,
                         convertValue(tag, s->tag->type, e->type, e->loc()), v,
                         e->type);
    if (tag)
      return emitCompare(tok::eql, tag,
                         convertValue(v, e->type, s->tag->type, e->loc()),
                         s->tag->type);
    return v;
  });
  if (s->init)
    popScope();
}
