//===- lower/TypeDesc.cpp - type descriptors and itabs --------------------===//
// Every type the program needs at run time gets a descriptor `type.T`
// (docs/runtime-abi.md), Go's layout: the common header runtime._type
//   { size, ptrdata, hash, tflag, align, fieldAlign, kind, equal, gcdata,
//     str, uncommon }
// first, then what the kind has to add:
//   *T        { _type, elem }              []T     { _type, elem }
//   [N]T      { _type, elem, slice, len }  chan T  { _type, elem, dir }
//   map[K]V   { _type, key, elem, hasher, keysize, elemsize, bucketsize,
//               flags }
//   struct    { _type, pkgPath, fields []structfield{name, typ, offset} }
//   interface { _type, pkgPath, methods []imethod{name, typ} }
//   func      { _type, inCount, outCount, params -> [in..., out...] }
// A type with methods has an uncommontype { pkgPath, methods []method{name,
// mtyp, ifn} } whose methods are its method set sorted by name, ifn being the
// wrapper that takes the interface data pointer (Method.cpp).
//
// The arrays a descriptor points to (fields, methods) live in the same
// global, after the descriptor, so a descriptor is one symbol. Descriptors are
// `linkonce_odr` constants: each module that needs one emits it, and the link
// keeps one, so the runtime can compare descriptors by address. Recursive
// types (type L struct{ next *L }) work because the global is registered
// before its initialiser is built.
//
// An itab `go.itab.T,I` { inter, type, hash, _, fun[] } is likewise one
// linkonce_odr constant per (concrete type, interface) pair seen statically.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "lower/RuntimeABI.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/GlobalVariable.h"
#include <functional>

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using sema::BasicType;

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

// maptype.flags (runtime/type.go).
enum MapFlag : uint32_t {
  mapIndirectKey = 1,
  mapIndirectElem = 2,
  mapReflexiveKey = 4,
  mapNeedKeyUpdate = 8,
  mapHashMightPanic = 16,
};

// Keys and elements larger than this are stored in a map bucket by pointer,
// as Go's maxKeySize and maxElemSize.
static const uint64_t kMaxMapSlotSize = 128;
static const uint64_t kBucketCnt = 8;

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
    uint64_t result = 0;
    for (size_t i = 0; i < st->fields.size(); ++i)
      if (uint64_t p = ptrData(m, st->fields[i].type))
        result = m.fieldOffset(u, i) + p;
    return result;
  }
  case sema::Type::Named:
  case sema::Type::Tuple:
    return 0;
  }
  return 0;
}

