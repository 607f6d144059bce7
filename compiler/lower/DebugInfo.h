//===- lower/DebugInfo.h - DWARF for Go code (-g) -------------------------===//
#ifndef GOLC_LOWER_DEBUGINFO_H
#define GOLC_LOWER_DEBUGINFO_H

#include "lower/Lowerer.h"
#include "llvm/IR/DIBuilder.h"

namespace golc {
namespace lower {

/// The module's debug metadata: one compile unit (DW_LANG_Go), a subprogram
/// per function named as Go names it (`main.fib`), variables with Go's type
/// names, and a DILocation for every source position.
class DebugInfo {
public:
  explicit DebugInfo(ModuleLowerer &m);

  llvm::DISubprogram *createFunction(llvm::Function *fn, llvm::StringRef name,
                                     SourceLoc loc,
                                     const sema::SignatureType *sig);
  /// A local variable, or parameter number argNo (1-based; 0 for locals).
  llvm::DILocalVariable *createVariable(llvm::DIScope *scope,
                                        llvm::StringRef name,
                                        const sema::Type *t, SourceLoc loc,
                                        unsigned argNo);
  /// Describes `addr` as the storage of var (a dbg.declare before `before`);
  /// indirect: addr holds the address of the storage (a heap cell).
  void declare(llvm::Value *addr, llvm::DILocalVariable *var,
               llvm::DILocation *loc, llvm::Instruction *before,
               bool indirect = false);
  llvm::DILexicalBlock *createBlock(llvm::DIScope *parent, SourceLoc loc);
  llvm::DILocation *location(SourceLoc loc, llvm::DIScope *scope);
  void createGlobal(llvm::GlobalVariable *gv, const sema::Var *v);
  llvm::DIType *type(const sema::Type *t);
  void finalize();

private:
  llvm::DIFile *file(uint32_t fileId);
  llvm::DIType *basicType(const sema::BasicType *bt);
  llvm::DIType *structType(const sema::Type *t, llvm::StringRef name,
                           llvm::ArrayRef<const sema::Type *> fieldTypes,
                           llvm::ArrayRef<std::string> fieldNames);

  ModuleLowerer &m_;
  llvm::DIBuilder dib_;
  llvm::DICompileUnit *cu_ = nullptr;
  llvm::DenseMap<uint32_t, llvm::DIFile *> files_;
  llvm::DenseMap<const sema::Type *, llvm::DIType *> types_;
};

} // namespace lower
} // namespace golc

#endif
