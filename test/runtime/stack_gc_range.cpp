// Goroutine stacks lie outside the collector's plausible heap range
// (GC_least_plausible_heap_addr..GC_greatest_plausible_heap_addr), so no
// word in a stack that points into one (a saved frame pointer, sched.sp)
// can blacklist heap pages (stack.cpp says why that matters). The range
// is checked after the heap has grown through many sections, with parked
// goroutines on their stacks; before the stack reservation was placed away
// from the heap, the kernel put it between Boehm's first heap sections and
// the later ones, and every stack was inside the range.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=4 %t 2>&1 | FileCheck %s
#include "Inputs/schedtest.h"

#include <gc/gc.h>
#include <gc/gc_mark.h>

enum : int64_t { N = 1000 };

static g *parked[N];
static int64_t nparked;
static waitgroup wg;

static bool record(g *gp, void *) {
  parked[__atomic_fetch_add(&nparked, 1, __ATOMIC_ACQ_REL)] = gp;
  return true;
}

static bool inHeapRange(stack s) {
  uintptr_t lo = (uintptr_t)GC_least_plausible_heap_addr;
  uintptr_t hi = (uintptr_t)GC_greatest_plausible_heap_addr;
  return s.lo <= hi && lo < s.hi;
}

void main_main() __asm__("main.main");
void main_main() {
  wg.n = N;
  for (int64_t i = 0; i < N; i++)
    go([] {
      gopark(record, nullptr, waitReasonChanReceive);
      wgdone(&wg);
    });
  while (__atomic_load_n(&nparked, __ATOMIC_ACQUIRE) < N)
    Gosched();

  // 256 MiB of garbage in blocks of 1 MiB: the heap grows section by
  // section and is collected many times, with the goroutines parked.
  static _type blockType = {1 << 20, 0, 0, 0, 8, 8, kindArray, nullptr, nullptr,
                            {(const uint8_t *)"[131072]int", 11}};
  for (int i = 0; i < 256; i++)
    *(volatile char *)mallocgc(1 << 20, &blockType, true) = 1;

  int64_t checked = 0, inside = 0;
  for (uintptr_t i = 0; i < allglen; i++) {
    g *gp = allgs[i];
    if (gp->stack.lo == 0)
      continue;
    checked++;
    inside += inHeapRange(gp->stack);
  }
  for (m *mp = allm; mp; mp = mp->alllink) {
    checked++;
    inside += inHeapRange(mp->g0->stack);
  }
  // CHECK: collections: many
  // CHECK-NEXT: stacks checked: more than 1000
  // CHECK-NEXT: stacks in the heap range: 0
  printlock();
  prints("collections: ");
  prints(GC_get_gc_no() > 3 ? "many" : "few");
  prints("\nstacks checked: ");
  prints(checked > N ? "more than 1000" : "too few");
  prints("\nstacks in the heap range: ");
  printint(inside);
  printnl();
  printunlock();

  for (int64_t i = 0; i < N; i++)
    goready(parked[i]);
  wgwait(&wg);
  // CHECK-NEXT: released
  say("released");
}
