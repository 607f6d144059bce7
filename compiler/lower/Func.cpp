//===- lower/Func.cpp - function frames, parameters and results -----------===//
// A Go function `func f(a A, b B) (r R)` becomes
//   define R @main.f(A %a, B %b) {
//   entry:
//     %a.addr = alloca A ; %b.addr = alloca B ; %r = alloca R  (all first)
//     store A %a, ptr %a.addr ... ; store R zeroinitializer, ptr %r
//     ...body...
// Every parameter, named result and local lives in an alloca of the entry
// block, named after the Go variable and described to the debugger there;
// mem2reg turns them into registers at -O1 and above, and at -O0 gdb finds
// each variable in its slot. Results are returned directly: one as itself,
// several as a literal struct {R1, R2}. Named results have slots (zeroed on
// entry) that a bare return reads.
//===----------------------------------------------------------------------===//
#include "lower/DebugInfo.h"
#include "lower/Lowerer.h"
#include "sema/Objects.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast_or_null;

FuncLowerer::FuncLowerer(ModuleLowerer &m, llvm::Function *fn)
    : m(m), ctx(m.ctx), fn(fn), b(m.ctx) {}

void FuncLowerer::startFunction(llvm::StringRef name, SourceLoc loc) {
  llvm::BasicBlock *entry = llvm::BasicBlock::Create(ctx, "entry", fn);
  auto *i32 = llvm::Type::getInt32Ty(ctx);
  allocaPoint_ = new llvm::BitCastInst(llvm::PoisonValue::get(i32), i32,
                                       "allocapt", entry);
  b.SetInsertPoint(entry);
  // The prologue (parameters stored to their slots, named results zeroed)
  // has no line, so the debugger's `break main.f` lands on the first
  // statement with the parameters in place; statements set locations.
  if (m.di)
    scopes_.push_back(m.di->createFunction(fn, name, loc, sig_));
  loc_ = loc;
}

void FuncLowerer::finishFunction(SourceLoc endLoc) {
  if (!b.GetInsertBlock()->getTerminator()) {
    setLocation(endLoc);
    // Falling off the end: only possible without results (sema checks that
    // a function with results ends in a terminating statement).
    if (fn->getReturnType()->isVoidTy())
      b.CreateRetVoid();
    else
      b.CreateUnreachable();
  }
  for (llvm::BasicBlock *bb : pendingBlocks_) {
    if (bb->getParent())
      continue;
    if (bb->use_empty()) {
      delete bb;
      continue;
    }
    bb->insertInto(fn);
    llvm::IRBuilder<>(bb).CreateUnreachable();
  }
  pendingBlocks_.clear();
  allocaPoint_->eraseFromParent();
  allocaPoint_ = nullptr;
  llvm::removeUnreachableBlocks(*fn);
}

void FuncLowerer::lowerFuncBody(const sema::Func *f) {
  ast::FuncDecl *decl = f->decl;
  sig_ = dyn_cast_or_null<sema::SignatureType>(f->type);
  startFunction(fn->getName(), decl->name ? decl->name->loc() : decl->loc());

  std::vector<sema::Var *> params;
  if (f->recv)
    params.push_back(f->recv);
  params.insert(params.end(), f->params.begin(), f->params.end());
  if (params.size() != fn->arg_size()) {
    m.error(decl->loc(), "parameters of " + f->name + " do not match its signature");
    params.clear();
  }
  for (size_t i = 0; i < params.size(); ++i) {
    sema::Var *v = params[i];
    llvm::Argument *arg = fn->getArg(i);
    if (v->name.empty() || v->name == "_")
      continue; // passed, never read
    arg->setName(v->name);
    llvm::Value *slot = declareVar(v, v->loc, i + 1);
    slot->setName(v->name + ".addr");
    storeValue(arg, slot, v->type);
  }

  // Named results start as zero values in their slots (all results are
  // named, or none is).
  if (!f->results.empty() && !f->results[0]->name.empty()) {
    for (sema::Var *v : f->results) {
      llvm::Value *slot = v->name == "_"
                              ? createAlloca(m.memType(v->type), "~r")
                              : declareVar(v, v->loc);
      storeValue(m.zeroValue(v->type), slot, v->type);
      resultSlots_.push_back(slot);
    }
  }

  lowerStmts(decl->body->stmts);
  finishFunction(decl->body->rbrace);
}

