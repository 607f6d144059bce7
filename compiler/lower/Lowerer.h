//===- lower/Lowerer.h - state shared by the lowering files ---------------===//
// Lowering runs in two layers:
//  - ModuleLowerer (one per package) owns the llvm::Module and everything
//    that is unique per module: Go types mapped to LLVM types, type
//    descriptors `type.T` with their equality and hash functions, itabs,
//    method sets and the wrappers built from them, string literals, runtime
//    declarations, the llvm::Function of each Go function and the global of
//    each package var.
//  - FuncLowerer (one per function body, func literal or generated wrapper)
//    owns an IRBuilder and the state of one function: where each local
//    lives, the closure context, the break/continue/goto targets, the debug
//    scope.
// Their member functions are defined across the files of lower/, one file per
// construct; each file says at its top what it lowers to.
//
// A Go value is an llvm::Value in register form: bool is i1, a string is
// {ptr, i64}, a struct a literal struct of its fields' memory forms, and a
// call with several results yields a literal struct of them. In memory
// (allocas, globals, heap objects) a bool is an i8, as the runtime's C++
// `bool`; loadValue/storeValue convert. Large arrays and structs are built and
// copied in memory where it matters (composite literals, declarations,
// range), so that no huge first-class aggregate reaches LLVM's back end.
//===----------------------------------------------------------------------===//
#ifndef GOLC_LOWER_LOWERER_H
#define GOLC_LOWER_LOWERER_H

#include "lower/Lower.h"
#include "sema/Objects.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/IRBuilder.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace golc {
namespace lower {

/// The runtime functions compiled code calls (RuntimeFuncs.def).
enum class RuntimeFn {
#define RUNTIME_FUNC(Name, Sig, Effect) Name,
#include "lower/RuntimeFuncs.def"
};

class DebugInfo;

/// One method of a type's method set (MethodSet.cpp): where it is found from
/// a value of the type and how it is called.
struct MethodEntry {
  std::string name;
  /// The declared method, or null for a method of an embedded interface.
  const sema::Func *fn = nullptr;
  /// The embedded interface (fn null) that provides it.
  const sema::InterfaceType *iface = nullptr;
  /// Embedded fields from the type's struct to the value that has the
  /// method, as Selection::index spells it.
  std::vector<int> path;
  /// fn takes a pointer receiver.
  bool ptrRecv = false;
};

class ModuleLowerer {
public:
  ModuleLowerer(sema::Package &pkg, sema::SemaContext &sctx,
                const SourceManager &sm, llvm::LLVMContext &ctx,
                const LowerOptions &opts);
  ~ModuleLowerer();

  /// Lowers the whole package (Lower.cpp). Null after any error, which has
  /// been printed to stderr as an internal compiler error.
  std::unique_ptr<llvm::Module> run();

  //--- Lower.cpp: functions, globals, errors ----------------------------===//
  /// The LLVM function of a Go function or method, declared on first use.
  llvm::Function *function(const sema::Func *f);
  /// The symbol of a function or method: `main.f`, `main.T.m`, `main.(*T).m`.
  std::string linkName(const sema::Func *f);
  /// The global `pkg.name` holding a package-level variable (a declaration
  /// for another package's variable).
  llvm::GlobalVariable *global(const sema::Var *v);
  /// Creates a function with golc's attributes (frame pointers, unwind
  /// tables, null is a valid address so a nil dereference faults).
  llvm::Function *createFunction(llvm::FunctionType *ty,
                                 llvm::GlobalValue::LinkageTypes linkage,
                                 const llvm::Twine &name);
  /// A generated function that only passes a call on (a go or defer
  /// thunk, a method value's -fm, an itab's ·i, a method expression's
  /// wrapper): placed in the section kWrapperSection, where the runtime's
  /// recover looks through such frames to the deferred call (panic.cpp).
  llvm::Function *createWrapper(llvm::FunctionType *ty,
                                llvm::GlobalValue::LinkageTypes linkage,
                                const llvm::Twine &name);
  static constexpr const char *kWrapperSection = "golc_wrapper";
  /// Reports a construct lowering cannot handle (sema should have rejected
  /// it): `file:line:col: internal compiler error: msg`. run() then fails.
  void error(SourceLoc loc, const llvm::Twine &msg);

