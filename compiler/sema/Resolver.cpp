//===- sema/Resolver.cpp - package-level objects, imports and main ---------===//
// Before anything is type-checked, every package-level name of every file is
// declared (so declarations may refer to later ones), each with a DeclInfo
// saying how to check it: constants with their (possibly inherited) type and
// initialiser and their iota, variables with their initialiser (shared by all
// names of `var a, b = f()`), types, functions. Imports are declared in their
// file's block. Then the objects are checked in source order, types first;
// objDecl checks whatever an object depends on first.
//
// Imports come from the `imports` map. One that is not there is reported as
// gc reports it when unused (`imported and not used`), and otherwise as
// `could not import`; its uses are then silently invalid.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"
#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace golc;
using namespace golc::sema;

DeclInfo *Checker::newDeclInfo(Scope *fileScope) {
  declInfos_.push_back(std::make_unique<DeclInfo>());
  declInfos_.back()->fileScope = fileScope;
  return declInfos_.back().get();
}

void Checker::declarePkgObj(ast::IdentExpr *id, Object *obj, DeclInfo *d) {
  // spec: init may only be declared as a func (and main too, in main).
  if (id->name == "init") {
    error(id->loc(), diag::CannotDeclareInit);
    return;
  }
  if (id->name == "main" && pkg->name == "main") {
    error(id->loc(), diag::CannotDeclareMain);
    return;
  }
  declare(pkgScope_, id, obj);
  objMap_[obj] = d;
  order_[obj] = order_.size() + 1;
}

void Checker::arity(SourceLoc loc, const std::vector<ast::IdentExpr *> &names,
                    const std::vector<ast::Expr *> &inits, bool constDecl,
                    bool inherited) {
  size_t l = names.size(), r = inits.size();
  if (l < r) {
    ast::Expr *n = inits[l];
    if (inherited)
      error(loc, diag::ExtraInitExprAt, posString(startLoc(n)));
    else
      error(startLoc(n), diag::ExtraInitExpr, exprStr(n));
  } else if (l > r && (constDecl || r != 1)) {
    // With one value, it may be a call with several results.
    error(names[r]->loc(), diag::MissingInitExpr, names[r]->name);
  }
}

void Checker::constSpecs(
    ast::GenDecl *gd,
    llvm::function_ref<void(ast::ValueSpec &s, ast::Expr *typeExpr,
                            const std::vector<ast::Expr *> &values,
                            bool inherited, int iota)>
        f) {
  // A spec without type and values repeats the last one that had some,
  // with its own iota.
  ast::ValueSpec *last = nullptr;
  static const std::vector<ast::Expr *> kNone;
  for (size_t i = 0; i < gd->values.size(); ++i) {
    ast::ValueSpec &s = gd->values[i];
    bool inherited = true;
    if (s.typeExpr || !s.values.empty()) {
      last = &s;
      inherited = false;
    } else if (!last) {
      inherited = false;
    }
    f(s, last ? last->typeExpr : nullptr, last ? last->values : kNone,
      inherited, (int)i);
  }
}

