//===- lower/Lower.cpp - packages to LLVM modules -------------------------===//
// A package becomes one module:
//   - each package-level variable a zero-initialised global `main.x` (a
//     constant initialiser is folded into the global); another package's
//     variables are declarations;
//   - each function and method a definition named by Func::linkName
//     (`main.fib`, `main.T.m`, `main.(*T).m`), C calling convention,
//     "frame-pointer"="all" and no tail calls so the runtime and gdb can walk
//     every frame, an unwind table for the debugger, and
//     null_pointer_is_valid: a nil dereference
//     must reach memory and fault (the runtime turns the fault into Go's
//     panic), never be assumed away by the optimiser;
//   - a function declared without a body (a stdlib function the runtime
//     implements, `sync.runtime_Semacquire`) an external declaration;
//   - `void @pkg.init()`, always (Func.cpp): once only, the inits of the
//     imported packages, the variable initialisers in the order sema
//     computed, then the `func init()`s (main.init.0, main.init.1, ...);
//     runtime.main calls main.init, then main.main;
//   - what the code refers to: type descriptors, itabs, wrappers, closures'
//     functions, declarations of the runtime functions used (Runtime.cpp).
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

llvm::Function *ModuleLowerer::createFunction(
    llvm::FunctionType *ty, llvm::GlobalValue::LinkageTypes linkage,
    const llvm::Twine &name) {
  auto *fn = llvm::Function::Create(ty, linkage, name, *mod);
  // Attributes every golc function carries (docs/runtime-abi.md).
  fn->addFnAttr("frame-pointer", "all");
  // No sibling calls, as in gc: a call in tail position keeps its caller's
  // frame, so tracebacks (a deadlock report, a panic) name every function.
  fn->addFnAttr("disable-tail-calls", "true");
  fn->addFnAttr(llvm::Attribute::NullPointerIsValid);
  fn->setUWTableKind(llvm::UWTableKind::Async);
  return fn;
}

llvm::Function *ModuleLowerer::createWrapper(
    llvm::FunctionType *ty, llvm::GlobalValue::LinkageTypes linkage,
    const llvm::Twine &name) {
  llvm::Function *fn = createFunction(ty, linkage, name);
  fn->setSection(kWrapperSection);
  return fn;
}

std::string ModuleLowerer::linkName(const sema::Func *f) {
  if (!f->linkName.empty())
    return f->linkName;
  if (f->recvType)
    return recvSymbol(f->recvType) + "." + f->name;
  return (f->pkg ? f->pkg->path : pkg.path) + "." + f->name;
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
  // A method takes its receiver first (`main.T.m(t T, args...)`).
  llvm::FunctionType *fnTy =
      funcType(sig, f->recvType ? llvmType(f->recvType) : nullptr);
  std::string name = linkName(f);
  llvm::Function *fn = mod->getFunction(name);
  if (!fn)
    fn = createFunction(fnTy, llvm::GlobalValue::ExternalLinkage, name);
  funcs_[f] = fn;
  return fn;
}

llvm::GlobalVariable *ModuleLowerer::global(const sema::Var *v) {
  auto it = globals_.find(v);
  if (it != globals_.end())
    return it->second;
  bool own = !v->pkg || v->pkg == &pkg;
  std::string path = v->pkg ? v->pkg->path : pkg.path;
  llvm::Type *ty = memType(v->type);
  auto *gv = new llvm::GlobalVariable(
      *mod, ty, /*isConstant=*/false, llvm::GlobalValue::ExternalLinkage,
      own ? llvm::Constant::getNullValue(ty) : nullptr, path + "." + v->name);
  gv->setAlignment(llvm::Align(alignOf(v->type)));
  if (di && own)
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
  auto *voidFnTy = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), false);
  llvm::Function *fn = createFunction(
      voidFnTy, llvm::GlobalValue::ExternalLinkage, pkg.path + ".init");
  // The imported packages, in import order, each initialised before this
  // one ("unsafe" is no package of code).
  std::vector<llvm::Function *> importInits;
  std::vector<std::string> seen;
  for (const ast::File *file : pkg.files)
    for (const ast::GenDecl *gd : file->importDecls)
      for (const ast::ImportSpec &spec : gd->imports) {
        if (spec.path == "unsafe" || llvm::is_contained(seen, spec.path))
          continue;
        seen.push_back(spec.path);
        importInits.push_back(llvm::cast<llvm::Function>(
            mod->getOrInsertFunction(spec.path + ".init", voidFnTy).getCallee()));
      }
  std::vector<llvm::Function *> initFns;
  for (const sema::Func *f : pkg.initFuncs)
    initFns.push_back(function(f));
  FuncLowerer fl(*this, fn);
  fl.lowerPackageInit(importInits, initFns);
}
