// What every test/runtime program that runs goroutines needs, whichever
// part of the runtime it tests (chantest.h and schedtest.h add their own
// helpers on top): starting a goroutine on a C++ lambda the way compiled
// code starts one on a closure, waiting until it has parked, printing, and
// EXPECT.
//
// go(f) builds what the compiler builds for `go func(){...}()`: a funcval
// whose code receives the funcval's address in r10 (here main.gothunk,
// which passes it on to a C++ body) with the captured lambda after the
// code pointer, and calls runtime.newproc with it. waitparked(r) waits
// until that goroutine is parked (in a channel operation, say).
#ifndef GOLC_TEST_RUNTIME_TESTUTIL_H
#define GOLC_TEST_RUNTIME_TESTUTIL_H

#include "runtime.h"

#include <new>

// The code of every go(f) goroutine: passes the funcval (r10) to the body
// whose address follows the code pointer.
extern "C" void gothunk() __asm__("main.gothunk");
__asm__(".text\n"
        ".globl main.gothunk\n"
        ".type main.gothunk, @function\n"
        "main.gothunk:\n"
        "  movq %r10, %rdi\n"
        "  jmpq *8(%r10)\n"
        ".size main.gothunk, .-main.gothunk\n");

// A goroutine started by go(f): its funcval { main.gothunk, body, ... },
// and the g running it once it has started.
struct goroutine {
  funcval fv;
  void (*body)(goroutine *);
  g *gp;
};

template <class F> struct gofunc : goroutine {
  F f;
};

template <class F> static void gobody(goroutine *r) {
  __atomic_store_n(&r->gp, getg(), __ATOMIC_RELEASE);
  static_cast<gofunc<F> *>(r)->f();
}

// go f(): starts a goroutine running a copy of f.
template <class F> static goroutine *go(F f) {
  auto *fv = (gofunc<F> *)mallocptrs(sizeof(gofunc<F>));
  fv->fv.fn = (uintptr_t)&gothunk;
  fv->body = gobody<F>;
  new (&fv->f) F(f);
  newproc(&fv->fv);
  return fv;
}

// Yields until r's goroutine has started and parked. (A single Gosched is
// not enough: the scheduler may take the yielding goroutine right back
// from the global queue, its every-61st-tick fairness check.)
static inline void waitparked(goroutine *r) {
  for (;;) {
    g *gp = __atomic_load_n(&r->gp, __ATOMIC_ACQUIRE);
    if (gp && readgstatus(gp) == _Gwaiting)
      return;
    Gosched();
  }
}

static inline void say(const char *s) {
  printlock();
  prints(s);
  printnl();
  printunlock();
}

static inline void say(const char *s, int64_t v) {
  printlock();
  prints(s);
  prints(" ");
  printint(v);
  printnl();
  printunlock();
}

static inline void say(const char *s, int64_t v, int64_t w) {
  printlock();
  prints(s);
  prints(" ");
  printint(v);
  prints(" ");
  printint(w);
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

#endif // GOLC_TEST_RUNTIME_TESTUTIL_H
