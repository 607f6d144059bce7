//===- lower/Select.cpp - select statements -------------------------------===//
// A select becomes one call of runtime.selectgo, as in gc:
//   - the channel operands, and the values sent, are evaluated once, in
//     source order; each case gets an scase { hchan *c; void *elem } in a
//     frame array, the sends first (in source order), then the receives,
//     each elem pointing to a temporary of the element type;
//   - with one case and a default, the call is a non-blocking
//     selectnbsend(c, elem) or selectnbrecv(elem, c) instead (the latter's
//     two bools come back packed in an i16: selected in the low byte);
//   - selectgo(cases, order, nsends, nrecvs, block) gets a scratch array of
//     2*n uint16 for its poll and lock orders, and block = no default;
//   - its {chosen, recvOK} result selects the clause with a switch: the
//     index of the case, or -1 for the default;
//   - a receive clause then assigns (or declares) its value from the
//     temporary and its ok from recvOK, and runs its body.
// `select {}` blocks forever: runtime.block. break leaves the select.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

namespace {
/// One communication clause and what the runtime needs for it.
struct SelectCase {
  ast::CommClauseStmt *clause;
  ast::UnaryExpr *recv = nullptr; // the `<-c` of a receive
  llvm::Value *chan = nullptr;
  llvm::Value *elem = nullptr; // the element's temporary
  const sema::Type *elemType = nullptr;
};
} // namespace

void FuncLowerer::lowerSelect(ast::SelectStmt *s) {
  std::vector<SelectCase> sends, recvs;
  ast::CommClauseStmt *dflt = nullptr;
  std::vector<ast::CommClauseStmt *> clauses;
  if (s->body)
    for (ast::Stmt *st : s->body->stmts)
      if (auto *c = dyn_cast<ast::CommClauseStmt>(st))
        clauses.push_back(c);

  LocationScope ls(*this, s->loc());
  if (clauses.empty()) {
    callRuntime(RuntimeFn::block, {});
    b.CreateUnreachable();
    return;
  }

  // The operands, in source order.
  for (ast::CommClauseStmt *c : clauses) {
    if (!c->comm) {
      dflt = c;
      continue;
    }
    SelectCase sc;
    sc.clause = c;
    if (auto *send = dyn_cast<ast::SendStmt>(c->comm)) {
      auto *ct = underAs<sema::ChanType>(send->chan->type);
      sc.chan = lowerExpr(send->chan);
      llvm::Value *v = lowerExpr(send->val);
      if (!ct || !sc.chan || !v)
        return;
      sc.elemType = ct->elem;
      sc.elem = createTemp(ct->elem, "select.send");
      storeValue(convertValue(v, send->val->type, ct->elem, send->loc()),
                 sc.elem, ct->elem);
      sends.push_back(sc);
      continue;
    }
    ast::Expr *rhs = nullptr;
    if (auto *es = dyn_cast<ast::ExprStmt>(c->comm))
      rhs = es->x;
    else if (auto *as = dyn_cast<ast::AssignStmt>(c->comm))
      rhs = as->rhs.empty() ? nullptr : as->rhs[0];
    sc.recv = dyn_cast_or_null<ast::UnaryExpr>(ast::unparen(rhs));
    auto *ct = sc.recv ? underAs<sema::ChanType>(sc.recv->x->type) : nullptr;
    if (!ct) {
      m.error(c->loc(), "malformed select case");
      return;
    }
    sc.chan = lowerExpr(sc.recv->x);
    sc.elemType = ct->elem;
    sc.elem = createTemp(ct->elem, "select.recv");
    recvs.push_back(sc);
  }

  std::vector<SelectCase> cases = sends;
  cases.insert(cases.end(), recvs.begin(), recvs.end());
  size_t n = cases.size();
  llvm::Value *chosen, *recvOK;
  if (n == 1 && dflt) {
    // One case and a default: a non-blocking send or receive, whose result
    // is made to look like selectgo's (case 0, or -1 for the default).
    llvm::Value *selected;
    if (!sends.empty()) {
      selected = callRuntime(RuntimeFn::selectnbsend, {cases[0].chan,
                                                       cases[0].elem});
      recvOK = b.getFalse();
    } else {
      llvm::Value *r = callRuntime(RuntimeFn::selectnbrecv,
                                   {cases[0].elem, cases[0].chan});
      selected = b.CreateTrunc(r, b.getInt1Ty());
      recvOK = b.CreateTrunc(b.CreateLShr(r, 8), b.getInt1Ty(), "recvOK");
    }
    chosen = b.CreateSelect(selected, b.getInt64(0), b.getInt64(-1), "chosen");
  } else {
    std::vector<std::pair<llvm::Value *, llvm::Value *>> scases;
    for (const SelectCase &sc : cases)
      scases.push_back({sc.chan, sc.elem});
    chosen = emitSelectGo(scases, sends.size(), dflt == nullptr, recvOK);
  }
  llvm::BasicBlock *endBB = newBlock("select.end");
  llvm::BasicBlock *dfltBB = newBlock(dflt ? "select.default" : "select.none");
  branchTargets_[s] = {endBB, nullptr};
  llvm::SwitchInst *sw = b.CreateSwitch(chosen, dfltBB, n);

  auto lowerClause = [&](ast::CommClauseStmt *c, const SelectCase *sc) {
    pushScope(c->loc());
    if (sc && sc->recv)
      if (auto *as = dyn_cast<ast::AssignStmt>(c->comm)) {
        LocationScope cl(*this, as->loc());
        llvm::Value *vals[2] = {loadValue(sc->elem, sc->elemType), recvOK};
        const sema::Type *types[2] = {sc->elemType,
                                      m.sctx.types.boolType()};
        for (size_t i = 0; i < as->lhs.size() && i < 2; ++i) {
          ast::Expr *lhs = as->lhs[i];
          auto *id = dyn_cast<ast::IdentExpr>(ast::unparen(lhs));
          if (id && id->isBlank())
            continue;
          LValue lv;
          if (as->op == tok::define) {
            auto *v = id ? dyn_cast_or_null<sema::Var>(id->obj) : nullptr;
            if (!v)
              continue;
            lv.addr = declareVar(v, lhs->loc());
            lv.type = v->type;
          } else {
            lv = lowerLValue(lhs);
          }
          assign(lv, vals[i], types[i]);
        }
      }
    lowerStmts(c->body);
    popScope();
    branchTo(endBB);
  };

  for (size_t i = 0; i < n; ++i) {
    llvm::BasicBlock *bb = newBlock("select.case");
    sw->addCase(b.getInt64(i), bb);
    startBlock(bb);
    lowerClause(cases[i].clause, &cases[i]);
  }
  startBlock(dfltBB);
  if (dflt) {
    lowerClause(dflt, nullptr);
  } else {
    // A blocking selectgo always returns a case.
    b.CreateUnreachable();
  }
  startBlock(endBB);
}

