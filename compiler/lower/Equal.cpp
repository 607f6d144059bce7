//===- lower/Equal.cpp - equality and hashing of values in memory ---------===//
// The runtime compares and hashes values it only knows by descriptor (map
// keys, interface ==) through two functions a descriptor names:
//   _type.equal      bool(ptr a, ptr b)         (null: not comparable)
//   maptype.hasher   uintptr(ptr key, uintptr seed)
// Basic types, and values that are plain memory of 0, 1, 2, 4, 8 or 16
// bytes, use the runtime's: runtime.memequalN (integers, booleans, pointers,
// chans), runtime.strequal, runtime.f32equal / f64equal,
// runtime.nilinterequal / interequal; runtime.memhashN, runtime.strhash,
// runtime.f32hash / f64hash, runtime.nilinterhash / interhash. (The map
// runtime's fast paths expect exactly memhash64 and strhash.) Everything
// else gets a compiler-generated, linkonce_odr function, as gc's:
//   type..eq.T    field by field (blank fields skipped), element by element,
//                 false at the first difference
//   type..hash.T  runtime.memhash(p, seed, size) when T's bytes are its value,
//                 else each field's or element's hash chained through the seed
// Inline == of structs and arrays (Expr.cpp) compares small ones field by
// field and calls type..eq.T for the rest.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "llvm/IR/MDBuilder.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using sema::BasicType;

/// The runtime function as a constant function pointer.
static llvm::Constant *runtimeFnPtr(ModuleLowerer &m, RuntimeFn fn) {
  return cast<llvm::Constant>(m.runtimeFunc(fn).getCallee());
}

llvm::Constant *ModuleLowerer::equalFunc(const sema::Type *t) {
  if (!sema::isComparable(t))
    return nullptr;
  auto it = equalFuncs_.find(t);
  if (it != equalFuncs_.end())
    return it->second;
  const sema::Type *u = t->underlying();
  llvm::Constant *result = nullptr;
  auto *bt = dyn_cast<BasicType>(u);
  if (isStringType(u)) {
    result = runtimeFnPtr(*this, RuntimeFn::strequal);
  } else if (bt && bt->bkind == BasicType::Float32) {
    result = runtimeFnPtr(*this, RuntimeFn::f32equal);
  } else if (bt && bt->bkind == BasicType::Float64) {
    result = runtimeFnPtr(*this, RuntimeFn::f64equal);
  } else if (isa<sema::InterfaceType>(u)) {
    result = runtimeFnPtr(*this, isEmptyInterface(u) ? RuntimeFn::nilinterequal
                                                     : RuntimeFn::interequal);
  } else if (isRegularMemory(*this, u)) {
    switch (sizeOf(u)) {
    case 0:
      result = runtimeFnPtr(*this, RuntimeFn::memequal0);
      break;
    case 1:
      result = runtimeFnPtr(*this, RuntimeFn::memequal8);
      break;
    case 2:
      result = runtimeFnPtr(*this, RuntimeFn::memequal16);
      break;
    case 4:
      result = runtimeFnPtr(*this, RuntimeFn::memequal32);
      break;
    case 8:
      result = runtimeFnPtr(*this, RuntimeFn::memequal64);
      break;
    case 16:
      result = runtimeFnPtr(*this, RuntimeFn::memequal128);
      break;
    default:
      break; // type..eq.T
    }
  }
  if (!result) {
    std::string name = "type..eq." + typeSymbol(t);
    llvm::Function *fn = mod->getFunction(name);
    if (!fn) {
      auto *ptr = llvm::PointerType::get(ctx, 0);
      fn = createFunction(
          llvm::FunctionType::get(llvm::Type::getInt1Ty(ctx), {ptr, ptr}, false),
          llvm::GlobalValue::LinkOnceODRLinkage, name);
      fn->addRetAttr(llvm::Attribute::ZExt);
      equalFuncs_[t] = fn; // before the body: a type may refer to itself
      FuncLowerer fl(*this, fn);
      fl.lowerEqualFunc(t);
    }
    result = fn;
  }
  equalFuncs_[t] = result;
  return result;
}

