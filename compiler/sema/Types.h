//===- sema/Types.h - Go's types ----------------------------------------===//
// The type representation shared by sema (which builds and checks it) and
// lower (which maps it to LLVM types). Types are interned by TypeContext:
// two unnamed types are identical (in the spec's sense) exactly when they are
// the same pointer, so `a == b` is the identity test. Named types are unique
// per declaration. The one exception are the aliases `byte` and `rune`: they
// are BasicTypes of their own (bkind Uint8 / Int32, so that diagnostics spell
// them as the source did) yet identical to uint8 and int32; compare basic
// types by `bkind`, or use sema::identical(). Composite types are interned
// with byte/rune folded, so `[]byte` and `[]uint8` are one pointer.
//===----------------------------------------------------------------------===//
#ifndef GOLC_SEMA_TYPES_H
#define GOLC_SEMA_TYPES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace golc {
namespace sema {

class TypeName;
class Func;

class Type {
public:
  enum Kind : unsigned char {
    Basic,
    Named,
    Pointer,
    Array,
    Slice,
    Map,
    Chan,
    Struct,
    Signature,
    Interface,
    Tuple,
  };
  Kind kind() const { return kind_; }
  /// The underlying type: itself for all but Named.
  const Type *underlying() const;
  /// Go's spelling: `int`, `[]string`, `map[string]int`, `main.T` is `T`
  /// inside package main as gc prints it in diagnostics.
  std::string str() const;
  virtual ~Type() = default;

protected:
  explicit Type(Kind k) : kind_(k) {}

private:
  Kind kind_;
};

class BasicType : public Type {
public:
  enum BasicKind : unsigned char {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
  };
  BasicType(BasicKind bk, llvm::StringRef name)
      : Type(Basic), bkind(bk), name(name.str()) {}
  BasicKind bkind;
  std::string name; // "int", "untyped int", "byte" is an alias of uint8

  bool isInteger() const;  // Int..Uintptr, UntypedInt, UntypedRune
  bool isUnsigned() const; // Uint..Uintptr
  bool isFloat() const;    // Float32, Float64, UntypedFloat
  bool isNumeric() const;
  bool isString() const { return bkind == String || bkind == UntypedString; }
  bool isBoolean() const { return bkind == Bool || bkind == UntypedBool; }
  bool isUntyped() const { return bkind >= UntypedBool; }
  /// Size in bytes on x86-64 (int and uintptr are 8); 0 for untyped kinds.
  unsigned size() const;
  static bool classof(const Type *t) { return t->kind() == Basic; }
};

/// A defined type `type T U`. Its underlying type is set once the declaration
/// is checked; methods are added as their declarations are seen.
class NamedType : public Type {
public:
  explicit NamedType(TypeName *obj) : Type(Named), obj(obj) {}
  TypeName *obj;
  const Type *underlyingType = nullptr;
  std::vector<Func *> methods;
  static bool classof(const Type *t) { return t->kind() == Named; }
};

class PointerType : public Type {
public:
  explicit PointerType(const Type *elem) : Type(Pointer), elem(elem) {}
  const Type *elem;
  static bool classof(const Type *t) { return t->kind() == Pointer; }
};

class ArrayType : public Type {
public:
  ArrayType(const Type *elem, int64_t len) : Type(Array), elem(elem), len(len) {}
  const Type *elem;
  int64_t len;
  static bool classof(const Type *t) { return t->kind() == Array; }
};

class SliceType : public Type {
public:
  explicit SliceType(const Type *elem) : Type(Slice), elem(elem) {}
  const Type *elem;
  static bool classof(const Type *t) { return t->kind() == Slice; }
};

class MapType : public Type {
public:
  MapType(const Type *key, const Type *elem) : Type(Map), key(key), elem(elem) {}
  const Type *key, *elem;
  static bool classof(const Type *t) { return t->kind() == Map; }
};

class ChanType : public Type {
public:
  enum Dir : unsigned char { Both, SendOnly, RecvOnly };
  ChanType(const Type *elem, Dir dir) : Type(Chan), elem(elem), dir(dir) {}
  const Type *elem;
  Dir dir;
  static bool classof(const Type *t) { return t->kind() == Chan; }
};

struct StructField {
  std::string name; // for an embedded field, the type's name
  const Type *type;
  bool embedded = false;
  std::string tag;
};

class StructType : public Type {
public:
  explicit StructType(std::vector<StructField> fields)
      : Type(Struct), fields(std::move(fields)) {}
  std::vector<StructField> fields;
  static bool classof(const Type *t) { return t->kind() == Struct; }
};

/// An ordered list of types: a multi-value call result, or params/results.
class TupleType : public Type {
public:
  explicit TupleType(std::vector<const Type *> types)
      : Type(Tuple), types(std::move(types)) {}
  std::vector<const Type *> types;
  static bool classof(const Type *t) { return t->kind() == Tuple; }
};

/// A function type. Receivers are not part of it (a method's signature is
/// that of its method expression minus the receiver; Func::recvType has it).
/// For a variadic signature the last param type is a SliceType.
class SignatureType : public Type {
public:
  SignatureType(const TupleType *params, const TupleType *results, bool variadic)
      : Type(Signature), params(params), results(results), variadic(variadic) {}
  const TupleType *params;
  const TupleType *results;
  bool variadic;
  static bool classof(const Type *t) { return t->kind() == Signature; }
};

struct InterfaceMethod {
  std::string name;
  const SignatureType *sig;
};

class InterfaceType : public Type {
public:
  /// `methods` is the full method set (embedded interfaces flattened), sorted
  /// by name as Go sorts itab methods.
  explicit InterfaceType(std::vector<InterfaceMethod> methods)
      : Type(Interface), methods(std::move(methods)) {}
  std::vector<InterfaceMethod> methods;
  bool isEmpty() const { return methods.empty(); }
  static bool classof(const Type *t) { return t->kind() == Interface; }
};

/// Creates and interns types. Predeclared basic types live here too.
class TypeContext {
public:
  TypeContext();
  ~TypeContext();

