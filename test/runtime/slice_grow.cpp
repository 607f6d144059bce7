// append's growth matches gc's: the capacities growslice produces for
// one-at-a-time and many-at-once appends, for element sizes from 1 to 5000
// bytes, are those gc 1.19 prints for the same appends
// (Inputs/slice_caps.go, whose output is Inputs/slice_caps.out). growslice
// keeps the old elements and clears the memory past the new length; a
// slice of pointers lives in memory the collector scans, so what only it
// points to survives collections; makeslice panics as gc does.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: %t caps > %t.out 2>&1
// RUN: diff %S/Inputs/slice_caps.out %t.out
// RUN: %t 2>&1 | FileCheck %s --match-full-lines
// RUN: %expect-exit 2 %t makelen 2>&1 | FileCheck %s --check-prefix=LEN
// RUN: %expect-exit 2 %t makecap 2>&1 | FileCheck %s --check-prefix=CAP
// RUN: %expect-exit 2 %t makehuge 2>&1 | FileCheck %s --check-prefix=LEN
#include "Inputs/datatest.h"

#include <gc/gc.h>
#include <string.h>

extern char **argv __asm__("runtime.argv");

static _type elemType(uintptr_t size) { return basicType(size, 0, kindArray, nullptr, 0, GOSTR("[N]uint8")); }

// Every capacity that appending one element at a time goes through.
static void one(const char *name, uintptr_t size, intgo limit) {
  _type et = elemType(size);
  void *array = nullptr;
  intgo len = 0, cap = 0, last = -1;
  printlock();
  prints(name);
  prints(" one:");
  for (intgo n = 0; n < limit; n++) {
    if (len + 1 > cap) {
      SliceGrow g = growslice(array, len + 1, cap, 1, &et);
      array = g.array;
      cap = g.cap;
    }
    len++;
    if (cap != last) {
      last = cap;
      prints(" ");
      printint(cap);
    }
  }
  printnl();
  printunlock();
}

// The capacity after appending k elements at once to a full slice of l.
static void many(const char *name, uintptr_t size) {
  _type et = elemType(size);
  printlock();
  prints(name);
  prints(" many:");
  intgo ls[] = {0, 1, 3, 7, 100, 255, 256, 300, 1000};
  intgo ks[] = {1, 2, 5, 17, 300, 1000};
  for (intgo l : ls)
    for (intgo k : ks) {
      void *array = makeslice(&et, l, l);
      SliceGrow g = growslice(array, l + k, l, k, &et);
      prints(" ");
      printint(g.cap);
    }
  printnl();
  printunlock();
}

static void caps() {
  one("1", 1, 100000);
  one("2", 2, 50000);
  one("4", 4, 50000);
  one("8", 8, 50000);
  one("12", 12, 20000);
  one("16", 16, 20000);
  one("24", 24, 20000);
  one("40", 40, 10000);
  one("100", 100, 3000);
  one("1000", 1000, 500);
  one("5000", 5000, 100);
  many("1", 1);
  many("8", 8);
  many("12", 12);
  many("24", 24);
  many("40", 40);
  many("1000", 1000);
}

// append(s, i) for i in [0, n) into a []int: contents and cleared tail.
static void contents() {
  int64_t *a = nullptr;
  intgo len = 0, cap = 0, bad = 0;
  for (int64_t i = 0; i < 100000; i++) {
    if (len == cap) {
      // Dirty memory the allocator may hand out again.
      memset(mallocgc(4096, nullptr, false), 0xAB, 4096);
      SliceGrow g = growslice(a, len + 1, cap, 1, &tInt);
      a = (int64_t *)g.array;
      cap = g.cap;
      for (intgo j = 0; j < len; j++)
        bad += a[j] != j;
      for (intgo j = len + 1; j < cap; j++)
        bad += a[j] != 0;
    }
    a[len++] = i;
  }
  // CHECK: contents: len 100000 wrong 0
  printlock();
  prints("contents: len ");
  printint(len);
  prints(" wrong ");
  printint(bad);
  printnl();
  printunlock();
  // Zero-sized elements: no memory, but never a nil array.
  _type empty = elemType(0);
  SliceGrow g = growslice(nullptr, 5, 0, 5, &empty);
  // CHECK-NEXT: zero-size: array set 1 cap 5
  printlock();
  prints("zero-size: array set ");
  printint(g.array != nullptr);
  prints(" cap ");
  printint(g.cap);
  printnl();
  printunlock();
}

// A []*int grown by append holds the only pointers to its ints; they must
// survive collections and the reuse of freed memory.
static void pointers() {
  int64_t **a = nullptr;
  intgo len = 0, cap = 0;
  for (int64_t i = 0; i < 100000; i++) {
    if (len == cap) {
      SliceGrow g = growslice(a, len + 1, cap, 1, &tIntPtr);
      a = (int64_t **)g.array;
      cap = g.cap;
    }
    int64_t *p = (int64_t *)mallocgc(8, &tInt, false);
    *p = i;
    a[len++] = p;
  }
  GC_gcollect();
  for (int i = 0; i < 100000; i++)
    memset(mallocgc(8, &tInt, false), 0xAB, 8);
  intgo bad = 0;
  for (intgo i = 0; i < len; i++)
    bad += *a[i] != i;
  // CHECK-NEXT: pointers: wrong 0
  say("pointers: wrong", bad);
}

void main_main() {
  const char *arg = argv[1] ? argv[1] : "";
  if (strcmp(arg, "caps") == 0) {
    caps();
    return;
  }
  // LEN: panic: runtime error: makeslice: len out of range
  // CAP: panic: runtime error: makeslice: cap out of range
  if (strcmp(arg, "makelen") == 0)
    makeslice(&tInt, -1, 10);
  if (strcmp(arg, "makecap") == 0)
    makeslice(&tInt, 5, 2);
  if (strcmp(arg, "makehuge") == 0)
    makeslice(&tInt, (intgo)1 << 60, (intgo)1 << 60);
  contents();
  pointers();
}
