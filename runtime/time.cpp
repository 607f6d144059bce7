//===- runtime/time.cpp - time.Sleep, timers and the clocks ---------------===//
//
// Package time (written in Go, in stdlib/time) gets its clocks and timers
// from here: time.now and time.runtimeNano read the clocks; time.Sleep
// parks the goroutine on a timer; time.NewTimer, After, AfterFunc and Tick
// start, stop and reset runtimeTimers (the timer of runtime2.h), whose
// function (time's sendTime or goFunc) runs when they fire.
//
// Timers live in per-P heaps, as in Go: each P has a 4-ary min-heap of
// timers ordered by when, under its timersLock, and p.timer0When, the when
// of the heap's root (0: empty), which the scheduler reads without the
// lock. A timer is added to the heap of the P that starts it. The
// scheduler runs the due timers of its P in findRunnable (checkTimers),
// looks at other Ps' heaps while it steals work, and asks timeSleepUntil
// how long an idle M may sleep (and, in checkdead, whether anything can
// still wake a goroutine). Adding a timer that fires sooner than the
// current sleep wakes that M (wakeNetPoller). So a sleeping goroutine costs
// a heap entry, not a thread.
//
// A timer's function runs on the g0 of the M that found it due, with no
// lock held: it may send on a channel (non-blocking) or ready a goroutine,
// and goes through the same funcval call convention as compiled code (the
// func value in r10). A periodic timer goes back into the heap before its
// function runs; a one-shot timer leaves it.
//
// Difference from Go 1.19 (see timer in runtime2.h): a timer is removed
// from its heap at once when stopped or reset, under the lock of the P
// that holds it (timer.pp, found again if it moved meanwhile), instead of
// being marked deleted and cleaned up later by its P. One lock per P keeps
// the contention local; the status state machine that lazy deletion needs
// goes away.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"
#include "timers.h"

#include <time.h>

// The largest when: a timer that would fire after overflow fires "never".
static const int64_t maxWhen = INT64_MAX;

// Calls f(arg, seq) with f in r10, as compiled code calls a func value:
// rdi and rsi carry arg, rdx seq, rcx f.
extern "C" void callTimerFunc(eface arg, uintptr_t seq, funcval *f)
    __asm__("runtime.callTimerFunc");
__asm__(".text\n"
        ".globl runtime.callTimerFunc\n"
        ".type runtime.callTimerFunc, @function\n"
        "runtime.callTimerFunc:\n"
        "  movq %rcx, %r10\n"
        "  jmpq *(%rcx)\n"
        ".size runtime.callTimerFunc, .-runtime.callTimerFunc\n");

//===----------------------------------------------------------------------===//
// The heap
//===----------------------------------------------------------------------===//
//
// A 4-ary heap: the children of i are 4i+1..4i+4. Shallower than a binary
// heap, so sifting touches fewer cache lines; the root is the earliest
// timer. Each timer keeps its index (timer.i), so any of them can be
// removed in O(log n).

static void setTimer(timer **ts, intgo i, timer *t) {
  ts[i] = t;
  t->i = i;
}

// Moves ts[i] up to its place. Returns its new index.
intgo siftupTimer(timer **ts, intgo i) __asm__("runtime.siftupTimer");
intgo siftupTimer(timer **ts, intgo i) {
  timer *t = ts[i];
  int64_t when = t->when;
  while (i > 0) {
    intgo parent = (i - 1) / 4;
    if (when >= ts[parent]->when)
      break;
    setTimer(ts, i, ts[parent]);
    i = parent;
  }
  setTimer(ts, i, t);
  return i;
}

// Moves ts[i] down to its place in the heap of n timers.
void siftdownTimer(timer **ts, intgo n, intgo i) __asm__("runtime.siftdownTimer");
void siftdownTimer(timer **ts, intgo n, intgo i) {
  timer *t = ts[i];
  int64_t when = t->when;
  for (;;) {
    intgo c = i * 4 + 1; // leftmost child
    if (c >= n)
      break;
    // The earliest of the up to four children.
    intgo best = c;
    for (intgo k = c + 1; k < c + 4 && k < n; k++)
      if (ts[k]->when < ts[best]->when)
        best = k;
    if (ts[best]->when >= when)
      break;
    setTimer(ts, i, ts[best]);
    i = best;
  }
  setTimer(ts, i, t);
}

