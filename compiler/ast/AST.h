//===- ast/AST.h - the syntax tree --------------------------------------===//
// The parser's output and sema's input. Node classes mirror Go's go/ast
// (Ident, BasicLit, CallExpr, AssignStmt, FuncDecl, ...): anyone who knows it
// knows these. Every node has the location of its first token; nodes are owned
// by an ASTContext and referenced by plain pointers.
//
// Sema annotates the tree in place (fields marked "sema:"): every expression
// gets a Type and a mode, constants get their exact value, identifiers their
// Object, branch statements their target. lower/ reads only annotated trees.
// Kinds come from ast/NodeKinds.def; use isa<>/dyn_cast<>/cast<>.
//===----------------------------------------------------------------------===//
#ifndef GOLC_AST_AST_H
#define GOLC_AST_AST_H

#include "diag/Diag.h"
#include "lex/Token.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <string>
#include <vector>

namespace golc {

namespace sema {
class Type;
class Object;
class Var;
class Constant;
struct Selection;
} // namespace sema

namespace ast {

class Node {
public:
  enum Kind : unsigned char {
#define EXPR(Name) Name##ExprKind,
#include "ast/NodeKinds.def"
    FirstExpr = BadExprKind,
    LastExpr = ImplicitConvExprKind,
#define STMT(Name) Name##StmtKind,
#include "ast/NodeKinds.def"
    FirstStmt = BadStmtKind,
    LastStmt = RangeStmtKind,
#define DECL(Name) Name##DeclKind,
#include "ast/NodeKinds.def"
  };

  Kind kind() const { return kind_; }
  SourceLoc loc() const { return loc_; }
  void setLoc(SourceLoc l) { loc_ = l; }
  virtual ~Node() = default;

protected:
  Node(Kind k, SourceLoc l) : kind_(k), loc_(l) {}

private:
  Kind kind_;
  SourceLoc loc_;
};

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// What an expression denotes once checked (go/types' operand modes).
enum class ExprMode : unsigned char {
  Invalid,  // not checked, or an error was reported
  NoValue,  // a call of a function without results
  Builtin,  // a builtin function name (only as a call's Fun)
  TypeExpr, // the expression denotes a type
  Constant, // a compile-time constant (value in Expr::value)
  Variable, // addressable
  MapIndex, // m[k]: assignable, not addressable; comma-ok capable
  Value,    // any other value
  CommaOk,  // a value that may be used in a `v, ok` context (recv, assert)
};

class Expr : public Node {
public:
  // sema: the type (for untyped constants, the type it was finally converted
  // to; a default type if it never was), how the expression may be used and,
  // for constants, the exact value. For a call with several results, `type`
  // is a Tuple.
  const sema::Type *type = nullptr;
  ExprMode mode = ExprMode::Invalid;
  const sema::Constant *value = nullptr;

