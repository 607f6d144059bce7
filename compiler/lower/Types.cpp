//===- lower/Types.cpp - Go types as LLVM types ---------------------------===//
// Maps each Go type to its LLVM representation (docs/runtime-abi.md):
//   bool -> i1 in registers, i8 in memory; int, uint, uintptr -> i64;
//   intN/uintN -> iN; float32/64 -> float/double; string -> {ptr, i64};
//   slice -> {ptr, i64, i64}; interface -> {ptr, ptr}; pointer, map, chan,
//   func -> ptr (a func value points to its funcval); array -> [N x T];
//   struct -> a literal struct of its fields' memory forms; a tuple of
//   results -> a literal struct of register forms.
// A named type is its underlying type: LLVM's structural types need no names
// and recursive Go types only recurse through pointers, which are opaque.
//
// Also the spellings of types: typeString as Go's runtime prints a type
// (`main.T`, `[]*main.T`), typeSymbol as symbols name it (a type declared
// inside a function gets a `·N` suffix, as gc's symbols do, so two local
// types `T` have two descriptors).
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/GlobalVariable.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using sema::BasicType;

//===----------------------------------------------------------------------===//
// Type predicates (on underlying types)
//===----------------------------------------------------------------------===//

const BasicType *lower::basicUnder(const sema::Type *t) {
  if (!t)
    return nullptr;
  if (auto *n = dyn_cast<sema::NamedType>(t))
    t = n->underlyingType;
  return t ? dyn_cast<BasicType>(t) : nullptr;
}

bool lower::isStringType(const sema::Type *t) {
  auto *bt = basicUnder(t);
  return bt && (bt->bkind == BasicType::String ||
                bt->bkind == BasicType::UntypedString);
}

bool lower::isBoolType(const sema::Type *t) {
  auto *bt = basicUnder(t);
  return bt &&
         (bt->bkind == BasicType::Bool || bt->bkind == BasicType::UntypedBool);
}

bool lower::isIntegerType(const sema::Type *t) {
  auto *bt = basicUnder(t);
  return bt && ((bt->bkind >= BasicType::Int && bt->bkind <= BasicType::Uintptr) ||
                bt->bkind == BasicType::UntypedInt ||
                bt->bkind == BasicType::UntypedRune);
}

bool lower::isUnsignedType(const sema::Type *t) {
  auto *bt = basicUnder(t);
  return bt && bt->bkind >= BasicType::Uint && bt->bkind <= BasicType::Uintptr;
}

bool lower::isFloatType(const sema::Type *t) {
  auto *bt = basicUnder(t);
  return bt && (bt->bkind == BasicType::Float32 ||
                bt->bkind == BasicType::Float64 ||
                bt->bkind == BasicType::UntypedFloat);
}

bool lower::isInterfaceType(const sema::Type *t) {
  return t && t->underlying() && isa<sema::InterfaceType>(t->underlying());
}

bool lower::isEmptyInterface(const sema::Type *t) {
  auto *it = underAs<sema::InterfaceType>(t);
  return it && it->isEmpty();
}

bool lower::isNilType(const sema::Type *t) {
  auto *bt = basicUnder(t);
  return bt && bt->bkind == BasicType::UntypedNil;
}

const sema::ArrayType *lower::pointerToArray(const sema::Type *t) {
  auto *pt = underAs<sema::PointerType>(t);
  return pt ? underAs<sema::ArrayType>(pt->elem) : nullptr;
}

//===----------------------------------------------------------------------===//
// LLVM types
//===----------------------------------------------------------------------===//

llvm::StructType *ModuleLowerer::stringType() {
  if (!stringTy_)
    stringTy_ = llvm::StructType::get(ctx, {llvm::PointerType::get(ctx, 0),
                                            llvm::Type::getInt64Ty(ctx)});
  return stringTy_;
}

llvm::StructType *ModuleLowerer::sliceType() {
  if (!sliceTy_) {
    auto *i64 = llvm::Type::getInt64Ty(ctx);
    sliceTy_ = llvm::StructType::get(ctx, {llvm::PointerType::get(ctx, 0), i64, i64});
  }
  return sliceTy_;
}

llvm::StructType *ModuleLowerer::efaceType() {
  if (!efaceTy_) {
    auto *ptr = llvm::PointerType::get(ctx, 0);
    efaceTy_ = llvm::StructType::get(ctx, {ptr, ptr});
  }
  return efaceTy_;
}