  const BasicType *basic(BasicType::BasicKind k) const { return basics_[k]; }
  const Type *invalid() const { return basic(BasicType::Invalid); }
  const Type *boolType() const { return basic(BasicType::Bool); }
  const Type *intType() const { return basic(BasicType::Int); }
  const Type *stringType() const { return basic(BasicType::String); }
  /// The aliases byte (= uint8) and rune (= int32).
  const BasicType *byteType() const;
  const BasicType *runeType() const;

  const PointerType *pointer(const Type *elem);
  const ArrayType *array(const Type *elem, int64_t len);
  const SliceType *slice(const Type *elem);
  const MapType *map(const Type *key, const Type *elem);
  const ChanType *chan(const Type *elem, ChanType::Dir dir);
  const StructType *structType(std::vector<StructField> fields);
  const TupleType *tuple(std::vector<const Type *> types);
  const SignatureType *signature(const TupleType *params,
                                 const TupleType *results, bool variadic);
  const InterfaceType *interface(std::vector<InterfaceMethod> methods);
  const InterfaceType *emptyInterface() { return interface({}); }
  NamedType *newNamed(TypeName *obj);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  const BasicType *basics_[BasicType::UntypedNil + 1];
};

//--- Queries used by sema and lower -------------------------------------===//

/// `t` is an untyped basic type (including untyped nil).
bool isUntyped(const Type *t);
/// Type identity (spec: Type identity): pointer identity once the aliases
/// byte and rune are folded into uint8 and int32.
bool identical(const Type *a, const Type *b);
/// The default type of an untyped constant type (untyped int -> int, ...).
const Type *defaultType(const Type *t, TypeContext &ctx);
/// Comparable with == (spec: Comparison operators).
bool isComparable(const Type *t);
/// x86-64 size and alignment in bytes of a value of type t.
uint64_t sizeOf(const Type *t);
uint64_t alignOf(const Type *t);

} // namespace sema
} // namespace golc

#endif
