//===- sema/Objects.h - named language entities ---------------------------===//
// What an identifier can denote (go/types' Objects): constants, variables,
// type names, functions, builtins, package names, labels and nil. Scopes map
// names to Objects; IdentExpr::obj points at one after checking.
//===----------------------------------------------------------------------===//
#ifndef GOLC_SEMA_OBJECTS_H
#define GOLC_SEMA_OBJECTS_H

#include "ast/AST.h"
#include "sema/Constant.h"
#include "sema/Types.h"
#include <map>
#include <string>
#include <vector>

namespace golc {
namespace sema {

class Package;

class Object {
public:
  enum Kind : unsigned char { Const, Var, TypeName, Func, Builtin, PkgName, Label, Nil };
  Kind kind() const { return kind_; }
  std::string name;
  const Type *type = nullptr;
  SourceLoc loc;              // where declared (invalid for predeclared)
  Package *pkg = nullptr;     // null for predeclared (universe) objects
  bool used = false;
  virtual ~Object() = default;

protected:
  Object(Kind k, llvm::StringRef name) : name(name.str()), kind_(k) {}

private:
  Kind kind_;
};

class Const : public Object {
public:
  explicit Const(llvm::StringRef n) : Object(Object::Const, n) {}
  Constant value;
  static bool classof(const Object *o) { return o->kind() == Object::Const; }
};

/// A variable: package-level, local, parameter, named result, or struct field
/// (fields are not in scopes; selections refer to them by index).
class Var : public Object {
public:
  explicit Var(llvm::StringRef n) : Object(Object::Var, n) {}
  bool isGlobal = false;  // package-level
  bool isParam = false;   // parameter or receiver
  bool isResult = false;  // named (or unnamed) result
  // A func literal refers to it (and it is not global): it must live in a
  // heap cell shared by the function and the closure.
  bool captured = false;
  // Its address is taken (&x, or a method call with pointer receiver).
  // sema: also set on the variable at the root of an address taken of a
  // part of it, which lower must keep alive as long as the pointer: x in
  // &x.f, &x[i] and x[i:j] of an array x, x.m() and x.m (method value) where
  // m has a pointer receiver, through any chain of fields and array
  // elements (x.a.b[2].m()). Lower then keeps x in a heap cell.
  bool addressTaken = false;
  static bool classof(const Object *o) { return o->kind() == Object::Var; }
};

class TypeName : public Object {
public:
  explicit TypeName(llvm::StringRef n) : Object(Object::TypeName, n) {}
  bool isAlias = false;
  static bool classof(const Object *o) {
    return o->kind() == Object::TypeName;
  }
};

/// A function or method. `type` is its SignatureType.
class Func : public Object {
public:
  explicit Func(llvm::StringRef n) : Object(Object::Func, n) {}
  ast::FuncDecl *decl = nullptr;  // null for functions without Go source
  const Type *recvType = nullptr; // methods: T or *T
  /// The link name: `main.fib`, `main.T.String`, `main.(*T).Set`,
  /// `strings.Split`; `func init()`s are `main.init.0`, `main.init.1`, ...
  std::string linkName;
  /// One Var per parameter and per result, in order: named ones are those
  /// the body's identifiers refer to; unnamed ones have an empty name, and
  /// `_` ones the name "_" (neither is referred to by any identifier).
  std::vector<sema::Var *> params, results;
  sema::Var *recv = nullptr; // methods: the receiver
  bool hasDefer = false;     // its body has a defer statement of its own
  static bool classof(const Object *o) { return o->kind() == Object::Func; }
};

/// A builtin function. (Lower dispatches on `id`.)
class Builtin : public Object {
public:
  enum Id : unsigned char {
    Append, Cap, Close, Complex, Copy, Delete, Imag, Len, Make, New, Panic,
    Print, Println, Real, Recover,
  };
  Builtin(llvm::StringRef n, Id id) : Object(Object::Builtin, n), id(id) {}
  Id id;
  static bool classof(const Object *o) { return o->kind() == Object::Builtin; }
};

class PkgName : public Object {
public:
  explicit PkgName(llvm::StringRef n) : Object(Object::PkgName, n) {}
  Package *imported = nullptr;
  ast::ImportSpec *spec = nullptr;
  static bool classof(const Object *o) { return o->kind() == Object::PkgName; }
};

class Label : public Object {
public:
  explicit Label(llvm::StringRef n) : Object(Object::Label, n) {}
  ast::LabeledStmt *stmt = nullptr;
  static bool classof(const Object *o) { return o->kind() == Object::Label; }
};

class Nil : public Object {
public:
  Nil() : Object(Object::Nil, "nil") {}
  static bool classof(const Object *o) { return o->kind() == Object::Nil; }
};

/// What `x.f` selected (SelectorExpr::selection).
struct Selection {
  enum Kind : unsigned char {
    FieldVal,   // x.f is a struct field
    MethodVal,  // x.m is a method (called or as a value)
    MethodExpr, // T.m, a method expression
    // sema: the SelectorExpr's type is, for a MethodVal, the method's
    // signature without the receiver; for a MethodExpr the func type of the
    // method expression, the receiver its first parameter (go/types').
  };
  Kind kind;
  const Type *recv = nullptr; // the type of x
  Object *obj = nullptr;      // the Var (field) or Func (method)
  // Path of field indices from x's struct through embedded fields to the
  // selected field (or to the embedded field whose type has the method).
  std::vector<int> index;
  bool indirect = false; // a pointer is dereferenced along the path
};

/// A checked package: its scope, its objects in source order, and what lower
/// needs to emit it.
class Package {
public:
  std::string name; // "main"
  std::string path; // import path: "main", "strings"
  std::map<std::string, Object *> scope; // package block
  std::vector<ast::File *> files;
  // Package-level variables in initialization order (dependency order, as the
  // spec requires), each with the expression(s) that initialise it.
  // Every package-level variable appears in exactly one VarInit (a `_`
  // variable too, with the name "_": its initialiser still runs).
  struct VarInit {
    std::vector<Var *> lhs; // one, or several for `var a, b = f()`
    ast::Expr *rhs;         // null: zero value
  };
  std::vector<VarInit> varInits;
  std::vector<Func *> funcs;      // every function and method, in source order
  std::vector<Func *> initFuncs;  // `func init()` in source order
};

} // namespace sema
} // namespace golc

#endif
