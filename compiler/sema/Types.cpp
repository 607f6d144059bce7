//===- sema/Types.cpp - Go's types: interning, spelling, layout -----------===//
// The predeclared basic types are process-wide singletons (like go/types'
// Typ array), so Type::underlying() can answer "invalid" without a context.
// Every other unnamed type is interned in its TypeContext under a key made of
// its components with the aliases byte and rune folded into uint8 and int32:
// that makes pointer equality the spec's type identity. Spelling follows gc's
// diagnostics (go/types' TypeString); sizes and alignments are gc's on amd64.
//===----------------------------------------------------------------------===//
#include "sema/Types.h"
#include "sema/Objects.h"
#include <algorithm>
#include <tuple>

using namespace golc;
using namespace golc::sema;

//===----------------------------------------------------------------------===//
// Basic types
//===----------------------------------------------------------------------===//

namespace {
// One object per kind, indexed by BasicKind, plus the two aliases.
const BasicType kBasics[] = {
    {BasicType::Invalid, "invalid type"},
    {BasicType::Bool, "bool"},
    {BasicType::Int, "int"},
    {BasicType::Int8, "int8"},
    {BasicType::Int16, "int16"},
    {BasicType::Int32, "int32"},
    {BasicType::Int64, "int64"},
    {BasicType::Uint, "uint"},
    {BasicType::Uint8, "uint8"},
    {BasicType::Uint16, "uint16"},
    {BasicType::Uint32, "uint32"},
    {BasicType::Uint64, "uint64"},
    {BasicType::Uintptr, "uintptr"},
    {BasicType::Float32, "float32"},
    {BasicType::Float64, "float64"},
    {BasicType::Complex64, "complex64"},
    {BasicType::Complex128, "complex128"},
    {BasicType::String, "string"},
    {BasicType::UnsafePointer, "Pointer"},
    {BasicType::UntypedBool, "untyped bool"},
    {BasicType::UntypedInt, "untyped int"},
    {BasicType::UntypedRune, "untyped rune"},
    {BasicType::UntypedFloat, "untyped float"},
    {BasicType::UntypedString, "untyped string"},
    {BasicType::UntypedNil, "untyped nil"},
};
const BasicType kByte(BasicType::Uint8, "byte");
const BasicType kRune(BasicType::Int32, "rune");

/// Folds the aliases byte and rune into the types they stand for.
const Type *fold(const Type *t) {
  if (auto *b = llvm::dyn_cast_or_null<BasicType>(t))
    return &kBasics[b->bkind];
  return t;
}
} // namespace

bool BasicType::isInteger() const {
  return (bkind >= Int && bkind <= Uintptr) || bkind == UntypedInt ||
         bkind == UntypedRune;
}
bool BasicType::isUnsigned() const { return bkind >= Uint && bkind <= Uintptr; }
bool BasicType::isFloat() const {
  return bkind == Float32 || bkind == Float64 || bkind == UntypedFloat;
}
bool BasicType::isNumeric() const {
  return isInteger() || isFloat() || bkind == Complex64 ||
         bkind == Complex128;
}

unsigned BasicType::size() const {
  switch (bkind) {
  case Bool:
  case Int8:
  case Uint8:
    return 1;
  case Int16:
  case Uint16:
    return 2;
  case Int32:
  case Uint32:
  case Float32:
    return 4;
  case Int:
  case Int64:
  case Uint:
  case Uint64:
  case Uintptr:
  case Float64:
  case Complex64:
  case UnsafePointer:
    return 8;
  case Complex128:
  case String:
    return 16;
  default:
    return 0; // invalid and untyped kinds have no size
  }
}

const Type *Type::underlying() const {
  if (auto *n = llvm::dyn_cast<NamedType>(this))
    return n->underlyingType ? n->underlyingType : &kBasics[BasicType::Invalid];
  return this;
}

//===----------------------------------------------------------------------===//
// TypeContext
//===----------------------------------------------------------------------===//

