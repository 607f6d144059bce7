//===- lower/DebugInfo.cpp - DWARF for Go code (-g) -----------------------===//
// With -g, the module carries what gdb needs to debug Go code as gc's DWARF
// lets it: a DICompileUnit with DW_LANG_Go; a DISubprogram per function whose
// name is the Go symbol (`break main.fib`); a DILocation on every instruction,
// from the statement or expression it came from (`list`, `bt`, stepping); a
// DILocalVariable per parameter and local, declared on its alloca, in a
// DILexicalBlock per Go block (`info locals`, `info args`). Types carry Go's
// names; a string is gc's `struct string { str *uint8; len int }`, which gdb's
// Go support prints as a string.
//
// FuncLowerer keeps the current scope and position (setLocation, pushScope);
// this file also holds those, so all debug-info decisions live here.
//===----------------------------------------------------------------------===//
#include "lower/DebugInfo.h"
#include "sema/Objects.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using sema::BasicType;

DebugInfo::DebugInfo(ModuleLowerer &m) : m_(m), dib_(*m.mod) {
  m.mod->addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
  m.mod->addModuleFlag(llvm::Module::Warning, "Debug Info Version",
                       llvm::DEBUG_METADATA_VERSION);
  uint32_t mainFile = m.sm.numFiles() ? 1 : 0;
  if (!m.pkg.files.empty() && m.pkg.files.front()->fileId)
    mainFile = m.pkg.files.front()->fileId;
  llvm::DIFile *f = mainFile ? file(mainFile)
                             : dib_.createFile(m.opts.moduleName, ".");
  cu_ = dib_.createCompileUnit(llvm::dwarf::DW_LANG_Go, f, "golc",
                               /*isOptimized=*/false, "", 0);
}

llvm::DIFile *DebugInfo::file(uint32_t fileId) {
  auto it = files_.find(fileId);
  if (it != files_.end())
    return it->second;
  llvm::SmallString<256> path(m_.sm.path(fileId));
  std::string name, dir;
  if (llvm::sys::path::is_absolute(path)) {
    name = llvm::sys::path::filename(path).str();
    dir = llvm::sys::path::parent_path(path).str();
  } else {
    name = path.str().str();
    llvm::SmallString<256> cwd;
    dir = llvm::sys::fs::current_path(cwd) ? "." : cwd.str().str();
  }
  llvm::DIFile *f = dib_.createFile(name, dir);
  files_[fileId] = f;
  return f;
}

llvm::DILocation *DebugInfo::location(SourceLoc loc, llvm::DIScope *scope) {
  // Code from another file of the package (main.init runs the variable
  // initialisers of every file) is placed in that file.
  if (loc.isValid())
    if (llvm::DIFile *f = file(loc.file); f != scope->getFile())
      scope = dib_.createLexicalBlockFile(scope, f);
  return llvm::DILocation::get(m_.ctx, loc.line, loc.col, scope);
}

llvm::DISubprogram *DebugInfo::createFunction(llvm::Function *fn,
                                              llvm::StringRef name,
                                              SourceLoc loc,
                                              const sema::SignatureType *sig) {
  std::vector<llvm::Metadata *> types;
  size_t nres = sig && sig->results ? sig->results->types.size() : 0;
  types.push_back(nres == 1 ? type(sig->results->types[0]) : nullptr);
  if (sig && sig->params)
    for (const sema::Type *pt : sig->params->types)
      types.push_back(type(pt));
  llvm::DIFile *f = loc.isValid() ? file(loc.file) : cu_->getFile();
  llvm::DISubprogram *sp = dib_.createFunction(
      f, name, llvm::StringRef(), f, loc.line,
      dib_.createSubroutineType(dib_.getOrCreateTypeArray(types)), loc.line,
      llvm::DINode::FlagPrototyped, llvm::DISubprogram::SPFlagDefinition);
  fn->setSubprogram(sp);
  return sp;
}

