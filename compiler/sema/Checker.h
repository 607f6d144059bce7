//===- sema/Checker.h - the type checker's shared state (sema-private) ----===//
// One Checker type-checks one package. It is go/types (in its types2 form,
// the one gc runs) transposed to golc's AST, so that golc reports what gc
// reports, worded and placed as gc does: expressions are checked into
// Operands (mode, type, exact value) and recorded on the AST; untyped
// expressions stay in a side table until their final type is known
// (updateExprType); package-level objects are checked lazily, in dependency
// order, with cycle detection (objDecl); function bodies are checked after
// all package-level declarations.
//
// Its member functions are spread over one file per concern:
//   Check.cpp      entry point, errors, annotations, untyped expressions
//   Scope.cpp      blocks and declaring names in them
//   Universe.cpp   the predeclared identifiers
//   Resolver.cpp   package-level objects, imports, `main` and `init`
//   CheckDecl.cpp  const/var/type/func declarations, cycles, signatures,
//                  method receivers and method sets
//   TypeExpr.cpp   identifiers and type expressions
//   CheckExpr.cpp  operands, operators, constants, implicit conversion
//   Operand.cpp    spelling of operands and expressions, assignability
//   CheckCall.cpp  calls, builtins, conversions, selectors (fields, methods)
//   Assign.cpp     assignments, initialisations, :=
//   CheckStmt.cpp  statements, function bodies, unused variables
//   Branches.cpp   labels and the targets of break/continue/goto/fallthrough
//   Terminating.cpp terminating statements (`missing return`)
//   InitOrder.cpp  package variable initialisation order
// (Types.cpp and Constant.cpp implement the public Types.h/Constant.h, and
// the exact arithmetic of ConstantOps.h.)
//
// Constructs outside golc's subset are reported where they appear with
// `golc does not support X yet` (unsupported()), and yield invalid operands
// so that no follow-on error is reported about them.
//===----------------------------------------------------------------------===//
#ifndef GOLC_SEMA_CHECKER_H
#define GOLC_SEMA_CHECKER_H

#include "sema/ConstantOps.h"
#include "sema/Sema.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringMap.h"
#include <functional>
#include <set>

namespace golc {
namespace sema {

/// Go's spelling of `t` (Types.cpp), qualifying named types of packages
/// other than `cur`.
std::string typeString(const Type *t, const Package *cur);

/// A block: the objects declared in it, and the enclosing block.
class Scope {
public:
  Scope(Scope *parent, bool isFunc) : parent(parent), isFunc(isFunc) {}
  Scope *parent;
  bool isFunc; // the outermost block of a function (parameters live here)
  std::vector<Scope *> children;
  std::vector<Object *> objects; // in declaration order

  /// The object declared in this very block, or null.
  Object *lookup(llvm::StringRef name) const;
  /// The object `name` denotes here (this block or an enclosing one).
  Object *lookupParent(llvm::StringRef name) const;
  /// Declares obj; returns the object already declared here with its name
  /// (and declares nothing) if there is one.
  Object *insert(Object *obj);

private:
  llvm::StringMap<Object *> elems_;
};

/// How an operand may be used (go/types' operand modes).
enum class OpMode : unsigned char {
  Invalid,  // an error was reported
  NoValue,  // a call without results
  Builtin,  // a builtin function name
  TypeExpr, // a type
  Constant, // a constant; `val` holds it
  Variable, // addressable
  MapIndex, // m[k]
  Value,    // any other value
  NilValue, // the predeclared nil
  CommaOk,  // a value usable in `v, ok` context
};

/// The result of checking an expression.
struct Operand {
  OpMode mode = OpMode::Invalid;
  ast::Expr *expr = nullptr;
  const Type *type = nullptr;
  Constant val;
  Builtin::Id builtinId = Builtin::Len;
  bool invalid() const { return mode == OpMode::Invalid; }
  bool isNil() const { return mode == OpMode::NilValue; }
};

/// What the checker knows about a package-level object's declaration.
struct DeclInfo {
  Scope *fileScope = nullptr;
  std::vector<Var *> lhs;          // `var a, b = f()`: all of a, b
  ast::Expr *typeExpr = nullptr;   // const and var
  ast::Expr *init = nullptr;       // const and var
  bool inherited = false;          // const: init repeated from an earlier spec
  int iota = 0;                    // const
  ast::TypeSpec *tspec = nullptr;  // type
  ast::FuncDecl *fdecl = nullptr;  // func
  llvm::SetVector<Object *> deps;  // package-level objects the init refers to
};

/// An untyped expression whose final type is not known yet.
struct UntypedInfo {
  bool isLhs = false; // the left operand of a non-constant shift
  OpMode mode;
  const BasicType *type;
  Constant val;
};

class Checker {
public:
  Checker(SemaContext &ctx, DiagEngine &diags,
          const std::map<std::string, Package *> &imports);
  ~Checker();

