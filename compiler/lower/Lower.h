//===- lower/Lower.h - typed AST to LLVM IR ----------------------------------===//
#ifndef GOLC_LOWER_LOWER_H
#define GOLC_LOWER_LOWER_H

#include "sema/Sema.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include <memory>

namespace golc {

struct LowerOptions {
  bool debugInfo = false; // -g: DWARF for the Go code
  std::string moduleName; // source file name (DICompileUnit, ModuleID)
};

/// Lowers a checked package to one LLVM module whose functions carry Go's
/// symbol names (`main.main`, `main.fib`). The module declares, but does not
/// define, the runtime functions it calls (see docs/runtime-abi.md).
std::unique_ptr<llvm::Module> lowerPackage(sema::Package &pkg,
                                           sema::SemaContext &sctx,
                                           const SourceManager &sm,
                                           llvm::LLVMContext &llctx,
                                           const LowerOptions &opts);

} // namespace golc

#endif
