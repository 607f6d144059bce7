//===- sema/Scope.cpp - blocks and declarations ---------------------------===//
// Go's blocks nest as universe > package > file > function > inner blocks.
// A local name becomes visible when its declaration has been checked (the
// checker declares it then), which gives Go's rule that a local scope starts
// after the declaration, so `x := x` refers to an outer x on the right.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"

using namespace golc;
using namespace golc::sema;

Object *Scope::lookup(llvm::StringRef name) const {
  auto it = elems_.find(name);
  return it == elems_.end() ? nullptr : it->second;
}

Object *Scope::lookupParent(llvm::StringRef name) const {
  for (const Scope *s = this; s; s = s->parent)
    if (Object *obj = s->lookup(name))
      return obj;
  return nullptr;
}

Object *Scope::insert(Object *obj) {
  auto [it, inserted] = elems_.try_emplace(obj->name, obj);
  if (!inserted)
    return it->second;
  objects.push_back(obj);
  return nullptr;
}

Scope *Checker::newScope(Scope *parent, bool isFunc) {
  scopes_.push_back(std::make_unique<Scope>(parent, isFunc));
  Scope *s = scopes_.back().get();
  if (parent)
    parent->children.push_back(s);
  return s;
}

void Checker::declare(Scope *s, ast::IdentExpr *id, Object *obj) {
  // The blank identifier declares nothing.
  if (obj->name != "_") {
    if (Object *alt = s->insert(obj)) {
      std::string other;
      if (alt->loc.isValid())
        other = "\n\t" + posString(alt->loc) + ": other declaration of " +
                alt->name;
      error(obj->loc, diag::Redeclared, obj->name, other);
      return;
    }
  }
  if (id)
    recordDef(id, obj);
}
