//===- lower/Composite.cpp - composite literals ---------------------------===//
// T{...} is built in memory, element by element, in source order:
//   struct     the fields named by key (or in order), the others zero
//   [N]T       element i, or the element a constant key names; the
//              index continues after a keyed element
//   []T        a new backing array [n]T (runtime.newobject; n is one past the
//              highest index) filled the same way, then {array, n, n}
//   map[K]V    runtime.makemap(type, len) and a mapassign per entry
// Where the literal goes decides where it is built: a new variable, a
// global, a heap object (&T{...}) or an enclosing literal's element is
// built in place (memory that is already zero is not cleared again); a
// literal used as a value is built in a temporary and loaded. An element
// literal with its type elided is built the same way, and where the element
// type is a pointer (`[]*T{{...}}`) it is allocated as &T{...}.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "sema/Constant.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

/// The index of the struct field a keyed element names.
static int fieldIndex(const sema::StructType *st, ast::Expr *key) {
  auto *id = dyn_cast<ast::IdentExpr>(ast::unparen(key));
  if (!id)
    return -1;
  for (size_t i = 0; i < st->fields.size(); ++i)
    if (st->fields[i].name == id->name)
      return i;
  return -1;
}

/// The constant index a key of an array or slice literal gives.
static int64_t constIndex(ast::Expr *key) {
  if (key && key->value && key->value->kind() == sema::Constant::Int)
    return key->value->intVal().getSExtValue();
  return -1;
}

/// The length of an array or slice literal: one past its highest index.
static int64_t literalLength(ast::CompositeLitExpr *e) {
  int64_t next = 0, len = 0;
  for (ast::Expr *elt : e->elts) {
    if (auto *kv = dyn_cast<ast::KeyValueExpr>(elt))
      next = constIndex(kv->key);
    ++next;
    len = std::max(len, next);
  }
  return len;
}

/// Whether an element literal (type elided) stands for &T{...} in a slot of
/// pointer type t.
static bool isElidedAddress(ast::Expr *e, const sema::Type *t) {
  auto *lit = dyn_cast<ast::CompositeLitExpr>(ast::unparen(e));
  return lit && underAs<sema::PointerType>(t) &&
         !underAs<sema::PointerType>(lit->type);
}

/// Stores element e into zeroed memory at addr of type t.
static void lowerElemInto(FuncLowerer &fl, ast::Expr *e, llvm::Value *addr,
                          const sema::Type *t) {
  ast::Expr *x = ast::unparen(e);
  if (auto *lit = dyn_cast<ast::CompositeLitExpr>(x)) {
    if (isElidedAddress(lit, t)) {
      llvm::Value *p = fl.emitNew(lit->type);
      fl.emitCompositeInto(lit, p, /*dstZeroed=*/true);
      fl.storeValue(p, addr, t);
      return;
    }
    if (sema::identical(lit->type, t)) {
      fl.emitCompositeInto(lit, addr, /*dstZeroed=*/true);
      return;
    }
  }
  fl.lowerInto(e, addr, t, /*dstZeroed=*/true);
}

/// The value of an element (a map key or value) of type t.
static llvm::Value *lowerElemValue(FuncLowerer &fl, ast::Expr *e,
                                   const sema::Type *t) {
  if (isElidedAddress(e, t)) {
    auto *lit = cast<ast::CompositeLitExpr>(ast::unparen(e));
    llvm::Value *p = fl.emitNew(lit->type);
    fl.emitCompositeInto(lit, p, /*dstZeroed=*/true);
    return p;
  }
  return fl.lowerExprAs(e, t);
}

