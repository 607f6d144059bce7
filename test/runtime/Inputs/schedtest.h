// Helpers for the scheduler tests (sched_*.cpp): starting a goroutine on a
// C++ lambda the way compiled code starts one on a closure, a semaphore
// built directly on gopark/goready, and printing.
//
// go(f) builds what the compiler builds for `go func(){...}()`: a funcval
// whose code receives the funcval's address in r10 (main.schedthunk, which
// passes it on to a C++ body) with the captured lambda after the code
// pointer, and calls runtime.newproc with it.
//
// sema is the smallest blocking primitive: a count, and at most one
// parked waiter. acquire parks (goparkunlock, the sema's lock released by
// park_m once the goroutine is parked) while the count is 0; release
// hands the unit to the waiter with goready, or counts it.
#ifndef GOLC_TEST_RUNTIME_SCHEDTEST_H
#define GOLC_TEST_RUNTIME_SCHEDTEST_H

#include "runtime.h"

#include <new>

extern "C" void schedthunk() __asm__("main.schedthunk");
__asm__(".text\n"
        ".globl main.schedthunk\n"
        ".type main.schedthunk, @function\n"
        "main.schedthunk:\n"
        "  movq %r10, %rdi\n"
        "  jmpq *8(%r10)\n"
        ".size main.schedthunk, .-main.schedthunk\n");

struct goroutine {
  funcval fv;
  void (*body)(goroutine *);
};

template <class F> struct gofunc : goroutine {
  F f;
};

template <class F> static void gobody(goroutine *r) { static_cast<gofunc<F> *>(r)->f(); }

// go f(): starts a goroutine running a copy of f.
template <class F> static void go(F f) {
  auto *fv = (gofunc<F> *)mallocptrs(sizeof(gofunc<F>));
  fv->fv.fn = (uintptr_t)&schedthunk;
  fv->body = gobody<F>;
  new (&fv->f) F(f);
  newproc(&fv->fv);
}

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

static void say(const char *s) {
  printlock();
  prints(s);
  printnl();
  printunlock();
}

static void say(const char *s, int64_t v) {
  printlock();
  prints(s);
  prints(" ");
  printint(v);
  printnl();
  printunlock();
}

// A failed expectation: print it and exit 1, so the test fails loudly.
#define EXPECT(cond)                                                                               \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      printlock();                                                                                 \
      prints("FAIL: " #cond " at line ");                                                          \
      printint(__LINE__);                                                                          \
      printnl();                                                                                   \
      printunlock();                                                                               \
      exit_(1);                                                                                    \
    }                                                                                              \
  } while (0)

void main_init() __asm__("main.init");
void main_init() {}
void main_main() __asm__("main.main");

#endif // GOLC_TEST_RUNTIME_SCHEDTEST_H
