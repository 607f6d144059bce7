//===- driver/Backend.cpp - optimisation and machine code --------------------===//
// The middle and back end are LLVM's own: the new PassManager's default
// pipelines for -O0..-O3, and an x86-64 TargetMachine (baseline x86-64, the
// CPU gc targets by default, static relocation model: golc links non-PIE).
//===----------------------------------------------------------------------===//
#include "driver/Backend.h"
#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/PassManager.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/CodeGen.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Triple.h"
#include <memory>

using namespace golc;

static const char *const kTriple = "x86_64-pc-linux-gnu";

static llvm::CodeGenOptLevel codeGenLevel(unsigned level) {
  switch (level) {
  case 0:
    return llvm::CodeGenOptLevel::None;
  case 1:
    return llvm::CodeGenOptLevel::Less;
  case 3:
    return llvm::CodeGenOptLevel::Aggressive;
  default:
    return llvm::CodeGenOptLevel::Default;
  }
}

static std::unique_ptr<llvm::TargetMachine> makeTargetMachine(unsigned level,
                                                              std::string &error) {
  LLVMInitializeX86TargetInfo();
  LLVMInitializeX86Target();
  LLVMInitializeX86TargetMC();
  LLVMInitializeX86AsmPrinter();
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(kTriple, error);
  if (!target)
    return nullptr;
  llvm::TargetOptions options;
  return std::unique_ptr<llvm::TargetMachine>(target->createTargetMachine(
      kTriple, "x86-64", "", options, llvm::Reloc::Static, std::nullopt,
      codeGenLevel(level)));
}

bool golc::prepareModule(llvm::Module &m, unsigned optLevel, std::string &error) {
  auto tm = makeTargetMachine(optLevel, error);
  if (!tm)
    return false;
  m.setTargetTriple(kTriple);
  m.setDataLayout(tm->createDataLayout());
  return true;
}

void golc::optimizeModule(llvm::Module &m, unsigned level) {
  std::string error;
  auto tm = makeTargetMachine(level, error);
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(tm.get());
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);

  llvm::ModulePassManager mpm;
  switch (level) {
  case 0:
    mpm = pb.buildO0DefaultPipeline(llvm::OptimizationLevel::O0);
    break;
  case 1:
    mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O1);
    break;
  case 3:
    mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3);
    break;
  default:
    mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2);
    break;
  }
  mpm.run(m, mam);
}

bool golc::emitMachineCode(llvm::Module &m, OutputKind kind, unsigned optLevel,
                           llvm::raw_pwrite_stream &os, std::string &error) {
  auto tm = makeTargetMachine(optLevel, error);
  if (!tm)
    return false;
  llvm::legacy::PassManager pm;
  auto fileType = kind == OutputKind::Assembly
                      ? llvm::CodeGenFileType::AssemblyFile
                      : llvm::CodeGenFileType::ObjectFile;
  if (tm->addPassesToEmitFile(pm, os, nullptr, fileType)) {
    error = "the x86-64 target cannot emit this file type";
    return false;
  }
  pm.run(m);
  return true;
}
