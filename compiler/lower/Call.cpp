//===- lower/Call.cpp - calls -----------------------------------------------===//
// `f(a, b)` of a declared function is a direct call of its symbol with the C
// calling convention: `call R @main.f(A %a, B %b)`, the arguments evaluated
// left to right and converted to the parameter types (a value passed as an
// interface is boxed). `f(g())` spreads g's results over f's parameters.
// Several results come back as one struct that the caller takes apart
// (Assign.cpp). Other callees:
//   x.m(a)      a method call (Method.cpp), receiver first
//   fv(a)       a func value: through its funcval (Closure.cpp)
//   T.m(x, a)   a method expression: its funcval, like any func value
// A variadic function `func f(a A, xs ...T)` takes its last parameter as a
// []T: `f(a, x, y)` passes a new slice of x and y (a nil slice for none),
// `f(a, s...)` passes s itself. Conversions `T(x)` and builtins share the
// call syntax and dispatch from here to Convert.cpp and Builtin.cpp.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"

using namespace golc;
using namespace golc::lower;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

/// The object a call's function operand names (f, pkg.f), if any.
static sema::Object *calleeObject(ast::Expr *fun) {
  fun = ast::unparen(fun);
  if (auto *id = dyn_cast<ast::IdentExpr>(fun))
    return id->obj;
  if (auto *sel = dyn_cast<ast::SelectorExpr>(fun))
    if (!sel->selection) // a qualified identifier
      return sel->sel->obj;
  return nullptr;
}

std::vector<llvm::Value *>
FuncLowerer::lowerArgs(ast::CallExpr *e, const sema::SignatureType *sig) {
  const std::vector<const sema::Type *> &params = sig->params->types;
  // The argument values: one per expression, or g's results for f(g()).
  std::vector<llvm::Value *> vals;
  std::vector<const sema::Type *> types;
  auto *tuple = e->args.size() == 1
                    ? dyn_cast_or_null<sema::TupleType>(e->args[0]->type)
                    : nullptr;
  if (tuple)
    vals = lowerValues(e->args, tuple->types.size(), types);
  else
    vals = lowerValues(e->args, e->args.size(), types);

  size_t fixed = params.size();
  bool pack = sig->variadic && !e->hasEllipsis;
  if (pack)
    --fixed;
  if (vals.size() < fixed || (!pack && vals.size() != params.size())) {
    m.error(e->loc(), "argument count does not match the signature");
    std::vector<llvm::Value *> poison;
    for (const sema::Type *pt : params)
      poison.push_back(llvm::PoisonValue::get(m.llvmType(pt)));
    return poison;
  }
  std::vector<llvm::Value *> args;
  for (size_t i = 0; i < fixed; ++i)
    args.push_back(convertValue(vals[i], types[i], params[i], e->loc()));
  if (pack) {
    // The variadic arguments as a new []T (nil if there are none).
    auto *st = dyn_cast<sema::SliceType>(params.back());
    llvm::ArrayRef<llvm::Value *> rest(vals);
    llvm::ArrayRef<const sema::Type *> restTypes(types);
    if (!st || rest.size() == fixed)
      args.push_back(m.zeroValue(params.back()));
    else
      args.push_back(emitSliceOf(rest.drop_front(fixed),
                                 restTypes.drop_front(fixed), st->elem));
  }
  return args;
}

llvm::Value *FuncLowerer::lowerCall(ast::CallExpr *e) {
  sema::Object *obj = calleeObject(e->fun);
  switch (e->callKind) {
  case ast::CallExpr::CallKind::Builtin:
    if (auto *bi = dyn_cast_or_null<sema::Builtin>(obj))
      return lowerBuiltinCall(e, bi);
    break;
  case ast::CallExpr::CallKind::Conversion:
    return lowerConversion(e);
  case ast::CallExpr::CallKind::Call: {
    ast::Expr *fun = ast::unparen(e->fun);
    if (auto *sel = dyn_cast<ast::SelectorExpr>(fun);
        sel && sel->selection &&
        sel->selection->kind == sema::Selection::MethodVal)
      return lowerMethodCall(e, sel);
    if (auto *sel = dyn_cast<ast::SelectorExpr>(fun);
        sel && sel->selection &&
        sel->selection->kind == sema::Selection::MethodExpr) {
      // T.m(x, a): the method expression's code, called directly with the
      // receiver as its first argument.
      const sema::Type *t = sel->x->type;
      const MethodEntry *entry = m.findMethod(t, sel->sel->name);
      const sema::SignatureType *msig = entry ? m.methodSig(*entry) : nullptr;
      llvm::Function *code =
          msig ? m.methodExprFunc(t, sel->sel->name, msig) : nullptr;
      if (!code)
        break;
      std::vector<const sema::Type *> params{t};
      params.insert(params.end(), msig->params->types.begin(),
                    msig->params->types.end());
      const sema::SignatureType *sig = m.sctx.types.signature(
          m.sctx.types.tuple(params), msig->results, msig->variadic);
      llvm::CallInst *call = b.CreateCall(code, lowerArgs(e, sig));
      return call->getType()->isVoidTy() ? nullptr : call;
    }
    if (auto *f = dyn_cast_or_null<sema::Func>(obj)) {
      auto *sig = dyn_cast_or_null<sema::SignatureType>(f->type);
      if (!sig)
        break;
      std::vector<llvm::Value *> args = lowerArgs(e, sig);
      llvm::CallInst *call = b.CreateCall(m.function(f), args);
      return call->getType()->isVoidTy() ? nullptr : call;
    }
    // A func value (a variable, a method expression, a call's result...).
    auto *sig = dyn_cast_or_null<sema::SignatureType>(
        fun->type ? fun->type->underlying() : nullptr);
    if (!sig)
      break;
    llvm::Value *fv = lowerExpr(fun);
    std::vector<llvm::Value *> args = lowerArgs(e, sig);
    return callFuncValue(fv, sig, args);
  }
  case ast::CallExpr::CallKind::Unresolved:
    break;
  }
  m.error(e->loc(), "call is not lowered yet");
  return llvm::PoisonValue::get(m.llvmType(e->type));
}
