// Helpers for the scheduler tests (sched_*.cpp): a semaphore built
// directly on gopark/goready, and a wait group on top of it. Starting
// goroutines, printing and EXPECT come from testutil.h.
//
// sema is the smallest blocking primitive: a count, and at most one
// parked waiter. acquire parks (goparkunlock, the sema's lock released by
// park_m once the goroutine is parked) while the count is 0; release
// hands the unit to the waiter with goready, or counts it.
#ifndef GOLC_TEST_RUNTIME_SCHEDTEST_H
#define GOLC_TEST_RUNTIME_SCHEDTEST_H

#include "testutil.h"

struct sema {
  mutex lock;
  int64_t count;
  g *waiter;
};

static void acquire(sema *s, waitReason reason = waitReasonSemacquire) {
  lock(&s->lock);
  if (s->count > 0) {
    s->count--;
    unlock(&s->lock);
    return;
  }
  if (s->waiter) {
    prints("sema: two waiters\n");
    exit_(1);
  }
  s->waiter = getg();
  goparkunlock(&s->lock, reason);
}

static void release(sema *s) {
  lock(&s->lock);
  if (g *w = s->waiter) {
    s->waiter = nullptr;
    unlock(&s->lock);
    goready(w);
    return;
  }
  s->count++;
  unlock(&s->lock);
}

// A counter that goroutines decrement as they finish; wait parks until it
// reaches zero.
struct waitgroup {
  int64_t n;
  sema done;
};

static void wgdone(waitgroup *wg) {
  if (__atomic_sub_fetch(&wg->n, 1, __ATOMIC_ACQ_REL) == 0)
    release(&wg->done);
}

static void wgwait(waitgroup *wg) {
  if (__atomic_load_n(&wg->n, __ATOMIC_ACQUIRE) != 0)
    acquire(&wg->done);
}

#endif // GOLC_TEST_RUNTIME_SCHEDTEST_H