  //--- Types.cpp: Go types as LLVM types --------------------------------===//
  /// Register form (bool is i1).
  llvm::Type *llvmType(const sema::Type *t);
  /// Memory form (bool is i8; aggregates contain memory forms).
  llvm::Type *memType(const sema::Type *t);
  /// The C-convention function type of a Go signature, with `recv` (a
  /// method's receiver, or the data pointer of an interface method) or a
  /// `ptr nest` closure context (withContext) first.
  llvm::FunctionType *funcType(const sema::SignatureType *sig,
                               llvm::Type *recv = nullptr,
                               bool withContext = false);
  /// void, the single result's type, or a literal struct of several.
  llvm::Type *resultType(const sema::TupleType *results);
  llvm::StructType *stringType();
  llvm::StructType *sliceType();
  /// Both interface forms: {type or itab, data}.
  llvm::StructType *efaceType();
  uint64_t sizeOf(const sema::Type *t);
  uint64_t alignOf(const sema::Type *t);
  /// Byte offset of field i of a struct type (named or not).
  uint64_t fieldOffset(const sema::Type *structTy, unsigned i);
  /// A type as Go's runtime spells it: `int`, `main.T`, `[]string`.
  std::string typeString(const sema::Type *t);
  /// A unique name for t in symbols: typeString, with `·N` after a type
  /// declared inside a function (two such types may share a name).
  std::string typeSymbol(const sema::Type *t);
  /// The receiver part of a wrapper's name: `main.T`, `main.(*T)`.
  std::string recvSymbol(const sema::Type *t);

  //--- TypeDesc.cpp: type descriptors and itabs -------------------------===//
  /// `type.T`: t's descriptor (runtime._type, extended by kind).
  llvm::Constant *typeDescriptor(const sema::Type *t);
  /// `go.itab.T,I`: the itab of concrete type t for interface iface.
  llvm::Constant *itab(const sema::Type *t, const sema::Type *iface);
  /// The global a closure or method value of this layout is allocated as:
  /// struct { F uintptr; X0 T0; ... }, for its descriptor.
  const sema::Type *closureType(llvm::ArrayRef<const sema::Type *> fields);

  //--- Equal.cpp: type..eq.T and type..hash.T ---------------------------===//
  /// `bool(ptr, ptr)` comparing two T in memory; null if T is not
  /// comparable.
  llvm::Constant *equalFunc(const sema::Type *t);
  /// `uintptr(ptr, uintptr seed)` hashing a T in memory (map keys).
  llvm::Constant *hashFunc(const sema::Type *t);

  //--- MethodSet.cpp ----------------------------------------------------===//
  /// The method set of t (T or *T; promoted methods included), sorted by
  /// name as Go's method tables are.
  const std::vector<MethodEntry> &methodSet(const sema::Type *t);
  /// The method of t's method set named `name`, or null.
  const MethodEntry *findMethod(const sema::Type *t, llvm::StringRef name);
  /// The method declared on t (or on *t's element type), or the method of
  /// interface type t, named `name`; its path is empty. False if none.
  bool declaredMethod(const sema::Type *t, llvm::StringRef name,
                      MethodEntry &out);
  /// The signature of a method (without its receiver).
  const sema::SignatureType *methodSig(const MethodEntry &e);

  //--- Method.cpp: wrappers around methods ------------------------------===//
  /// The itab/uncommon entry for method e of dynamic type t: a function
  /// `R(ptr data, params...)` receiving the interface's data pointer.
  llvm::Function *ifaceMethodWrapper(const sema::Type *t, const MethodEntry &e);
  /// The code of the method expression t.name: `R(recv T, params...)`.
  llvm::Function *methodExprFunc(const sema::Type *t, llvm::StringRef name,
                                 const sema::SignatureType *sig);
  /// `main.T.m-fm`: the code of a method value, `R(ptr nest ctx, params)`,
  /// whose context holds the receiver (of type recv) after the code word.
  llvm::Function *methodValueThunk(const sema::Type *recv, llvm::StringRef name,
                                   const sema::SignatureType *sig);

  //--- Closure.cpp ------------------------------------------------------===//
  /// `main.f·f`: the static funcval {main.f} of a function used as a value.
  llvm::Constant *funcValue(llvm::Function *fn);
  /// The next closure name inside `outer`: `main.f.func1`, `main.f.func1.1`.
  std::string closureName(const std::string &outer);

  //--- Const.cpp: constants and zero values -----------------------------===//
  llvm::Constant *constant(const sema::Constant &c, const sema::Type *t);
  llvm::Constant *zeroValue(const sema::Type *t);

  //--- String.cpp -------------------------------------------------------===//
  /// A string value {ptr, len} whose bytes are a private constant.
  llvm::Constant *stringConstant(llvm::StringRef s);

  //--- Runtime.cpp ------------------------------------------------------===//
  llvm::FunctionCallee runtimeFunc(RuntimeFn fn);

