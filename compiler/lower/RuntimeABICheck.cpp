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
// i8 fieldAlign, i8 kind, ptr equal, ptr gcdata, { ptr, i64 } str,
// ptr uncommon }
static_assert(_type_size == 0 && _type_ptrdata == 8 && _type_hash == 16 &&
                  _type_tflag == 20 && _type_align == 21 &&
                  _type_fieldAlign == 22 && _type_kind == 23 &&
                  _type_equal == 24 && _type_gcdata == 32 && _type_str == 40 &&
                  _type_uncommon == 56 && _type_sizeof == 64,
              "lower/TypeDesc.cpp emits type descriptors in this shape");

// The kind-specific descriptors (TypeDesc.cpp): the header, then
//   *T, []T: { ptr elem }      [N]T: { ptr elem, ptr slice, i64 len }
//   chan T: { ptr elem, i64 dir }
static_assert(ptrtype_typ == 0 && ptrtype_elem == _type_sizeof &&
                  ptrtype_sizeof == _type_sizeof + 8 && slicetype_typ == 0 &&
                  slicetype_elem == _type_sizeof &&
                  slicetype_sizeof == _type_sizeof + 8,
              "TypeDesc.cpp: ptrtype and slicetype are { _type, ptr }");
static_assert(arraytype_elem == _type_sizeof &&
                  arraytype_slice == _type_sizeof + 8 &&
                  arraytype_len == _type_sizeof + 16 &&
                  arraytype_sizeof == _type_sizeof + 24,
              "TypeDesc.cpp: arraytype is { _type, ptr, ptr, i64 }");
static_assert(chantype_elem == _type_sizeof && chantype_dir == _type_sizeof + 8 &&
                  chantype_sizeof == _type_sizeof + 16,
              "TypeDesc.cpp: chantype is { _type, ptr, i64 }");
// map[K]V: { ptr key, ptr elem, ptr hasher, i8 keysize, i8 elemsize,
// i16 bucketsize, i32 flags }
static_assert(maptype_key == _type_sizeof && maptype_elem == _type_sizeof + 8 &&
                  maptype_hasher == _type_sizeof + 16 &&
                  maptype_keysize == _type_sizeof + 24 &&
                  maptype_elemsize == _type_sizeof + 25 &&
                  maptype_bucketsize == _type_sizeof + 26 &&
                  maptype_flags == _type_sizeof + 28 &&
                  maptype_sizeof == _type_sizeof + 32,
              "TypeDesc.cpp: maptype layout");
// struct: { string pkgPath, slice fields } of { string name, ptr typ,
// i64 offset }; interface: { string pkgPath, slice methods } of
// { string name, ptr typ }.
static_assert(structtype_pkgPath == _type_sizeof &&
                  structtype_fields == _type_sizeof + 16 &&
                  structtype_sizeof == _type_sizeof + 40 &&
                  structfield_name == 0 && structfield_typ == 16 &&
                  structfield_offset == 24 && structfield_sizeof == 32,
              "TypeDesc.cpp: structtype and structfield layouts");
static_assert(interfacetype_pkgPath == _type_sizeof &&
                  interfacetype_methods == _type_sizeof + 16 &&
                  interfacetype_sizeof == _type_sizeof + 40 &&
                  imethod_name == 0 && imethod_typ == 16 && imethod_sizeof == 24,
              "TypeDesc.cpp: interfacetype and imethod layouts");
// func: { i16 inCount, i16 outCount, ptr params }
static_assert(functype_inCount == _type_sizeof &&
                  functype_outCount == _type_sizeof + 2 &&
                  functype_params == _type_sizeof + 8 &&
                  functype_sizeof == _type_sizeof + 16,
              "TypeDesc.cpp: functype layout");
// Method tables: uncommontype { string pkgPath, slice methods } of
// method { string name, ptr mtyp, ptr ifn }.
static_assert(uncommontype_pkgPath == 0 && uncommontype_methods == 16 &&
                  uncommontype_sizeof == 40 && method_name == 0 &&
                  method_mtyp == 16 && method_ifn == 24 && method_sizeof == 32,
              "TypeDesc.cpp: uncommontype and method layouts");

// itab: { ptr inter, ptr type, i32 hash, [4 x i8], [n x ptr] fun }; a
// non-empty interface { ptr itab, ptr data }.
static_assert(itab_inter == 0 && itab__type == 8 && itab_hash == 16 &&
                  itab_pad == 20 && itab_fun == 24 && iface_tab == 0 &&
                  iface_data == 8 && iface_sizeof == 16,
              "TypeDesc.cpp and Iface.cpp build itabs and interfaces so");

// Map iteration (Map.cpp): the compiler allocates hiter and reads key and
// elem; mapaccess2 returns { ptr elem, i8 ok }.
static_assert(hiter_key == 0 && hiter_elem == 8 && hiter_sizeof % 8 == 0,
              "Map.cpp reads hiter's key and elem words");
static_assert(MapAccess2_elem == 0 && MapAccess2_ok == 8,
              "Map.cpp takes mapaccess2's result as { ptr, i8 }");
// growslice and the string conversions return { ptr array, i64 cap }.
static_assert(SliceGrow_array == 0 && SliceGrow_cap == 8 && SliceGrow_sizeof == 16,
              "Slice.cpp and Convert.cpp take { ptr, i64 } results");