static llvm::Type *basicMemType(llvm::LLVMContext &ctx, ModuleLowerer &m,
                                BasicType::BasicKind k) {
  switch (k) {
  case BasicType::Bool:
  case BasicType::UntypedBool:
  case BasicType::Int8:
  case BasicType::Uint8:
  case BasicType::Invalid:
    return llvm::Type::getInt8Ty(ctx);
  case BasicType::Int16:
  case BasicType::Uint16:
    return llvm::Type::getInt16Ty(ctx);
  case BasicType::Int32:
  case BasicType::Uint32:
  case BasicType::UntypedRune:
    return llvm::Type::getInt32Ty(ctx);
  case BasicType::Int:
  case BasicType::Int64:
  case BasicType::Uint:
  case BasicType::Uint64:
  case BasicType::Uintptr:
  case BasicType::UntypedInt:
    return llvm::Type::getInt64Ty(ctx);
  case BasicType::Float32:
    return llvm::Type::getFloatTy(ctx);
  case BasicType::Float64:
  case BasicType::UntypedFloat:
    return llvm::Type::getDoubleTy(ctx);
  case BasicType::Complex64:
    return llvm::StructType::get(ctx, {llvm::Type::getFloatTy(ctx),
                                       llvm::Type::getFloatTy(ctx)});
  case BasicType::Complex128:
    return llvm::StructType::get(ctx, {llvm::Type::getDoubleTy(ctx),
                                       llvm::Type::getDoubleTy(ctx)});
  case BasicType::String:
  case BasicType::UntypedString:
    return m.stringType();
  case BasicType::UnsafePointer:
  case BasicType::UntypedNil:
    return llvm::PointerType::get(ctx, 0);
  }
  return llvm::Type::getInt8Ty(ctx);
}

llvm::Type *ModuleLowerer::memType(const sema::Type *t) {
  if (!t)
    return llvm::Type::getInt8Ty(ctx);
  auto it = memTypes_.find(t);
  if (it != memTypes_.end())
    return it->second;

  auto *ptr = llvm::PointerType::get(ctx, 0);
  llvm::Type *result = nullptr;
  switch (t->kind()) {
  case sema::Type::Basic:
    result = basicMemType(ctx, *this, cast<BasicType>(t)->bkind);
    break;
  case sema::Type::Named: {
    const sema::Type *u = cast<sema::NamedType>(t)->underlyingType;
    result = u ? memType(u) : llvm::Type::getInt8Ty(ctx);
    break;
  }
  case sema::Type::Pointer:
  case sema::Type::Map:
  case sema::Type::Chan:
  case sema::Type::Signature:
    result = ptr;
    break;
  case sema::Type::Array: {
    auto *at = cast<sema::ArrayType>(t);
    result = llvm::ArrayType::get(memType(at->elem), at->len);
    break;
  }
  case sema::Type::Slice:
    result = sliceType();
    break;
  case sema::Type::Struct: {
    std::vector<llvm::Type *> fields;
    for (const sema::StructField &f : cast<sema::StructType>(t)->fields)
      fields.push_back(memType(f.type));
    result = llvm::StructType::get(ctx, fields);
    break;
  }
  case sema::Type::Interface:
    result = efaceType();
    break;
  case sema::Type::Tuple: {
    std::vector<llvm::Type *> elems;
    for (const sema::Type *et : cast<sema::TupleType>(t)->types)
      elems.push_back(llvmType(et));
    result = llvm::StructType::get(ctx, elems);
    break;
  }
  }
  memTypes_[t] = result;
  return result;
}

llvm::Type *ModuleLowerer::llvmType(const sema::Type *t) {
  if (isBoolType(t))
    return llvm::Type::getInt1Ty(ctx);
  return memType(t);
}

llvm::Type *ModuleLowerer::resultType(const sema::TupleType *results) {
  if (!results || results->types.empty())
    return llvm::Type::getVoidTy(ctx);
  if (results->types.size() == 1)
    return llvmType(results->types[0]);
  return memType(results); // the tuple: register forms
}

