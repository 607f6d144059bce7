//===- lower/Struct.cpp - selectors: fields, embedded fields, packages ----===//
// `x.f` of a struct field follows sema's Selection::index, the path of field
// indices from x's struct through embedded fields to f. Along the way a
// Place is either an address or, for a value that is not addressable (a
// call's result), the value itself:
//   address + field i      getelementptr %S, ptr %p, 0, i
//   value + field i        extractvalue %s, i
//   a pointer              loaded (if needed) and followed: gc's automatic
//                          *p for p.f and for embedded *E fields
// So `p.a.b` on a pointer p is a load of p and one GEP; reading f from an
// addressable x loads only f, never all of x.
//
// A nil pointer is not tested: the load through it faults at an address
// below the first page, which the runtime's signal handler turns into
// `invalid memory address or nil pointer dereference`. A field farther than
// a page from the pointer gets an explicit check (runtime.panicmem).
//
// `pkg.Name` (a qualified identifier; no selection) is the other package's
// variable, constant or function.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

/// Offsets below this are covered by the unmapped first page.
static const uint64_t kMinLegalPointerOffset = 4096;

Place FuncLowerer::selectorBase(ast::Expr *x) {
  Place p;
  p.type = x->type;
  if (x->mode == ast::ExprMode::Variable)
    p.addr = lowerAddr(x);
  else
    p.val = lowerExpr(x);
  return p;
}

Place FuncLowerer::derefPlace(const Place &p) {
  Place r;
  r.addr = placeValue(p);
  r.type = cast<sema::PointerType>(p.type->underlying())->elem;
  r.nilBase = r.addr;
  return r;
}

Place FuncLowerer::fieldPlace(const Place &from, unsigned i) {
  Place p = from;
  if (underAs<sema::PointerType>(p.type))
    p = derefPlace(p);
  auto *st = underAs<sema::StructType>(p.type);
  if (!st || i >= st->fields.size()) {
    m.error(loc_, "selector path does not match " + m.typeString(p.type));
    Place bad;
    bad.type = p.type;
    bad.val = llvm::PoisonValue::get(m.llvmType(p.type));
    return bad;
  }
  const sema::Type *ft = st->fields[i].type;
  Place r;
  r.type = ft;
  if (p.addr) {
    if (p.nilBase) {
      r.offset = p.offset + m.fieldOffset(p.type, i);
      r.nilBase = p.nilBase;
      if (r.offset >= kMinLegalPointerOffset) {
        emitNilCheck(p.nilBase);
        r.nilBase = nullptr;
      }
    }
    r.addr = b.CreateStructGEP(m.memType(p.type), p.addr, i,
                               st->fields[i].name);
  } else {
    llvm::Value *v = b.CreateExtractValue(p.val, i, st->fields[i].name);
    r.val = isBoolType(ft) ? b.CreateTrunc(v, b.getInt1Ty()) : v;
  }
  return r;
}

Place FuncLowerer::walkPath(Place p, llvm::ArrayRef<int> path) {
  for (int i : path)
    p = fieldPlace(p, i);
  return p;
}

llvm::Value *FuncLowerer::placeValue(const Place &p) {
  if (p.val)
    return p.val;
  return loadValue(p.addr, p.type);
}

llvm::Value *FuncLowerer::placeAddr(const Place &p) {
  if (p.addr)
    return p.addr;
  return spill(p.val, p.type);
}

llvm::Value *FuncLowerer::lowerSelector(ast::SelectorExpr *e) {
  const sema::Selection *s = e->selection;
  if (!s) {
    // pkg.Name
    sema::Object *obj = e->sel->obj;
    if (auto *v = dyn_cast_or_null<sema::Var>(obj))
      return loadValue(m.global(v), v->type);
    if (auto *f = dyn_cast_or_null<sema::Func>(obj))
      return m.funcValue(m.function(f));
    if (auto *c = dyn_cast_or_null<sema::Const>(obj))
      return m.constant(c->value, e->type);
    m.error(e->loc(), "use of " + e->sel->name + " as a value is not lowered");
    return llvm::PoisonValue::get(m.llvmType(e->type));
  }
  switch (s->kind) {
  case sema::Selection::FieldVal: {
    Place p = walkPath(selectorBase(e->x), s->index);
    return placeValue(p);
  }
  case sema::Selection::MethodVal:
    return lowerMethodValue(e);
  case sema::Selection::MethodExpr:
    return lowerMethodExpr(e);
  }
  return llvm::PoisonValue::get(m.llvmType(e->type));
}
