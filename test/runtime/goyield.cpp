// goyield leaves the caller on its own P: it goes to the tail of the P's
// local run queue, where Gosched would put it on the global queue. With one
// P, main starts a goroutine (its P's runnext) and yields; the goroutine,
// running next, finds main on the P's queue and the global queue empty.
// Gosched, done the same way, leaves main on the global queue instead.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
#include "runtime.h"

static int ran;

// Prints where the yielding main goroutine is waiting.
extern "C" void observe() __asm__("main.observe");
void observe() {
  p *pp = getg()->m->p;
  printlock();
  prints("local queue empty: ");
  printbool(runqempty(pp));
  prints(", global queue: ");
  printint(sched.runqsize);
  printnl();
  printunlock();
  ran++;
}

static funcval observefv = {(uintptr_t)&observe};

void main_init() __asm__("main.init");
void main_init() {}

void main_main() __asm__("main.main");
void main_main() {
  // CHECK: goyield
  // CHECK-NEXT: local queue empty: false, global queue: 0
  prints("goyield\n");
  newproc(&observefv);
  goyield();
  // CHECK-NEXT: Gosched
  // CHECK-NEXT: local queue empty: true, global queue: 1
  prints("Gosched\n");
  newproc(&observefv);
  Gosched();
  // (If the scheduler's periodic look at the global queue picked main
  // first, it yields again, and is on the global queue again.)
  while (ran < 2)
    Gosched();
  // CHECK-NEXT: observed: 2
  prints("observed: ");
  printint(ran);
  printnl();
}
