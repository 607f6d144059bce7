//===- runtime/error.cpp - runtime errors and printing panic values -------===//
//
// The values the runtime panics with, and how gc prints a panic's value.
//
// Runtime errors are values of three runtime types, as in Go:
// runtime.boundsError (index/slice bounds: the bad index, the length or
// bound, and which check failed; the message is built only when printed)
// and runtime.errorString (a fixed message) print as
// `runtime error: <message>`; runtime.plainError (the channel operations'
// `send on closed channel` and the like) prints its message alone.
// Compiled code cannot yet call their Error methods (method sets and
// itabs arrive with issue 3), so printpanicval recognises them by their
// type descriptors.
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

#define RUNTIME_TYPE(var, T, kind, name)                                                           \
  static _type var __asm__("type.runtime." name) = {                                             \
      sizeof(T), 0, 0, 0, alignof(T), alignof(T), kind, nullptr, nullptr,                         \
      {(const uint8_t *)"runtime." name, sizeof("runtime." name) - 1}};

RUNTIME_TYPE(boundsErrorType, boundsError, kindStruct, "boundsError")
RUNTIME_TYPE(errorStringType, String, kindString, "errorString")
RUNTIME_TYPE(plainErrorType, String, kindString, "plainError")

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

static void printboundsError(const boundsError *e) {
  bool neg = e->signed_ && e->x < 0;
  const char *fmt = neg ? boundsNegErrorFmt[e->code] : boundsErrorFmt[e->code];
  for (const char *s = fmt; *s; s++) {
    if (s[0] == '%' && s[1] == 'x') {
      if (e->signed_)
        printint(e->x);
      else
        printuint((uint64_t)e->x);
      s++;
      continue;
    }
    if (s[0] == '%' && s[1] == 'y') {
      printint(e->y);
      s++;
      continue;
    }
    gwrite(s, 1);
  }
}

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
