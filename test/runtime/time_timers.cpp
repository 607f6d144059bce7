// Timers, as package time drives them (startTimer, stopTimer, resetTimer,
// modTimer): they fire in the order of their deadlines, never early, each
// function getting its arg and seq; a stopped timer does not fire, and
// Stop reports whether it was pending; Reset moves a pending timer or
// restarts a fired one; a periodic timer fires every period until
// stopped. A goroutine waiting on a channel that a timer's function sends
// to (time.After's shape, the function running on g0 with a non-blocking
// send) is woken by it, also with every P otherwise idle; a select with
// such a timeout case picks the timeout. 20000 timers across the Ps all
// fire, none early.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
#include "Inputs/chantest.h"

extern "C" void modTimer(timer *t, int64_t when, int64_t period, funcval *f, eface arg,
                         uintptr_t seq) __asm__("time.modTimer");

TEST_TYPE(intType, int64_t, kindInt)

enum : int64_t { ms = 1000000 };

// What the timers' functions saw.
static int64_t fired[64];
static int64_t nfired;
static int64_t early;

// A timer function: records seq, and whether the timer (arg.data) fired
// before its when.
static void record(eface arg, uintptr_t seq) {
  timer *t = (timer *)arg.data;
  // (A periodic timer's when is already its next one.)
  if (t->period == 0 && nanotime() < t->when)
    __atomic_add_fetch(&early, 1, __ATOMIC_RELAXED);
  int64_t i = __atomic_fetch_add(&nfired, 1, __ATOMIC_RELAXED);
  if (i < 64)
    fired[i] = (int64_t)seq;
}
static funcval recordfv = {(uintptr_t)&record};

static int64_t seq2;
static void record2(eface arg, uintptr_t seq) { seq2 = (int64_t)seq; }
static funcval record2fv = {(uintptr_t)&record2};

// time.sendTime: a non-blocking send of the time on the channel arg.data.
static void sendTime(eface arg, uintptr_t seq) {
  int64_t now = nanotime();
  selectnbsend((hchan *)arg.data, &now);
}
static funcval sendTimefv = {(uintptr_t)&sendTime};

static timer *newTimer(int64_t when, uintptr_t seq) {
  timer *t = (timer *)mallocptrs(sizeof(timer));
  t->when = when;
  t->f = &recordfv;
  t->arg = eface{nullptr, t};
  t->seq = seq;
  return t;
}

static void printfired(const char *what) {
  printlock();
  prints(what);
  prints(":");
  for (int64_t i = 0; i < nfired && i < 64; i++) {
    prints(" ");
    printint(fired[i]);
  }
  printnl();
  printunlock();
  nfired = 0;
}

void main_main() {
  int64_t now = nanotime();
  // 20ms apart, so that even a loaded machine runs them one at a time.
  static const int64_t after[] = {100, 20, 80, 40, 60};
  for (int64_t a : after)
    startTimer(newTimer(now + a * ms, a));
  timeSleep(130 * ms);
  printfired("fired in order");
  // CHECK: fired in order: 20 40 60 80 100

  // Stop.
  now = nanotime();
  timer *t1 = newTimer(now + 10 * ms, 1), *t2 = newTimer(now + 20 * ms, 2);
  startTimer(t1);
  startTimer(t2);
  say("stop pending:", stopTimer(t2));
  say("stop again:", stopTimer(t2));
  timeSleep(30 * ms);
  say("stop fired:", stopTimer(t1));
  printfired("fired");
  // CHECK-NEXT: stop pending: 1
  // CHECK-NEXT: stop again: 0
  // CHECK-NEXT: stop fired: 0
  // CHECK-NEXT: fired: 1

  // Reset: a pending timer moves later (t1 after t2); a fired one
  // restarts.
  now = nanotime();
  t1->when = now + 10 * ms;
  t2->when = now + 20 * ms;
  startTimer(t1);
  startTimer(t2);
  say("reset pending:", resetTimer(t1, now + 30 * ms));
  timeSleep(40 * ms);
  say("reset fired:", resetTimer(t2, nanotime() + 5 * ms));
  timeSleep(15 * ms);
  printfired("fired");
  // CHECK-NEXT: reset pending: 1
  // CHECK-NEXT: reset fired: 0
  // CHECK-NEXT: fired: 2 1 2

  // modTimer: a new function and seq.
  modTimer(t1, nanotime() + 5 * ms, 0, &record2fv, eface{nullptr, t1}, 77);
  timeSleep(15 * ms);
  say("modTimer: seq", seq2);
  // CHECK-NEXT: modTimer: seq 77

  // Periodic, every 10ms from 10ms: stopped after 55ms, it fired 5 times
  // (3 to 6 on a loaded machine: a late timer skips the ticks it missed).
  timer *tick = newTimer(nanotime() + 10 * ms, 9);
  tick->period = 10 * ms;
  startTimer(tick);
  timeSleep(55 * ms);
  say("stop ticker:", stopTimer(tick));
  int64_t n = nfired;
  timeSleep(30 * ms);
  say("ticks about 5:", n >= 3 && n <= 6 && nfired == n);
  nfired = 0;
  // CHECK-NEXT: stop ticker: 1
  // CHECK-NEXT: ticks about 5: 1

  // time.After: main parks receiving; the timer's function wakes it.
  hchan *c = makechan(&intType, 1);
  timer *ta = (timer *)mallocptrs(sizeof(timer));
  int64_t start = nanotime();
  ta->when = start + 20 * ms;
  ta->f = &sendTimefv;
  ta->arg = eface{nullptr, c};
  startTimer(ta);
  int64_t sent;
  chanrecv1(c, &sent);
  say("after 20ms:", sent - start >= 20 * ms && nanotime() - start < 1000 * ms);
  // CHECK-NEXT: after 20ms: 1

  // A select with a timeout: the other case never fires.
  hchan *never = makechan(&intType, 0);
  ta->when = nanotime() + 10 * ms;
  startTimer(ta);
  int64_t v;
  scase cases[2] = {{never, &v}, {c, &v}};
  uint16_t order[4];
  SelectResult r = selectgo(cases, order, 0, 2, true);
  say("timeout case:", r.chosen);
  // CHECK-NEXT: timeout case: 1

  // 20000 timers from 8 goroutines (so across the Ps), within 50ms.
  enum { ng = 8, per = 2500 };
  hchan *done = makechan(&intType, ng);
  for (int64_t k = 0; k < ng; k++)
    go([done, k] {
      int64_t base = nanotime();
      for (int64_t i = 0; i < per; i++)
        startTimer(newTimer(base + ((i * 7919 + k) % 50) * ms, 0));
      int64_t id = k;
      chansend1(done, &id);
    });
  for (int k = 0; k < ng; k++)
    chanrecv1(done, nullptr);
  timeSleep(80 * ms);
  say("20000 timers fired:", nfired);
  say("early:", early);
  // CHECK-NEXT: 20000 timers fired: 20000
  // CHECK-NEXT: early: 0
  // CHECK-NOT: {{.}}
}