// Publishes the when of pp's earliest timer, for readers without the lock.
// pp->timersLock must be held.
static void updateTimer0When(p *pp) {
  int64_t w = pp->numTimers ? pp->timers[0]->when : 0;
  __atomic_store_n(&pp->timer0When, w, __ATOMIC_RELEASE);
}

// Adds t to pp's heap. pp->timersLock must be held.
void doaddtimer(p *pp, timer *t) __asm__("runtime.doaddtimer");
void doaddtimer(p *pp, timer *t) {
  if (pp->numTimers == pp->timersCap) {
    int32_t newcap = pp->timersCap ? 2 * pp->timersCap : 16;
    timer **ts = (timer **)mallocptrs(newcap * sizeof(timer *));
    for (int32_t i = 0; i < pp->numTimers; i++)
      ts[i] = pp->timers[i];
    pp->timers = ts;
    pp->timersCap = newcap;
  }
  __atomic_store_n(&t->pp, pp, __ATOMIC_RELEASE);
  setTimer(pp->timers, pp->numTimers++, t);
  siftupTimer(pp->timers, t->i);
  updateTimer0When(pp);
}

// Removes the timer at index i of pp's heap. pp->timersLock must be held.
void dodeltimer(p *pp, intgo i) __asm__("runtime.dodeltimer");
void dodeltimer(p *pp, intgo i) {
  timer *t = pp->timers[i];
  if (t->pp != pp || t->i != i)
    throw_("dodeltimer: inconsistent timer");
  intgo last = --pp->numTimers;
  if (i != last) {
    setTimer(pp->timers, i, pp->timers[last]);
    // The moved timer may belong above or below i.
    if (siftupTimer(pp->timers, i) == i)
      siftdownTimer(pp->timers, last, i);
  }
  pp->timers[last] = nullptr;
  __atomic_store_n(&t->pp, nullptr, __ATOMIC_RELEASE);
  updateTimer0When(pp);
}

//===----------------------------------------------------------------------===//
// Starting, stopping, resetting
//===----------------------------------------------------------------------===//

// Clamps a when: negative means it overflowed (never); 0 is reserved for
// "no timer" in timer0When, and is in the past anyway.
static int64_t clampWhen(int64_t when) {
  if (when < 0)
    return maxWhen;
  return when == 0 ? 1 : when;
}

// Locks the heap holding t and returns its P, or returns null (nothing
// locked) if t is in no heap. t can move between the read of t->pp and
// the lock: then the read is retried.
p *locktimer(timer *t) __asm__("runtime.locktimer");
p *locktimer(timer *t) {
  for (;;) {
    p *pp = __atomic_load_n(&t->pp, __ATOMIC_ACQUIRE);
    if (!pp)
      return nullptr;
    lock(&pp->timersLock);
    if (t->pp == pp)
      return pp;
    unlock(&pp->timersLock);
  }
}

// (Re)schedules t to fire at when, with period (and with f, arg, seq too
// if fields is not null), whether or not it is in a heap: a pending timer
// is moved within its P's heap, an idle one joins the current P's. The
// update is atomic: t is in exactly one heap afterwards. Reports whether t
// was pending.
bool modtimer(timer *t, int64_t when, int64_t period, const timer *fields)
    __asm__("runtime.modtimer");
bool modtimer(timer *t, int64_t when, int64_t period, const timer *fields) {
  when = clampWhen(when);
  for (;;) {
    if (p *pp = locktimer(t)) {
      t->when = when;
      t->period = period;
      if (fields) {
        t->f = fields->f;
        t->arg = fields->arg;
        t->seq = fields->seq;
      }
      if (siftupTimer(pp->timers, t->i) == t->i)
        siftdownTimer(pp->timers, pp->numTimers, t->i);
      updateTimer0When(pp);
      unlock(&pp->timersLock);
      wakeNetPoller(when);
      return true;
    }
    // Not in a heap: add it to ours, unless someone else did meanwhile.
    m *mp = acquirem();
    p *pp = mp->p;
    lock(&pp->timersLock);
    if (__atomic_load_n(&t->pp, __ATOMIC_ACQUIRE)) {
      unlock(&pp->timersLock);
      releasem(mp);
      continue;
    }
    t->when = when;
    t->period = period;
    if (fields) {
      t->f = fields->f;
      t->arg = fields->arg;
      t->seq = fields->seq;
    }
    doaddtimer(pp, t);
    unlock(&pp->timersLock);
    releasem(mp);
    wakeNetPoller(when);
    return false;
  }
}

