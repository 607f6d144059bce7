//===- lower/Chan.cpp - channel operations --------------------------------===//
// A channel value is the runtime's hchan pointer; every operation is a call
// into the runtime (docs/runtime-abi.md), and an element always travels by
// pointer, to a temporary in the frame, because the runtime moves elements
// with memmove of the element type's size:
//   make(chan T, n)    %c = call ptr @runtime.makechan(ptr @type.T, i64 n)
//   c <- v             store v, ptr %tmp; call @runtime.chansend1(%c, %tmp)
//   <-c                call @runtime.chanrecv1(%c, %tmp); load from %tmp
//   v, ok := <-c       %ok = call i1 @runtime.chanrecv2(%c, %tmp)
//   close(c)           call @runtime.closechan(%c)
//   len(c), cap(c)     call i64 @runtime.chanlen / chancap(%c)
//   for v := range c   chanrecv2 until it reports the channel closed
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"

using namespace golc;
using namespace golc::lower;

llvm::Value *FuncLowerer::lowerMakeChan(ast::CallExpr *e) {
  auto *ct = underAs<sema::ChanType>(e->type);
  llvm::Value *size =
      e->args.size() > 1 ? lowerIndexValue(e->args[1]) : b.getInt64(0);
  LocationScope ls(*this, e->loc());
  return callRuntime(RuntimeFn::makechan, {m.typeDescriptor(ct->elem), size});
}

void FuncLowerer::lowerSend(ast::SendStmt *s) {
  auto *ct = underAs<sema::ChanType>(s->chan->type);
  llvm::Value *c = lowerExpr(s->chan);
  llvm::Value *v = lowerExpr(s->val);
  if (!c || !v || !ct)
    return;
  LocationScope ls(*this, s->loc());
  llvm::AllocaInst *tmp = createTemp(ct->elem, "send.elem");
  storeValue(convertValue(v, s->val->type, ct->elem, s->loc()), tmp, ct->elem);
  callRuntime(RuntimeFn::chansend1, {c, tmp});
}

std::pair<llvm::Value *, llvm::Value *>
FuncLowerer::lowerRecv(ast::UnaryExpr *e, bool commaOk) {
  auto *ct = underAs<sema::ChanType>(e->x->type);
  llvm::Value *c = lowerExpr(e->x);
  if (!c || !ct)
    return {llvm::PoisonValue::get(m.llvmType(e->type)), b.getFalse()};
  LocationScope ls(*this, e->loc());
  llvm::AllocaInst *tmp = createTemp(ct->elem, "recv.elem");
  llvm::Value *ok = nullptr;
  if (commaOk)
    ok = callRuntime(RuntimeFn::chanrecv2, {c, tmp});
  else
    callRuntime(RuntimeFn::chanrecv1, {c, tmp});
  return {loadValue(tmp, ct->elem), ok};
}

void FuncLowerer::lowerClose(ast::CallExpr *e) {
  if (e->args.size() != 1)
    return;
  llvm::Value *c = lowerExpr(e->args[0]);
  if (!c)
    return;
  LocationScope ls(*this, e->loc());
  callRuntime(RuntimeFn::closechan, {c});
}

void FuncLowerer::lowerRangeChan(ast::RangeStmt *s, llvm::Value *c) {
  const sema::Type *elem = underAs<sema::ChanType>(s->x->type)->elem;
  // Only the value (in the key position: a channel has no index).
  LValue place = rangeLValue(s, s->key, /*declare=*/true);
  llvm::AllocaInst *tmp = createTemp(elem, "range.elem");

  llvm::BasicBlock *recvBB = newBlock("range.recv");
  llvm::BasicBlock *bodyBB = newBlock("range.body");
  llvm::BasicBlock *endBB = newBlock("range.end");
  branchTargets_[s] = {endBB, recvBB};

  b.CreateBr(recvBB);
  startBlock(recvBB);
  llvm::Value *ok;
  {
    LocationScope ls(*this, s->loc());
    ok = callRuntime(RuntimeFn::chanrecv2, {c, tmp});
  }
  b.CreateCondBr(ok, bodyBB, endBB);

  startBlock(bodyBB);
  if (s->key && s->op != tok::define)
    place = rangeLValue(s, s->key, /*declare=*/false);
  assign(place, loadValue(tmp, elem), elem);
  lowerBlock(s->body);
  branchTo(recvBB);
  startBlock(endBB);
}
