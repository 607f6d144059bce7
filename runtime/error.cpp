//===- runtime/error.cpp - runtime errors and printing panic values -------===//
//
// The values the runtime panics with, and how gc prints a panic's value.
//
// Runtime errors are values of three runtime types, as in Go:
// runtime.boundsError (index/slice bounds: the bad index, the length or
// bound, and which check failed; the message is built only when printed)
// and runtime.errorString (a fixed message) print as
// `runtime error: <message>`; runtime.plainError (the channel operations'
// `send on closed channel` and the like) prints its message alone. Each
// has the methods of Go's runtime.Error, Error and RuntimeError, in its
// descriptor's method table, so a recovered one is an error to compiled
// code (`r.(error).Error()`). printpanicval still recognises them by their
// descriptors, so that printing one never has to allocate.
//
// Any other value prints as gc's printpanicval does: nil as `nil`; values of
// the predeclared bool, numeric and string types as print(v) would; values
// of other types with those kinds with their type's name around them,
// `main.T("x")`, `main.N(5)`; anything else as `(main.S) 0xADDR`, the
// address of the value.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <string.h>

// Go's layout. x is the bad index, read as an int64 if signed, else as a
// uint64 (an index of an unsigned type can be 2^63 or more); y, a length,
// capacity or index known to be good, is never negative.
struct boundsError {
  int64_t x;
  int64_t y;
  bool signed_;
  uint8_t code;
};

static String boundsError_Error(void *e);
static String errorString_Error(void *e);
static String plainError_Error(void *e);
static void runtimeError_RuntimeError(void *e) {}

