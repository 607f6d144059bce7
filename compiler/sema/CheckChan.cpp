//===- sema/CheckChan.cpp - channel types, operations and go statements ---===//
// Everything sema knows about goroutines and channels: the channel type
// `chan T` / `chan<- T` / `<-chan T`, send statements, receive expressions
// (`<-c`, usable in a `v, ok` context), close, len and cap of a channel,
// `for v := range c`, go statements and select. (make(chan T[, n]) is
// checked with the other make calls, in CheckCall.cpp.)
//
// The checks mirror gc's (types2) so that the messages and their positions
// match it: a channel operation is checked against the direction of the
// operand's type, and the operand is named in the message (`cannot send to
// receive-only channel r (variable of type <-chan int)`). A go statement's
// call is checked like an expression statement's, then classified as gc
// does: a conversion or a value-producing builtin cannot be run as a
// goroutine.
//
// The generic dispatchers (stmt, unary, builtin, typInternal, rangeStmt) call
// in here; this file keeps the channel rules in one place.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"

using namespace golc;
using namespace golc::sema;

const Type *Checker::chanType(ast::ChanTypeExpr *e) {
  const Type *elem = typ(e->elt);
  if (elem == types.invalid())
    return elem;
  ChanType::Dir dir = e->dir == ast::ChanTypeExpr::SendOnly ? ChanType::SendOnly
                      : e->dir == ast::ChanTypeExpr::RecvOnly
                          ? ChanType::RecvOnly
                          : ChanType::Both;
  return types.chan(elem, dir);
}

void Checker::receive(Operand &x) {
  auto *c = llvm::dyn_cast<ChanType>(x.type->underlying());
  if (!c) {
    error(at(x), diag::CannotReceiveFromNonChannel, operandStr(x));
    x.mode = OpMode::Invalid;
    return;
  }
  if (c->dir == ChanType::SendOnly) {
    error(at(x), diag::CannotReceiveFromSendOnly, operandStr(x));
    x.mode = OpMode::Invalid;
    return;
  }
  // The received value may be used as `v, ok := <-c`.
  x.mode = OpMode::CommaOk;
  x.type = c->elem;
  x.val = Constant();
}

void Checker::sendStmt(ast::SendStmt *s) {
  Operand ch, val;
  expr(ch, s->chan);
  expr(val, s->val);
  if (ch.invalid() || val.invalid())
    return;
  auto *c = llvm::dyn_cast<ChanType>(ch.type->underlying());
  if (!c) {
    error(at(ch), diag::CannotSendToNonChannel, operandStr(ch));
    return;
  }
  if (c->dir == ChanType::RecvOnly) {
    error(at(ch), diag::CannotSendToReceiveOnly, operandStr(ch));
    return;
  }
  assignment(val, c->elem, "send");
}

void Checker::goOrDeferCall(ast::CallExpr *call, const char *keyword) {
  // The parser has made sure the expression is an unparenthesized call.
  Operand x;
  ExprKind kind = rawExpr(x, call);
  if (x.invalid() || kind == Statement)
    return;
  error(at(x),
        kind == Conversion ? diag::GoRequiresCall : diag::GoDiscardsResult,
        keyword, operandStr(x));
}

/// A select case's communication: a send, or a receive whose value may be
/// assigned or declared (`v, ok := <-c`).
static bool validComm(ast::Stmt *comm) {
  ast::Expr *rhs = nullptr;
  if (!comm || llvm::isa<ast::SendStmt>(comm))
    return true;
  if (auto *es = llvm::dyn_cast<ast::ExprStmt>(comm))
    rhs = es->x;
  else if (auto *as = llvm::dyn_cast<ast::AssignStmt>(comm);
           as && as->rhs.size() == 1 &&
           (as->op == tok::assign || as->op == tok::define))
    rhs = as->rhs[0];
  auto *u = llvm::dyn_cast_or_null<ast::UnaryExpr>(ast::unparen(rhs));
  return u && u->op == tok::arrow;
}

void Checker::selectStmt(ast::SelectStmt *s) {
  ast::CommClauseStmt *firstDefault = nullptr;
  if (!s->body)
    return;
  for (ast::Stmt *cs : s->body->stmts) {
    auto *clause = llvm::dyn_cast<ast::CommClauseStmt>(cs);
    if (!clause)
      continue;
    if (!clause->comm) {
      if (firstDefault)
        error(clause->loc(), diag::MultipleDefaults,
              posString(firstDefault->loc()));
      else
        firstDefault = clause;
    }
    if (!validComm(clause->comm)) {
      SourceLoc loc = clause->comm->loc();
      if (auto *as = llvm::dyn_cast<ast::AssignStmt>(clause->comm);
          as && !as->lhs.empty())
        loc = startLoc(as->lhs[0]);
      else if (auto *es = llvm::dyn_cast<ast::ExprStmt>(clause->comm))
        loc = startLoc(es->x);
      error(loc, diag::InvalidSelectCase);
      continue;
    }
    // Each clause is a block; variables its receive declares live in it.
    openScope();
    stmt(clause->comm);
    stmtList(clause->body);
    closeScope();
  }
}

bool Checker::closeChan(Operand &x, ast::CallExpr *call) {
  auto *c = llvm::dyn_cast<ChanType>(x.type->underlying());
  if (!c) {
    error(at(x), diag::CannotCloseNonChannel, operandStr(x));
    return false;
  }
  if (c->dir == ChanType::RecvOnly) {
    error(at(x), diag::CannotCloseReceiveOnly, operandStr(x));
    return false;
  }
  recordTypeAndValue(call->fun, OpMode::Builtin,
                     types.signature(types.tuple({x.type}), types.tuple({}),
                                     false),
                     Constant());
  x.mode = OpMode::NoValue;
  x.type = types.tuple({});
  return true;
}

const Type *Checker::rangeChan(Operand &x, ast::RangeStmt *s) {
  auto *c = llvm::dyn_cast<ChanType>(x.type->underlying());
  if (c->dir == ChanType::SendOnly) {
    error(at(x), diag::CannotRangeOverSendOnly, operandStr(x));
    return nullptr;
  }
  // A channel yields one value per iteration, and no index.
  if (s->val) {
    error(startLoc(s->val), diag::RangePermitsOneVariable, operandStr(x));
    return nullptr;
  }
  return c->elem;
}
