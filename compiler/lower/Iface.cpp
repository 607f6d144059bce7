//===- lower/Iface.cpp - interface values ---------------------------------===//
// An interface value is two words (docs/runtime-abi.md): interface{} is
// {type.T, data}, a non-empty interface {itab, data}; nil is {null, null}.
// The data word always points to a copy of the value:
//   - a non-constant v is copied into a fresh heap object,
//       %data = call ptr @runtime.newobject(ptr @type.T); store v -> %data
//   - a constant v (panic("boom")) points at a private read-only copy, as gc
//     does: interface data is never written through, so no allocation.
// So a method table entry (`ifn`) takes that pointer and loads the receiver
// through it (Method.cpp's ·i wrappers); a call i.m(a) is
//   load volatile i8, ptr %itab       (the nil check, below)
//   %fn = load ptr, (itab + fun[k])   (k: m's index in I's sorted methods)
//   call R %fn(ptr %data, A %a)
// A nil interface faults on a load of the itab's first byte, before the
// method's slot, so the fault address is 0 as under gc; it panics as a nil
// dereference.
//
// Conversions: T to I uses the static itab `go.itab.T,I` (TypeDesc.cpp); I
// to interface{} takes the itab's type; I1 to I2 asks runtime.getitab for
// the dynamic type. Assertions x.(T) compare the dynamic type word with
// &type.T (runtime.panicdottypeE/I when they differ, or a false `ok`); x.(I)
// calls runtime.getitab (panicking, or with canfail for `ok`), and a nil x
// panics with runtime.panicnildottype. x == y compares the dynamic types and
// then calls runtime.efaceeq on the data, which panics for uncomparable
// dynamic types as gc's does.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "lower/RuntimeABI.h"
#include "llvm/IR/GlobalVariable.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;

// itab { inter, _type, hash, _[4], fun[] } (type.h).
static const uint64_t kItabType = abi::itab__type, kItabFun = abi::itab_fun;

llvm::Value *FuncLowerer::emitToEface(llvm::Value *v, const sema::Type *t) {
  return emitToIface(v, t, m.sctx.types.emptyInterface());
}

llvm::Value *FuncLowerer::emitToIface(llvm::Value *v, const sema::Type *t,
                                      const sema::Type *iface) {
  llvm::Constant *desc = m.typeDescriptor(t);
  llvm::Constant *first =
      isEmptyInterface(iface) ? desc : m.itab(t, iface);
  llvm::Value *data;
  if (auto *c = llvm::dyn_cast<llvm::Constant>(v)) {
    if (c->getType()->isIntegerTy(1))
      c = llvm::ConstantInt::get(b.getInt8Ty(), c->isOneValue() ? 1 : 0);
    auto *gv = new llvm::GlobalVariable(*m.mod, c->getType(), true,
                                        llvm::GlobalValue::PrivateLinkage, c,
                                        "go.const");
    gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    data = gv;
  } else {
    data = emitNew(t);
    storeValue(v, data, t);
  }
  llvm::Value *e = llvm::PoisonValue::get(m.efaceType());
  e = b.CreateInsertValue(e, first, 0);
  return b.CreateInsertValue(e, data, 1);
}

llvm::Value *FuncLowerer::ifaceTypeWord(llvm::Value *v, const sema::Type *t) {
  llvm::Value *first = b.CreateExtractValue(v, 0);
  if (isEmptyInterface(t))
    return first;
  // itab ? itab->type : nil
  llvm::BasicBlock *before = b.GetInsertBlock();
  llvm::BasicBlock *loadBB = newBlock("itab.type");
  llvm::BasicBlock *endBB = newBlock("itab.end");
  llvm::Value *null = llvm::ConstantPointerNull::get(b.getPtrTy());
  b.CreateCondBr(b.CreateICmpEQ(first, null), endBB, loadBB);
  startBlock(loadBB);
  llvm::Value *type = b.CreateLoad(
      b.getPtrTy(), b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), first, kItabType));
  b.CreateBr(endBB);
  startBlock(endBB);
  llvm::PHINode *phi = b.CreatePHI(b.getPtrTy(), 2, "dyntype");
  phi->addIncoming(null, before);
  phi->addIncoming(type, loadBB);
  return phi;
}

