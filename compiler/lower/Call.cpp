//===- lower/Call.cpp - calls -----------------------------------------------===//
// `f(a, b)` of a declared function is a direct call of its symbol with the C
// calling convention: `call R @main.f(A %a, B %b)`, the arguments evaluated
// left to right and converted to the parameter types (a value passed as an
// interface is boxed). `f(g())` spreads g's results over f's parameters.
// Several results come back as one struct that the caller takes apart
// (Assign.cpp). Conversions `T(x)` and builtins share the call syntax and
// dispatch from here to Convert.cpp and Builtin.cpp.
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
    auto *f = dyn_cast_or_null<sema::Func>(obj);
    auto *sig = f ? dyn_cast_or_null<sema::SignatureType>(f->type) : nullptr;
    if (!sig || f->recvType || sig->variadic || e->hasEllipsis) {
      m.error(e->loc(), "calls of function values, methods and variadic "
                        "functions are not lowered yet");
      return llvm::PoisonValue::get(m.llvmType(e->type));
    }
    const std::vector<const sema::Type *> &params = sig->params->types;
    std::vector<const sema::Type *> argTypes;
    std::vector<llvm::Value *> args =
        lowerValues(e->args, params.size(), argTypes);
    if (args.size() != params.size())
      return llvm::PoisonValue::get(m.llvmType(e->type));
    for (size_t i = 0; i < args.size(); ++i)
      args[i] = convertValue(args[i], argTypes[i], params[i], e->loc());
    llvm::CallInst *call = b.CreateCall(m.function(f), args);
    return call->getType()->isVoidTy() ? nullptr : call;
  }
  case ast::CallExpr::CallKind::Unresolved:
    break;
  }
  m.error(e->loc(), "call is not lowered yet");
  return llvm::PoisonValue::get(m.llvmType(e->type));
}