  /// Checks the files of the package with import path `path` (Check.cpp).
  Package *run(llvm::ArrayRef<ast::File *> files, llvm::StringRef path);

  SemaContext &ctx;
  TypeContext &types;
  DiagEngine &diags;
  const std::map<std::string, Package *> &imports;
  Package *pkg = nullptr;

  //===--- Errors (Check.cpp) --------------------------------------------===//
  template <typename... Args>
  void error(SourceLoc loc, diag::Kind kind, const Args &...args) {
    std::string strs[] = {std::string(args)..., std::string()};
    report(loc, kind, llvm::ArrayRef<std::string>(strs, sizeof...(Args)));
  }
  void report(SourceLoc loc, diag::Kind kind, llvm::ArrayRef<std::string> args);
  /// `golc does not support <what> yet`.
  void unsupported(SourceLoc loc, llvm::StringRef what);
  // An unsupported construct's contents are not checked: the variables they
  // use would be reported unused, so the function's usage check is skipped.
  bool suppressUnused_ = false;
  /// `file.go:L:C` as gc cites a second position inside a message.
  std::string posString(SourceLoc loc) const;
  bool hadError = false;

  //===--- Positions -----------------------------------------------------===//
  /// The first character of e (where gc reports errors about an operand).
  static SourceLoc startLoc(const ast::Expr *e);
  /// The operator of a unary/binary expression, else startLoc.
  static SourceLoc opLoc(const ast::Expr *e);
  /// Where an error about operand x goes (errpos inside inherited constant
  /// initialisers, as gc does).
  SourceLoc at(const Operand &x) const { return at(startLoc(x.expr)); }
  SourceLoc at(SourceLoc loc) const { return errpos_.isValid() ? errpos_ : loc; }

  //===--- Spelling (Operand.cpp) ----------------------------------------===//
  std::string typeStr(const Type *t) const { return typeString(t, pkg); }
  std::string operandStr(const Operand &x) const;
  static std::string exprStr(const ast::Expr *e);
  std::string kindString(const Type *t) const;

  //===--- Annotations (Check.cpp) ---------------------------------------===//
  void record(Operand &x);
  void recordTypeAndValue(ast::Expr *e, OpMode mode, const Type *t,
                          const Constant &val);
  void recordDef(ast::IdentExpr *id, Object *obj);
  void recordUse(ast::IdentExpr *id, Object *obj);
  void rememberUntyped(ast::Expr *e, bool isLhs, OpMode mode,
                       const BasicType *t, const Constant &val);
  void updateExprType(ast::Expr *e, const Type *t, bool final);
  void updateExprType0(ast::Expr *parent, ast::Expr *e, const Type *t,
                       bool final);
  void updateExprVal(ast::Expr *e, const Constant &val);
  /// Gives every expression still untyped at the end its default type.
  void recordUntyped();
  llvm::DenseMap<ast::Expr *, UntypedInfo> untyped_;

  //===--- Scopes (Scope.cpp) and delayed checks (Check.cpp) -------------===//
  Scope *newScope(Scope *parent, bool isFunc = false);
  void openScope() { scope_ = newScope(scope_); }
  void closeScope() { scope_ = scope_->parent; }
  /// Declares obj in s (reporting a redeclaration) and records id's def.
  void declare(Scope *s, ast::IdentExpr *id, Object *obj);
  Object *lookup(llvm::StringRef name) const { return scope_->lookupParent(name); }
  /// Runs f after the current package-level declarations (function bodies).
  void later(std::function<void()> f) { delayed_.push_back(std::move(f)); }
  void processDelayed(size_t top);

