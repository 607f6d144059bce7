//===- lower/Closure.cpp - func values and func literals ------------------===//
// A func value is a pointer to a funcval { code, captured... }
// (docs/runtime-abi.md). Calling one loads the code from word 0 and passes
// the funcval itself as a first `ptr nest` argument, which x86-64 carries in
// r10 (the static chain):
//   %code = load ptr, ptr %fv
//   call R %code(ptr nest %fv, A %a)
// Code that has no context to read still takes the parameter (LLVM calls
// must match the callee's signature), so:
//   - a declared function f used as a value is the static funcval
//     `main.f·f = { @main.f-fv }`, no allocation, whose code is a wrapper
//     taking the context and tail-calling main.f;
//   - a func literal becomes `R @main.f.func1(ptr nest %ctx, A %a)` (gc's
//     names: main.f.func1, main.f.func2, main.f.func1.1 for one nested in
//     func1, main.glob..func1 in package initialisers) and its value is
//       %fv = call ptr @runtime.mallocgc(i64 size, ptr @type.struct {...},
//                                        i1 true)
//       store ptr @main.f.func1, ptr %fv ; store ptr %x.cell, ...
//     a heap funcval holding the cell of each captured variable (captured
//     variables live in heap cells, Func.cpp, so the closure and the
//     function share them), or the static `main.f.func1·f` when it captures
//     nothing;
//   - a method value x.m is the funcval {main.T.m-fm, receiver} (Method.cpp).
// The context's layout is a struct { F uintptr; X0 ...; X1 ... } whose type
// descriptor the allocation passes, as gc's closures.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast;

llvm::Constant *ModuleLowerer::funcValue(llvm::Function *fn) {
  std::string name = fn->getName().str() + "\u00b7f";
  if (llvm::GlobalVariable *gv = mod->getGlobalVariable(name, true))
    return gv;
  auto *ptr = llvm::PointerType::get(ctx, 0);
  auto *ty = llvm::StructType::get(ctx, llvm::ArrayRef<llvm::Type *>{ptr});
  // A funcval of a module-local function (a func literal) is local too.
  auto linkage = fn->hasLocalLinkage() ? llvm::GlobalValue::InternalLinkage
                                       : llvm::GlobalValue::LinkOnceODRLinkage;
  llvm::Function *code = fn;
  if (fn->arg_empty() || !fn->hasParamAttribute(0, llvm::Attribute::Nest)) {
    // Called through the funcval, the code gets the context first; a call
    // of fn itself with a signature it does not have would be undefined
    // in LLVM (and optimised as such), so a wrapper `main.f-fv` takes the
    // context and jumps to fn (a tail call: it leaves no frame behind).
    std::vector<llvm::Type *> params{ptr};
    params.insert(params.end(), fn->getFunctionType()->param_begin(),
                  fn->getFunctionType()->param_end());
    code = createFunction(
        llvm::FunctionType::get(fn->getReturnType(), params, false), linkage,
        fn->getName() + "-fv");
    code->addParamAttr(0, llvm::Attribute::Nest);
    code->removeFnAttr("disable-tail-calls");
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", code));
    std::vector<llvm::Value *> args;
    for (unsigned i = 1; i < code->arg_size(); ++i)
      args.push_back(code->getArg(i));
    llvm::CallInst *call = b.CreateCall(fn, args);
    call->setTailCall();
    if (call->getType()->isVoidTy())
      b.CreateRetVoid();
    else
      b.CreateRet(call);
  }
  auto *gv = new llvm::GlobalVariable(*mod, ty, /*isConstant=*/true, linkage,
                                      llvm::ConstantStruct::get(ty, {code}), name);
  gv->setAlignment(llvm::Align(8));
  return gv;
}

std::string ModuleLowerer::closureName(const std::string &prefix) {
  unsigned n = ++closureCounts_[prefix];
  return prefix + std::to_string(n);
}

llvm::Value *FuncLowerer::lowerFuncLit(ast::FuncLitExpr *e) {
  auto *sig = llvm::dyn_cast_or_null<sema::SignatureType>(e->type);
  if (!sig) {
    m.error(e->loc(), "func literal without a signature");
    return llvm::ConstantPointerNull::get(b.getPtrTy());
  }
  std::string name = m.closureName(closurePrefix);
  llvm::Function *code =
      m.createFunction(m.funcType(sig, nullptr, /*withContext=*/true),
                       llvm::GlobalValue::InternalLinkage, name);
  code->addParamAttr(0, llvm::Attribute::Nest);
  {
    FuncLowerer body(m, code);
    body.lowerFuncLitBody(e, name);
  }
  if (e->captures.empty())
    return m.funcValue(code);

  // The cells of the captured variables, as this function sees them.
  std::vector<llvm::Value *> cells;
  std::vector<const sema::Type *> cellTypes;
  for (sema::Var *v : e->captures) {
    cells.push_back(varAddr(v, e->loc()));
    cellTypes.push_back(m.sctx.types.pointer(v->type));
  }
  return emitClosure(code, cells, cellTypes);
}

llvm::Value *FuncLowerer::emitClosure(
    llvm::Function *code, llvm::ArrayRef<llvm::Value *> fields,
    llvm::ArrayRef<const sema::Type *> fieldTypes) {
  const sema::Type *closure = m.closureType(fieldTypes);
  llvm::Type *closureTy = m.memType(closure);
  llvm::Value *fv = callRuntime(
      RuntimeFn::mallocgc,
      {b.getInt64(m.sizeOf(closure)), m.typeDescriptor(closure), b.getTrue()});
  fv->setName("funcval");
  b.CreateStore(code, fv);
  for (size_t i = 0; i < fields.size(); ++i)
    storeValue(fields[i], b.CreateStructGEP(closureTy, fv, i + 1),
               fieldTypes[i]);
  return fv;
}

llvm::Value *FuncLowerer::callFuncValue(llvm::Value *fv,
                                        const sema::SignatureType *sig,
                                        llvm::ArrayRef<llvm::Value *> args) {
  llvm::FunctionType *fnTy = m.funcType(sig, nullptr, /*withContext=*/true);
  llvm::Value *code = b.CreateLoad(b.getPtrTy(), fv, "code");
  std::vector<llvm::Value *> callArgs{fv};
  callArgs.insert(callArgs.end(), args.begin(), args.end());
  llvm::CallInst *call = b.CreateCall(fnTy, code, callArgs);
  call->addParamAttr(0, llvm::Attribute::Nest);
  return call->getType()->isVoidTy() ? nullptr : call;
}
