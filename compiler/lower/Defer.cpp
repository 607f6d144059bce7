//===- lower/Defer.cpp - defer statements and recover ---------------------===//
// `defer f(a, b)` evaluates f and its arguments now and runs the call when
// the function returns, or when a panic unwinds it. The call is packed into a
// funcval exactly as for a go statement (Go.cpp's packCall), and registered
// with the goroutine:
//   %r = call i32 @runtime.deferproc(ptr %fv)   ; returns_twice
//   %recovered = icmp ne i32 %r, 0
//   br i1 %recovered, label %defer.return, label %cont
// deferproc pushes a _defer record, saving this frame's context (sp, pc, bp,
// callee-saved registers), and returns 0. If a deferred call recovers a
// panic later, the runtime resumes this frame there with 1: deferproc
// returns a second time, and the function goes to its return path as if it
// had returned. gc's compiler used this very scheme before open-coded
// defers (Go 1.13); `returns_twice` tells LLVM what setjmp tells it.
//
// A function with defers returns through one block:
//   every `return x` stores x into the result slots, then branches to
//   defer.return:   call void @runtime.deferreturn()   ; runs this frame's
//                   %r = load the result slots            ; deferred calls
//                   ret %r
// So deferred calls see (and may change) named results after the return
// statement assigned them, and a recovered panic returns what the results
// hold. Unnamed results get hidden slots, zeroed on entry. The slots'
// addresses escape (an empty asm), so no store to them is removed or moved
// past a call that may panic: after recovery, memory is all there is.
//
// recover() is `call {ptr, ptr} @runtime.gorecover()`: the panic value if
// the caller is the deferred call a panic is running, else nil. The thunks
// and method wrappers between the runtime and the deferred function do not
// count (as gc's wrappers adjust the panic's argp): they live in their own
// section, kWrapperSection, and the runtime looks through their frames.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"
#include "llvm/IR/InlineAsm.h"

using namespace golc;
using namespace golc::lower;

void FuncLowerer::setupDefers() {
  size_t nres = sig_ && sig_->results ? sig_->results->types.size() : 0;
  for (size_t i = 0; i < nres; ++i) {
    const sema::Type *t = sig_->results->types[i];
    llvm::Value *slot;
    if (i < namedResults_.size()) {
      slot = varAddr(namedResults_[i], loc_);
    } else {
      slot = createTemp(t, "~r" + llvm::Twine(i));
      storeZero(slot, t);
    }
    resultSlots_.push_back(slot);
  }
  // The slots escape: `asm sideeffect "", "r,...,~{memory}"(ptr ...)`.
  if (!resultSlots_.empty()) {
    std::string constraints;
    std::vector<llvm::Type *> params;
    for (size_t i = 0; i < resultSlots_.size(); ++i) {
      constraints += "r,";
      params.push_back(b.getPtrTy());
    }
    constraints += "~{memory}";
    auto *asmTy = llvm::FunctionType::get(b.getVoidTy(), params, false);
    b.CreateCall(llvm::InlineAsm::get(asmTy, "", constraints,
                                      /*hasSideEffects=*/true),
                 resultSlots_);
  }
  deferReturnBB_ = newBlock("defer.return");
}

void FuncLowerer::finishDefers() {
  if (!deferReturnBB_ || deferReturnBB_->use_empty())
    return;
  startBlock(deferReturnBB_);
  callRuntime(RuntimeFn::deferreturn, {});
  std::vector<llvm::Value *> vals;
  for (size_t i = 0; i < resultSlots_.size(); ++i)
    vals.push_back(loadValue(resultSlots_[i], sig_->results->types[i]));
  llvm::BasicBlock *bb = deferReturnBB_;
  deferReturnBB_ = nullptr; // emitReturn returns for real now
  emitReturn(vals);
  deferReturnBB_ = bb;
}

void FuncLowerer::lowerDefer(ast::DeferStmt *s) {
  LocationScope ls(*this, s->loc());
  llvm::Value *fv = packCall(s->call, "deferwrap");
  if (!fv || !deferReturnBB_)
    return;
  llvm::CallInst *r = callRuntime(RuntimeFn::deferproc, {fv});
  llvm::BasicBlock *cont = newBlock("defer.cont");
  b.CreateCondBr(b.CreateICmpNE(r, b.getInt32(0), "recovered"),
                 deferReturnBB_, cont);
  startBlock(cont);
}
