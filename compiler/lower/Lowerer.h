//===- lower/Lowerer.h - state shared by the lowering files ---------------===//
// Lowering runs in two layers:
//  - ModuleLowerer (one per package) owns the llvm::Module and everything
//    that is unique per module: Go types mapped to LLVM types, type
//    descriptors `type.T`, string literals, runtime declarations, the
//    llvm::Function of each Go function and the global of each package var.
//  - FuncLowerer (one per function body) owns an IRBuilder and the state of
//    one function: where each local lives, the break/continue/goto targets,
//    the debug scope.
// Their member functions are defined across the files of lower/, one file per
// construct; each file says at its top what it lowers to.
//
// A Go value is an llvm::Value in register form: bool is i1, a string is
// {ptr, i64}, and a call with several results yields a literal struct of
// them. In memory (allocas, globals, heap objects) a bool is an i8, as the
// runtime's C++ `bool`; loadValue/storeValue convert.
//===----------------------------------------------------------------------===//
#ifndef GOLC_LOWER_LOWERER_H
#define GOLC_LOWER_LOWERER_H

#include "lower/Lower.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/IRBuilder.h"
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
  /// The LLVM function of a Go function, declared on first use.
  llvm::Function *function(const sema::Func *f);
  /// The global `pkg.name` holding a package-level variable.
  llvm::GlobalVariable *global(const sema::Var *v);
  /// Reports a construct lowering cannot handle (sema should have rejected
  /// it): `file:line:col: internal compiler error: msg`. run() then fails.
  void error(SourceLoc loc, const llvm::Twine &msg);

  //--- Types.cpp: Go types as LLVM types, type descriptors ---------------===//
  /// Register form (bool is i1).
  llvm::Type *llvmType(const sema::Type *t);
  /// Memory form (bool is i8; aggregates contain memory forms).
  llvm::Type *memType(const sema::Type *t);
  /// The C-convention function type of a Go signature.
  llvm::FunctionType *funcType(const sema::SignatureType *sig);
  /// void, the single result's type, or a literal struct of several.
  llvm::Type *resultType(const sema::TupleType *results);
  llvm::StructType *stringType();
  llvm::StructType *efaceType();
  uint64_t sizeOf(const sema::Type *t);
  /// `type.T`: the runtime._type descriptor of t (linkonce_odr constant).
  llvm::Constant *typeDescriptor(const sema::Type *t);
  /// A type as Go's runtime spells it: `int`, `main.T`, `[]string`.
  std::string typeString(const sema::Type *t);

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

  llvm::DenseMap<const sema::Func *, llvm::Function *> funcs_;
  llvm::DenseMap<const sema::Var *, llvm::GlobalVariable *> globals_;
  llvm::DenseMap<const sema::Type *, llvm::Type *> memTypes_;
  llvm::DenseMap<const sema::Type *, llvm::Constant *> typeDescs_;
  llvm::StringMap<llvm::Constant *> strings_;
  llvm::DenseMap<unsigned, llvm::Function *> runtimeFuncs_;
  llvm::StructType *stringTy_ = nullptr, *efaceTy_ = nullptr;
};

/// A place an assignment stores to: an address holding a value of `type`, or
/// the blank identifier (the value is evaluated and dropped).
struct LValue {
  llvm::Value *addr = nullptr; // null: blank
  const sema::Type *type = nullptr;
  bool isBlank() const { return addr == nullptr; }
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
  /// Lowers a Go function's body into fn.
  void lowerFuncBody(const sema::Func *f);
  /// Lowers `main.init`: package variable initialisers in order, then calls
  /// of the init functions.
  void lowerPackageInit(llvm::ArrayRef<llvm::Function *> initFuncs);
  /// Memory for a local variable, in the entry block, named after it.
  llvm::AllocaInst *createAlloca(llvm::Type *ty, const llvm::Twine &name);
  /// Gives a newly declared local its storage and its debug variable
  /// (parameter number argNo, 1-based, for parameters).
  llvm::Value *declareVar(sema::Var *v, SourceLoc loc, unsigned argNo = 0);
  /// The address of a variable's storage: global, local or parameter.
  llvm::Value *varAddr(sema::Var *v, SourceLoc loc);
  llvm::Value *loadValue(llvm::Value *addr, const sema::Type *t);
  void storeValue(llvm::Value *v, llvm::Value *addr, const sema::Type *t);
  /// Returns from the function with the values of its results.
  void emitReturn(llvm::ArrayRef<llvm::Value *> results);

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
  /// Evaluates the right-hand side of an n-valued assignment: n expressions,
  /// or one call with n results. types receives each value's Go type.
  std::vector<llvm::Value *> lowerValues(llvm::ArrayRef<ast::Expr *> exprs,
                                         size_t n,
                                         std::vector<const sema::Type *> &types);