void FuncLowerer::lowerPackageInit(llvm::ArrayRef<llvm::Function *> initFuncs) {
  SourceLoc loc;
  if (!m.pkg.files.empty())
    loc = m.pkg.files.front()->pkgLoc;
  startFunction(fn->getName(), loc);

  for (const sema::Package::VarInit &vi : m.pkg.varInits) {
    if (!vi.rhs || vi.lhs.empty())
      continue;
    LocationScope ls(*this, vi.rhs->loc());
    const sema::Var *only = vi.lhs.size() == 1 ? vi.lhs[0] : nullptr;
    if (only && only->name != "_" && vi.rhs->mode == ast::ExprMode::Constant &&
        vi.rhs->value) {
      // A constant initialiser is the global's static value: no code.
      llvm::Constant *c = m.constant(*vi.rhs->value, only->type);
      if (c->getType()->isIntegerTy(1))
        c = llvm::ConstantInt::get(llvm::Type::getInt8Ty(ctx),
                                   c->isOneValue() ? 1 : 0);
      m.global(only)->setInitializer(c);
      continue;
    }
    std::vector<const sema::Type *> types;
    hoistOperands(vi.rhs);
    std::vector<llvm::Value *> vals = lowerValues({vi.rhs}, vi.lhs.size(), types);
    for (size_t i = 0; i < vi.lhs.size() && i < vals.size(); ++i) {
      const sema::Var *v = vi.lhs[i];
      LValue lv;
      if (v->name != "_") {
        lv.addr = m.global(v);
        lv.type = v->type;
      }
      assign(lv, vals[i], types[i]);
    }
  }
  setLocation(loc);
  for (llvm::Function *init : initFuncs)
    b.CreateCall(init);
  finishFunction(loc);
}

//===----------------------------------------------------------------------===//
// Variables
//===----------------------------------------------------------------------===//

llvm::AllocaInst *FuncLowerer::createAlloca(llvm::Type *ty,
                                            const llvm::Twine &name) {
  return new llvm::AllocaInst(ty, 0, name, allocaPoint_->getIterator());
}

llvm::Value *FuncLowerer::declareVar(sema::Var *v, SourceLoc loc,
                                     unsigned argNo) {
  llvm::AllocaInst *slot = createAlloca(m.memType(v->type), v->name);
  locals_[v] = slot;
  if (m.di && !scopes_.empty()) {
    llvm::DILocalVariable *dv =
        m.di->createVariable(scopes_.back(), v->name, v->type, loc, argNo);
    m.di->declare(slot, dv, m.di->location(loc, scopes_.back()), allocaPoint_);
  }
  return slot;
}

llvm::Value *FuncLowerer::varAddr(sema::Var *v, SourceLoc loc) {
  if (v->isGlobal)
    return m.global(v);
  auto it = locals_.find(v);
  if (it != locals_.end())
    return it->second;
  m.error(loc, "variable " + v->name + " used before its declaration");
  return declareVar(v, loc);
}

llvm::Value *FuncLowerer::loadValue(llvm::Value *addr, const sema::Type *t) {
  llvm::Value *v = b.CreateLoad(m.memType(t), addr);
  if (isBoolType(t))
    v = b.CreateTrunc(v, b.getInt1Ty());
  return v;
}

void FuncLowerer::storeValue(llvm::Value *v, llvm::Value *addr,
                             const sema::Type *t) {
  if (v->getType()->isIntegerTy(1))
    v = b.CreateZExt(v, b.getInt8Ty());
  b.CreateStore(v, addr);
}

void FuncLowerer::emitReturn(llvm::ArrayRef<llvm::Value *> results) {
  llvm::Type *retTy = fn->getReturnType();
  if (retTy->isVoidTy()) {
    b.CreateRetVoid();
    return;
  }
  if (results.size() == 1) {
    b.CreateRet(results[0]);
    return;
  }
  llvm::Value *agg = llvm::PoisonValue::get(retTy);
  for (size_t i = 0; i < results.size(); ++i)
    agg = b.CreateInsertValue(agg, results[i], i);
  b.CreateRet(agg);
}
