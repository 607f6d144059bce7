//===- lower/Map.cpp - maps ------------------------------------------------===//
// A map value is a pointer to the runtime's hmap (nil: null); every
// operation is a runtime call taking the map's descriptor `type.map[K]V`
// (whose hasher, type..hash.K or a runtime hash, hashes the keys) and the
// key by address, in a temporary of type K:
//   make(map[K]V, n), literals   runtime.makemap(type, n)
//   m[k]                         runtime.mapaccess1(type, m, &k): the
//                                element's address (a zero value when k is
//                                absent), loaded
//   v, ok := m[k]                runtime.mapaccess2 -> {elem, ok}
//                                (with 8-byte memory keys and string keys,
//                                and elements of at most 128 bytes, the
//                                _fast64 / _faststr variants, which take
//                                the key by value, as gc)
//   m[k] = v                     runtime.mapassign(type, m, &k): the slot v
//                                is stored to (after v is computed); a nil
//                                map panics there
//   m[k] op= v                   mapaccess1, then mapassign, as gc
//   delete(m, k), len(m)         runtime.mapdelete, runtime.maplen
//   for k, v := range m          an hiter on the stack (zeroed): mapiterinit,
//                                then while it.key != null: k = *it.key,
//                                v = *it.elem, body, mapiternext. The runtime
//                                starts each range at a random place, as gc.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include "lower/RuntimeABI.h"

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;

llvm::Value *FuncLowerer::emitMakeMap(const sema::Type *t, llvm::Value *hint) {
  return callRuntime(RuntimeFn::makemap, {m.typeDescriptor(t), hint});
}

namespace {
enum class MapFast { None, Fast64, FastStr };
}

/// Which runtime variant serves a map type, as gc chooses.
static MapFast mapFast(ModuleLowerer &m, const sema::Type *mt) {
  auto *mapTy = underAs<sema::MapType>(mt);
  if (m.sizeOf(mapTy->elem) > 128)
    return MapFast::None;
  if (isStringType(mapTy->key))
    return MapFast::FastStr;
  if (isRegularMemory(m, mapTy->key) && m.sizeOf(mapTy->key) == 8)
    return MapFast::Fast64;
  return MapFast::None;
}

/// An 8-byte key as the uint64 the _fast64 functions take.
static llvm::Value *keyAsInt(FuncLowerer &fl, llvm::Value *k,
                             const sema::Type *kt) {
  llvm::IRBuilder<> &b = fl.b;
  if (k->getType()->isIntegerTy(64))
    return k;
  if (k->getType()->isPointerTy())
    return b.CreatePtrToInt(k, b.getInt64Ty());
  return b.CreateLoad(b.getInt64Ty(), fl.spill(k, kt));
}

LValue FuncLowerer::mapElemLValue(ast::IndexExpr *e) {
  LValue lv;
  lv.mapType = e->x->type;
  auto *mapTy = underAs<sema::MapType>(lv.mapType);
  lv.type = mapTy->elem;
  lv.map = lowerExpr(e->x);
  lv.key = lowerExprAs(e->indices[0], mapTy->key);
  return lv;
}

llvm::Value *FuncLowerer::emitMapAccess1(const LValue &lv) {
  const sema::Type *keyTy = underAs<sema::MapType>(lv.mapType)->key;
  llvm::Constant *desc = m.typeDescriptor(lv.mapType);
  switch (mapFast(m, lv.mapType)) {
  case MapFast::Fast64:
    return callRuntime(RuntimeFn::mapaccess1_fast64,
                       {desc, lv.map, keyAsInt(*this, lv.key, keyTy)});
  case MapFast::FastStr:
    return callRuntime(RuntimeFn::mapaccess1_faststr, {desc, lv.map, lv.key});
  case MapFast::None:
    break;
  }
  return callRuntime(RuntimeFn::mapaccess1,
                     {desc, lv.map, spill(lv.key, keyTy)});
}

std::pair<llvm::Value *, llvm::Value *>
FuncLowerer::emitMapAccess2(const LValue &lv) {
  const sema::Type *keyTy = underAs<sema::MapType>(lv.mapType)->key;
  llvm::Constant *desc = m.typeDescriptor(lv.mapType);
  llvm::Value *r;
  switch (mapFast(m, lv.mapType)) {
  case MapFast::Fast64:
    r = callRuntime(RuntimeFn::mapaccess2_fast64,
                    {desc, lv.map, keyAsInt(*this, lv.key, keyTy)});
    break;
  case MapFast::FastStr:
    r = callRuntime(RuntimeFn::mapaccess2_faststr, {desc, lv.map, lv.key});
    break;
  case MapFast::None:
    r = callRuntime(RuntimeFn::mapaccess2, {desc, lv.map, spill(lv.key, keyTy)});
    break;
  }
  llvm::Value *ok = b.CreateICmpNE(b.CreateExtractValue(r, 1), b.getInt8(0));
  return {b.CreateExtractValue(r, 0), ok};
}

