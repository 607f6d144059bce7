// The run queues alone, on a P of the test's own: runnext takes precedence
// and a new runnext pushes the old one into the ring; the ring is FIFO
// across index wrap-around; putting into a full ring moves half of it plus
// the new g to the global queue; globrunqget hands out a batch.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
#include "runtime.h"

enum { NG = 300 };
static g gs[NG]; // stand-ins: the queues only link and store them
static p pp;

static int64_t id(g *gp) { return gp ? gp - gs : -1; }

static void say(const char *what, int64_t v) {
  printlock();
  prints(what);
  prints(" ");
  printint(v);
  printnl();
  printunlock();
}

// Takes up to n g's from pp and prints their indices on one line.
static void drain(const char *what, int n) {
  printlock();
  prints(what);
  prints(":");
  bool inherit;
  for (int i = 0; i < n; i++) {
    g *gp = runqget(&pp, &inherit);
    if (!gp)
      break;
    prints(" ");
    printint(id(gp));
    if (inherit)
      prints("*");
  }
  printnl();
  printunlock();
}

void main_init() __asm__("main.init");
void main_init() {}

void main_main() __asm__("main.main");
void main_main() {
  // runnext: the newest next-g runs first (inheriting the time slice,
  // marked *); the one it displaced went to the tail of the ring.
  // CHECK: empty 1
  say("empty", runqempty(&pp));
  runqput(&pp, &gs[1], true);
  // CHECK-NEXT: empty 0
  say("empty", runqempty(&pp));
  runqput(&pp, &gs[0], false);
  runqput(&pp, &gs[2], true);
  // CHECK-NEXT: runnext: 2* 0 1
  drain("runnext", 10);
  // CHECK-NEXT: empty 1
  say("empty", runqempty(&pp));

  // FIFO across many wrap-arounds of the ring's indices.
  bool ordered = true;
  bool inherit;
  for (int round = 0; round < 1000; round++) {
    for (int i = 0; i < 3; i++)
      runqput(&pp, &gs[i], false);
    for (int i = 0; i < 3; i++)
      ordered &= runqget(&pp, &inherit) == &gs[i];
  }
  // CHECK-NEXT: ordered 1 head 3002 tail 3002
  printlock();
  prints("ordered ");
  printint(ordered);
  prints(" head ");
  printint(pp.runqhead);
  prints(" tail ");
  printint(pp.runqtail);
  printnl();
  printunlock();

  // A full ring: the 257th put moves the oldest 128 and the new g to the
  // global queue, in that order.
  for (int i = 0; i < RunqSize; i++)
    runqput(&pp, &gs[i], false);
  // CHECK-NEXT: global 0
  say("global", sched.runqsize);
  runqput(&pp, &gs[RunqSize], false);
  // CHECK-NEXT: global 129
  say("global", sched.runqsize);
  // CHECK-NEXT: local ring 128
  say("local ring", pp.runqtail - pp.runqhead);
  // CHECK-NEXT: local: 128 129 130
  drain("local", 3);
  // CHECK-NEXT: rest: 131 132 {{.*}} 254 255
  drain("rest", RunqSize);

  // globrunqget with GOMAXPROCS=1: one g to run, and at most half a ring
  // (127 more) onto the local queue; the last one stays global.
  lock(&sched.lock);
  g *gp = globrunqget(&pp, 0);
  unlock(&sched.lock);
  // CHECK-NEXT: globrunqget 0
  say("globrunqget", id(gp));
  // CHECK-NEXT: global 1
  say("global", sched.runqsize);
  // CHECK-NEXT: local: 1 2 3
  drain("local", 3);
  // CHECK-NEXT: rest: 4 5 {{.*}} 126 127
  drain("rest", RunqSize);
  // CHECK-NEXT: empty 1
  say("empty", runqempty(&pp));
  lock(&sched.lock);
  gp = globrunqget(&pp, 1);
  unlock(&sched.lock);
  // CHECK-NEXT: last 256, global 0
  printlock();
  prints("last ");
  printint(id(gp));
  prints(", global ");
  printint(sched.runqsize);
  printnl();
  printunlock();
}
