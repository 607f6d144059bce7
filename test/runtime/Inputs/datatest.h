// Helpers for the tests of the runtime's data structures (map_*, slice_*,
// iface_*, alg_*): type descriptors built by hand the way the compiler
// emits them (docs/runtime-abi.md, "Composite values"), and the scheduler
// test helpers (go, EXPECT, say) of schedtest.h.
//
// mapType computes the bucket geometry as the compiler must: a key or an
// element over 128 bytes is stored indirectly (an 8-byte slot), and a
// bucket is 8 tophash bytes, 8 key slots, 8 element slots and an overflow
// pointer.
#ifndef GOLC_TEST_RUNTIME_DATATEST_H
#define GOLC_TEST_RUNTIME_DATATEST_H

#include "schedtest.h"

#define GOSTR(s) String{(const uint8_t *)(s), sizeof(s) - 1}

// A descriptor of a type without its own sub-structure.
static _type basicType(uintptr_t size, uintptr_t ptrdata, uint8_t kind, equalfunc eq, uint8_t tflag,
                       String name) {
  uint8_t align = size >= 8 ? 8 : (uint8_t)size;
  return _type{size, ptrdata, 0, tflag, align, align, kind, (void *)eq, nullptr, name, nullptr};
}

static _type tInt = basicType(8, 0, kindInt, memequal64, tflagNamed | tflagRegularMemory, GOSTR("int"));
static _type tInt32 = basicType(4, 0, kindInt32, memequal32, tflagNamed | tflagRegularMemory, GOSTR("int32"));
static _type tUint8 = basicType(1, 0, kindUint8, memequal8, tflagNamed | tflagRegularMemory, GOSTR("uint8"));
static _type tFloat64 = basicType(8, 0, kindFloat64, f64equal, tflagNamed, GOSTR("float64"));
static _type tString = basicType(16, 8, kindString, strequal, tflagNamed, GOSTR("string"));
static _type tIntSlice = basicType(24, 8, kindSlice, nullptr, 0, GOSTR("[]int"));
static _type tIntPtr = basicType(8, 8, kindPointer, memequal64, tflagRegularMemory, GOSTR("*int"));

// interface {}
static interfacetype tEface = {basicType(16, 16, kindInterface, nilinterequal, 0, GOSTR("interface {}")),
                               {nullptr, 0}, {nullptr, 0, 0}};

// A map type, with the geometry the compiler computes.
static maptype mapType(_type *key, _type *elem, hashfunc hasher, uint32_t flags, String name) {
  maptype t = {};
  t.typ = basicType(8, 8, kindMap, nullptr, 0, name);
  t.key = key;
  t.elem = elem;
  t.hasher = hasher;
  if (key->size > 128)
    flags |= mapIndirectKey;
  if (elem->size > 128)
    flags |= mapIndirectElem;
  t.keysize = (flags & mapIndirectKey) ? 8 : (uint8_t)key->size;
  t.elemsize = (flags & mapIndirectElem) ? 8 : (uint8_t)elem->size;
  t.bucketsize = (uint16_t)(8 + 8 * t.keysize + 8 * t.elemsize + 8);
  t.flags = flags;
  return t;
}

// A boxed copy of v, as an interface's data word.
template <class T> static void *box(_type *t, T v) {
  T *p = (T *)mallocgc(sizeof(T), t, true);
  *p = v;
  return p;
}

static String S(const char *s) { return gostringnocopy(s); }

// A string made of the decimal digits of n after a prefix: distinct keys.
static String numstr(const char *prefix, int64_t n) {
  char buf[64];
  int i = 0;
  while (prefix[i]) {
    buf[i] = prefix[i];
    i++;
  }
  char digits[24];
  int d = 0;
  do {
    digits[d++] = (char)('0' + n % 10);
    n /= 10;
  } while (n);
  while (d)
    buf[i++] = digits[--d];
  return slicebytetostring((const uint8_t *)buf, i);
}

#endif // GOLC_TEST_RUNTIME_DATATEST_H
