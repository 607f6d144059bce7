//===- lower/Stmt.cpp - statements and control flow -----------------------===//
// Structured statements become basic blocks and branches:
//   if c {T} else {E}        cond -> if.then / if.else -> if.end
//   for init; c; post {B}    init; for.cond -> for.body -> for.post -> for.cond,
//                            exit to for.end (break), continue to for.post
//   L: S                     a block `L` that goto L jumps to
//   break / continue / goto / fallthrough
//                            br to the target sema recorded on the branch
//   return a, b              ret {a, b}; bare return reads the named results
// Code after a terminator (return, goto, panic) still has to be emitted into
// some block: it goes to a fresh block with no predecessors, which
// finishFunction deletes. Blocks are created detached and placed in the
// function when emission reaches them, so the IR reads in source order.
// Switches, type switches and range have their own files.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;

llvm::BasicBlock *FuncLowerer::newBlock(const llvm::Twine &name) {
  llvm::BasicBlock *bb = llvm::BasicBlock::Create(ctx, name);
  pendingBlocks_.push_back(bb);
  return bb;
}

void FuncLowerer::startBlock(llvm::BasicBlock *bb) {
  if (!bb->getParent())
    bb->insertInto(fn);
  b.SetInsertPoint(bb);
}

void FuncLowerer::branchTo(llvm::BasicBlock *bb) {
  if (!b.GetInsertBlock()->getTerminator())
    b.CreateBr(bb);
}

llvm::BasicBlock *FuncLowerer::jumpTarget(const ast::Stmt *target) {
  auto it = jumpTargets_.find(target);
  if (it != jumpTargets_.end())
    return it->second;
  llvm::BasicBlock *bb = nullptr;
  if (auto *ls = dyn_cast<ast::LabeledStmt>(target))
    bb = newBlock(ls->label ? ls->label->name : "label");
  else
    bb = newBlock("switch.case");
  jumpTargets_[target] = bb;
  return bb;
}

void FuncLowerer::lowerStmts(llvm::ArrayRef<ast::Stmt *> stmts) {
  for (ast::Stmt *s : stmts)
    lowerStmt(s);
}

void FuncLowerer::lowerBlock(ast::BlockStmt *blk) {
  if (!blk)
    return;
  pushScope(blk->loc());
  lowerStmts(blk->stmts);
  popScope();
}

void FuncLowerer::lowerStmt(ast::Stmt *s) {
  if (!s)
    return;
  if (b.GetInsertBlock()->getTerminator())
    startBlock(newBlock("dead"));
  LocationScope ls(*this, s->loc());
  switch (s->kind()) {
  case ast::Node::EmptyStmtKind:
    return;
  case ast::Node::ExprStmtKind:
    hoistOperands(cast<ast::ExprStmt>(s)->x);
    lowerExpr(cast<ast::ExprStmt>(s)->x);
    return;
  case ast::Node::DeclStmtKind:
    lowerDeclStmt(cast<ast::DeclStmt>(s));
    return;
  case ast::Node::LabeledStmtKind:
    lowerLabeled(cast<ast::LabeledStmt>(s));
    return;
  case ast::Node::IncDecStmtKind:
    lowerIncDec(cast<ast::IncDecStmt>(s));
    return;
  case ast::Node::AssignStmtKind:
    lowerAssign(cast<ast::AssignStmt>(s));
    return;
  case ast::Node::ReturnStmtKind:
    lowerReturn(cast<ast::ReturnStmt>(s));
    return;
  case ast::Node::BranchStmtKind:
    lowerBranch(cast<ast::BranchStmt>(s));
    return;
  case ast::Node::BlockStmtKind:
    lowerBlock(cast<ast::BlockStmt>(s));
    return;
  case ast::Node::IfStmtKind:
    lowerIf(cast<ast::IfStmt>(s));
    return;
  case ast::Node::ForStmtKind:
    lowerFor(cast<ast::ForStmt>(s));
    return;
  case ast::Node::SwitchStmtKind:
    lowerSwitch(cast<ast::SwitchStmt>(s));
    return;
  case ast::Node::RangeStmtKind:
    lowerRange(cast<ast::RangeStmt>(s));
    return;
  case ast::Node::GoStmtKind:
    lowerGo(cast<ast::GoStmt>(s));
    return;
  case ast::Node::DeferStmtKind:
    lowerDefer(cast<ast::DeferStmt>(s));
    return;
  case ast::Node::SendStmtKind:
    lowerSend(cast<ast::SendStmt>(s));
    return;
  case ast::Node::SelectStmtKind:
    lowerSelect(cast<ast::SelectStmt>(s));
    return;
  case ast::Node::CommClauseStmtKind:
    m.error(s->loc(), "channel operations are not lowered yet");
    return;
  case ast::Node::TypeSwitchStmtKind:
    lowerTypeSwitch(cast<ast::TypeSwitchStmt>(s));
    return;
  default:
    m.error(s->loc(), "unexpected statement");
    return;
  }
}