  sema::Package &pkg;
  sema::SemaContext &sctx;
  const SourceManager &sm;
  llvm::LLVMContext &ctx;
  const LowerOptions &opts;
  std::unique_ptr<llvm::Module> mod;
  std::unique_ptr<DebugInfo> di; // null without -g
  bool failed = false;

private:
  void lowerFunctions();
  void lowerPackageInit();
  /// Whether a named type is declared inside a function.
  bool isLocalType(const sema::NamedType *t);
  llvm::Constant *buildTypeDescriptor(const sema::Type *t,
                                      llvm::GlobalVariable *gv);
  llvm::Constant *uncommonType(const sema::Type *t);
  llvm::Constant *makeSlice(llvm::ArrayRef<llvm::Constant *> elems,
                            llvm::Type *elemTy, const llvm::Twine &name);

  llvm::DenseMap<const sema::Func *, llvm::Function *> funcs_;
  llvm::DenseMap<const sema::Var *, llvm::GlobalVariable *> globals_;
  llvm::DenseMap<const sema::Type *, llvm::Type *> memTypes_;
  llvm::DenseMap<const sema::Type *, llvm::Constant *> typeDescs_;
  std::map<std::pair<const sema::Type *, const sema::Type *>, llvm::Constant *>
      itabs_;
  llvm::DenseMap<const sema::Type *, llvm::Constant *> equalFuncs_;
  llvm::DenseMap<const sema::Type *, llvm::Constant *> hashFuncs_;
  llvm::DenseMap<const sema::Type *, std::unique_ptr<std::vector<MethodEntry>>>
      methodSets_;
  llvm::DenseMap<const sema::NamedType *, unsigned> localTypeIds_;
  llvm::StringMap<unsigned> closureCounts_;
  llvm::StringMap<llvm::Constant *> strings_;
  llvm::DenseMap<unsigned, llvm::Function *> runtimeFuncs_;
  llvm::StructType *stringTy_ = nullptr, *sliceTy_ = nullptr,
                   *efaceTy_ = nullptr;
};

/// A place an assignment stores to: an address holding a value of `type`,
/// a map element (stored with runtime.mapassign after the value is
/// computed), or the blank identifier (the value is evaluated and dropped).
struct LValue {
  llvm::Value *addr = nullptr; // null: blank (or a map element)
  const sema::Type *type = nullptr;
  // m[k]: the map, its type and the key (a value of the key type).
  llvm::Value *map = nullptr, *key = nullptr;
  const sema::Type *mapType = nullptr;
  bool isBlank() const { return !addr && !map; }
  bool isMapElem() const { return map != nullptr; }
};

/// A value on the way along a selector path: either its address (addr) or,
/// for a value that is not addressable, the value itself (val).
struct Place {
  llvm::Value *addr = nullptr;
  llvm::Value *val = nullptr;
  const sema::Type *type = nullptr;
  // The pointer last followed to get here, not yet checked for nil, and how
  // far past it addr is: an offset beyond the first page needs an explicit
  // check (a fault there is not recognised as a nil dereference).
  llvm::Value *nilBase = nullptr;
  uint64_t offset = 0;
};

/// Where break and continue go for a for, range or switch statement.
struct BranchTargets {
  llvm::BasicBlock *breakBB = nullptr;
  llvm::BasicBlock *continueBB = nullptr; // null for switch
};

class FuncLowerer {
public:
  FuncLowerer(ModuleLowerer &m, llvm::Function *fn);

  //--- Func.cpp: frames, parameters, results ----------------------------===//
  /// Lowers a Go function's (or method's) body into fn.
  void lowerFuncBody(const sema::Func *f);
  /// Lowers a func literal's body into fn, whose first parameter is the
  /// closure context holding the cells of `captures`.
  void lowerFuncLitBody(ast::FuncLitExpr *e, const std::string &name);
  /// Lowers `pkg.init`: once only, the inits of the imported packages, then
  /// the package variable initialisers in order, then the init functions.
  void lowerPackageInit(llvm::ArrayRef<llvm::Function *> importInits,
                        llvm::ArrayRef<llvm::Function *> initFuncs);
  /// Memory for a local variable, in the entry block, named after it.
  llvm::AllocaInst *createAlloca(llvm::Type *ty, const llvm::Twine &name);
  /// A temporary in the entry block holding a value of type t.
  llvm::AllocaInst *createTemp(const sema::Type *t, const llvm::Twine &name);
  /// Gives a newly declared local its storage (a heap cell when it is
  /// captured, has its address taken or is too large for the stack) and its
  /// debug variable (parameter number argNo, 1-based, for parameters).
  /// Returns the address of the storage.
  llvm::Value *declareVar(sema::Var *v, SourceLoc loc, unsigned argNo = 0);
  /// The address of a variable's storage: global, local or parameter.
  llvm::Value *varAddr(sema::Var *v, SourceLoc loc);
  llvm::Value *loadValue(llvm::Value *addr, const sema::Type *t);
  void storeValue(llvm::Value *v, llvm::Value *addr, const sema::Type *t);
  /// Stores t's zero value at addr (a memset for large aggregates).
  void storeZero(llvm::Value *addr, const sema::Type *t);
  /// Copies a T from src to dst (which may overlap).
  void copyValue(llvm::Value *dst, llvm::Value *src, const sema::Type *t);
  /// Returns from the function with the values of its results.
  void emitReturn(llvm::ArrayRef<llvm::Value *> results);
  /// Names the closures created in this function (closureName's `outer`).
  std::string closurePrefix;

