//===- sema/Check.cpp - checkPackage, errors and AST annotations -----------===//
// The entry point runs the checker's phases in gc's order (which decides
// which errors gc shows when it stops at ten): labels and branches (gc's
// parser checks those), then go/types' phases: collect the package-level
// objects of all files, check them (types first) in source order but each
// only once its dependencies are checked, then the function bodies, then the
// variable initialisation order, unused imports and `main`.
//
// Annotating the AST: every checked expression is recorded with its mode,
// type and constant value. An untyped expression is recorded provisionally
// and kept in `untyped_`; when its final type becomes known (assignment,
// comparison, conversion...), updateExprType walks down the untyped operand
// tree re-recording each node. A constant expression's operands are left as
// they are (only the root is materialised); whatever is still untyped at the
// end gets its default type.
//===----------------------------------------------------------------------===//
#include "sema/Checker.h"

using namespace golc;
using namespace golc::sema;

SemaContext::SemaContext() = default;
SemaContext::~SemaContext() = default;

Package *golc::sema::checkPackage(llvm::ArrayRef<ast::File *> files,
                                  SemaContext &ctx, DiagEngine &diags,
                                  const std::map<std::string, Package *> &imports,
                                  llvm::StringRef path) {
  Checker checker(ctx, diags, imports);
  return checker.run(files, path);
}

Checker::Checker(SemaContext &ctx, DiagEngine &diags,
                 const std::map<std::string, Package *> &imports)
    : ctx(ctx), types(ctx.types), diags(diags), imports(imports) {}

Checker::~Checker() = default;

Package *Checker::run(llvm::ArrayRef<ast::File *> files, llvm::StringRef path) {
  pkg = ctx.makePackage();
  pkg->files.assign(files.begin(), files.end());
  for (ast::File *f : files) {
    if (!f->pkgName)
      continue;
    if (pkg->name.empty())
      pkg->name = f->pkgName->name;
    else if (f->pkgName->name != pkg->name)
      error(f->pkgName->loc(), diag::PackageMismatch, f->pkgName->name,
            pkg->name);
  }
  if (pkg->name.empty())
    pkg->name = "main";
  pkg->path = path.empty() ? pkg->name : path.str();

  // gc checks labels and branches while parsing: their errors come first.
  for (ast::File *f : files)
    for (ast::Decl *d : f->decls)
      if (auto *fd = llvm::dyn_cast<ast::FuncDecl>(d); fd && fd->body)
        checkBranches(fd->body);

  makeUniverse();
  pkgScope_ = newScope(universe_);
  scope_ = pkgScope_;
  collectObjects(files);
  packageObjects();
  processDelayed(0);
  initOrder();
  unusedImports();
  checkMain();
  recordUntyped();

  for (Object *obj : pkgScope_->objects)
    pkg->scope[obj->name] = obj;
  return hadError ? nullptr : pkg;
}

//===----------------------------------------------------------------------===//
// Errors and positions
//===----------------------------------------------------------------------===//

void Checker::report(SourceLoc loc, diag::Kind kind,
                     llvm::ArrayRef<std::string> args) {
  // Like gc, drop follow-on errors about operands that are already known to
  // be broken.
  if (hadError)
    for (const std::string &a : args)
      if (a.find("invalid operand") != std::string::npos ||
          a.find("invalid type") != std::string::npos)
        return;
  hadError = true;
  diags.report(loc, kind, args);
}

void Checker::unsupported(SourceLoc loc, llvm::StringRef what) {
  if (func_)
    suppressUnused_ = true;
  error(loc, diag::Unsupported, what.str());
}

std::string Checker::posString(SourceLoc loc) const {
  if (!loc.isValid())
    return "?";
  return diags.sourceManager().path(loc.file).str() + ":" +
         std::to_string(loc.line) + ":" + std::to_string(loc.col);
}

SourceLoc Checker::startLoc(const ast::Expr *e) {
  using namespace ast;
  while (e) {
    switch (e->kind()) {
    case Node::BinaryExprKind:
      e = llvm::cast<BinaryExpr>(e)->x;
      continue;
    case Node::CallExprKind:
      e = llvm::cast<CallExpr>(e)->fun;
      continue;
    case Node::IndexExprKind:
      e = llvm::cast<IndexExpr>(e)->x;
      continue;
    case Node::SliceExprKind: // gc places a slice expression at its '['
      if (llvm::cast<SliceExpr>(e)->lbrack.isValid())
        return llvm::cast<SliceExpr>(e)->lbrack;
      e = llvm::cast<SliceExpr>(e)->x;
      continue;
    case Node::SelectorExprKind:
      e = llvm::cast<SelectorExpr>(e)->x;
      continue;
    case Node::TypeAssertExprKind:
      e = llvm::cast<TypeAssertExpr>(e)->x;
      continue;
    case Node::KeyValueExprKind:
      e = llvm::cast<KeyValueExpr>(e)->key;
      continue;
    case Node::ImplicitConvExprKind:
      e = llvm::cast<ImplicitConvExpr>(e)->x;
      continue;
    case Node::CompositeLitExprKind:
      if (auto *t = llvm::cast<CompositeLitExpr>(e)->typeExpr) {
        e = t;
        continue;
      }
      return e->loc();
    default:
      return e->loc();
    }
  }
  return SourceLoc();
}

SourceLoc Checker::opLoc(const ast::Expr *e) {
  if (auto *b = llvm::dyn_cast_or_null<ast::BinaryExpr>(e))
    return b->opLoc;
  if (auto *u = llvm::dyn_cast_or_null<ast::UnaryExpr>(e))
    return u->loc();
  return startLoc(e);
}

