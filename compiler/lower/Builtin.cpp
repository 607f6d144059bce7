//===- lower/Builtin.cpp - print, println, len, cap, new, panic -----------===//
// print and println lower exactly as gc's walkPrint does, so output and call
// sequence match: every argument is evaluated first (println(f()) prints each
// of f's results); println puts " " between arguments and "\n" after them;
// runs of constant strings are merged; then
//   call runtime.printlock()
//   one call per item: printsp for " ", printnl for "\n", printstring for
//   other strings, printbool, printint (signed, widened to int64), printuint
//   (unsigned), printfloat (as float64), printpointer (pointers, maps,
//   chans, funcs)
//   call runtime.printunlock()
// So `println("x =", x)` is printlock; printstring("x = "); printint(x);
// printnl; printunlock.
//
// len(s) of a string or slice is its length word, cap(s) a slice's cap word
// (sema folded the constant ones: arrays, constant strings); len(m) is
// runtime.maplen(m). new(T) is runtime.newobject(type.T). make, append and
// copy are in Slice.cpp, delete in Map.cpp.
// panic(v) boxes v into an interface{} (Iface.cpp; a non-empty interface
// gives its dynamic type) and calls the noreturn runtime.gopanic({type,
// data}). recover() is runtime.gorecover() (Defer.cpp), in a function
// never inlined.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Objects.h"

using namespace golc;
using namespace golc::lower;

llvm::Value *FuncLowerer::lowerBuiltinCall(ast::CallExpr *e,
                                           const sema::Builtin *bi) {
  switch (bi->id) {
  case sema::Builtin::Print:
  case sema::Builtin::Println:
    lowerPrint(e, bi->id == sema::Builtin::Println);
    return nullptr;
  case sema::Builtin::Panic:
    lowerPanic(e);
    return nullptr;
  case sema::Builtin::Len:
  case sema::Builtin::Cap:
    return lowerLen(e, bi->id == sema::Builtin::Cap);
  case sema::Builtin::New:
    return emitNew(llvm::cast<sema::PointerType>(e->type->underlying())->elem);
  case sema::Builtin::Make:
    return lowerMake(e);
  case sema::Builtin::Append:
    return lowerAppend(e);
  case sema::Builtin::Copy:
    return lowerCopy(e);
  case sema::Builtin::Delete:
    lowerDelete(e);
    return nullptr;
  case sema::Builtin::Close:
    lowerClose(e);
    return nullptr;
  case sema::Builtin::Recover:
    // recover works only when called by the deferred call itself, which
    // the runtime tells by frames: a function that calls it must keep its
    // own frame (as gc never inlines one).
    fn->addFnAttr(llvm::Attribute::NoInline);
    return callRuntime(RuntimeFn::gorecover, {});
  default:
    break;
  }
  m.error(e->loc(), "builtin " + bi->name + " is not lowered yet");
  return llvm::PoisonValue::get(m.llvmType(e->type));
}

llvm::Value *FuncLowerer::lowerLen(ast::CallExpr *e, bool isCap) {
  if (e->args.size() != 1)
    return b.getInt64(0);
  ast::Expr *x = e->args[0];
  const sema::Type *t = x->type;
  llvm::Value *v = lowerExpr(x);
  if (!v)
    return b.getInt64(0);
  if (isStringType(t))
    return b.CreateExtractValue(v, 1);
  if (underAs<sema::SliceType>(t))
    return b.CreateExtractValue(v, isCap ? 2 : 1);
  if (auto *at = underAs<sema::ArrayType>(t))
    return b.getInt64(at->len);
  if (auto *at = pointerToArray(t))
    return b.getInt64(at->len);
  if (underAs<sema::MapType>(t))
    return callRuntime(RuntimeFn::maplen, {v});
  if (underAs<sema::ChanType>(t))
    return callRuntime(isCap ? RuntimeFn::chancap : RuntimeFn::chanlen, {v});
  m.error(e->loc(), std::string(isCap ? "cap" : "len") + " of " +
                        m.typeString(t) + " is not lowered yet");
  return b.getInt64(0);
}

namespace {
/// One thing to print: a constant string, or a value of a type.
struct PrintItem {
  std::string text; // when value is null
  llvm::Value *value = nullptr;
  const sema::Type *type = nullptr;
};
} // namespace