llvm::DILocalVariable *DebugInfo::createVariable(llvm::DIScope *scope,
                                                 llvm::StringRef name,
                                                 const sema::Type *t,
                                                 SourceLoc loc, unsigned argNo) {
  llvm::DIFile *f = loc.isValid() ? file(loc.file) : scope->getFile();
  if (argNo)
    return dib_.createParameterVariable(scope, name, argNo, f, loc.line,
                                        type(t), /*AlwaysPreserve=*/true);
  return dib_.createAutoVariable(scope, name, f, loc.line, type(t),
                                 /*AlwaysPreserve=*/true);
}

void DebugInfo::declare(llvm::Value *addr, llvm::DILocalVariable *var,
                        llvm::DILocation *loc, llvm::Instruction *before,
                        bool indirect) {
  llvm::DIExpression *expr =
      indirect ? dib_.createExpression(llvm::ArrayRef<uint64_t>{llvm::dwarf::DW_OP_deref})
               : dib_.createExpression();
  dib_.insertDeclare(addr, var, expr, loc, before);
}

llvm::DILexicalBlock *DebugInfo::createBlock(llvm::DIScope *parent,
                                             SourceLoc loc) {
  llvm::DIFile *f = loc.isValid() ? file(loc.file) : parent->getFile();
  return dib_.createLexicalBlock(parent, f, loc.line, loc.col);
}

void DebugInfo::createGlobal(llvm::GlobalVariable *gv, const sema::Var *v) {
  llvm::DIFile *f = v->loc.isValid() ? file(v->loc.file) : cu_->getFile();
  auto *gve = dib_.createGlobalVariableExpression(
      cu_, gv->getName(), llvm::StringRef(), f, v->loc.line, type(v->type),
      /*IsLocalToUnit=*/false);
  gv->addDebugInfo(gve);
}

void DebugInfo::finalize() { dib_.finalize(); }

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

llvm::DIType *DebugInfo::basicType(const BasicType *bt) {
  unsigned enc = llvm::dwarf::DW_ATE_signed;
  if (isBoolType(bt))
    enc = llvm::dwarf::DW_ATE_boolean;
  else if (isUnsignedType(bt))
    enc = llvm::dwarf::DW_ATE_unsigned;
  else if (isFloatType(bt))
    enc = llvm::dwarf::DW_ATE_float;
  else if (bt->bkind == BasicType::Complex64 ||
           bt->bkind == BasicType::Complex128)
    enc = llvm::dwarf::DW_ATE_complex_float;
  else if (bt->bkind == BasicType::UnsafePointer ||
           bt->bkind == BasicType::UntypedNil)
    return dib_.createPointerType(nullptr, 64, 0, std::nullopt,
                                  "unsafe.Pointer");
  return dib_.createBasicType(m_.typeString(bt), m_.sizeOf(bt) * 8, enc);
}

llvm::DIType *DebugInfo::structType(const sema::Type *t, llvm::StringRef name,
                                    llvm::ArrayRef<const sema::Type *> fieldTypes,
                                    llvm::ArrayRef<std::string> fieldNames) {
  // Built through a temporary node so fields may point back at the struct.
  llvm::DIFile *f = cu_->getFile();
  auto *fwd = dib_.createReplaceableCompositeType(
      llvm::dwarf::DW_TAG_structure_type, name, cu_, f, 0);
  types_[t] = fwd;
  const llvm::DataLayout &dl = m_.mod->getDataLayout();
  auto *st = cast<llvm::StructType>(m_.memType(t));
  const llvm::StructLayout *layout = dl.getStructLayout(st);
  std::vector<llvm::Metadata *> members;
  for (size_t i = 0; i < fieldTypes.size(); ++i) {
    llvm::Type *ft = st->getElementType(i);
    members.push_back(dib_.createMemberType(
        fwd, fieldNames[i], f, 0, dl.getTypeAllocSizeInBits(ft),
        dl.getABITypeAlign(ft).value() * 8, layout->getElementOffsetInBits(i),
        llvm::DINode::FlagZero, type(fieldTypes[i])));
  }
  llvm::DICompositeType *real = dib_.createStructType(
      cu_, name, f, 0, layout->getSizeInBits(),
      layout->getAlignment().value() * 8, llvm::DINode::FlagZero, nullptr,
      dib_.getOrCreateArray(members));
  types_[t] = dib_.replaceTemporary(llvm::TempDIType(fwd), real);
  return types_[t];
}