llvm::Value *FuncLowerer::callIfaceMethod(llvm::Value *v, const sema::Type *t,
                                          llvm::StringRef name,
                                          llvm::ArrayRef<llvm::Value *> args) {
  auto *it = underAs<sema::InterfaceType>(t);
  size_t index = 0;
  while (it && index < it->methods.size() && it->methods[index].name != name)
    ++index;
  if (!it || index == it->methods.size()) {
    m.error(loc_, "no method " + name + " in " + m.typeString(t));
    return nullptr;
  }
  const sema::SignatureType *sig = it->methods[index].sig;
  llvm::Value *itab = b.CreateExtractValue(v, 0, "itab");
  llvm::Value *data = b.CreateExtractValue(v, 1, "data");
  // gc's nil check: touch the itab itself first, so that a nil interface
  // faults at address 0 (as under gc), not at the method's slot.
  emitNilFault(itab);
  llvm::Value *code = b.CreateLoad(
      b.getPtrTy(),
      b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), itab, kItabFun + 8 * index),
      name);
  std::vector<llvm::Value *> callArgs{data};
  callArgs.insert(callArgs.end(), args.begin(), args.end());
  llvm::CallInst *call =
      b.CreateCall(m.funcType(sig, b.getPtrTy()), code, callArgs);
  return call->getType()->isVoidTy() ? nullptr : call;
}

llvm::Value *FuncLowerer::emitIfaceEqual(llvm::Value *x, llvm::Value *y,
                                         const sema::Type *t) {
  llvm::Value *tx = ifaceTypeWord(x, t);
  llvm::Value *ty = ifaceTypeWord(y, t);
  llvm::BasicBlock *start = b.GetInsertBlock();
  llvm::BasicBlock *sameBB = newBlock("ifaceeq.same");
  llvm::BasicBlock *dataBB = newBlock("ifaceeq.data");
  llvm::BasicBlock *endBB = newBlock("ifaceeq.end");
  b.CreateCondBr(b.CreateICmpEQ(tx, ty), sameBB, endBB);
  startBlock(sameBB);
  llvm::Value *null = llvm::ConstantPointerNull::get(b.getPtrTy());
  b.CreateCondBr(b.CreateICmpEQ(tx, null), endBB, dataBB);
  startBlock(dataBB);
  llvm::Value *eq =
      callRuntime(RuntimeFn::efaceeq, {tx, b.CreateExtractValue(x, 1),
                                       b.CreateExtractValue(y, 1)});
  llvm::BasicBlock *dataEnd = b.GetInsertBlock();
  b.CreateBr(endBB);
  startBlock(endBB);
  llvm::PHINode *phi = b.CreatePHI(b.getInt1Ty(), 3, "ifaceeq");
  phi->addIncoming(b.getFalse(), start);
  phi->addIncoming(b.getTrue(), sameBB);
  phi->addIncoming(eq, dataEnd);
  return phi;
}

//===----------------------------------------------------------------------===//
// Type assertions
//===----------------------------------------------------------------------===//

std::pair<llvm::Value *, llvm::Value *>
FuncLowerer::emitTypeTest(llvm::Value *v, const sema::Type *from,
                          const sema::Type *to) {
  llvm::Value *dyn = ifaceTypeWord(v, from);
  llvm::Value *data = b.CreateExtractValue(v, 1);
  llvm::Value *null = llvm::ConstantPointerNull::get(b.getPtrTy());
  if (!isInterfaceType(to)) {
    // The value, loaded only when the types match.
    llvm::Value *ok = b.CreateICmpEQ(dyn, m.typeDescriptor(to));
    llvm::BasicBlock *before = b.GetInsertBlock();
    llvm::BasicBlock *loadBB = newBlock("assert.load");
    llvm::BasicBlock *endBB = newBlock("assert.end");
    b.CreateCondBr(ok, loadBB, endBB);
    startBlock(loadBB);
    llvm::Value *val = loadValue(data, to);
    llvm::BasicBlock *loadEnd = b.GetInsertBlock();
    b.CreateBr(endBB);
    startBlock(endBB);
    llvm::PHINode *phi = b.CreatePHI(m.llvmType(to), 2);
    phi->addIncoming(m.zeroValue(to), before);
    phi->addIncoming(val, loadEnd);
    return {ok, phi};
  }
  llvm::Value *first = dyn;
  llvm::Value *ok = b.CreateICmpNE(dyn, null);
  if (!isEmptyInterface(to)) {
    // getitab(I, nil, true) would be nil too, but the runtime need not
    // take a nil type.
    llvm::BasicBlock *before = b.GetInsertBlock();
    llvm::BasicBlock *lookBB = newBlock("assert.itab");
    llvm::BasicBlock *endBB = newBlock("assert.end");
    b.CreateCondBr(ok, lookBB, endBB);
    startBlock(lookBB);
    llvm::Value *itab = callRuntime(RuntimeFn::getitab,
                                    {m.typeDescriptor(to), dyn, b.getTrue()});
    llvm::BasicBlock *lookEnd = b.GetInsertBlock();
    b.CreateBr(endBB);
    startBlock(endBB);
    llvm::PHINode *phi = b.CreatePHI(b.getPtrTy(), 2, "itab");
    phi->addIncoming(null, before);
    phi->addIncoming(itab, lookEnd);
    first = phi;
    ok = b.CreateICmpNE(phi, null);
  }
  // A failed assertion gives the zero value: nil.
  llvm::Value *r = llvm::PoisonValue::get(m.efaceType());
  r = b.CreateInsertValue(r, first, 0);
  r = b.CreateInsertValue(r, b.CreateSelect(ok, data, null), 1);
  return {ok, r};
}

llvm::Value *FuncLowerer::lowerTypeAssert(ast::TypeAssertExpr *e) {
  const sema::Type *from = e->x->type, *to = e->type;
  llvm::Value *v = lowerExpr(e->x);
  if (!v)
    return llvm::PoisonValue::get(m.llvmType(to));
  llvm::Value *dyn = ifaceTypeWord(v, from);
  llvm::Value *data = b.CreateExtractValue(v, 1);
  llvm::Value *null = llvm::ConstantPointerNull::get(b.getPtrTy());
  if (!isInterfaceType(to)) {
    llvm::Constant *want = m.typeDescriptor(to);
    llvm::BasicBlock *failBB = newBlock("assert.fail");
    llvm::BasicBlock *okBB = newBlock("assert.ok");
    b.CreateCondBr(b.CreateICmpEQ(dyn, want), okBB, failBB);
    startBlock(failBB);
    if (isEmptyInterface(from))
      callRuntime(RuntimeFn::panicdottypeE, {dyn, want, m.typeDescriptor(from)});
    else
      callRuntime(RuntimeFn::panicdottypeI,
                  {b.CreateExtractValue(v, 0), want, m.typeDescriptor(from)});
    b.CreateUnreachable();
    startBlock(okBB);
    return loadValue(data, to);
  }
  // To an interface: nil never converts.
  llvm::Constant *want = m.typeDescriptor(to);
  emitCheck(b.CreateICmpEQ(dyn, null), RuntimeFn::panicnildottype, {want});
  llvm::Value *first = dyn;
  if (!isEmptyInterface(to))
    first = callRuntime(RuntimeFn::getitab, {want, dyn, b.getFalse()});
  llvm::Value *r = llvm::PoisonValue::get(m.efaceType());
  r = b.CreateInsertValue(r, first, 0);
  return b.CreateInsertValue(r, data, 1);
}

std::pair<llvm::Value *, llvm::Value *>
FuncLowerer::lowerTypeAssertOk(ast::TypeAssertExpr *e) {
  llvm::Value *v = lowerExpr(e->x);
  if (!v)
    return {llvm::PoisonValue::get(m.llvmType(e->type)), b.getFalse()};
  auto [ok, val] = emitTypeTest(v, e->x->type, e->type);
  return {val, ok};
}
