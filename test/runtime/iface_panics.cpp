// The panics of interfaces, with gc's messages and exit status 2: failed
// type assertions (to a concrete type, from a nil interface, to an
// interface whose method is missing, between two types of the same name),
// comparison of uncomparable dynamic values. And how a panic's value
// prints when it has methods: an error as its Error(), else a Stringer as
// its String(); a panic inside that method is fatal.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %expect-exit 2 %t e2t 2>&1 | FileCheck %s --check-prefix=E2T
// RUN: %expect-exit 2 %t i2t 2>&1 | FileCheck %s --check-prefix=I2T
// RUN: %expect-exit 2 %t nili2t 2>&1 | FileCheck %s --check-prefix=NILI2T
// RUN: %expect-exit 2 %t nili2i 2>&1 | FileCheck %s --check-prefix=NILI2I
// RUN: %expect-exit 2 %t nile2i 2>&1 | FileCheck %s --check-prefix=NILI2I
// RUN: %expect-exit 2 %t missing 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: %expect-exit 2 %t missingcached 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: %expect-exit 2 %t nomethods 2>&1 | FileCheck %s --check-prefix=NOMETHODS
// RUN: %expect-exit 2 %t scopes 2>&1 | FileCheck %s --check-prefix=SCOPES
// RUN: %expect-exit 2 %t uncomparable 2>&1 | FileCheck %s --check-prefix=UNCOMPARABLE
// RUN: %expect-exit 2 %t error 2>&1 | FileCheck %s --check-prefix=ERROR
// RUN: %expect-exit 2 %t stringer 2>&1 | FileCheck %s --check-prefix=STRINGER
// RUN: %expect-exit 2 %t both 2>&1 | FileCheck %s --check-prefix=BOTH
// RUN: %expect-exit 2 %t inner 2>&1 | FileCheck %s --check-prefix=INNER
#include "Inputs/datatest.h"

#include <string.h>

extern char **argv __asm__("runtime.argv");

static functype tFunc = {basicType(8, 8, kindFunc, nullptr, 0, GOSTR("func()")), 0, 0, nullptr};
static _type *const stringResult[] = {&tString};
static functype tFuncString = {basicType(8, 8, kindFunc, nullptr, 0, GOSTR("func() string")), 0, 1,
                               stringResult};

// type I interface { M(); N() string }
static imethod iMethods[] = {{GOSTR("M"), &tFunc.typ}, {GOSTR("N"), &tFuncString.typ}};
static interfacetype tI = {basicType(16, 16, kindInterface, interequal, tflagNamed, GOSTR("main.I")),
                           GOSTR("main"), {iMethods, 2, 2}};

static void nop(void *) {}
static String errorText(void *) { return S("the Error text"); }
static String stringText(void *) { return S("the String text"); }
static String innerPanic(void *) { gopanic(eface{&tString, box(&tString, S("inner"))}); }

// A named int type with the given methods.
static _type named(const char *name, method *ms, intgo n) {
  _type t = basicType(8, 0, kindInt, memequal64, tflagNamed | tflagRegularMemory, gostringnocopy(name));
  uncommontype *x = (uncommontype *)mallocptrs(sizeof(uncommontype));
  *x = uncommontype{GOSTR("main"), {ms, n, n}};
  t.uncommon = x;
  return t;
}

static method tMethods[] = {{GOSTR("M"), &tFunc.typ, (void *)nop}, {GOSTR("N"), &tFuncString.typ, (void *)errorText}};
static method uMethods[] = {{GOSTR("M"), &tFunc.typ, (void *)nop}};
static method errMethods[] = {{GOSTR("Error"), &tFuncString.typ, (void *)errorText}};
static method strMethods[] = {{GOSTR("String"), &tFuncString.typ, (void *)stringText}};
static method bothMethods[] = {{GOSTR("Error"), &tFuncString.typ, (void *)errorText},
                               {GOSTR("String"), &tFuncString.typ, (void *)stringText}};
static method innerMethods[] = {{GOSTR("Error"), &tFuncString.typ, (void *)innerPanic}};

void main_main() {
  _type tT = named("main.T", tMethods, 2), tU = named("main.U", uMethods, 1);
  const char *arg = argv[1] ? argv[1] : "";
  // E2T: panic: interface conversion: interface {} is string, not int
  // E2T-EMPTY:
  // E2T-NEXT: goroutine 1 [running]:
  if (!strcmp(arg, "e2t"))
    panicdottypeE(&tString, &tInt, &tEface.typ);
  // I2T: panic: interface conversion: main.I is main.T, not main.U
  if (!strcmp(arg, "i2t"))
    panicdottypeI(getitab(&tI, &tT, false), &tU, &tI.typ);
  // NILI2T: panic: interface conversion: main.I is nil, not main.T
  if (!strcmp(arg, "nili2t"))
    panicdottypeI(nullptr, &tT, &tI.typ);
  // NILI2I: panic: interface conversion: interface is nil, not main.I
  if (!strcmp(arg, "nili2i"))
    panicnildottype(&tI.typ);
  if (!strcmp(arg, "nile2i"))
    assertE2I(&tI, nullptr);
  // MISSING: panic: interface conversion: main.U is not main.I: missing method N
  if (!strcmp(arg, "missing"))
    assertE2I(&tI, &tU);
  if (!strcmp(arg, "missingcached")) {
    if (!getitab(&tI, &tU, true))
      getitab(&tI, &tU, false);
  }
  // NOMETHODS: panic: interface conversion: int is not main.I: missing method M
  if (!strcmp(arg, "nomethods"))
    getitab(&tI, &tInt, false);
  // SCOPES: panic: interface conversion: interface {} is main.T, not main.T (types from different scopes)
  if (!strcmp(arg, "scopes")) {
    _type other = named("main.T", tMethods, 2);
    panicdottypeE(&tT, &other, &tEface.typ);
  }
  // UNCOMPARABLE: panic: runtime error: comparing uncomparable type []int
  if (!strcmp(arg, "uncomparable")) {
    Slice s = {nullptr, 0, 0};
    eface a = {&tIntSlice, &s}, b = {&tIntSlice, &s};
    nilinterequal(&a, &b);
  }
  // ERROR: panic: the Error text
  // ERROR-EMPTY:
  // ERROR-NEXT: goroutine 1 [running]:
  if (!strcmp(arg, "error")) {
    _type t = named("main.E", errMethods, 1);
    gopanic(eface{&t, box(&t, (int64_t)1)});
  }
  // STRINGER: panic: the String text
  if (!strcmp(arg, "stringer")) {
    _type t = named("main.S", strMethods, 1);
    gopanic(eface{&t, box(&t, (int64_t)1)});
  }
  // BOTH: panic: the Error text
  if (!strcmp(arg, "both")) {
    _type t = named("main.B", bothMethods, 2);
    gopanic(eface{&t, box(&t, (int64_t)1)});
  }
  // INNER: fatal error: panic while printing panic value: inner
  // INNER-EMPTY:
  // INNER-NEXT: goroutine 1 [running]:
  if (!strcmp(arg, "inner")) {
    _type t = named("main.E", innerMethods, 1);
    gopanic(eface{&t, box(&t, (int64_t)1)});
  }
}