struct TypeContext::Impl {
  std::map<const Type *, std::unique_ptr<PointerType>> pointers;
  std::map<std::pair<const Type *, int64_t>, std::unique_ptr<ArrayType>> arrays;
  std::map<const Type *, std::unique_ptr<SliceType>> slices;
  std::map<std::pair<const Type *, const Type *>, std::unique_ptr<MapType>>
      maps;
  std::map<std::pair<const Type *, int>, std::unique_ptr<ChanType>> chans;
  std::map<std::vector<std::tuple<std::string, const Type *, bool, std::string>>,
           std::unique_ptr<StructType>>
      structs;
  std::map<std::vector<const Type *>, std::unique_ptr<TupleType>> tuples;
  std::map<std::tuple<const Type *, const Type *, bool>,
           std::unique_ptr<SignatureType>>
      signatures;
  std::map<std::vector<std::pair<std::string, const Type *>>,
           std::unique_ptr<InterfaceType>>
      interfaces;
  std::vector<std::unique_ptr<NamedType>> named;
};

TypeContext::TypeContext() : impl_(std::make_unique<Impl>()) {
  for (unsigned k = 0; k <= BasicType::UntypedNil; ++k)
    basics_[k] = &kBasics[k];
}

TypeContext::~TypeContext() = default;

const BasicType *TypeContext::byteType() const { return &kByte; }
const BasicType *TypeContext::runeType() const { return &kRune; }

// Each constructor looks its folded key up and creates the type on a miss.
template <typename Map, typename Key, typename Make>
static auto *intern(Map &map, const Key &key, Make make) {
  auto it = map.find(key);
  if (it == map.end())
    it = map.emplace(key, make()).first;
  return it->second.get();
}

const PointerType *TypeContext::pointer(const Type *elem) {
  return intern(impl_->pointers, fold(elem),
                [&] { return std::make_unique<PointerType>(elem); });
}

const ArrayType *TypeContext::array(const Type *elem, int64_t len) {
  return intern(impl_->arrays, std::make_pair(fold(elem), len),
                [&] { return std::make_unique<ArrayType>(elem, len); });
}

const SliceType *TypeContext::slice(const Type *elem) {
  return intern(impl_->slices, fold(elem),
                [&] { return std::make_unique<SliceType>(elem); });
}

const MapType *TypeContext::map(const Type *key, const Type *elem) {
  return intern(impl_->maps, std::make_pair(fold(key), fold(elem)),
                [&] { return std::make_unique<MapType>(key, elem); });
}

const ChanType *TypeContext::chan(const Type *elem, ChanType::Dir dir) {
  return intern(impl_->chans, std::make_pair(fold(elem), (int)dir),
                [&] { return std::make_unique<ChanType>(elem, dir); });
}

const StructType *TypeContext::structType(std::vector<StructField> fields) {
  std::vector<std::tuple<std::string, const Type *, bool, std::string>> key;
  for (const StructField &f : fields)
    key.emplace_back(f.name, fold(f.type), f.embedded, f.tag);
  return intern(impl_->structs, key, [&] {
    return std::make_unique<StructType>(std::move(fields));
  });
}

const TupleType *TypeContext::tuple(std::vector<const Type *> types) {
  std::vector<const Type *> key;
  for (const Type *t : types)
    key.push_back(fold(t));
  return intern(impl_->tuples, key, [&] {
    return std::make_unique<TupleType>(std::move(types));
  });
}

const SignatureType *TypeContext::signature(const TupleType *params,
                                            const TupleType *results,
                                            bool variadic) {
  return intern(impl_->signatures,
                std::make_tuple((const Type *)params, (const Type *)results,
                                variadic),
                [&] {
                  return std::make_unique<SignatureType>(params, results,
                                                         variadic);
                });
}

const InterfaceType *
TypeContext::interface(std::vector<InterfaceMethod> methods) {
  std::sort(methods.begin(), methods.end(),
            [](const InterfaceMethod &a, const InterfaceMethod &b) {
              return a.name < b.name;
            });
  std::vector<std::pair<std::string, const Type *>> key;
  for (const InterfaceMethod &m : methods)
    key.emplace_back(m.name, m.sig);
  return intern(impl_->interfaces, key, [&] {
    return std::make_unique<InterfaceType>(std::move(methods));
  });
}

NamedType *TypeContext::newNamed(TypeName *obj) {
  impl_->named.push_back(std::make_unique<NamedType>(obj));
  return impl_->named.back().get();
}