  //--- Stmt.cpp: statements and control flow ----------------------------===//
  void lowerStmt(ast::Stmt *s);
  void lowerStmts(llvm::ArrayRef<ast::Stmt *> stmts);
  void lowerBlock(ast::BlockStmt *b);
  void lowerIf(ast::IfStmt *s);
  void lowerFor(ast::ForStmt *s);
  void lowerReturn(ast::ReturnStmt *s);
  void lowerBranch(ast::BranchStmt *s);
  void lowerLabeled(ast::LabeledStmt *s);
  /// The block a goto to, or a fallthrough into, `target` jumps to.
  llvm::BasicBlock *jumpTarget(const ast::Stmt *target);
  /// Emits `br` from the current block unless it already ended.
  void branchTo(llvm::BasicBlock *bb);
  /// Continues emission in bb.
  void startBlock(llvm::BasicBlock *bb);
  llvm::BasicBlock *newBlock(const llvm::Twine &name);

  //--- Assign.cpp: assignments, declarations, ++/-- ---------------------===//
  void lowerAssign(ast::AssignStmt *s);
  void lowerIncDec(ast::IncDecStmt *s);
  void lowerDeclStmt(ast::DeclStmt *s);
  LValue lowerLValue(ast::Expr *e);
  /// Stores v (of Go type vType) through lv, converting it to lv's type.
  void assign(const LValue &lv, llvm::Value *v, const sema::Type *vType);
  /// The current value at lv (for op= and ++).
  llvm::Value *loadLValue(const LValue &lv);
  /// The map element lv as an address: its slot, made by mapassign.
  LValue mapSlot(const LValue &lv);
  /// Evaluates the right-hand side of an n-valued assignment: n expressions,
  /// one call with n results, or a comma-ok form (m[k], x.(T)) for n == 2.
  /// types receives each value's Go type.
  std::vector<llvm::Value *> lowerValues(llvm::ArrayRef<ast::Expr *> exprs,
                                         size_t n,
                                         std::vector<const sema::Type *> &types);
  /// Evaluates e into fresh (zeroed when dstZeroed) memory at dst of type
  /// t: composite literals are built in place, large values copied.
  void lowerInto(ast::Expr *e, llvm::Value *dst, const sema::Type *t,
                 bool dstZeroed);

  //--- Switch.cpp, TypeSwitch.cpp, Range.cpp ----------------------------===//
  void lowerSwitch(ast::SwitchStmt *s);
  void lowerTypeSwitch(ast::TypeSwitchStmt *s);
  /// The clauses of the switch s (expression or type switch), its tag or
  /// guard already evaluated: tests the case expressions in source order
  /// with `test` (an i1 each) and jumps to the first clause that matches,
  /// else to default or past the switch; then lowers the clause bodies in
  /// source order, each in its own scope, where `bind` (if given) first
  /// declares what the clause binds. Blocks are named kind.next, kind.end.
  void lowerCaseClauses(
      const ast::Stmt *s, ast::BlockStmt *body, llvm::StringRef kind,
      llvm::function_ref<llvm::Value *(ast::Expr *)> test,
      llvm::function_ref<void(ast::CaseClauseStmt *)> bind = nullptr);
  void lowerRange(ast::RangeStmt *s);
  void lowerRangeString(ast::RangeStmt *s, llvm::Value *str);
  void lowerRangeIndexed(ast::RangeStmt *s);
  void lowerRangeMap(ast::RangeStmt *s, llvm::Value *m);
  /// The head of a loop over a hidden index: sets the i64 slot `index` to
  /// 0 and branches to condBB, which goes on to bodyBB while the index is
  /// below len and to endBB after; continues in bodyBB. Returns the index's
  /// value in this iteration.
  llvm::Value *startIndexLoop(llvm::AllocaInst *index, llvm::Value *len,
                              llvm::BasicBlock *condBB,
                              llvm::BasicBlock *bodyBB,
                              llvm::BasicBlock *endBB);

