// package runtime's view of the scheduler. GOMAXPROCS comes from the
// environment, else it is the number of CPUs the process may run on
// (sched_getaffinity: taskset limits it). runtime.GOMAXPROCS(n) returns the
// old value and, for n > 0, stops the world and resizes allp: goroutines
// queued on a P that goes away move to the global queue and still run;
// Ps that come back are reused. NumGoroutine counts the goroutines that
// exist. GODEBUG=schedtrace=MS prints Go's SCHED lines from sysmon.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=3 %t 2>&1 | FileCheck %s
// RUN: env -u GOMAXPROCS taskset -c 0 %t default 2>&1 | FileCheck %s --check-prefix=AFFINITY
// RUN: env GOMAXPROCS=2 GODEBUG=schedtrace=10 %t trace 2>&1 | FileCheck %s --check-prefix=TRACE
#include "Inputs/schedtest.h"

#include <sched.h>
#include <string.h>

extern char **argv __asm__("runtime.argv");

static int affinity() {
  cpu_set_t set;
  sched_getaffinity(0, sizeof set, &set);
  return CPU_COUNT(&set);
}

void main_main() {
  if (argv[1] && !strcmp(argv[1], "default")) {
    // AFFINITY: GOMAXPROCS 1 NumCPU 1
    printlock();
    prints("GOMAXPROCS ");
    printint(GOMAXPROCS(0));
    prints(" NumCPU ");
    printint(NumCPU());
    printnl();
    printunlock();
    return;
  }
  if (argv[1] && !strcmp(argv[1], "trace")) {
    // Busy for a while, so that sysmon prints a few lines.
    static sema done;
    go([] {
      int64_t until = nanotime() + 50 * 1000 * 1000;
      while (nanotime() < until) {
      }
      release(&done);
    });
    acquire(&done);
    // TRACE: SCHED {{[0-9]+}}ms: gomaxprocs=2 idleprocs={{[0-2]}} threads={{[0-9]+}} spinningthreads={{[0-9]+}} idlethreads={{[0-9]+}} runqueue={{[0-9]+}} [{{[0-9]+}} {{[0-9]+}}]
    // TRACE: SCHED
    return;
  }

  // CHECK: GOMAXPROCS 3, NumCPU matches affinity: 1
  printlock();
  prints("GOMAXPROCS ");
  printint(GOMAXPROCS(0));
  prints(", NumCPU matches affinity: ");
  printint(NumCPU() == affinity());
  printnl();
  printunlock();

  // Goroutines waiting to run, or waiting, when the Ps shrink to 1: they
  // are not lost. Each waits for main's go-ahead, so none has exited
  // before NumGoroutine counts them.
  static int64_t ran;
  waitgroup wg = {300, {}};
  sema *goahead = (sema *)mallocptrs(300 * sizeof(sema));
  for (int i = 0; i < 300; i++)
    go([&wg, goahead, i] {
      acquire(&goahead[i]);
      __atomic_add_fetch(&ran, 1, __ATOMIC_RELAXED);
      wgdone(&wg);
    });
  // CHECK-NEXT: NumGoroutine 301
  say("NumGoroutine", NumGoroutine());
  // CHECK-NEXT: GOMAXPROCS(1) was 3, now 1
  intgo old = GOMAXPROCS(1);
  printlock();
  prints("GOMAXPROCS(1) was ");
  printint(old);
  prints(", now ");
  printint(GOMAXPROCS(0));
  printnl();
  printunlock();
  for (int i = 0; i < 300; i++)
    release(&goahead[i]);
  wgwait(&wg);
  // CHECK-NEXT: ran 300
  say("ran", ran);

  // Up to 8 and back to 3, a few times, with goroutines running.
  static int64_t sum;
  waitgroup wg2 = {1000, {}};
  for (int i = 1; i <= 1000; i++) {
    go([i, &wg2] {
      __atomic_add_fetch(&sum, i, __ATOMIC_RELAXED);
      wgdone(&wg2);
    });
    if (i % 100 == 0)
      GOMAXPROCS(i % 200 ? 8 : 3);
  }
  wgwait(&wg2);
  // CHECK-NEXT: sum 500500, GOMAXPROCS 3
  printlock();
  prints("sum ");
  printint(sum);
  prints(", GOMAXPROCS ");
  printint(GOMAXPROCS(0));
  printnl();
  printunlock();
}
