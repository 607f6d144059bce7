//===- lower/MethodSet.cpp - method sets ----------------------------------===//
// The method set of a type, as the spec defines it, is what its descriptor's
// method table and its itabs list. Sema checks that a conversion to an
// interface is allowed; lowering needs, for each method of the set, where it
// is: the declared method and the path of embedded fields leading to the
// value that has it.
//
// The search is the spec's selector rule, breadth first by embedding depth:
// at each depth the named types reached declare methods, their structs
// declare fields (which hide deeper methods of the same name), and embedded
// interfaces contribute their methods; a name found twice at its shallowest
// depth is ambiguous and belongs to no method set. A method with a pointer
// receiver belongs to the method set of T only if T is a pointer type or the
// path to the method goes through an embedded pointer (which makes the
// receiver addressable); to *T's always.
//===----------------------------------------------------------------------===//
#include "lower/Lowerer.h"
#include <algorithm>
#include <set>

using namespace golc;
using namespace golc::lower;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {
/// A type reached by embedding, at the current depth.
struct Embedded {
  const sema::Type *type; // a named type, struct or interface
  std::vector<int> path;
  bool indirect; // the path goes through a pointer
};

/// What one name denotes at the depth it is first found.
struct Found {
  MethodEntry entry;
  bool indirect = false;
  bool isMethod = false;
  int count = 0;
};
} // namespace

const std::vector<MethodEntry> &ModuleLowerer::methodSet(const sema::Type *t) {
  auto it = methodSets_.find(t);
  if (it != methodSets_.end())
    return *it->second;
  auto result = std::make_unique<std::vector<MethodEntry>>();

  // An interface's method set is its methods.
  if (auto *iface = underAs<sema::InterfaceType>(t)) {
    for (const sema::InterfaceMethod &im : iface->methods) {
      MethodEntry e;
      e.name = im.name;
      e.iface = iface;
      result->push_back(e);
    }
    auto &ref = *result;
    methodSets_[t] = std::move(result);
    return ref;
  }

  bool isPtr = false;
  const sema::Type *base = t;
  if (auto *pt = dyn_cast<sema::PointerType>(t)) {
    // Only pointers to named types or structs have methods; a named pointer
    // type has none.
    isPtr = true;
    base = pt->elem;
    if (isa<sema::PointerType>(base->underlying()) ||
        isa<sema::InterfaceType>(base->underlying()))
      base = nullptr;
  } else if (isa<sema::PointerType>(t->underlying())) {
    base = nullptr;
  }

  std::map<std::string, Found> found;
  std::set<const sema::NamedType *> seen;
  std::vector<Embedded> level;
  if (base)
    level.push_back({base, {}, false});
  while (!level.empty()) {
    std::map<std::string, Found> here;
    std::vector<Embedded> next;
    std::set<const sema::NamedType *> seenHere;
    auto add = [&](const std::string &name, const MethodEntry *e,
                   bool indirect) {
      Found &f = here[name];
      ++f.count;
      if (e) {
        f.entry = *e;
        f.isMethod = true;
        f.indirect = indirect;
      } else {
        f.isMethod = false;
      }
    };
    for (const Embedded &emb : level) {
      const sema::Type *u = emb.type;
      if (auto *nt = dyn_cast<sema::NamedType>(emb.type)) {
        if (seen.count(nt))
          continue;
        seenHere.insert(nt);
        for (const sema::Func *f : nt->methods) {
          MethodEntry e;
          e.name = f->name;
          e.fn = f;
          e.path = emb.path;
          e.ptrRecv = f->recvType && isa<sema::PointerType>(f->recvType);
          add(f->name, &e, emb.indirect);
        }
        u = nt->underlyingType;
      }
      if (!u)
        continue;
      if (auto *st = dyn_cast<sema::StructType>(u)) {
        for (size_t i = 0; i < st->fields.size(); ++i) {
          const sema::StructField &f = st->fields[i];
          add(f.name, nullptr, false);
          if (!f.embedded)
            continue;
          const sema::Type *ft = f.type;
          bool indirect = emb.indirect;
          if (auto *pt = dyn_cast<sema::PointerType>(ft)) {
            ft = pt->elem;
            indirect = true;
          }
          std::vector<int> path = emb.path;
          path.push_back(i);
          next.push_back({ft, path, indirect});
        }
      } else if (auto *iface = dyn_cast<sema::InterfaceType>(u)) {
        // Reached by embedding (depth > 0): its methods are promoted.
        if (emb.path.empty())
          continue;
        for (const sema::InterfaceMethod &im : iface->methods) {
          MethodEntry e;
          e.name = im.name;
          e.iface = iface;
          e.path = emb.path;
          add(im.name, &e, emb.indirect);
        }
      }
    }
    for (auto &[name, f] : here)
      if (!found.count(name))
        found[name] = f.count == 1 ? f : Found();
    seen.insert(seenHere.begin(), seenHere.end());
    level = std::move(next);
  }

  for (auto &[name, f] : found) {
    if (!f.isMethod || f.count != 1)
      continue;
    if (f.entry.ptrRecv && !isPtr && !f.indirect)
      continue; // not in the method set of a value
    result->push_back(f.entry);
  }
  std::sort(result->begin(), result->end(),
            [](const MethodEntry &a, const MethodEntry &b) {
              return a.name < b.name;
            });
  auto &ref = *result;
  methodSets_[t] = std::move(result);
  return ref;
}

const MethodEntry *ModuleLowerer::findMethod(const sema::Type *t,
                                             llvm::StringRef name) {
  for (const MethodEntry &e : methodSet(t))
    if (e.name == name)
      return &e;
  return nullptr;
}

bool ModuleLowerer::declaredMethod(const sema::Type *t, llvm::StringRef name,
                                   MethodEntry &out) {
  if (auto *iface = underAs<sema::InterfaceType>(t)) {
    for (const sema::InterfaceMethod &im : iface->methods)
      if (im.name == name) {
        out = MethodEntry();
        out.name = im.name;
        out.iface = iface;
        return true;
      }
    return false;
  }
  if (auto *pt = dyn_cast<sema::PointerType>(t))
    t = pt->elem;
  auto *nt = dyn_cast<sema::NamedType>(t);
  if (!nt)
    return false;
  for (const sema::Func *f : nt->methods)
    if (f->name == name) {
      out = MethodEntry();
      out.name = f->name;
      out.fn = f;
      out.ptrRecv = f->recvType && isa<sema::PointerType>(f->recvType);
      return true;
    }
  return false;
}

const sema::SignatureType *ModuleLowerer::methodSig(const MethodEntry &e) {
  if (e.fn)
    return dyn_cast_or_null<sema::SignatureType>(e.fn->type);
  for (const sema::InterfaceMethod &im : e.iface->methods)
    if (im.name == e.name)
      return im.sig;
  return nullptr;
}