bool lower::isRegularMemory(ModuleLowerer &m, const sema::Type *t) {
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
    return isRegularMemory(m, cast<sema::ArrayType>(u)->elem);
  case sema::Type::Struct: {
    // Fields of regular memory packed without padding; a blank field is
    // ignored by ==, so its bytes cannot be compared.
    uint64_t size = 0;
    for (const sema::StructField &f : cast<sema::StructType>(u)->fields) {
      if (f.name == "_" || !isRegularMemory(m, f.type))
        return false;
      size += m.sizeOf(f.type);
    }
    return size == m.sizeOf(u);
  }
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

/// The package path of the type's name (for unexported names), or "".
static std::string pkgPathOf(const sema::Type *t) {
  if (auto *pt = dyn_cast<sema::PointerType>(t))
    t = pt->elem;
  if (auto *nt = dyn_cast<sema::NamedType>(t))
    if (nt->obj && nt->obj->pkg)
      return nt->obj->pkg->path;
  return "";
}

//===----------------------------------------------------------------------===//
// Descriptor layouts
//===----------------------------------------------------------------------===//

/// runtime._type, named so the IR reads `%runtime._type { ... }`.
static llvm::StructType *typeHeaderType(ModuleLowerer &m) {
  if (auto *st = llvm::StructType::getTypeByName(m.ctx, "runtime._type"))
    return st;
  auto *i8 = llvm::Type::getInt8Ty(m.ctx);
  auto *i32 = llvm::Type::getInt32Ty(m.ctx);
  auto *i64 = llvm::Type::getInt64Ty(m.ctx);
  auto *ptr = llvm::PointerType::get(m.ctx, 0);
  return llvm::StructType::create(
      m.ctx, {i64, i64, i32, i8, i8, i8, i8, ptr, ptr, m.stringType(), ptr},
      "runtime._type");
}

/// Layout of a method of an uncommontype: { name, mtyp, ifn }.
static llvm::StructType *methodType(ModuleLowerer &m) {
  auto *ptr = llvm::PointerType::get(m.ctx, 0);
  return llvm::StructType::get(m.ctx, {m.stringType(), ptr, ptr});
}

/// The kind-specific part of a descriptor (after the header), and the
/// arrays that follow it, as LLVM types.
static llvm::StructType *descriptorType(ModuleLowerer &m, const sema::Type *t,
                                        size_t numMethods) {
  llvm::LLVMContext &ctx = m.ctx;
  auto *i8 = llvm::Type::getInt8Ty(ctx);
  auto *i16 = llvm::Type::getInt16Ty(ctx);
  auto *i32 = llvm::Type::getInt32Ty(ctx);
  auto *i64 = llvm::Type::getInt64Ty(ctx);
  auto *ptr = llvm::PointerType::get(ctx, 0);
  std::vector<llvm::Type *> fields{typeHeaderType(m)};
  llvm::Type *trailing = nullptr;
  const sema::Type *u = t->underlying();
  switch (u ? u->kind() : sema::Type::Basic) {
  case sema::Type::Pointer:
  case sema::Type::Slice:
    fields.push_back(ptr);
    break;
  case sema::Type::Array:
    fields.insert(fields.end(), {ptr, ptr, i64});
    break;
  case sema::Type::Chan:
    fields.insert(fields.end(), {ptr, i64});
    break;
  case sema::Type::Map:
    fields.insert(fields.end(), {ptr, ptr, ptr, i8, i8, i16, i32});
    break;
  case sema::Type::Struct: {
    fields.insert(fields.end(), {m.stringType(), m.sliceType()});
    size_t n = cast<sema::StructType>(u)->fields.size();
    trailing = llvm::ArrayType::get(
        llvm::StructType::get(ctx, {m.stringType(), ptr, i64}), n);
    break;
  }
  case sema::Type::Interface: {
    fields.insert(fields.end(), {m.stringType(), m.sliceType()});
    size_t n = cast<sema::InterfaceType>(u)->methods.size();
    trailing = llvm::ArrayType::get(
        llvm::StructType::get(ctx, {m.stringType(), ptr}), n);
    break;
  }
  case sema::Type::Signature: {
    auto *sig = cast<sema::SignatureType>(u);
    size_t n = (sig->params ? sig->params->types.size() : 0) +
               (sig->results ? sig->results->types.size() : 0);
    fields.insert(fields.end(), {i16, i16, ptr});
    trailing = llvm::ArrayType::get(ptr, n);
    break;
  }
  default:
    break;
  }
  // The descriptor proper (the bare header for kinds that add nothing), then
  // its uncommontype and methods, then the fields or imethods its slice
  // points to.
  llvm::StructType *desc = fields.size() == 1 ? typeHeaderType(m)
                                              : llvm::StructType::get(ctx, fields);
  if (!numMethods && !trailing)
    return desc;
  std::vector<llvm::Type *> whole{desc};
  if (numMethods) {
    whole.push_back(llvm::StructType::get(ctx, {m.stringType(), m.sliceType()}));
    whole.push_back(llvm::ArrayType::get(methodType(m), numMethods));
  }
  if (trailing)
    whole.push_back(trailing);
  return llvm::StructType::get(ctx, whole);
}

llvm::Constant *ModuleLowerer::makeSlice(llvm::ArrayRef<llvm::Constant *> elems,
                                         llvm::Type *elemTy,
                                         const llvm::Twine &name) {
  auto *i64 = llvm::Type::getInt64Ty(ctx);
  llvm::Constant *ptr = llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0));
  if (!elems.empty()) {
    auto *arrTy = llvm::ArrayType::get(elemTy, elems.size());
    auto *gv = new llvm::GlobalVariable(*mod, arrTy, true,
                                        llvm::GlobalValue::PrivateLinkage,
                                        llvm::ConstantArray::get(arrTy, elems),
                                        name);
    gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    ptr = gv;
  }
  llvm::Constant *n = llvm::ConstantInt::get(i64, elems.size());
  return llvm::ConstantStruct::get(sliceType(), {ptr, n, n});
}