llvm::Constant *ModuleLowerer::hashFunc(const sema::Type *t) {
  if (!sema::isComparable(t))
    return nullptr;
  auto it = hashFuncs_.find(t);
  if (it != hashFuncs_.end())
    return it->second;
  const sema::Type *u = t->underlying();
  llvm::Constant *result = nullptr;
  auto *bt = dyn_cast<BasicType>(u);
  if (isStringType(u)) {
    result = runtimeFnPtr(*this, RuntimeFn::strhash);
  } else if (bt && bt->bkind == BasicType::Float32) {
    result = runtimeFnPtr(*this, RuntimeFn::f32hash);
  } else if (bt && bt->bkind == BasicType::Float64) {
    result = runtimeFnPtr(*this, RuntimeFn::f64hash);
  } else if (isa<sema::InterfaceType>(u)) {
    result = runtimeFnPtr(*this, isEmptyInterface(u) ? RuntimeFn::nilinterhash
                                                     : RuntimeFn::interhash);
  } else if (isRegularMemory(*this, u)) {
    switch (sizeOf(u)) {
    case 0:
      result = runtimeFnPtr(*this, RuntimeFn::memhash0);
      break;
    case 1:
      result = runtimeFnPtr(*this, RuntimeFn::memhash8);
      break;
    case 2:
      result = runtimeFnPtr(*this, RuntimeFn::memhash16);
      break;
    case 4:
      result = runtimeFnPtr(*this, RuntimeFn::memhash32);
      break;
    case 8:
      result = runtimeFnPtr(*this, RuntimeFn::memhash64);
      break;
    case 16:
      result = runtimeFnPtr(*this, RuntimeFn::memhash128);
      break;
    default:
      break; // type..hash.T
    }
  }
  if (!result) {
    std::string name = "type..hash." + typeSymbol(t);
    llvm::Function *fn = mod->getFunction(name);
    if (!fn) {
      auto *i64 = llvm::Type::getInt64Ty(ctx);
      auto *ptr = llvm::PointerType::get(ctx, 0);
      fn = createFunction(llvm::FunctionType::get(i64, {ptr, i64}, false),
                          llvm::GlobalValue::LinkOnceODRLinkage, name);
      hashFuncs_[t] = fn;
      FuncLowerer fl(*this, fn);
      fl.lowerHashFunc(t);
    }
    result = fn;
  }
  hashFuncs_[t] = result;
  return result;
}

llvm::Value *FuncLowerer::emitEqualInMemory(llvm::Value *p, llvm::Value *q,
                                            const sema::Type *t) {
  const sema::Type *u = t->underlying();
  if (llvm::isa<sema::StructType>(u) || llvm::isa<sema::ArrayType>(u)) {
    llvm::Constant *eq = m.equalFunc(t);
    auto *fnTy = llvm::FunctionType::get(b.getInt1Ty(), {p->getType(), q->getType()},
                                         false);
    llvm::CallInst *call = b.CreateCall(fnTy, eq, {p, q});
    call->addRetAttr(llvm::Attribute::ZExt);
    return call;
  }
  return emitEqual(loadValue(p, t), loadValue(q, t), t);
}