  Scope *universe_ = nullptr;
  Scope *pkgScope_ = nullptr;
  Scope *scope_ = nullptr;
  Object *universeIota_ = nullptr;
  std::vector<std::function<void()>> delayed_;
  std::vector<std::unique_ptr<Scope>> scopes_;

  //===--- Universe (Universe.cpp) ---------------------------------------===//
  void makeUniverse();

  //===--- Package objects (Resolver.cpp) --------------------------------===//
  void collectObjects(llvm::ArrayRef<ast::File *> files);
  void collectImport(ast::ImportSpec &spec, Scope *fileScope);
  void collectFunc(ast::FuncDecl *fd, Scope *fileScope);
  void declarePkgObj(ast::IdentExpr *id, Object *obj, DeclInfo *d);
  void arity(SourceLoc loc, const std::vector<ast::IdentExpr *> &names,
             const std::vector<ast::Expr *> &inits, bool constDecl,
             bool inherited);
  /// Calls f for each spec of the const declaration gd, in order, with the
  /// type and values its constants take: its own, or (`inherited`) those of
  /// the last spec that had some; iota is the spec's index.
  void constSpecs(ast::GenDecl *gd,
                  llvm::function_ref<void(
                      ast::ValueSpec &s, ast::Expr *typeExpr,
                      const std::vector<ast::Expr *> &values, bool inherited,
                      int iota)>
                      f);
  void packageObjects();
  void unusedImports();
  void checkMain();
  void addDeclDep(Object *obj);

  llvm::DenseMap<Object *, DeclInfo *> objMap_;
  llvm::DenseMap<Object *, unsigned> order_; // source order of package objects
  std::vector<std::unique_ptr<DeclInfo>> declInfos_;
  std::vector<PkgName *> pkgNames_;   // every import, in source order
  std::set<PkgName *> failedImports_; // not found in `imports`
  Func *mainFunc_ = nullptr;
  DeclInfo *newDeclInfo(Scope *fileScope);

  //===--- Declarations (CheckDecl.cpp) ----------------------------------===//
  enum Color : unsigned char { White, Grey, Black };
  void objDecl(Object *obj);
  bool validCycle(Object *obj);
  void cycleError(llvm::ArrayRef<Object *> cycle);
  void constDecl(Const *obj, ast::Expr *typeExpr, ast::Expr *init,
                 bool inherited, int iota);
  void varDecl(Var *obj, const std::vector<Var *> &lhs, ast::Expr *typeExpr,
               ast::Expr *init);
  void typeDecl(TypeName *obj, ast::TypeSpec *spec);
  void funcDecl(Func *obj, DeclInfo *d);
  void funcBody(DeclInfo *d, Func *fn, Scope *sigScope, ast::BlockStmt *body);
  /// A func literal: its signature, then its body, at once (so that
  /// captures are known in order of first use).
  void funcLit(Operand &x, ast::FuncLitExpr *e);
  /// v is used here: records it as captured by each func literal between
  /// here and v's declaration.
  void noteCapture(Var *v);
  const SignatureType *funcType(Func *fn, ast::FuncTypeExpr *ft,
                                Scope *sigScope);
  void declStmt(ast::GenDecl *d);
  /// Fills in named types whose underlying type is another named type.
  const Type *resolveUnder(NamedType *n);

  llvm::DenseMap<Object *, Color> color_;
  llvm::DenseMap<Object *, unsigned> pathIndex_;
  std::vector<Object *> objPath_;