// Starts t, which must not be pending: it fires at t->when.
void addtimer(timer *t) __asm__("runtime.addtimer");
void addtimer(timer *t) {
  if (__atomic_load_n(&t->pp, __ATOMIC_ACQUIRE))
    throw_("addtimer called with initialized timer");
  if (t->period < 0)
    throw_("timer period must be non-negative");
  modtimer(t, t->when, t->period, nullptr);
}

// Stops t: reports whether it was pending (false: it already fired, or
// was stopped, or never started). A function already running goes on.
bool deltimer(timer *t) __asm__("runtime.deltimer");
bool deltimer(timer *t) {
  p *pp = locktimer(t);
  if (!pp)
    return false;
  dodeltimer(pp, t->i);
  unlock(&pp->timersLock);
  return true;
}

// time.startTimer: NewTimer, AfterFunc, NewTicker.
void startTimer(timer *t) __asm__("time.startTimer");
void startTimer(timer *t) { addtimer(t); }

// time.stopTimer: Timer.Stop, Ticker.Stop.
bool stopTimer(timer *t) __asm__("time.stopTimer");
bool stopTimer(timer *t) { return deltimer(t); }

// time.resetTimer: Timer.Reset. Reports whether t was pending.
bool resetTimer(timer *t, int64_t when) __asm__("time.resetTimer");
bool resetTimer(timer *t, int64_t when) { return modtimer(t, when, t->period, nullptr); }

// time.modTimer: Ticker.Reset, and a Timer reset with a new function.
void modTimer(timer *t, int64_t when, int64_t period, funcval *f, eface arg, uintptr_t seq)
    __asm__("time.modTimer");
void modTimer(timer *t, int64_t when, int64_t period, funcval *f, eface arg, uintptr_t seq) {
  timer fields = {};
  fields.f = f;
  fields.arg = arg;
  fields.seq = seq;
  modtimer(t, when, period, &fields);
}

//===----------------------------------------------------------------------===//
// Running timers (the scheduler's side: timers.h)
//===----------------------------------------------------------------------===//

bool checkTimers(p *pp, int64_t now, int64_t *pollUntil) {
  int64_t next = __atomic_load_n(&pp->timer0When, __ATOMIC_ACQUIRE);
  if (next == 0) {
    *pollUntil = 0;
    return false;
  }
  if (now == 0)
    now = nanotime();
  if (now < next) {
    *pollUntil = next;
    return false;
  }

  bool ran = false;
  lock(&pp->timersLock);
  while (pp->numTimers > 0) {
    timer *t = pp->timers[0];
    if (t->when > now)
      break;
    // Copy out what the call needs: once the lock is gone, t may be reset
    // or (a sleeping goroutine's) reused.
    funcval *f = t->f;
    eface arg = t->arg;
    uintptr_t seq = t->seq;
    if (t->period > 0) {
      // Leave it in the heap, at its next time to fire after now.
      int64_t delta = t->when - now;
      t->when += t->period * (1 + -delta / t->period);
      if (t->when < 0) // overflow
        t->when = maxWhen;
      siftdownTimer(pp->timers, pp->numTimers, 0);
      updateTimer0When(pp);
    } else {
      dodeltimer(pp, 0);
    }
    unlock(&pp->timersLock);
    callTimerFunc(arg, seq, f);
    ran = true;
    lock(&pp->timersLock);
  }
  *pollUntil = pp->numTimers ? pp->timers[0]->when : 0;
  unlock(&pp->timersLock);
  return ran;
}

