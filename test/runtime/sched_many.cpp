// A hundred thousand goroutines at once: created, each parked (waiting on
// its own semaphore), counted by NumGoroutine, each woken, all finished,
// and the count back to one. A parked goroutine costs about a page of
// stack and its g; the test bounds the resident memory per goroutine at
// 8 KiB (gc: about 2.7 KiB; golc's stacks cannot be smaller than a page).
// Then 200000 short-lived goroutines, created faster than they run.
// (Not under ThreadSanitizer: each goroutine there is a TSan fiber with a
// shadow stack mapping of its own, and 100000 mappings exceed the limit.)
// UNSUPPORTED: tsan
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
#include "Inputs/schedtest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum : int64_t { NG = 100000, NSHORT = 200000 };

static long rsskb() {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long v = 0;
  while (fgets(line, sizeof line, f))
    if (!strncmp(line, "VmRSS:", 6))
      v = atol(line + 6);
  fclose(f);
  return v;
}

void main_main() {
  sema *semas = (sema *)mallocptrs(NG * sizeof(sema));
  static int64_t parked, sum;
  waitgroup wg = {NG, {}};
  long before = rsskb();
  for (int64_t i = 0; i < NG; i++) {
    go([semas, i, &wg] {
      __atomic_add_fetch(&parked, 1, __ATOMIC_RELAXED);
      acquire(&semas[i], waitReasonChanReceive);
      __atomic_add_fetch(&sum, i, __ATOMIC_RELAXED);
      wgdone(&wg);
    });
  }
  // CHECK: NumGoroutine 100001
  say("NumGoroutine", NumGoroutine());
  while (__atomic_load_n(&parked, __ATOMIC_RELAXED) < NG)
    Gosched();
  long perg = (rsskb() - before) * 1024 / NG;
  // CHECK-NEXT: parked 100000, resident per goroutine below 8 KiB: 1
  printlock();
  prints("parked ");
  printint(parked);
  prints(", resident per goroutine below 8 KiB: ");
  printint(perg < 8192);
  printnl();
  printunlock();
  if (getenv("SCHED_MANY_VERBOSE"))
    say("bytes per parked goroutine", perg);
  for (int64_t i = 0; i < NG; i++)
    release(&semas[i]);
  wgwait(&wg);
  // CHECK-NEXT: sum 4999950000
  say("sum", sum);
  // The last goroutines may still be between wgdone and their exit.
  while (NumGoroutine() > 1)
    Gosched();
  // CHECK-NEXT: NumGoroutine 1
  say("NumGoroutine", NumGoroutine());

  static int64_t left = NSHORT;
  static sema done;
  int64_t t0 = nanotime();
  for (int64_t i = 0; i < NSHORT; i++)
    go([] {
      if (__atomic_sub_fetch(&left, 1, __ATOMIC_ACQ_REL) == 0)
        release(&done);
    });
  acquire(&done);
  // CHECK-NEXT: short-lived left 0
  say("short-lived left", left);
  if (getenv("SCHED_MANY_VERBOSE"))
    say("ns per short-lived goroutine", (nanotime() - t0) / NSHORT);
}
