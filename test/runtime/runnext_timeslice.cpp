// A chain of runnext hand-offs keeps its P for one time slice, not forever.
// With one P, main and an echo goroutine hand a baton back and forth
// through gopark/goready: each goready puts the other side in runnext,
// where it inherits the time slice. Another goroutine waits meanwhile,
// first in the P's ring, then (after a Gosched) in the global queue. Each
// must get the P after about one slice (10 ms, when sysmon ends it, see
// preemptone): not before a few milliseconds, while the pair still makes
// its hand-offs on the current slice, and not never, which is what
// happens without the rule (then the timeout kills the test).
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 timeout 20 %t 2>&1 | FileCheck %s
#include "Inputs/schedtest.h"

static sema ping, pong;

// Plays main's side of the baton until *flag is set. Returns the number
// of round trips; *elapsed gets the time it took.
static int64_t pingUntil(int32_t *flag, int64_t *elapsed) {
  int64_t start = nanotime();
  int64_t rounds = 0;
  while (!__atomic_load_n(flag, __ATOMIC_ACQUIRE)) {
    release(&ping);
    acquire(&pong, waitReasonChanReceive);
    rounds++;
  }
  *elapsed = nanotime() - start;
  return rounds;
}

// Reports, for one waiting goroutine, whether it ran after the pair had a
// slice's worth of hand-offs (more than 5 ms, more than 100 round trips).
static void report(const char *where, int64_t rounds, int64_t elapsed) {
  printlock();
  prints(where);
  prints(": ran after a time slice: ");
  printbool(elapsed > 5 * 1000 * 1000 && rounds > 100);
  printnl();
  printunlock();
}

void main_main() {
  EXPECT(gomaxprocs == 1);
  // The waiter goes in runnext, then moves to the ring when the echo
  // goroutine takes runnext.
  static int32_t ringRan;
  go([] { __atomic_store_n(&ringRan, 1, __ATOMIC_RELEASE); });
  go([] {
    for (;;) {
      acquire(&ping, waitReasonChanReceive);
      release(&pong);
    }
  });
  int64_t elapsed;
  int64_t rounds = pingUntil(&ringRan, &elapsed);
  // CHECK: ring: ran after a time slice: true
  report("ring", rounds, elapsed);

  // This waiter runs at the first slice's end (it was in the ring), then
  // yields to the global queue: the next slice's end must let it run
  // again.
  static int32_t globalRan;
  go([] {
    Gosched();
    __atomic_store_n(&globalRan, 1, __ATOMIC_RELEASE);
  });
  rounds = pingUntil(&globalRan, &elapsed);
  // CHECK-NEXT: global queue: ran after a time slice: true
  report("global queue", rounds, elapsed);

  // The pair goes on handing off after its slices ended.
  int64_t more = 0;
  for (; more < 100000; more++) {
    release(&ping);
    acquire(&pong, waitReasonChanReceive);
  }
  // CHECK-NEXT: round trips after: 100000
  say("round trips after:", more);
}