  //--- Expr.cpp: operands and operators ---------------------------------===//
  /// The value of e; null for a call without results.
  llvm::Value *lowerExpr(ast::Expr *e);
  /// The value of e converted to type t (as assigned to a t).
  llvm::Value *lowerExprAs(ast::Expr *e, const sema::Type *t);
  llvm::Value *lowerIdent(ast::IdentExpr *e);
  llvm::Value *lowerUnary(ast::UnaryExpr *e);
  llvm::Value *lowerBinary(ast::BinaryExpr *e);
  llvm::Value *lowerLogical(ast::BinaryExpr *e);
  /// x op y for an arithmetic or bitwise op on values of type t (not
  /// shifts, not comparisons). Divisions carry Go's checks.
  llvm::Value *emitArith(tok::Kind op, llvm::Value *x, llvm::Value *y,
                         const sema::Type *t);
  /// x op y for any binary operator but && || and comparisons: x of the
  /// result type t, y of type yt (differs from t only for shifts).
  llvm::Value *emitBinaryOp(tok::Kind op, llvm::Value *x, llvm::Value *y,
                            const sema::Type *t, const sema::Type *yt);
  /// x op y for a comparison of two values of type t; an i1.
  llvm::Value *emitCompare(tok::Kind op, llvm::Value *x, llvm::Value *y,
                           const sema::Type *t);
  /// x == y for two values of type t (any comparable type).
  llvm::Value *emitEqual(llvm::Value *x, llvm::Value *y, const sema::Type *t);

  //--- Addr.cpp: addresses, pointers, heap cells ------------------------===//
  /// The address of an addressable expression (a variable, *p, x.f, a[i]).
  llvm::Value *lowerAddr(ast::Expr *e);
  /// The address of e's value: lowerAddr for an addressable e, else a
  /// temporary holding the value.
  llvm::Value *lowerAddrOrTemp(ast::Expr *e);
  /// `&x`, `&T{...}`.
  llvm::Value *lowerAddrOf(ast::UnaryExpr *e);
  /// `*p`.
  llvm::Value *lowerStar(ast::StarExpr *e);
  /// A fresh zeroed heap object of type t (runtime.newobject).
  llvm::Value *emitNew(const sema::Type *t);
  /// Calls runtime.panicmem if p is nil (for offsets beyond the first page,
  /// which the fault handler would not recognise).
  void emitNilCheck(llvm::Value *p);
  /// gc's nil check where a value is not otherwise read (a method call or
  /// method value through p): a volatile load of p's first byte, so nil
  /// faults at address 0 and panics with gc's [signal SIGSEGV ...] line.
  void emitNilFault(llvm::Value *p);
  /// Stores v at a temporary and returns its address.
  llvm::Value *spill(llvm::Value *v, const sema::Type *t);

  //--- Struct.cpp: selectors and field paths ----------------------------===//
  llvm::Value *lowerSelector(ast::SelectorExpr *e);
  /// The place of x in `x.sel`: its address when it is addressable or a
  /// pointer, else its value.
  Place selectorBase(ast::Expr *x);
  /// Follows a pointer: the place of *p.
  Place derefPlace(const Place &p);
  /// Field i of the struct at p (following a pointer first).
  Place fieldPlace(const Place &p, unsigned i);
  /// Follows embedded fields along path from p.
  Place walkPath(Place p, llvm::ArrayRef<int> path);
  llvm::Value *placeValue(const Place &p);
  llvm::Value *placeAddr(const Place &p);

  //--- Index.cpp, Slice.cpp: arrays, slices ------------------------------===//
  llvm::Value *lowerIndex(ast::IndexExpr *e);
  /// The address of a[i] for an array, pointer to array or slice a.
  llvm::Value *indexAddr(ast::IndexExpr *e);
  llvm::Value *lowerSlice(ast::SliceExpr *e);
  llvm::Value *lowerMake(ast::CallExpr *e);
  llvm::Value *lowerAppend(ast::CallExpr *e);
  llvm::Value *lowerCopy(ast::CallExpr *e);
  /// A slice {ptr, len, cap}.
  llvm::Value *makeSliceValue(llvm::Value *ptr, llvm::Value *len,
                              llvm::Value *cap);
  /// A new slice of `vals` (of types `types`) converted to elements of type
  /// elem (variadic arguments, slice literals).
  llvm::Value *emitSliceOf(llvm::ArrayRef<llvm::Value *> vals,
                           llvm::ArrayRef<const sema::Type *> types,
                           const sema::Type *elem);

  //--- Map.cpp ----------------------------------------------------------===//
  /// m[k] of a map: the element (or its zero value).
  llvm::Value *lowerMapIndex(ast::IndexExpr *e);
  /// v, ok := m[k]: {v, ok}.
  std::pair<llvm::Value *, llvm::Value *> lowerMapIndexOk(ast::IndexExpr *e);
  /// The map and the key of m[k], evaluated.
  LValue mapElemLValue(ast::IndexExpr *e);
  /// The address of m[k]'s element (runtime.mapaccess1, a zero value if
  /// absent), or with ok (mapaccess2); the slot to store m[k] in
  /// (mapassign). The fast variants for 8-byte and string keys when they
  /// apply.
  llvm::Value *emitMapAccess1(const LValue &lv);
  std::pair<llvm::Value *, llvm::Value *> emitMapAccess2(const LValue &lv);
  llvm::Value *emitMapAssign(const LValue &lv);
  void lowerDelete(ast::CallExpr *e);
  /// A new map of type t with room for hint entries.
  llvm::Value *emitMakeMap(const sema::Type *t, llvm::Value *hint);