//===----------------------------------------------------------------------===//
// Spelling
//===----------------------------------------------------------------------===//

namespace golc {
namespace sema {
/// Go's spelling of `t`, qualifying named types of packages other than `cur`
/// with their package name. With `cur` null, only package main's names go
/// unqualified (what Type::str() promises).
std::string typeString(const Type *t, const Package *cur);
} // namespace sema
} // namespace golc

static void writeType(std::string &out, const Type *t, const Package *cur);

static void writeTuple(std::string &out, const TupleType *tup, bool variadic,
                       const Package *cur) {
  out += '(';
  for (size_t i = 0; i < tup->types.size(); ++i) {
    if (i)
      out += ", ";
    const Type *t = tup->types[i];
    if (variadic && i + 1 == tup->types.size()) {
      out += "...";
      if (auto *s = llvm::dyn_cast<SliceType>(t))
        t = s->elem;
    }
    writeType(out, t, cur);
  }
  out += ')';
}

// `(params) results` as in `func(int) (int, error)`.
static void writeSignature(std::string &out, const SignatureType *sig,
                           const Package *cur) {
  writeTuple(out, sig->params, sig->variadic, cur);
  const auto &res = sig->results->types;
  if (res.empty())
    return;
  out += ' ';
  if (res.size() == 1)
    writeType(out, res[0], cur);
  else
    writeTuple(out, sig->results, false, cur);
}

static std::string quoteTag(const std::string &s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out + "\"";
}

static void writeType(std::string &out, const Type *t, const Package *cur) {
  if (!t) {
    out += "<nil>";
    return;
  }
  switch (t->kind()) {
  case Type::Basic:
    out += llvm::cast<BasicType>(t)->name;
    return;
  case Type::Named: {
    auto *n = llvm::cast<NamedType>(t);
    Package *pkg = n->obj ? n->obj->pkg : nullptr;
    bool qualify = pkg && (cur ? pkg != cur : pkg->path != "main");
    if (qualify)
      out += pkg->name + ".";
    out += n->obj ? n->obj->name : "?";
    return;
  }
  case Type::Pointer:
    out += '*';
    writeType(out, llvm::cast<PointerType>(t)->elem, cur);
    return;
  case Type::Array: {
    auto *a = llvm::cast<ArrayType>(t);
    out += "[" + std::to_string(a->len) + "]";
    writeType(out, a->elem, cur);
    return;
  }
  case Type::Slice:
    out += "[]";
    writeType(out, llvm::cast<SliceType>(t)->elem, cur);
    return;
  case Type::Map: {
    auto *m = llvm::cast<MapType>(t);
    out += "map[";
    writeType(out, m->key, cur);
    out += ']';
    writeType(out, m->elem, cur);
    return;
  }
  case Type::Chan: {
    auto *c = llvm::cast<ChanType>(t);
    bool paren = false;
    switch (c->dir) {
    case ChanType::Both:
      out += "chan ";
      // `chan (<-chan T)`: without parentheses it would read as `chan<- ...`.
      if (auto *e = llvm::dyn_cast<ChanType>(c->elem))
        paren = e->dir == ChanType::RecvOnly;
      break;
    case ChanType::SendOnly:
      out += "chan<- ";
      break;
    case ChanType::RecvOnly:
      out += "<-chan ";
      break;
    }
    if (paren)
      out += '(';
    writeType(out, c->elem, cur);
    if (paren)
      out += ')';
    return;
  }
  case Type::Struct: {
    auto *s = llvm::cast<StructType>(t);
    out += "struct{";
    for (size_t i = 0; i < s->fields.size(); ++i) {
      const StructField &f = s->fields[i];
      if (i)
        out += "; ";
      if (!f.embedded)
        out += f.name + " ";
      writeType(out, f.type, cur);
      if (!f.tag.empty())
        out += " " + quoteTag(f.tag);
    }
    out += '}';
    return;
  }
  case Type::Tuple:
    writeTuple(out, llvm::cast<TupleType>(t), false, cur);
    return;
  case Type::Signature:
    out += "func";
    writeSignature(out, llvm::cast<SignatureType>(t), cur);
    return;
  case Type::Interface: {
    auto *i = llvm::cast<InterfaceType>(t);
    out += "interface{";
    for (size_t k = 0; k < i->methods.size(); ++k) {
      if (k)
        out += "; ";
      out += i->methods[k].name;
      writeSignature(out, i->methods[k].sig, cur);
    }
    out += '}';
    return;
  }
  }
}