void FuncLowerer::emitCompositeInto(ast::CompositeLitExpr *e, llvm::Value *dst,
                                    bool dstZeroed, const sema::Type *t) {
  if (!t)
    t = e->type;
  const sema::Type *u = t ? t->underlying() : nullptr;
  LocationScope ls(*this, e->loc());
  if (auto *pt = dyn_cast_or_null<sema::PointerType>(u)) {
    // An element &T{...} whose &T sema folded into the literal's type.
    llvm::Value *p = emitNew(pt->elem);
    emitCompositeInto(e, p, /*dstZeroed=*/true, pt->elem);
    storeValue(p, dst, t);
    return;
  }
  if (auto *st = dyn_cast_or_null<sema::StructType>(u)) {
    if (!dstZeroed)
      storeZero(dst, t);
    llvm::Type *ty = m.memType(t);
    for (size_t i = 0; i < e->elts.size(); ++i) {
      ast::Expr *val = e->elts[i];
      int index = i;
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(val)) {
        index = fieldIndex(st, kv->key);
        val = kv->val;
      }
      if (index < 0 || size_t(index) >= st->fields.size()) {
        m.error(val->loc(), "unknown field in struct literal");
        continue;
      }
      lowerElemInto(*this, val, b.CreateStructGEP(ty, dst, index),
                    st->fields[index].type);
    }
    return;
  }
  if (auto *at = dyn_cast_or_null<sema::ArrayType>(u)) {
    if (!dstZeroed)
      storeZero(dst, t);
    llvm::Type *ty = m.memType(t);
    int64_t next = 0;
    for (ast::Expr *val : e->elts) {
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(val)) {
        next = constIndex(kv->key);
        val = kv->val;
      }
      if (next < 0 || next >= at->len) {
        m.error(val->loc(), "array literal index out of range");
        break;
      }
      lowerElemInto(*this, val,
                    b.CreateConstInBoundsGEP2_64(ty, dst, 0, next), at->elem);
      ++next;
    }
    return;
  }
  // Slices and maps are built elsewhere and stored.
  llvm::Value *v = lowerCompositeLit(e);
  storeValue(v, dst, t);
}

llvm::Value *FuncLowerer::lowerCompositeLit(ast::CompositeLitExpr *e) {
  const sema::Type *t = e->type;
  const sema::Type *u = t ? t->underlying() : nullptr;
  LocationScope ls(*this, e->loc());
  if (auto *st = dyn_cast_or_null<sema::SliceType>(u)) {
    int64_t n = literalLength(e);
    const sema::Type *arrTy = m.sctx.types.array(st->elem, n);
    llvm::Value *arr = emitNew(arrTy);
    llvm::Type *ty = m.memType(arrTy);
    int64_t next = 0;
    for (ast::Expr *val : e->elts) {
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(val)) {
        next = constIndex(kv->key);
        val = kv->val;
      }
      if (next < 0 || next >= n)
        break;
      lowerElemInto(*this, val, b.CreateConstInBoundsGEP2_64(ty, arr, 0, next),
                    st->elem);
      ++next;
    }
    llvm::Value *len = b.getInt64(n);
    return makeSliceValue(arr, len, len);
  }
  if (auto *mt = dyn_cast_or_null<sema::MapType>(u)) {
    LValue entry;
    entry.map = emitMakeMap(t, b.getInt64(e->elts.size()));
    entry.mapType = t;
    entry.type = mt->elem;
    for (ast::Expr *elt : e->elts) {
      auto *kv = dyn_cast<ast::KeyValueExpr>(elt);
      if (!kv) {
        m.error(elt->loc(), "map literal element without a key");
        continue;
      }
      entry.key = lowerElemValue(*this, kv->key, mt->key);
      llvm::Value *v = lowerElemValue(*this, kv->val, mt->elem);
      storeValue(v, emitMapAssign(entry), mt->elem);
    }
    return entry.map;
  }
  if (dyn_cast_or_null<sema::PointerType>(u)) {
    llvm::Value *tmp = createTemp(t, "lit");
    emitCompositeInto(e, tmp, /*dstZeroed=*/false);
    return loadValue(tmp, t);
  }
  if (!u || (!llvm::isa<sema::StructType>(u) && !llvm::isa<sema::ArrayType>(u))) {
    m.error(e->loc(), "composite literal of type " + m.typeString(t));
    return llvm::PoisonValue::get(m.llvmType(t));
  }
  llvm::Value *tmp = createTemp(t, "lit");
  emitCompositeInto(e, tmp, /*dstZeroed=*/false);
  return loadValue(tmp, t);
}
