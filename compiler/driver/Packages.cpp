//===- driver/Packages.cpp - finding and ordering the packages of a program ===//
// Depth-first over the import graph: a package is appended to the order when
// all of its imports have been, so each package comes after its
// dependencies. A package met again while still on the DFS path is an
// import cycle, reported as gc reports it.
//===----------------------------------------------------------------------===//
#include "driver/Packages.h"
#include "link/LinkConfig.h"
#include "parse/Parser.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <cstdlib>

using namespace golc;

std::string golc::stdlibDir() {
  if (const char *env = std::getenv("GOLC_STDLIB"))
    return env;
  return GOLC_STDLIB_DIR;
}

namespace {

struct Loader {
  SourceManager &sm;
  ast::ASTContext &astCtx;
  DiagEngine &diags;
  std::string root = stdlibDir();
  std::map<std::string, bool> onPath;            // DFS: true while visiting
  std::vector<SourcePackage> order;

  /// The .go files of stdlib package `path`, sorted; empty if none.
  std::vector<std::string> sourceFiles(const std::string &path) {
    llvm::SmallString<256> dir(root);
    llvm::sys::path::append(dir, path);
    std::vector<std::string> files;
    std::error_code ec;
    for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec;
         it.increment(ec)) {
      llvm::StringRef name = llvm::sys::path::filename(it->path());
      if (name.ends_with(".go") && !name.ends_with("_test.go"))
        files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
  }

  /// Visits `path` (imported at `loc`): parses it if it is a stdlib package,
  /// visits its imports, then appends it to the order.
  bool visit(const std::string &path, SourceLoc loc) {
    auto state = onPath.find(path);
    if (state != onPath.end()) {
      if (state->second) {
        diags.reportRaw(loc, "import cycle not allowed");
        return false;
      }
      return true; // done already
    }
    std::vector<std::string> files = sourceFiles(path);
    if (files.empty())
      return true; // not a stdlib package: sema reports it at the import
    onPath[path] = true;
    SourcePackage pkg;
    pkg.path = path;
    for (const std::string &file : files) {
      auto buf = llvm::MemoryBuffer::getFile(file, /*IsText=*/true);
      if (!buf) {
        diags.reportRaw(loc, "cannot read " + file);
        return false;
      }
      uint32_t id = sm.addFile(file, (*buf)->getBuffer().str());
      pkg.files.push_back(parseFile(sm, id, astCtx, diags));
    }
    if (diags.hasErrors())
      return false;
    for (ast::File *f : pkg.files)
      for (ast::GenDecl *gd : f->importDecls)
        for (const ast::ImportSpec &spec : gd->imports) {
          if (!visit(spec.path, spec.loc))
            return false;
          if (onPath.count(spec.path) &&
              std::find(pkg.imports.begin(), pkg.imports.end(), spec.path) ==
                  pkg.imports.end())
            pkg.imports.push_back(spec.path);
        }
    onPath[path] = false;
    order.push_back(std::move(pkg));
    return true;
  }
};

} // namespace

bool golc::loadImports(llvm::ArrayRef<ast::File *> mainFiles,
                       SourceManager &sm, ast::ASTContext &astCtx,
                       DiagEngine &diags, std::vector<SourcePackage> &order) {
  Loader loader{sm, astCtx, diags};
  for (ast::File *f : mainFiles)
    for (ast::GenDecl *gd : f->importDecls)
      for (const ast::ImportSpec &spec : gd->imports)
        if (!loader.visit(spec.path, spec.loc))
          return false;
  order = std::move(loader.order);
  return true;
}
