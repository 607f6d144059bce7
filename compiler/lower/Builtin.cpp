//===- lower/Builtin.cpp - print, println, len, panic ---------------------===//
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
// len(s) of a string is its length word (a constant s was folded by sema).
// panic(v) boxes v into an interface{} (Iface.cpp) and calls the noreturn
// runtime.gopanic({type, data}).
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
    if (e->args.size() == 1 && isStringType(e->args[0]->type)) {
      llvm::Value *s = lowerExpr(e->args[0]);
      return b.CreateExtractValue(s, 1);
    }
    break;
  default:
    break;
  }
  m.error(e->loc(), "builtin " + bi->name + " is not lowered yet");
  return llvm::PoisonValue::get(m.llvmType(e->type));
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
  if (!isInterfaceType(arg->type)) {
    v = emitToEface(v, arg->type);
  } else if (!llvm::cast<sema::InterfaceType>(arg->type->underlying())->isEmpty()) {
    m.error(arg->loc(), "panic with a non-empty interface is not lowered yet");
    return;
  }
  callRuntime(RuntimeFn::gopanic, {v});
  b.CreateUnreachable();
}
