//===- diag/Diag.cpp - diagnostics engine ----------------------------------===//
#include "diag/Diag.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <tuple>

using namespace golc;

uint32_t SourceManager::addFile(std::string path, std::string contents) {
  files_.push_back({std::move(path), std::move(contents)});
  return files_.size();
}

static const char *const kFormats[] = {
#define DIAG(Name, Format) Format,
#include "diag/Diagnostics.def"
};

llvm::StringRef golc::diagFormat(diag::Kind kind) { return kFormats[kind]; }

void DiagEngine::report(SourceLoc loc, diag::Kind kind,
                        llvm::ArrayRef<std::string> args) {
  llvm::StringRef fmt = diagFormat(kind);
  std::string out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] == '{' && i + 2 < fmt.size() && fmt[i + 2] == '}' &&
        fmt[i + 1] >= '0' && fmt[i + 1] <= '9') {
      unsigned n = fmt[i + 1] - '0';
      if (n < args.size())
        out += args[n];
      i += 2;
      continue;
    }
    out += fmt[i];
  }
  reportRaw(loc, std::move(out));
}

void DiagEngine::reportRaw(SourceLoc loc, std::string message) {
  // gc reports one error per line: drop a second error on the same line.
  for (const Entry &e : diags_)
    if (e.loc.file == loc.file && e.loc.line == loc.line && loc.isValid())
      return;
  diags_.push_back({loc, (unsigned)diags_.size(), std::move(message)});
}

std::vector<std::string> DiagEngine::formatted() const {
  std::vector<const Entry *> sorted;
  for (const Entry &e : diags_)
    sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Entry *a, const Entry *b) {
                     return std::tie(a->loc.file, a->loc.line, a->loc.col) <
                            std::tie(b->loc.file, b->loc.line, b->loc.col);
                   });
  std::vector<std::string> lines;
  for (const Entry *e : sorted) {
    std::string line;
    if (e->loc.isValid())
      line = sm_.path(e->loc.file).str() + ":" + std::to_string(e->loc.line) +
             ":" + std::to_string(e->loc.col) + ": ";
    line += e->message;
    lines.push_back(std::move(line));
  }
  return lines;
}

void DiagEngine::flush(bool all) {
  std::vector<std::string> lines = formatted();
  unsigned n = 0;
  for (const std::string &line : lines) {
    if (!all && n == 10) {
      llvm::errs() << "too many errors\n";
      break;
    }
    llvm::errs() << line << "\n";
    ++n;
  }
  diags_.clear();
}
