// panic(v) prints v as gc does: strings raw, numbers and bools as print
// does, values of named types as T(v), other kinds as (T) ADDR, nil as nil;
// then the goroutine's traceback (the program's frames, innermost first,
// not the runtime's), and the process exits with status 2.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %expect-exit 2 %t string 2>&1 | FileCheck %s --check-prefix=STRING --match-full-lines
// RUN: %expect-exit 2 %t named 2>&1 | FileCheck %s --check-prefix=NAMED
// RUN: %expect-exit 2 %t int 2>&1 | FileCheck %s --check-prefix=INT
// RUN: %expect-exit 2 %t namedint 2>&1 | FileCheck %s --check-prefix=NAMEDINT
// RUN: %expect-exit 2 %t byte 2>&1 | FileCheck %s --check-prefix=BYTE
// RUN: %expect-exit 2 %t float 2>&1 | FileCheck %s --check-prefix=FLOAT
// RUN: %expect-exit 2 %t namedfloat 2>&1 | FileCheck %s --check-prefix=NAMEDFLOAT
// RUN: %expect-exit 2 %t bool 2>&1 | FileCheck %s --check-prefix=BOOL
// RUN: %expect-exit 2 %t complex 2>&1 | FileCheck %s --check-prefix=COMPLEX
// RUN: %expect-exit 2 %t struct 2>&1 | FileCheck %s --check-prefix=STRUCT
// RUN: %expect-exit 2 %t nil 2>&1 | FileCheck %s --check-prefix=NIL
#include "runtime.h"

#include <string.h>

extern char **argv __asm__("runtime.argv");

#define TYPE(var, kind, name, size)                                                                \
  static _type var = {size, 0, 0, 0, 8, 8, kind, nullptr, nullptr,                                \
                      {(const uint8_t *)name, sizeof(name) - 1}};
TYPE(typeString, kindString, "string", 16)
TYPE(typeT, kindString, "main.T", 16)
TYPE(typeInt, kindInt, "int", 8)
TYPE(typeN, kindInt, "main.N", 8)
TYPE(typeUint8, kindUint8, "uint8", 1)
TYPE(typeFloat64, kindFloat64, "float64", 8)
TYPE(typeF, kindFloat64, "main.F", 8)
TYPE(typeBool, kindBool, "bool", 1)
TYPE(typeComplex128, kindComplex128, "complex128", 16)
TYPE(typeS, kindStruct, "main.S", 16)

static String str = gostringnocopy("boom: \"quoted\"\tand tab");
static String strx = gostringnocopy("x");
static int64_t i42 = 42, iminus7 = -7;
static uint8_t b255 = 255;
static double f15 = 1.5, f25 = -2.5;
static bool btrue = true;
static double c12[2] = {1, 2};
static int64_t s[2];

// main.g panics with the value argv[1] names; called through main.f, so
// the traceback has three frames.
extern "C" __attribute__((noinline)) void g_() __asm__("main.g");
void g_() {
  const char *mode = argv[1];
  eface e = {};
  if (!strcmp(mode, "string"))
    e = {&typeString, &str};
  else if (!strcmp(mode, "named"))
    e = {&typeT, &strx};
  else if (!strcmp(mode, "int"))
    e = {&typeInt, &i42};
  else if (!strcmp(mode, "namedint"))
    e = {&typeN, &iminus7};
  else if (!strcmp(mode, "byte"))
    e = {&typeUint8, &b255};
  else if (!strcmp(mode, "float"))
    e = {&typeFloat64, &f15};
  else if (!strcmp(mode, "namedfloat"))
    e = {&typeF, &f25};
  else if (!strcmp(mode, "bool"))
    e = {&typeBool, &btrue};
  else if (!strcmp(mode, "complex"))
    e = {&typeComplex128, c12};
  else if (!strcmp(mode, "struct"))
    e = {&typeS, s};
  gopanic(e);
}

extern "C" __attribute__((noinline)) void f_() __asm__("main.f");
void f_() {
  g_();
  __asm__ volatile(""); // keep the call a call, not a tail jump
}

void main_init() __asm__("main.init");
void main_init() {}

void main_main() __asm__("main.main");
void main_main() {
  f_();
  __asm__ volatile("");
}

// STRING:      panic: boom: "quoted"	and tab
// STRING-EMPTY:
// STRING-NEXT: goroutine 1 [running]:
// STRING-NEXT: main.g(...)
// STRING-NEXT: 	?:0 +0x{{[0-9a-f]+}}
// STRING-NEXT: main.f(...)
// STRING-NEXT: 	?:0 +0x{{[0-9a-f]+}}
// STRING-NEXT: main.main(...)
// STRING-NEXT: 	?:0 +0x{{[0-9a-f]+}}
// STRING-NOT: {{.}}

// NAMED: panic: main.T("x")
// INT: panic: 42
// NAMEDINT: panic: main.N(-7)
// BYTE: panic: 255
// FLOAT: panic: +1.500000e+000
// NAMEDFLOAT: panic: main.F(-2.500000e+000)
// BOOL: panic: true
// COMPLEX: panic: (+1.000000e+000+2.000000e+000i)
// STRUCT: panic: (main.S) 0x{{[0-9a-f]+}}
// NIL: panic: nil
// NIL-EMPTY:
// NIL-NEXT: goroutine 1 [running]:
