//===- lower/Iface.cpp - interface values ---------------------------------===//
// A value v of type T stored in an interface{} becomes {type.T, data}, the
// data word always pointing to a copy of v (docs/runtime-abi.md):
//   - a non-constant v is copied into a fresh heap object,
//       %data = call ptr @runtime.newobject(ptr @type.T); store v -> %data
//   - a constant v (panic("boom")) points at a private read-only copy, as gc
//     does: interface data is never written through, so no allocation.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "llvm/IR/GlobalVariable.h"

using namespace golc;
using namespace golc::lower;

llvm::Value *FuncLowerer::emitToEface(llvm::Value *v, const sema::Type *t) {
  llvm::Constant *desc = m.typeDescriptor(t);
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
    data = callRuntime(RuntimeFn::newobject, {desc});
    storeValue(v, data, t);
  }
  llvm::Value *e = llvm::PoisonValue::get(m.efaceType());
  e = b.CreateInsertValue(e, desc, 0);
  return b.CreateInsertValue(e, data, 1);
}
