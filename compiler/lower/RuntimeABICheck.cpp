//===- lower/RuntimeABICheck.cpp - layouts the lowering relies on -----------===//
// The lowering builds runtime values with fixed LLVM shapes (strings as
// {ptr, i64}, interfaces as {ptr, ptr}, ...). Each shape is checked here
// against the layout abigen read from runtime/runtime2.h: change a field in
// the header without changing the lowering, and golc does not build.
//===----------------------------------------------------------------------===//
#include "lower/RuntimeABI.h"

using namespace golc::abi;

// string: { ptr str, i64 len }
static_assert(String_str == 0 && String_len == 8 && String_sizeof == 16,
              "lower/String.cpp builds strings as { ptr, i64 }");
// slice: { ptr array, i64 len, i64 cap }
static_assert(Slice_array == 0 && Slice_len == 8 && Slice_cap == 16 &&
                  Slice_sizeof == 24,
              "lower builds slices as { ptr, i64, i64 }");
// interface{}: { ptr _type, ptr data }
static_assert(eface__type == 0 && eface_data == 8 && eface_sizeof == 16,
              "lower/Iface.cpp builds empty interfaces as { ptr, ptr }");
// funcval: the code pointer first, captured values after it.
static_assert(funcval_fn == 0, "lower calls func values through word 0");
// type.T descriptors: { i64 size, i64 ptrdata, i32 hash, i8 tflag, i8 align,
// i8 fieldAlign, i8 kind, ptr equal, ptr gcdata, { ptr, i64 } str }
static_assert(_type_size == 0 && _type_ptrdata == 8 && _type_hash == 16 &&
                  _type_tflag == 20 && _type_align == 21 &&
                  _type_fieldAlign == 22 && _type_kind == 23 &&
                  _type_equal == 24 && _type_gcdata == 32 && _type_str == 40 &&
                  _type_sizeof == 56,
              "lower/Types.cpp emits type descriptors in this shape");