  //===--- Types (TypeExpr.cpp) ------------------------------------------===//
  // The constant length of an array type `[e]T`, or -1 after an error.
  int64_t arrayLength(ast::Expr *e);
  void ident(Operand &x, ast::IdentExpr *e, bool wantType);
  /// The type e denotes, or invalid (after reporting why).
  const Type *typ(ast::Expr *e);
  const Type *typInternal(ast::Expr *e);
  const Type *structType(ast::StructTypeExpr *e);
  /// The Var of field i of st (the one Selection::obj refers to).
  Var *fieldVar(const StructType *st, int i);
  std::map<const StructType *, std::vector<Var *>> fieldVars_;
  /// Reports a named type that contains itself by value (CheckDecl.cpp).
  void validType(NamedType *n);

  //===--- Expressions (CheckExpr.cpp) -----------------------------------===//
  enum ExprKind { Conversion, Expression, Statement };
  ExprKind rawExpr(Operand &x, ast::Expr *e);
  ExprKind exprInternal(Operand &x, ast::Expr *e);
  /// A single value (not a type, builtin, or multi-value call).
  void expr(Operand &x, ast::Expr *e);
  /// A value, possibly multi-valued.
  void multiExpr(Operand &x, ast::Expr *e);
  /// A value or a type.
  void exprOrType(Operand &x, ast::Expr *e);
  void exclude(Operand &x, bool noValue, bool builtin, bool typeExpr);
  void singleValue(Operand &x);
  /// Checks e for its side effects on `used` flags after an error.
  void use(ast::Expr *e);
  void useAll(llvm::ArrayRef<ast::Expr *> es);

  void basicLit(Operand &x, ast::BasicLitExpr *e);
  void unary(Operand &x, ast::UnaryExpr *e);
  void binary(Operand &x, ast::Expr *e, ast::Expr *lhs, ast::Expr *rhs,
              tok::Kind op, SourceLoc opLoc);
  void shift(Operand &x, Operand &y, ast::Expr *e, tok::Kind op);
  void comparison(Operand &x, Operand &y, tok::Kind op, bool switchCase);
  /// Why values of t cannot be compared with == (gc's wording).
  std::string incomparableCause(const Type *t);
  bool checkOp(bool (*pred)(const Type *), Operand &x, tok::Kind op);
  void overflow(Operand &x);
  void indexExpr(Operand &x, ast::IndexExpr *e);
  void sliceExpr(Operand &x, ast::SliceExpr *e);
  // Checks the elements of an array or slice literal of element type elem;
  // returns the literal's length (one past the largest index).
  int64_t indexedElts(std::vector<ast::Expr *> &elts, const Type *elem,
                      int64_t length);
  // The type an elided composite literal `{...}` element gets (rawExpr).
  const Type *litHint_ = nullptr;
  bool index(ast::Expr *e, int64_t max, int64_t &val);
  bool isValidIndex(Operand &x, const char *what, bool allowNegative);
  void starExpr(Operand &x, ast::StarExpr *e);

  //===--- Implicit conversion (CheckExpr.cpp) ---------------------------===//
  enum ConvCode { ConvOK, TruncatedFloat, NumericOverflow, InvalidConstVal,
                  InvalidUntypedConversion };
  void convertUntyped(Operand &x, const Type *target);
  const Type *implicitTypeAndValue(Operand &x, const Type *target,
                                   Constant &val, ConvCode &code);
  ConvCode representation(const Operand &x, const BasicType *t, Constant &v);
  void representable(Operand &x, const BasicType *t);
  void invalidConversion(ConvCode code, Operand &x, const Type *target);

  //===--- Assignability (Operand.cpp) -----------------------------------===//
  /// Whether x may be assigned to a t; if not and cause is given, why not
  /// when gc says why (an interface not implemented, a type assertion
  /// needed).
  bool assignableTo(Operand &x, const Type *t, std::string *cause = nullptr);
  bool convertibleTo(Operand &x, const Type *t, std::string *cause = nullptr);
  //===--- Interfaces (Interface.cpp) ------------------------------------===//
  const Type *interfaceType(ast::InterfaceTypeExpr *e);
  /// The i-th method of interface it (whose type, named or not, is recv) as
  /// an object a selection can refer to.
  Func *ifaceMethod(const Type *recv, const InterfaceType *it, size_t i);
  std::map<std::pair<const InterfaceType *, std::string>, Func *>
      ifaceMethods_;
  /// Whether v's method set lacks a method of it; reason says how, in gc's
  /// words: `(missing M method)`.
  bool missingMethod(const Type *v, const InterfaceType *it,
                     std::string &reason);
  /// v implements t (true if t is not an interface); else *cause is
  /// `V does not implement T (reason)`.
  bool implements(const Type *v, const Type *t, std::string *cause);
  void typeAssertion(Operand &x, ast::TypeAssertExpr *e);
  void typeSwitchStmt(ast::TypeSwitchStmt *s);