// A runtime error type: its descriptor, with Error (errorFn) and
// RuntimeError in its method table.
#define RUNTIME_TYPE(var, T, kind, name, errorFn)                                                  \
  static method var##Methods[] = {                                                                 \
      {{(const uint8_t *)"Error", 5}, &funcStringType.typ, (void *)errorFn},                       \
      {{(const uint8_t *)"RuntimeError", 12}, &funcNoArgsType.typ,                                 \
       (void *)runtimeError_RuntimeError},                                                         \
  };                                                                                               \
  static uncommontype var##Uncommon = {{(const uint8_t *)"runtime", 7}, {var##Methods, 2, 2}};     \
  static _type var __asm__("type.runtime." name) = {                                             \
      sizeof(T), 0, 0, tflagNamed, alignof(T), alignof(T), kind, nullptr, nullptr,                \
      {(const uint8_t *)"runtime." name, sizeof("runtime." name) - 1}, &var##Uncommon};

RUNTIME_TYPE(boundsErrorType, boundsError, kindStruct, "boundsError", boundsError_Error)
RUNTIME_TYPE(errorStringType, String, kindString, "errorString", errorString_Error)
RUNTIME_TYPE(plainErrorType, String, kindString, "plainError", plainError_Error)

// The messages of boundsError, by code: %x is the bad index, %y the
// length, capacity or other bound. When a signed x is negative, the second
// table's form applies: the bound does not matter then.
static const char *const boundsErrorFmt[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
};
static const char *const boundsNegErrorFmt[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
};

// Formats e's message into buf (at least 128 bytes: the longest message
// with two 20-digit numbers fits); returns its length.
static size_t formatboundsError(const boundsError *e, char *buf) {
  bool neg = e->signed_ && e->x < 0;
  const char *fmt = neg ? boundsNegErrorFmt[e->code] : boundsErrorFmt[e->code];
  size_t n = 0;
  for (const char *s = fmt; *s; s++) {
    if (s[0] == '%' && (s[1] == 'x' || s[1] == 'y')) {
      // Digits backwards, then in place.
      bool isx = s[1] == 'x';
      uint64_t v = isx ? (uint64_t)e->x : (uint64_t)e->y;
      bool minus = isx && e->signed_ && e->x < 0;
      if (minus)
        v = 0 - v;
      char digits[24];
      int k = 0;
      do {
        digits[k++] = (char)('0' + v % 10);
        v /= 10;
      } while (v);
      if (minus)
        buf[n++] = '-';
      while (k)
        buf[n++] = digits[--k];
      s++;
      continue;
    }
    buf[n++] = *s;
  }
  return n;
}

static void printboundsError(const boundsError *e) {
  char buf[128];
  gwrite(buf, (int32_t)formatboundsError(e, buf));
}

// The Error methods, called through itabs with a pointer to the value.
// ("runtime error: " is never empty, so concatstrings copies the message:
// a bounds message is built in a buffer on this stack.)
static String runtimeErrorString(String msg) {
  String parts[] = {gostringnocopy("runtime error: "), msg};
  return concatstrings(parts, 2);
}

static String boundsError_Error(void *e) {
  char buf[128];
  size_t n = formatboundsError((const boundsError *)e, buf);
  return runtimeErrorString(String{(const uint8_t *)buf, (intgo)n});
}

static String errorString_Error(void *e) { return runtimeErrorString(*(const String *)e); }

static String plainError_Error(void *e) { return *(const String *)e; }

void panicBounds(uint8_t code, int64_t x, int64_t y, bool xsigned) {
  boundsError *e = (boundsError *)mallocgc(sizeof(boundsError), nullptr, true);
  *e = boundsError{x, y, xsigned, code};
  gopanic(eface{&boundsErrorType, e});
}

eface runtimeError(const char *s) {
  String *v = (String *)mallocgc(sizeof(String), &errorStringType, true);
  *v = gostringnocopy(s);
  return eface{&errorStringType, v};
}

eface plainError(const char *s) {
  String *v = (String *)mallocgc(sizeof(String), &plainErrorType, true);
  *v = gostringnocopy(s);
  return eface{&plainErrorType, v};
}

// The predeclared type that has this kind (whose values print bare).
static const char *basicName(uint8_t kind) {
  switch (kind) {
  case kindBool: return "bool";
  case kindInt: return "int";
  case kindInt8: return "int8";
  case kindInt16: return "int16";
  case kindInt32: return "int32";
  case kindInt64: return "int64";
  case kindUint: return "uint";
  case kindUint8: return "uint8";
  case kindUint16: return "uint16";
  case kindUint32: return "uint32";
  case kindUint64: return "uint64";
  case kindUintptr: return "uintptr";
  case kindFloat32: return "float32";
  case kindFloat64: return "float64";
  case kindComplex64: return "complex64";
  case kindComplex128: return "complex128";
  case kindString: return "string";
  }
  return nullptr;
}

// Prints the value at data, of a bool, numeric or string kind, as print
// would.
static void printbasic(uint8_t kind, const void *data) {
  switch (kind) {
  case kindBool: printbool(*(const bool *)data); return;
  case kindInt: case kindInt64: printint(*(const int64_t *)data); return;
  case kindInt8: printint(*(const int8_t *)data); return;
  case kindInt16: printint(*(const int16_t *)data); return;
  case kindInt32: printint(*(const int32_t *)data); return;
  case kindUint: case kindUint64: case kindUintptr: printuint(*(const uint64_t *)data); return;
  case kindUint8: printuint(*(const uint8_t *)data); return;
  case kindUint16: printuint(*(const uint16_t *)data); return;
  case kindUint32: printuint(*(const uint32_t *)data); return;
  case kindFloat32: printfloat(*(const float *)data); return;
  case kindFloat64: printfloat(*(const double *)data); return;
  case kindComplex64: {
    const float *c = (const float *)data;
    printcomplex(c[0], c[1]);
    return;
  }
  case kindComplex128: {
    const double *c = (const double *)data;
    printcomplex(c[0], c[1]);
    return;
  }
  case kindString: printstring(*(const String *)data); return;
  }
}

void printpanicval(eface v) {
  if (!v._type) {
    prints("nil");
    return;
  }
  if (v._type == &boundsErrorType) {
    prints("runtime error: ");
    printboundsError((const boundsError *)v.data);
    return;
  }
  if (v._type == &errorStringType) {
    prints("runtime error: ");
    printstring(*(const String *)v.data);
    return;
  }
  if (v._type == &plainErrorType) {
    printstring(*(const String *)v.data);
    return;
  }

  uint8_t kind = v._type->kind & kindMask;
  String name = v._type->str;
  const char *basic = basicName(kind);
  if (!basic) {
    prints("(");
    printstring(name);
    prints(") ");
    printpointer(v.data);
    return;
  }
  if ((size_t)name.len == strlen(basic) && memcmp(name.str, basic, name.len) == 0) {
    printbasic(kind, v.data);
    return;
  }
  printstring(name);
  if (kind == kindString) {
    prints("(\"");
    printbasic(kind, v.data);
    prints("\")");
  } else if (kind == kindComplex64 || kind == kindComplex128) {
    printbasic(kind, v.data); // already parenthesised
  } else {
    prints("(");
    printbasic(kind, v.data);
    prints(")");
  }
}
