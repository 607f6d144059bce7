//===- sema/Sema.h - the type checker's entry point -----------------------===//
#ifndef GOLC_SEMA_SEMA_H
#define GOLC_SEMA_SEMA_H

#include "ast/AST.h"
#include "sema/Objects.h"
#include "sema/Types.h"
#include <memory>

namespace golc {
namespace sema {

/// Owns the types, objects and constants of a compilation.
class SemaContext {
public:
  SemaContext();
  ~SemaContext();
  TypeContext types;
  /// The predeclared type `error`: one named type for every package checked
  /// with this context (each has its own universe block), so that an
  /// `error` of one package is identical to another's.
  TypeName *errorTypeName = nullptr;
  template <typename T, typename... Args> T *make(Args &&...args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T *raw = p.get();
    objects_.push_back(std::move(p));
    return raw;
  }
  const Constant *constant(Constant c) {
    constants_.push_back(std::make_unique<Constant>(std::move(c)));
    return constants_.back().get();
  }
  const Selection *selection(Selection s) {
    selections_.push_back(std::make_unique<Selection>(std::move(s)));
    return selections_.back().get();
  }
  Package *makePackage() {
    packages_.push_back(std::make_unique<Package>());
    return packages_.back().get();
  }

private:
  std::vector<std::unique_ptr<Package>> packages_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Constant>> constants_;
  std::vector<std::unique_ptr<Selection>> selections_;
};

/// Type-checks the files of one package: every Expr gets a Type and mode,
/// untyped constants stay exact, and every error goes to `diags` (checking
/// continues after errors). Returns the package, or null if any error was
/// reported. `imports` are already-checked packages by import path (the
/// stdlib, later); an import not found is an error. `path` is the package's
/// import path ("unicode/utf8"), the prefix of its symbols; empty means the
/// package name ("main").
Package *checkPackage(llvm::ArrayRef<ast::File *> files, SemaContext &ctx,
                      DiagEngine &diags,
                      const std::map<std::string, Package *> &imports = {},
                      llvm::StringRef path = {});

} // namespace sema
} // namespace golc

#endif