  //--- Composite.cpp ----------------------------------------------------===//
  llvm::Value *lowerCompositeLit(ast::CompositeLitExpr *e);
  /// Builds the literal in memory at dst (zeroed first unless dstZeroed),
  /// as a value of type t (default: the literal's type).
  void emitCompositeInto(ast::CompositeLitExpr *e, llvm::Value *dst,
                         bool dstZeroed, const sema::Type *t = nullptr);

  //--- Call.cpp, Builtin.cpp --------------------------------------------===//
  llvm::Value *lowerCall(ast::CallExpr *e);
  /// The arguments of a call of a function of signature sig, converted to
  /// the parameter types; variadic arguments packed into a slice.
  std::vector<llvm::Value *> lowerArgs(ast::CallExpr *e,
                                       const sema::SignatureType *sig);
  /// Calls a func value fv: its code word with fv as the `nest` context.
  llvm::Value *callFuncValue(llvm::Value *fv, const sema::SignatureType *sig,
                             llvm::ArrayRef<llvm::Value *> args);
  /// Calls a runtime function (with the current debug location).
  llvm::CallInst *callRuntime(RuntimeFn fn, llvm::ArrayRef<llvm::Value *> args);
  llvm::Value *lowerBuiltinCall(ast::CallExpr *e, const sema::Builtin *b);
  llvm::Value *lowerLen(ast::CallExpr *e, bool isCap);
  void lowerPrint(ast::CallExpr *e, bool newline);
  void lowerPanic(ast::CallExpr *e);

  //--- Closure.cpp ------------------------------------------------------===//
  llvm::Value *lowerFuncLit(ast::FuncLitExpr *e);

  //--- Defer.cpp: defer statements and recover ---------------------------===//
  void lowerDefer(ast::DeferStmt *s);
  /// For a body with defer statements: the result slots (escaping) and the
  /// defer.return block every return goes through.
  void setupDefers();
  /// Emits defer.return: deferreturn, then return the slots' values.
  void finishDefers();

  //--- Go.cpp: go statements --------------------------------------------===//
  void lowerGo(ast::GoStmt *s);
  /// Evaluates a go or defer statement's callee and arguments (in gc's
  /// order) and packs the call into a funcval whose code makes it: a thunk
  /// named after `kind` ("gowrap", "deferwrap"), or the func value itself
  /// when there is nothing to carry. Null after an error.
  llvm::Value *packCall(ast::CallExpr *e, llvm::StringRef kind);
  /// The body of a go statement's thunk: loads the callee (unless direct)
  /// and the arguments from the context and makes the call.
  void lowerGoThunk(sema::Func *direct, const sema::SignatureType *sig,
                    llvm::ArrayRef<const sema::Type *> fieldTypes,
                    SourceLoc loc);

  //--- Chan.cpp: channel operations -------------------------------------===//
  llvm::Value *lowerMakeChan(ast::CallExpr *e);
  void lowerSend(ast::SendStmt *s);
  /// `<-c`: the received value, and (commaOk) whether it came from a send.
  std::pair<llvm::Value *, llvm::Value *> lowerRecv(ast::UnaryExpr *e,
                                                    bool commaOk);
  void lowerClose(ast::CallExpr *e);
  void lowerRangeChan(ast::RangeStmt *s, llvm::Value *c);

  //--- Select.cpp: select statements ------------------------------------===//
  void lowerSelect(ast::SelectStmt *s);
  /// The selectgo call over {chan, elem} cases, sends first: returns the
  /// chosen index (-1: none ready, when !block); recvOK gets whether a
  /// receive got a sent value.
  llvm::Value *emitSelectGo(
      llvm::ArrayRef<std::pair<llvm::Value *, llvm::Value *>> cases,
      size_t nsends, bool block, llvm::Value *&recvOK);
  /// Allocates a funcval {code, fields...} on the heap.
  llvm::Value *emitClosure(llvm::Function *code,
                           llvm::ArrayRef<llvm::Value *> fields,
                           llvm::ArrayRef<const sema::Type *> fieldTypes);

