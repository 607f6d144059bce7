//===- lower/Go.cpp - go statements, and calls packed for later ----------===//
// `go f(a, b)` runs a call in a new goroutine. The callee and the arguments
// are evaluated here, in the calling goroutine (the spec's rule), in gc's
// order: the callee, then each argument as if assigned to a temporary by a
// statement of its own. They are packed into a heap object shaped like a
// funcval, whose code is a thunk generated for this statement:
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
// funcval `main.f·f`. The thunk ignores the callee's results, as a go
// statement does. A builtin (`go close(c)`, `go println(x)`) gets a thunk
// that makes the builtin call with the operands the object carries.
//
// A defer statement packs its call the same way (packCall, with thunks
// named main.f.deferwrap1, ...) and hands the funcval to deferproc
// (Defer.cpp) instead of newproc.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

void FuncLowerer::lowerGo(ast::GoStmt *s) {
  LocationScope ls(*this, s->loc());
  if (llvm::Value *fv = packCall(s->call, "gowrap"))
    callRuntime(RuntimeFn::newproc, {fv});
}

llvm::Value *FuncLowerer::packCall(ast::CallExpr *e, llvm::StringRef kind) {
  ast::Expr *fun = ast::unparen(e->fun);
  // The thunk, when there is something to carry: main.main.gowrap1, ...
  auto newThunk = [&] {
    std::string name = m.closureName(fn->getName().str() + "." + kind.str());
    llvm::Function *thunk = m.createWrapper(
        llvm::FunctionType::get(b.getVoidTy(), {b.getPtrTy()}, false),
        llvm::GlobalValue::InternalLinkage, name);
    thunk->addParamAttr(0, llvm::Attribute::Nest);
    return thunk;
  };

  if (e->callKind == ast::CallExpr::CallKind::Builtin) {
    // `go println(x)`, `defer close(c)`: the builtin's operands are
    // evaluated now (constants need no room), and the thunk makes the
    // builtin call itself, its operands' values loaded from the object and
    // handed to lowerBuiltinCall as already evaluated. A tuple operand
    // (println(f())) is carried as its elements.
    auto *id = dyn_cast<ast::IdentExpr>(fun);
    auto *bi = id ? dyn_cast_or_null<sema::Builtin>(id->obj) : nullptr;
    if (!bi) {
      m.error(e->loc(), "call of an unknown builtin");
      return nullptr;
    }
    std::vector<ast::Expr *> operands;
    std::vector<llvm::Value *> fields;
    std::vector<const sema::Type *> fieldTypes;
    for (ast::Expr *arg : e->args) {
      if (arg->mode == ast::ExprMode::Constant && arg->value)
        continue;
      hoistOperands(arg);
      llvm::Value *v = hoisted_.count(arg) ? hoisted_[arg] : lowerExpr(arg);
      hoisted_.erase(arg);
      if (!v) {
        m.error(arg->loc(), "expression has no value");
        return nullptr;
      }
      operands.push_back(arg);
      if (auto *tuple = dyn_cast_or_null<sema::TupleType>(arg->type)) {
        for (size_t i = 0; i < tuple->types.size(); ++i) {
          fields.push_back(b.CreateExtractValue(v, i));
          fieldTypes.push_back(tuple->types[i]);
        }
      } else {
        fields.push_back(v);
        fieldTypes.push_back(arg->type);
      }
    }
    llvm::Function *thunk = newThunk();
    {
      FuncLowerer body(m, thunk);
      body.startFunction(thunk->getName(), e->loc());
      body.setLocation(e->loc());
      llvm::Value *ctx = thunk->getArg(0);
      ctx->setName("ctx");
      llvm::Type *closureTy = m.memType(m.closureType(fieldTypes));
      unsigned field = 0;
      auto load = [&] {
        llvm::Value *v = body.loadValue(
            body.b.CreateStructGEP(closureTy, ctx, field + 1),
            fieldTypes[field]);
        ++field;
        return v;
      };
      for (ast::Expr *arg : operands) {
        llvm::Value *v;
        if (auto *tuple = dyn_cast_or_null<sema::TupleType>(arg->type)) {
          v = llvm::PoisonValue::get(m.llvmType(tuple));
          for (size_t i = 0; i < tuple->types.size(); ++i)
            v = body.b.CreateInsertValue(v, load(), i);
        } else {
          v = load();
        }
        body.hoisted_[arg] = v;
      }
      body.lowerBuiltinCall(e, bi);
      body.finishFunction(e->loc());
    }
    // With only constant operands (`go println("hi")`), the thunk's static
    // funcval.
    if (fields.empty())
      return m.funcValue(thunk);
    return emitClosure(thunk, fields, fieldTypes);
  }

  auto *sig = dyn_cast_or_null<sema::SignatureType>(
      fun->type ? fun->type->underlying() : nullptr);
  if (e->callKind != ast::CallExpr::CallKind::Call || !sig) {
    m.error(e->loc(), "call is not lowered yet");
    return nullptr;
  }

  // A declared function is called directly; anything else through the func
  // value it evaluates to.
  sema::Func *direct = nullptr;
  if (auto *id = dyn_cast<ast::IdentExpr>(fun))
    direct = dyn_cast_or_null<sema::Func>(id->obj);
  else if (auto *sel = dyn_cast<ast::SelectorExpr>(fun); sel && !sel->selection)
    direct = dyn_cast_or_null<sema::Func>(sel->sel->obj);

  // gc evaluates the callee and then each argument as a statement of its
  // own (`tmp = arg`), so the calls inside one operand run just before
  // that operand is read (Order.cpp): `go f(x, g())` reads x before g runs,
  // `go f(x + g())` after. Each operand's value is recorded as hoisted;
  // lowerArgs then converts them, in order, to the parameter types.
  llvm::Value *callee = nullptr;
  if (!direct) {
    hoistOperands(fun);
    callee = lowerExpr(fun);
  }
  for (ast::Expr *arg : e->args) {
    if (arg->mode == ast::ExprMode::Constant && arg->value)
      continue;
    hoistOperands(arg);
    if (!hoisted_.count(arg))
      hoisted_[arg] = lowerExpr(arg);
  }
  std::vector<llvm::Value *> args = lowerArgs(e, sig);
  if (args.empty()) {
    // Nothing to carry: the func value (for f, its static funcval) will do.
    // (A method value's code is its wrapper, main.T.m-fm.)
    if (direct)
      return m.funcValue(m.function(direct));
    return callee;
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

  llvm::Function *thunk = newThunk();
  {
    FuncLowerer body(m, thunk);
    body.lowerGoThunk(direct, sig, fieldTypes, e->loc());
  }
  return emitClosure(thunk, fields, fieldTypes);
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