//===----------------------------------------------------------------------===//
// Annotations
//===----------------------------------------------------------------------===//

static ast::ExprMode exprMode(OpMode m) {
  switch (m) {
  case OpMode::Invalid:
    return ast::ExprMode::Invalid;
  case OpMode::NoValue:
    return ast::ExprMode::NoValue;
  case OpMode::Builtin:
    return ast::ExprMode::Builtin;
  case OpMode::TypeExpr:
    return ast::ExprMode::TypeExpr;
  case OpMode::Constant:
    return ast::ExprMode::Constant;
  case OpMode::Variable:
    return ast::ExprMode::Variable;
  case OpMode::MapIndex:
    return ast::ExprMode::MapIndex;
  case OpMode::Value:
  case OpMode::NilValue:
    return ast::ExprMode::Value;
  case OpMode::CommaOk:
    return ast::ExprMode::CommaOk;
  }
  return ast::ExprMode::Invalid;
}

void Checker::record(Operand &x) {
  if (!x.expr)
    return;
  if (x.invalid()) {
    recordTypeAndValue(x.expr, OpMode::Invalid, types.invalid(), Constant());
    return;
  }
  const Type *t = x.type;
  if (x.mode == OpMode::NoValue)
    t = types.tuple({});
  if (auto *b = llvm::dyn_cast_or_null<BasicType>(t); b && b->isUntyped())
    rememberUntyped(x.expr, false, x.mode, b, x.val);
  else
    recordTypeAndValue(x.expr, x.mode, t, x.val);
}

void Checker::recordTypeAndValue(ast::Expr *e, OpMode mode, const Type *t,
                                 const Constant &val) {
  e->type = t;
  e->mode = exprMode(mode);
  e->value = mode == OpMode::Constant ? ctx.constant(val) : nullptr;
}

void Checker::recordDef(ast::IdentExpr *id, Object *obj) {
  id->isDef = true;
  id->obj = id->isBlank() ? nullptr : obj;
}

void Checker::recordUse(ast::IdentExpr *id, Object *obj) { id->obj = obj; }

void Checker::rememberUntyped(ast::Expr *e, bool isLhs, OpMode mode,
                              const BasicType *t, const Constant &val) {
  UntypedInfo &info = untyped_[e];
  info.isLhs = info.isLhs || isLhs;
  info.mode = mode;
  info.type = t;
  info.val = val;
  recordTypeAndValue(e, mode, t, val);
}

void Checker::updateExprVal(ast::Expr *e, const Constant &val) {
  auto it = untyped_.find(e);
  if (it != untyped_.end())
    it->second.val = val;
}

void Checker::updateExprType(ast::Expr *e, const Type *t, bool final) {
  updateExprType0(nullptr, e, t, final);
}

void Checker::updateExprType0(ast::Expr *parent, ast::Expr *e, const Type *t,
                              bool final) {
  auto it = untyped_.find(e);
  if (it == untyped_.end())
    return;
  UntypedInfo old = it->second;
  bool isConst = old.mode == OpMode::Constant;

  // Update the operands first. Those of a constant expression are never
  // materialised; they keep their own (default) types.
  switch (e->kind()) {
  case ast::Node::ParenExprKind:
    updateExprType0(e, llvm::cast<ast::ParenExpr>(e)->x, t, final);
    break;
  case ast::Node::UnaryExprKind:
    if (!isConst)
      updateExprType0(e, llvm::cast<ast::UnaryExpr>(e)->x, t, final);
    break;
  case ast::Node::BinaryExprKind: {
    auto *b = llvm::cast<ast::BinaryExpr>(e);
    if (isConst)
      break;
    if (b->op == tok::eql || b->op == tok::neq || b->op == tok::lss ||
        b->op == tok::leq || b->op == tok::gtr || b->op == tok::geq)
      break; // the operands' types are independent of the result's
    updateExprType0(e, b->x, t, final);
    if (b->op != tok::shl && b->op != tok::shr)
      updateExprType0(e, b->y, t, final);
    break;
  }
  default:
    break; // identifiers, literals, calls: no operands to update
  }

  // Not final and still untyped: only the provisional type changes.
  if (!final && isUntyped(t)) {
    auto again = untyped_.find(e);
    if (again != untyped_.end()) {
      again->second.type = llvm::cast<BasicType>(t->underlying());
      e->type = again->second.type;
    }
    return;
  }
  untyped_.erase(e);

  if (old.isLhs && !isInteger(t)) {
    // The left operand of a non-constant shift takes the shift's type,
    // which must be an integer type.
    error(at(startLoc(e)), diag::ShiftOfType,
          exprStr(parent ? parent : e), typeStr(t));
    return;
  }
  Constant val = old.val;
  if (isConst) {
    Operand c;
    c.mode = old.mode;
    c.expr = e;
    c.type = old.type;
    c.val = old.val;
    convertUntyped(c, t);
    if (c.invalid())
      return;
    val = c.val;
  }
  recordTypeAndValue(e, old.mode, t, val);
}

void Checker::recordUntyped() {
  for (auto &entry : untyped_) {
    const UntypedInfo &info = entry.second;
    recordTypeAndValue(entry.first, info.mode, defaultType(info.type, types),
                       info.val);
  }
  untyped_.clear();
}

void Checker::processDelayed(size_t top) {
  for (size_t i = top; i < delayed_.size(); ++i) {
    std::function<void()> f = std::move(delayed_[i]);
    f();
  }
  delayed_.resize(top);
}
