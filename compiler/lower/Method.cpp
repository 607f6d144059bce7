//===- lower/Method.cpp - method calls, method values, wrappers -----------===//
// A method `func (t T) m(a A) R` is the function `R @main.T.m(T %t, A %a)`;
// with a pointer receiver, `R @main.(*T).m(ptr %t, A %a)`. A call x.m(a)
// follows sema's selection path from x through embedded fields to the value
// that has m (Struct.cpp), then passes it as the receiver the method wants:
// its address for a pointer receiver (gc's automatic &x), the value for a
// value receiver (automatic *p); a method of an embedded interface is
// called through its itab (Iface.cpp).
//
// Methods reached other ways need small generated functions, named as gc
// names them and `linkonce_odr` so that every module may emit them:
//   main.T.m·i      R(ptr data, A)        an itab / method table entry: the
//                                         interface's data word points to a
//                                         T (for *T, to a *T), so it loads
//                                         the receiver from there
//   main.T.m-fm     R(ptr nest ctx, A)    a method value x.m: the funcval
//                                         {main.T.m-fm, receiver} holds the
//                                         receiver, evaluated when x.m was
//   main.(*T).m     R(ptr t, A)           a method expression (*T).m of a
//                                         value method (and T.m of a
//                                         promoted one): the receiver as the
//                                         first parameter
// Each is a wrapper whose body is lowerMethodWrapper: find the receiver,
// walk the method's embedding path, call.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

//===----------------------------------------------------------------------===//
// Wrappers
//===----------------------------------------------------------------------===//

llvm::Function *ModuleLowerer::ifaceMethodWrapper(const sema::Type *t,
                                                  const MethodEntry &e) {
  std::string name = recvSymbol(t) + "." + e.name + "\u00b7i";
  if (llvm::Function *fn = mod->getFunction(name))
    return fn;
  const sema::SignatureType *sig = methodSig(e);
  llvm::Function *fn =
      createFunction(funcType(sig, llvm::PointerType::get(ctx, 0)),
                     llvm::GlobalValue::LinkOnceODRLinkage, name);
  FuncLowerer fl(*this, fn);
  fl.lowerMethodWrapper(t, /*recvByPointer=*/true, /*recvInContext=*/false, e,
                        sig);
  return fn;
}

llvm::Function *ModuleLowerer::methodExprFunc(const sema::Type *t,
                                              llvm::StringRef name,
                                              const sema::SignatureType *sig) {
  const MethodEntry *e = findMethod(t, name);
  if (!e) {
    error(SourceLoc(), "no method " + name + " in the method set of " +
                           typeString(t));
    return nullptr;
  }
  // T.m of a method declared on T, (*T).m of one declared on *T: the
  // method itself.
  if (e->fn && e->path.empty() && e->fn->recvType &&
      sema::identical(e->fn->recvType, t))
    return function(e->fn);
  std::string symbol = recvSymbol(t) + "." + name.str();
  if (llvm::Function *fn = mod->getFunction(symbol))
    return fn;
  llvm::Function *fn = createFunction(funcType(sig, llvmType(t)),
                                      llvm::GlobalValue::LinkOnceODRLinkage,
                                      symbol);
  FuncLowerer fl(*this, fn);
  fl.lowerMethodWrapper(t, /*recvByPointer=*/false, /*recvInContext=*/false,
                        *e, sig);
  return fn;
}

llvm::Function *ModuleLowerer::methodValueThunk(const sema::Type *recv,
                                                llvm::StringRef name,
                                                const sema::SignatureType *sig) {
  std::string symbol = recvSymbol(recv) + "." + name.str() + "-fm";
  if (llvm::Function *fn = mod->getFunction(symbol))
    return fn;
  MethodEntry e;
  if (!declaredMethod(recv, name, e)) {
    error(SourceLoc(), "no method " + name + " on " + typeString(recv));
    return nullptr;
  }
  llvm::Function *fn =
      createFunction(funcType(sig, nullptr, /*withContext=*/true),
                     llvm::GlobalValue::LinkOnceODRLinkage, symbol);
  fn->addParamAttr(0, llvm::Attribute::Nest);
  FuncLowerer fl(*this, fn);
  fl.lowerMethodWrapper(recv, /*recvByPointer=*/false, /*recvInContext=*/true,
                        e, sig);
  return fn;
}

