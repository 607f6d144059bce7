//===- lower/Go.cpp - go statements ---------------------------------------===//
// `go f(a, b)` runs a call in a new goroutine. The callee and the arguments
// are evaluated here, in the calling goroutine (the spec's rule), and packed
// into a heap object shaped like a funcval, whose code is a thunk generated
// for this statement:
//   %fv = call ptr @runtime.mallocgc(i64 size, ptr @type.struct {...}, i1 true)
//   store ptr @main.main.gowrap1, ptr %fv      ; then a, b in fields 1, 2
//   call void @runtime.newproc(ptr %fv)
//   define internal void @main.main.gowrap1(ptr nest %ctx) {
//     ; loads a, b from %ctx and calls main.f(a, b)
//   }
// newproc makes a goroutine whose gobuf.ctxt is the funcval and whose pc is
// the thunk; gogo loads ctxt into r10, where the thunk's `nest` parameter
// arrives (docs/go-statement.md). Other callees are first evaluated to a
// func value (a method value binds its receiver now), which the object
// holds in field 1 and the thunk calls through. `go fv()` without
// arguments and `go func(){...}()` need no thunk: the func value already is
// a funcval, and is passed to newproc itself; so is `go f()`'s static
// funcval `main.f·f`. The thunk ignores the
// callee's results, as a go statement does.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

void FuncLowerer::lowerGo(ast::GoStmt *s) {
  ast::CallExpr *e = s->call;
  ast::Expr *fun = ast::unparen(e->fun);
  auto *sig = dyn_cast_or_null<sema::SignatureType>(
      fun->type ? fun->type->underlying() : nullptr);
  if (e->callKind != ast::CallExpr::CallKind::Call || !sig) {
    m.error(s->loc(), "go of a builtin is not lowered yet");
    return;
  }
  LocationScope ls(*this, s->loc());

  // A declared function is called directly; anything else through the func
  // value it evaluates to.
  sema::Func *direct = nullptr;
  if (auto *id = dyn_cast<ast::IdentExpr>(fun))
    direct = dyn_cast_or_null<sema::Func>(id->obj);
  else if (auto *sel = dyn_cast<ast::SelectorExpr>(fun); sel && !sel->selection)
    direct = dyn_cast_or_null<sema::Func>(sel->sel->obj);

  llvm::Value *callee = direct ? nullptr : lowerExpr(fun);
  std::vector<llvm::Value *> args = lowerArgs(e, sig);
  if (args.empty()) {
    // Nothing to carry: the func value (for f, its static funcval) will do.
    callRuntime(RuntimeFn::newproc,
                {direct ? m.funcValue(m.function(direct)) : callee});
    return;
  }

  // The object's fields after the code pointer: the callee, then the
  // arguments converted to the parameter types (lowerArgs did that, and
  // packed the variadic ones into a slice).
  std::vector<llvm::Value *> fields;
  std::vector<const sema::Type *> fieldTypes;
  if (!direct) {
    fields.push_back(callee);
    fieldTypes.push_back(fun->type);
  }
  for (size_t i = 0; i < args.size(); ++i) {
    fields.push_back(args[i]);
    fieldTypes.push_back(sig->params->types[i]);
  }

  std::string name = m.closureName(fn->getName().str() + ".gowrap");
  auto *thunkTy =
      llvm::FunctionType::get(b.getVoidTy(), {b.getPtrTy()}, false);
  llvm::Function *thunk = m.createFunction(
      thunkTy, llvm::GlobalValue::InternalLinkage, name);
  thunk->addParamAttr(0, llvm::Attribute::Nest);
  {
    FuncLowerer body(m, thunk);
    body.lowerGoThunk(direct, sig, fieldTypes, s->loc());
  }
  llvm::Value *fv = emitClosure(thunk, fields, fieldTypes);
  callRuntime(RuntimeFn::newproc, {fv});
}

void FuncLowerer::lowerGoThunk(sema::Func *direct,
                               const sema::SignatureType *sig,
                               llvm::ArrayRef<const sema::Type *> fieldTypes,
                               SourceLoc loc) {
  startFunction(fn->getName(), loc);
  setLocation(loc);
  llvm::Value *ctx = fn->getArg(0);
  ctx->setName("ctx");
  llvm::Type *closureTy = m.memType(m.closureType(fieldTypes));
  std::vector<llvm::Value *> vals;
  for (size_t i = 0; i < fieldTypes.size(); ++i)
    vals.push_back(loadValue(b.CreateStructGEP(closureTy, ctx, i + 1),
                             fieldTypes[i]));
  if (direct) {
    b.CreateCall(m.function(direct), vals);
  } else {
    llvm::ArrayRef<llvm::Value *> args(vals);
    callFuncValue(vals[0], sig, args.drop_front());
  }
  b.CreateRetVoid();
  finishFunction(loc);
}