llvm::Value *FuncLowerer::emitSelectGo(
    llvm::ArrayRef<std::pair<llvm::Value *, llvm::Value *>> cases,
    size_t nsends, bool block, llvm::Value *&recvOK) {
  size_t n = cases.size();
  auto *scaseTy = llvm::StructType::get(ctx, {b.getPtrTy(), b.getPtrTy()});
  auto *casesTy = llvm::ArrayType::get(scaseTy, n);
  llvm::AllocaInst *caseArr = createAlloca(casesTy, "select.cases");
  llvm::AllocaInst *order = createAlloca(
      llvm::ArrayType::get(b.getInt16Ty(), 2 * n), "select.order");
  for (size_t i = 0; i < n; ++i) {
    llvm::Value *sc = b.CreateConstInBoundsGEP2_32(casesTy, caseArr, 0, i);
    b.CreateStore(cases[i].first, b.CreateStructGEP(scaseTy, sc, 0));
    b.CreateStore(cases[i].second, b.CreateStructGEP(scaseTy, sc, 1));
  }
  llvm::Value *res = callRuntime(
      RuntimeFn::selectgo,
      {caseArr, order, b.getInt64(nsends), b.getInt64(n - nsends),
       b.getInt1(block)});
  llvm::Value *chosen = b.CreateExtractValue(res, 0, "chosen");
  recvOK = b.CreateExtractValue(res, 1, "recvOK");
  return chosen;
}
