//===- driver/Packages.h - finding and ordering the packages of a program -===//
// A program is package main plus every package it imports, transitively.
// golc's standard library is Go source (stdlib/PATH/*.go), compiled with the
// program: the loader parses main's files, follows their imports into the
// stdlib directory, and returns the packages with every package after the
// ones it imports (the order in which they are checked, lowered and
// initialised).
//===----------------------------------------------------------------------===//
#ifndef GOLC_DRIVER_PACKAGES_H
#define GOLC_DRIVER_PACKAGES_H

#include "ast/AST.h"
#include "diag/Diag.h"
#include <map>
#include <string>
#include <vector>

namespace golc {

struct SourcePackage {
  std::string path; // import path: "main", "strings", "sync/atomic"
  std::vector<ast::File *> files;
  std::vector<std::string> imports; // import paths found in the stdlib
};

/// Where golc's standard library lives: $GOLC_STDLIB if set, else the
/// directory golc was configured with.
std::string stdlibDir();

/// Parses the stdlib packages that `mainFiles` import, transitively. Returns
/// false (with diagnostics) on a syntax error or an import cycle. An import
/// path with no stdlib directory is left to sema, which reports it where it
/// is imported. On success `order` lists the stdlib packages, dependencies
/// first (package main is not included).
bool loadImports(llvm::ArrayRef<ast::File *> mainFiles, SourceManager &sm,
                 ast::ASTContext &astCtx, DiagEngine &diags,
                 std::vector<SourcePackage> &order);

} // namespace golc

#endif
