//===- driver/Backend.h - optimisation and machine code ----------------------===//
#ifndef GOLC_DRIVER_BACKEND_H
#define GOLC_DRIVER_BACKEND_H

#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

namespace golc {

enum class OutputKind { Assembly, Object };

/// Runs the new PassManager's standard pipeline for -O`level` (0..3):
/// buildO0DefaultPipeline at 0, buildPerModuleDefaultPipeline otherwise.
void optimizeModule(llvm::Module &m, unsigned level);

/// Sets the module's target triple and data layout for x86-64 Linux.
/// Returns false (with `error`) if the X86 target is unavailable.
bool prepareModule(llvm::Module &m, unsigned optLevel, std::string &error);

/// Emits assembly or an object file for `m` to `os`.
bool emitMachineCode(llvm::Module &m, OutputKind kind, unsigned optLevel,
                     llvm::raw_pwrite_stream &os, std::string &error);

} // namespace golc

#endif
