//===- lower/Lower.cpp - packages to LLVM modules -------------------------===//
// A package becomes one module:
//   - each package-level variable a zero-initialised global `main.x` (a
//     constant initialiser is folded into the global);
//   - each function a definition named by Func::linkName (`main.fib`), C
//     calling convention, "frame-pointer"="all" so the runtime and gdb can
//     walk frames, an unwind table for the debugger;
//   - `void @main.init()`, always: the variable initialisers in the order
//     sema computed, then calls of the `func init()`s (main.init.0,
//     main.init.1, ...); runtime.main calls main.init, then main.main;
//   - declarations of the runtime functions used (Runtime.cpp).
// The module is verified before it is returned; an invalid module is an
// internal compiler error reported on stderr, never an LLVM crash.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "lower/DebugInfo.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"

using namespace golc;
using namespace golc::lower;

// x86-64 Linux, as the driver's TargetMachine lays it out; lowering needs the
// sizes of types (descriptors, allocation) before the driver prepares the
// module for the target.
static const char *const kTargetTriple = "x86_64-pc-linux-gnu";
static const char *const kDataLayout =
    "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";

std::unique_ptr<llvm::Module> golc::lowerPackage(sema::Package &pkg,
                                                 sema::SemaContext &sctx,
                                                 const SourceManager &sm,
                                                 llvm::LLVMContext &llctx,
                                                 const LowerOptions &opts) {
  ModuleLowerer lowerer(pkg, sctx, sm, llctx, opts);
  return lowerer.run();
}

ModuleLowerer::ModuleLowerer(sema::Package &pkg, sema::SemaContext &sctx,
                             const SourceManager &sm, llvm::LLVMContext &ctx,
                             const LowerOptions &opts)
    : pkg(pkg), sctx(sctx), sm(sm), ctx(ctx), opts(opts) {}

ModuleLowerer::~ModuleLowerer() = default;

std::unique_ptr<llvm::Module> ModuleLowerer::run() {
  mod = std::make_unique<llvm::Module>(
      opts.moduleName.empty() ? pkg.path : opts.moduleName, ctx);
  mod->setTargetTriple(kTargetTriple);
  mod->setDataLayout(kDataLayout);
  if (opts.debugInfo)
    di = std::make_unique<DebugInfo>(*this);

  for (const sema::Package::VarInit &vi : pkg.varInits)
    for (const sema::Var *v : vi.lhs)
      if (v->name != "_")
        global(v);
  lowerFunctions();
  lowerPackageInit();

  if (di)
    di->finalize();
  if (failed)
    return nullptr;

  std::string msg;
  llvm::raw_string_ostream os(msg);
  bool brokenDebugInfo = false;
  if (llvm::verifyModule(*mod, &os, &brokenDebugInfo) || brokenDebugInfo) {
    error(SourceLoc(), "lowering produced invalid LLVM IR:\n" + os.str());
    return nullptr;
  }
  return std::move(mod);
}

void ModuleLowerer::error(SourceLoc loc, const llvm::Twine &msg) {
  failed = true;
  llvm::raw_ostream &os = llvm::errs();
  if (loc.isValid())
    os << sm.path(loc.file) << ":" << loc.line << ":" << loc.col << ": ";
  else
    os << "golc: ";
  os << "internal compiler error: " << msg << "\n";
}

/// Attributes every golc function carries (docs/runtime-abi.md).
static void setGoFunctionAttrs(llvm::Function *fn) {
  fn->addFnAttr("frame-pointer", "all");
  fn->setUWTableKind(llvm::UWTableKind::Async);
}

llvm::Function *ModuleLowerer::function(const sema::Func *f) {
  auto it = funcs_.find(f);
  if (it != funcs_.end())
    return it->second;

  auto *sig = llvm::dyn_cast_or_null<sema::SignatureType>(f->type);
  if (!sig) {
    error(f->loc, "function " + f->name + " has no signature");
    sig = sctx.types.signature(sctx.types.tuple({}), sctx.types.tuple({}),
                               false);
  }
  llvm::FunctionType *fnTy = funcType(sig);
  if (f->recvType) {
    // A method takes its receiver first (`main.T.m(t T, args...)`).
    std::vector<llvm::Type *> params{llvmType(f->recvType)};
    params.insert(params.end(), fnTy->param_begin(), fnTy->param_end());
    fnTy = llvm::FunctionType::get(fnTy->getReturnType(), params, false);
  }
  std::string name = f->linkName.empty() ? pkg.path + "." + f->name : f->linkName;
  auto *fn = llvm::Function::Create(fnTy, llvm::GlobalValue::ExternalLinkage,
                                    name, *mod);
  setGoFunctionAttrs(fn);
  funcs_[f] = fn;
  return fn;
}

llvm::GlobalVariable *ModuleLowerer::global(const sema::Var *v) {
  auto it = globals_.find(v);
  if (it != globals_.end())
    return it->second;
  std::string path = v->pkg ? v->pkg->path : pkg.path;
  llvm::Type *ty = memType(v->type);
  auto *gv = new llvm::GlobalVariable(*mod, ty, /*isConstant=*/false,
                                      llvm::GlobalValue::ExternalLinkage,
                                      llvm::Constant::getNullValue(ty),
                                      path + "." + v->name);
  if (di)
    di->createGlobal(gv, v);
  globals_[v] = gv;
  return gv;
}

void ModuleLowerer::lowerFunctions() {
  std::vector<const sema::Func *> bodies(pkg.funcs.begin(), pkg.funcs.end());
  for (const sema::Func *f : pkg.initFuncs)
    if (llvm::find(pkg.funcs, f) == pkg.funcs.end())
      bodies.push_back(f);
  for (const sema::Func *f : bodies) {
    // `func _() {}` is checked but can never be called: gc drops it too.
    if (f->name == "_" || !f->decl || !f->decl->body)
      continue;
    llvm::Function *fn = function(f);
    FuncLowerer fl(*this, fn);
    fl.lowerFuncBody(f);
  }
}

void ModuleLowerer::lowerPackageInit() {
  auto *fn = llvm::Function::Create(
      llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), false),
      llvm::GlobalValue::ExternalLinkage, pkg.path + ".init", *mod);
  setGoFunctionAttrs(fn);
  std::vector<llvm::Function *> initFns;
  for (const sema::Func *f : pkg.initFuncs)
    initFns.push_back(function(f));
  FuncLowerer fl(*this, fn);
  fl.lowerPackageInit(initFns);
}
