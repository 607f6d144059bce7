// Keys of every comparable kind. Floats: +0 and -0 are one key (the key
// stored is the last one assigned, as gc keeps it), every NaN is a new
// key that no lookup or delete finds, and ranging produces each NaN.
// Interfaces: equal when dynamic type and value are, hashed by the
// dynamic value (typehash walks structs and arrays); a key whose dynamic
// type has no equality panics, even on a nil map. Structs with a string
// field and arrays of strings, hashed and compared field by field.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %t 2>&1 | FileCheck %s --match-full-lines
// RUN: %expect-exit 2 %t unhashable 2>&1 | FileCheck %s --check-prefix=UNHASHABLE
// RUN: %expect-exit 2 %t unhashablenil 2>&1 | FileCheck %s --check-prefix=UNHASHABLE
// RUN: %expect-exit 2 %t nilassign 2>&1 | FileCheck %s --check-prefix=NILASSIGN
#include "Inputs/datatest.h"

#include <math.h>
#include <string.h>

extern char **argv __asm__("runtime.argv");

static maptype floatMap = mapType(&tFloat64, &tInt, f64hash, mapNeedKeyUpdate, GOSTR("map[float64]int"));
static maptype efaceMap = mapType(&tEface.typ, &tInt, nilinterhash, mapNeedKeyUpdate | mapHashMightPanic,
                                  GOSTR("map[interface {}]int"));

// struct { a int32; s string }, with the hash and equality the compiler
// generates for it, and its field list for typehash.
struct pair {
  int32_t a;
  String s;
};
static uintptr_t pairhash(const void *p, uintptr_t h) {
  const pair *x = (const pair *)p;
  return strhash(&x->s, memhash32(&x->a, h));
}
static bool pairequal(const void *p, const void *q) {
  const pair *x = (const pair *)p, *y = (const pair *)q;
  return x->a == y->a && eqstring(x->s, y->s);
}
static structfield pairFields[] = {{GOSTR("a"), &tInt32, 0}, {GOSTR("_"), &tInt32, 4}, {GOSTR("s"), &tString, 8}};
static structtype tPair = {basicType(sizeof(pair), 16, kindStruct, pairequal, tflagNamed, GOSTR("main.pair")),
                           GOSTR("main"), {pairFields, 3, 3}};
static maptype strMap = mapType(&tString, &tInt, strhash, mapReflexiveKey | mapNeedKeyUpdate,
                                GOSTR("map[string]int"));
static maptype pairMap = mapType(&tPair.typ, &tInt, pairhash, mapReflexiveKey | mapNeedKeyUpdate,
                                 GOSTR("map[main.pair]int"));

// [2]string
struct strs {
  String v[2];
};
static bool arrequal(const void *p, const void *q) {
  const String *x = (const String *)p, *y = (const String *)q;
  return eqstring(x[0], y[0]) && eqstring(x[1], y[1]);
}
static arraytype tArr = {basicType(32, 24, kindArray, arrequal, 0, GOSTR("[2]string")), &tString, nullptr, 2};

static void floats() {
  hmap *h = makemap(&floatMap, 0);
  double pz = 0.0, nz = -0.0;
  *(int64_t *)mapassign(&floatMap, h, &pz) = 1;
  *(int64_t *)mapassign(&floatMap, h, &nz) = 2;
  hiter it;
  mapiterinit(&floatMap, h, &it);
  // CHECK: zeros: len 1 value 2 key negative 1
  printlock();
  prints("zeros: len ");
  printint(maplen(h));
  prints(" value ");
  printint(*(int64_t *)mapaccess1(&floatMap, h, &pz));
  prints(" key negative ");
  printint(signbit(*(double *)it.key) != 0);
  printnl();
  printunlock();

  double nan = NAN;
  for (int i = 0; i < 3; i++)
    *(int64_t *)mapassign(&floatMap, h, &nan) = 10 + i;
  mapdelete(&floatMap, h, &nan);
  int64_t nans = 0, nansum = 0;
  for (mapiterinit(&floatMap, h, &it); it.key; mapiternext(&it))
    if (isnan(*(double *)it.key)) {
      nans++;
      nansum += *(int64_t *)it.elem;
    }
  // CHECK-NEXT: nan: len 4 found 0 ranged 3 sum 33
  printlock();
  prints("nan: len ");
  printint(maplen(h));
  prints(" found ");
  printint(mapaccess2(&floatMap, h, &nan).ok);
  prints(" ranged ");
  printint(nans);
  prints(" sum ");
  printint(nansum);
  printnl();
  printunlock();

  // Many NaNs through many growths, ranged while the table grows.
  hmap *g = makemap(&floatMap, 0);
  for (int i = 0; i < 2000; i++) {
    double k = i % 2 ? NAN : (double)i;
    *(int64_t *)mapassign(&floatMap, g, &k) = 1;
  }
  int64_t produced = 0;
  double extra = 1e9;
  for (mapiterinit(&floatMap, g, &it); it.key; mapiternext(&it)) {
    if (*(int64_t *)it.elem == 1)
      produced++;
    for (int j = 0; j < 5; j++, extra++)
      *(int64_t *)mapassign(&floatMap, g, &extra) = 2;
  }
  // CHECK-NEXT: nan growth: len 2000 produced 2000
  printlock();
  prints("nan growth: len ");
  printint(maplen(g) - (int64_t)(extra - 1e9));
  prints(" produced ");
  printint(produced);
  printnl();
  printunlock();
}