//===----------------------------------------------------------------------===//
// Descriptors
//===----------------------------------------------------------------------===//

llvm::Constant *ModuleLowerer::typeDescriptor(const sema::Type *t) {
  auto it = typeDescs_.find(t);
  if (it != typeDescs_.end())
    return it->second;

  std::string symbol = "type." + typeSymbol(t);
  if (llvm::GlobalVariable *gv = mod->getGlobalVariable(symbol, true)) {
    typeDescs_[t] = gv; // an identical type reached through another object
    return gv;
  }
  // Interfaces have no method table of their own: their methods are the
  // interfacetype's.
  size_t numMethods = isInterfaceType(t) ? 0 : methodSet(t).size();
  llvm::StructType *ty = descriptorType(*this, t, numMethods);
  auto *gv = new llvm::GlobalVariable(*mod, ty, /*isConstant=*/true,
                                      llvm::GlobalValue::LinkOnceODRLinkage,
                                      nullptr, symbol);
  gv->setAlignment(llvm::Align(8));
  typeDescs_[t] = gv;
  gv->setInitializer(buildTypeDescriptor(t, gv));
  return gv;
}

llvm::Constant *ModuleLowerer::buildTypeDescriptor(const sema::Type *t,
                                                   llvm::GlobalVariable *gv) {
  auto *i8 = llvm::Type::getInt8Ty(ctx);
  auto *i16 = llvm::Type::getInt16Ty(ctx);
  auto *i32 = llvm::Type::getInt32Ty(ctx);
  auto *i64 = llvm::Type::getInt64Ty(ctx);
  auto *ptr = llvm::PointerType::get(ctx, 0);
  // A descriptor with methods, fields or imethods is wrapped in a struct
  // with them (descriptorType).
  const sema::Type *u = t->underlying();
  bool wrapped = (!isInterfaceType(t) && !methodSet(t).empty()) ||
                 isa<sema::StructType>(u) || isa<sema::InterfaceType>(u) ||
                 isa<sema::SignatureType>(u);
  auto *wholeTy = cast<llvm::StructType>(gv->getValueType());
  auto *descTy =
      wrapped ? cast<llvm::StructType>(wholeTy->getElementType(0)) : wholeTy;
  llvm::Constant *null = llvm::ConstantPointerNull::get(ptr);
  /// The address of element i of the global (its uncommontype, its arrays).
  auto member = [&](unsigned i) -> llvm::Constant * {
    llvm::Constant *idx[] = {llvm::ConstantInt::get(i32, 0),
                             llvm::ConstantInt::get(i32, i)};
    return llvm::ConstantExpr::getInBoundsGetElementPtr(wholeTy, gv, idx);
  };

  std::string str = typeString(t);
  const std::vector<MethodEntry> *methods =
      isInterfaceType(t) ? nullptr : &methodSet(t);
  bool hasUncommon = methods && !methods->empty();
  unsigned trailingIndex = hasUncommon ? 3 : 1;

  const llvm::DataLayout &dl = mod->getDataLayout();
  llvm::Type *mt = memType(t);
  uint8_t tflag = 0;
  if (isa<sema::NamedType>(t) || isa<BasicType>(t))
    tflag |= tflagNamed;
  if (isRegularMemory(*this, t))
    tflag |= tflagRegularMemory;
  uint8_t align = dl.getABITypeAlign(mt).value();
  llvm::Constant *equal = equalFunc(t);
  llvm::Constant *header[] = {
      llvm::ConstantInt::get(i64, dl.getTypeAllocSize(mt)),
      llvm::ConstantInt::get(i64, ptrData(*this, t)),
      llvm::ConstantInt::get(i32, typeHash(str)),
      llvm::ConstantInt::get(i8, tflag),
      llvm::ConstantInt::get(i8, align),
      llvm::ConstantInt::get(i8, align),
      llvm::ConstantInt::get(i8, goKind(t)),
      equal ? equal : null,
      null, // gcdata: Boehm scans conservatively
      stringConstant(str),
      hasUncommon ? member(1) : null,
  };
  std::vector<llvm::Constant *> desc{
      llvm::ConstantStruct::get(typeHeaderType(*this), header)};

  llvm::Constant *trailing = nullptr;
  switch (u->kind()) {
  case sema::Type::Pointer:
    desc.push_back(typeDescriptor(cast<sema::PointerType>(u)->elem));
    break;
  case sema::Type::Slice:
    desc.push_back(typeDescriptor(cast<sema::SliceType>(u)->elem));
    break;
  case sema::Type::Array: {
    auto *at = cast<sema::ArrayType>(u);
    desc.push_back(typeDescriptor(at->elem));
    desc.push_back(typeDescriptor(sctx.types.slice(at->elem)));
    desc.push_back(llvm::ConstantInt::get(i64, at->len));
    break;
  }
  case sema::Type::Chan: {
    auto *ct = cast<sema::ChanType>(u);
    // reflect.ChanDir: RecvDir 1, SendDir 2, BothDir 3.
    uint64_t dir = ct->dir == sema::ChanType::RecvOnly   ? 1
                   : ct->dir == sema::ChanType::SendOnly ? 2
                                                         : 3;
    desc.push_back(typeDescriptor(ct->elem));
    desc.push_back(llvm::ConstantInt::get(i64, dir));
    break;
  }
  case sema::Type::Map: {
    auto *mapTy = cast<sema::MapType>(u);
    uint64_t keySize = sizeOf(mapTy->key), elemSize = sizeOf(mapTy->elem);
    uint32_t flags = 0;
    if (keySize > kMaxMapSlotSize) {
      flags |= mapIndirectKey;
      keySize = 8;
    }
    if (elemSize > kMaxMapSlotSize) {
      flags |= mapIndirectElem;
      elemSize = 8;
    }
    // Float keys are not reflexive (NaN != NaN) and need their stored key
    // updated (+0 and -0 are one key); so do keys holding floats, strings
    // (the stored string may be replaced) or interfaces.
    std::function<bool(const sema::Type *, bool)> has =
        [&](const sema::Type *kt, bool stringsToo) -> bool {
      const sema::Type *ku = kt->underlying();
      if (isFloatType(ku) || isa<sema::InterfaceType>(ku))
        return true;
      if (stringsToo && isStringType(ku))
        return true;
      if (auto *at = dyn_cast<sema::ArrayType>(ku))
        return has(at->elem, stringsToo);
      if (auto *st = dyn_cast<sema::StructType>(ku))
        for (const sema::StructField &f : st->fields)
          if (has(f.type, stringsToo))
            return true;
      return false;
    };
    if (!has(mapTy->key, false))
      flags |= mapReflexiveKey;
    if (has(mapTy->key, true))
      flags |= mapNeedKeyUpdate;
    std::function<bool(const sema::Type *)> hasIface =
        [&](const sema::Type *kt) -> bool {
      const sema::Type *ku = kt->underlying();
      if (isa<sema::InterfaceType>(ku))
        return true;
      if (auto *at = dyn_cast<sema::ArrayType>(ku))
        return hasIface(at->elem);
      if (auto *st = dyn_cast<sema::StructType>(ku))
        for (const sema::StructField &f : st->fields)
          if (hasIface(f.type))
            return true;
      return false;
    };
    if (hasIface(mapTy->key))
      flags |= mapHashMightPanic;
    // A bucket: 8 tophash bytes, 8 keys, 8 elements, the overflow pointer.
    uint64_t bucketSize =
        kBucketCnt + kBucketCnt * keySize + kBucketCnt * elemSize + 8;
    desc.push_back(typeDescriptor(mapTy->key));
    desc.push_back(typeDescriptor(mapTy->elem));
    llvm::Constant *hasher = hashFunc(mapTy->key);
    desc.push_back(hasher ? hasher : null);
    desc.push_back(llvm::ConstantInt::get(i8, keySize));
    desc.push_back(llvm::ConstantInt::get(i8, elemSize));
    desc.push_back(llvm::ConstantInt::get(i16, bucketSize));
    desc.push_back(llvm::ConstantInt::get(i32, flags));
    break;
  }
  case sema::Type::Struct: {
    auto *st = cast<sema::StructType>(u);
    std::vector<llvm::Constant *> fields;
    auto *fieldTy = llvm::StructType::get(ctx, {stringType(), ptr, i64});
    for (size_t i = 0; i < st->fields.size(); ++i)
      fields.push_back(llvm::ConstantStruct::get(
          fieldTy, {stringConstant(st->fields[i].name),
                    typeDescriptor(st->fields[i].type),
                    llvm::ConstantInt::get(i64, fieldOffset(u, i))}));
    llvm::Constant *n = llvm::ConstantInt::get(i64, fields.size());
    desc.push_back(stringConstant(pkgPathOf(t)));
    desc.push_back(llvm::ConstantStruct::get(
        sliceType(), {fields.empty() ? null : member(trailingIndex), n, n}));
    trailing = llvm::ConstantArray::get(
        llvm::ArrayType::get(fieldTy, fields.size()), fields);
    break;
  }
  case sema::Type::Interface: {
    auto *it = cast<sema::InterfaceType>(u);
    std::vector<llvm::Constant *> imethods;
    auto *imethodTy = llvm::StructType::get(ctx, {stringType(), ptr});
    for (const sema::InterfaceMethod &im : it->methods)
      imethods.push_back(llvm::ConstantStruct::get(
          imethodTy, {stringConstant(im.name), typeDescriptor(im.sig)}));
    llvm::Constant *n = llvm::ConstantInt::get(i64, imethods.size());
    // An unexported method can only be implemented in the package that
    // declared the interface (this one, for an interface literal).
    std::string path = pkgPathOf(t);
    for (const sema::InterfaceMethod &im : it->methods)
      if (path.empty() && !im.name.empty() && !(im.name[0] >= 'A' && im.name[0] <= 'Z'))
        path = pkg.path;
    desc.push_back(stringConstant(path));
    desc.push_back(llvm::ConstantStruct::get(
        sliceType(), {imethods.empty() ? null : member(trailingIndex), n, n}));
    trailing = llvm::ConstantArray::get(
        llvm::ArrayType::get(imethodTy, imethods.size()), imethods);
    break;
  }
  case sema::Type::Signature: {
    auto *sig = cast<sema::SignatureType>(u);
    std::vector<llvm::Constant *> types;
    size_t in = sig->params ? sig->params->types.size() : 0;
    size_t out = sig->results ? sig->results->types.size() : 0;
    for (size_t i = 0; i < in; ++i)
      types.push_back(typeDescriptor(sig->params->types[i]));
    for (size_t i = 0; i < out; ++i)
      types.push_back(typeDescriptor(sig->results->types[i]));
    // Go marks a variadic signature in outCount's top bit.
    desc.push_back(llvm::ConstantInt::get(i16, in));
    desc.push_back(llvm::ConstantInt::get(i16, out | (sig->variadic ? 0x8000 : 0)));
    desc.push_back(types.empty() ? null : member(trailingIndex));
    trailing =
        llvm::ConstantArray::get(llvm::ArrayType::get(ptr, types.size()), types);
    break;
  }
  default:
    break;
  }

  llvm::Constant *descInit =
      desc.size() == 1 ? desc[0] : llvm::ConstantStruct::get(descTy, desc);
  if (!wrapped)
    return descInit;
  std::vector<llvm::Constant *> whole{descInit};
  if (hasUncommon) {
    std::vector<llvm::Constant *> entries;
    for (const MethodEntry &e : *methods) {
      const sema::SignatureType *sig =
          e.fn ? cast<sema::SignatureType>(e.fn->type) : nullptr;
      if (!sig)
        for (const sema::InterfaceMethod &im : e.iface->methods)
          if (im.name == e.name)
            sig = im.sig;
      entries.push_back(llvm::ConstantStruct::get(
          methodType(*this), {stringConstant(e.name), typeDescriptor(sig),
                              ifaceMethodWrapper(t, e)}));
    }
    llvm::Constant *n = llvm::ConstantInt::get(i64, entries.size());
    auto *uncommonTy = cast<llvm::StructType>(wholeTy->getElementType(1));
    whole.push_back(llvm::ConstantStruct::get(
        uncommonTy, {stringConstant(pkgPathOf(t)),
                     llvm::ConstantStruct::get(sliceType(), {member(2), n, n})}));
    whole.push_back(llvm::ConstantArray::get(
        llvm::ArrayType::get(methodType(*this), entries.size()), entries));
  }
  if (trailing)
    whole.push_back(trailing);
  return llvm::ConstantStruct::get(wholeTy, whole);
}