llvm::FunctionType *ModuleLowerer::funcType(const sema::SignatureType *sig,
                                            llvm::Type *recv,
                                            bool withContext) {
  std::vector<llvm::Type *> params;
  if (withContext)
    params.push_back(llvm::PointerType::get(ctx, 0));
  if (recv)
    params.push_back(recv);
  if (sig->params)
    for (const sema::Type *pt : sig->params->types)
      params.push_back(llvmType(pt));
  return llvm::FunctionType::get(resultType(sig->results), params, false);
}

uint64_t ModuleLowerer::sizeOf(const sema::Type *t) {
  return mod->getDataLayout().getTypeAllocSize(memType(t));
}

uint64_t ModuleLowerer::alignOf(const sema::Type *t) {
  return mod->getDataLayout().getABITypeAlign(memType(t)).value();
}

uint64_t ModuleLowerer::fieldOffset(const sema::Type *structTy, unsigned i) {
  auto *st = cast<llvm::StructType>(memType(structTy));
  return mod->getDataLayout().getStructLayout(st)->getElementOffset(i);
}

//===----------------------------------------------------------------------===//
// Type strings
//===----------------------------------------------------------------------===//

static std::string tupleString(ModuleLowerer &m, const sema::TupleType *tt) {
  std::string s;
  if (!tt)
    return s;
  for (size_t i = 0; i < tt->types.size(); ++i) {
    if (i)
      s += ", ";
    s += m.typeString(tt->types[i]);
  }
  return s;
}

static std::string signatureString(ModuleLowerer &m,
                                   const sema::SignatureType *sig) {
  std::string s = "(";
  if (sig->params) {
    for (size_t i = 0; i < sig->params->types.size(); ++i) {
      if (i)
        s += ", ";
      const sema::Type *pt = sig->params->types[i];
      if (sig->variadic && i + 1 == sig->params->types.size())
        if (auto *st = dyn_cast<sema::SliceType>(pt)) {
          s += "..." + m.typeString(st->elem);
          continue;
        }
      s += m.typeString(pt);
    }
  }
  s += ")";
  size_t nres = sig->results ? sig->results->types.size() : 0;
  if (nres == 1)
    s += " " + m.typeString(sig->results->types[0]);
  else if (nres > 1)
    s += " (" + tupleString(m, sig->results) + ")";
  return s;
}

std::string ModuleLowerer::typeString(const sema::Type *t) {
  if (!t)
    return "invalid type";
  switch (t->kind()) {
  case sema::Type::Basic:
    // The runtime knows byte and rune as uint8 and int32, untyped
    // constants by their default types.
    switch (cast<BasicType>(t)->bkind) {
    case BasicType::Invalid: return "invalid type";
    case BasicType::Bool: return "bool";
    case BasicType::Int: return "int";
    case BasicType::Int8: return "int8";
    case BasicType::Int16: return "int16";
    case BasicType::Int32: return "int32";
    case BasicType::Int64: return "int64";
    case BasicType::Uint: return "uint";
    case BasicType::Uint8: return "uint8";
    case BasicType::Uint16: return "uint16";
    case BasicType::Uint32: return "uint32";
    case BasicType::Uint64: return "uint64";
    case BasicType::Uintptr: return "uintptr";
    case BasicType::Float32: return "float32";
    case BasicType::Float64: return "float64";
    case BasicType::Complex64: return "complex64";
    case BasicType::Complex128: return "complex128";
    case BasicType::String: return "string";
    case BasicType::UnsafePointer: return "unsafe.Pointer";
    case BasicType::UntypedBool: return "bool";
    case BasicType::UntypedInt: return "int";
    case BasicType::UntypedRune: return "int32";
    case BasicType::UntypedFloat: return "float64";
    case BasicType::UntypedString: return "string";
    case BasicType::UntypedNil: return "nil";
    }
    return "invalid type";
  case sema::Type::Named: {
    const sema::TypeName *tn = cast<sema::NamedType>(t)->obj;
    if (tn->pkg)
      return tn->pkg->path + "." + tn->name;
    return tn->name;
  }
  case sema::Type::Pointer:
    return "*" + typeString(cast<sema::PointerType>(t)->elem);
  case sema::Type::Array: {
    auto *at = cast<sema::ArrayType>(t);
    return "[" + std::to_string(at->len) + "]" + typeString(at->elem);
  }
  case sema::Type::Slice:
    return "[]" + typeString(cast<sema::SliceType>(t)->elem);
  case sema::Type::Map: {
    auto *mt = cast<sema::MapType>(t);
    return "map[" + typeString(mt->key) + "]" + typeString(mt->elem);
  }
  case sema::Type::Chan: {
    auto *ct = cast<sema::ChanType>(t);
    const char *prefix = ct->dir == sema::ChanType::SendOnly   ? "chan<- "
                         : ct->dir == sema::ChanType::RecvOnly ? "<-chan "
                                                               : "chan ";
    return prefix + typeString(ct->elem);
  }
  case sema::Type::Struct: {
    auto *st = cast<sema::StructType>(t);
    if (st->fields.empty())
      return "struct {}";
    std::string s = "struct { ";
    for (size_t i = 0; i < st->fields.size(); ++i) {
      if (i)
        s += "; ";
      const sema::StructField &f = st->fields[i];
      if (!f.embedded)
        s += f.name + " ";
      s += typeString(f.type);
    }
    return s + " }";
  }
  case sema::Type::Signature:
    return "func" + signatureString(*this, cast<sema::SignatureType>(t));
  case sema::Type::Interface: {
    auto *it = cast<sema::InterfaceType>(t);
    if (it->methods.empty())
      return "interface {}";
    std::string s = "interface { ";
    for (size_t i = 0; i < it->methods.size(); ++i) {
      if (i)
        s += "; ";
      s += it->methods[i].name + signatureString(*this, it->methods[i].sig);
    }
    return s + " }";
  }
  case sema::Type::Tuple:
    return "(" + tupleString(*this, cast<sema::TupleType>(t)) + ")";
  }
  return "invalid type";
}