  //--- Method.cpp -------------------------------------------------------===//
  llvm::Value *lowerMethodCall(ast::CallExpr *e, ast::SelectorExpr *sel);
  /// `x.m` as a value: a funcval binding the receiver.
  llvm::Value *lowerMethodValue(ast::SelectorExpr *sel);
  /// `T.m`: the funcval of the method expression.
  llvm::Value *lowerMethodExpr(ast::SelectorExpr *sel);
  /// Calls method `name` on the value at p (whose type has it, possibly
  /// through embedding) and returns its result.
  llvm::Value *callMethod(Place p, const MethodEntry &e,
                          llvm::ArrayRef<llvm::Value *> args);
  /// Lowers a generated wrapper: its body calls method e on the receiver
  /// place the wrapper's first argument gives (see Method.cpp).
  void lowerMethodWrapper(const sema::Type *recvType, bool recvByPointer,
                          bool recvInContext, const MethodEntry &e,
                          const sema::SignatureType *sig);

  //--- Equal.cpp: bodies of type..eq.T and type..hash.T -----------------===//
  void lowerEqualFunc(const sema::Type *t);
  void lowerHashFunc(const sema::Type *t);
  /// *p == *q for two T in memory.
  llvm::Value *emitEqualInMemory(llvm::Value *p, llvm::Value *q,
                                 const sema::Type *t);

  //--- Convert.cpp, Iface.cpp -------------------------------------------===//
  llvm::Value *lowerConversion(ast::CallExpr *e);
  /// v of type `from` converted to type `to` (a Go conversion or an
  /// implicit assignment conversion).
  llvm::Value *convertValue(llvm::Value *v, const sema::Type *from,
                            const sema::Type *to, SourceLoc loc);
  /// v of non-interface type t as an interface value of type iface.
  llvm::Value *emitToIface(llvm::Value *v, const sema::Type *t,
                           const sema::Type *iface);
  /// v of non-interface type t as an interface{} value {type.T, &copy}.
  llvm::Value *emitToEface(llvm::Value *v, const sema::Type *t);
  /// The dynamic type word (runtime._type*, null if nil) of an interface
  /// value of type t.
  llvm::Value *ifaceTypeWord(llvm::Value *v, const sema::Type *t);
  /// Calls method `name` of interface value v of interface type t.
  llvm::Value *callIfaceMethod(llvm::Value *v, const sema::Type *t,
                               llvm::StringRef name,
                               llvm::ArrayRef<llvm::Value *> args);
  llvm::Value *lowerTypeAssert(ast::TypeAssertExpr *e);
  std::pair<llvm::Value *, llvm::Value *>
  lowerTypeAssertOk(ast::TypeAssertExpr *e);
  /// Whether interface value v (of type from) holds a `to`, and if so the
  /// value as a `to` (converted with getitab for interface `to`).
  std::pair<llvm::Value *, llvm::Value *>
  emitTypeTest(llvm::Value *v, const sema::Type *from, const sema::Type *to);
  /// x == y for interface values.
  llvm::Value *emitIfaceEqual(llvm::Value *x, llvm::Value *y,
                              const sema::Type *t);

  //--- String.cpp -------------------------------------------------------===//
  /// The concatenation of several strings (runtime.concatstring*).
  llvm::Value *emitConcat(llvm::ArrayRef<llvm::Value *> parts);
  /// Flattens a chain of string `+` into its operands and concatenates.
  llvm::Value *lowerConcat(ast::BinaryExpr *e);
  llvm::Value *emitStringCompare(tok::Kind op, llvm::Value *x, llvm::Value *y);
  llvm::Value *lowerStringIndex(llvm::Value *s, ast::Expr *index);

  //--- Order.cpp: gc's evaluation order ---------------------------------===//
  /// Evaluates now the calls, len()s, string slices and && || inside e (in
  /// source order), as gc does before the rest of a statement; lowerExpr
  /// then returns their values.
  void hoistOperands(ast::Expr *e);
  void hoistOperands(llvm::ArrayRef<ast::Expr *> exprs);

  //--- Checks.cpp: run-time checks --------------------------------------===//
  /// If `failed`, calls the runtime error fn(args) (noreturn, cold, on an
  /// unlikely branch); emission continues on the other path.
  void emitCheck(llvm::Value *failed, RuntimeFn fn,
                 llvm::ArrayRef<llvm::Value *> args);
  /// 0 <= i < len, or runtime.panicIndex(i, len). i is an int64, widened
  /// from an index of type indexType.
  void emitIndexCheck(llvm::Value *i, llvm::Value *len,
                      const sema::Type *indexType);
  /// The bounds panic fn (panicIndex, panicSliceB, ...) for a bad index of
  /// type t: its U variant when t is unsigned.
  RuntimeFn boundsPanic(RuntimeFn fn, const sema::Type *t);
  /// x / y or x % y with Go's semantics for integers of type t.
  llvm::Value *emitDivide(tok::Kind op, llvm::Value *x, llvm::Value *y,
                          const sema::Type *t);
  /// x << y or x >> y: x of type xt, count y of integer type yt.
  llvm::Value *emitShift(tok::Kind op, llvm::Value *x, llvm::Value *y,
                         const sema::Type *xt, const sema::Type *yt);
  /// An integer of type t widened (by t's signedness) to an i64.
  llvm::Value *toInt64(llvm::Value *v, const sema::Type *t);
  /// An index operand: e's value as an i64.
  llvm::Value *lowerIndexValue(ast::Expr *e);