  //===--- Calls (CheckCall.cpp) -----------------------------------------===//
  // make([]T, n[, m]), make(map[K]V[, n]) and make(chan T[, n]) (t is
  // call->args[0] as a type, one of those), append and copy.
  bool makeCall(Operand &x, ast::CallExpr *call, const Type *t);
  void mapElts(std::vector<ast::Expr *> &elts, const MapType *m);
  bool deleteCall(Operand &x, ast::CallExpr *call);
  bool appendCall(Operand &x, ast::CallExpr *call);
  bool copyCall(Operand &x, ast::CallExpr *call);
  ExprKind callExpr(Operand &x, ast::CallExpr *call);
  /// The values of es: one per expression, one per result of a single
  /// multi-valued call, or (allowCommaOk) a comma-ok value and its bool.
  std::vector<Operand> exprList(llvm::ArrayRef<ast::Expr *> es,
                                bool allowCommaOk);
  void arguments(ast::CallExpr *call, const SignatureType *sig,
                 std::vector<Operand> &args);
  bool builtin(Operand &x, ast::CallExpr *call, Builtin::Id id);

  //===--- Channels and go statements (CheckChan.cpp) --------------------===//
  const Type *chanType(ast::ChanTypeExpr *e);
  /// `<-x`, x already checked: x becomes the received (comma-ok) value.
  void receive(Operand &x);
  void sendStmt(ast::SendStmt *s);
  /// The call of a go or defer statement: a call whose results, if any,
  /// may be discarded (that of a function, not of a builtin like len).
  void goOrDeferCall(ast::CallExpr *call, const char *keyword);
  void selectStmt(ast::SelectStmt *s);
  /// close(x), x the checked argument.
  bool closeChan(Operand &x, ast::CallExpr *call);
  /// The element type a range over channel x yields, null after an error.
  const Type *rangeChan(Operand &x, ast::RangeStmt *s);
  void conversion(Operand &x, const Type *t);
  void selector(Operand &x, ast::SelectorExpr *e);
  /// Looks up field `name` in t (through embedded fields, breadth first as
  /// the spec's depth rule asks); fills sel's index path and indirect flag.
  /// Returns null if there is none, sets ambiguous if the depth has two.
  /// With method non-null, methods of the named types reached count too: a
  /// method found sets *method (sel.index then leads to the value that has
  /// it) and returns null.
  Var *lookupField(const Type *t, llvm::StringRef name, Selection &sel,
                   bool &ambiguous, Func **method = nullptr);
  void compositeLit(Operand &x, ast::CompositeLitExpr *e, const Type *hint);
  /// Sets Var::addressTaken on the variable at the root of e (x in &x.f).
  void markAddressTaken(ast::Expr *e);
  /// Checks a method's receiver and declares it in sigScope; returns the
  /// base type the method belongs to, or null if the receiver is invalid.
  NamedType *methodRecv(Func *fn, ast::FuncDecl *fd, Scope *sigScope);
  /// Adds fn to nt's methods unless a method or field already has its name.
  void attachMethod(Func *fn, NamedType *nt);
  /// Completes the selector x.m (or T.m) of a method lookupField found.
  void selectMethod(Operand &x, ast::SelectorExpr *e, Func *method,
                    Selection s);
  std::string typesSummary(llvm::ArrayRef<const Type *> types,
                           bool variadic) const;
  /// Calls of panic in the current function (for terminating statements).
  std::set<ast::CallExpr *> isPanic_;
  /// The func literals being checked, innermost last, each with the block
  /// of its parameters (for FuncLitExpr::captures, see noteCapture).
  std::vector<std::pair<ast::FuncLitExpr *, Scope *>> funcLits_;