bool ModuleLowerer::isLocalType(const sema::NamedType *t) {
  const sema::TypeName *tn = t->obj;
  if (!tn || !tn->pkg)
    return false; // predeclared (error)
  auto it = tn->pkg->scope.find(tn->name);
  return it == tn->pkg->scope.end() || it->second != tn;
}

std::string ModuleLowerer::typeSymbol(const sema::Type *t) {
  // Only a named type declared in a function needs more than its string;
  // composite types spell their element types through typeString, so they
  // are rebuilt here around the local types they contain.
  if (!t)
    return "invalid type";
  switch (t->kind()) {
  case sema::Type::Named: {
    auto *nt = cast<sema::NamedType>(t);
    if (!isLocalType(nt))
      return typeString(t);
    auto [it, inserted] = localTypeIds_.try_emplace(nt, localTypeIds_.size() + 1);
    return typeString(t) + "\u00b7" + std::to_string(it->second);
  }
  case sema::Type::Pointer:
    return "*" + typeSymbol(cast<sema::PointerType>(t)->elem);
  case sema::Type::Slice:
    return "[]" + typeSymbol(cast<sema::SliceType>(t)->elem);
  case sema::Type::Array: {
    auto *at = cast<sema::ArrayType>(t);
    return "[" + std::to_string(at->len) + "]" + typeSymbol(at->elem);
  }
  case sema::Type::Map: {
    auto *mt = cast<sema::MapType>(t);
    return "map[" + typeSymbol(mt->key) + "]" + typeSymbol(mt->elem);
  }
  case sema::Type::Struct: {
    auto *st = cast<sema::StructType>(t);
    std::string s = "struct {";
    for (size_t i = 0; i < st->fields.size(); ++i) {
      s += i ? "; " : " ";
      if (!st->fields[i].embedded)
        s += st->fields[i].name + " ";
      s += typeSymbol(st->fields[i].type);
    }
    return s + (st->fields.empty() ? "}" : " }");
  }
  default:
    // Chans, funcs and interfaces of local types are rare enough to share
    // typeString's spelling.
    return typeString(t);
  }
}

std::string ModuleLowerer::recvSymbol(const sema::Type *t) {
  if (auto *pt = dyn_cast<sema::PointerType>(t))
    if (auto *nt = dyn_cast<sema::NamedType>(pt->elem)) {
      std::string s = typeSymbol(nt);
      size_t dot = nt->obj && nt->obj->pkg ? nt->obj->pkg->path.size() : 0;
      if (dot && s.size() > dot && s[dot] == '.')
        return s.substr(0, dot) + ".(*" + s.substr(dot + 1) + ")";
      return "(*" + s + ")";
    }
  return typeSymbol(t);
}
