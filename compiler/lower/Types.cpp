//===- lower/Types.cpp - Go types as LLVM types, type descriptors ---------===//
// Maps each Go type to its LLVM representation (docs/runtime-abi.md):
//   bool -> i1 in registers, i8 in memory; int, uint, uintptr -> i64;
//   intN/uintN -> iN; float32/64 -> float/double; string -> {ptr, i64};
//   slice -> {ptr, i64, i64}; interface -> {ptr, ptr}; pointer, map, chan,
//   func -> ptr; array -> [N x T]; struct -> a literal struct of its fields'
//   memory forms; a tuple of results -> a literal struct of register forms.
// A named type is its underlying type: LLVM's structural types need no names
// and recursive Go types only recurse through pointers, which are opaque.
//
// It also emits type descriptors: `type.T` is the runtime._type of T,
//   { size, ptrdata, hash, tflag, align, fieldAlign, kind, equal, gcdata, str }
// a linkonce_odr constant so that every module needing T shares one address
// (the runtime compares descriptors by address).
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

//===----------------------------------------------------------------------===//
// LLVM types
//===----------------------------------------------------------------------===//

llvm::StructType *ModuleLowerer::stringType() {
  if (!stringTy_)
    stringTy_ = llvm::StructType::get(ctx, {llvm::PointerType::get(ctx, 0),
                                            llvm::Type::getInt64Ty(ctx)});
  return stringTy_;
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
  auto *i64 = llvm::Type::getInt64Ty(ctx);
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
    result = llvm::StructType::get(ctx, {ptr, i64, i64});
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

llvm::FunctionType *ModuleLowerer::funcType(const sema::SignatureType *sig) {
  std::vector<llvm::Type *> params;
  if (sig->params)
    for (const sema::Type *pt : sig->params->types)
      params.push_back(llvmType(pt));
  return llvm::FunctionType::get(resultType(sig->results), params, false);
}

uint64_t ModuleLowerer::sizeOf(const sema::Type *t) {
  return mod->getDataLayout().getTypeAllocSize(memType(t));
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

//===----------------------------------------------------------------------===//
// Type descriptors
//===----------------------------------------------------------------------===//

// Go's reflect.Kind numbering (runtime/typekind.go).
enum GoKind : uint8_t {
  kindBool = 1, kindInt, kindInt8, kindInt16, kindInt32, kindInt64, kindUint,
  kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr, kindFloat32,
  kindFloat64, kindComplex64, kindComplex128, kindArray, kindChan, kindFunc,
  kindInterface, kindMap, kindPointer, kindSlice, kindString, kindStruct,
  kindUnsafePointer,
};

// runtime._type's tflag bits (runtime/type.go).
enum TFlag : uint8_t {
  tflagNamed = 1 << 2,         // the type has a name (int, main.T)
  tflagRegularMemory = 1 << 3, // equal and hash can treat it as bytes
};

static uint8_t goKind(const sema::Type *t) {
  const sema::Type *u = t->underlying();
  if (!u)
    return 0;
  switch (u->kind()) {
  case sema::Type::Basic:
    switch (cast<BasicType>(u)->bkind) {
    case BasicType::Bool:
    case BasicType::UntypedBool:
      return kindBool;
    case BasicType::Int:
    case BasicType::UntypedInt:
      return kindInt;
    case BasicType::Int8:
      return kindInt8;
    case BasicType::Int16:
      return kindInt16;
    case BasicType::Int32:
    case BasicType::UntypedRune:
      return kindInt32;
    case BasicType::Int64:
      return kindInt64;
    case BasicType::Uint:
      return kindUint;
    case BasicType::Uint8:
      return kindUint8;
    case BasicType::Uint16:
      return kindUint16;
    case BasicType::Uint32:
      return kindUint32;
    case BasicType::Uint64:
      return kindUint64;
    case BasicType::Uintptr:
      return kindUintptr;
    case BasicType::Float32:
      return kindFloat32;
    case BasicType::Float64:
    case BasicType::UntypedFloat:
      return kindFloat64;
    case BasicType::Complex64:
      return kindComplex64;
    case BasicType::Complex128:
      return kindComplex128;
    case BasicType::String:
    case BasicType::UntypedString:
      return kindString;
    case BasicType::UnsafePointer:
    case BasicType::UntypedNil:
      return kindUnsafePointer;
    case BasicType::Invalid:
      return 0;
    }
    return 0;
  case sema::Type::Array:
    return kindArray;
  case sema::Type::Chan:
    return kindChan;
  case sema::Type::Signature:
    return kindFunc;
  case sema::Type::Interface:
    return kindInterface;
  case sema::Type::Map:
    return kindMap;
  case sema::Type::Pointer:
    return kindPointer;
  case sema::Type::Slice:
    return kindSlice;
  case sema::Type::Struct:
    return kindStruct;
  case sema::Type::Named:
  case sema::Type::Tuple:
    return 0;
  }
  return 0;
}

/// The number of leading bytes of a T that can hold pointers (the GC scans
/// only those).
static uint64_t ptrData(ModuleLowerer &m, const sema::Type *t) {
  const sema::Type *u = t->underlying();
  if (!u)
    return 0;
  switch (u->kind()) {
  case sema::Type::Basic: {
    auto k = cast<BasicType>(u)->bkind;
    return k == BasicType::String || k == BasicType::UntypedString ||
                   k == BasicType::UnsafePointer
               ? 8
               : 0;
  }
  case sema::Type::Pointer:
  case sema::Type::Map:
  case sema::Type::Chan:
  case sema::Type::Signature:
  case sema::Type::Slice:
    return 8;
  case sema::Type::Interface:
    return 16;
  case sema::Type::Array: {
    auto *at = cast<sema::ArrayType>(u);
    uint64_t elemPtr = ptrData(m, at->elem);
    if (at->len == 0 || elemPtr == 0)
      return 0;
    return (at->len - 1) * m.sizeOf(at->elem) + elemPtr;
  }
  case sema::Type::Struct: {
    auto *st = cast<sema::StructType>(u);
    auto *layout = m.mod->getDataLayout().getStructLayout(
        cast<llvm::StructType>(m.memType(u)));
    uint64_t result = 0;
    for (size_t i = 0; i < st->fields.size(); ++i)
      if (uint64_t p = ptrData(m, st->fields[i].type))
        result = layout->getElementOffset(i) + p;
    return result;
  }
  case sema::Type::Named:
  case sema::Type::Tuple:
    return 0;
  }
  return 0;
}

/// Whether equality of T is equality of its bytes (no floats, strings,
/// interfaces or padding).
static bool isRegularMemory(const sema::Type *t) {
  const sema::Type *u = t->underlying();
  if (!u)
    return false;
  switch (u->kind()) {
  case sema::Type::Basic:
    return isIntegerType(u) || isBoolType(u) ||
           cast<BasicType>(u)->bkind == BasicType::UnsafePointer;
  case sema::Type::Pointer:
  case sema::Type::Chan:
    return true;
  case sema::Type::Array:
    return isRegularMemory(cast<sema::ArrayType>(u)->elem);
  default:
    return false;
  }
}

/// FNV-1a of the type's string: a stable hash for the runtime's type maps.
static uint32_t typeHash(llvm::StringRef s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

llvm::Constant *ModuleLowerer::typeDescriptor(const sema::Type *t) {
  auto it = typeDescs_.find(t);
  if (it != typeDescs_.end())
    return it->second;

  std::string str = typeString(t);
  std::string symbol = "type." + str;
  if (llvm::GlobalVariable *gv = mod->getGlobalVariable(symbol, true)) {
    typeDescs_[t] = gv; // an identical type reached through another object
    return gv;
  }

  auto *i8 = llvm::Type::getInt8Ty(ctx);
  auto *i32 = llvm::Type::getInt32Ty(ctx);
  auto *i64 = llvm::Type::getInt64Ty(ctx);
  auto *ptr = llvm::PointerType::get(ctx, 0);
  llvm::StructType *typeTy = llvm::StructType::getTypeByName(ctx, "runtime._type");
  if (!typeTy)
    typeTy = llvm::StructType::create(
        ctx, {i64, i64, i32, i8, i8, i8, i8, ptr, ptr, stringType()},
        "runtime._type");

  const llvm::DataLayout &dl = mod->getDataLayout();
  llvm::Type *mt = memType(t);
  uint8_t tflag = 0;
  if (isa<sema::NamedType>(t) || isa<BasicType>(t))
    tflag |= tflagNamed;
  if (isRegularMemory(t))
    tflag |= tflagRegularMemory;
  uint8_t align = dl.getABITypeAlign(mt).value();

  llvm::Constant *fields[] = {
      llvm::ConstantInt::get(i64, dl.getTypeAllocSize(mt)),
      llvm::ConstantInt::get(i64, ptrData(*this, t)),
      llvm::ConstantInt::get(i32, typeHash(str)),
      llvm::ConstantInt::get(i8, tflag),
      llvm::ConstantInt::get(i8, align),
      llvm::ConstantInt::get(i8, align),
      llvm::ConstantInt::get(i8, goKind(t)),
      llvm::ConstantPointerNull::get(ptr), // equal: with interface comparison
      llvm::ConstantPointerNull::get(ptr), // gcdata: Boehm scans conservatively
      stringConstant(str),
  };
  auto *gv = new llvm::GlobalVariable(
      *mod, typeTy, /*isConstant=*/true, llvm::GlobalValue::LinkOnceODRLinkage,
      llvm::ConstantStruct::get(typeTy, fields), symbol);
  gv->setAlignment(llvm::Align(8));
  typeDescs_[t] = gv;
  return gv;
}