static std::string lastPathElem(const std::string &path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void Checker::collectObjects(llvm::ArrayRef<ast::File *> files) {
  for (ast::File *file : files) {
    Scope *fileScope = newScope(pkgScope_);
    for (ast::Decl *decl : file->decls) {
      if (auto *fd = llvm::dyn_cast<ast::FuncDecl>(decl)) {
        collectFunc(fd, fileScope);
        continue;
      }
      auto *gd = llvm::cast<ast::GenDecl>(decl);
      switch (gd->tok) {
      case tok::kw_import:
        for (ast::ImportSpec &spec : gd->imports)
          collectImport(spec, fileScope);
        break;
      case tok::kw_const:
        constSpecs(gd, [&](ast::ValueSpec &s, ast::Expr *typeExpr,
                           const std::vector<ast::Expr *> &values,
                           bool inherited, int iota) {
          for (size_t j = 0; j < s.names.size(); ++j) {
            ast::IdentExpr *name = s.names[j];
            auto *obj = ctx.make<Const>(name->name);
            obj->loc = name->loc();
            obj->pkg = pkg;
            DeclInfo *d = newDeclInfo(fileScope);
            d->typeExpr = typeExpr;
            d->init = j < values.size() ? values[j] : nullptr;
            d->inherited = inherited;
            d->iota = iota;
            declarePkgObj(name, obj, d);
          }
          if (!s.names.empty())
            arity(s.names[0]->loc(), s.names, values, true, inherited);
        });
        break;
      case tok::kw_var:
        for (ast::ValueSpec &s : gd->values) {
          std::vector<Var *> lhs;
          for (ast::IdentExpr *name : s.names) {
            auto *obj = ctx.make<Var>(name->name);
            obj->loc = name->loc();
            obj->pkg = pkg;
            obj->isGlobal = true;
            lhs.push_back(obj);
          }
          // With one initialiser for several names, all of them depend on
          // (and are initialised by) that one expression.
          DeclInfo *shared = nullptr;
          if (s.values.size() == 1 && lhs.size() > 1) {
            shared = newDeclInfo(fileScope);
            shared->lhs = lhs;
            shared->typeExpr = s.typeExpr;
            shared->init = s.values[0];
          }
          for (size_t i = 0; i < lhs.size(); ++i) {
            DeclInfo *d = shared;
            if (!d) {
              d = newDeclInfo(fileScope);
              d->typeExpr = s.typeExpr;
              d->init = i < s.values.size() ? s.values[i] : nullptr;
            }
            declarePkgObj(s.names[i], lhs[i], d);
          }
          if ((!s.typeExpr || !s.values.empty()) && !s.names.empty())
            arity(s.names[0]->loc(), s.names, s.values, false, false);
        }
        break;
      case tok::kw_type:
        for (ast::TypeSpec &s : gd->types) {
          auto *obj = ctx.make<TypeName>(s.name->name);
          obj->loc = s.name->loc();
          obj->pkg = pkg;
          DeclInfo *d = newDeclInfo(fileScope);
          d->tspec = &s;
          declarePkgObj(s.name, obj, d);
        }
        break;
      default:
        break;
      }
    }
  }

  // A package-level name may not also be a file's import name.
  for (Scope *fileScope : pkgScope_->children)
    for (Object *obj : fileScope->objects) {
      Object *alt = pkgScope_->lookup(obj->name);
      auto *pn = llvm::dyn_cast<PkgName>(obj);
      if (!alt || !pn)
        continue;
      error(alt->loc, diag::AlreadyDeclaredThroughImport, alt->name,
            pn->imported->name, pn->imported->path,
            "\n\t" + posString(pn->loc) + ": other declaration of " +
                pn->name);
    }
}

/// Why `path` is not a valid import path, or "" if it is.
static std::string invalidImportPath(const std::string &path) {
  if (path.empty())
    return "empty string";
  static const char kIllegal[] = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
  for (unsigned char c : path) {
    // (Non-ASCII characters are left to the packages that may have them.)
    if (c <= ' ' || c == 0x7F || std::strchr(kIllegal, c)) {
      char buf[32];
      if (c > ' ' && c < 0x7F)
        std::snprintf(buf, sizeof buf, "U+%04X '%c'", c, c);
      else if (c == ' ')
        std::snprintf(buf, sizeof buf, "U+0020 ' '");
      else
        std::snprintf(buf, sizeof buf, "U+%04X", c);
      return std::string("invalid character ") + buf;
    }
  }
  return "";
}

void Checker::collectImport(ast::ImportSpec &spec, Scope *fileScope) {
  SourceLoc loc = spec.name ? spec.name->loc() : spec.loc;
  std::string why = invalidImportPath(spec.path);
  if (!why.empty()) {
    error(spec.loc, diag::InvalidImportPath, why);
    return;
  }
  Package *imp = nullptr;
  auto it = imports.find(spec.path);
  bool found = it != imports.end();
  if (found) {
    imp = it->second;
  } else {
    imp = ctx.makePackage();
    imp->path = spec.path;
    imp->name = lastPathElem(spec.path);
  }
  std::string name = spec.name ? spec.name->name : imp->name;
  if (name == "init") {
    error(loc, diag::CannotImportAsInit);
    return;
  }
  auto *pn = ctx.make<PkgName>(name);
  pn->loc = loc;
  pn->pkg = pkg;
  pn->imported = imp;
  pn->spec = &spec;
  if (spec.name)
    recordDef(spec.name, pn);
  pkgNames_.push_back(pn);
  if (!found)
    failedImports_.insert(pn);
  if (name == ".") {
    pn->used = true;
    unsupported(loc, "dot imports");
    return;
  }
  declare(fileScope, nullptr, pn);
}

void Checker::collectFunc(ast::FuncDecl *fd, Scope *fileScope) {
  if (!fd->name || !fd->funcType)
    return;
  const std::string &name = fd->name->name;
  auto *obj = ctx.make<Func>(name);
  obj->loc = fd->name->loc();
  obj->pkg = pkg;
  obj->decl = fd;
  bool isMethod = !fd->recv.empty();
  bool special = name == "init" || (name == "main" && pkg->name == "main");
  if (!isMethod && special) {
    if (!fd->funcType->typeParams.empty()) {
      const ast::Field &tp = fd->funcType->typeParams[0];
      error(tp.names.empty() ? tp.loc : tp.names[0]->loc(),
            diag::FuncMustHaveNoTypeParams, name);
    }
    else if (!fd->funcType->params.empty() || !fd->funcType->results.empty())
      error(fd->name->loc(), diag::FuncMustHaveNoArgs, name);
  }
  if (isMethod) {
    // A method is not declared in any scope: funcDecl attaches it to its
    // receiver's base type.
    recordDef(fd->name, obj);
  } else if (name == "init") {
    // init functions are not declared: nothing can refer to them.
    recordDef(fd->name, obj);
    obj->linkName =
        pkg->path + ".init." + std::to_string(pkg->initFuncs.size());
    pkg->initFuncs.push_back(obj);
  } else {
    declare(pkgScope_, fd->name, obj);
    obj->linkName = pkg->path + "." + name;
    if (name == "main")
      mainFunc_ = obj;
  }
  // A stdlib package may declare a function without a body: the runtime
  // defines it under the package's name (docs/runtime-abi.md). In package
  // main, as in gc without assembly, that is an error.
  if (!fd->body && pkg->path == "main")
    error(fd->name->loc(), diag::MissingFuncBody);
  pkg->funcs.push_back(obj);
  DeclInfo *d = newDeclInfo(fileScope);
  d->fdecl = fd;
  objMap_[obj] = d;
  order_[obj] = order_.size() + 1;
}

void Checker::packageObjects() {
  std::vector<Object *> objs;
  for (auto &entry : objMap_)
    objs.push_back(entry.first);
  std::sort(objs.begin(), objs.end(), [&](Object *a, Object *b) {
    return order_.lookup(a) < order_.lookup(b);
  });
  // Types first (defined, then aliases), so that the declarations of values
  // and functions see complete types; then methods, so that every use finds
  // them attached to their types; then everything else, in source order.
  for (int pass = 0; pass < 4; ++pass)
    for (Object *obj : objs) {
      auto *tn = llvm::dyn_cast<TypeName>(obj);
      DeclInfo *d = objMap_.lookup(obj);
      bool alias = tn && d->tspec->isAlias;
      bool method = d->fdecl && !d->fdecl->recv.empty();
      if ((pass == 0 && tn && !alias) || (pass == 1 && alias) ||
          (pass == 2 && method) || (pass == 3 && !tn && !method))
        objDecl(obj);
    }
}

void Checker::addDeclDep(Object *obj) {
  if (!decl_ || !objMap_.count(obj))
    return;
  decl_->deps.insert(obj);
}

void Checker::unusedImports() {
  for (PkgName *pn : pkgNames_) {
    if (pn->name == "_" || pn->name == ".")
      continue;
    const std::string &path = pn->imported->path;
    if (!pn->used) {
      if (pn->name == lastPathElem(path))
        error(pn->loc, diag::ImportedAndNotUsed, path);
      else
        error(pn->loc, diag::ImportedAndNotUsedAs, path, pn->name);
    } else if (failedImports_.count(pn)) {
      error(pn->spec->loc, diag::CouldNotImport, path);
    }
  }
}

void Checker::checkMain() {
  // gc's linker reports this, so only for an otherwise correct program.
  if (pkg->name == "main" && !mainFunc_ && !hadError)
    error(SourceLoc(), diag::MainUndeclared);
}
