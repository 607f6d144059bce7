//===- link/Link.h - object files to an executable ---------------------------===//
// Links a golc object file with the runtime archive (libgolcrt.a), libgc and
// glibc into a Linux x86-64 executable by running ld.lld with the same inputs
// clang would pass (crt1.o, crti.o, crtbegin.o ... crtend.o, crtn.o), found
// when golc was configured.
//===----------------------------------------------------------------------===//
#ifndef GOLC_LINK_LINK_H
#define GOLC_LINK_LINK_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace golc {

struct LinkOptions {
  std::string output;                 // the executable to write
  std::vector<std::string> objects;   // compiled Go code
  std::string runtimeLib;             // libgolcrt.a
  bool verbose = false;               // print the ld.lld command line
};

/// Runs ld.lld. On failure returns false and sets `error` to what lld said.
bool linkExecutable(const LinkOptions &opts, std::string &error);

} // namespace golc

#endif