std::string golc::sema::typeString(const Type *t, const Package *cur) {
  std::string out;
  writeType(out, t, cur);
  return out;
}

std::string Type::str() const { return typeString(this, nullptr); }

//===----------------------------------------------------------------------===//
// Queries
//===----------------------------------------------------------------------===//

bool golc::sema::isUntyped(const Type *t) {
  auto *b = llvm::dyn_cast_or_null<BasicType>(t);
  return b && b->isUntyped();
}

bool golc::sema::identical(const Type *a, const Type *b) {
  return fold(a) == fold(b);
}

const Type *golc::sema::defaultType(const Type *t, TypeContext &ctx) {
  auto *b = llvm::dyn_cast_or_null<BasicType>(t);
  if (!b)
    return t;
  switch (b->bkind) {
  case BasicType::UntypedBool:
    return ctx.boolType();
  case BasicType::UntypedInt:
    return ctx.intType();
  case BasicType::UntypedRune:
    return ctx.runeType();
  case BasicType::UntypedFloat:
    return ctx.basic(BasicType::Float64);
  case BasicType::UntypedString:
    return ctx.stringType();
  default:
    return t;
  }
}

bool golc::sema::isComparable(const Type *t) {
  t = t->underlying();
  switch (t->kind()) {
  case Type::Basic:
    return llvm::cast<BasicType>(t)->bkind != BasicType::UntypedNil;
  case Type::Pointer:
  case Type::Chan:
  case Type::Interface:
    return true;
  case Type::Struct:
    for (const StructField &f : llvm::cast<StructType>(t)->fields)
      if (!isComparable(f.type))
        return false;
    return true;
  case Type::Array:
    return isComparable(llvm::cast<ArrayType>(t)->elem);
  default:
    return false;
  }
}

static uint64_t alignTo(uint64_t x, uint64_t a) { return (x + a - 1) / a * a; }

uint64_t golc::sema::alignOf(const Type *t) {
  t = t->underlying();
  switch (t->kind()) {
  case Type::Basic: {
    auto *b = llvm::cast<BasicType>(t);
    if (b->bkind == BasicType::String || b->bkind == BasicType::Complex128 ||
        b->bkind == BasicType::Complex64)
      return b->bkind == BasicType::Complex64 ? 4 : 8;
    return std::max(1u, b->size());
  }
  case Type::Array:
    return alignOf(llvm::cast<ArrayType>(t)->elem);
  case Type::Struct: {
    uint64_t a = 1;
    for (const StructField &f : llvm::cast<StructType>(t)->fields)
      a = std::max(a, alignOf(f.type));
    return a;
  }
  default:
    return 8; // pointers, slices, maps, chans, funcs, interfaces
  }
}

uint64_t golc::sema::sizeOf(const Type *t) {
  t = t->underlying();
  switch (t->kind()) {
  case Type::Basic:
    return llvm::cast<BasicType>(t)->size();
  case Type::Array: {
    auto *a = llvm::cast<ArrayType>(t);
    return a->len > 0 ? sizeOf(a->elem) * (uint64_t)a->len : 0;
  }
  case Type::Slice:
    return 24;
  case Type::Interface:
    return 16;
  case Type::Struct: {
    auto *s = llvm::cast<StructType>(t);
    uint64_t off = 0, lastSize = 0;
    for (const StructField &f : s->fields) {
      off = alignTo(off, alignOf(f.type));
      lastSize = sizeOf(f.type);
      off += lastSize;
    }
    // gc pads a struct ending in a zero-size field, so that a pointer to that
    // field cannot point past the object.
    if (!s->fields.empty() && lastSize == 0 && off > 0)
      ++off;
    return alignTo(off, alignOf(t));
  }
  case Type::Tuple: {
    uint64_t off = 0;
    for (const Type *e : llvm::cast<TupleType>(t)->types)
      off = alignTo(off, alignOf(e)) + sizeOf(e);
    return alignTo(off, 8);
  }
  default:
    return 8; // pointers, maps, chans, funcs
  }
}