void FuncLowerer::lowerIf(ast::IfStmt *s) {
  // `if init; cond` opens an implicit block holding init's variables.
  if (s->init)
    pushScope(s->loc());
  lowerStmt(s->init);
  hoistOperands(s->cond);
  llvm::Value *cond = lowerExpr(s->cond);
  llvm::BasicBlock *thenBB = newBlock("if.then");
  llvm::BasicBlock *elseBB = s->els ? newBlock("if.else") : nullptr;
  llvm::BasicBlock *endBB = newBlock("if.end");
  if (!cond)
    cond = b.getFalse();
  b.CreateCondBr(cond, thenBB, elseBB ? elseBB : endBB);

  startBlock(thenBB);
  lowerBlock(s->then);
  branchTo(endBB);
  if (elseBB) {
    startBlock(elseBB);
    lowerStmt(s->els);
    branchTo(endBB);
  }
  startBlock(endBB);
  if (s->init)
    popScope();
}

void FuncLowerer::lowerFor(ast::ForStmt *s) {
  if (s->init)
    pushScope(s->loc());
  lowerStmt(s->init);
  llvm::BasicBlock *condBB = newBlock("for.cond");
  llvm::BasicBlock *bodyBB = newBlock("for.body");
  llvm::BasicBlock *postBB = s->post ? newBlock("for.post") : condBB;
  llvm::BasicBlock *endBB = newBlock("for.end");
  branchTargets_[s] = {endBB, postBB};

  branchTo(condBB);
  startBlock(condBB);
  if (s->cond) {
    hoistOperands(s->cond);
    llvm::Value *cond = lowerExpr(s->cond);
    b.CreateCondBr(cond ? cond : b.getFalse(), bodyBB, endBB);
  } else {
    b.CreateBr(bodyBB);
  }

  startBlock(bodyBB);
  lowerBlock(s->body);
  branchTo(postBB);
  if (s->post) {
    startBlock(postBB);
    lowerStmt(s->post);
    branchTo(condBB);
  }
  startBlock(endBB);
  if (s->init)
    popScope();
}

void FuncLowerer::lowerReturn(ast::ReturnStmt *s) {
  size_t nres = sig_ && sig_->results ? sig_->results->types.size() : 0;
  std::vector<llvm::Value *> vals;
  if (s->results.empty()) {
    // A bare return: the named results' current values.
    for (size_t i = 0; i < namedResults_.size() && i < nres; ++i)
      vals.push_back(loadValue(varAddr(namedResults_[i], s->loc()),
                               sig_->results->types[i]));
  } else {
    std::vector<const sema::Type *> types;
    hoistOperands(s->results);
    vals = lowerValues(s->results, nres, types);
    for (size_t i = 0; i < vals.size(); ++i)
      vals[i] = convertValue(vals[i], types[i], sig_->results->types[i],
                             s->loc());
  }
  if (vals.size() != nres) {
    m.error(s->loc(), "return does not match the function's results");
    b.CreateUnreachable();
    return;
  }
  emitReturn(vals);
}

void FuncLowerer::lowerBranch(ast::BranchStmt *s) {
  llvm::BasicBlock *dest = nullptr;
  switch (s->tok) {
  case tok::kw_break:
  case tok::kw_continue: {
    auto it = branchTargets_.find(s->target);
    if (it != branchTargets_.end())
      dest = s->tok == tok::kw_break ? it->second.breakBB
                                     : it->second.continueBB;
    break;
  }
  case tok::kw_goto:
  case tok::kw_fallthrough:
    if (s->target)
      dest = jumpTarget(s->target);
    break;
  default:
    break;
  }
  if (!dest) {
    m.error(s->loc(), "branch statement without a target");
    return;
  }
  b.CreateBr(dest);
}

void FuncLowerer::lowerLabeled(ast::LabeledStmt *s) {
  llvm::BasicBlock *bb = jumpTarget(s);
  branchTo(bb);
  startBlock(bb);
  lowerStmt(s->stmt);
}
