// An M blocked in a system call does not hold up the other goroutines.
// With one P: a goroutine blocks in read(2) on an empty pipe between
// entersyscall and exitsyscall; its P stays _Psyscall until sysmon retakes
// it (20 us or more), and the other goroutines run meanwhile, on another
// M. After entersyscallblock the P is handed off at once. When the read
// returns, exitsyscall finds its P taken, so the goroutine waits for one
// and continues. notetsleepg (a goroutine sleeping on a note) is the
// runtime's own blocking call.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s
#include "Inputs/schedtest.h"

#include <unistd.h>

static int fds[2];
static int64_t progress; // work done while the reader was blocked
static sema readerIn, done;

static void readByte(bool block, m **readerM) {
  char c;
  release(&readerIn);
  if (block)
    entersyscallblock();
  else
    entersyscall();
  __atomic_store_n(readerM, getg()->m, __ATOMIC_RELEASE);
  EXPECT(read(fds[0], &c, 1) == 1);
  exitsyscall();
  EXPECT(readgstatus(getg()) == _Grunning && getg()->m->p);
  say("read, other goroutines made progress:",
      __atomic_load_n(&progress, __ATOMIC_RELAXED) >= 1000);
  release(&done);
}

static void run(bool block) {
  progress = 0;
  static m *readerM;
  readerM = nullptr;
  go([block] { readByte(block, &readerM); });
  acquire(&readerIn);
  // The reader is in (or about to enter) read(2), holding this
  // program's only P if GOMAXPROCS=1: goroutines still run.
  for (int i = 0; i < 1000; i++) {
    static sema step;
    go([] {
      __atomic_add_fetch(&progress, 1, __ATOMIC_RELAXED);
      release(&step);
    });
    acquire(&step);
  }
  while (!__atomic_load_n(&readerM, __ATOMIC_ACQUIRE))
    Gosched();
  EXPECT(readerM != getg()->m);
  EXPECT(write(fds[1], "x", 1) == 1);
  acquire(&done);
}

void main_main() {
  EXPECT(pipe(fds) == 0);
  // CHECK: entersyscall
  // CHECK-NEXT: read, other goroutines made progress: 1
  say("entersyscall");
  run(false);
  // CHECK-NEXT: entersyscallblock
  // CHECK-NEXT: read, other goroutines made progress: 1
  say("entersyscallblock");
  run(true);

  // A goroutine sleeps on a note until another wakes it.
  static note n;
  static int64_t t0;
  go([] {
    t0 = nanotime();
    bool woken = notetsleepg(&n, 10LL * 1000 * 1000 * 1000);
    say("notetsleepg woken:", woken);
    release(&done);
  });
  for (int i = 0; i < 100; i++)
    Gosched();
  notewakeup(&n);
  // CHECK-NEXT: notetsleepg woken: 1
  acquire(&done);
  // And times out.
  noteclear(&n);
  go([] {
    bool woken = notetsleepg(&n, 1000 * 1000);
    say("notetsleepg timed out:", !woken);
    release(&done);
  });
  // CHECK-NEXT: notetsleepg timed out: 1
  acquire(&done);
}
