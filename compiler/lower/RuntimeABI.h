//===- lower/RuntimeABI.h - the runtime's layouts, as the compiler sees them ===//
// RuntimeABI.inc is generated at build time by tools/abigen from the GOLC_ABI
// records of runtime/runtime2.h. Here it becomes constants
// (`abi::String_len` = offset of String::len, `abi::String_sizeof`), which the
// lowering checks its assumptions against with static_assert, and a table
// from which LLVM struct types are built. So runtime2.h is the one place a
// layout is declared, and a layout the compiler assumed otherwise does not
// compile.
//===----------------------------------------------------------------------===//
#ifndef GOLC_LOWER_RUNTIMEABI_H
#define GOLC_LOWER_RUNTIMEABI_H

#include <cstdint>

namespace golc {
namespace abi {

#define GOLC_ABI_STRUCT(Name, Size, Align)                                     \
  constexpr uint64_t Name##_sizeof = Size, Name##_alignof = Align;
#define GOLC_ABI_FIELD(Name, Field, Offset, Size, Kind)                        \
  constexpr uint64_t Name##_##Field = Offset;
#include "lower/RuntimeABI.inc"

/// One field of a runtime record, for building LLVM types.
struct Field {
  const char *name;
  uint64_t offset, size;
  enum Kind { Ptr, Int, Bool, Float, Bytes } kind;
};

} // namespace abi
} // namespace golc

#endif