  static bool classof(const Node *n) {
    return n->kind() >= FirstExpr && n->kind() <= LastExpr;
  }

protected:
  Expr(Kind k, SourceLoc l) : Node(k, l) {}
};

/// A placeholder for an expression that failed to parse.
class BadExpr : public Expr {
public:
  explicit BadExpr(SourceLoc l) : Expr(BadExprKind, l) {}
  static bool classof(const Node *n) { return n->kind() == BadExprKind; }
};

class IdentExpr : public Expr {
public:
  IdentExpr(SourceLoc l, llvm::StringRef name)
      : Expr(IdentExprKind, l), name(name.str()) {}
  std::string name;
  // sema: the object this identifier denotes (null for `_` and unresolved
  // names), and whether this occurrence declares it (x in `x := 1`,
  // `var x int`, a parameter name, a function name).
  sema::Object *obj = nullptr;
  bool isDef = false;
  bool isBlank() const { return name == "_"; }
  static bool classof(const Node *n) { return n->kind() == IdentExprKind; }
};

class BasicLitExpr : public Expr {
public:
  BasicLitExpr(SourceLoc l, tok::Kind litKind, llvm::StringRef text)
      : Expr(BasicLitExprKind, l), litKind(litKind), text(text.str()) {}
  tok::Kind litKind; // int_lit, float_lit, imag_lit, rune_lit, string_lit
  std::string text;  // as written in the source
  static bool classof(const Node *n) { return n->kind() == BasicLitExprKind; }
};

/// `T{elts}`; Type is null for an elided type inside another literal.
class CompositeLitExpr : public Expr {
public:
  CompositeLitExpr(SourceLoc l) : Expr(CompositeLitExprKind, l) {}
  Expr *typeExpr = nullptr;
  std::vector<Expr *> elts; // KeyValueExpr for keyed elements
  SourceLoc lbrace, rbrace;
  static bool classof(const Node *n) {
    return n->kind() == CompositeLitExprKind;
  }
};

class FuncTypeExpr;
class BlockStmt;

class FuncLitExpr : public Expr {
public:
  FuncLitExpr(SourceLoc l) : Expr(FuncLitExprKind, l) {}
  FuncTypeExpr *funcType = nullptr;
  BlockStmt *body = nullptr;
  // sema: variables of enclosing functions this literal refers to, in order
  // of first use. Each has Var::captured set. sema: a variable that only a
  // func literal nested in this one refers to is a capture of this one too
  // (lower passes each closure its cells through the enclosing closure).
  std::vector<sema::Var *> captures;
  // sema: the body has a defer statement of its own (not only in a func
  // literal nested in it).
  bool hasDefer = false;
  static bool classof(const Node *n) { return n->kind() == FuncLitExprKind; }
};

class ParenExpr : public Expr {
public:
  ParenExpr(SourceLoc l, Expr *x) : Expr(ParenExprKind, l), x(x) {}
  Expr *x;
  static bool classof(const Node *n) { return n->kind() == ParenExprKind; }
};

/// `x.sel`: a qualified identifier (pkg.Name), a field or a method.
class SelectorExpr : public Expr {
public:
  SelectorExpr(SourceLoc l, Expr *x, IdentExpr *sel)
      : Expr(SelectorExprKind, l), x(x), sel(sel) {}
  Expr *x;
  IdentExpr *sel;
  // sema: what was selected (null for a qualified identifier, whose object is
  // in sel->obj).
  const sema::Selection *selection = nullptr;
  static bool classof(const Node *n) { return n->kind() == SelectorExprKind; }
};

/// `x[i]`, or `f[T1, T2]` (instantiation: more than one index).
class IndexExpr : public Expr {
public:
  IndexExpr(SourceLoc l, Expr *x) : Expr(IndexExprKind, l), x(x) {}
  Expr *x;
  std::vector<Expr *> indices;
  SourceLoc lbrack;
  static bool classof(const Node *n) { return n->kind() == IndexExprKind; }
};

/// `x[lo:hi]` or `x[lo:hi:max]`; absent parts are null.
class SliceExpr : public Expr {
public:
  SliceExpr(SourceLoc l, Expr *x) : Expr(SliceExprKind, l), x(x) {}
  Expr *x;
  Expr *lo = nullptr, *hi = nullptr, *max = nullptr;
  bool slice3 = false;
  SourceLoc lbrack;
  static bool classof(const Node *n) { return n->kind() == SliceExprKind; }
};

/// `x.(T)`; typeExpr is null for `x.(type)` in a type switch.
class TypeAssertExpr : public Expr {
public:
  TypeAssertExpr(SourceLoc l, Expr *x) : Expr(TypeAssertExprKind, l), x(x) {}
  Expr *x;
  Expr *typeExpr = nullptr;
  static bool classof(const Node *n) {
    return n->kind() == TypeAssertExprKind;
  }
};

class CallExpr : public Expr {
public:
  CallExpr(SourceLoc l, Expr *fun) : Expr(CallExprKind, l), fun(fun) {}
  Expr *fun;
  std::vector<Expr *> args;
  bool hasEllipsis = false; // f(xs...)
  SourceLoc lparen, rparen;
  // sema: a function call, a conversion `T(x)`, or a builtin call (the
  // builtin's Object is fun's, with parens stripped).
  enum class CallKind : unsigned char { Unresolved, Call, Conversion, Builtin };
  CallKind callKind = CallKind::Unresolved;
  static bool classof(const Node *n) { return n->kind() == CallExprKind; }
};

/// `*x`: a dereference, or a pointer type when x denotes a type.
class StarExpr : public Expr {
public:
  StarExpr(SourceLoc l, Expr *x) : Expr(StarExprKind, l), x(x) {}
  Expr *x;
  static bool classof(const Node *n) { return n->kind() == StarExprKind; }
};

/// `op x` for + - ! ^ & <- (and ~ in constraints).
class UnaryExpr : public Expr {
public:
  UnaryExpr(SourceLoc l, tok::Kind op, Expr *x)
      : Expr(UnaryExprKind, l), op(op), x(x) {}
  tok::Kind op;
  Expr *x;
  static bool classof(const Node *n) { return n->kind() == UnaryExprKind; }
};

class BinaryExpr : public Expr {
public:
  BinaryExpr(SourceLoc l, tok::Kind op, SourceLoc opLoc, Expr *x, Expr *y)
      : Expr(BinaryExprKind, l), op(op), opLoc(opLoc), x(x), y(y) {}
  tok::Kind op;
  SourceLoc opLoc;
  Expr *x, *y;
  static bool classof(const Node *n) { return n->kind() == BinaryExprKind; }
};

/// `key: value` inside a composite literal.
class KeyValueExpr : public Expr {
public:
  KeyValueExpr(SourceLoc l, Expr *key, Expr *value)
      : Expr(KeyValueExprKind, l), key(key), val(value) {}
  Expr *key, *val;
  static bool classof(const Node *n) { return n->kind() == KeyValueExprKind; }
};

/// `...T` as the type of a final parameter, or `[...]T`'s length (elt null).
class EllipsisExpr : public Expr {
public:
  EllipsisExpr(SourceLoc l, Expr *elt) : Expr(EllipsisExprKind, l), elt(elt) {}
  Expr *elt;
  static bool classof(const Node *n) { return n->kind() == EllipsisExprKind; }
};

//--- Type expressions --------------------------------------------------===//

/// `[len]elt`, `[...]elt` (len is an EllipsisExpr) or `[]elt` (len null).
class ArrayTypeExpr : public Expr {
public:
  ArrayTypeExpr(SourceLoc l) : Expr(ArrayTypeExprKind, l) {}
  Expr *len = nullptr;
  Expr *elt = nullptr;
  static bool classof(const Node *n) { return n->kind() == ArrayTypeExprKind; }
};

/// A parameter, result, struct field or interface method group:
/// `a, b int`, `int`, `*T` (embedded), `Name(x int) bool` (method).
struct Field {
  std::vector<IdentExpr *> names; // empty for anonymous/embedded
  Expr *typeExpr = nullptr;
  std::string tag; // struct tags, unquoted
  SourceLoc loc;
};

class StructTypeExpr : public Expr {
public:
  StructTypeExpr(SourceLoc l) : Expr(StructTypeExprKind, l) {}
  std::vector<Field> fields;
  static bool classof(const Node *n) {
    return n->kind() == StructTypeExprKind;
  }
};

class FuncTypeExpr : public Expr {
public:
  FuncTypeExpr(SourceLoc l) : Expr(FuncTypeExprKind, l) {}
  std::vector<Field> typeParams; // generics: parsed, then reported unsupported
  std::vector<Field> params;     // a variadic last param has an EllipsisExpr type
  std::vector<Field> results;
  static bool classof(const Node *n) { return n->kind() == FuncTypeExprKind; }
};

/// Methods have a FuncTypeExpr type and one name; embedded elements
/// (interfaces, or constraint terms) have no name.
class InterfaceTypeExpr : public Expr {
public:
  InterfaceTypeExpr(SourceLoc l) : Expr(InterfaceTypeExprKind, l) {}
  std::vector<Field> methods;
  static bool classof(const Node *n) {
    return n->kind() == InterfaceTypeExprKind;
  }
};

class MapTypeExpr : public Expr {
public:
  MapTypeExpr(SourceLoc l, Expr *key, Expr *value)
      : Expr(MapTypeExprKind, l), key(key), val(value) {}
  Expr *key, *val;
  static bool classof(const Node *n) { return n->kind() == MapTypeExprKind; }
};

class ChanTypeExpr : public Expr {
public:
  enum Dir : unsigned char { Both, SendOnly, RecvOnly };
  ChanTypeExpr(SourceLoc l, Dir dir, Expr *elt)
      : Expr(ChanTypeExprKind, l), dir(dir), elt(elt) {}
  Dir dir;
  Expr *elt;
  static bool classof(const Node *n) { return n->kind() == ChanTypeExprKind; }
};

/// sema only: converts x to this expression's `type` (e.g. to an interface).
class ImplicitConvExpr : public Expr {
public:
  ImplicitConvExpr(SourceLoc l, Expr *x) : Expr(ImplicitConvExprKind, l), x(x) {}
  Expr *x;
  static bool classof(const Node *n) {
    return n->kind() == ImplicitConvExprKind;
  }
};

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

class Stmt : public Node {
public:
  static bool classof(const Node *n) {
    return n->kind() >= FirstStmt && n->kind() <= LastStmt;
  }

protected:
  Stmt(Kind k, SourceLoc l) : Node(k, l) {}
};

class BadStmt : public Stmt {
public:
  explicit BadStmt(SourceLoc l) : Stmt(BadStmtKind, l) {}
  static bool classof(const Node *n) { return n->kind() == BadStmtKind; }
};

class GenDecl;

/// A const, var or type declaration inside a function.
class DeclStmt : public Stmt {
public:
  DeclStmt(SourceLoc l, GenDecl *decl) : Stmt(DeclStmtKind, l), decl(decl) {}
  GenDecl *decl;
  static bool classof(const Node *n) { return n->kind() == DeclStmtKind; }
};

class EmptyStmt : public Stmt {
public:
  EmptyStmt(SourceLoc l, bool implicit)
      : Stmt(EmptyStmtKind, l), implicit(implicit) {}
  bool implicit; // an automatic or missing semicolon, not a written ';'
  static bool classof(const Node *n) { return n->kind() == EmptyStmtKind; }
};

class LabeledStmt : public Stmt {
public:
  LabeledStmt(SourceLoc l, IdentExpr *label, Stmt *stmt)
      : Stmt(LabeledStmtKind, l), label(label), stmt(stmt) {}
  IdentExpr *label;
  Stmt *stmt;
  static bool classof(const Node *n) { return n->kind() == LabeledStmtKind; }
};

class ExprStmt : public Stmt {
public:
  ExprStmt(SourceLoc l, Expr *x) : Stmt(ExprStmtKind, l), x(x) {}
  Expr *x;
  static bool classof(const Node *n) { return n->kind() == ExprStmtKind; }
};

class SendStmt : public Stmt {
public:
  SendStmt(SourceLoc l, Expr *chan, Expr *value)
      : Stmt(SendStmtKind, l), chan(chan), val(value) {}
  Expr *chan, *val;
  static bool classof(const Node *n) { return n->kind() == SendStmtKind; }
};

class IncDecStmt : public Stmt {
public:
  IncDecStmt(SourceLoc l, Expr *x, tok::Kind op)
      : Stmt(IncDecStmtKind, l), x(x), op(op) {}
  Expr *x;
  tok::Kind op; // inc or dec
  static bool classof(const Node *n) { return n->kind() == IncDecStmtKind; }
};

/// `lhs op rhs` for op in = := += -= ... (tok::assign, tok::define, ...).
class AssignStmt : public Stmt {
public:
  AssignStmt(SourceLoc l, tok::Kind op, SourceLoc opLoc)
      : Stmt(AssignStmtKind, l), op(op), opLoc(opLoc) {}
  std::vector<Expr *> lhs;
  tok::Kind op;
  SourceLoc opLoc;
  std::vector<Expr *> rhs;
  static bool classof(const Node *n) { return n->kind() == AssignStmtKind; }
};

class GoStmt : public Stmt {
public:
  GoStmt(SourceLoc l, CallExpr *call) : Stmt(GoStmtKind, l), call(call) {}
  CallExpr *call;
  static bool classof(const Node *n) { return n->kind() == GoStmtKind; }
};

class DeferStmt : public Stmt {
public:
  DeferStmt(SourceLoc l, CallExpr *call) : Stmt(DeferStmtKind, l), call(call) {}
  CallExpr *call;
  static bool classof(const Node *n) { return n->kind() == DeferStmtKind; }
};

class ReturnStmt : public Stmt {
public:
  ReturnStmt(SourceLoc l) : Stmt(ReturnStmtKind, l) {}
  std::vector<Expr *> results;
  static bool classof(const Node *n) { return n->kind() == ReturnStmtKind; }
};

/// break, continue, goto, fallthrough (tok::kw_*), with an optional label.
class BranchStmt : public Stmt {
public:
  BranchStmt(SourceLoc l, tok::Kind tok, IdentExpr *label)
      : Stmt(BranchStmtKind, l), tok(tok), label(label) {}
  tok::Kind tok;
  IdentExpr *label; // may be null
  // sema: for break/continue the enclosing For/Range/Switch/TypeSwitch/Select
  // statement it leaves or continues; for goto the LabeledStmt; for
  // fallthrough the CaseClause control falls into.
  Stmt *target = nullptr;
  static bool classof(const Node *n) { return n->kind() == BranchStmtKind; }
};

class BlockStmt : public Stmt {
public:
  BlockStmt(SourceLoc l) : Stmt(BlockStmtKind, l) {}
  std::vector<Stmt *> stmts;
  SourceLoc rbrace;
  static bool classof(const Node *n) { return n->kind() == BlockStmtKind; }
};

class IfStmt : public Stmt {
public:
  IfStmt(SourceLoc l) : Stmt(IfStmtKind, l) {}
  Stmt *init = nullptr;
  Expr *cond = nullptr;
  BlockStmt *then = nullptr;
  Stmt *els = nullptr; // null, an IfStmt or a BlockStmt
  static bool classof(const Node *n) { return n->kind() == IfStmtKind; }
};

/// `case x, y:` / `default:` in an expression or type switch.
class CaseClauseStmt : public Stmt {
public:
  CaseClauseStmt(SourceLoc l) : Stmt(CaseClauseStmtKind, l) {}
  std::vector<Expr *> list; // empty for default
  bool isDefault = false;
  std::vector<Stmt *> body;
  // sema, type switches with a symbol (`switch v := x.(type)`): the variable
  // implicitly declared in this clause.
  sema::Var *implicitVar = nullptr;
  static bool classof(const Node *n) {
    return n->kind() == CaseClauseStmtKind;
  }
};

class SwitchStmt : public Stmt {
public:
  SwitchStmt(SourceLoc l) : Stmt(SwitchStmtKind, l) {}
  Stmt *init = nullptr;
  Expr *tag = nullptr; // null: switch true
  BlockStmt *body = nullptr; // of CaseClauseStmt
  static bool classof(const Node *n) { return n->kind() == SwitchStmtKind; }
};

/// `switch [init;] [v :=] x.(type) { ... }`; assign is an ExprStmt or an
/// AssignStmt (op define) whose rhs is a TypeAssertExpr with null type.
class TypeSwitchStmt : public Stmt {
public:
  TypeSwitchStmt(SourceLoc l) : Stmt(TypeSwitchStmtKind, l) {}
  Stmt *init = nullptr;
  Stmt *assign = nullptr;
  BlockStmt *body = nullptr;
  static bool classof(const Node *n) {
    return n->kind() == TypeSwitchStmtKind;
  }
};

/// `case send-or-recv:` / `default:` in a select.
class CommClauseStmt : public Stmt {
public:
  CommClauseStmt(SourceLoc l) : Stmt(CommClauseStmtKind, l) {}
  Stmt *comm = nullptr; // SendStmt, ExprStmt (<-c), AssignStmt; null: default
  std::vector<Stmt *> body;
  static bool classof(const Node *n) {
    return n->kind() == CommClauseStmtKind;
  }
};

class SelectStmt : public Stmt {
public:
  SelectStmt(SourceLoc l) : Stmt(SelectStmtKind, l) {}
  BlockStmt *body = nullptr; // of CommClauseStmt
  static bool classof(const Node *n) { return n->kind() == SelectStmtKind; }
};

/// `for [init]; [cond]; [post] { }`, `for cond { }`, `for { }`.
class ForStmt : public Stmt {
public:
  ForStmt(SourceLoc l) : Stmt(ForStmtKind, l) {}
  Stmt *init = nullptr;
  Expr *cond = nullptr;
  Stmt *post = nullptr;
  BlockStmt *body = nullptr;
  static bool classof(const Node *n) { return n->kind() == ForStmtKind; }
};

/// `for [key [, value] (= | :=)] range x { }`.
class RangeStmt : public Stmt {
public:
  RangeStmt(SourceLoc l) : Stmt(RangeStmtKind, l) {}
  Expr *key = nullptr, *val = nullptr;
  tok::Kind op = tok::illegal; // assign, define, or illegal when no key
  Expr *x = nullptr;
  BlockStmt *body = nullptr;
  static bool classof(const Node *n) { return n->kind() == RangeStmtKind; }
};

//===----------------------------------------------------------------------===//
// Declarations
//===----------------------------------------------------------------------===//

class Decl : public Node {
public:
  static bool classof(const Node *n) {
    return n->kind() == GenDeclKind || n->kind() == FuncDeclKind;
  }

protected:
  Decl(Kind k, SourceLoc l) : Node(k, l) {}
};

struct ImportSpec {
  IdentExpr *name = nullptr; // explicit package name, `.` or `_`; may be null
  std::string path;          // unquoted
  SourceLoc loc;
  bool used = false; // sema
};

/// `a, b T = x, y` in a var or const declaration. For a const spec that
/// omits type and values, the parser leaves them empty; sema repeats the
/// previous spec's (Go's implicit repetition) using `iota`.
struct ValueSpec {
  std::vector<IdentExpr *> names;
  Expr *typeExpr = nullptr;
  std::vector<Expr *> values;
  int iota = 0; // index of the spec within its const group
  SourceLoc loc;
};

struct TypeSpec {
  IdentExpr *name = nullptr;
  std::vector<Field> typeParams;
  bool isAlias = false; // type A = B
  Expr *typeExpr = nullptr;
  SourceLoc loc;
};

/// `import`, `const`, `var` or `type`, with one spec or a parenthesized group.
class GenDecl : public Decl {
public:
  GenDecl(SourceLoc l, tok::Kind tok) : Decl(GenDeclKind, l), tok(tok) {}
  tok::Kind tok; // kw_import, kw_const, kw_var, kw_type
  std::vector<ImportSpec> imports;
  std::vector<ValueSpec> values;
  std::vector<TypeSpec> types;
  static bool classof(const Node *n) { return n->kind() == GenDeclKind; }
};

class FuncDecl : public Decl {
public:
  FuncDecl(SourceLoc l) : Decl(FuncDeclKind, l) {}
  std::vector<Field> recv; // empty for functions; one Field for methods
  IdentExpr *name = nullptr;
  FuncTypeExpr *funcType = nullptr;
  BlockStmt *body = nullptr; // null for a declaration without body
  static bool classof(const Node *n) { return n->kind() == FuncDeclKind; }
};

/// One source file.
class File {
public:
  uint32_t fileId = 0;
  IdentExpr *pkgName = nullptr;
  SourceLoc pkgLoc;
  std::vector<GenDecl *> importDecls; // also present in decls
  std::vector<Decl *> decls;
};

/// Owns every node of a compilation.
class ASTContext {
public:
  template <typename T, typename... Args> T *make(Args &&...args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T *raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  File *makeFile() {
    files_.push_back(std::make_unique<File>());
    return files_.back().get();
  }

private:
  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<std::unique_ptr<File>> files_;
};

/// Strips any ParenExprs around e.
inline Expr *unparen(Expr *e) {
  while (auto *p = llvm::dyn_cast_or_null<ParenExpr>(e))
    e = p->x;
  return e;
}

/// `-emit-ast`: an indented tree, one node per line with its location.
void printAST(const File &file, llvm::raw_ostream &os);

} // namespace ast
} // namespace golc

#endif