  //--- Switch.cpp, Range.cpp --------------------------------------------===//
  void lowerSwitch(ast::SwitchStmt *s);
  void lowerRange(ast::RangeStmt *s);
  void lowerRangeString(ast::RangeStmt *s, llvm::Value *str);

  //--- Expr.cpp: operands and operators ---------------------------------===//
  /// The value of e; null for a call without results.
  llvm::Value *lowerExpr(ast::Expr *e);
  llvm::Value *lowerIdent(ast::IdentExpr *e);
  llvm::Value *lowerUnary(ast::UnaryExpr *e);
  llvm::Value *lowerBinary(ast::BinaryExpr *e);
  llvm::Value *lowerLogical(ast::BinaryExpr *e);
  llvm::Value *lowerIndex(ast::IndexExpr *e);
  llvm::Value *lowerSlice(ast::SliceExpr *e);
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
  /// 0 <= i < len, or runtime.panicIndex(i, len). i is an int64.
  void emitIndexCheck(llvm::Value *i, llvm::Value *len);
  /// x / y or x % y with Go's semantics for integers of type t.
  llvm::Value *emitDivide(tok::Kind op, llvm::Value *x, llvm::Value *y,
                          const sema::Type *t);
  /// x << y or x >> y: x of type xt, count y of integer type yt.
  llvm::Value *emitShift(tok::Kind op, llvm::Value *x, llvm::Value *y,
                         const sema::Type *xt, const sema::Type *yt);
  /// An integer of type t widened (by t's signedness) to an i64.
  llvm::Value *toInt64(llvm::Value *v, const sema::Type *t);

  //--- Call.cpp, Builtin.cpp --------------------------------------------===//
  llvm::Value *lowerCall(ast::CallExpr *e);
  /// Calls a runtime function (with the current debug location).
  llvm::CallInst *callRuntime(RuntimeFn fn, llvm::ArrayRef<llvm::Value *> args);
  llvm::Value *lowerBuiltinCall(ast::CallExpr *e, const sema::Builtin *b);
  void lowerPrint(ast::CallExpr *e, bool newline);
  void lowerPanic(ast::CallExpr *e);

  //--- Convert.cpp, Iface.cpp -------------------------------------------===//
  llvm::Value *lowerConversion(ast::CallExpr *e);
  /// v of type `from` converted to type `to` (a Go conversion or an
  /// implicit assignment conversion).
  llvm::Value *convertValue(llvm::Value *v, const sema::Type *from,
                            const sema::Type *to, SourceLoc loc);
  /// v of non-interface type t as an interface{} value {type.T, &copy}.
  llvm::Value *emitToEface(llvm::Value *v, const sema::Type *t);

  //--- String.cpp -------------------------------------------------------===//
  /// The concatenation of several strings (runtime.concatstring*).
  llvm::Value *emitConcat(llvm::ArrayRef<llvm::Value *> parts);
  /// Flattens a chain of string `+` into its operands and concatenates.
  llvm::Value *lowerConcat(ast::BinaryExpr *e);
  llvm::Value *emitStringCompare(tok::Kind op, llvm::Value *x, llvm::Value *y);
  llvm::Value *lowerStringIndex(llvm::Value *s, ast::Expr *index);
  llvm::Value *lowerStringSlice(llvm::Value *s, ast::SliceExpr *e);

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

  // Allocas go before this marker at the top of the entry block, in order.
  llvm::Instruction *allocaPoint_ = nullptr;
  llvm::DenseMap<const sema::Var *, llvm::Value *> locals_;
  // The slots of named results, in order; empty for unnamed results.
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

} // namespace lower
} // namespace golc

#endif