llvm::Value *FuncLowerer::emitMapAssign(const LValue &lv) {
  const sema::Type *keyTy = underAs<sema::MapType>(lv.mapType)->key;
  llvm::Constant *desc = m.typeDescriptor(lv.mapType);
  switch (mapFast(m, lv.mapType)) {
  case MapFast::Fast64:
    return callRuntime(RuntimeFn::mapassign_fast64,
                       {desc, lv.map, keyAsInt(*this, lv.key, keyTy)});
  case MapFast::FastStr:
    return callRuntime(RuntimeFn::mapassign_faststr, {desc, lv.map, lv.key});
  case MapFast::None:
    break;
  }
  return callRuntime(RuntimeFn::mapassign, {desc, lv.map, spill(lv.key, keyTy)});
}

llvm::Value *FuncLowerer::lowerMapIndex(ast::IndexExpr *e) {
  LValue lv = mapElemLValue(e);
  LocationScope ls(*this, e->lbrack.isValid() ? e->lbrack : e->loc());
  return loadLValue(lv);
}

std::pair<llvm::Value *, llvm::Value *>
FuncLowerer::lowerMapIndexOk(ast::IndexExpr *e) {
  LValue lv = mapElemLValue(e);
  LocationScope ls(*this, e->lbrack.isValid() ? e->lbrack : e->loc());
  auto [elem, ok] = emitMapAccess2(lv);
  return {loadValue(elem, lv.type), ok};
}

void FuncLowerer::lowerDelete(ast::CallExpr *e) {
  if (e->args.size() != 2)
    return;
  const sema::Type *mt = e->args[0]->type;
  llvm::Value *mv = lowerExpr(e->args[0]);
  llvm::Value *k = lowerExpr(e->args[1]);
  if (!mv || !k)
    return;
  const sema::Type *keyTy = underAs<sema::MapType>(mt)->key;
  llvm::Value *key =
      spill(convertValue(k, e->args[1]->type, keyTy, e->loc()), keyTy);
  callRuntime(RuntimeFn::mapdelete, {m.typeDescriptor(mt), mv, key});
}

void FuncLowerer::lowerRangeMap(ast::RangeStmt *s, llvm::Value *mv) {
  const sema::Type *mt = s->x->type;
  auto *mapTy = underAs<sema::MapType>(mt);
  LValue keyPlace = rangeLValue(s, s->key, /*declare=*/true);
  LValue valPlace = rangeLValue(s, s->val, /*declare=*/true);

  // hiter { key, elem, ... } (type.h).
  llvm::Type *iterTy = llvm::ArrayType::get(b.getInt64Ty(), abi::hiter_sizeof / 8);
  llvm::AllocaInst *it = createAlloca(iterTy, "hiter");
  b.CreateMemSet(it, b.getInt8(0), abi::hiter_sizeof, llvm::MaybeAlign(8));
  callRuntime(RuntimeFn::mapiterinit, {m.typeDescriptor(mt), mv, it});

  llvm::BasicBlock *condBB = newBlock("range.cond");
  llvm::BasicBlock *bodyBB = newBlock("range.body");
  llvm::BasicBlock *nextBB = newBlock("range.next");
  llvm::BasicBlock *endBB = newBlock("range.end");
  branchTargets_[s] = {endBB, nextBB};
  b.CreateBr(condBB);

  startBlock(condBB);
  llvm::Value *keyPtr = b.CreateLoad(
      b.getPtrTy(), b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), it, abi::hiter_key),
      "key");
  b.CreateCondBr(b.CreateICmpEQ(keyPtr, llvm::ConstantPointerNull::get(b.getPtrTy())),
                 endBB, bodyBB);

  startBlock(bodyBB);
  if (s->key) {
    if (s->op != tok::define)
      keyPlace = rangeLValue(s, s->key, /*declare=*/false);
    assign(keyPlace, loadValue(keyPtr, mapTy->key), mapTy->key);
  }
  if (s->val) {
    llvm::Value *elemPtr = b.CreateLoad(
        b.getPtrTy(),
        b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), it, abi::hiter_elem), "elem");
    if (s->op != tok::define)
      valPlace = rangeLValue(s, s->val, /*declare=*/false);
    assign(valPlace, loadValue(elemPtr, mapTy->elem), mapTy->elem);
  }
  lowerBlock(s->body);
  branchTo(nextBB);

  startBlock(nextBB);
  callRuntime(RuntimeFn::mapiternext, {it});
  b.CreateBr(condBB);
  startBlock(endBB);
}
