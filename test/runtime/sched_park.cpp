// gopark and goready, the only way a goroutine blocks and wakes. A parked
// goroutine is _Gwaiting with its wait reason, on no run queue, until
// goready makes it runnable: into runnext, so it runs before goroutines
// queued earlier. gopark's unlockf runs once the goroutine is parked (so
// it may release the lock the decision was made under, goparkunlock), and
// returning false resumes the goroutine at once. Round trips between two
// goroutines on two Ms work as on one. goready of a goroutine that is not
// parked is a fatal error.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s --check-prefix=TWO
// RUN: %expect-exit 2 env GOMAXPROCS=1 %t badready 2>&1 | FileCheck %s --check-prefix=BADREADY
#include "Inputs/schedtest.h"

#include <string.h>

extern char **argv __asm__("runtime.argv");

static g *parked;
static int64_t step;
static waitgroup wg;

static bool publish(g *gp, void *arg) {
  // Runs on g0 after gp is parked: gp's state is saved, so from here on
  // anyone may goready it.
  EXPECT(readgstatus(gp) == _Gwaiting);
  EXPECT(getg() == getg()->m->g0);
  __atomic_store_n(&parked, gp, __ATOMIC_RELEASE);
  return true;
}

static bool refuse(g *gp, void *arg) {
  (*(int64_t *)arg)++;
  return false;
}

static void onOneP() {
  // A goroutine parks; main finds it waiting, with its reason.
  go([] {
    step = 1;
    gopark(publish, nullptr, waitReasonChanReceive);
    say("woken, step", step);
    step = 3;
    wgdone(&wg);
  });
  while (!__atomic_load_n(&parked, __ATOMIC_ACQUIRE))
    Gosched();
  g *gp = parked;
  // CHECK: parked: status 4 reason chan receive step 1
  printlock();
  prints("parked: status ");
  printint(readgstatus(gp));
  prints(" reason ");
  prints(waitReasonString(gp->waitreason));
  prints(" step ");
  printint(step);
  printnl();
  printunlock();

  // Another goroutine becomes runnable first; the readied one still runs
  // before it: goready puts it in runnext.
  wg.n = 2;
  go([] {
    say("queued earlier");
    wgdone(&wg);
  });
  step = 2;
  goready(gp);
  // CHECK-NEXT: woken, step 2
  // CHECK-NEXT: queued earlier
  wgwait(&wg);
  EXPECT(step == 3);

  // unlockf refusing: gopark returns at once, the goroutine never waits.
  int64_t calls = 0;
  gopark(refuse, &calls, waitReasonSleep);
  // CHECK-NEXT: refused 1, still running 1
  printlock();
  prints("refused ");
  printint(calls);
  prints(", still running ");
  printint(readgstatus(getg()) == _Grunning);
  printnl();
  printunlock();

  // goparkunlock: the lock is held until the goroutine is parked.
  static mutex mu;
  static g *waiter;
  static waitgroup wg2 = {1, {}};
  go([] {
    lock(&mu);
    waiter = getg();
    goparkunlock(&mu, waitReasonSemacquire);
    say("unparked");
    wgdone(&wg2);
  });
  for (;;) {
    lock(&mu);
    g *w = waiter;
    unlock(&mu);
    if (w) {
      // Having taken mu after it was set, w is parked for sure.
      EXPECT(readgstatus(w) == _Gwaiting && w->waitreason == waitReasonSemacquire);
      goready(w);
      break;
    }
    Gosched();
  }
  // CHECK-NEXT: unparked
  wgwait(&wg2);
  // CHECK-NEXT: done
  say("done");
}

// Round trips on two Ps: the goroutines are readied from another M.
static void onTwoPs() {
  static sema a, b;
  const int64_t n = 100000;
  go([] {
    for (int64_t i = 0; i < n; i++) {
      acquire(&a);
      release(&b);
    }
  });
  for (int64_t i = 0; i < n; i++) {
    release(&a);
    acquire(&b);
  }
  // TWO: round trips 100000
  say("round trips", n);
}

void main_main() {
  if (argv[1] && !strcmp(argv[1], "badready")) {
    // BADREADY: runtime: goroutine 1 is running
    // BADREADY-NEXT: fatal error: bad g->status in ready
    goready(getg());
  }
  if (__atomic_load_n(&gomaxprocs, __ATOMIC_RELAXED) == 1)
    onOneP();
  else
    onTwoPs();
}
