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
//
// A variable that a func literal captures, whose address is taken, or that
// is too large for a goroutine's stack lives in a heap cell instead
// (runtime.newobject, allocated where the declaration runs, so each
// iteration of a loop body gets a fresh one); its entry-block slot `x.cell`
// holds the cell's address. A func literal's body receives the closure
// context as its first, `nest`, parameter and finds the cells of the
// variables it captures there (Closure.cpp).
//
// A function with defer statements returns through one block that runs the
// deferred calls first (Defer.cpp).
//
// Package initialisation: `pkg.init` runs once (a done flag): it calls the
// init of each imported package, then runs the variable initialisers in the
// order sema computed, then the `func init()`s. The runtime calls main.init.
//===----------------------------------------------------------------------===//
#include "lower/DebugInfo.h"
#include "lower/Lowerer.h"
#include "sema/Objects.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

// Variables larger than this live on the heap, as gc's maxStackVarSize
// would put them: goroutine stacks are small.
static const uint64_t kMaxStackVarSize = 64 << 10;

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
  // statement with the parameters in place; statements set locations. A
  // generated function (wrapper, type..eq) without a position is line 0.
  if (m.di) {
    scopes_.push_back(m.di->createFunction(fn, name, loc, sig_));
    if (!loc.isValid())
      b.SetCurrentDebugLocation(llvm::DILocation::get(ctx, 0, 0, scopes_.back()));
  }
  loc_ = loc;
}