// Runs without sched.lock (where Go takes allpLock), so it reads the Ps as
// proc.cpp says: gomaxprocs first, then allp. A GOMAXPROCS that grows in
// between publishes its larger array before the count; read the other way
// round, the old array could be indexed with the new count.
int64_t timeSleepUntil() {
  int64_t next = maxWhen;
  int32_t n = __atomic_load_n(&gomaxprocs, __ATOMIC_ACQUIRE);
  p **ps = __atomic_load_n(&allp, __ATOMIC_ACQUIRE);
  for (int32_t i = 0; i < n; i++) {
    int64_t w = __atomic_load_n(&ps[i]->timer0When, __ATOMIC_ACQUIRE);
    if (w != 0 && w < next)
      next = w;
  }
  return next;
}

void moveTimers(p *to, p *from) {
  lock(&to->timersLock);
  lock(&from->timersLock);
  while (from->numTimers > 0) {
    timer *t = from->timers[from->numTimers - 1];
    dodeltimer(from, t->i);
    doaddtimer(to, t);
  }
  unlock(&from->timersLock);
  unlock(&to->timersLock);
}

//===----------------------------------------------------------------------===//
// time.Sleep
//===----------------------------------------------------------------------===//

// The function of a sleeping goroutine's timer: arg.data is the g.
void goroutineReady(eface arg, uintptr_t seq) __asm__("runtime.goroutineReady");
void goroutineReady(eface arg, uintptr_t seq) { goready((g *)arg.data); }
static const funcval goroutineReadyPC = {(uintptr_t)&goroutineReady};

// gopark's unlockf for time.Sleep: starts the timer only once the
// goroutine is parked, so that it cannot fire before there is something to
// wake.
bool resetForSleep(g *gp, void *ut) __asm__("runtime.resetForSleep");
bool resetForSleep(g *gp, void *ut) {
  addtimer((timer *)ut);
  return true;
}

// time.Sleep(ns): parks the goroutine until ns nanoseconds have passed.
void timeSleep(int64_t ns) __asm__("time.Sleep");
void timeSleep(int64_t ns) {
  if (ns <= 0)
    return;
  g *gp = getg();
  timer *t = gp->timer;
  if (!t) {
    t = (timer *)mallocptrs(sizeof(timer));
    gp->timer = t;
  }
  t->f = (funcval *)&goroutineReadyPC;
  // A runtime-internal argument: only goroutineReady reads it, so it
  // needs no type.
  t->arg = eface{nullptr, gp};
  t->period = 0;
  int64_t when;
  if (__builtin_add_overflow(nanotime(), ns, &when))
    when = maxWhen;
  t->when = when;
  gopark(resetForSleep, t, waitReasonSleep);
}

//===----------------------------------------------------------------------===//
// Clocks
//===----------------------------------------------------------------------===//

// The results of time.now.
struct nowResult {
  int64_t sec;  // wall clock: seconds since 1970
  int32_t nsec; // and nanoseconds
  int64_t mono; // nanotime()
};

void time_now(nowResult *r) __asm__("runtime.time_now");
void time_now(nowResult *r) {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  r->sec = ts.tv_sec;
  r->nsec = (int32_t)ts.tv_nsec;
  r->mono = nanotime();
}

// func now() (sec int64, nsec int32, mono int64), package time's view of
// the clocks. golc returns three results as an LLVM struct { i64, i32, i64 }
// in rax, edx and rcx, which no C++ function can produce; this frame
// collects time_now's results and loads them there.
__asm__(".text\n"
        ".globl time.now\n"
        ".type time.now, @function\n"
        "time.now:\n"
        "  pushq %rbp\n"
        "  movq %rsp, %rbp\n"
        "  subq $32, %rsp\n" // a nowResult, sp 16-byte aligned at the call
        "  movq %rsp, %rdi\n"
        "  call runtime.time_now\n"
        "  movq 0(%rsp), %rax\n"
        "  movl 8(%rsp), %edx\n"
        "  movq 16(%rsp), %rcx\n"
        "  leave\n"
        "  ret\n"
        ".size time.now, .-time.now\n");

// time.runtimeNano: the clock of timers, for time's when and Since.
int64_t time_runtimeNano() __asm__("time.runtimeNano");
int64_t time_runtimeNano() { return nanotime(); }

// sync.runtime_nanotime: the Mutex's starvation clock.
int64_t sync_runtime_nanotime() __asm__("sync.runtime_nanotime");
int64_t sync_runtime_nanotime() { return nanotime(); }
