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
  // gc's filter: at most one syntax error per line (later ones are usually
  // consequences of the first), and an error equal to the previous one on
  // the same line only once.
  if (llvm::StringRef(message).starts_with("syntax error")) {
    if (loc.isValid() &&
        !syntaxErrorLines_.insert({loc.file, loc.line}).second)
      return;
  } else {
    if (loc.isValid() && lastOther_.file == loc.file &&
        lastOther_.line == loc.line && lastOtherMessage_ == message)
      return;
    lastOther_ = loc;
    lastOtherMessage_ = message;
  }
  diags_.push_back({loc, (unsigned)diags_.size(), std::move(message)});
}

std::string DiagEngine::formattedEntry(const Entry &e) const {
  std::string line;
  if (e.loc.isValid())
    line = sm_.path(e.loc.file).str() + ":" + std::to_string(e.loc.line) +
           ":" + std::to_string(e.loc.col) + ": ";
  line += e.message;
  return line;
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
    std::string line = formattedEntry(*e);
    if (lines.empty() || lines.back() != line)
      lines.push_back(std::move(line));
  }
  return lines;
}

void DiagEngine::flush(bool all) {
  // Like gc, stop at the tenth error found (in the order found, not the
  // order printed): print those ten sorted, then where the tenth was.
  std::string tooMany;
  if (!all && diags_.size() >= 10) {
    diags_.resize(10);
    std::string tenth = formattedEntry(diags_.back());
    tooMany = tenth.substr(0, tenth.find(": ") + 2) + "too many errors";
  }
  for (const std::string &line : formatted())
    llvm::errs() << line << "\n";
  if (!tooMany.empty())
    llvm::errs() << tooMany << "\n";
  diags_.clear();
  syntaxErrorLines_.clear();
  lastOther_ = SourceLoc();
  lastOtherMessage_.clear();
}