void FuncLowerer::finishFunction(SourceLoc endLoc) {
  if (!b.GetInsertBlock()->getTerminator()) {
    setLocation(endLoc);
    // Falling off the end: only possible without results (sema checks that
    // a function with results ends in a terminating statement).
    if (fn->getReturnType()->isVoidTy())
      emitReturn({}); // through defer.return if the function defers
    else
      b.CreateUnreachable();
  }
  finishDefers();
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

void FuncLowerer::lowerBody(llvm::ArrayRef<sema::Var *> params,
                            llvm::ArrayRef<sema::Var *> results,
                            unsigned firstArg, ast::BlockStmt *body,
                            bool hasDefer) {
  if (params.size() + firstArg != fn->arg_size()) {
    m.error(body ? body->loc() : loc_,
            "parameters of " + fn->getName() + " do not match its signature");
    params = {};
  }
  for (size_t i = 0; i < params.size(); ++i) {
    sema::Var *v = params[i];
    llvm::Argument *arg = fn->getArg(firstArg + i);
    if (!v || v->name.empty() || v->name == "_")
      continue; // passed, never read
    arg->setName(v->name);
    llvm::Value *slot = declareVar(v, v->loc, i + 1);
    if (!locals_[v].cell)
      slot->setName(v->name + ".addr");
    storeValue(arg, slot, v->type);
  }

  // Named results start as zero values (all results are named, or none is).
  if (!results.empty() && results[0] && !results[0]->name.empty()) {
    for (sema::Var *v : results) {
      storeZero(declareVar(v, v->loc), v->type);
      namedResults_.push_back(v);
    }
  }
  if (hasDefer)
    setupDefers();

  if (body)
    lowerStmts(body->stmts);
}

void FuncLowerer::lowerFuncBody(const sema::Func *f) {
  ast::FuncDecl *decl = f->decl;
  sig_ = dyn_cast_or_null<sema::SignatureType>(f->type);
  closurePrefix = fn->getName().str() + ".func";
  startFunction(fn->getName(), decl->name ? decl->name->loc() : decl->loc());
  std::vector<sema::Var *> params;
  if (f->recvType)
    params.push_back(f->recv);
  params.insert(params.end(), f->params.begin(), f->params.end());
  lowerBody(params, f->results, 0, decl->body, f->hasDefer);
  finishFunction(decl->body->rbrace);
}

/// The variables of a parameter or result list, one per entry of the
/// signature (null for an unnamed one).
static std::vector<sema::Var *> fieldVars(llvm::ArrayRef<ast::Field> fields) {
  std::vector<sema::Var *> vars;
  for (const ast::Field &f : fields) {
    if (f.names.empty())
      vars.push_back(nullptr);
    for (ast::IdentExpr *name : f.names)
      vars.push_back(dyn_cast_or_null<sema::Var>(name->obj));
  }
  return vars;
}

void FuncLowerer::lowerFuncLitBody(ast::FuncLitExpr *e,
                                   const std::string &name) {
  sig_ = dyn_cast_or_null<sema::SignatureType>(e->type);
  closurePrefix = name + ".";
  startFunction(name, e->loc());

  // The context is the funcval {code, cell0, cell1, ...}.
  llvm::Value *context = fn->getArg(0);
  context->setName("ctx");
  std::vector<const sema::Type *> cellTypes;
  for (sema::Var *v : e->captures)
    cellTypes.push_back(m.sctx.types.pointer(v->type));
  llvm::Type *closureTy = m.memType(m.closureType(cellTypes));
  for (size_t i = 0; i < e->captures.size(); ++i) {
    sema::Var *v = e->captures[i];
    llvm::Value *cell = b.CreateLoad(
        b.getPtrTy(), b.CreateStructGEP(closureTy, context, i + 1),
        v->name + ".cell");
    locals_[v] = {cell, false};
  }

  std::vector<sema::Var *> params, results;
  if (e->funcType) {
    params = fieldVars(e->funcType->params);
    results = fieldVars(e->funcType->results);
  }
  lowerBody(params, results, 1, e->body, e->hasDefer);
  finishFunction(e->body ? e->body->rbrace : e->loc());
}

void FuncLowerer::lowerPackageInit(llvm::ArrayRef<llvm::Function *> importInits,
                                   llvm::ArrayRef<llvm::Function *> initFuncs) {
  SourceLoc loc;
  if (!m.pkg.files.empty())
    loc = m.pkg.files.front()->pkgLoc;
  closurePrefix = m.pkg.path + ".glob..func";
  startFunction(fn->getName(), loc);
  setLocation(loc);

  // Once only: a package imported by several others is initialised by the
  // first.
  auto *done = new llvm::GlobalVariable(
      *m.mod, b.getInt8Ty(), false, llvm::GlobalValue::InternalLinkage,
      b.getInt8(0), m.pkg.path + "..inittask");
  llvm::BasicBlock *runBB = newBlock("init.run");
  llvm::BasicBlock *doneBB = newBlock("init.done");
  b.CreateCondBr(b.CreateICmpNE(b.CreateLoad(b.getInt8Ty(), done), b.getInt8(0)),
                 doneBB, runBB);
  startBlock(doneBB);
  b.CreateRetVoid();
  startBlock(runBB);
  b.CreateStore(b.getInt8(1), done);
  for (llvm::Function *init : importInits)
    b.CreateCall(init);

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
    hoistOperands(vi.rhs);
    if (only && only->name != "_") {
      // Built straight into the (zero-initialised) global.
      lowerInto(vi.rhs, m.global(only), only->type, /*dstZeroed=*/true);
      continue;
    }
    std::vector<const sema::Type *> types;
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

llvm::AllocaInst *FuncLowerer::createTemp(const sema::Type *t,
                                          const llvm::Twine &name) {
  return createAlloca(m.memType(t), name);
}

llvm::Value *FuncLowerer::declareVar(sema::Var *v, SourceLoc loc,
                                     unsigned argNo) {
  bool onHeap = !v->isGlobal &&
                (v->captured || v->addressTaken ||
                 m.sizeOf(v->type) > kMaxStackVarSize);
  llvm::AllocaInst *slot;
  llvm::Value *addr;
  if (onHeap) {
    slot = createAlloca(b.getPtrTy(), v->name + ".cell");
    addr = emitNew(v->type);
    addr->setName(v->name);
    b.CreateStore(addr, slot);
  } else {
    slot = createAlloca(m.memType(v->type), v->name);
    addr = slot;
  }
  locals_[v] = {slot, onHeap};
  if (m.di && !scopes_.empty() && v->name != "_") {
    llvm::DILocalVariable *dv =
        m.di->createVariable(scopes_.back(), v->name, v->type, loc, argNo);
    m.di->declare(slot, dv, m.di->location(loc, scopes_.back()), allocaPoint_,
                  /*indirect=*/onHeap);
  }
  return addr;
}

llvm::Value *FuncLowerer::varAddr(sema::Var *v, SourceLoc loc) {
  if (v->isGlobal)
    return m.global(v);
  auto it = locals_.find(v);
  if (it != locals_.end()) {
    if (it->second.cell)
      return b.CreateLoad(b.getPtrTy(), it->second.addr, v->name + ".cell");
    return it->second.addr;
  }
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

/// Aggregates above this size are zeroed and copied with memset/memmove
/// rather than as first-class values.
static const uint64_t kMaxRegisterAggregate = 64;

static bool isLargeAggregate(ModuleLowerer &m, const sema::Type *t) {
  const sema::Type *u = t->underlying();
  return (llvm::isa<sema::ArrayType>(u) || llvm::isa<sema::StructType>(u)) &&
         m.sizeOf(t) > kMaxRegisterAggregate;
}

void FuncLowerer::storeZero(llvm::Value *addr, const sema::Type *t) {
  if (isLargeAggregate(m, t)) {
    b.CreateMemSet(addr, b.getInt8(0), m.sizeOf(t), llvm::MaybeAlign(m.alignOf(t)));
    return;
  }
  storeValue(m.zeroValue(t), addr, t);
}

void FuncLowerer::copyValue(llvm::Value *dst, llvm::Value *src,
                            const sema::Type *t) {
  if (isLargeAggregate(m, t)) {
    llvm::MaybeAlign align(m.alignOf(t));
    b.CreateMemMove(dst, align, src, align, m.sizeOf(t));
    return;
  }
  storeValue(loadValue(src, t), dst, t);
}

void FuncLowerer::emitReturn(llvm::ArrayRef<llvm::Value *> results) {
  if (deferReturnBB_) {
    // The deferred calls run first (Defer.cpp): results wait in memory.
    for (size_t i = 0; i < results.size() && i < resultSlots_.size(); ++i)
      storeValue(results[i], resultSlots_[i], sig_->results->types[i]);
    b.CreateBr(deferReturnBB_);
    return;
  }
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