void FuncLowerer::lowerEqualFunc(const sema::Type *t) {
  startFunction(fn->getName(), SourceLoc());
  llvm::Value *p = fn->getArg(0), *q = fn->getArg(1);
  p->setName("p");
  q->setName("q");
  llvm::BasicBlock *falseBB = newBlock("ne");
  const sema::Type *u = t->underlying();
  llvm::Type *mt = m.memType(t);

  if (auto *st = dyn_cast<sema::StructType>(u)) {
    for (size_t i = 0; i < st->fields.size(); ++i) {
      const sema::StructField &f = st->fields[i];
      if (f.name == "_" || m.sizeOf(f.type) == 0)
        continue;
      llvm::Value *pf = b.CreateStructGEP(mt, p, i);
      llvm::Value *qf = b.CreateStructGEP(mt, q, i);
      llvm::BasicBlock *next = newBlock("eq.next");
      b.CreateCondBr(emitEqualInMemory(pf, qf, f.type), next, falseBB);
      startBlock(next);
    }
  } else if (auto *at = dyn_cast<sema::ArrayType>(u);
             at && at->len > 0 && m.sizeOf(at->elem) > 0) {
    llvm::BasicBlock *entry = b.GetInsertBlock();
    llvm::BasicBlock *loop = newBlock("eq.loop");
    llvm::BasicBlock *next = newBlock("eq.next");
    llvm::BasicBlock *done = newBlock("eq.done");
    b.CreateBr(loop);
    startBlock(loop);
    llvm::PHINode *i = b.CreatePHI(b.getInt64Ty(), 2, "i");
    i->addIncoming(b.getInt64(0), entry);
    llvm::Value *pe = b.CreateInBoundsGEP(mt, p, {b.getInt64(0), i});
    llvm::Value *qe = b.CreateInBoundsGEP(mt, q, {b.getInt64(0), i});
    b.CreateCondBr(emitEqualInMemory(pe, qe, at->elem), next, falseBB);
    startBlock(next);
    llvm::Value *i1 = b.CreateAdd(i, b.getInt64(1));
    i->addIncoming(i1, b.GetInsertBlock());
    b.CreateCondBr(b.CreateICmpULT(i1, b.getInt64(at->len)), loop, done);
    startBlock(done);
  }
  b.CreateRet(b.getTrue());
  startBlock(falseBB);
  b.CreateRet(b.getFalse());
  finishFunction(SourceLoc());
}

/// Calls hash function h (a runtime or generated hasher) on p with seed.
static llvm::Value *callHasher(llvm::IRBuilder<> &b, llvm::Constant *h,
                               llvm::Value *p, llvm::Value *seed) {
  auto *fnTy = llvm::FunctionType::get(b.getInt64Ty(), {p->getType(), b.getInt64Ty()},
                                       false);
  return b.CreateCall(fnTy, h, {p, seed});
}

void FuncLowerer::lowerHashFunc(const sema::Type *t) {
  startFunction(fn->getName(), SourceLoc());
  llvm::Value *p = fn->getArg(0), *seed = fn->getArg(1);
  p->setName("p");
  seed->setName("h");
  const sema::Type *u = t->underlying();
  llvm::Type *mt = m.memType(t);

  if (isRegularMemory(m, u)) {
    b.CreateRet(callRuntime(RuntimeFn::memhash,
                            {p, seed, b.getInt64(m.sizeOf(t))}));
  } else if (auto *st = dyn_cast<sema::StructType>(u)) {
    llvm::Value *h = seed;
    for (size_t i = 0; i < st->fields.size(); ++i) {
      const sema::StructField &f = st->fields[i];
      if (f.name == "_" || m.sizeOf(f.type) == 0)
        continue;
      h = callHasher(b, m.hashFunc(f.type), b.CreateStructGEP(mt, p, i), h);
    }
    b.CreateRet(h);
  } else if (auto *at = dyn_cast<sema::ArrayType>(u);
             at && at->len > 0 && m.sizeOf(at->elem) > 0) {
    llvm::BasicBlock *entry = b.GetInsertBlock();
    llvm::BasicBlock *loop = newBlock("hash.loop");
    llvm::BasicBlock *done = newBlock("hash.done");
    b.CreateBr(loop);
    startBlock(loop);
    llvm::PHINode *i = b.CreatePHI(b.getInt64Ty(), 2, "i");
    llvm::PHINode *h = b.CreatePHI(b.getInt64Ty(), 2, "h");
    i->addIncoming(b.getInt64(0), entry);
    h->addIncoming(seed, entry);
    llvm::Value *pe = b.CreateInBoundsGEP(mt, p, {b.getInt64(0), i});
    llvm::Value *h1 = callHasher(b, m.hashFunc(at->elem), pe, h);
    llvm::Value *i1 = b.CreateAdd(i, b.getInt64(1));
    i->addIncoming(i1, b.GetInsertBlock());
    h->addIncoming(h1, b.GetInsertBlock());
    b.CreateCondBr(b.CreateICmpULT(i1, b.getInt64(at->len)), loop, done);
    startBlock(done);
    b.CreateRet(h1);
  } else {
    b.CreateRet(seed); // nothing to hash (zero-size)
  }
  finishFunction(SourceLoc());
}