static void interfaces() {
  hmap *h = makemap(&efaceMap, 0);
  eface keys[] = {
      {&tInt, box(&tInt, (int64_t)1)},
      {&tString, box(&tString, S("1"))},
      {&tFloat64, box(&tFloat64, 1.0)},
      {&tInt, box(&tInt, (int64_t)2)},
      {nullptr, nullptr}, // nil
      {&tPair.typ, box(&tPair.typ, pair{1, S("x")})},
      {&tArr.typ, box(&tArr.typ, strs{{S("a"), S("b")}})},
  };
  for (int i = 0; i < 7; i++)
    *(int64_t *)mapassign(&efaceMap, h, &keys[i]) = i + 1;
  // Equal values in new boxes find the same entries.
  eface probes[] = {
      {&tInt, box(&tInt, (int64_t)1)},
      {&tString, box(&tString, S("1"))},
      {&tFloat64, box(&tFloat64, 1.0)},
      {&tInt, box(&tInt, (int64_t)2)},
      {nullptr, nullptr},
      {&tPair.typ, box(&tPair.typ, pair{1, S("x")})},
      {&tArr.typ, box(&tArr.typ, strs{{S("a"), S("b")}})},
      {&tInt, box(&tInt, (int64_t)3)},
      {&tPair.typ, box(&tPair.typ, pair{1, S("y")})},
  };
  // CHECK-NEXT: interface: len 7 values 1 2 3 4 5 6 7 0 0
  printlock();
  prints("interface: len ");
  printint(maplen(h));
  prints(" values");
  for (eface &p : probes) {
    prints(" ");
    printint(*(int64_t *)mapaccess1(&efaceMap, h, &p));
  }
  printnl();
  printunlock();
}

static void composites() {
  hmap *h = makemap(&pairMap, 0);
  for (int32_t i = 0; i < 1000; i++) {
    pair k = {i % 10, numstr("s", i / 10)};
    *(int64_t *)mapassign(&pairMap, h, &k) = i;
  }
  int64_t bad = 0;
  for (int32_t i = 0; i < 1000; i++) {
    pair k = {i % 10, numstr("s", i / 10)};
    MapAccess2 r = mapaccess2(&pairMap, h, &k);
    bad += !r.ok || *(int64_t *)r.elem != i;
  }
  pair absent = {3, S("s1000")};
  // CHECK-NEXT: struct keys: len 1000 wrong 0 absent found 0
  printlock();
  prints("struct keys: len ");
  printint(maplen(h));
  prints(" wrong ");
  printint(bad);
  prints(" absent found ");
  printint(mapaccess2(&pairMap, h, &absent).ok);
  printnl();
  printunlock();
}

void main_main() {
  if (argv[1] && strcmp(argv[1], "unhashable") == 0) {
    hmap *h = makemap(&efaceMap, 0);
    eface k = {&tIntSlice, box(&tIntSlice, Slice{nullptr, 0, 0})};
    // UNHASHABLE: panic: runtime error: hash of unhashable type []int
    // UNHASHABLE-EMPTY:
    // UNHASHABLE-NEXT: goroutine 1 [running]:
    // UNHASHABLE-NEXT: main.main{{.*}}
    mapassign(&efaceMap, h, &k);
  }
  if (argv[1] && strcmp(argv[1], "unhashablenil") == 0) {
    eface k = {&tIntSlice, box(&tIntSlice, Slice{nullptr, 0, 0})};
    mapaccess1(&efaceMap, nullptr, &k);
  }
  if (argv[1] && strcmp(argv[1], "nilassign") == 0) {
    // NILASSIGN: panic: assignment to entry in nil map
    // NILASSIGN-EMPTY:
    // NILASSIGN-NEXT: goroutine 1 [running]:
    // NILASSIGN-NEXT: main.main{{.*}}
    mapassign_faststr(&strMap, nullptr, S("k"));
  }
  floats();
  interfaces();
  composites();
}
