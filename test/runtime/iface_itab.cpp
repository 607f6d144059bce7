// getitab: a type implements an interface when its method set (sorted,
// like the interface's, by name) has every method with the same signature;
// an unexported method must come from the interface's package. The itab
// lists the type's code in the interface's method order, and a method call
// through it reaches that code with the data word. itabs are cached: the
// same pair gives the same itab, a failing pair fails again from the cache,
// and thousands of pairs grow the table without losing any, also when
// goroutines on several Ms look them up at once. Interface
// equality compares dynamic types and values; println of interfaces and
// slices prints their words.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %t 2>&1 | FileCheck %s --match-full-lines
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s --match-full-lines
#include "Inputs/datatest.h"

#include <string.h>

// Method signatures: func() and func() string.
static functype tFunc = {basicType(8, 8, kindFunc, nullptr, 0, GOSTR("func()")), 0, 0, nullptr};
static _type *const stringResult[] = {&tString};
static functype tFuncString = {basicType(8, 8, kindFunc, nullptr, 0, GOSTR("func() string")), 0, 1,
                               stringResult};

// type I interface { M(); N() string }
static imethod iMethods[] = {{GOSTR("M"), &tFunc.typ}, {GOSTR("N"), &tFuncString.typ}};
static interfacetype tI = {basicType(16, 16, kindInterface, interequal, tflagNamed, GOSTR("main.I")),
                           GOSTR("main"), {iMethods, 2, 2}};

// type T int, with methods M, N (returns "T.N of <value>") and Z.
static int64_t lastM;
static void T_M(void *data) { lastM = *(int64_t *)data; }
static String T_N(void *data) { return numstr("T.N of ", *(int64_t *)data); }
static void T_Z(void *data) {}
static method tMethods[] = {
    {GOSTR("M"), &tFunc.typ, (void *)T_M},
    {GOSTR("N"), &tFuncString.typ, (void *)T_N},
    {GOSTR("Z"), &tFunc.typ, (void *)T_Z},
};
static uncommontype tUncommon = {GOSTR("main"), {tMethods, 3, 3}};
static _type tT = [] {
  _type t = basicType(8, 0, kindInt, memequal64, tflagNamed | tflagRegularMemory, GOSTR("main.T"));
  t.uncommon = &tUncommon;
  return t;
}();

// type U int, with only M; and type W int, whose N has another signature.
static method uMethods[] = {{GOSTR("M"), &tFunc.typ, (void *)T_M}};
static uncommontype uUncommon = {GOSTR("main"), {uMethods, 1, 1}};
static _type tU = [] {
  _type t = basicType(8, 0, kindInt, memequal64, tflagNamed | tflagRegularMemory, GOSTR("main.U"));
  t.uncommon = &uUncommon;
  return t;
}();
static method wMethods[] = {{GOSTR("M"), &tFunc.typ, (void *)T_M}, {GOSTR("N"), &tFunc.typ, (void *)T_Z}};
static uncommontype wUncommon = {GOSTR("main"), {wMethods, 2, 2}};
static _type tW = [] {
  _type t = basicType(8, 0, kindInt, memequal64, tflagNamed | tflagRegularMemory, GOSTR("main.W"));
  t.uncommon = &wUncommon;
  return t;
}();

// type J interface { m() } in package main, and types with a method m
// from package main (P) and from package other (Q).
static imethod jMethods[] = {{GOSTR("m"), &tFunc.typ}};
static interfacetype tJ = {basicType(16, 16, kindInterface, interequal, tflagNamed, GOSTR("main.J")),
                           GOSTR("main"), {jMethods, 1, 1}};
static method mMethods[] = {{GOSTR("m"), &tFunc.typ, (void *)T_Z}};
static uncommontype pUncommon = {GOSTR("main"), {mMethods, 1, 1}};
static uncommontype qUncommon = {GOSTR("other"), {mMethods, 1, 1}};
static _type tP = [] {
  _type t = basicType(8, 0, kindInt, memequal64, tflagNamed | tflagRegularMemory, GOSTR("main.P"));
  t.uncommon = &pUncommon;
  return t;
}();
static _type tQ = [] {
  _type t = basicType(8, 0, kindInt, memequal64, tflagNamed | tflagRegularMemory, GOSTR("other.Q"));
  t.uncommon = &qUncommon;
  return t;
}();

static void implements() {
  itab *tab = getitab(&tI, &tT, false);
  iface x = {tab, box(&tT, (int64_t)42)};
  // A call x.M(), then x.N(), through the itab.
  ((void (*)(void *))x.tab->fun[0])(x.data);
  String n = ((String(*)(void *))x.tab->fun[1])(x.data);
  // CHECK: T implements I: inter 1 type 1 M saw 42 N [T.N of 42]
  printlock();
  prints("T implements I: inter ");
  printint(tab->inter == &tI);
  prints(" type ");
  printint(tab->_type == &tT);
  prints(" M saw ");
  printint(lastM);
  prints(" N [");
  printstring(n);
  prints("]");
  printnl();
  printunlock();
  // CHECK-NEXT: cached 1
  say("cached", getitab(&tI, &tT, false) == tab);
  // CHECK-NEXT: U implements I 0 0, W 0, int 0
  printlock();
  prints("U implements I ");
  printint(getitab(&tI, &tU, true) != nullptr);
  prints(" ");
  printint(getitab(&tI, &tU, true) != nullptr);
  prints(", W ");
  printint(getitab(&tI, &tW, true) != nullptr);
  prints(", int ");
  printint(getitab(&tI, &tInt, true) != nullptr);
  printnl();
  // CHECK-NEXT: unexported: main.P 1 other.Q 0
  prints("unexported: main.P ");
  printint(getitab(&tJ, &tP, true) != nullptr);
  prints(" other.Q ");
  printint(getitab(&tJ, &tQ, true) != nullptr);
  printnl();
  printunlock();
}

