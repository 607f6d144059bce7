//===- sema/InitOrder.cpp - package variable initialisation order ----------===//
// spec "Package initialization": a package-level variable is initialised
// after the variables its initialiser refers to, directly or through the
// functions it calls; otherwise in declaration order. As in go/types, the
// dependency graph of constants, variables and functions (recorded while
// checking initialisers and function bodies) is reduced to one of constants
// and variables by bypassing the functions; then the node with the fewest
// outstanding dependencies (earliest in the source among equals) goes next.
// A node that still has dependencies when it is next is on a cycle, reported
// as gc's `initialization loop`.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"
#include <algorithm>

using namespace golc;
using namespace golc::sema;

namespace {
struct GraphNode {
  Object *obj;
  llvm::SetVector<GraphNode *> pred, succ; // dependents, dependencies
  size_t ndeps = 0;
  bool done = false;
};
} // namespace

/// The dependency path from `from` to `to`, reversed ({to, ..., next of
/// from}); false if there is none.
static bool findPath(const llvm::DenseMap<Object *, DeclInfo *> &objMap,
                     Object *from, Object *to, std::set<Object *> &seen,
                     std::vector<Object *> &path) {
  if (!seen.insert(from).second)
    return false;
  DeclInfo *d = objMap.lookup(from);
  if (!d)
    return false;
  for (Object *dep : d->deps) {
    if (dep == to) {
      path = {dep};
      return true;
    }
    if (findPath(objMap, dep, to, seen, path)) {
      path.push_back(dep);
      return true;
    }
  }
  return false;
}

void Checker::initOrder() {
  std::vector<std::unique_ptr<GraphNode>> nodes;
  llvm::DenseMap<Object *, GraphNode *> byObj;
  std::vector<Object *> objs;
  for (auto &entry : objMap_)
    if (llvm::isa<Const>(entry.first) || llvm::isa<Var>(entry.first) ||
        llvm::isa<Func>(entry.first))
      objs.push_back(entry.first);
  std::sort(objs.begin(), objs.end(), [&](Object *a, Object *b) {
    return order_.lookup(a) < order_.lookup(b);
  });
  for (Object *obj : objs) {
    nodes.push_back(std::make_unique<GraphNode>());
    nodes.back()->obj = obj;
    byObj[obj] = nodes.back().get();
  }
  for (auto &n : nodes)
    for (Object *dep : objMap_.lookup(n->obj)->deps)
      if (GraphNode *d = byObj.lookup(dep)) {
        n->succ.insert(d);
        d->pred.insert(n.get());
      }

  // Bypass the functions: each caller depends on what the function depends
  // on. (Recursive functions would otherwise make cycles of their own.)
  // Cheap ones first, as the cost of the later ones grows.
  std::vector<GraphNode *> funcs;
  for (auto &n : nodes)
    if (llvm::isa<Func>(n->obj))
      funcs.push_back(n.get());
  std::sort(funcs.begin(), funcs.end(), [&](GraphNode *a, GraphNode *b) {
    size_t ca = a->pred.size() * a->succ.size();
    size_t cb = b->pred.size() * b->succ.size();
    if (ca != cb)
      return ca < cb;
    return order_.lookup(a->obj) < order_.lookup(b->obj);
  });
  for (GraphNode *n : funcs) {
    for (GraphNode *p : n->pred) {
      if (p == n)
        continue;
      for (GraphNode *s : n->succ)
        if (s != n) {
          p->succ.insert(s);
          s->pred.insert(p);
        }
      p->succ.remove(n);
    }
    for (GraphNode *s : n->succ)
      s->pred.remove(n);
    n->done = true;
  }

  std::vector<GraphNode *> queue;
  for (auto &n : nodes)
    if (!n->done) {
      n->ndeps = n->succ.size();
      queue.push_back(n.get());
    }

  std::set<DeclInfo *> emitted;
  while (!queue.empty()) {
    auto next = std::min_element(
        queue.begin(), queue.end(), [&](GraphNode *a, GraphNode *b) {
          if (a->ndeps != b->ndeps)
            return a->ndeps < b->ndeps;
          return order_.lookup(a->obj) < order_.lookup(b->obj);
        });
    GraphNode *n = *next;
    queue.erase(next);

    if (n->ndeps > 0) {
      // n is on a cycle, or depends on one (reported from the cycle).
      std::set<Object *> seen;
      std::vector<Object *> cycle;
      if (findPath(objMap_, n->obj, n->obj, seen, cycle))
        reportCycle(cycle);
    }
    for (GraphNode *p : n->pred)
      if (p->ndeps > 0)
        --p->ndeps;

    auto *v = llvm::dyn_cast<Var>(n->obj);
    if (!v)
      continue;
    DeclInfo *d = objMap_.lookup(v);
    // `var a, b = f()` initialises both at once, with the first seen.
    if (!emitted.insert(d).second)
      continue;
    Package::VarInit init;
    init.lhs = d->lhs.empty() ? std::vector<Var *>{v} : d->lhs;
    init.rhs = d->init;
    pkg->varInits.push_back(init);
  }
}

void Checker::reportCycle(llvm::ArrayRef<Object *> cycle) {
  // cycle is {to, ..., next of from}: printed as from -> ... -> from.
  Object *obj = cycle[0];
  std::string path;
  for (size_t i = cycle.size(); i > 0; --i) {
    path += "\n\t" + posString(obj->loc) + ": " + obj->name + " refers to";
    obj = cycle[i - 1];
  }
  path += "\n\t" + posString(obj->loc) + ": " + obj->name;
  error(cycle[0]->loc, diag::InitializationLoop, cycle[0]->name, path);
}
