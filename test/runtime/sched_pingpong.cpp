// Lost wake-ups: two goroutines hand a baton back and forth a million
// times through gopark/goready (each side parks until the other readies
// it), with one, two and eight Ps, so the two are on different Ms much of
// the time and the park races the ready. A lost wake-up would leave both
// parked: the deadlock detector would report it (exit 2). Each side checks
// that it sees every round of the other in order.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 1000000 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 1000000 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 1000000 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 1000 4 2>&1 | FileCheck %s --check-prefix=PAIRS
#include "Inputs/schedtest.h"

#include <stdlib.h>

extern char **argv __asm__("runtime.argv");

struct pair {
  sema ping, pong;
  int64_t round; // written by the pinger, checked by the ponger
};

void main_main() {
  int64_t n = atol(argv[1]);
  int64_t npairs = argv[2] ? atol(argv[2]) : 1;
  waitgroup wg = {2 * npairs, {}};
  for (int64_t k = 0; k < npairs; k++) {
    pair *pp = (pair *)mallocptrs(sizeof(pair));
    go([pp, n, &wg] {
      for (int64_t i = 0; i < n; i++) {
        __atomic_store_n(&pp->round, i, __ATOMIC_RELAXED);
        release(&pp->ping);
        acquire(&pp->pong, waitReasonChanReceive);
      }
      wgdone(&wg);
    });
    go([pp, n, &wg] {
      for (int64_t i = 0; i < n; i++) {
        acquire(&pp->ping, waitReasonChanReceive);
        EXPECT(__atomic_load_n(&pp->round, __ATOMIC_RELAXED) == i);
        release(&pp->pong);
      }
      wgdone(&wg);
    });
  }
  wgwait(&wg);
  // CHECK: done 1000000 rounds
  // PAIRS: done 1000 rounds
  printlock();
  prints("done ");
  printint(n);
  prints(" rounds\n");
  printunlock();
}