void FuncLowerer::lowerMethodWrapper(const sema::Type *recvType,
                                     bool recvByPointer, bool recvInContext,
                                     const MethodEntry &e,
                                     const sema::SignatureType *sig) {
  SourceLoc loc = e.fn ? e.fn->loc : SourceLoc();
  startFunction(fn->getName(), loc);
  Place p;
  p.type = recvType;
  llvm::Value *first = fn->getArg(0);
  if (recvInContext) {
    // The funcval {code, receiver}.
    first->setName("ctx");
    llvm::Type *closure = m.memType(m.closureType({recvType}));
    p.addr = b.CreateStructGEP(closure, first, 1);
  } else if (recvByPointer) {
    first->setName("data");
    p.addr = first;
  } else {
    first->setName("recv");
    p.val = isBoolType(recvType) ? b.CreateTrunc(first, b.getInt1Ty()) : first;
  }
  std::vector<llvm::Value *> args;
  for (unsigned i = 1; i < fn->arg_size(); ++i)
    args.push_back(fn->getArg(i));
  llvm::Value *r = callMethod(p, e, args);
  if (fn->getReturnType()->isVoidTy())
    b.CreateRetVoid();
  else
    b.CreateRet(r);
  finishFunction(loc);
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

llvm::Value *FuncLowerer::callMethod(Place p, const MethodEntry &e,
                                     llvm::ArrayRef<llvm::Value *> args) {
  p = walkPath(p, e.path);
  if (e.iface)
    return callIfaceMethod(placeValue(p), p.type, e.name, args);
  llvm::Value *recv;
  if (auto *pt = underAs<sema::PointerType>(p.type)) {
    llvm::Value *ptr = placeValue(p);
    recv = e.ptrRecv ? ptr : loadValue(ptr, pt->elem);
  } else {
    recv = e.ptrRecv ? placeAddr(p) : placeValue(p);
  }
  llvm::Function *callee = m.function(e.fn);
  std::vector<llvm::Value *> callArgs{recv};
  callArgs.insert(callArgs.end(), args.begin(), args.end());
  llvm::CallInst *call = b.CreateCall(callee, callArgs);
  return call->getType()->isVoidTy() ? nullptr : call;
}

/// The method `name` of the value at p (sema's path already followed): the
/// method declared on its type, or, if sema's path stopped short, the one
/// its method set promotes (whose path is then followed from p).
static bool resolveMethod(ModuleLowerer &m, Place &p, llvm::StringRef name,
                          MethodEntry &out) {
  if (m.declaredMethod(p.type, name, out))
    return true;
  const sema::Type *t = p.type;
  if (!llvm::isa<sema::PointerType>(t) && !isInterfaceType(t))
    t = m.sctx.types.pointer(t);
  if (const MethodEntry *e = m.findMethod(t, name)) {
    out = *e;
    return true;
  }
  return false;
}

llvm::Value *FuncLowerer::lowerMethodCall(ast::CallExpr *e,
                                          ast::SelectorExpr *sel) {
  const sema::Selection *s = sel->selection;
  Place p = walkPath(selectorBase(sel->x), s->index);
  MethodEntry entry;
  if (!resolveMethod(m, p, sel->sel->name, entry)) {
    m.error(sel->loc(), "no method " + sel->sel->name + " on " +
                            m.typeString(p.type));
    return llvm::PoisonValue::get(m.llvmType(e->type));
  }
  const sema::SignatureType *sig = m.methodSig(entry);
  std::vector<llvm::Value *> args = lowerArgs(e, sig);
  return callMethod(p, entry, args);
}

llvm::Value *FuncLowerer::lowerMethodValue(ast::SelectorExpr *sel) {
  const sema::Selection *s = sel->selection;
  Place p = walkPath(selectorBase(sel->x), s->index);
  MethodEntry entry;
  if (!resolveMethod(m, p, sel->sel->name, entry)) {
    m.error(sel->loc(), "no method " + sel->sel->name + " on " +
                            m.typeString(p.type));
    return llvm::PoisonValue::get(m.llvmType(sel->type));
  }
  p = walkPath(p, entry.path);
  // The receiver is evaluated now: the pointer for a pointer method, a copy
  // of the value for a value method (dereferencing a pointer, which panics
  // if it is nil, as in Go), the interface value for an interface method.
  const sema::Type *recvType;
  llvm::Value *recv;
  if (entry.iface) {
    recvType = p.type;
    recv = placeValue(p);
  } else if (auto *pt = underAs<sema::PointerType>(p.type)) {
    llvm::Value *ptr = placeValue(p);
    recvType = entry.ptrRecv ? p.type : pt->elem;
    recv = entry.ptrRecv ? ptr : loadValue(ptr, pt->elem);
  } else if (entry.ptrRecv) {
    recvType = m.sctx.types.pointer(p.type);
    recv = placeAddr(p);
  } else {
    recvType = p.type;
    recv = placeValue(p);
  }
  llvm::Function *thunk =
      m.methodValueThunk(recvType, entry.name, m.methodSig(entry));
  if (!thunk)
    return llvm::PoisonValue::get(m.llvmType(sel->type));
  return emitClosure(thunk, {recv}, {recvType});
}

llvm::Value *FuncLowerer::lowerMethodExpr(ast::SelectorExpr *sel) {
  const sema::Type *t = sel->x->type;
  const MethodEntry *e = m.findMethod(t, sel->sel->name);
  llvm::Function *code =
      e ? m.methodExprFunc(t, sel->sel->name, m.methodSig(*e)) : nullptr;
  if (!code) {
    m.error(sel->loc(), "no method " + sel->sel->name + " in the method set of " +
                            m.typeString(t));
    return llvm::PoisonValue::get(m.llvmType(sel->type));
  }
  return m.funcValue(code);
}
