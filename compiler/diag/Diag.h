//===- diag/Diag.h - source locations and diagnostics ----------------------===//
// Every phase reports problems through one DiagEngine. A diagnostic is declared
// once in Diagnostics.def and reported where it is found:
//
//   diags.report(ident->loc(), diag::UndefinedName, ident->name());
//
// Output is gc's: `file.go:LINE:COL: message` in source order (sorted when
// printed), at most one syntax error per source line, identical lines once,
// and the driver exits 1 if any error was reported.
//===----------------------------------------------------------------------===//
#ifndef GOLC_DIAG_DIAG_H
#define GOLC_DIAG_DIAG_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace golc {

/// A position in a source file: file index into SourceManager, 1-based line and
/// column (columns count bytes, as gc's do). The invalid location has file 0.
struct SourceLoc {
  uint32_t file = 0;
  uint32_t line = 0;
  uint32_t col = 0;
  bool isValid() const { return file != 0; }
};

/// Owns the text of every source file of a compilation. File ids start at 1.
class SourceManager {
public:
  /// Adds a file's contents; returns its id.
  uint32_t addFile(std::string path, std::string contents);
  llvm::StringRef path(uint32_t file) const { return files_[file - 1].path; }
  llvm::StringRef contents(uint32_t file) const { return files_[file - 1].text; }
  unsigned numFiles() const { return files_.size(); }

private:
  struct File {
    std::string path;
    std::string text;
  };
  std::vector<File> files_;
};

namespace diag {
enum Kind : unsigned {
#define DIAG(Name, Format) Name,
#include "diag/Diagnostics.def"
  NumDiags
};
} // namespace diag

/// Collects diagnostics; prints them sorted by position, gc style.
class DiagEngine {
public:
  explicit DiagEngine(const SourceManager &sm) : sm_(sm) {}

  /// Reports diagnostic `kind` at `loc`, substituting args for {0}, {1}, ...
  void report(SourceLoc loc, diag::Kind kind,
              llvm::ArrayRef<std::string> args = {});
  template <typename... Args>
  void report(SourceLoc loc, diag::Kind kind, const Args &...args) {
    std::string strs[] = {std::string(args)...};
    report(loc, kind, llvm::ArrayRef<std::string>(strs));
  }
  /// Reports a message that is not (yet) a declared diagnostic. Prefer report().
  void reportRaw(SourceLoc loc, std::string message);

  unsigned errorCount() const { return diags_.size(); }
  /// The files the locations refer to (for messages that cite a second
  /// position, like gc's "\tfile.go:4:2: other declaration of x").
  const SourceManager &sourceManager() const { return sm_; }
  bool hasErrors() const { return !diags_.empty(); }

  /// Prints every diagnostic to stderr in source order and clears the list.
  /// Unless `all`, stops like gc at the tenth error found: those ten, then
  /// "file:line:col: too many errors" at the tenth.
  void flush(bool all = false);

  /// The formatted `file:line:col: message` lines, in source order (for tests).
  std::vector<std::string> formatted() const;

private:
  struct Entry {
    SourceLoc loc;
    unsigned seq;
    std::string message;
  };
  std::string formattedEntry(const Entry &e) const;

  const SourceManager &sm_;
  std::vector<Entry> diags_;
  std::set<std::pair<uint32_t, uint32_t>> syntaxErrorLines_; // (file, line)
  SourceLoc lastOther_;          // the last non-syntax error, for gc's filter
  std::string lastOtherMessage_;
};

/// The format string of a diagnostic kind.
llvm::StringRef diagFormat(diag::Kind kind);

} // namespace golc

#endif