llvm::DIType *DebugInfo::type(const sema::Type *t) {
  if (!t)
    return nullptr;
  auto it = types_.find(t);
  if (it != types_.end())
    return it->second;

  sema::TypeContext &tc = m_.sctx.types;
  const sema::Type *intTy = tc.intType();
  std::string name = m_.typeString(t);
  llvm::DIType *result = nullptr;
  switch (t->kind()) {
  case sema::Type::Basic:
    if (isStringType(t)) {
      const sema::Type *bytePtr = tc.pointer(tc.basic(BasicType::Uint8));
      return structType(t, "string", {bytePtr, intTy}, {"str", "len"});
    }
    result = basicType(cast<BasicType>(t));
    break;
  case sema::Type::Named: {
    const sema::Type *u = cast<sema::NamedType>(t)->underlyingType;
    if (u && llvm::isa<sema::StructType>(u)) {
      auto *st = cast<sema::StructType>(u);
      std::vector<const sema::Type *> fts;
      std::vector<std::string> fns;
      for (const sema::StructField &f : st->fields) {
        fts.push_back(f.type);
        fns.push_back(f.name);
      }
      return structType(t, name, fts, fns);
    }
    // Mark in progress: a pointer back to t (type P *P) ends at void.
    types_[t] = nullptr;
    result = dib_.createTypedef(type(u), name, cu_->getFile(), 0, cu_);
    break;
  }
  case sema::Type::Pointer:
    result = dib_.createPointerType(type(cast<sema::PointerType>(t)->elem), 64,
                                    0, std::nullopt, name);
    break;
  case sema::Type::Slice: {
    const sema::Type *elemPtr = tc.pointer(cast<sema::SliceType>(t)->elem);
    return structType(t, name, {elemPtr, intTy, intTy},
                      {"array", "len", "cap"});
  }
  case sema::Type::Interface: {
    const sema::Type *uptr = tc.basic(BasicType::UnsafePointer);
    return structType(t, name, {uptr, uptr}, {"_type", "data"});
  }
  case sema::Type::Struct: {
    std::vector<const sema::Type *> fts;
    std::vector<std::string> fns;
    for (const sema::StructField &f : cast<sema::StructType>(t)->fields) {
      fts.push_back(f.type);
      fns.push_back(f.name);
    }
    return structType(t, name, fts, fns);
  }
  case sema::Type::Array: {
    auto *at = cast<sema::ArrayType>(t);
    llvm::Metadata *range = dib_.getOrCreateSubrange(0, at->len);
    llvm::Type *mt = m_.memType(t);
    result = dib_.createArrayType(
        m_.sizeOf(t) * 8, m_.mod->getDataLayout().getABITypeAlign(mt).value() * 8,
        type(at->elem), dib_.getOrCreateArray({range}));
    break;
  }
  case sema::Type::Map:
  case sema::Type::Chan:
  case sema::Type::Signature:
    result = dib_.createPointerType(nullptr, 64, 0, std::nullopt, name);
    break;
  case sema::Type::Tuple:
    result = nullptr;
    break;
  }
  types_[t] = result;
  return result;
}

//===----------------------------------------------------------------------===//
// FuncLowerer: the current position and scope
//===----------------------------------------------------------------------===//

void FuncLowerer::setLocation(SourceLoc loc) {
  if (!loc.isValid())
    return;
  loc_ = loc;
  if (m.di && !scopes_.empty())
    b.SetCurrentDebugLocation(m.di->location(loc, scopes_.back()));
}

void FuncLowerer::pushScope(SourceLoc loc) {
  if (!m.di || scopes_.empty())
    return;
  scopes_.push_back(m.di->createBlock(scopes_.back(), loc));
}

void FuncLowerer::popScope() {
  if (!m.di || scopes_.size() <= 1)
    return;
  scopes_.pop_back();
}
