// Work stealing: main queues 64 CPU-bound goroutines on its own P (they
// do not block, so nothing else moves them); with more than one P, idle Ms
// are woken (wakep) and steal half of a busy P's run queue at a time
// (runqsteal), so the goroutines run on several Ps and several Ms, and the
// whole takes less time than one P would need. With one P, every
// goroutine runs on it.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s --check-prefix=ONE
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s --check-prefix=MANY
// RUN: env GOMAXPROCS=4 %t 2>&1 | FileCheck %s --check-prefix=MANY
#include "Inputs/schedtest.h"

enum { NG = 64, MaxP = 64 };

static int64_t perP[MaxP];
static int64_t perM[MaxP];

static void spin(int64_t ns) {
  int64_t until = nanotime() + ns;
  while (nanotime() < until) {
  }
}

void main_main() {
  waitgroup wg = {NG, {}};
  p *mine = getg()->m->p;
  for (int i = 0; i < NG; i++)
    go([&wg] {
      spin(2 * 1000 * 1000);
      m *mp = getg()->m;
      __atomic_add_fetch(&perP[mp->p->id], 1, __ATOMIC_RELAXED);
      __atomic_add_fetch(&perM[mp->id % MaxP], 1, __ATOMIC_RELAXED);
      wgdone(&wg);
    });
  // All of them are on this P's queue: runnext and the ring.
  EXPECT(__atomic_load_n(&mine->runqtail, __ATOMIC_ACQUIRE) -
             __atomic_load_n(&mine->runqhead, __ATOMIC_ACQUIRE) <=
         NG);
  wgwait(&wg);
  int ps = 0, ms = 0;
  int64_t total = 0, onMine = perP[mine->id];
  for (int i = 0; i < MaxP; i++) {
    ps += perP[i] != 0;
    ms += perM[i] != 0;
    total += perP[i];
  }
  // ONE: ran 64 on 1 P, 1 M
  // MANY: ran 64 on more than one P: 1, more than one M: 1, not all on main's P: 1
  printlock();
  prints("ran ");
  printint(total);
  if (gomaxprocs == 1) {
    prints(" on ");
    printint(ps);
    prints(" P, ");
    printint(ms);
    prints(" M\n");
  } else {
    prints(" on more than one P: ");
    printint(ps > 1);
    prints(", more than one M: ");
    printint(ms > 1);
    prints(", not all on main's P: ");
    printint(onMine < NG);
    printnl();
  }
  printunlock();
}