const sema::Type *
ModuleLowerer::closureType(llvm::ArrayRef<const sema::Type *> fields) {
  std::vector<sema::StructField> sf;
  sf.push_back({"F", sctx.types.basic(BasicType::Uintptr)});
  for (size_t i = 0; i < fields.size(); ++i)
    sf.push_back({"X" + std::to_string(i), fields[i]});
  return sctx.types.structType(std::move(sf));
}

//===----------------------------------------------------------------------===//
// Itabs
//===----------------------------------------------------------------------===//

llvm::Constant *ModuleLowerer::itab(const sema::Type *t,
                                    const sema::Type *iface) {
  auto key = std::make_pair(t, iface);
  auto it = itabs_.find(key);
  if (it != itabs_.end())
    return it->second;

  std::string symbol = "go.itab." + typeSymbol(t) + "," + typeSymbol(iface);
  if (llvm::GlobalVariable *gv = mod->getGlobalVariable(symbol, true)) {
    itabs_[key] = gv;
    return gv;
  }
  auto *i32 = llvm::Type::getInt32Ty(ctx);
  auto *i8 = llvm::Type::getInt8Ty(ctx);
  auto *ptr = llvm::PointerType::get(ctx, 0);
  auto *it2 = cast<sema::InterfaceType>(iface->underlying());
  std::vector<llvm::Constant *> fun;
  for (const sema::InterfaceMethod &im : it2->methods) {
    const MethodEntry *e = findMethod(t, im.name);
    if (!e) {
      error(SourceLoc(), typeString(t) + " does not implement " +
                             typeString(iface) + " (missing method " +
                             im.name + ")");
      fun.push_back(llvm::ConstantPointerNull::get(ptr));
      continue;
    }
    fun.push_back(ifaceMethodWrapper(t, *e));
  }
  auto *funTy = llvm::ArrayType::get(ptr, fun.size());
  auto *padTy = llvm::ArrayType::get(i8, 4);
  auto *ty = llvm::StructType::get(ctx, {ptr, ptr, i32, padTy, funTy});
  auto *gv = new llvm::GlobalVariable(*mod, ty, /*isConstant=*/true,
                                      llvm::GlobalValue::LinkOnceODRLinkage,
                                      nullptr, symbol);
  gv->setAlignment(llvm::Align(8));
  itabs_[key] = gv;
  gv->setInitializer(llvm::ConstantStruct::get(
      ty, {typeDescriptor(iface), typeDescriptor(t),
           llvm::ConstantInt::get(i32, typeHash(typeString(t))),
           llvm::ConstantAggregateZero::get(padTy),
           llvm::ConstantArray::get(funTy, fun)}));
  return gv;
}
