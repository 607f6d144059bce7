// Stealing from run queues, on Ps of the test's own. runqsteal takes the
// older half of a victim's ring (rounded up) into the thief's ring and
// returns the newest of them to run; it takes runnext only when asked to
// (the last round of a spinning M) and only if the ring is empty. Then,
// under contention: an owner thread keeps putting g's and taking them
// back while three thief threads steal from it (and run what they stole
// from their own queues); every g put comes out exactly once (g's are
// reused, so the count is of puts and takes).
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
#include "runtime.h"

#include <pthread.h>

g *runqsteal(p *pp, p *p2, bool stealRunNextG) __asm__("runtime.runqsteal");

enum { NG = 300, NThieves = 3, StressRounds = 1000000 };
static g gs[NG]; // stand-ins: the queues only link and store them
static p victim, thieves[NThieves];

static int64_t id(g *gp) { return gp ? gp - gs : -1; }

// Takes everything from pp and prints the indices on one line.
static void drain(const char *what, p *pp) {
  printlock();
  prints(what);
  prints(":");
  bool inherit;
  while (g *gp = runqget(pp, &inherit)) {
    prints(" ");
    printint(id(gp));
  }
  printnl();
  printunlock();
}

static void steal(const char *what, p *thief, bool stealRunNextG) {
  g *gp = runqsteal(thief, &victim, stealRunNextG);
  printlock();
  prints(what);
  prints(": got ");
  printint(id(gp));
  printnl();
  printunlock();
}

// The stress: per-g counts of how often each came out.
static int64_t seen[NG];
static int64_t owned; // g's the owner put and nobody took yet
static bool stop;

static void take(g *gp) {
  __atomic_add_fetch(&seen[id(gp)], 1, __ATOMIC_RELAXED);
  __atomic_sub_fetch(&owned, 1, __ATOMIC_RELAXED);
}

static void *thief(void *arg) {
  p *pp = (p *)arg;
  bool inherit;
  uint64_t n = 0;
  while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE)) {
    if (g *gp = runqsteal(pp, &victim, ++n % 2 == 0)) {
      take(gp);
      while (g *x = runqget(pp, &inherit))
        take(x);
    }
  }
  return nullptr;
}

void main_init() __asm__("main.init");
void main_init() {}

void main_main() __asm__("main.main");
void main_main() {
  victim.status = _Prunning;
  p *t = &thieves[0];
  for (int i = 0; i < 10; i++)
    runqput(&victim, &gs[i], false);
  // Half of ten, the oldest: 0..4; 4 is returned, 0..3 wait in the ring.
  // CHECK: steal: got 4
  steal("steal", t, false);
  // CHECK-NEXT: thief: 0 1 2 3
  drain("thief", t);
  // CHECK-NEXT: victim: 5 6 7 8 9
  drain("victim", &victim);

  // One g: it is stolen (n - n/2 = 1).
  runqput(&victim, &gs[20], false);
  // CHECK-NEXT: one: got 20
  steal("one", t, false);

  // runnext only on request, and only if the ring is empty.
  runqput(&victim, &gs[30], true);
  // CHECK-NEXT: runnext, not asked: got -1
  steal("runnext, not asked", t, false);
  // CHECK-NEXT: runnext, asked: got 30
  steal("runnext, asked", t, true);
  runqput(&victim, &gs[31], true);
  runqput(&victim, &gs[32], false);
  // CHECK-NEXT: ring first: got 32
  steal("ring first", t, true);
  // CHECK-NEXT: victim: 31
  drain("victim", &victim);

  // The stress.
  pthread_t tids[NThieves];
  for (int i = 0; i < NThieves; i++) {
    thieves[i].status = _Prunning;
    pthread_create(&tids[i], nullptr, thief, &thieves[i]);
  }
  bool inherit;
  int64_t puts = 0;
  for (int64_t r = 0; r < StressRounds; r++) {
    // Keep the ring from overflowing (that would spill into the global
    // queue, which needs a real M).
    if (__atomic_load_n(&owned, __ATOMIC_RELAXED) < 200) {
      __atomic_add_fetch(&owned, 1, __ATOMIC_RELAXED);
      runqput(&victim, &gs[r % NG], r % 3 == 0);
      puts++;
    }
    if (r % 4 == 0)
      if (g *gp = runqget(&victim, &inherit))
        take(gp);
  }
  while (g *gp = runqget(&victim, &inherit))
    take(gp);
  while (__atomic_load_n(&owned, __ATOMIC_RELAXED) > 0) {
  }
  __atomic_store_n(&stop, true, __ATOMIC_RELEASE);
  for (int i = 0; i < NThieves; i++)
    pthread_join(tids[i], nullptr);
  int64_t total = 0;
  for (int i = 0; i < NG; i++)
    total += seen[i];
  // CHECK-NEXT: stress: as many out as in: 1
  printlock();
  prints("stress: as many out as in: ");
  printint(total == puts && owned == 0);
  printnl();
  printunlock();
}
