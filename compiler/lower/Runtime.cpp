//===- lower/Runtime.cpp - declarations of runtime entry points -----------===//
// Each runtime function of RuntimeFuncs.def becomes, on first use, an external
// declaration `runtime.name` with the C calling convention and the C++
// runtime's parameter types (a C++ `bool` is `i1 zeroext`). The panic helpers
// are `noreturn cold`, so LLVM lays their calls out of the hot path;
// deferproc is `returns_twice`, like setjmp (Defer.cpp); calls copy
// the declaration's attributes so the call site and callee agree.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"

using namespace golc;
using namespace golc::lower;

namespace {
enum class Effect { Normal, Panic, ReadOnly, ReturnsTwice };

struct RuntimeFuncInfo {
  const char *name;
  const char *sig;
  Effect effect;
};

const RuntimeFuncInfo runtimeFuncInfos[] = {
#define RUNTIME_FUNC(Name, Sig, Eff) {"runtime." #Name, Sig, Effect::Eff},
#include "lower/RuntimeFuncs.def"
};
} // namespace

static llvm::Type *sigLetterType(ModuleLowerer &m, char c) {
  llvm::LLVMContext &ctx = m.ctx;
  switch (c) {
  case 'v':
    return llvm::Type::getVoidTy(ctx);
  case 'b':
    return llvm::Type::getInt1Ty(ctx);
  case 'i':
    return llvm::Type::getInt64Ty(ctx);
  case 'r':
    return llvm::Type::getInt32Ty(ctx);
  case 'd':
    return llvm::Type::getDoubleTy(ctx);
  case 'p':
    return llvm::PointerType::get(ctx, 0);
  case 's':
    return m.stringType();
  case 'e':
    return m.efaceType();
  case 'R':
    return llvm::StructType::get(
        ctx, {llvm::Type::getInt32Ty(ctx), llvm::Type::getInt64Ty(ctx)});
  case 'G':
    return llvm::StructType::get(
        ctx, {llvm::PointerType::get(ctx, 0), llvm::Type::getInt64Ty(ctx)});
  case 'h':
    return llvm::Type::getInt16Ty(ctx);
  case 'S':
    return llvm::StructType::get(
        ctx, {llvm::Type::getInt64Ty(ctx), llvm::Type::getInt1Ty(ctx)});
  case 'M':
    return llvm::StructType::get(
        ctx, {llvm::PointerType::get(ctx, 0), llvm::Type::getInt8Ty(ctx)});
  default:
    llvm_unreachable("RuntimeFuncs.def: unknown signature letter");
  }
}

llvm::FunctionCallee ModuleLowerer::runtimeFunc(RuntimeFn id) {
  unsigned index = static_cast<unsigned>(id);
  auto it = runtimeFuncs_.find(index);
  if (it != runtimeFuncs_.end())
    return it->second;

  const RuntimeFuncInfo &info = runtimeFuncInfos[index];
  llvm::StringRef sig = info.sig;
  llvm::Type *result = sigLetterType(*this, sig[0]);
  std::vector<llvm::Type *> params;
  for (char c : sig.drop_front())
    params.push_back(sigLetterType(*this, c));
  auto *fnTy = llvm::FunctionType::get(result, params, false);
  auto *fn = llvm::Function::Create(fnTy, llvm::GlobalValue::ExternalLinkage,
                                    info.name, *mod);

  if (sig[0] == 'b')
    fn->addRetAttr(llvm::Attribute::ZExt);
  for (size_t i = 1; i < sig.size(); ++i)
    if (sig[i] == 'b')
      fn->addParamAttr(i - 1, llvm::Attribute::ZExt);
  switch (info.effect) {
  case Effect::Normal:
    break;
  case Effect::Panic:
    fn->addFnAttr(llvm::Attribute::NoReturn);
    fn->addFnAttr(llvm::Attribute::Cold);
    break;
  case Effect::ReadOnly:
    fn->setOnlyReadsMemory();
    fn->setDoesNotThrow();
    fn->setWillReturn();
    break;
  case Effect::ReturnsTwice:
    fn->addFnAttr(llvm::Attribute::ReturnsTwice);
    break;
  }
  runtimeFuncs_[index] = fn;
  return fn;
}

llvm::CallInst *FuncLowerer::callRuntime(RuntimeFn id,
                                         llvm::ArrayRef<llvm::Value *> args) {
  llvm::FunctionCallee callee = m.runtimeFunc(id);
  llvm::CallInst *call = b.CreateCall(callee, args);
  call->setAttributes(llvm::cast<llvm::Function>(callee.getCallee())->getAttributes());
  return call;
}