void FuncLowerer::lowerPrint(ast::CallExpr *e, bool newline) {
  // The operands, evaluated before anything is printed; println(f()) prints
  // each of f's results.
  std::vector<PrintItem> operands;
  auto *tuple = e->args.size() == 1
                    ? llvm::dyn_cast_or_null<sema::TupleType>(e->args[0]->type)
                    : nullptr;
  if (tuple) {
    if (llvm::Value *v = lowerExpr(e->args[0]))
      for (size_t i = 0; i < tuple->types.size(); ++i)
        operands.push_back({"", b.CreateExtractValue(v, i), tuple->types[i]});
  } else {
    for (ast::Expr *arg : e->args) {
      if (arg->mode == ast::ExprMode::Constant && arg->value &&
          isStringType(arg->type) &&
          arg->value->kind() == sema::Constant::String)
        operands.push_back({arg->value->stringVal(), nullptr, nullptr});
      else if (llvm::Value *v = lowerExpr(arg))
        operands.push_back({"", v, arg->type});
    }
  }

  // println's separators, then runs of constant strings merged.
  std::vector<PrintItem> items;
  auto addText = [&](llvm::StringRef text) {
    if (!items.empty() && !items.back().value)
      items.back().text += text.str();
    else
      items.push_back({text.str(), nullptr, nullptr});
  };
  for (size_t i = 0; i < operands.size(); ++i) {
    if (newline && i > 0)
      addText(" ");
    if (operands[i].value)
      items.push_back(operands[i]);
    else
      addText(operands[i].text);
  }
  if (newline)
    addText("\n");

  callRuntime(RuntimeFn::printlock, {});
  for (const PrintItem &item : items) {
    if (!item.value) {
      if (item.text == " ")
        callRuntime(RuntimeFn::printsp, {});
      else if (item.text == "\n")
        callRuntime(RuntimeFn::printnl, {});
      else
        callRuntime(RuntimeFn::printstring, {m.stringConstant(item.text)});
      continue;
    }
    llvm::Value *v = item.value;
    const sema::Type *t = item.type;
    const sema::Type *u = t ? t->underlying() : nullptr;
    if (isBoolType(t)) {
      callRuntime(RuntimeFn::printbool, {v});
    } else if (isIntegerType(t)) {
      callRuntime(isUnsignedType(t) ? RuntimeFn::printuint : RuntimeFn::printint,
                  {toInt64(v, t)});
    } else if (isFloatType(t)) {
      callRuntime(RuntimeFn::printfloat, {b.CreateFPExt(v, b.getDoubleTy())});
    } else if (isStringType(t)) {
      callRuntime(RuntimeFn::printstring, {v});
    } else if (u && llvm::isa<sema::SliceType>(u)) {
      callRuntime(RuntimeFn::printslice,
                  {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1),
                   b.CreateExtractValue(v, 2)});
    } else if (isInterfaceType(t)) {
      callRuntime(isEmptyInterface(t) ? RuntimeFn::printeface
                                      : RuntimeFn::printiface,
                  {v});
    } else if (u && v->getType()->isPointerTy() &&
               (llvm::isa<sema::PointerType>(u) || llvm::isa<sema::MapType>(u) ||
                llvm::isa<sema::ChanType>(u) ||
                llvm::isa<sema::SignatureType>(u) || llvm::isa<sema::BasicType>(u))) {
      callRuntime(RuntimeFn::printpointer, {v});
    } else {
      m.error(e->loc(), "printing " + m.typeString(t) + " is not lowered yet");
    }
  }
  callRuntime(RuntimeFn::printunlock, {});
}

void FuncLowerer::lowerPanic(ast::CallExpr *e) {
  if (e->args.size() != 1) {
    m.error(e->loc(), "panic takes one argument");
    return;
  }
  ast::Expr *arg = e->args[0];
  llvm::Value *v = lowerExpr(arg);
  if (!v)
    return;
  v = convertValue(v, arg->type, m.sctx.types.emptyInterface(), arg->loc());
  callRuntime(RuntimeFn::gopanic, {v});
  b.CreateUnreachable();
}