  //===--- Assignments (Assign.cpp) --------------------------------------===//
  void assignment(Operand &x, const Type *t, llvm::StringRef context);
  void initConst(Const *lhs, Operand &x);
  const Type *initVar(Var *lhs, Operand &x, llvm::StringRef context);
  const Type *assignVar(ast::Expr *lhs, Operand &x);
  void initVars(const std::vector<Var *> &lhs,
                llvm::ArrayRef<ast::Expr *> rhs, ast::ReturnStmt *ret);
  void assignVars(llvm::ArrayRef<ast::Expr *> lhs,
                  llvm::ArrayRef<ast::Expr *> rhs);
  void assignError(llvm::ArrayRef<ast::Expr *> rhs, size_t nvars,
                   size_t nvals);
  void shortVarDecl(SourceLoc opLoc, llvm::ArrayRef<ast::Expr *> lhs,
                    llvm::ArrayRef<ast::Expr *> rhs);

  //===--- Statements (CheckStmt.cpp) ------------------------------------===//
  void stmtList(llvm::ArrayRef<ast::Stmt *> list);
  void stmt(ast::Stmt *s);
  void simpleStmt(ast::Stmt *s) {
    if (s)
      stmt(s);
  }
  void exprStmt(ast::ExprStmt *s);
  void assignStmt(ast::AssignStmt *s);
  void incDecStmt(ast::IncDecStmt *s);
  void returnStmt(ast::ReturnStmt *s);
  void ifStmt(ast::IfStmt *s);
  void forStmt(ast::ForStmt *s);
  void rangeStmt(ast::RangeStmt *s);
  void switchStmt(ast::SwitchStmt *s);
  /// The case clauses of a switch body, reporting a second default.
  std::vector<ast::CaseClauseStmt *> caseClauses(ast::BlockStmt *body);
  void caseValues(Operand &x, ast::CaseClauseStmt *clause,
                  std::vector<std::pair<Operand, SourceLoc>> &seen);
  void usage(Scope *s);
  void condition(ast::Expr *cond, diag::Kind notBool);

  // The function whose body is being checked.
  Func *func_ = nullptr;
  const SignatureType *sig_ = nullptr;
  DeclInfo *decl_ = nullptr;          // dependencies go here
  const Constant *iota_ = nullptr;    // inside a constant declaration
  SourceLoc errpos_;                  // inherited constant initialisers

  //===--- Branches (Branches.cpp) ---------------------------------------===//
  void checkBranches(ast::BlockStmt *body);

  //===--- Terminating statements (Terminating.cpp) ----------------------===//
  bool isTerminating(ast::Stmt *s, llvm::StringRef label);
  bool isTerminatingList(llvm::ArrayRef<ast::Stmt *> list,
                         llvm::StringRef label);
  bool isTerminatingSwitch(ast::BlockStmt *body, llvm::StringRef label);

  //===--- Initialisation order (InitOrder.cpp) --------------------------===//
  void initOrder();
  void reportCycle(llvm::ArrayRef<Object *> cycle);
};

//===--- Type predicates (on underlying types) -----------------------------===//
const BasicType *asBasic(const Type *t);
bool isBoolean(const Type *t);
bool isString(const Type *t);
bool isInteger(const Type *t);
bool isUnsigned(const Type *t);
bool isFloat(const Type *t);
bool isNumeric(const Type *t);
bool isNumericOrString(const Type *t);
bool isConstType(const Type *t);
bool isOrdered(const Type *t);
bool isTyped(const Type *t);
/// Whether t's values can be nil (pointers, slices, maps, chans, funcs,
/// interfaces, untyped nil).
bool hasNil(const Type *t);
/// t is a Named type (or a predeclared one: those have names too).
bool hasName(const Type *t);
bool isInterface(const Type *t);
/// Whether a name is visible from other packages (starts with an upper-case
/// letter).
inline bool isExported(llvm::StringRef name) {
  return !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
}

} // namespace sema
} // namespace golc

#endif