// Thousands of (interface, type) pairs: each built once, all found again.
static void manyPairs() {
  enum { NI = 40, NT = 100 };
  static interfacetype inters[NI];
  static _type types[NT];
  static itab *tabs[NI][NT];
  for (int i = 0; i < NI; i++)
    inters[i] = tI;
  for (int t = 0; t < NT; t++)
    types[t] = t % 2 ? tT : tU;
  for (int i = 0; i < NI; i++)
    for (int t = 0; t < NT; t++)
      tabs[i][t] = getitab(&inters[i], &types[t], true);
  int64_t bad = 0;
  for (int t = 0; t < NT; t++)
    for (int i = 0; i < NI; i++) {
      itab *m = getitab(&inters[i], &types[t], true);
      bad += m != tabs[i][t] || (m != nullptr) != (t % 2 == 1) || (m && (m->inter != &inters[i] || m->_type != &types[t]));
    }
  // CHECK-NEXT: many pairs: wrong 0
  say("many pairs: wrong", bad);
}

// Four goroutines resolve the same fresh pairs at once, in different
// orders: each pair gets one itab, which all of them see.
static void concurrentPairs() {
  enum { NI = 30, NT = 30, NG = 4 };
  static interfacetype inters[NI];
  static _type types[NT];
  static itab *seen[NG][NI][NT];
  for (int i = 0; i < NI; i++)
    inters[i] = tI;
  for (int t = 0; t < NT; t++)
    types[t] = t % 3 ? tT : tU;
  waitgroup wg = {NG, {}};
  for (int gi = 0; gi < NG; gi++)
    go([gi, &wg] {
      for (int n = 0; n < NI * NT; n++) {
        int k = gi % 2 ? NI * NT - 1 - n : n;
        seen[gi][k / NT][k % NT] = getitab(&inters[k / NT], &types[k % NT], true);
        if (n % 100 == 0)
          Gosched();
      }
      wgdone(&wg);
    });
  wgwait(&wg);
  int64_t bad = 0;
  for (int i = 0; i < NI; i++)
    for (int t = 0; t < NT; t++)
      for (int gi = 0; gi < NG; gi++)
        bad += seen[gi][i][t] != seen[0][i][t] || (seen[0][i][t] != nullptr) != (t % 3 != 0);
  // CHECK-NEXT: concurrent pairs: wrong 0
  say("concurrent pairs: wrong", bad);
}

static void equality() {
  eface a = {&tInt, box(&tInt, (int64_t)7)}, b = {&tInt, box(&tInt, (int64_t)7)},
        c = {&tInt, box(&tInt, (int64_t)8)}, s = {&tString, box(&tString, S("7"))},
        s2 = {&tString, box(&tString, S("7"))}, nil = {nullptr, nullptr};
  // CHECK-NEXT: eface ==: 1 0 0 1 1 0
  printlock();
  prints("eface ==: ");
  printint(nilinterequal(&a, &b));
  prints(" ");
  printint(nilinterequal(&a, &c));
  prints(" ");
  printint(nilinterequal(&a, &s));
  prints(" ");
  printint(nilinterequal(&s, &s2));
  prints(" ");
  printint(nilinterequal(&nil, &nil));
  prints(" ");
  printint(nilinterequal(&nil, &a));
  printnl();
  // Two itabs of the same pair (a static one and getitab's) are equal.
  itab *dyn = getitab(&tI, &tT, false);
  itab *stat = (itab *)mallocptrs(sizeof(itab) + sizeof(void *));
  memcpy(stat, dyn, sizeof(itab) + sizeof(void *));
  iface x = {dyn, box(&tT, (int64_t)1)}, y = {stat, box(&tT, (int64_t)1)}, z = {stat, box(&tT, (int64_t)2)},
        inil = {nullptr, nullptr};
  // CHECK-NEXT: iface ==: 1 0 1 0
  prints("iface ==: ");
  printint(interequal(&x, &y));
  prints(" ");
  printint(interequal(&x, &z));
  prints(" ");
  printint(interequal(&inil, &inil));
  prints(" ");
  printint(interequal(&inil, &x));
  printnl();
  // CHECK-NEXT: efaceeq 1 ifaceeq 1
  prints("efaceeq ");
  printint(efaceeq(&tString, s.data, s2.data));
  prints(" ifaceeq ");
  printint(ifaceeq(&tT, x.data, y.data));
  printnl();
  printunlock();
}

static void printing() {
  int64_t v = 3;
  // CHECK-NEXT: (0x0,0x0) (0x{{[0-9a-f]+}},0x{{[0-9a-f]+}}) (0x0,0x0) [2/5]0x{{[0-9a-f]+}} [0/0]0x0
  printlock();
  printeface(eface{nullptr, nullptr});
  printsp();
  printeface(eface{&tInt, &v});
  printsp();
  printiface(iface{nullptr, nullptr});
  printsp();
  printslice(&v, 2, 5);
  printsp();
  printslice(nullptr, 0, 0);
  printnl();
  printunlock();
}

void main_main() {
  implements();
  manyPairs();
  concurrentPairs();
  equality();
  printing();
}