  //--- DebugInfo.cpp: locations and scopes ------------------------------===//
  /// Makes loc the debug location of the instructions emitted next.
  void setLocation(SourceLoc loc);
  void pushScope(SourceLoc loc);
  void popScope();

  ModuleLowerer &m;
  llvm::LLVMContext &ctx;
  llvm::Function *fn;
  llvm::IRBuilder<> b;

private:
  friend class LocationScope;
  /// Creates the entry block and the debug subprogram.
  void startFunction(llvm::StringRef name, SourceLoc loc);
  /// Ends the last block, drops unreachable blocks and the alloca marker.
  void finishFunction(SourceLoc endLoc);
  /// Declares the parameters (args from firstArg on) and named results and
  /// lowers the body (hasDefer: sema found a defer statement in it).
  void lowerBody(llvm::ArrayRef<sema::Var *> params,
                 llvm::ArrayRef<sema::Var *> results, unsigned firstArg,
                 ast::BlockStmt *body, bool hasDefer);
  /// The iteration variables of a range statement: declared for := (once
  /// for the loop), evaluated places for =.
  LValue rangeLValue(ast::RangeStmt *s, ast::Expr *e, bool declare);

  /// Where a local lives: its address, or (cell) an entry-block slot
  /// holding the address of its heap cell.
  struct Local {
    llvm::Value *addr = nullptr;
    bool cell = false;
  };

  // Allocas go before this marker at the top of the entry block, in order.
  llvm::Instruction *allocaPoint_ = nullptr;
  llvm::DenseMap<const sema::Var *, Local> locals_;
  // The slots of named results, in order; empty for unnamed results.
  std::vector<sema::Var *> namedResults_;
  // A function with defers: the block every return goes through, and the
  // slots (named or hidden) its results wait in (Defer.cpp).
  llvm::BasicBlock *deferReturnBB_ = nullptr;
  std::vector<llvm::Value *> resultSlots_;
  // Blocks created but not yet placed in the function (see startBlock).
  std::vector<llvm::BasicBlock *> pendingBlocks_;
  const sema::SignatureType *sig_ = nullptr;
  llvm::DenseMap<const ast::Stmt *, BranchTargets> branchTargets_;
  llvm::DenseMap<const ast::Stmt *, llvm::BasicBlock *> jumpTargets_;
  // Values of subexpressions evaluated ahead of their statement (Order.cpp).
  llvm::DenseMap<const ast::Expr *, llvm::Value *> hoisted_;
  // Debug info: the function's scopes, innermost last; the current location.
  std::vector<llvm::DIScope *> scopes_;
  SourceLoc loc_;
};

/// Sets the debug location for the duration of a statement or expression and
/// restores the enclosing one after, so an operator's instructions carry the
/// operator's position once its operands are lowered.
class LocationScope {
public:
  LocationScope(FuncLowerer &fl, SourceLoc loc) : fl_(fl), saved_(fl.loc_) {
    fl.setLocation(loc);
  }
  ~LocationScope() { fl_.setLocation(saved_); }

private:
  FuncLowerer &fl_;
  SourceLoc saved_;
};

/// The underlying BasicType of t, or null.
const sema::BasicType *basicUnder(const sema::Type *t);
bool isStringType(const sema::Type *t);
bool isBoolType(const sema::Type *t);
bool isIntegerType(const sema::Type *t);
bool isUnsignedType(const sema::Type *t);
bool isFloatType(const sema::Type *t);
bool isInterfaceType(const sema::Type *t);
bool isEmptyInterface(const sema::Type *t);
/// The nil literal (or an untyped nil).
bool isNilType(const sema::Type *t);
/// The expression is the nil literal (a type switch's `case nil` too).
bool isNilExpr(ast::Expr *e);
/// t's underlying type as a T, or null.
template <typename T> const T *underAs(const sema::Type *t) {
  const sema::Type *u = t ? t->underlying() : nullptr;
  return u ? llvm::dyn_cast<T>(u) : nullptr;
}
/// For *[N]T: the array type; else null.
const sema::ArrayType *pointerToArray(const sema::Type *t);
/// Whether equality of T is equality of its bytes (no floats, strings,
/// interfaces or padding), so memequal and memhash apply.
bool isRegularMemory(ModuleLowerer &m, const sema::Type *t);

} // namespace lower
} // namespace golc

#endif
